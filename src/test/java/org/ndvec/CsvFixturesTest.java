package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ndvec.io.Csv;

/**
 * Csv against NumPy: every file in fixtures/csv read as {@code np.loadtxt} (or {@code np.genfromtxt}
 * for missing values) read it, bit for bit, and {@code np.savetxt}'s bytes reproduced by
 * {@code Csv.save}. Written by src/test/python/gen_csv_fixtures.py.
 */
class CsvFixturesTest {
    private static final String DIR = "/fixtures/csv/";

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> loadReadsWhatNumpyReads() {
        List<String[]> cases = Fixtures.lines(DIR + "cases.tsv");
        assertEquals(42, cases.size(), "fixture count");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            NDArray a = Csv.load(fixture(c[1]), loadOptions(c[2]));
            assertEquals(DType.of(c[4]), a.dtype(), c[0] + ": dtype");
            assertArrayEquals(Fixtures.shape(c[5]), a.shape(), c[0] + ": shape " + Arrays.toString(a.shape()));
            Fixtures.assertValues(c[6], a, c[0] + " (" + c[3] + ")");
        }));
    }

    @TestFactory
    Stream<DynamicTest> saveWritesWhatSavetxtWrites() {
        List<String[]> cases = Fixtures.lines(DIR + "savetxt.tsv");
        assertEquals(9, cases.size(), "fixture count");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            NDArray a = Fixtures.array(DType.of(c[1]), c[3]).reshape(Fixtures.shape(c[2]));
            Path out = tmp.resolve(c[0] + ".csv");
            Csv.save(out, a, saveOptions(c[4]));
            assertEquals(Files.readString(fixture(c[0])), Files.readString(out), c[0]);
        }));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CsvFixturesTest.class.getResource(DIR + name + ".csv").toURI());
    }

    /** The generator's key=value|... option strings. */
    static Csv.Options loadOptions(String spec) {
        Csv.Options o = Csv.options();
        if (spec.isEmpty()) {
            return o;
        }
        for (String kv : spec.split("\\|")) {
            String[] p = kv.split("=", 2);
            switch (p[0]) {
                case "delimiter" -> o.delimiter(p[1].equals("TAB") ? '\t' : p[1].charAt(0));
                case "skipRows" -> o.skipRows(Integer.parseInt(p[1]));
                case "maxRows" -> o.maxRows(Long.parseLong(p[1]));
                case "useCols" -> o.useCols(Arrays.stream(p[1].split(",")).mapToInt(Integer::parseInt).toArray());
                case "dtype" -> o.dtype(DType.of(p[1]));
                case "ndmin" -> o.ndmin(Integer.parseInt(p[1]));
                case "missingValues" -> o.missingValues(p[1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + kv);
            }
        }
        return o;
    }

    private static Csv.SaveOptions saveOptions(String spec) {
        Csv.SaveOptions o = Csv.saveOptions();
        if (spec.isEmpty()) {
            return o;
        }
        for (String kv : spec.split("\\|")) {
            String[] p = kv.split("=", 2);
            String v = p[1].replace("\\n", "\n");
            switch (p[0]) {
                case "header" -> o.header(v);
                case "footer" -> o.footer(v);
                case "delimiter" -> o.delimiter(v);
                case "fmt" -> o.fmt(v);
                default -> throw new IllegalArgumentException("unknown option " + kv);
            }
        }
        return o;
    }
}
