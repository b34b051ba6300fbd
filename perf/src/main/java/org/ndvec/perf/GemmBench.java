package org.ndvec.perf;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.linalg.Linalg;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 5 workloads (matmul and linalg); the NumPy side is perf/numpy/gemm.py. {@code _1t}
 * workloads fork with {@code -Dndvec.threads=1}, {@code _2t} with 2. GFLOP/s = 2 n^3 / time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Each call allocates its 64 KiB-16 MiB result, which default G1 treats as humongous objects;
// the fixed, pre-touched ParallelGC heap that ElementwiseBench measured lets them die young, as
// NumPy's freed result buffers are reused by malloc.
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Dndvec.threads=1", "-XX:+UseParallelGC",
    "-Xms2g", "-Xmx2g", "-Xmn768m", "-XX:+AlwaysPreTouch"})
public class GemmBench {

    static NDArray random(DType dt, long seed, int m, int n) {
        Random rnd = new Random(seed);
        double[] v = new double[m * n];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextDouble() * 2 - 1;
        }
        return NDArray.wrap(v, m, n).astype(dt);
    }

    /**
     * Settles the float64 tiers the linalg rows use before a trial: an svd of 1024 x 1024 takes
     * about 0.6 s, so perf/compare's 3 s warm-up spans a handful of calls while the float64 matmul
     * tier is still being warmed (inline, in slices, with {@code -Dndvec.threads=1}), and pca_eigh's
     * measured iterations fell from 164 to 40 ms as its tiers settled. One small run of each
     * operation creates the tiers; {@link SettledTiers} then warms them on the setup's clock.
     */
    static void settleLinalgTiers() {
        NDArray small = random(DType.FLOAT64, 1, 64, 64);
        NDArray centered = small.sub(small.mean(0));
        Linalg.eigh(centered.T().matmul(centered).div(63));
        Linalg.svd(small);
        Linalg.svd(random(DType.FLOAT64, 1, 256, 16));
        SettledTiers.settle("axis sum float64", "float64 subtract", "float64 divide", "matmul float64",
                "small matmul float64", "gram float64", "gram4 float64", "dotAxpy float64", "rotate float64");
    }

    /**
     * n x n operand pairs, built on first use and cached: a fork only builds the sizes its
     * benchmark uses, and the one-time cost falls in the first warm-up iteration.
     */
    @State(Scope.Benchmark)
    public static class Operands {
        private final java.util.Map<String, NDArray[]> cache = new java.util.HashMap<>();

        NDArray[] pair(DType dt, int n) {
            return cache.computeIfAbsent(dt + "/" + n, key -> new NDArray[] {random(dt, 1, n, n), random(dt, 2, n, n)});
        }

        NDArray matmul(DType dt, int n) {
            NDArray[] p = pair(dt, n);
            return p[0].matmul(p[1]);
        }
    }

    /** The tutorial's linear layer: X (32 x 10) @ W (10 x 5) + b (5). */
    @State(Scope.Benchmark)
    public static class Layer {
        NDArray x;
        NDArray w;
        NDArray bias;

        @Setup(Level.Trial)
        public void setup() {
            x = random(DType.FLOAT32, 3, 32, 10);
            w = random(DType.FLOAT32, 4, 10, 5);
            bias = random(DType.FLOAT32, 5, 1, 5).reshape(5);
        }
    }

    /** float64 256 x 256: a general matrix and a symmetric one. */
    @State(Scope.Benchmark)
    public static class Square256 {
        NDArray general;
        NDArray symmetric;

        @Setup(Level.Trial)
        public void setup() {
            general = random(DType.FLOAT64, 6, 256, 256);
            double[][] g = general.toDoubleArray2D();
            double[][] s = new double[256][256];
            for (int i = 0; i < 256; i++) {
                for (int j = 0; j < 256; j++) {
                    s[i][j] = g[i][j] + g[j][i];
                }
            }
            symmetric = org.ndvec.Nd.array(s);
            settleLinalgTiers();
        }
    }

    /** float64 1024 x 1024: a general matrix and a symmetric one, as {@link Square256}. */
    @State(Scope.Benchmark)
    public static class Square1024 {
        NDArray general;
        NDArray symmetric;

        @Setup(Level.Trial)
        public void setup() {
            general = random(DType.FLOAT64, 6, 1024, 1024);
            symmetric = general.add(general.T());
            settleLinalgTiers();
        }
    }

    /**
     * PCA input of a feature pipeline: 100,000 samples x 64 float64 features, uniform in [-1, 1)
     * with the feature scales of a real table (feature j times 1 + j / 8).
     */
    @State(Scope.Benchmark)
    public static class Samples {
        NDArray x;

        @Setup(Level.Trial)
        public void setup() {
            double[] scale = new double[64];
            for (int j = 0; j < 64; j++) {
                scale[j] = 1 + j / 8.0;
            }
            x = random(DType.FLOAT64, 7, 100_000, 64).mul(NDArray.wrap(scale, 64));
            settleLinalgTiers();
        }
    }

    @Benchmark
    public NDArray gemm_f32_128_1t(Operands s) {
        return s.matmul(DType.FLOAT32, 128);
    }

    @Benchmark
    public NDArray gemm_f32_256_1t(Operands s) {
        return s.matmul(DType.FLOAT32, 256);
    }

    @Benchmark
    public NDArray gemm_f32_512_1t(Operands s) {
        return s.matmul(DType.FLOAT32, 512);
    }

    @Benchmark
    public NDArray gemm_f32_1024_1t(Operands s) {
        return s.matmul(DType.FLOAT32, 1024);
    }

    @Benchmark
    public NDArray gemm_f32_2048_1t(Operands s) {
        return s.matmul(DType.FLOAT32, 2048);
    }

    @Benchmark
    public NDArray gemm_f64_256_1t(Operands s) {
        return s.matmul(DType.FLOAT64, 256);
    }

    @Benchmark
    public NDArray gemm_f64_1024_1t(Operands s) {
        return s.matmul(DType.FLOAT64, 1024);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Dndvec.threads=2", "-XX:+UseParallelGC",
        "-Xms2g", "-Xmx2g", "-Xmn768m", "-XX:+AlwaysPreTouch"})
    public NDArray gemm_f32_2048_2t(Operands s) {
        return s.matmul(DType.FLOAT32, 2048);
    }

    /** a.T @ b: the packing reads the transposed view directly. */
    @Benchmark
    public NDArray gemm_f32_1024_transposedA_1t(Operands s) {
        NDArray[] p = s.pair(DType.FLOAT32, 1024);
        return p[0].T().matmul(p[1]);
    }

    @Benchmark
    public NDArray linear_layer_f32_32x10x5(Layer s) {
        return s.x.matmul(s.w).add(s.bias); // X @ W + b, as the tutorial and the NumPy side write it
    }

    @Benchmark
    public NDArray inv_f64_256(Square256 s) {
        return Linalg.inv(s.general);
    }

    @Benchmark
    public Linalg.EighResult eigh_f64_256(Square256 s) {
        return Linalg.eigh(s.symmetric);
    }

    @Benchmark
    public Linalg.SvdResult svd_f64_256(Square256 s) {
        return Linalg.svd(s.general);
    }

    @Benchmark
    public Linalg.EighResult eigh_f64_1024(Square1024 s) {
        return Linalg.eigh(s.symmetric);
    }

    @Benchmark
    public Linalg.SvdResult svd_f64_1024(Square1024 s) {
        return Linalg.svd(s.general);
    }

    /** Principal axes from the covariance: {@code np.linalg.eigh(np.cov(x, rowvar=False))}, written out. */
    @Benchmark
    public Linalg.EighResult pca_eigh_f64_100kx64(Samples s) {
        NDArray centered = s.x.sub(s.x.mean(0));
        return Linalg.eigh(centered.T().matmul(centered).div(s.x.shape()[0] - 1));
    }

    /** Principal axes from the centred data: {@code np.linalg.svd(x - x.mean(0), full_matrices=False)}. */
    @Benchmark
    public Linalg.SvdResult pca_svd_f64_100kx64(Samples s) {
        return Linalg.svd(s.x.sub(s.x.mean(0)));
    }
}
