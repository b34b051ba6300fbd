package org.ndvec.linalg;

/**
 * Integer matrix products (int32, int64; bool computed as int32). NumPy does these without BLAS
 * too, so a plain i-p-j loop is enough: the C row stays in L1 and the inner loop over a
 * contiguous B row is auto-vectorized by C2. Wrap-around on overflow, as NumPy's integers.
 * C is row-major with unit column stride, freshly zeroed.
 */
final class IntGemm {
    private IntGemm() {
    }

    static void i32(int m, int n, int k, int[] a, int aOff, int ars, int acs, int[] b, int bOff, int brs, int bcs,
            int[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            for (int p = 0; p < k; p++) {
                int x = a[aOff + i * ars + p * acs];
                int bi = bOff + p * brs;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bi + j * bcs];
                }
            }
        }
    }

    static void i64(int m, int n, int k, long[] a, int aOff, int ars, int acs, long[] b, int bOff, int brs, int bcs,
            long[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            for (int p = 0; p < k; p++) {
                long x = a[aOff + i * ars + p * acs];
                int bi = bOff + p * brs;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bi + j * bcs];
                }
            }
        }
    }
}
