package org.ndvec.perf.user;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.random.RandomState;

/**
 * The latency profile of one small operation from a cold JVM, run as a whole process by
 * {@code perf/user/run.py}: a 32 x 10 @ 10 x 5 float32 linear layer plus bias ({@code x @ w + b}),
 * called 10,000 times in a loop. Prints the time of calls #1, #100, #1,000 and #10,000 and the
 * median of calls 9,001-10,000, in nanoseconds, as JSON. Its NumPy twin is
 * {@code perf/user/linear_layer_latency.py}.
 */
public final class LinearLayerLatency {
    private LinearLayerLatency() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        RandomState rs = new RandomState(0);
        NDArray x = rs.random(32, 10).astype(DType.FLOAT32);
        NDArray w = rs.random(10, 5).astype(DType.FLOAT32);
        NDArray b = rs.random(5).astype(DType.FLOAT32);
        long[] t = new long[calls];
        double sink = 0;
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            NDArray y = x.matmul(w).addi(b);
            t[i] = System.nanoTime() - t0;
            sink += y.getDouble(0, 0);
        }
        long[] tail = java.util.Arrays.copyOfRange(t, Math.max(0, calls - 1000), calls);
        java.util.Arrays.sort(tail);
        System.out.printf("{\"call_1\": %d, \"call_100\": %d, \"call_1000\": %d, \"call_10000\": %d, "
                        + "\"median_last_1000\": %d, \"check\": %.6f}%n",
                t[0], t[Math.min(99, calls - 1)], t[Math.min(999, calls - 1)], t[calls - 1], tail[tail.length / 2],
                sink / calls);
    }
}
