package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.DType;
import org.ndvec.LossReduction;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * softmax / logSoftmax / logSumExp (float64 and float32, every axis, logits up to 1e4) and
 * the losses and metrics, against NumPy's float64 formulas in the fixtures.
 */
class SoftmaxLossFixturesTest {

    @Test
    void softmaxOfTheTutorialRows() {
        NDArray p = Nd.softmax(Nd.array(new double[][] {{1, 2, 3}, {4, 5, 6}}), 1);
        double[] want = {0.09003057, 0.24472847, 0.66524096};
        for (int r = 0; r < 2; r++) {
            for (int k = 0; k < 3; k++) {
                ReductionFixtures.assertClose("softmax[" + r + "," + k + "]", want[k], p.getDouble(r, k), 0, 5e-9);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> softmaxMatchesNumPy() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] f : ReductionFixtures.lines("softmax.tsv")) {
            String name = f[0] + "(" + f[1] + ") of " + f[2] + " " + f[3];
            tests.add(DynamicTest.dynamicTest(name, () -> {
                NDArray a = ReductionFixtures.array(f[2], f[3], f[4], f[5]);
                int axis = Integer.parseInt(f[1].substring("axis=".length()));
                NDArray got = switch (f[0]) {
                    case "softmax" -> Nd.softmax(a, axis);
                    case "log_softmax" -> Nd.logSoftmax(a, axis);
                    case "logsumexp" -> Nd.logSumExp(a, axis);
                    default -> throw new IllegalStateException(f[0]);
                };
                ReductionFixtures.assertMatches(name, f[6], f[7], f[8], got);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> lossesMatchNumPy() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] f : ReductionFixtures.lines("losses.tsv")) {
            String name = f[0] + " " + f[2] + " " + f[1].replaceAll("=[^;]*", "");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                NDArray a = ReductionFixtures.array(f[2], f[3], f[4], f[5]);
                Map<String, String> kv = new HashMap<>();
                for (String part : f[1].split(";")) {
                    String[] p = part.split("=", 2);
                    kv.put(p[0], p[1]);
                }
                switch (f[0]) {
                    case "ce_probs", "ce_logits" -> {
                        NDArray target = kv.containsKey("labels")
                                ? ReductionFixtures.array("int64", String.valueOf(a.shape(0)), "C", kv.get("labels"))
                                : ReductionFixtures.array("float64", a.shape(0) + "x" + a.shape(1), "C", kv.get("targets"));
                        LossReduction r = LossReduction.valueOf(kv.get("reduction"));
                        boolean logits = f[0].equals("ce_logits");
                        NDArray got = logits ? Nd.crossEntropyWithLogits(a, target, r) : Nd.crossEntropy(a, target, r);
                        ReductionFixtures.assertMatches(name, f[6], f[7], f[8], got);
                        if (r == LossReduction.MEAN) {
                            NDArray dflt = logits ? Nd.crossEntropyWithLogits(a, target) : Nd.crossEntropy(a, target);
                            assertEquals(got.itemDouble(), dflt.itemDouble());
                        }
                    }
                    case "mse", "rmse", "mae" -> {
                        NDArray t = ReductionFixtures.array("float64", f[3], "C", kv.get("target"));
                        double got = f[0].equals("mse") ? Nd.mse(a, t) : f[0].equals("rmse") ? Nd.rmse(a, t) : Nd.mae(a, t);
                        ReductionFixtures.assertClose(name, ReductionFixtures.number(f[8]), got, 1e-14, 0);
                    }
                    case "accuracy" -> {
                        NDArray labels = ReductionFixtures.array("int64", String.valueOf(a.shape(0)), "C", kv.get("labels"));
                        assertEquals(ReductionFixtures.number(f[8]), Nd.accuracy(a, labels));
                    }
                    case "one_hot" -> ReductionFixtures.assertMatches(name, f[6], f[7], f[8],
                            Nd.oneHot(a, Integer.parseInt(kv.get("k"))));
                    case "feature_mean" -> ReductionFixtures.assertMatches(name, f[6], f[7], f[8], a.mean(0));
                    case "feature_std" -> ReductionFixtures.assertMatches(name, f[6], f[7], f[8], a.std(0));
                    case "feature_std_ddof1" -> ReductionFixtures.assertMatches(name, f[6], f[7], f[8], a.std(0, 1));
                    default -> throw new IllegalStateException(f[0]);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void oneHotIsEyeTakeLabels() {
        NDArray labels = Nd.array(2, 0, 1, 2, -1);
        NDArray hot = Nd.oneHot(labels, 3);
        NDArray taken = Nd.eye(3).take(labels, 0);
        assertEquals(DType.FLOAT64, hot.dtype());
        assertEquals(List.of(5, 3), List.of(hot.shape(0), hot.shape(1)));
        assertEquals(List.of(5, 3), List.of(taken.shape(0), taken.shape(1)));
        // np.eye(3)[[2, 0, 1, 2, -1]]
        double[] want = {0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1};
        assertArrayEquals(want, hot.toDoubleArray());
        assertArrayEquals(want, taken.toDoubleArray());
        // 2-D labels give (2, 2, 3) both ways
        NDArray grid = Nd.array(new int[][] {{1, 0}, {2, 1}});
        assertArrayEquals(Nd.eye(3).take(grid, 0).toDoubleArray(), Nd.oneHot(grid, 3).toDoubleArray());
        assertEquals(3, Nd.oneHot(grid, 3).ndim());
    }

    @Test
    void accuracyOfLabelPredictions() {
        // np.mean(np.array([1, 2, 0, 2]) == np.array([1, 0, 0, 2])) -> 0.75
        assertEquals(0.75, Nd.accuracy(Nd.array(1, 2, 0, 2), Nd.array(1, 0, 0, 2)));
        // scores: np.mean(np.argmax([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]], 1) == [1, 1, 1]) -> 2/3
        NDArray scores = Nd.array(new double[][] {{0.1, 0.9}, {0.8, 0.2}, {0.3, 0.7}});
        assertEquals(2.0 / 3, Nd.accuracy(scores, Nd.array(1, 1, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Nd.accuracy(Nd.array(1, 2, 0), Nd.array(1, 0)));
        assertTrue(e.getMessage().contains("(3,)") && e.getMessage().contains("(2,)"), e.getMessage());
    }

    @Test
    void boolLabelsAreRefused() {
        NDArray p = Nd.array(new double[][] {{0.2, 0.8}, {0.6, 0.4}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Nd.crossEntropy(p, Nd.array(true, false)));
        assertTrue(e.getMessage().contains("bool"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nd.oneHot(Nd.array(true, false), 2));
    }

    @Test
    void logSoftmaxOfAnInfiniteMaximumIsSciPys() {
        // scipy.special.log_softmax([inf, 1.0, -inf]) -> [nan, -inf, -inf]; logsumexp -> inf
        for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            NDArray x = Nd.array(Double.POSITIVE_INFINITY, 1.0, Double.NEGATIVE_INFINITY).astype(dt);
            double[] got = Nd.logSoftmax(x, 0).toDoubleArray();
            assertTrue(Double.isNaN(got[0]), dt + " " + java.util.Arrays.toString(got));
            assertEquals(Double.NEGATIVE_INFINITY, got[1]);
            assertEquals(Double.NEGATIVE_INFINITY, got[2]);
            assertEquals(Double.POSITIVE_INFINITY, Nd.logSumExp(x, 0).itemDouble());
        }
    }
}
