package org.ndvec.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.io.Npz;

/** NumPy's answers from {@code gen_pipeline_fixtures.py}, and a tolerant comparison. */
final class PipelineFixtures {
    private static Map<String, NDArray> all;

    private PipelineFixtures() {
    }

    static synchronized NDArray get(String name) {
        if (all == null) {
            try {
                all = Npz.load(Path.of(PipelineFixtures.class.getResource("/fixtures/pipeline/pipeline.npz").toURI()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        NDArray a = all.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return a;
    }

    /** Same dtype and shape, and values within a few units of rounding (they come from the same formula). */
    static void assertClose(NDArray expected, NDArray actual, String what) {
        assertClose(expected, actual, what, 0);
    }

    /** As {@link #assertClose(NDArray, NDArray, String)}, also within {@code atol} absolutely. */
    static void assertClose(NDArray expected, NDArray actual, String what, double atol) {
        assertEquals(expected.dtype(), actual.dtype(), what);
        assertArrayEquals(expected.shape(), actual.shape(), what);
        double rtol = expected.dtype() == org.ndvec.DType.FLOAT32 ? 1e-6 : 1e-12;
        assertTrue(Nd.allclose(expected, actual, rtol, atol, false),
                what + ": expected " + expected + " got " + actual);
    }
}
