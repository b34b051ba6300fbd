package org.ndvec.linalg;

/**
 * The float64 matrix products of the blocked factorizations (Householder tridiagonalization,
 * bidiagonalization, block reflectors, divide and conquer), through the packed GEMM of
 * {@link GemmDriver}: any element strides, so transposed operands are views, never copies;
 * multi-threaded above {@link GemmDriver#PARALLEL_MULADDS}, with bits that do not depend on the
 * thread count. C is row-major with row stride {@code ldc}.
 */
final class DoubleGemm {
    private DoubleGemm() {
    }

    /** C = A·B; A(i,p) at {@code a[aOff + i*ars + p*acs]}, B(p,j) at {@code b[bOff + p*brs + j*bcs]}. */
    static void product(int m, int n, int k, double[] a, int aOff, int ars, int acs, double[] b, int bOff, int brs,
            int bcs, double[] c, int cOff, int ldc) {
        // the small-product kernels sum into C, which must start at zero
        for (int i = 0; i < m; i++) {
            java.util.Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0.0);
        }
        if (k == 0) {
            return;
        }
        GemmDriver.run(new PackedF64Gemm(a, aOff, ars, acs, b, bOff, brs, bcs, c, cOff, ldc), m, n, k,
                GemmDriver.THREADS, false);
    }

    /** C += A·B, operands as in {@link #product}. */
    static void addProduct(int m, int n, int k, double[] a, int aOff, int ars, int acs, double[] b, int bOff, int brs,
            int bcs, double[] c, int cOff, int ldc) {
        GemmDriver.run(new PackedF64Gemm(a, aOff, ars, acs, b, bOff, brs, bcs, c, cOff, ldc), m, n, k,
                GemmDriver.THREADS, true);
    }
}
