package com.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ndvec.*;                    // NDArray, Nd, DType, Index
import org.ndvec.io.*;                 // Npy, Npz, Csv
import org.ndvec.linalg.Linalg;
import org.ndvec.pipeline.*;           // Standardizer, Split, Checks

/**
 * Issue 16 items 17 and 18: the README's NumPy -> ndvec lines that need more than
 * {@code import org.ndvec.*}, written in a package of a user's own with exactly the imports the
 * README shows, so they compile; and the README shows those imports.
 */
class ReadmeTableTest {
    @TempDir
    Path dir;

    @Test
    void theTableLinesCompileWithTheShownImportsAndRun() throws IOException {
        NDArray x = Nd.arange(12.0).reshape(4, 3);
        NDArray y = Nd.arange(4);
        Path path = dir.resolve("x.npy");
        Npy.save(Path.of(path.toString()), x);
        assertArrayEquals(x.toDoubleArray(), Npy.load(Path.of(path.toString())).toDoubleArray());
        Path npz = dir.resolve("d.npz");
        Npz.save(npz, Map.of("x", x, "y", y));
        assertEquals(2, Npz.load(npz).size());
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        assertArrayEquals(new double[] {1, 2}, Csv.load(csv, Csv.options().skipRows(1)).toDoubleArray());
        assertEquals(1.0, Linalg.det(Nd.eye(3)).itemDouble());
        assertEquals(4, Standardizer.fit(x).transform(x).shape(0));
        assertEquals(3, Split.trainTestSplit(x, y, 0.25, 42).xTrain().shape(0));
        assertFalse(Checks.anyNan(x));
        assertTrue(Checks.allFinite(x));
        NDArray m = Nd.zeros(2, 3);
        m.setItem(0, 0);                       // x[0] = 0
        m.setItem(1, 2, 5);                    // x[1, 2] = 5
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 5}, m.toDoubleArray());
    }

    @Test
    void theReadmeShowsTheseImports() throws IOException {
        String readme = Files.readString(readme());
        for (String line : List.of("import org.ndvec.*;", "import org.ndvec.io.*;", "import org.ndvec.linalg.Linalg;",
                "import org.ndvec.pipeline.*;", "import java.nio.file.Path;", "import java.util.Map;")) {
            assertTrue(readme.contains(line), "README lacks " + line);
        }
        assertTrue(readme.contains("x.setItem(0, 0)"), "README maps x[0] = 0 to setItem");
        assertFalse(readme.contains("x.set(0, 0)"), "README still maps x[0] = 0 to the value-first set");
    }

    private static Path readme() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("src"))) {
                return p.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
}
