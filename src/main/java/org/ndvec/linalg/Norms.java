package org.ndvec.linalg;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;

/**
 * {@code np.linalg.norm}: the norm axes are moved last (a view), the array is read once as
 * float64 in logical order (so a view and its copy give the same bits), and each vector or matrix
 * chunk is reduced; sums of squares are compensated. float32 input answers in float32.
 */
final class Norms {
    private Norms() {
    }

    static NDArray norm(NDArray x, Object ord, int[] axis, boolean keepdims) {
        int nd = x.ndim();
        if (ord != null && !(ord instanceof Double) && !(ord instanceof String)) {
            if (!(ord instanceof Number num)) {
                throw new IllegalArgumentException("Invalid norm order " + ord);
            }
            ord = num.doubleValue();
        }
        int[] axes;
        if (axis == null) {
            if (ord == null) {
                // NumPy: the 2-norm of the flattened array, whatever the rank
                axes = new int[nd];
                for (int i = 0; i < nd; i++) {
                    axes[i] = i;
                }
                return reduce(x, axes, keepdims, v -> Math.sqrt(sumSquares(v)), 0, 0);
            }
            if (nd != 1 && nd != 2) {
                throw new IllegalArgumentException("Improper number of dimensions to norm.");
            }
            axes = nd == 1 ? new int[] {0} : new int[] {0, 1};
        } else {
            axes = Shapes.normalizeAxes(axis, nd, "Duplicate axes given.");
        }
        if (axes.length == 1) {
            if (ord instanceof String s) {
                throw new IllegalArgumentException("Invalid norm order '" + s + "' for vectors");
            }
            double p = ord == null ? 2 : (Double) ord;
            return reduce(x, axes, keepdims, v -> vectorNorm(v, p), 0, 0);
        }
        if (axes.length != 2) {
            throw new IllegalArgumentException("Improper number of dimensions to norm.");
        }
        int rows = x.shape(axes[0]);
        int cols = x.shape(axes[1]);
        String o = ord == null ? "fro" : ord instanceof String s ? s : ordName((Double) ord);
        return reduce(x, axes, keepdims, v -> matrixNorm(v, rows, cols, o), rows, cols);
    }

    private static String ordName(double p) {
        if (p == 1 || p == -1 || p == 2 || p == -2) {
            return String.valueOf((int) p);
        }
        if (p == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (p == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        throw new IllegalArgumentException("Invalid norm order for matrices.");
    }

    private interface Chunk {
        double apply(double[] v);
    }

    private static NDArray reduce(NDArray x, int[] axes, boolean keepdims, Chunk f, int rows, int cols) {
        int nd = x.ndim();
        boolean[] isAxis = new boolean[nd];
        for (int a : axes) {
            isAxis[a] = true;
        }
        int[] perm = new int[nd];
        int[] outShape = new int[keepdims ? nd : nd - axes.length];
        int o = 0;
        int j = 0;
        for (int d = 0; d < nd; d++) {
            if (!isAxis[d]) {
                perm[j++] = d;
                outShape[o++] = x.shape(d);
            } else if (keepdims) {
                outShape[o++] = 1;
            }
        }
        if (keepdims) {
            outShape = new int[nd];
            for (int d = 0; d < nd; d++) {
                outShape[d] = isAxis[d] ? 1 : x.shape(d);
            }
        }
        System.arraycopy(axes, 0, perm, j, axes.length);
        double[] data = (double[]) Internals.access().data(x.transpose(perm).astype(DType.FLOAT64));
        int chunk = 1;
        for (int a : axes) {
            chunk *= x.shape(a);
        }
        int count = chunk == 0 ? Shapes.size(outShape) : data.length / chunk;
        double[] out = new double[count];
        double[] v = new double[chunk];
        for (int t = 0; t < count; t++) {
            System.arraycopy(data, t * chunk, v, 0, chunk);
            out[t] = f.apply(v);
        }
        return MatrixStack.wrap(out, x.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64, outShape);
    }

    /** Compensated, in the one order of every ndvec sum (org.ndvec.kernels.SumOrder). */
    private static double sumSquares(double[] v) {
        return org.ndvec.ops.Reductions.sumOfSquares(v, 0, v.length);
    }

    private static double vectorNorm(double[] v, double p) {
        if (p == 2) {
            return Math.sqrt(sumSquares(v));
        }
        if (p == Double.NEGATIVE_INFINITY && v.length == 0) {
            throw emptyMinimum(); // NumPy: abs(x).min(axis); ord inf is max(initial=0), 0 when empty
        }
        double r = p == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : 0;
        for (double x : v) {
            double a = Math.abs(x);
            if (p == Double.POSITIVE_INFINITY) {
                r = Math.max(r, a);
            } else if (p == Double.NEGATIVE_INFINITY) {
                r = Math.min(r, a);
            } else if (p == 0) {
                r += x != 0 ? 1 : 0;
            } else if (p == 1) {
                r += a;
            } else {
                r += Math.pow(a, p);
            }
        }
        return p == 0 || p == 1 || Double.isInfinite(p) ? r : Math.pow(r, 1 / p);
    }

    private static double matrixNorm(double[] v, int rows, int cols, String ord) {
        switch (ord) {
            case "fro":
                return Math.sqrt(sumSquares(v));
            case "nuc":
            case "2":
            case "-2": {
                // NumPy: sum(svd), amax(svd, initial=0), amin(svd): 0, 0 and an error without any
                // singular value; NaN input is LAPACK's LinAlgError (thrown by svd), inf gives NaN
                if (v.length == 0) {
                    if (ord.equals("-2")) {
                        throw emptyMinimum();
                    }
                    return 0;
                }
                double[] s = Decompositions.svd(v, rows, cols)[1];
                if (ord.equals("nuc")) {
                    double sum = 0;
                    for (double x : s) {
                        sum += x;
                    }
                    return sum;
                }
                return ord.equals("2") ? s[0] : s[s.length - 1];
            }
            case "1":
            case "-1":
                return extremeSum(v, rows, cols, false, ord.equals("1"));
            case "inf":
            case "-inf":
                return extremeSum(v, rows, cols, true, ord.equals("inf"));
            default:
                throw new IllegalArgumentException("Invalid norm order for matrices.");
        }
    }

    /**
     * Max or min over columns (or rows) of the absolute sums. As NumPy's {@code max(initial=0)}
     * and {@code min()}: no column gives 0 for the max and an error for the min.
     */
    private static double extremeSum(double[] v, int rows, int cols, boolean byRow, boolean max) {
        int outer = byRow ? rows : cols;
        int inner = byRow ? cols : rows;
        if (outer == 0 && !max) {
            throw emptyMinimum();
        }
        double best = max ? 0 : Double.POSITIVE_INFINITY;
        for (int a = 0; a < outer; a++) {
            double s = 0;
            for (int b = 0; b < inner; b++) {
                s += Math.abs(byRow ? v[a * cols + b] : v[b * cols + a]);
            }
            best = max ? Math.max(best, s) : Math.min(best, s);
        }
        return best;
    }

    private static IllegalArgumentException emptyMinimum() {
        return new IllegalArgumentException("zero-size array to reduction operation minimum which has no identity");
    }
}
