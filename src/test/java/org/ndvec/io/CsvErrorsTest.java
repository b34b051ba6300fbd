package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
                Arguments.of("1,2,3\n4,5,6\n7,8\n", plain, "Csv: line 3 has 2 columns, expected 3"),
                Arguments.of("# c\n\n1,2,3\n4,5,6,7\n", plain, "Csv: line 4 has 4 columns, expected 3"),
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
