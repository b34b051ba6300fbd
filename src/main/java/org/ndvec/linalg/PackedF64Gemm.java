package org.ndvec.linalg;

import org.ndvec.kernels.GemmKernels;

/**
 * F64 GEMM operands for {@link GemmDriver}: packs A and B from any element strides (transposed,
 * sliced and reversed views need no copy), calls the micro-kernel on full tiles and routes edge
 * tiles through a scratch tile (no masked stores), and runs the small-product loop.
 * C is row-major with unit column stride, freshly zeroed.
 */
final class PackedF64Gemm extends PackedGemm {
    private final GemmKernels k = GemmDriver.KERNELS;
    private final int mr = k.mrF64();
    private final int nr = k.nrF64();
    private final double[] a;
    private final int aOff;
    private final int ars;
    private final int acs;
    private final double[] b;
    private final int bOff;
    private final int brs;
    private final int bcs;
    private final double[] c;
    private final int cOff;
    private final int ldc;

    PackedF64Gemm(double[] a, int aOff, int ars, int acs, double[] b, int bOff, int brs, int bcs, double[] c, int cOff,
            int ldc) {
        this.a = a;
        this.aOff = aOff;
        this.ars = ars;
        this.acs = acs;
        this.b = b;
        this.bOff = bOff;
        this.brs = brs;
        this.bcs = bcs;
        this.c = c;
        this.cOff = cOff;
        this.ldc = ldc;
    }

    @Override
    int mr() {
        return mr;
    }

    @Override
    int nr() {
        return nr;
    }

    @Override
    int elementBytes() {
        return 8;
    }

    @Override
    Object alloc(int n) {
        return new double[n];
    }

    @Override
    void packA(Object buf, int i0, int mc, int p0, int kc) {
        double[] ap = (double[]) buf;
        for (int ir = 0; ir < mc; ir += mr) {
            int base = ir * kc;
            int rows = Math.min(mr, mc - ir);
            for (int i = 0; i < rows; i++) {
                int src = aOff + (i0 + ir + i) * ars + p0 * acs;
                for (int p = 0, d = base + i; p < kc; p++, d += mr, src += acs) {
                    ap[d] = a[src];
                }
            }
            for (int i = rows; i < mr; i++) {
                for (int p = 0, d = base + i; p < kc; p++, d += mr) {
                    ap[d] = 0;
                }
            }
        }
    }

    @Override
    void packB(Object buf, int p0, int kc, int j0, int nc) {
        double[] bp = (double[]) buf;
        for (int jr = 0; jr < nc; jr += nr) {
            int base = jr * kc;
            int cols = Math.min(nr, nc - jr);
            for (int p = 0; p < kc; p++) {
                int src = bOff + (p0 + p) * brs + (j0 + jr) * bcs;
                int d = base + p * nr;
                if (bcs == 1) {
                    System.arraycopy(b, src, bp, d, cols);
                } else {
                    for (int j = 0; j < cols; j++, src += bcs) {
                        bp[d + j] = b[src];
                    }
                }
                for (int j = cols; j < nr; j++) {
                    bp[d + j] = 0;
                }
            }
        }
    }

    @Override
    void tile(int kc, Object ap, int apOff, Object bp, int bpOff, int i, int j, int mv, int nv, boolean accumulate,
            Object scratch) {
        if (mv == mr && nv == nr) {
            k.f64(kc, (double[]) ap, apOff, (double[]) bp, bpOff, c, cOff + i * ldc + j, ldc, accumulate);
            return;
        }
        double[] t = (double[]) scratch;
        k.f64(kc, (double[]) ap, apOff, (double[]) bp, bpOff, t, 0, nr, false);
        for (int r = 0; r < mv; r++) {
            int ci = cOff + (i + r) * ldc + j;
            for (int s = 0; s < nv; s++) {
                c[ci + s] = accumulate ? t[r * nr + s] + c[ci + s] : t[r * nr + s];
            }
        }
    }

    @Override
    void small(int m, int n, int kk) {
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            for (int p = 0; p < kk; p++) {
                double x = a[aOff + i * ars + p * acs];
                int bi = bOff + p * brs;
                if (bcs == 1) {
                    for (int j = 0; j < n; j++) {
                        c[ci + j] = Math.fma(x, b[bi + j], c[ci + j]);
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        c[ci + j] = Math.fma(x, b[bi + j * bcs], c[ci + j]);
                    }
                }
            }
        }
    }
}
