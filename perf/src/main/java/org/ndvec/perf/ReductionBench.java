package org.ndvec.perf;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reduction workloads of issue 4; the NumPy side is {@code perf/numpy/reductions.py}.
 * {@code arraycopy_f32_16m} is the bandwidth reference for {@code sum_f32_16m}: it moves the
 * same 64 MiB (read) plus 64 MiB written, so a memory-bound sum should take at most about half
 * its time, and "90% of copy bandwidth" means {@code sum <= copy / 2 / 0.9} in bytes read per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// A fixed, pre-touched heap: without it each 16 MB result (softmax) lands on freshly committed
// pages and the page faults, not the kernel, dominate (softmax per-call minimum 11.9 ms vs 2.9 ms).
// Transparent huge pages put the JVM on NumPy's footing: NumPy madvise()s huge pages for large
// arrays (THP is "madvise" here), and with 4 KiB pages streaming 64 MiB ran ~30% slower
// (sum_f32_16m per-call minimum 3.48 ms vs 2.40 ms), the prefetchers stopping at every page.
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch",
        "-XX:+UseTransparentHugePages"})
public class ReductionBench {
    private NDArray f32x16m;
    private float[] raw16m;
    private float[] copy16m;
    private NDArray f32x4096x4096;
    private NDArray f32x2048x2048;
    private NDArray f64x4096x4096;
    private NDArray f64x1000x20;
    private NDArray logits4096x1000;
    private NDArray labels4096;

    private static float[] gaussian(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (r.nextDouble() * 4 - 2);
        }
        return out;
    }

    @Setup
    public void setup() {
        raw16m = gaussian(1 << 24, 1);
        copy16m = new float[1 << 24];
        f32x16m = NDArray.wrap(raw16m);
        f32x4096x4096 = NDArray.wrap(gaussian(4096 * 4096, 2), 4096, 4096);
        f64x4096x4096 = f32x4096x4096.astype(DType.FLOAT64);
        f32x2048x2048 = NDArray.wrap(gaussian(2048 * 2048, 6), 2048, 2048);
        f64x1000x20 = NDArray.wrap(gaussian(1000 * 20, 3), 1000, 20).astype(DType.FLOAT64);
        logits4096x1000 = NDArray.wrap(gaussian(4096 * 1000, 4), 4096, 1000);
        long[] y = new long[4096];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < y.length; i++) {
            y[i] = r.nextInt(1000);
        }
        labels4096 = NDArray.wrap(y);
    }

    @Benchmark
    public NDArray sum_f32_16m() {
        return f32x16m.sum();
    }

    @Benchmark
    public NDArray max_f32_16m() {
        return f32x16m.max();
    }

    @Benchmark
    public NDArray mean_axis0_f32_4096x4096() {
        return f32x4096x4096.mean(0);
    }

    /**
     * Two column blocks: the shape whose lanes, split over two threads, once ran 5x slower than
     * one block per thread (OrderedFolds.SPLIT_LANES_BELOW).
     */
    @Benchmark
    public NDArray mean_axis0_f32_2048x2048() {
        return f32x2048x2048.mean(0);
    }

    /** Issue 22: compensated float64 column sums, at least as fast as NumPy's plain ones. */
    @Benchmark
    public NDArray mean_axis0_f64_4096x4096() {
        return f64x4096x4096.mean(0);
    }

    @Benchmark
    public NDArray mean_axis1_f32_4096x4096() {
        return f32x4096x4096.mean(1);
    }

    @Benchmark
    public NDArray std_axis0_f64_1000x20() {
        return f64x1000x20.std(0);
    }

    @Benchmark
    public NDArray argmax_axis1_f32_4096x1000() {
        return logits4096x1000.argmax(1);
    }

    @Benchmark
    public NDArray softmax_axis1_f32_4096x1000() {
        return Nd.softmax(logits4096x1000, 1);
    }

    @Benchmark
    public NDArray crossentropy_f32_4096x1000() {
        return Nd.crossEntropyWithLogits(logits4096x1000, labels4096);
    }

    /** Bandwidth reference for sum_f32_16m (same 64 MiB read, plus 64 MiB written). */
    @Benchmark
    public float[] arraycopy_f32_16m() {
        System.arraycopy(raw16m, 0, copy16m, 0, raw16m.length);
        return copy16m;
    }
}
