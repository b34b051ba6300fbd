package org.ndvec.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * Delimited text files (CSV) to and from arrays: {@code np.loadtxt}/{@code np.genfromtxt} and
 * {@code np.savetxt}.
 *
 * <pre>{@code
 * NDArray x = Csv.load(path, Csv.options().skipRows(1).useCols(0, 2).dtype(DType.FLOAT32));
 * Csv.save(out, x, Csv.saveOptions().header("a,c"));
 * }</pre>
 *
 * <h2>What is read</h2>
 * Text is ASCII or UTF-8 (a leading byte-order mark is skipped); lines end in {@code \n} or
 * {@code \r\n}. Of the file's lines, the first {@link Options#skipRows skipRows} are skipped
 * whatever they hold; after that a comment marker ({@code #} by default) ends a line's data,
 * and lines that then hold nothing but whitespace are skipped. Every other line is a row,
 * split at the delimiter. A field that begins with the quote character ({@code "}) runs to the
 * matching quote, delimiters and comment markers inside it being text, and {@code ""} inside it
 * standing for one quote; quoted fields cannot span lines. Whitespace around a value is ignored.
 *
 * <h2>Values</h2>
 * Floats are read as NumPy reads them: {@code 1}, {@code -1.5}, {@code .5}, {@code 1e-3},
 * {@code nan}, {@code inf}, {@code -Infinity} (case-insensitive); the value is exactly
 * {@link Double#parseDouble}'s or, for FLOAT32, {@link Float#parseFloat}'s (one correct rounding;
 * NumPy rounds float32 through float64, which differs in rare halfway cases). Integers and
 * bools are an optional sign and decimal digits ({@code 1.0} is not an integer, as in NumPy);
 * a bool is true when the integer is not 0. A field that is empty, or equals one of
 * {@link Options#missingValues missingValues}, is missing: NaN for float dtypes (as
 * {@code np.genfromtxt}), an error for integer and bool dtypes or when
 * {@link Options#missing(Missing) missing(ERROR)} is set. {@code nan} is a value, never missing.
 *
 * <h2>Shape of the result</h2>
 * Exactly {@code np.loadtxt(..., ndmin=n)}: the rows form a 2-d {@code (rows, cols)} array
 * ({@code cols} = the number of {@code useCols} if given, else the file's columns); then, when
 * that has more than {@code ndmin} (default 0) dimensions, every axis of length 1 is dropped
 * (one row {@code (1, c)} becomes {@code (c,)}, one column {@code (r, 1)} becomes {@code (r,)},
 * one value becomes 0-d); then a result with fewer than {@code ndmin} dimensions is padded:
 * to {@code (1,)} for ndmin 1, and a 1-d {@code (n,)} to the column {@code (n, 1)} for ndmin 2.
 * A file with no rows gives {@code (0,)}, or {@code (0, k)} when {@code k} columns were chosen
 * with {@code useCols}, before the same rule.
 *
 * <h2>Errors</h2>
 * {@link IllegalArgumentException} naming the 1-based line of the file and 1-based column:
 * {@code Csv: the number of columns changed from 3 to 4 at line 5; use useCols to select a subset and avoid this error},
 * {@code Csv: line 17, column 3: missing value},
 * {@code Csv: could not convert string 'abc' to float64 at line 17, column 3},
 * {@code Csv: invalid column index 5 at line 2 with 3 columns},
 * {@code Csv: line 9: unterminated quoted field}.
 * With {@code useCols} rows may differ in length as long as every chosen column exists (as in NumPy).
 *
 * <h2>Memory</h2>
 * {@link #load(Path, Options)} first counts the file's lines (a fast byte scan), so the values
 * go into one primitive array allocated at its final size: peak heap is the result plus about
 * 200 KiB of buffers (plus the longest line). The array is trimmed by one copy only when
 * comment or blank lines made the count an overestimate. {@link #read(InputStream, Options)}
 * cannot count ahead and grows its array by half when full (peak up to 2.5 times the result).
 */
public final class Csv {
    private Csv() {
    }

    /** How a missing field (empty, or one of {@link Options#missingValues}) is treated. */
    public enum Missing {
        /** NaN for FLOAT32/FLOAT64 ({@code np.genfromtxt}); integer and bool dtypes still refuse it. */
        NAN,
        /** Refuse it: {@code Csv: line L, column C: missing value}. */
        ERROR
    }

    /**
     * The default load options: ',' delimiter, '#' comments, '"' quotes, FLOAT64, missing as NaN, ndmin 0.
     *
     * @return new options with NumPy's {@code loadtxt} defaults but {@code delimiter=','}; change them fluently
     */
    public static Options options() {
        return new Options();
    }

    /**
     * The default save options: ',' delimiter, {@code %.18e} for floats, {@code %d} for integers and bools.
     *
     * @return new options with the defaults of {@link #save(Path, NDArray)}; change them fluently
     */
    public static SaveOptions saveOptions() {
        return new SaveOptions();
    }

    /**
     * Reads a CSV file of numbers with the default options.
     * {@code np.loadtxt(path, delimiter=',')}, except that empty fields read as NaN.
     *
     * @param path the file to read
     * @return a new float64 array, 2-d for several columns ({@code ndmin} rules as NumPy's)
     * @throws IllegalArgumentException if the text is not a table of numbers (the message names line and column)
     * @throws IOException              if the file cannot be read
     */
    public static NDArray load(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return load(path, options());
    }

    /**
     * Reads a CSV file of numbers.
     * {@code np.loadtxt(path, delimiter=d, skiprows=s, comments=c, usecols=u, dtype=t, quotechar=q, ndmin=n)};
     * see the class comment for the exact rules.
     *
     * @param path the file to read
     * @param options how to read it
     * @return a new array of the options' dtype
     * @throws IllegalArgumentException if the text is not a table of numbers (the message names line and column)
     * @throws IOException              if the file cannot be read
     */
    public static NDArray load(Path path, Options options) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        CsvReader.Extent extent;
        try (InputStream in = Files.newInputStream(path)) {
            extent = CsvReader.scan(in, (byte) options.delimiter());
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new CsvReader(in, options).read(extent);
        }
    }

    /**
     * Reads CSV text from a stream (not closed), as {@link #load(Path, Options)} reads a file.
     * {@code np.loadtxt(stream, ...)}
     *
     * @param in the text, in UTF-8
     * @param options how to read it
     * @return a new array of the options' dtype
     * @throws IOException if the stream cannot be read
     */
    public static NDArray read(InputStream in, Options options) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return new CsvReader(in, options).read(null);
    }

    /**
     * Writes a 1-d or 2-d array as CSV with the default options: {@code np.savetxt(path, a,
     * delimiter=',')} for float arrays; integer and bool arrays are written as {@code %d}
     * (NumPy would write them as floats, losing int64 values above 2^53). A 1-d array is written
     * as one column. NaN and infinities are written {@code nan}, {@code inf}, {@code -inf}.
     * Reading the file back with {@link #load(Path)} gives float64 values bit for bit.
     *
     * <p>The file is replaced atomically: the text goes to a temporary file in the same directory
     * that is then renamed over {@code path}; if anything fails, {@code path} is as it was and the
     * temporary file is removed.
     *
     * @param path the file to write
     * @param a the array, 1-d or 2-d
     * @throws IllegalArgumentException if {@code a} is not 1-d or 2-d
     * @throws IOException              if the file cannot be written
     */
    public static void save(Path path, NDArray a) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(a, "a");
        save(path, a, saveOptions());
    }

    /**
     * Writes a 1-d or 2-d array as delimited text.
     * {@code np.savetxt(path, a, fmt=f, delimiter=d, newline=nl, header=h, footer=ft, comments=c)};
     * see {@link #save(Path, NDArray)}.
     *
     * @param path the file to write
     * @param a the array, 1-d or 2-d
     * @param options how to write it
     * @throws IllegalArgumentException if {@code a} is not 1-d or 2-d, or the format is not one valid
     *                                  conversion for the dtype ({@code unsupported format character 'q'
     *                                  (0x71) at index 1 in fmt '%q'}); checked before the file is touched
     * @throws IOException              if the file cannot be written
     */
    public static void save(Path path, NDArray a, SaveOptions options) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(options, "options");
        CsvWriter.checkRank(a);
        CsvWriter.checkFormat(options.fmt(), a);
        AtomicFile.write(path, out -> CsvWriter.write(out, a, options));
    }

    /**
     * Options for reading; each setter changes this object and returns it, so they chain:
     * {@code Csv.options().delimiter(';').skipRows(1).useCols(0, 2).dtype(DType.FLOAT32)}.
     */
    public static final class Options {
        /** The quote value meaning "no quoting". */
        static final char NO_QUOTE = '\0';

        private char delimiter = ',';
        private int skipRows;
        private long maxRows = Long.MAX_VALUE;
        private String comments = "#";
        private int[] useCols;
        private DType dtype = DType.FLOAT64;
        private Missing missing = Missing.NAN;
        private final List<String> missingValues = new ArrayList<>();
        private char quote = '"';
        private int ndmin;

        private Options() {
        }

        /**
         * The field separator, one ASCII character ({@code delimiter=','}).
         *
         * @param c the separator
         * @return these options, changed
         */
        public Options delimiter(char c) {
            requireAscii(c, "delimiter");
            delimiter = c;
            return this;
        }

        /**
         * How many lines at the top of the file to skip, whatever they hold ({@code skiprows=n}).
         *
         * @param n how many lines to skip, at least 0
         * @return these options, changed
         */
        public Options skipRows(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("skipRows must be >= 0, got " + n);
            }
            skipRows = n;
            return this;
        }

        /**
         * Read at most this many rows, not counting skipped, comment or blank lines ({@code max_rows=n}).
         *
         * @param n the most rows to read, at least 0
         * @return these options, changed
         */
        public Options maxRows(long n) {
            if (n < 0) {
                throw new IllegalArgumentException("maxRows must be >= 0, got " + n);
            }
            maxRows = n;
            return this;
        }

        /**
         * The comment marker: from it to the end of a line is ignored; null or "" for none ({@code comments='#'}).
         *
         * @param marker the marker, or null or "" for none
         * @return these options, changed
         */
        public Options comments(String marker) {
            comments = marker;
            return this;
        }

        /**
         * The columns to read, in this order, 0-based; negative counts from the end ({@code usecols=(0, -1)}).
         *
         * @param cols the column positions to read
         * @return these options, changed
         */
        public Options useCols(int... cols) {
            Objects.requireNonNull(cols, "cols");
            if (cols.length == 0) {
                throw new IllegalArgumentException("useCols needs at least one column");
            }
            useCols = cols.clone();
            return this;
        }

        /**
         * The result dtype ({@code dtype=np.float32}); FLOAT64 by default.
         *
         * @param dtype the dtype of the result
         * @return these options, changed
         */
        public Options dtype(DType dtype) {
            this.dtype = Objects.requireNonNull(dtype, "dtype");
            return this;
        }

        /**
         * What a missing field becomes: NaN (the default) or an error.
         *
         * @param missing NaN or error
         * @return these options, changed
         */
        public Options missing(Missing missing) {
            this.missing = Objects.requireNonNull(missing, "missing");
            return this;
        }

        /**
         * Further texts that mean "missing" besides the empty field, e.g. {@code "NA"}, {@code "?"} ({@code missing_values}).
         *
         * @param marks the texts that read as missing
         * @return these options, changed
         */
        public Options missingValues(String... marks) {
            Objects.requireNonNull(marks, "marks");
            for (String m : marks) {
                missingValues.add(Objects.requireNonNull(m, "missing value").strip());
            }
            return this;
        }

        /**
         * The quote character ({@code quotechar='"'}), ASCII.
         *
         * @param c the quote character
         * @return these options, changed
         */
        public Options quote(char c) {
            requireAscii(c, "quote");
            quote = c;
            return this;
        }

        /**
         * Quotes are ordinary characters ({@code quotechar=None}).
         *
         * @return these options, changed
         */
        public Options noQuote() {
            quote = NO_QUOTE;
            return this;
        }

        /**
         * The minimum number of dimensions of the result, 0, 1 or 2 ({@code ndmin=n}); see {@link Csv}.
         *
         * @param n 0, 1 or 2
         * @return these options, changed
         */
        public Options ndmin(int n) {
            if (n < 0 || n > 2) {
                throw new IllegalArgumentException("Illegal value of ndmin keyword: " + n);
            }
            ndmin = n;
            return this;
        }

        char delimiter() {
            return delimiter;
        }

        int skipRows() {
            return skipRows;
        }

        long maxRows() {
            return maxRows;
        }

        String comments() {
            return comments;
        }

        /** The chosen columns, or null for all (not named useCols(): that would shadow the setter's empty call). */
        int[] columns() {
            return useCols;
        }

        DType dtype() {
            return dtype;
        }

        Missing missing() {
            return missing;
        }

        List<String> missingValues() {
            return missingValues;
        }

        char quote() {
            return quote;
        }

        int ndmin() {
            return ndmin;
        }
    }

    /** Options for writing; setters chain: {@code Csv.saveOptions().delimiter(";").header("x;y").fmt("%.6f")}. */
    public static final class SaveOptions {
        private String delimiter = ",";
        private String newline = "\n";
        private String header = "";
        private String footer = "";
        private String comments = "# ";
        private String fmt;

        private SaveOptions() {
        }

        /**
         * Written between values ({@code delimiter=','}).
         *
         * @param delimiter the separator text
         * @return these options, changed
         */
        public SaveOptions delimiter(String delimiter) {
            this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
            return this;
        }

        /**
         * Written after each row ({@code newline='\n'}).
         *
         * @param newline the line end text
         * @return these options, changed
         */
        public SaveOptions newline(String newline) {
            this.newline = Objects.requireNonNull(newline, "newline");
            return this;
        }

        /**
         * Text written before the rows, each of its lines prefixed with {@link #comments} ({@code header=...}).
         *
         * @param header the header text, or "" for none
         * @return these options, changed
         */
        public SaveOptions header(String header) {
            this.header = Objects.requireNonNull(header, "header");
            return this;
        }

        /**
         * Text written after the rows, each of its lines prefixed with {@link #comments} ({@code footer=...}).
         *
         * @param footer the footer text, or "" for none
         * @return these options, changed
         */
        public SaveOptions footer(String footer) {
            this.footer = Objects.requireNonNull(footer, "footer");
            return this;
        }

        /**
         * The prefix of header and footer lines ({@code comments='# '}).
         *
         * @param comments the prefix
         * @return these options, changed
         */
        public SaveOptions comments(String comments) {
            this.comments = Objects.requireNonNull(comments, "comments");
            return this;
        }

        /**
         * A {@link java.util.Formatter} pattern applied to each value ({@code fmt='%.6f'}), with
         * {@code Locale.ROOT}; floats are passed as {@code Double}, integers and bools as {@code Long}
         * (so {@code %d} for those, {@code %f}/{@code %e}/{@code %g} for floats). Null restores the default.
         *
         * @param pattern the pattern for one value, or null for the default
         * @return these options, changed
         */
        public SaveOptions fmt(String pattern) {
            fmt = pattern;
            return this;
        }

        String delimiter() {
            return delimiter;
        }

        String newline() {
            return newline;
        }

        String header() {
            return header;
        }

        String footer() {
            return footer;
        }

        String comments() {
            return comments;
        }

        String fmt() {
            return fmt;
        }
    }

    private static void requireAscii(char c, String what) {
        if (c == 0 || c > 0x7F || c == '\n' || c == '\r') {
            throw new IllegalArgumentException(what + " must be a printable ASCII character, got U+"
                    + String.format("%04X", (int) c));
        }
    }
}
