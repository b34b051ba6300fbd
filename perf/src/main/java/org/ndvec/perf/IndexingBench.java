package org.ndvec.perf;

import java.util.Random;
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

/** Advanced indexing, joining and ordering; the NumPy side is {@code perf/numpy/indexing.py}. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Same fork settings as ElementwiseBench: with the default G1 heap, gc.count showed ~12 young
// collections per iteration and concatenate_f32_3x16x1000 averaged 253 us; on a pre-touched
// ParallelGC heap it runs 15.6 us (-prof gc, 2026-11-22). What is measured is then the copy.
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC", "-Xms2g", "-Xmx2g",
    "-Xmn768m", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class IndexingBench {
    private float[] raw;
    private NDArray a1m;
    private NDArray rows;
    private NDArray rowIdx;
    private NDArray[] parts;
    private NDArray joined;

    @Setup
    public void setup() {
        Random r = new Random(42);
        raw = new float[1 << 20];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (float) r.nextGaussian();
        }
        a1m = NDArray.wrap(raw.clone());
        float[] m = new float[100_000 * 64];
        for (int i = 0; i < m.length; i++) {
            m[i] = r.nextFloat();
        }
        rows = NDArray.wrap(m, 100_000, 64);
        long[] idx = new long[100_000];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = r.nextInt(100_000);
        }
        rowIdx = Nd.array(idx);
        parts = new NDArray[3];
        for (int k = 0; k < 3; k++) {
            float[] p = new float[16 * 1000];
            for (int i = 0; i < p.length; i++) {
                p[i] = r.nextFloat();
            }
            parts[k] = NDArray.wrap(p, 16, 1000);
        }
        joined = Nd.zeros(DType.FLOAT32, 48, 1000);
    }

    /** {@code a[a > 0]}; the comparison is written here because it is not an ndvec op of this area. */
    @Benchmark
    public NDArray mask_filter_f32_1m() {
        boolean[] mask = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            mask[i] = raw[i] > 0;
        }
        return a1m.get(Nd.array(mask));
    }

    /** {@code a[idx]} for 100000 random rows of a (100000, 64) float32 array. */
    @Benchmark
    public NDArray fancy_take_rows_f32_100000x64() {
        return rows.get(rowIdx);
    }

    /** {@code np.concatenate([a, b, c])} of three (16, 1000) float32 arrays. */
    @Benchmark
    public NDArray concatenate_f32_3x16x1000() {
        return Nd.concatenate(parts);
    }

    /** {@code np.concatenate([a, b, c], out=out)}: the same join without allocating the result. */
    @Benchmark
    public NDArray concatenate_f32_3x16x1000_out() {
        return Nd.concatenate(parts, 0, joined);
    }

    /** {@code np.sort(a)} of 2^20 standard normal float32. */
    @Benchmark
    public NDArray sort_f32_1m() {
        return Nd.sort(a1m);
    }

    /** {@code np.argsort(a)} of 2^20 standard normal float32. */
    @Benchmark
    public NDArray argsort_f32_1m() {
        return Nd.argsort(a1m);
    }
}
