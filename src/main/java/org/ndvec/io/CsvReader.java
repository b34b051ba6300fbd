package org.ndvec.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;

/**
 * The byte-level CSV parser behind {@link Csv#load}. It reads the stream in blocks into one
 * reusable buffer, splits each line into fields that are ranges of that buffer (lines with
 * quotes are copied, unquoted, into a reusable scratch array), and parses numbers from the
 * bytes, so no String is made per field. Values go straight into
 * one primitive array of the result dtype: when the caller knows an upper bound on the number
 * of lines (a file's newline count) that array is allocated once at its final size, so peak
 * heap is the result plus the buffers; otherwise it grows by half each time.
 */
final class CsvReader {
    // 64 KiB blocks: read() calls are then a negligible share of CsvLoadMemory's time; not tuned further.
    private static final int BLOCK = 1 << 16;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final int INITIAL_CAPACITY = 1024;

    private final InputStream in;
    private final Csv.Options opt;
    private final byte delimiter;
    private final byte quote;
    private final boolean quoting;
    private final byte[] comment;
    private final byte[][] missingMarks;
    private final TextNumbers numbers = new TextNumbers();

    private byte[] buf = new byte[BLOCK];
    private int pos;
    private int lim;
    private boolean eof;
    private int lineStart;
    private int lineEnd;
    private long line;

    private byte[] field = new byte[256];
    // The array fieldStart/fieldEnd index into: buf for lines split in place, field after unquoting.
    private byte[] src;
    private int[] fieldStart = new int[16];
    private int[] fieldEnd = new int[16];
    private int fields;

    private Object data;
    private int count;

