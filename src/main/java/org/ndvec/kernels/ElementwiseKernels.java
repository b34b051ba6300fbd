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
 * in a {@code static final} field so C2 sees a constant receiver. Bool loops are tiny byte loops
 * that need no vector twin ({@code BoolElementwise}).
 */
public final class ElementwiseKernels {
    /** float32 loops. */
    public static final Float32Elementwise F32 = KernelProvider.load(Float32Elementwise.class,
            "org.ndvec.kernels.vector.VectorFloat32Elementwise", ScalarFloat32Elementwise::new,
            TieredFloat32Elementwise::new);
    /** float64 loops. */
    public static final Float64Elementwise F64 = KernelProvider.load(Float64Elementwise.class,
            "org.ndvec.kernels.vector.VectorFloat64Elementwise", ScalarFloat64Elementwise::new,
            TieredFloat64Elementwise::new);
    /** int32 loops. */
    public static final Int32Elementwise I32 = KernelProvider.load(Int32Elementwise.class,
            "org.ndvec.kernels.vector.VectorInt32Elementwise", ScalarInt32Elementwise::new,
            TieredInt32Elementwise::new);
    /** int64 loops. */
    public static final Int64Elementwise I64 = KernelProvider.load(Int64Elementwise.class,
            "org.ndvec.kernels.vector.VectorInt64Elementwise", ScalarInt64Elementwise::new,
            TieredInt64Elementwise::new);

    private ElementwiseKernels() {
    }
}
