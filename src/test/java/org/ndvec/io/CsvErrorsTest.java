package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * Every refusal of Csv names the 1-based line of the file and 1-based column, counted by hand
 * from the text below (skipped, comment and blank lines count as lines); and a failed save
 * leaves neither a partial file nor a temporary one behind.
 */
class CsvErrorsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        Csv.Options plain = Csv.options();
        return Stream.of(
                Arguments.of("1,2,3\n4,5,6\n7,8\n", plain, "Csv: the number of columns changed from 3 to 2 at line 3;"
                        + " use useCols to select a subset and avoid this error"),
                Arguments.of("# c\n\n1,2,3\n4,5,6,7\n", plain, "Csv: the number of columns changed from 3 to 4 at line 4;"
                        + " use useCols to select a subset and avoid this error"),
                Arguments.of("a,b\n1,2\n3,abc\n", Csv.options().skipRows(1),
                        "Csv: could not convert string 'abc' to float64 at line 3, column 2"),
                Arguments.of("1,2\n\"x,y\",3\n", plain,
                        "Csv: could not convert string 'x,y' to float64 at line 2, column 1"),
                Arguments.of("1, 2 x\n", plain, "Csv: could not convert string ' 2 x' to float64 at line 1, column 2"),
                Arguments.of("1,1d\n", plain, "Csv: could not convert string '1d' to float64 at line 1, column 2"),
                Arguments.of("0x1p3\n", plain, "Csv: could not convert string '0x1p3' to float64 at line 1, column 1"),
                Arguments.of("1,2\n3,4\n5,,6\n", Csv.options().useCols(0, 1).missing(Csv.Missing.ERROR),
                        "Csv: line 3, column 2: missing value"),
                Arguments.of("1,NA\n", Csv.options().missingValues("NA").missing(Csv.Missing.ERROR),
                        "Csv: line 1, column 2: missing value"),
                Arguments.of("1,2\n3,\n", Csv.options().dtype(DType.INT64), "Csv: line 2, column 2: missing value"),
                Arguments.of("1,2\n3,NA\n", Csv.options().dtype(DType.INT32).missingValues("NA"),
                        "Csv: line 2, column 2: missing value"),
                Arguments.of("\n\n1,,3\n", Csv.options().dtype(DType.BOOL), "Csv: line 3, column 2: missing value"),
                Arguments.of("1,1.5\n", Csv.options().dtype(DType.INT64),
                        "Csv: could not convert string '1.5' to int64 at line 1, column 2"),
                Arguments.of("2147483648\n", Csv.options().dtype(DType.INT32),
                        "Csv: could not convert string '2147483648' to int32 at line 1, column 1"),
                Arguments.of("-2147483649\n", Csv.options().dtype(DType.INT32),
                        "Csv: could not convert string '-2147483649' to int32 at line 1, column 1"),
                Arguments.of("9223372036854775808\n", Csv.options().dtype(DType.INT64),
                        "Csv: could not convert string '9223372036854775808' to int64 at line 1, column 1"),
                Arguments.of("True\n", Csv.options().dtype(DType.BOOL),
                        "Csv: could not convert string 'True' to bool at line 1, column 1"),
                Arguments.of("1,abc\n", Csv.options().dtype(DType.FLOAT32),
                        "Csv: could not convert string 'abc' to float32 at line 1, column 2"),
                Arguments.of("1,2,3\n4,5\n", Csv.options().useCols(0, 2),
                        "Csv: invalid column index 2 at line 2 with 2 columns"),
                Arguments.of("1,2\n", Csv.options().useCols(-3), "Csv: invalid column index -3 at line 1 with 2 columns"),
                Arguments.of("1,2\n\"3,4\n", plain, "Csv: line 2: unterminated quoted field"),
                Arguments.of("1;2\n", Csv.options().delimiter(';').quote(';'),
                        "Csv: the quote and the delimiter must differ, both are ';'"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void loadNamesLineAndColumn(String text, Csv.Options options, String message) throws IOException {
        Path p = dir.resolve("bad.csv");
        Files.writeString(p, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.load(p, options));
        assertEquals(message, e.getMessage());
        // the stream reader grows its array instead of counting lines first: same refusals
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                () -> Csv.read(Files.newInputStream(p), options));
        assertEquals(message, s.getMessage());
    }

    // Issue 16: a 429 KB file whose first row has 20,000 columns, then 200,000 one-value lines, ran
    // out of memory: the reader sized its array as lines x first-row columns (4e9 values) before
    // reading line 2. It now sizes by the fields the file holds and reports the ragged row.
    @Test
    void aWideFirstRowDoesNotSizeTheWholeFile() throws IOException {
        Path p = dir.resolve("wide.csv");
        StringBuilder sb = new StringBuilder(430_000);
        for (int c = 0; c < 20_000; c++) {
            sb.append(c == 0 ? "" : ",").append(c % 10);
        }
        sb.append('\n');
        sb.append("7\n".repeat(200_000));
        Files.writeString(p, sb);
        assertTrue(Files.size(p) < 450_000, "a small file");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.load(p));
        assertEquals("Csv: the number of columns changed from 20000 to 1 at line 2; use useCols to select a subset"
                + " and avoid this error", e.getMessage());
        // and a file that is as wide as its first row loads at its exact size
        Files.writeString(p, "1,2,3\n4,5,6\n");
        assertEquals(6, Csv.load(p).size());
    }

    @Test
    void optionsRefuseNonsense() {
        assertEquals("skipRows must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> Csv.options().skipRows(-1)).getMessage());
        assertEquals("Illegal value of ndmin keyword: 3",
                assertThrows(IllegalArgumentException.class, () -> Csv.options().ndmin(3)).getMessage());
        assertEquals("delimiter must be a printable ASCII character, got U+00E9",
                assertThrows(IllegalArgumentException.class, () -> Csv.options().delimiter('\u00e9')).getMessage());
        assertEquals("useCols needs at least one column",
                assertThrows(IllegalArgumentException.class, () -> Csv.options().useCols(new int[0])).getMessage());
    }

    @Test
    void saveRefusesOtherRanksAndWritesNothing() throws IOException {
        Path p = dir.resolve("x.csv");
        assertEquals("Expected 1D or 2D array, got 3D array instead", assertThrows(IllegalArgumentException.class,
                () -> Csv.save(p, Nd.zeros(2, 2, 2))).getMessage());
        assertEquals("Expected 1D or 2D array, got 0D array instead", assertThrows(IllegalArgumentException.class,
                () -> Csv.save(p, Nd.array(new double[] {1}).reshape())).getMessage());
        assertEquals(List.of(), list());
    }

    @Test
    void failedSaveKeepsTheOldFileAndRemovesItsTemporary() throws IOException {
        Path p = dir.resolve("keep.csv");
        Files.writeString(p, "old\n");
        NDArray a = Nd.array(new double[] {1, 2, 3, 4}).reshape(2, 2);
        // the header is written before the first value fails to format: a partial temporary file existed
        Csv.SaveOptions bad = Csv.saveOptions().header("x,y").fmt("%d");
        assertThrows(IllegalArgumentException.class, () -> Csv.save(p, a, bad));
        assertEquals("old\n", Files.readString(p));
        assertEquals(List.of("keep.csv"), list());
    }

    // Issue 16: fmt "%q" threw the JDK's UnknownFormatConversionException ("Conversion = 'q'") from
    // inside the writer. Formats are checked before the file is touched, in np.savetxt's words.
    @Test
    void badFormatsAreRefusedBeforeWriting() throws IOException {
        Path p = dir.resolve("f.csv");
        Files.writeString(p, "old\n");
        NDArray floats = Nd.array(new double[] {1.5, 2.5});
        NDArray ints = Nd.array(new long[] {1, 2});
        assertEquals("unsupported format character 'q' (0x71) at index 1 in fmt '%q'", saveError(p, floats, "%q"));
        assertEquals("unsupported format character 'q' (0x71) at index 7 in fmt 'x=%.2f%q'",
                saveError(p, floats, "x=%.2f%q"));
        assertEquals("fmt has wrong number of % formats:  abc (ndvec formats one value at a time: one conversion)",
                saveError(p, floats, "abc"));
        assertEquals("fmt has wrong number of % formats:  %f %f (ndvec formats one value at a time: one conversion)",
                saveError(p, floats, "%f %f"));
        assertEquals("fmt '%d' cannot format float64 values: floats are formatted as Double (%f, %e, %g)",
                saveError(p, floats, "%d"));
        assertEquals("fmt '%.3f' cannot format int64 values: integers and bools are formatted as Long (%d)",
                saveError(p, ints, "%.3f"));
        assertEquals("old\n", Files.readString(p));
        assertEquals(List.of("f.csv"), list());
        Csv.save(p, floats, Csv.saveOptions().fmt("%.2f%%"));
        assertEquals("1.50%\n2.50%\n", Files.readString(p));
    }

    private static String saveError(Path p, NDArray a, String fmt) {
        return assertThrows(IllegalArgumentException.class, () -> Csv.save(p, a, Csv.saveOptions().fmt(fmt)))
                .getMessage();
    }

    @Test
    void failedSaveOfANewFileLeavesNoFile() throws IOException {
        Path p = dir.resolve("new.csv");
        assertThrows(IllegalArgumentException.class,
                () -> Csv.save(p, Nd.array(new long[] {1, 2}), Csv.saveOptions().fmt("%.3f")));
        assertEquals(List.of(), list());
    }

    @Test
    void saveRefusesToReplaceADirectory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub.csv"));
        assertThrows(IOException.class, () -> Csv.save(sub, Nd.zeros(2)));
        assertEquals(List.of("sub.csv"), list());
    }

    @Test
    void successfulSaveReplacesTheFileWhole() throws IOException {
        Path p = dir.resolve("r.csv");
        Files.writeString(p, "a much longer old content that must not survive as a tail\n".repeat(10));
        Csv.save(p, Nd.array(new long[] {7, -8}));
        assertEquals("7\n-8\n", Files.readString(p, StandardCharsets.UTF_8));
        assertEquals(List.of("r.csv"), list());
    }

    private List<String> list() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }
}