    CsvReader(InputStream in, Csv.Options opt) {
        this.in = in;
        this.opt = opt;
        this.delimiter = (byte) opt.delimiter();
        this.quoting = opt.quote() != Csv.Options.NO_QUOTE;
        this.quote = (byte) opt.quote();
        String c = opt.comments();
        this.comment = c == null || c.isEmpty() ? null : c.getBytes(StandardCharsets.UTF_8);
        this.missingMarks = opt.missingValues().stream().map(s -> s.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        if (quoting && quote == delimiter) {
            throw new IllegalArgumentException("Csv: the quote and the delimiter must differ, both are '"
                    + opt.delimiter() + "'");
        }
    }

    /**
     * Reads every data row.
     *
     * @param extent what a first pass over the file counted, or null for a stream of unknown length
     */
    NDArray read(Extent extent) throws IOException {
        DType dtype = opt.dtype();
        int[] useCols = opt.columns();
        int fileCols = -1;
        int outCols = useCols == null ? -1 : useCols.length;
        int[] cols = null;
        long rows = 0;
        skipBom();
        while (nextLine()) {
            line++;
            if (line <= opt.skipRows()) {
                continue;
            }
            if (rows == opt.maxRows()) {
                break;
            }
            if (!split()) {
                continue;
            }
            if (fileCols < 0) {
                fileCols = fields;
                if (useCols == null) {
                    outCols = fields;
                    cols = new int[fields];
                    for (int k = 0; k < fields; k++) {
                        cols[k] = k;
                    }
                } else {
                    cols = new int[outCols];
                }
                allocate(dtype, extent, outCols);
            }
            if (useCols == null) {
                if (fields != fileCols) {
                    // NumPy's words (it counts data rows where ndvec names the file's line)
                    throw new IllegalArgumentException("Csv: the number of columns changed from " + fileCols + " to "
                            + fields + " at line " + line + "; use useCols to select a subset and avoid this error");
                }
            } else {
                for (int k = 0; k < outCols; k++) {
                    int c = useCols[k];
                    int r = c < 0 ? c + fields : c;
                    if (r < 0 || r >= fields) {
                        throw new IllegalArgumentException("Csv: invalid column index " + c + " at line " + line
                                + " with " + fields + " columns");
                    }
                    cols[k] = r;
                }
            }
            ensure(outCols);
            for (int k = 0; k < outCols; k++) {
                store(dtype, cols[k]);
            }
            rows++;
        }
        return result(dtype, rows, outCols);
    }

    /**
     * The result's storage, at its final size when the file's extent is known: no more values
     * than the rows left times the columns of the first row, and never more than the fields the
     * file holds at all (a first row of 20,000 columns over 200,000 one-value lines asked for
     * 4e9 values before; the file has 220,000 fields).
     */
    private void allocate(DType dtype, Extent extent, int outCols) {
        long cap = INITIAL_CAPACITY;
        if (extent != null) {
            long rows = Math.max(1, Math.min(extent.lines() - line + 1, opt.maxRows()));
            cap = Math.min(rows * outCols, extent.fields());
        }
        data = Buffers.allocate(dtype, (int) Math.min(cap, MAX_ARRAY));
    }

    private static Object resize(Object storage, int n) {
        return switch (storage) {
            case double[] d -> Arrays.copyOf(d, n);
            case float[] f -> Arrays.copyOf(f, n);
            case long[] l -> Arrays.copyOf(l, n);
            case int[] i -> Arrays.copyOf(i, n);
            case byte[] b -> Arrays.copyOf(b, n);
            default -> throw new AssertionError(storage);
        };
    }

    private void ensure(int more) {
        int cap = Buffers.length(data);
        if ((long) count + more <= cap) {
            return;
        }
        long want = Math.max((long) count + more, cap + (cap >> 1) + 1);
        if ((long) count + more > MAX_ARRAY) {
            throw new IllegalArgumentException("Csv: line " + line + ": more than " + MAX_ARRAY
                    + " values do not fit in one array");
        }
        data = resize(data, (int) Math.min(want, MAX_ARRAY));
    }

    private NDArray result(DType dtype, long rows, int outCols) {
        int[] shape;
        if (rows == 0) {
            data = Buffers.allocate(dtype, 0);
            shape = useColsGiven() ? new int[] {0, outCols} : new int[] {0};
        } else {
            if (count != Buffers.length(data)) {
                data = resize(data, count);
            }
            shape = new int[] {(int) rows, outCols};
        }
        return Internals.access().wrap(data, dtype, ndmin(shape, opt.ndmin()));
    }

    private boolean useColsGiven() {
        return opt.columns() != null;
    }

    /** {@code np.loadtxt}'s {@code _ensure_ndmin_ndarray}: squeeze all unit axes past ndmin, then pad. */
    static int[] ndmin(int[] shape, int ndmin) {
        int[] s = shape;
        if (s.length > ndmin) {
            s = Arrays.stream(s).filter(d -> d != 1).toArray();
        }
        if (s.length < ndmin) {
            if (ndmin == 1) {
                s = new int[] {1};
            } else if (s.length == 0) {
                s = new int[] {1, 1};
            } else {
                // np.atleast_2d(a).T: a 1-d (n,) becomes the column (n, 1)
                s = new int[] {s[0], 1};
            }
        }
        return s;
    }

    // ---- values

    private void store(DType dtype, int col) {
        byte[] f = src;
        int from = fieldStart[col];
        int to = fieldEnd[col];
        while (from < to && isSpace(f[from])) {
            from++;
        }
        while (to > from && isSpace(f[to - 1])) {
            to--;
        }
        boolean missing = from == to || isMarked(f, from, to);
        switch (dtype) {
            case FLOAT64 -> {
                double v = missing ? missingFloat(col) : numbers.parseDouble(f, from, to);
                if (!missing && !numbers.ok) {
                    throw notConvertible(col, dtype);
                }
                ((double[]) data)[count++] = v;
            }
            case FLOAT32 -> {
                float v = missing ? (float) missingFloat(col) : numbers.parseFloat(f, from, to);
                if (!missing && !numbers.ok) {
                    throw notConvertible(col, dtype);
                }
                ((float[]) data)[count++] = v;
            }
            case INT64 -> ((long[]) data)[count++] = integer(missing, col, dtype, from, to, Long.MIN_VALUE,
                    Long.MAX_VALUE);
            case INT32 -> ((int[]) data)[count++] = (int) integer(missing, col, dtype, from, to, Integer.MIN_VALUE,
                    Integer.MAX_VALUE);
            case BOOL -> ((byte[]) data)[count++] = (byte) (integer(missing, col, dtype, from, to, Long.MIN_VALUE,
                    Long.MAX_VALUE) != 0 ? 1 : 0);
        }
    }

    private long integer(boolean missing, int col, DType dtype, int from, int to, long min, long max) {
        if (missing) {
            throw missingValue(col);
        }
        long v = numbers.parseLong(src, from, to, min, max);
        if (!numbers.ok) {
            throw notConvertible(col, dtype);
        }
        return v;
    }

    private double missingFloat(int col) {
        if (opt.missing() == Csv.Missing.ERROR) {
            throw missingValue(col);
        }
        return Double.NaN;
    }

    private boolean isMarked(byte[] f, int from, int to) {
        for (byte[] mark : missingMarks) {
            if (Arrays.equals(f, from, to, mark, 0, mark.length)) {
                return true;
            }
        }
        return false;
    }

    private IllegalArgumentException missingValue(int col) {
        return new IllegalArgumentException("Csv: line " + line + ", column " + (col + 1) + ": missing value");
    }

    private IllegalArgumentException notConvertible(int col, DType dtype) {
        String text = new String(src, fieldStart[col], fieldEnd[col] - fieldStart[col], StandardCharsets.UTF_8);
        return new IllegalArgumentException("Csv: could not convert string '" + text + "' to " + dtype
                + " at line " + line + ", column " + (col + 1));
    }

    // Python's str.strip() whitespace in ASCII, which NumPy strips around numbers.
    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    // ---- lines and fields

    /**
     * Splits the current line into fields; false for a line with no data (blank or comment only).
     * A quote opens a quoted field only as a field's first byte; inside, a doubled quote is a
     * literal quote and delimiters and comment markers are plain text.
     */
    private boolean split() {
        if (!splitInPlace()) {
            splitUnquoting();
        }
        if (fields == 1 && src == buf) {
            for (int i = fieldStart[0]; i < fieldEnd[0]; i++) {
                if (!isSpace(src[i])) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * The common case, a line without quotes: fields are ranges of the read buffer itself, no
     * byte is copied. Gives up (false) at the first opening quote.
     */
    private boolean splitInPlace() {
        byte[] b = buf;
        fields = 0;
        fieldStart[0] = lineStart;
        int end = lineEnd;
        for (int i = lineStart; i < end; i++) {
            byte c = b[i];
            if (c == delimiter) {
                endField(i, i + 1);
            } else if (quoting && c == quote && i == fieldStart[fields]) {
                return false;
            } else if (comment != null && c == comment[0] && startsComment(b, i, end)) {
                end = i;
                break;
            }
        }
        endField(end, end);
        src = b;
        return true;
    }

    /** A line with quotes: fields are copied, quotes removed, into the scratch array. */
    private void splitUnquoting() {
        int n = lineEnd - lineStart;
        if (field.length < n) {
            field = new byte[Math.max(n, field.length * 2)];
        }
        byte[] b = buf;
        byte[] f = field;
        int w = 0;
        fields = 0;
        fieldStart[0] = 0;
        boolean atStart = true;
        boolean inQuote = false;
        int end = lineEnd;
        for (int i = lineStart; i < end; i++) {
            byte c = b[i];
            if (inQuote) {
                if (c == quote) {
                    if (i + 1 < end && b[i + 1] == quote) {
                        f[w++] = c;
                        i++;
                    } else {
                        inQuote = false;
                    }
                } else {
                    f[w++] = c;
                }
            } else if (c == delimiter) {
                endField(w, w);
                atStart = true;
            } else if (quoting && c == quote && atStart) {
                inQuote = true;
                atStart = false;
            } else if (comment != null && c == comment[0] && startsComment(b, i, end)) {
                break;
            } else {
                f[w++] = c;
                atStart = false;
            }
        }
        if (inQuote) {
            throw new IllegalArgumentException("Csv: line " + line + ": unterminated quoted field");
        }
        endField(w, w);
        src = f;
    }

    private boolean startsComment(byte[] b, int i, int end) {
        return end - i >= comment.length && Arrays.equals(b, i, i + comment.length, comment, 0, comment.length);
    }

    /** Ends the current field at {@code end}; the next one starts at {@code next}. */
    private void endField(int end, int next) {
        if (fields + 1 >= fieldStart.length) {
            fieldStart = Arrays.copyOf(fieldStart, fieldStart.length * 2);
            fieldEnd = Arrays.copyOf(fieldEnd, fieldEnd.length * 2);
        }
        fieldEnd[fields] = end;
        fields++;
        fieldStart[fields] = next;
    }

    private void skipBom() throws IOException {
        while (lim < 3 && !eof) {
            fill();
        }
        if (lim >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    /** Finds the next line (without its {@code \n} or {@code \r\n}) in the buffer; false at the end. */
    private boolean nextLine() throws IOException {
        int scan = pos;
        while (true) {
            byte[] b = buf;
            for (int i = scan; i < lim; i++) {
                if (b[i] == '\n') {
                    setLine(pos, i);
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos < lim) {
                    setLine(pos, lim);
                    pos = lim;
                    return true;
                }
                return false;
            }
            scan = lim - pos;
            fill();
            scan += pos;
        }
    }

    private void setLine(int from, int to) {
        lineStart = from;
        lineEnd = to > from && buf[to - 1] == '\r' ? to - 1 : to;
    }

    /** Reads one more block, first moving the unread part of the buffer to its start (or growing it for a long line). */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            if (buf.length >= MAX_ARRAY / 2) {
                throw new IllegalArgumentException("Csv: line " + (line + 1) + " is too long");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
        } else {
            lim += n;
        }
    }

    /** Counts the lines of a stream (newlines, plus one for an unterminated last line): an upper bound on its rows. */
    static Extent scan(InputStream in, byte delimiter) throws IOException {
        byte[] b = new byte[BLOCK];
        long lines = 0;
        long delimiters = 0;
        byte last = '\n';
        for (int n = in.read(b); n >= 0; n = in.read(b)) {
            for (int i = 0; i < n; i++) {
                if (b[i] == '\n') {
                    lines++;
                } else if (b[i] == delimiter) {
                    delimiters++;
                }
            }
            if (n > 0) {
                last = b[n - 1];
            }
        }
        lines = last == '\n' ? lines : lines + 1;
        return new Extent(lines, lines + delimiters);
    }

    /**
     * What one pass over a file counts: its lines, and an upper bound on its fields (every field
     * ends at a delimiter or a line end; quotes and comments only make fewer).
     */
    record Extent(long lines, long fields) {
    }
}
