package org.ndvec.perf;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ndvec.DType;
import org.ndvec.Histogram;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.QuantileMethod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Order statistics, histogram and bincount on a million elements (issue 20); the NumPy side is
 * {@code perf/numpy/coverage.py}. Data are standard normal (bincount: uniform integers below 1000),
 * drawn from another generator than NumPy's: the values differ, the distributions and sizes match.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch",
        "-XX:+UseTransparentHugePages"})
public class OrderStatisticsBench {
    private NDArray f64;
    private NDArray f32;
    private NDArray f64Nan;
    private NDArray f64x1000x1000;
    private NDArray q3;
    private NDArray ints;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(20);
        double[] d = new double[1 << 20];
        for (int i = 0; i < d.length; i++) {
            d[i] = gaussian(r);
        }
        f64 = NDArray.wrap(d);
        f32 = f64.astype(DType.FLOAT32);
        double[] withNan = d.clone();
        for (int i = 0; i < withNan.length; i += 100) {
            withNan[i] = Double.NaN;
        }
        f64Nan = NDArray.wrap(withNan);
        double[] m = new double[1000 * 1000];
        for (int i = 0; i < m.length; i++) {
            m[i] = gaussian(r);
        }
        f64x1000x1000 = NDArray.wrap(m, 1000, 1000);
        q3 = Nd.array(25.0, 50.0, 75.0);
        long[] k = new long[1 << 20];
        for (int i = 0; i < k.length; i++) {
            k[i] = r.nextInt(1000);
        }
        ints = NDArray.wrap(k);
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller, one value per pair of uniforms
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Benchmark
    public NDArray median_f64_1m() {
        return Nd.median(f64);
    }

    @Benchmark
    public NDArray median_f32_1m() {
        return Nd.median(f32);
    }

    @Benchmark
    public NDArray nanmedian_f64_1m() {
        return Nd.nanmedian(f64Nan);
    }

    @Benchmark
    public NDArray percentile3_f64_1m() {
        return Nd.percentile(f64, q3, null, false, QuantileMethod.LINEAR);
    }

    @Benchmark
    public NDArray quantile_f64_1m() {
        return Nd.quantile(f64, 0.9);
    }

    @Benchmark
    public NDArray median_axis0_f64_1000x1000() {
        return Nd.median(f64x1000x1000, 0);
    }

    @Benchmark
    public NDArray median_axis1_f64_1000x1000() {
        return Nd.median(f64x1000x1000, 1);
    }

    @Benchmark
    public Histogram histogram_f64_1m() {
        return Nd.histogram(f64, 100);
    }

    @Benchmark
    public Histogram histogram_f32_1m() {
        return Nd.histogram(f32, 100);
    }

    @Benchmark
    public NDArray bincount_i64_1m() {
        return Nd.bincount(ints);
    }
}
