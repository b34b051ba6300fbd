package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.layout.Shapes;

/**
 * {@code np.diff} and {@code np.gradient}. diff is NumPy's repeated {@code a[1:] - a[:-1]}
 * ({@code !=} for bool) in the input's dtype. gradient reproduces NumPy's formulas and their
 * floating-point types: central differences inside, one-sided first- or second-order differences at
 * the ends, for unit or scalar spacing and for coordinate arrays; a float32 input with scalar
 * spacing is computed in float32 (a Java {@code double} spacing is NumPy's weak Python float), with
 * coordinate arrays in the promotion of the input and the coordinates, then stored in the input's
 * float type (float64 for integers). Every float32 operation is carried out in double and rounded
 * to float at once, which for one +, -, *, / of floats is exactly float32 arithmetic.
 */
public final class Differences {
    private Differences() {
    }

    /**
     * {@code np.diff(a, n, axis, prepend=prepend, append=append)}: the {@code n}-th discrete difference
     * along {@code axis}; {@code prepend}/{@code append} (null for none, 0-d broadcast along the other
     * axes) are joined first. {@code n == 0} returns {@code a} itself, as NumPy does.
     *
     * @throws IllegalArgumentException {@code order must be non-negative but got -1},
     *     {@code diff requires input that is at least one dimensional}
     */
    public static NDArray diff(NDArray a, int n, int axis, NDArray prepend, NDArray append) {
        if (n == 0) {
            return a;
        }
        if (n < 0) {
            throw new IllegalArgumentException("order must be non-negative but got " + n);
        }
        if (a.ndim() == 0) {
            throw new IllegalArgumentException("diff requires input that is at least one dimensional");
        }
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        if (a.dtype() == DType.STRING) {
            throw new IllegalArgumentException("ufunc 'subtract' did not contain a loop with signature matching types");
        }
        NDArray x = a;
        if (prepend != null || append != null) {
            java.util.List<NDArray> parts = new java.util.ArrayList<>();
            if (prepend != null) {
                parts.add(edgePiece(prepend, a, ax));
            }
            parts.add(a);
            if (append != null) {
                parts.add(edgePiece(append, a, ax));
            }
            x = Nd.concatenate(parts.toArray(new NDArray[0]), ax);
        }
        for (int k = 0; k < n; k++) {
            NDArray hi = slice(x, ax, 1, Long.MAX_VALUE);
            NDArray lo = slice(x, ax, 0, x.shape(ax) - 1L);
            x = x.dtype() == DType.BOOL ? hi.ne(lo) : hi.sub(lo);
        }
        return x;
    }

    /** A 0-d prepend/append broadcast to one slab of {@code a} along {@code axis}. */
    private static NDArray edgePiece(NDArray v, NDArray a, int axis) {
        if (v.ndim() != 0) {
            return v;
        }
        int[] shape = a.shape();
        shape[axis] = 1;
        return v.broadcastTo(shape);
    }

    static NDArray slice(NDArray a, int axis, long from, long to) {
        Index[] ix = new Index[axis + 1];
        Arrays.fill(ix, Index.all());
        ix[axis] = Index.slice(from, to);
        return a.get(ix);
    }

    /**
     * The spacing of one axis: uniform (NumPy's weak Python float when {@code weak}, else a float64 or
     * float32 scalar from a coordinate array) or per-interval distances.
     */
    private record Spacing(double dx, double[] dxs, DType type, boolean weak) {
    }

