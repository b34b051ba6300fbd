package org.ndvec.kernels;

import org.ndvec.kernels.scalar.ScalarFloat32Elementwise;
import org.ndvec.kernels.scalar.ScalarFloat64Elementwise;
import org.ndvec.kernels.scalar.ScalarInt32Elementwise;
import org.ndvec.kernels.scalar.ScalarInt64Elementwise;
import org.ndvec.kernels.tiered.TieredFloat32Elementwise;
import org.ndvec.kernels.tiered.TieredFloat64Elementwise;
import org.ndvec.kernels.tiered.TieredInt32Elementwise;
import org.ndvec.kernels.tiered.TieredInt64Elementwise;

/**
 * The elementwise kernel families this JVM uses, one per numeric dtype, each chosen once by
 * {@link KernelProvider#load} (scalar, vector, or tiered: scalar until an operator is hot) and kept
 * in a {@code static final} field (of a holder class per dtype) so C2 sees a constant receiver. Bool loops are tiny byte loops
 * that need no vector twin ({@code BoolElementwise}).
 */
public final class ElementwiseKernels {
    // One holder class per dtype, so a program loads and sets up only the families it uses: the
    // four tiered families together took ~20 ms of a cold JVM's first float32 operation.

    private static final class F32 {
        static final Float32Elementwise K = KernelProvider.load(Float32Elementwise.class,
                "org.ndvec.kernels.vector.VectorFloat32Elementwise", ScalarFloat32Elementwise::new,
                TieredFloat32Elementwise::new);
    }

    private static final class F64 {
        static final Float64Elementwise K = KernelProvider.load(Float64Elementwise.class,
                "org.ndvec.kernels.vector.VectorFloat64Elementwise", ScalarFloat64Elementwise::new,
                TieredFloat64Elementwise::new);
    }

    private static final class I32 {
        static final Int32Elementwise K = KernelProvider.load(Int32Elementwise.class,
                "org.ndvec.kernels.vector.VectorInt32Elementwise", ScalarInt32Elementwise::new,
                TieredInt32Elementwise::new);
    }

    private static final class I64 {
        static final Int64Elementwise K = KernelProvider.load(Int64Elementwise.class,
                "org.ndvec.kernels.vector.VectorInt64Elementwise", ScalarInt64Elementwise::new,
                TieredInt64Elementwise::new);
    }

    private ElementwiseKernels() {
    }

    /** float32 loops. */
    public static Float32Elementwise f32() {
        return F32.K;
    }

    /** float64 loops. */
    public static Float64Elementwise f64() {
        return F64.K;
    }

    /** int32 loops. */
    public static Int32Elementwise i32() {
        return I32.K;
    }

    /** int64 loops. */
    public static Int64Elementwise i64() {
        return I64.K;
    }
}
