package org.ndvec.perf;

import java.util.concurrent.TimeUnit;
import org.ndvec.DType;
import org.ndvec.Expr;
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
 * Issue 19's expression chain {@code np.exp(-0.5*x*x)*c + d} on 1M float32 (x, c and d arrays):
 * fused ({@link Expr}), fused into an {@code out}, and op by op through {@link NDArray} calls. The
 * NumPy twins ({@code perf/numpy/expr.py}) are NumPy's ufunc chain. The fork keeps the JVM's default
 * flags (G1, default heap), as issue 19's target is stated for them. The block size of the fused loop
 * was chosen here: {@code -jvmArgsAppend -Dndvec.expr.block=N} (see FusedLoop.BLOCK).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ExprBench {

    /** 1M float32 x, c, d and an output. */
    @State(Scope.Thread)
    public static class M1 {
        NDArray x;
        NDArray c;
        NDArray d;
        NDArray out;
        Expr gaussian;

        @Setup
        public void setup() {
            x = ElementwiseBench.randomF32(1, 1 << 20);
            c = ElementwiseBench.randomF32(2, 1 << 20);
            d = ElementwiseBench.randomF32(3, 1 << 20);
            out = Nd.zeros(DType.FLOAT32, 1 << 20);
            gaussian = Expr.of(x).mul(-0.5).mul(x).exp().mul(c).add(d);
            // the steady state, not the tiers' warm-up (SettledTiers says why)
            gaussian.eval(out);
            x.mul(-0.5).mul(x).exp().mul(c).add(d);
            SettledTiers.settle("float32 multiply", "float32 exp", "float32 add");
        }
    }

    /** Built and evaluated per call, as user code writes it: {@code np.exp(-0.5*x*x)*c + d}. */
    @Benchmark
    public NDArray expr_gaussian_f32_1m(M1 s) {
        return Expr.of(s.x).mul(-0.5).mul(s.x).exp().mul(s.c).add(s.d).eval();
    }

    /** A prepared expression into a preallocated result: {@code np.add(np.exp(-0.5*x*x)*c, d, out=o)}. */
    @Benchmark
    public NDArray expr_gaussian_f32_1m_out(M1 s) {
        return s.gaussian.eval(s.out);
    }

    /** The same chain op by op, each op allocating its result: what the fused loop replaces. */
    @Benchmark
    public NDArray chain_gaussian_f32_1m(M1 s) {
        return s.x.mul(-0.5).mul(s.x).exp().mul(s.c).add(s.d);
    }
}
