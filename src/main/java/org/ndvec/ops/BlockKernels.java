package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.kernels.BinaryOp;
import org.ndvec.kernels.CompareOp;
import org.ndvec.kernels.ElementwiseKernels;
import org.ndvec.kernels.UnaryOp;

/**
 * The float kernel calls of {@link FusedLoop}: one block of {@code n} elements per call, on the
 * dtype's kernel family ({@link ElementwiseKernels}, the same loops the op-by-op ufuncs use). The
 * result is written with unit stride; operands have stride 1 (a row) or 0 (a constant).
 */
final class BlockKernels {
    private BlockKernels() {
    }

    static void unary(DType loop, UnaryOp op, Object a, int ao, int as, Object o, int oo, int n) {
        if (loop == DType.FLOAT32) {
            ElementwiseKernels.f32().unary(op, 0, (float[]) a, ao, as, (float[]) o, oo, 1, n);
        } else {
            ElementwiseKernels.f64().unary(op, 0, (double[]) a, ao, as, (double[]) o, oo, 1, n);
        }
    }

    static void binary(DType loop, BinaryOp op, Object a, int ao, int as, Object b, int bo, int bs,
                       Object o, int oo, int n) {
        if (loop == DType.FLOAT32) {
            ElementwiseKernels.f32().binary(op, (float[]) a, ao, as, (float[]) b, bo, bs, (float[]) o, oo, 1, n);
        } else {
            ElementwiseKernels.f64().binary(op, (double[]) a, ao, as, (double[]) b, bo, bs, (double[]) o, oo, 1, n);
        }
    }

    static void compare(DType loop, CompareOp op, Object a, int ao, int as, Object b, int bo, int bs,
                        byte[] o, int oo, int n) {
        if (loop == DType.FLOAT32) {
            ElementwiseKernels.f32().compare(op, (float[]) a, ao, as, (float[]) b, bo, bs, o, oo, 1, n);
        } else {
            ElementwiseKernels.f64().compare(op, (double[]) a, ao, as, (double[]) b, bo, bs, o, oo, 1, n);
        }
    }

    static void where(DType loop, byte[] c, int co, int cs, Object x, int xo, int xs, Object y, int yo, int ys,
                      Object o, int oo, int n) {
        if (loop == DType.FLOAT32) {
            ElementwiseKernels.f32().where(c, co, cs, (float[]) x, xo, xs, (float[]) y, yo, ys, (float[]) o, oo, 1, n);
        } else {
            ElementwiseKernels.f64().where(c, co, cs, (double[]) x, xo, xs, (double[]) y, yo, ys, (double[]) o, oo, 1, n);
        }
    }
}