    /**
     * {@code np.gradient(f, *spacing, axis=axes, edge_order=edgeOrder)}.
     *
     * @param spacing  null or empty (unit spacing), one entry for every axis, or one per axis: a 0-d
     *                 array (a scalar spacing; NumPy's strong scalar) or a 1-d coordinate array
     * @param weak     the spacing came as Java doubles (NumPy's Python floats)
     * @param axes     the axes to differentiate, null for all
     * @throws IllegalArgumentException NumPy's {@code Shape of array too small to calculate a numerical
     *     gradient, at least (edge_order + 1) elements are required.}, {@code 'edge_order' greater than 2
     *     not supported}, {@code when 1d, distances must match the length of the corresponding dimension},
     *     {@code distances must be either scalars or 1d}, {@code invalid number of arguments}
     */
    public static NDArray[] gradient(NDArray f, NDArray[] spacing, boolean weak, int[] axes, int edgeOrder) {
        int nd = f.ndim();
        int[] ax;
        if (axes == null) {
            ax = new int[nd];
            for (int i = 0; i < nd; i++) {
                ax[i] = i;
            }
        } else {
            ax = Shapes.normalizeAxes(axes, nd, "repeated axis");
        }
        Spacing[] dx = new Spacing[ax.length];
        int given = spacing == null ? 0 : spacing.length;
        if (given == 0) {
            Arrays.fill(dx, new Spacing(1.0, null, DType.FLOAT64, true));
        } else if (given == 1 && spacing[0].ndim() == 0) {
            Arrays.fill(dx, scalarSpacing(spacing[0], weak));
        } else if (given == ax.length) {
            for (int i = 0; i < given; i++) {
                NDArray d = spacing[i];
                if (d.ndim() == 0) {
                    dx[i] = scalarSpacing(d, weak);
                    continue;
                }
                if (d.ndim() != 1) {
                    throw new IllegalArgumentException("distances must be either scalars or 1d");
                }
                if (d.size() != f.shape(ax[i])) {
                    throw new IllegalArgumentException("when 1d, distances must match the length of the corresponding dimension");
                }
                dx[i] = coordinates(d);
            }
        } else {
            throw new IllegalArgumentException("invalid number of arguments");
        }
        if (edgeOrder > 2) {
            throw new IllegalArgumentException("'edge_order' greater than 2 not supported");
        }
        DType otype = f.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        NDArray[] out = new NDArray[ax.length];
        for (int i = 0; i < ax.length; i++) {
            if (f.shape(ax[i]) < edgeOrder + 1) {
                throw new IllegalArgumentException("Shape of array too small to calculate a numerical gradient, at "
                        + "least (edge_order + 1) elements are required.");
            }
            if (f.dtype() == DType.BOOL) {
                throw new IllegalArgumentException("numpy boolean subtract, the `-` operator, is not supported, use the "
                        + "bitwise_xor, the `^` operator, or the logical_xor function instead.");
            }
            out[i] = alongAxis(f, ax[i], dx[i], edgeOrder, otype);
        }
        return out;
    }

    private static Spacing scalarSpacing(NDArray d, boolean weak) {
        DType t = d.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        return new Spacing(d.getDouble(), null, t, weak);
    }

