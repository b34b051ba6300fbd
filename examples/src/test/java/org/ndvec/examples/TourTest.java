package org.ndvec.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ndvec.NDArray;
import org.ndvec.io.Npy;

/**
 * The tour prints what NumPy printed for the same cells (tour/expected.txt, recorded by
 * seed_cells.py): every line, character for character, except the lines that report the
 * machine (versions, timings), which the tour replaces with its own "[ndvec]" lines. The
 * header lines ("## file: title" per tutorial, "### file cell n: section" per cell) are the
 * tour's own; seed_cells.py writes them from the seeds' Markdown, so they are checked too.
 */
class TourTest {
    /** NumPy lines that describe the machine, not the arrays: not comparable. */
    private static final List<String> MACHINE_LINES = List.of(
            "NumPy version:", "Python version:", "Loop time", "Vectorized time", "Speedup factor");

    /**
     * Lines that print the column means of freshly normalized data (cell: line prefixes): residues
     * of order 1e-16 whose digits depend on the last bit of every sum. ndvec's float64 sums are
     * compensated and correctly rounded, NumPy's pairwise sums are not (and the data were
     * normalized with those means), so these digits legitimately differ; the README says so under
     * "Where ndvec deliberately differs". In these lines, and only there, each printed number must
     * be a residue on both sides, below 1e-14 in magnitude (NumPy prints up to 3.7e-15, ndvec
     * below 1e-16); the rest of the text compares character for character.
     */
    private static final Map<String, List<String>> RESIDUE_LINES = Map.of(
            "essentials cell 7", List.of("Normalized means: "),
            "essentials cell 21", List.of("Mean: "));

    /**
     * A printed float in NumPy's scientific format, e.g. -1.60038649e-16, with the spaces before
     * it (NumPy pads positive numbers to the width of negative ones in the same array).
     */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\s*-?\\d\\.\\d+e[-+]\\d+");

    @TempDir
    static Path dir;

    private static Map<String, List<String>> expected;
    private static Map<String, List<String>> actual;
    /** The "## file: title" lines, one per seed tutorial. */
    private static final List<String> expectedTutorials = new ArrayList<>();
    private static final List<String> actualTutorials = new ArrayList<>();

    @BeforeAll
    static void runTour() throws IOException {
        try (InputStream in = TourTest.class.getResourceAsStream("/tour/expected.txt")) {
            expected = cells(new String(in.readAllBytes(), StandardCharsets.UTF_8), false);
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Tour.run(new PrintStream(buf, true, StandardCharsets.UTF_8), dir);
        actual = cells(buf.toString(StandardCharsets.UTF_8), true);
    }

    private static Map<String, List<String>> cells(String text, boolean ours) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                (ours ? actualTutorials : expectedTutorials).add(line);
                current = null;
                continue;
            }
            if (line.startsWith("### ")) {
                current = new ArrayList<>();
                out.put(line.substring(4), current);
                continue;
            }
            if (current == null) {
                continue;
            }
            if (ours ? line.startsWith("[ndvec]") : MACHINE_LINES.stream().anyMatch(line::startsWith)) {
                continue;
            }
            current.add(line);
        }
        return out;
    }

    /** Headers (seed_cells.py takes them from the seeds): tutorial file and title, each cell's number and section. */
    @Test
    void everyCellOfBothTutorialsIsThereInOrderUnderItsTutorialAndSection() {
        assertEquals(51, expected.size());
        assertEquals(List.of("## madewithml-numpy.md: NumPy for Machine Learning",
                "## numpy-essentials-for-ml.md: NumPy Essentials for Machine Learning"), expectedTutorials);
        assertEquals(expectedTutorials, actualTutorials);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @TestFactory
    List<DynamicTest> eachCellPrintsWhatNumpyPrints() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                List<String> ours = actual.get(e.getKey());
                List<String> prefixes = RESIDUE_LINES.getOrDefault(e.getKey(), List.of());
                String want = String.join("\n", maskResidues(e.getValue(), prefixes, "NumPy"));
                String got = ours == null ? "<missing>" : String.join("\n", maskResidues(ours, prefixes, "ndvec"));
                assertEquals(want, got, e.getKey());
            }));
        }
        return tests;
    }

    /**
     * The cell's lines with every number of a residue line (from a line starting with one of
     * {@code prefixes} through the line that closes its array) replaced by {@code <residue>},
     * after checking that it is one: below 1e-14 in magnitude.
     */
    private static List<String> maskResidues(List<String> lines, List<String> prefixes, String who) {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            String l = line;
            inside |= prefixes.stream().anyMatch(line::startsWith);
            if (inside) {
                java.util.regex.Matcher m = NUMBER.matcher(line);
                while (m.find()) {
                    double v = Double.parseDouble(m.group().strip());
                    assertTrue(Math.abs(v) < 1e-14, who + " prints " + v + " where a residue is expected: " + line);
                }
                l = m.replaceAll(" <residue>");
                inside = !line.contains("]");
            }
            out.add(l);
        }
        return out;
    }

    @Test
    void residueLinesAreMaskedOnlyWhereNamed() {
        // the masking itself: numbers in a named line are checked and masked, others are kept
        List<String> masked = maskResidues(List.of("x: [1.5e-16", " -2.0e-17]", "y: [1.0e-16]"), List.of("x: "), "test");
        assertEquals(List.of("x: [ <residue>", " <residue>]", "y: [1.0e-16]"), masked);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> maskResidues(List.of("x: [3.0e-10]"), List.of("x: "), "test"));
    }

    @Test
    void bridgeFilesLoadBack() throws IOException {
        NDArray data = Npy.load(dir.resolve("numpy_data.npy"));
        NDArray labels = Npy.load(dir.resolve("numpy_labels.npy"));
        assertEquals("float32", data.dtype().toString());
        assertEquals(32 * 10, data.size());
        assertEquals("int64", labels.dtype().toString());
        assertTrue(Files.size(dir.resolve("numpy_data.npy")) > 32 * 10 * 4);
    }
}
