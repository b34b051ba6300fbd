package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.io.Csv;
import org.ndvec.jqwik.Arrays;

/**
 * Csv.save then Csv.load gives the array back: same shape (loaded with ndmin = its rank, as
 * {@code np.loadtxt(f, ndmin=a.ndim)} would), same dtype, same values bit for bit, except
 * that every NaN comes back as the one NaN NumPy writes as {@code nan} (sign and payload are
 * not text). Arrays are 1-d or 2-d with no empty axis (a (0, c) array has no text to keep c),
 * of every dtype with the generators' edge values (+-0, +-inf, NaN, extremes, denormals),
 * and include non-contiguous and broadcast views.
 */
class CsvProperties {
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = ScratchDir.create("csv-properties");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        ScratchDir.delete(dir);
    }

    @Provide
    Arbitrary<NDArray> tables() {
        Arbitrary<int[]> shapes = Arbitraries.integers().between(1, 6).list().ofMinSize(1).ofMaxSize(2)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        return Arbitraries.of(DType.values()).filter(t -> t != DType.STRING).flatMap(t -> shapes.flatMap(s -> Arrays.of(t, s)))
                .flatMap(a -> Arbitraries.oneOf(Arbitraries.just(a),
                        Arrays.viewsOf(a).filter(v -> v.ndim() >= 1 && v.ndim() <= 2 && v.size() > 0)));
    }

    @Property(tries = 1000)
    void saveThenLoadRoundTrips(@ForAll("tables") NDArray a) throws IOException {
        Path p = dir.resolve("t.csv");
        Csv.save(p, a);
        NDArray b = Csv.load(p, Csv.options().dtype(a.dtype()).ndmin(a.ndim()));
        assertEquals(a.dtype(), b.dtype());
        assertArrayEquals(a.shape(), b.shape());
        if (a.dtype().isFloating()) {
            double[] x = a.toDoubleArray();
            double[] y = b.toDoubleArray();
            for (int i = 0; i < x.length; i++) {
                long want = Double.isNaN(x[i]) ? Double.doubleToLongBits(Double.NaN) : Double.doubleToRawLongBits(x[i]);
                assertEquals(want, Double.doubleToRawLongBits(y[i]), "element " + i + ": " + x[i]);
            }
        } else {
            assertArrayEquals(a.toLongArray(), b.toLongArray());
        }
    }

    /** A float32 array's text, read as float64, holds exactly the float32 values widened. */
    @Property(tries = 1000)
    void float32TextIsExactInFloat64(@ForAll("float32Tables") NDArray a) throws IOException {
        Path p = dir.resolve("f.csv");
        Csv.save(p, a);
        double[] y = Csv.load(p, Csv.options().ndmin(a.ndim())).toDoubleArray();
        double[] x = a.toDoubleArray();
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.isNaN(x[i]) ? Double.NaN : x[i], y[i], "element " + i);
        }
    }

    @Provide
    Arbitrary<NDArray> float32Tables() {
        return Arbitraries.integers().between(1, 6).list().ofMinSize(1).ofMaxSize(2)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .flatMap(s -> Arrays.of(DType.FLOAT32, s));
    }
}
