package org.ndvec.perf.user;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ndvec.DType;
import org.ndvec.Expr;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.random.RandomState;

/**
 * One JVM with default flags running what a feature pipeline runs, in order: large elementwise
 * operations and reductions on 4M float32 elements (16 MiB arrays: humongous objects for the default
 * G1 collector; one add also into a preallocated result), issue 19's expression {@code np.exp(-0.5*x*x)*c + d} on 1M of them, fused and op by op, then 20,000 small linear layers (32 x 10 @ 10 x 5 + bias), then 20,000 row
 * softmaxes of their 32 x 5 output. Prints the median time per call of each step, in nanoseconds, as
 * JSON. Run by {@code perf/user/run.py} beside its NumPy twin {@code perf/user/mixed_sequence.py}.
 */
public final class MixedSequence {
    static final int LARGE = 1 << 22;
    static final int LARGE_CALLS = 30;
    static final int SMALL_CALLS = 20_000;

    private MixedSequence() {
    }

    public static void main(String[] args) {
        RandomState rs = new RandomState(0);
        NDArray a = rs.random(LARGE).astype(DType.FLOAT32);
        NDArray b = rs.random(LARGE).astype(DType.FLOAT32);
        NDArray m = a.reshape(2048, 2048);
        Map<String, Long> medians = new LinkedHashMap<>();
        double[] sink = new double[1];
        medians.put("add_4m", median(LARGE_CALLS, () -> a.add(b), sink));
        // the same add into a preallocated result (np.add(a, b, out=o)): no 16 MiB allocation per
        // call; it runs after add_4m, so both see the add kernel about as warm
        NDArray o = Nd.zeros(DType.FLOAT32, LARGE);
        medians.put("add_out_4m", median(LARGE_CALLS, () -> a.add(b, o), sink));
        medians.put("muladd_4m", median(LARGE_CALLS, () -> a.mul(b).add(a), sink));
        medians.put("exp_4m", median(LARGE_CALLS, () -> a.exp(), sink));
        medians.put("sum_4m", median(LARGE_CALLS, () -> a.sum(), sink));
        medians.put("mean_axis0_2048x2048", median(LARGE_CALLS, () -> m.mean(0), sink));
        // issue 19's chain np.exp(-0.5*x*x)*c + d on 1M float32: fused (Expr) and op by op
        NDArray x1 = a.get(":1048576");
        NDArray c1 = b.get(":1048576");
        NDArray d1 = a.get("1048576:2097152");
        medians.put("expr_gaussian_1m", median(LARGE_CALLS,
                () -> Expr.of(x1).mul(-0.5).mul(x1).exp().mul(c1).add(d1).eval(), sink));
        medians.put("chain_gaussian_1m", median(LARGE_CALLS,
                () -> x1.mul(-0.5).mul(x1).exp().mul(c1).add(d1), sink));

        NDArray x = rs.random(32, 10).astype(DType.FLOAT32);
        NDArray w = rs.random(10, 5).astype(DType.FLOAT32);
        NDArray bias = rs.random(5).astype(DType.FLOAT32);
        medians.put("linear_32x10x5", median(SMALL_CALLS, () -> x.matmul(w).addi(bias), sink));
        NDArray logits = x.matmul(w).addi(bias);
        medians.put("softmax_32x5", median(SMALL_CALLS, () -> Nd.softmax(logits, 1), sink));

        StringBuilder json = new StringBuilder("{");
        medians.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
        System.out.println(json.append(String.format(", \"check\": %.4f}", sink[0])));
    }

    private static long median(int calls, Supplier<NDArray> op, double[] sink) {
        long[] t = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            NDArray r = op.get();
            t[i] = System.nanoTime() - t0;
            sink[0] += r.ndim() == 0 ? r.itemDouble() : r.getDouble(new int[r.ndim()]);
        }
        Arrays.sort(t);
        return t[calls / 2];
    }
}
