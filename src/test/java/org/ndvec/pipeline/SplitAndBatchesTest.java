package org.ndvec.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndvec.pipeline.PipelineFixtures.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** Split and Minibatches reproduce NumPy's seeded permutations exactly (gen_pipeline_fixtures.py). */
class SplitAndBatchesTest {

    @Test
    void trainTestSplitMatchesNumpy() {
        NDArray x = get("split_x");
        NDArray y = get("split_y");
        Object[][] cases = {{42L, 0.25, "a"}, {0L, 0.3, "b"}, {4294967295L, 0.5, "c"}};
        for (Object[] c : cases) {
            String t = "split_" + c[2];
            Split.TrainTest s = Split.trainTestSplit(x, y, (Double) c[1], (Long) c[0]);
            assertArrayEquals(get(t + "_xtrain").toDoubleArray2D(), s.xTrain().toDoubleArray2D(), t);
            assertArrayEquals(get(t + "_xtest").toDoubleArray2D(), s.xTest().toDoubleArray2D(), t);
            assertArrayEquals(get(t + "_ytrain").toStringArray(), s.yTrain().toStringArray(), t);
            assertArrayEquals(get(t + "_ytest").toStringArray(), s.yTest().toStringArray(), t);
        }
        Split.TrainTest noY = Split.trainTestSplit(x, null, 0.25, 42);
        assertNull(noY.yTrain());
        assertArrayEquals(get("split_a_xtest").toDoubleArray2D(), noY.xTest().toDoubleArray2D());
    }

    @Test
    void splitRefusesBadArguments() {
        NDArray x = Nd.zeros(4, 2);
        assertThrows(IllegalArgumentException.class, () -> Split.trainTestSplit(x, Nd.zeros(3), 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.trainTestSplit(x, null, 0.0, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.trainTestSplit(x, null, 1.0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Split.trainTestSplit(x, null, 0.9, 1));
        assertTrue(e.getMessage().contains("the resulting train set will be empty"), e.getMessage());
    }

    private static long[][] epochs(Minibatches mb, int epochs, NDArray y) {
        long[][] out = new long[epochs][];
        for (int e = 0; e < epochs; e++) {
            List<Long> rows = new ArrayList<>();
            for (Minibatches.Batch b : mb) {
                long[] xs = b.x().toLongArray();
                assertArrayEquals(xs, Nd.take(y, b.x(), 0).toLongArray(), "y rows follow x rows");
                assertArrayEquals(b.y().toLongArray(), xs);
                for (long v : xs) {
                    rows.add(v);
                }
            }
            out[e] = rows.stream().mapToLong(Long::longValue).toArray();
        }
        return out;
    }

    @Test
    void shuffledBatchesMatchNumpyEpochAfterEpoch() {
        NDArray x = Nd.arange(10);
        NDArray y = Nd.arange(10);
        assertArrayEquals(get("mb_drop0").toLongArray2D(), epochs(Minibatches.of(x, y, 3).shuffle(7), 3, y));
        assertArrayEquals(get("mb_drop1").toLongArray2D(), epochs(Minibatches.of(x, y, 3).shuffle(7).dropLast(), 3, y));
    }

    @Test
    void unshuffledBatchesAreInOrderWithAShortLastOne() {
        NDArray x = Nd.arange(20).reshape(10, 2);
        List<int[]> shapes = new ArrayList<>();
        Minibatches mb = Minibatches.of(x, null, 4);
        assertEquals(3, mb.batchesPerEpoch());
        for (Minibatches.Batch b : mb) {
            shapes.add(b.x().shape());
            assertNull(b.y());
        }
        assertEquals(List.of(List.of(4, 2), List.of(4, 2), List.of(2, 2)),
                shapes.stream().map(s -> List.of(s[0], s[1])).toList());
        assertEquals(2, mb.dropLast().batchesPerEpoch());
        assertThrows(IllegalArgumentException.class, () -> Minibatches.of(x, null, 0));
        assertThrows(IllegalArgumentException.class, () -> Minibatches.of(x, Nd.zeros(9), 2));
    }
}
