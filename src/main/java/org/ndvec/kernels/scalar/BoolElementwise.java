package org.ndvec.kernels.scalar;

import org.ndvec.kernels.BinaryOp;
import org.ndvec.kernels.CompareOp;

/**
 * Bool loops on 0/1 bytes. NumPy's bool arithmetic is logic: {@code add}, {@code maximum} and
 * {@code fmax} are "or", {@code multiply}, {@code minimum} and {@code fmin} are "and".
 */
public final class BoolElementwise {
    private BoolElementwise() {
    }

    /** {@code out[i] = op(a[i], b[i])} for the operators bool has. */
    public static void binary(BinaryOp op, byte[] a, int aOff, int aStride, byte[] b, int bOff, int bStride,
                              byte[] out, int outOff, int outStride, int n) {
        switch (op) {
            case ADD, MAXIMUM, FMAX, BITWISE_OR -> {
                for (int i = 0; i < n; i++) {
                    out[outOff + i * outStride] = (byte) (a[aOff + i * aStride] | b[bOff + i * bStride]);
                }
            }
            case MUL, MINIMUM, FMIN, BITWISE_AND -> {
                for (int i = 0; i < n; i++) {
                    out[outOff + i * outStride] = (byte) (a[aOff + i * aStride] & b[bOff + i * bStride]);
                }
            }
            case BITWISE_XOR -> {
                for (int i = 0; i < n; i++) {
                    out[outOff + i * outStride] = (byte) (a[aOff + i * aStride] ^ b[bOff + i * bStride]);
                }
            }
            default -> throw new IllegalArgumentException("no bool loop for " + op.ufunc());
        }
    }

    /** {@code out[i] = op(a[i], b[i])} with False < True. */
    public static void compare(CompareOp op, byte[] a, int aOff, int aStride, byte[] b, int bOff, int bStride,
                               byte[] out, int outOff, int outStride, int n) {
        for (int i = 0; i < n; i++) {
            int x = a[aOff + i * aStride];
            int y = b[bOff + i * bStride];
            boolean r = switch (op) {
                case EQ -> x == y;
                case NE -> x != y;
                case LT -> x < y;
                case LE -> x <= y;
                case GT -> x > y;
                case GE -> x >= y;
            };
            out[outOff + i * outStride] = (byte) (r ? 1 : 0);
        }
    }

    /** {@code out[i] = cond[i] != 0 ? x[i] : y[i]}. */
    public static void where(byte[] cond, int cOff, int cStride, byte[] x, int xOff, int xStride,
                             byte[] y, int yOff, int yStride, byte[] out, int outOff, int outStride, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i * outStride] = cond[cOff + i * cStride] != 0 ? x[xOff + i * xStride] : y[yOff + i * yStride];
        }
    }
}
