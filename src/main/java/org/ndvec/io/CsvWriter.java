package org.ndvec.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Formatter;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.MissingFormatArgumentException;
import java.util.UnknownFormatConversionException;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;

/** Writes a 1-d or 2-d array as text the way {@code np.savetxt} does (see {@link Csv#save}). */
final class CsvWriter {
    // "%.18e" keeps 19 significant digits: more than the 17 any double needs, so text round-trips.
    private static final MathContext SAVETXT_DIGITS = new MathContext(19, RoundingMode.HALF_EVEN);
    // 64 KiB of characters between flushes.
    private static final int BUFFER_CHARS = 1 << 16;

    private CsvWriter() {
    }

    /** Checks the rank before any file is touched: {@code np.savetxt}'s own check. */
    static void checkRank(NDArray a) {
        if (a.ndim() != 1 && a.ndim() != 2) {
            throw new IllegalArgumentException("Expected 1D or 2D array, got " + a.ndim() + "D array instead");
        }
    }

    /**
     * Checks a {@code fmt} pattern on a sample value of the array's kind before any file is
     * touched, so that a bad pattern is one clear error instead of a JDK formatter exception
     * halfway through the rows. Each value is formatted on its own, so the pattern must hold
     * exactly one conversion, for {@code Double} (floats) or {@code Long} (integers and bools).
     */
    static void checkFormat(String fmt, NDArray a) {
        if (fmt == null) {
            return;
        }
        if (!fmt.replace("%%", "").replace("%n", "").contains("%")) {
            throw wrongCount(fmt); // no conversion at all: every value would be written as the same text
        }
        boolean floating = a.dtype().isFloating();
        Object sample = floating ? (Object) 0.0 : (Object) 0L;
        try {
            String.format(Locale.ROOT, fmt, sample);
        } catch (UnknownFormatConversionException e) {
            // np.savetxt's (Python's %-formatting) words for it
            char c = e.getConversion().charAt(0);
            throw new IllegalArgumentException("unsupported format character '" + c + "' (0x"
                    + Integer.toHexString(c) + ") at index " + conversionIndex(fmt, c) + " in fmt " + Python.repr(fmt));
        } catch (IllegalFormatConversionException e) {
            throw new IllegalArgumentException("fmt " + Python.repr(fmt) + " cannot format " + a.dtypeDescr() + " values: "
                    + (floating ? "floats are formatted as Double (%f, %e, %g)" : "integers and bools are formatted as Long (%d)"));
        } catch (MissingFormatArgumentException e) {
            throw wrongCount(fmt);
        } catch (IllegalFormatException e) {
            throw new IllegalArgumentException("invalid fmt " + Python.repr(fmt) + ": " + e.getMessage());
        }
    }

    private static IllegalArgumentException wrongCount(String fmt) {
        return new IllegalArgumentException("fmt has wrong number of % formats:  " + fmt + " (ndvec formats one value"
                + " at a time: one conversion)");
    }

    /** Where the conversion character {@code c} of the first format specifier ending in it is. */
    private static int conversionIndex(String fmt, char c) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("%(\\d+\\$)?[-#+ 0,(<]*(\\d+)?(\\.\\d+)?[tT]?(.)").matcher(fmt);
        while (m.find()) {
            if (m.group(4).charAt(0) == c) {
                return m.start(4);
            }
        }
        return fmt.indexOf(c);
    }

    static void write(OutputStream out, NDArray a, Csv.SaveOptions opt) throws IOException {
        checkRank(a);
        checkFormat(opt.fmt(), a);
        ArrayAccess acc = Internals.access();
        Object data = acc.data(a);
        int[] shape = acc.shape(a);
        int[] strides = acc.strides(a);
        int offset = acc.offset(a);
        // np.savetxt writes a 1-d array as one column: np.atleast_2d(X).T
        int rows = shape[0];
        int cols = a.ndim() == 2 ? shape[1] : 1;
        int rowStride = strides[0];
        int colStride = a.ndim() == 2 ? strides[1] : 0;
        boolean floating = a.dtype().isFloating();
        String fmt = opt.fmt();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        Formatter formatter = fmt == null ? null : new Formatter(w, Locale.ROOT);
        if (!opt.header().isEmpty()) {
            writeCommented(w, opt.header(), opt);
        }
        StringBuilder sb = new StringBuilder(32);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    w.write(opt.delimiter());
                }
                int i = offset + r * rowStride + c * colStride;
                if (formatter != null) {
                    formatter.format(fmt, floating ? (Object) Buffers.getDouble(data, i) : (Object) Buffers.getLong(data, i));
                    if (formatter.ioException() != null) {
                        throw formatter.ioException();
                    }
                } else if (floating) {
                    sb.setLength(0);
                    w.append(scientific18(Buffers.getDouble(data, i), sb));
                } else {
                    w.write(Long.toString(Buffers.getLong(data, i)));
                }
            }
            w.write(opt.newline());
        }
        if (!opt.footer().isEmpty()) {
            writeCommented(w, opt.footer(), opt);
        }
        w.flush();
    }

    /** {@code np.savetxt}: every line of a header or footer is prefixed with {@code comments}. */
    private static void writeCommented(Writer w, String text, Csv.SaveOptions opt) throws IOException {
        w.write(opt.comments());
        w.write(text.replace("\n", "\n" + opt.comments()));
        w.write(opt.newline());
    }

    /**
     * C's (and Python's) {@code "%.18e" % v}: the exact binary value rounded half-even to 19
     * significant digits, {@code nan}, {@code inf}, {@code -inf}. Java's {@code %.18e} would pad
     * the shortest representation with zeros instead, so it is not used.
     */
    static StringBuilder scientific18(double v, StringBuilder sb) {
        if (Double.isNaN(v)) {
            return sb.append("nan");
        }
        if (Double.isInfinite(v)) {
            return sb.append(v > 0 ? "inf" : "-inf");
        }
        if (Double.doubleToRawLongBits(v) < 0) {
            sb.append('-');
        }
        if (v == 0) {
            return sb.append("0.000000000000000000e+00");
        }
        BigDecimal d = new BigDecimal(Math.abs(v)).round(SAVETXT_DIGITS);
        String digits = d.unscaledValue().toString();
        int exp = d.precision() - d.scale() - 1;
        sb.append(digits.charAt(0)).append('.');
        sb.append(digits, 1, digits.length());
        for (int k = digits.length(); k < SAVETXT_DIGITS.getPrecision(); k++) {
            sb.append('0');
        }
        sb.append(exp < 0 ? "e-" : "e+");
        int e = Math.abs(exp);
        if (e < 10) {
            sb.append('0');
        }
        return sb.append(e);
    }
}