    /** Distances between coordinates (integers as float64); constant ones become a strong scalar, as NumPy reduces them. */
    private static Spacing coordinates(NDArray d) {
        DType t = d.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        double[] x = d.toDoubleArray();
        double[] diff = new double[Math.max(0, x.length - 1)];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = round(t, x[i + 1] - x[i]);
        }
        boolean constant = true;
        for (double v : diff) {
            constant &= v == diff[0];
        }
        if (constant && diff.length > 0) {
            return new Spacing(diff[0], null, t, false);
        }
        return new Spacing(0, diff, t, false);
    }

    private static double round(DType t, double v) {
        return t == DType.FLOAT32 ? (float) v : v;
    }

    /** One axis's gradient, lane by lane in double with NumPy's roundings. */
    private static NDArray alongAxis(NDArray f, int axis, Spacing s, int edgeOrder, DType otype) {
        // the type the arithmetic runs in: the data's for a weak spacing, else the promotion with the spacing's
        DType ct = s.weak() ? otype : Promotion.promote(otype, s.type());
        DType dt = s.weak() ? otype : s.type();
        NDArray moved = f.moveaxis(axis, -1);
        int n = f.shape(axis);
        NDArray lanes = moved.astype(otype).reshape(-1, n);
        double[] x = lanes.astype(DType.FLOAT64).toDoubleArray();
        double[] out = new double[x.length];
        int rows = n == 0 ? 0 : x.length / n;
        for (int r = 0; r < rows; r++) {
            lane(x, r * n, n, s, edgeOrder, otype, ct, dt, out);
        }
        NDArray result = NDArray.wrap(out, moved.shape()).astype(otype);
        return result.moveaxis(-1, axis).copy();
    }

    private static void lane(double[] f, int o, int n, Spacing s, int edgeOrder, DType ot, DType ct, DType dt,
                             double[] out) {
        boolean uniform = s.dxs() == null;
        double dx = s.weak() ? round(ot, s.dx()) : s.dx();
        // interior: (f[i+1] - f[i-1]) / (2 dx), or the three-point formula for uneven spacing
        for (int i = 1; i < n - 1; i++) {
            if (uniform) {
                double twoDx = s.weak() ? round(ot, 2.0 * s.dx()) : round(dt, 2.0 * dx);
                out[o + i] = round(ct, round(ot, f[o + i + 1] - f[o + i - 1]) / twoDx);
            } else {
                double dx1 = s.dxs()[i - 1];
                double dx2 = s.dxs()[i];
                double a = round(dt, -dx2 / round(dt, dx1 * round(dt, dx1 + dx2)));
                double b = round(dt, round(dt, dx2 - dx1) / round(dt, dx1 * dx2));
                double c = round(dt, dx1 / round(dt, dx2 * round(dt, dx1 + dx2)));
                out[o + i] = threeTerms(ct, a, f[o + i - 1], b, f[o + i], c, f[o + i + 1]);
            }
        }
        if (edgeOrder == 1) {
            double d0 = uniform ? dx : s.dxs()[0];
            double dn = uniform ? dx : s.dxs()[n - 2];
            out[o] = round(ct, round(ot, f[o + 1] - f[o]) / d0);
            out[o + n - 1] = round(ct, round(ot, f[o + n - 1] - f[o + n - 2]) / dn);
            return;
        }
        double a;
        double b;
        double c;
        double raw = s.dx(); // a Python float stays double until it meets the data
        if (uniform) {
            a = weakOr(s, ot, dt, -1.5 / raw);
            b = weakOr(s, ot, dt, 2. / raw);
            c = weakOr(s, ot, dt, -0.5 / raw);
        } else {
            double dx1 = s.dxs()[0];
            double dx2 = s.dxs()[1];
            a = round(dt, -round(dt, round(dt, 2. * dx1) + dx2) / round(dt, dx1 * round(dt, dx1 + dx2)));
            b = round(dt, round(dt, dx1 + dx2) / round(dt, dx1 * dx2));
            c = round(dt, -dx1 / round(dt, dx2 * round(dt, dx1 + dx2)));
        }
        out[o] = threeTerms(ct, a, f[o], b, f[o + 1], c, f[o + 2]);
        if (uniform) {
            a = weakOr(s, ot, dt, 0.5 / raw);
            b = weakOr(s, ot, dt, -2. / raw);
            c = weakOr(s, ot, dt, 1.5 / raw);
        } else {
            double dx1 = s.dxs()[n - 3];
            double dx2 = s.dxs()[n - 2];
            a = round(dt, dx2 / round(dt, dx1 * round(dt, dx1 + dx2)));
            b = round(dt, -round(dt, dx2 + dx1) / round(dt, dx1 * dx2));
            c = round(dt, round(dt, round(dt, 2. * dx2) + dx1) / round(dt, dx2 * round(dt, dx1 + dx2)));
        }
        out[o + n - 1] = threeTerms(ct, a, f[o + n - 3], b, f[o + n - 2], c, f[o + n - 1]);
    }

    /**
     * A coefficient such as {@code -1.5 / dx}: a Python float (rounded to the data's type where it
     * meets the data) for weak spacing, else computed in the spacing's type.
     */
    private static double weakOr(Spacing s, DType ot, DType dt, double v) {
        return s.weak() ? round(ot, v) : round(dt, v);
    }

    /** {@code a * f0 + b * f1 + c * f2}, left to right, rounding every step to {@code ct}. */
    private static double threeTerms(DType ct, double a, double f0, double b, double f1, double c, double f2) {
        return round(ct, round(ct, round(ct, a * f0) + round(ct, b * f1)) + round(ct, c * f2));
    }
}
