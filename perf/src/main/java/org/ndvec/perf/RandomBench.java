package org.ndvec.perf;

import java.util.concurrent.TimeUnit;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.random.ParallelRandom;
import org.ndvec.random.RandomState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Random generation: the NumPy-compatible legacy generator against NumPy's own
 * {@code RandomState}, and the parallel generator against NumPy's fastest
 * ({@code default_rng}, PCG64 + ziggurat); see perf/numpy/random.py.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class RandomBench {
    private static final int N = 1_000_000;

    private RandomState legacy;
    private ParallelRandom parallel;

    @Setup
    public void setup() {
        legacy = new RandomState(42);
        parallel = new ParallelRandom(42);
    }

    @Benchmark
    public NDArray rand_f64_1m() {
        return legacy.rand(N);
    }

    @Benchmark
    public NDArray randn_f64_1m() {
        return legacy.randn(N);
    }

    @Benchmark
    public NDArray randint_256_1m() {
        return legacy.randint(0, 256, N);
    }

    @Benchmark
    public NDArray parallel_normal_f64_1m() {
        return parallel.normal(N);
    }

    @Benchmark
    public NDArray parallel_uniform_f32_1m() {
        return parallel.uniform(DType.FLOAT32, N);
    }
}
