package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * Reading behaviour beyond the NumPy fixtures: files larger than the read block, lines longer
 * than it, options NumPy spells differently. Truth is the data the test itself wrote
 * ({@link Double#toString} round-trips exactly) or text counted by hand.
 */
class CsvLoadTest {
    @TempDir
    Path dir;

    /** 3000 x 7 values: rows cross the 64 KiB block boundary many times; both readers agree with the source. */
    @Test
    void largeFileReadsBackExactly() throws IOException {
        SplittableRandom r = new SplittableRandom(5);
        int rows = 3000;
        int cols = 7;
        double[] v = new double[rows * cols];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double x = Math.scalb(r.nextDouble() - 0.5, r.nextInt(-60, 60));
                v[i * cols + j] = x;
                sb.append(j == 0 ? "" : ",").append(x);
            }
            sb.append(i % 2 == 0 ? "\n" : "\r\n");
            if (i % 500 == 0) {
                sb.append("# a comment every 500 rows\n\n");
            }
        }
        Path p = dir.resolve("big.csv");
        Files.writeString(p, sb);
        NDArray a = Csv.load(p);
        assertArrayEquals(new int[] {rows, cols}, a.shape());
        assertArrayEquals(v, a.toDoubleArray());
        NDArray s = Csv.read(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), Csv.options());
        assertArrayEquals(v, s.toDoubleArray());
        NDArray f = Csv.load(p, Csv.options().dtype(DType.FLOAT32).useCols(-1));
        float[] expected = new float[rows];
        for (int i = 0; i < rows; i++) {
            expected[i] = Float.parseFloat(Double.toString(v[i * cols + cols - 1]));
        }
        assertArrayEquals(expected, f.toFloatArray());
    }

    /** One line of 40,000 fields (about 300 KiB) grows the line buffer. */
    @Test
    void lineLongerThanTheBlock() throws IOException {
        int n = 40_000;
        long[] v = new long[n];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            v[i] = (long) i * 1_000_003L - 7;
            sb.append(i == 0 ? "" : ";").append(v[i]);
        }
        sb.append('\n').append(sb.toString().replace("-7;", "-8;")).append('\n');
        Path p = dir.resolve("wide.csv");
        Files.writeString(p, sb);
        NDArray a = Csv.load(p, Csv.options().delimiter(';').dtype(DType.INT64));
        assertArrayEquals(new int[] {2, n}, a.shape());
        assertArrayEquals(v, a.get(org.ndvec.Index.at(0)).toLongArray());
        assertEquals(-8, a.getLong(1, 0));
    }

    @Test
    void optionsNumpySpellsDifferently() throws IOException {
        // multi-character comment marker, whitespace-only lines skipped (loadtxt would count a column)
        assertArrayEquals(new double[] {1, 2, 3, 4},
                load("1,2 // x\n   \n\t\n// y\n3,4\n", Csv.options().comments("//")).toDoubleArray());
        // no comments: '#' is then an ordinary (bad) character
        assertEquals("Csv: could not convert string '#' to float64 at line 1, column 2",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> load("1,#\n", Csv.options().comments(null))).getMessage());
        // a doubled quote inside quotes is one quote; with noQuote quotes are plain text
        assertEquals("Csv: could not convert string '1\"5' to float64 at line 1, column 1",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> load("\"1\"\"5\"\n", Csv.options())).getMessage());
        assertEquals("Csv: could not convert string '\"1\"' to float64 at line 1, column 1",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> load("\"1\"\n", Csv.options().noQuote())).getMessage());
        // another quote character
        assertArrayEquals(new double[] {1.5, 2}, load("'1.5',2\n", Csv.options().quote('\'')).toDoubleArray());
        // missing markers are compared after stripping whitespace, and only mean NaN for floats
        double[] m = load("1, NA ,?\n", Csv.options().missingValues("NA", "?")).toDoubleArray();
        assertEquals(3, m.length);
        assertEquals(1.0, m[0]);
        assertEquals(Double.NaN, m[1]);
        assertEquals(Double.NaN, m[2]);
        // maxRows counts data rows only
        assertArrayEquals(new double[] {1, 2}, load("# c\n1\n\n2\n3\n", Csv.options().maxRows(2)).toDoubleArray());
    }

    /**
     * float32 is rounded once, correctly, where NumPy (np.loadtxt(dtype=np.float32)) parses a
     * double first and rounds again, reading this text as 1.0: the text is above the midpoint
     * 1 + 2^-24 between 1.0f and its successor by less than half a double ulp.
     */
    @Test
    void float32RoundsOnceNotThroughDouble() throws IOException {
        String s = "1.00000005960464477625798673798840354720";
        java.math.BigDecimal midpoint = java.math.BigDecimal.ONE.add(new java.math.BigDecimal(Math.scalb(1.0, -24)));
        assertEquals(1, new java.math.BigDecimal(s).compareTo(midpoint));
        assertEquals(1 + Math.scalb(1.0, -24), Double.parseDouble(s), "the double lands on the midpoint");
        assertEquals(Math.nextUp(1.0f), load(s + "\n", Csv.options().dtype(DType.FLOAT32)).toFloatArray()[0]);
    }

    private NDArray load(String text, Csv.Options o) throws IOException {
        Path p = dir.resolve("t.csv");
        Files.writeString(p, text);
        return Csv.load(p, o);
    }
}
