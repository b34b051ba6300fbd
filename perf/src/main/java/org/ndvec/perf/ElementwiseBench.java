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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 3's elementwise workloads. Each is the twin of the entry of the same name in
 * {@code perf/numpy/elementwise.py}: allocating forms against NumPy expressions ({@code a + b}),
 * {@code _out} forms against {@code np.add(a, b, out=c)}. States are split by size so a
 * benchmark allocates only its own arrays (the 4096x4096 ones take 64 MiB each).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The allocating forms create a 4 KiB-64 MiB result per call. Measured by hand (1k and 1M float32
// add, under load): default G1 treats the large ones as humongous objects (alloc form ~3x the
// kernel); ParallelGC with a big young generation lets them die young, but untouched eden pages
// then fault on first use for the whole run (1k add went from 2 us to 39 us in JMH); a fixed,
// pre-touched 2 GiB heap with a 768 MiB young generation was best (1k add 225 ns, 1M alloc ~3x out).
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC", "-Xms2g", "-Xmx2g",
    "-Xmn768m", "-XX:+AlwaysPreTouch"})
public class ElementwiseBench {

    static NDArray randomF32(long seed, int... shape) {
        Random r = new Random(seed);
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (r.nextGaussian() * 3);
        }
        return NDArray.wrap(x, shape);
    }

    /** 1k float32 operands. */
    @State(Scope.Thread)
    public static class K1 {
        NDArray a;
        NDArray b;

        @Setup
        public void setup() {
            a = randomF32(1, 1024);
            b = randomF32(2, 1024);
        }
    }

    /** 1M float32 operands and an output. */
    @State(Scope.Thread)
    public static class M1 {
        NDArray a;
        NDArray b;
        NDArray out;
        NDArray a64;
        NDArray b64;
        /** |a|, |a64|: log's domain. */
        NDArray pos;
        NDArray pos64;
        float[] raw;
        float[] rawOut;

        @Setup
        public void setup() {
            a = randomF32(1, 1 << 20);
            b = randomF32(2, 1 << 20);
            out = Nd.zeros(DType.FLOAT32, 1 << 20);
            a64 = a.astype(DType.FLOAT64);
            b64 = b.astype(DType.FLOAT64);
            pos = a.abs();
            pos64 = a64.abs();
            raw = a.toFloatArray();
            rawOut = new float[raw.length];
        }
    }

    /** 16M float32 operands. */
    @State(Scope.Thread)
    public static class M16 {
        NDArray a;
        NDArray b;
        NDArray d;
        NDArray out;
        float[] rawA;
        float[] rawOut;

        @Setup
        public void setup() {
            a = randomF32(1, 1 << 24);
            b = randomF32(2, 1 << 24);
            d = randomF32(3, 1 << 24);
            out = Nd.zeros(DType.FLOAT32, 1 << 24);
            rawA = a.toFloatArray();
            rawOut = new float[1 << 24];
        }
    }

    /** A 4096x4096 float32 matrix with row, column and full-size partners. */
    @State(Scope.Thread)
    public static class Square {
        NDArray a;
        NDArray b;
        NDArray row;
        NDArray col;

        @Setup
        public void setup() {
            a = randomF32(1, 4096, 4096);
            b = randomF32(2, 4096, 4096);
            row = randomF32(3, 4096);
            col = randomF32(4, 4096, 1);
        }
    }

    /** Operands of a size swept to choose the chunk sizes of org.ndvec.ops.ChunkedLoop. */
    @State(Scope.Thread)
    public static class Sized {
        @Param({"65536", "131072", "262144", "524288", "1048576"})
        int n;
        NDArray a;
        NDArray b;
        NDArray out;

        @Setup
        public void setup() {
            a = randomF32(1, n);
            b = randomF32(2, n);
            out = Nd.zeros(DType.FLOAT32, n);
        }
    }

    /**
     * How large a memory-bound loop must be before splitting it pays: run with
     * {@code -jvmArgsAppend -Dndvec.threads=1} and {@code =2} and compare per size.
     */
    @Benchmark
    public NDArray splitsize_f32add(Sized s) {
        return s.a.add(s.b, s.out);
    }

    /** As {@link #splitsize_f32add} for a transcendental loop. */
    @Benchmark
    public NDArray splitsize_f32exp(Sized s) {
        return s.a.exp(s.out);
    }

    /**
     * The floor under every allocating 1M float32 workload: a fresh 4 MiB array, zeroed by the
     * JVM in memory that is not in cache (the eden cycles through 768 MiB), while NumPy's
     * allocator returns the block it just freed, still in L3. No NumPy twin.
     */
    @Benchmark
    public float[] alloc_f32_1m() {
        return new float[1 << 20];
    }

    @Benchmark
    public NDArray add_f32_1k(K1 s) {
        return s.a.add(s.b);
    }

    @Benchmark
    public NDArray add_f32_1m(M1 s) {
        return s.a.add(s.b);
    }

    @Benchmark
    public NDArray add_f32_1m_out(M1 s) {
        return s.a.add(s.b, s.out);
    }

    @Benchmark
    public NDArray add_f64_1m(M1 s) {
        return s.a64.add(s.b64);
    }

    @Benchmark
    public NDArray add_f32_16m(M16 s) {
        return s.a.add(s.b);
    }

    @Benchmark
    public NDArray add_f32_16m_out(M16 s) {
        return s.a.add(s.b, s.out);
    }

    /** One fused pass against NumPy's two ({@code a * b + d}). */
    @Benchmark
    public NDArray muladd_f32_16m(M16 s) {
        return Nd.fma(s.a, s.b, s.d);
    }

    @Benchmark
    public NDArray add_f32_rowbcast_4096x4096(Square s) {
        return s.a.add(s.row);
    }

    @Benchmark
    public NDArray add_f32_colbcast_4096x4096(Square s) {
        return s.a.add(s.col);
    }

    @Benchmark
    public NDArray add_f32_samesize_4096x4096(Square s) {
        return s.a.add(s.b);
    }

    @Benchmark
    public NDArray add_f32_transposed_4096x4096(Square s) {
        return s.a.T().add(s.b);
    }

    @Benchmark
    public NDArray relu_f32_1m(M1 s) {
        return s.a.relu();
    }

    /** {@code np.clip(a, -1.0, 1.0)}: the bound is the first operand of maximum (a stride-0 row). */
    @Benchmark
    public NDArray clip_f32_1m(M1 s) {
        return s.a.clip(-1.0, 1.0);
    }

    @Benchmark
    public NDArray sigmoid_f32_1m(M1 s) {
        return s.a.sigmoid();
    }

    @Benchmark
    public NDArray tanh_f32_1m(M1 s) {
        return s.a.tanh();
    }

    @Benchmark
    public NDArray exp_f32_1m(M1 s) {
        return s.a.exp();
    }

    @Benchmark
    public NDArray log_f32_1m(M1 s) {
        return s.pos.log();
    }

    /**
     * The out forms of the float32 transcendentals ({@code np.exp(a, out=o)}): the kernel without
     * the fresh 4 MiB result that every allocating 1M row pays (see {@link #alloc_f32_1m}).
     */
    @Benchmark
    public NDArray exp_f32_1m_out(M1 s) {
        return s.a.exp(s.out);
    }

    @Benchmark
    public NDArray tanh_f32_1m_out(M1 s) {
        return s.a.tanh(s.out);
    }

    @Benchmark
    public NDArray log_f32_1m_out(M1 s) {
        return s.pos.log(s.out);
    }

    @Benchmark
    public NDArray exp_f64_1m(M1 s) {
        return s.a64.exp();
    }

    @Benchmark
    public NDArray log_f64_1m(M1 s) {
        return s.pos64.log();
    }

    @Benchmark
    public NDArray tanh_f64_1m(M1 s) {
        return s.a64.tanh();
    }

    @Benchmark
    public NDArray sigmoid_f64_1m(M1 s) {
        return s.a64.sigmoid();
    }

    /**
     * The transcendental decision (design.md section 3): our polynomial exp against the Vector
     * API's lanewise EXP, both on raw arrays with no allocation. No NumPy twin.
     */
    @Benchmark
    public float[] expkernel_poly_f32_1m(M1 s) {
        ExpKernels.polynomial(s.raw, s.rawOut);
        return s.rawOut;
    }

    /** See {@link #expkernel_poly_f32_1m}. */
    @Benchmark
    public float[] expkernel_lanewise_f32_1m(M1 s) {
        ExpKernels.lanewise(s.raw, s.rawOut);
        return s.rawOut;
    }

    /** The tanh-approximate GELU: NumPy has no erf, so the tanh form is what it can be compared with. */
    @Benchmark
    public NDArray gelu_f32_1m(M1 s) {
        return s.a.geluTanh();
    }

    /**
     * The memory-bandwidth yardstick for the large adds: {@code System.arraycopy} of 16M floats
     * (64 MiB read + 64 MiB written; add_f32_16m_out moves 128 MiB read + 64 MiB written).
     */
    @Benchmark
    public float[] arraycopy_f32_16m(M16 s) {
        System.arraycopy(s.rawA, 0, s.rawOut, 0, s.rawA.length);
        return s.rawOut;
    }
}
