package org.ndvec.linalg;

import java.util.Arrays;
import java.util.Objects;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Broadcast;
import org.ndvec.layout.Shapes;
import org.ndvec.ops.Promotion;

/**
 * Matrix products behind the facade ({@code NDArray.matmul}, {@code Nd.dot/inner/outer/vdot/tensordot}):
 * NumPy's shape rules, dtype promotion, and the batch loop around one 2-D product per matrix.
 * Floats go through the packed GEMM ({@link GemmDriver}), integers through {@link IntGemm},
 * bool as int32 followed by {@code != 0} (logical or of ands).
 */
public final class Products {
    private static final ArrayAccess X = Internals.access();
    private static final String SIGNATURE = "(n?,k),(k,m?)->(n?,m?)";

    private Products() {
    }

    /**
     * {@code np.matmul(a, b)}, see {@link NDArray#matmul}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array: the matrix product, or a stack of them
     */
    public static NDArray matmul(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.ndim() == 2 && b.ndim() == 2 && a.dtype() == b.dtype() && a.dtype().isFloating()) {
            return matmul2d(a, b);
        }
        for (int op = 0; op < 2; op++) {
            int nd = (op == 0 ? a : b).ndim();
            if (nd == 0) {
                throw new IllegalArgumentException("matmul: Input operand " + op + " does not have enough dimensions (has 0,"
                        + " gufunc core with signature " + SIGNATURE + " requires 1)");
            }
        }
        DType rt = Promotion.promote(a.dtype(), b.dtype());
        DType ct = rt == DType.BOOL ? DType.INT32 : rt;
        boolean aVec = a.ndim() == 1;
        boolean bVec = b.ndim() == 1;
        int[] as = aVec ? new int[] {1, a.shape(0)} : X.shape(a);
        int[] bs = bVec ? new int[] {b.shape(0), 1} : X.shape(b);
        int m = as[as.length - 2];
        int k = as[as.length - 1];
        int kb = bs[bs.length - 2];
        int n = bs[bs.length - 1];
        if (k != kb) {
            throw coreMismatch(kb, k);
        }
        int[] aBatch = Arrays.copyOf(as, as.length - 2);
        int[] bBatch = Arrays.copyOf(bs, bs.length - 2);
        int[] coreOut = aVec && bVec ? new int[0] : aVec ? new int[] {n} : bVec ? new int[] {m} : new int[] {m, n};
        int[] batch;
        try {
            batch = Broadcast.shapes(aBatch, bBatch);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes"
                    + " [original->remapped]: " + remapped(a, aBatch) + " " + remapped(b, bBatch)
                    + "  and requested shape " + Shapes.compact(coreOut), e);
        }
        NDArray ac = cast(a, ct);
        NDArray bc = cast(b, ct);
        int[] ast = aVec ? new int[] {0, X.strides(ac)[0]} : X.strides(ac);
        int[] bst = bVec ? new int[] {X.strides(bc)[0], 0} : X.strides(bc);
        int[] aBst = Broadcast.stridesFor(aBatch, Arrays.copyOf(ast, aBatch.length), batch);
        int[] bBst = Broadcast.stridesFor(bBatch, Arrays.copyOf(bst, bBatch.length), batch);
        int batchSize = Shapes.size(batch);
        int[] full = Arrays.copyOf(batch, batch.length + 2);
        full[batch.length] = m;
        full[batch.length + 1] = n;
        Object c = org.ndvec.storage.Buffers.allocate(ct, Shapes.size(full));
        int[] idx = new int[batch.length];
        int aOff = X.offset(ac);
        int bOff = X.offset(bc);
        for (int t = 0; t < batchSize; t++) {
            gemm(ct, m, n, k, X.data(ac), aOff, ast[ast.length - 2], ast[ast.length - 1],
                    X.data(bc), bOff, bst[bst.length - 2], bst[bst.length - 1], c, t * m * n, n);
            // odometer over the batch dims, moving both operands' offsets with their broadcast strides
            for (int d = batch.length - 1; d >= 0; d--) {
                aOff += aBst[d];
                bOff += bBst[d];
                if (++idx[d] < batch[d]) {
                    break;
                }
                aOff -= aBst[d] * batch[d];
                bOff -= bBst[d] * batch[d];
                idx[d] = 0;
            }
        }
        int[] outShape = Arrays.copyOf(batch, batch.length + coreOut.length);
        System.arraycopy(coreOut, 0, outShape, batch.length, coreOut.length);
        if (rt == DType.BOOL) {
            int[] ci = (int[]) c;
            byte[] bools = new byte[ci.length];
            for (int i = 0; i < ci.length; i++) {
                bools[i] = (byte) (ci[i] != 0 ? 1 : 0);
            }
            return X.wrap(bools, DType.BOOL, outShape);
        }
        return X.wrap(c, ct, outShape);
    }

    // two float matrices of one dtype, the common case: no promotion, batch broadcasting or
    // odometer, which were about a third of linear_layer_f32_32x10x5's product (~90 ns of 1x1x1)
    private static NDArray matmul2d(NDArray a, NDArray b) {
        int[] as = X.shape(a);
        int[] bs = X.shape(b);
        int m = as[0];
        int k = as[1];
        int n = bs[1];
        if (bs[0] != k) {
            throw coreMismatch(bs[0], k);
        }
        DType ct = a.dtype();
        Object c = org.ndvec.storage.Buffers.allocate(ct, Shapes.size(new int[] {m, n}));
        int[] ast = X.strides(a);
        int[] bst = X.strides(b);
        if (X.data(a) == X.data(b) && X.offset(a) == X.offset(b) && n == m && bst[0] == ast[1] && bst[1] == ast[0]) {
            // a @ a.T or a.T @ a (a Gram or covariance matrix): symmetric, so about 60% of the work
            gram(ct, m, k, X.data(a), X.offset(a), ast[0], ast[1], c, 0);
        } else {
            gemm(ct, m, n, k, X.data(a), X.offset(a), ast[0], ast[1], X.data(b), X.offset(b), bst[0], bst[1], c, 0,
                    n);
        }
        return X.wrap(c, ct, new int[] {m, n});
    }

    private static IllegalArgumentException coreMismatch(int kb, int k) {
        return new IllegalArgumentException("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc"
                + " signature " + SIGNATURE + " (size " + kb + " is different from " + k + ")");
    }

    /** One 2-D product into row-major C (row stride ldc), C freshly zeroed. */
    static void gemm(DType ct, int m, int n, int k, Object a, int aOff, int ars, int acs, Object b, int bOff, int brs,
            int bcs, Object c, int cOff, int ldc) {
        gemm(ct, m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, cOff, ldc, GemmDriver.THREADS);
    }

    /** As above with an explicit thread count for the float paths. */
    static void gemm(DType ct, int m, int n, int k, Object a, int aOff, int ars, int acs, Object b, int bOff, int brs,
            int bcs, Object c, int cOff, int ldc, int threads) {
        switch (ct) {
            case FLOAT32 -> GemmDriver.run(new PackedF32Gemm((float[]) a, aOff, ars, acs, (float[]) b, bOff, brs, bcs,
                    (float[]) c, cOff, ldc), m, n, k, threads);
            case FLOAT64 -> GemmDriver.run(new PackedF64Gemm((double[]) a, aOff, ars, acs, (double[]) b, bOff, brs, bcs,
                    (double[]) c, cOff, ldc), m, n, k, threads);
            case INT32 -> IntGemm.i32(m, n, k, (int[]) a, aOff, ars, acs, (int[]) b, bOff, brs, bcs, (int[]) c, cOff, ldc);
            case INT64 -> IntGemm.i64(m, n, k, (long[]) a, aOff, ars, acs, (long[]) b, bOff, brs, bcs, (long[]) c, cOff,
                    ldc);
            default -> throw new IllegalStateException("no GEMM for " + ct);
        }
    }

    /** Column panels of a {@link #gram} product: a multiple of every tile width (4, 8, 48, 64). */
    static final int GRAM_PANEL = 192;

    /**
     * {@code C = A A^T} for A (n x k, any strides) into row-major C (n x n), with the bits of
     * {@code gemm(ct, n, n, k, A, A^T)} at about 60% of its work (n = 1024: 192-column panels of C,
     * each computed only down to its diagonal block, the rest mirrored). The same bits because an
     * element's sum depends only on k's slicing, which panels do not change, and because
     * {@code a_ik a_jk} and {@code a_jk a_ik} round alike. Products too small for panels of the packed
     * path (whose small-product kernels sum differently) run whole.
     */
    static void gram(DType ct, int n, int k, Object a, int aOff, int ars, int acs, Object c, int cOff) {
        if (n <= GRAM_PANEL || (long) n * k <= GemmDriver.SMALL_MULADDS || !ct.isFloating()) {
            gemm(ct, n, n, k, a, aOff, ars, acs, a, aOff, acs, ars, c, cOff, n);
            return;
        }
        for (int j0 = 0; j0 < n; j0 += GRAM_PANEL) {
            int j1 = Math.min(n, j0 + GRAM_PANEL);
            // C[0:j1, j0:j1] = A[0:j1, :] A[j0:j1, :]^T
            gemm(ct, j1, j1 - j0, k, a, aOff, ars, acs, a, aOff + j0 * ars, acs, ars, c, cOff + j0, n);
        }
        // below the diagonal, outside the panels' diagonal blocks: C[i][j] = C[j][i]
        if (c instanceof double[] d) {
            for (int i = GRAM_PANEL; i < n; i++) {
                for (int j = 0, jEnd = i / GRAM_PANEL * GRAM_PANEL; j < jEnd; j++) {
                    d[cOff + i * n + j] = d[cOff + j * n + i];
                }
            }
        } else {
            float[] f = (float[]) c;
            for (int i = GRAM_PANEL; i < n; i++) {
                for (int j = 0, jEnd = i / GRAM_PANEL * GRAM_PANEL; j < jEnd; j++) {
                    f[cOff + i * n + j] = f[cOff + j * n + i];
                }
            }
        }
    }

    private static String remapped(NDArray x, int[] batch) {
        StringBuilder sb = new StringBuilder(Shapes.compact(X.shape(x))).append("->(");
        for (int d : batch) {
            sb.append(d).append(',');
        }
        int core = x.ndim() == 1 ? 1 : 2;
        for (int i = 0; i < core; i++) {
            sb.append("newaxis").append(i + 1 < core ? "," : "");
        }
        return sb.append(')').toString();
    }

    /**
     * {@code np.dot(a, b)}, see {@code Nd.dot}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array (0-d for two vectors)
     */
    public static NDArray dot(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.ndim() == 0 || b.ndim() == 0) {
            return a.mul(b); // NumPy: a product with a 0-d operand is np.multiply
        }
        int bAxis = Math.max(0, b.ndim() - 2);
        int ka = a.shape(a.ndim() - 1);
        int kb = b.shape(bAxis);
        if (ka != kb) {
            throw notAligned(X.shape(a), X.shape(b), a.ndim() - 1, bAxis);
        }
        if (b.ndim() <= 2 && a.ndim() <= 2) {
            return matmul(a, b);
        }
        if (b.ndim() == 1) {
            return matmul(a, b);
        }
        return tensordot(a, b, new int[] {a.ndim() - 1}, new int[] {bAxis});
    }

    /**
     * {@code np.inner(a, b)}: sum over the last axes of both.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array of shape {@code a.shape[:-1] + b.shape[:-1]}
     */
    public static NDArray inner(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.ndim() == 0 || b.ndim() == 0) {
            return a.mul(b); // NumPy: a product with a 0-d operand is np.multiply
        }
        int ka = a.shape(a.ndim() - 1);
        int kb = b.shape(b.ndim() - 1);
        if (ka != kb) {
            // NumPy reports b with its last axis moved to the second-to-last place, as it computes it
            int[] shown = X.shape(b).clone();
            if (shown.length >= 2) {
                int t = shown[shown.length - 1];
                shown[shown.length - 1] = shown[shown.length - 2];
                shown[shown.length - 2] = t;
            }
            throw notAligned(X.shape(a), shown, a.ndim() - 1, Math.max(0, b.ndim() - 2));
        }
        return tensordot(a, b, new int[] {a.ndim() - 1}, new int[] {b.ndim() - 1});
    }

    /**
     * {@code np.outer(a, b)}: both flattened, {@code out[i, j] = a[i] * b[j]}.
     *
     * @param a the first operand, flattened
     * @param b the second operand, flattened
     * @return a new 2-d array (a.size, b.size)
     */
    public static NDArray outer(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return matmul(a.reshape(a.size(), 1), b.reshape(1, b.size()));
    }

    /**
     * {@code np.vdot(a, b)} for real arrays: both flattened, then the dot product (0-d).
     *
     * @param a the first operand, flattened
     * @param b the second operand, flattened, of the same size
     * @return a new 0-d array
     */
    public static NDArray vdot(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("cannot reshape array of size " + b.size() + " into shape (" + a.size() + ",)");
        }
        return matmul(a.reshape(a.size()), b.reshape(b.size()));
    }

    /**
     * {@code np.tensordot(a, b, axes=n)}: the last n axes of a against the first n of b.
     *
     * @param a the left operand
     * @param b the right operand
     * @param axes how many trailing axes of {@code a} pair with as many leading axes of {@code b}
     * @return a new array of a's other axes followed by b's
     */
    public static NDArray tensordot(NDArray a, NDArray b, int axes) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (axes < 0 || axes > a.ndim() || axes > b.ndim()) {
            throw new IllegalArgumentException("shape-mismatch for sum");
        }
        int[] aAxes = new int[axes];
        int[] bAxes = new int[axes];
        for (int i = 0; i < axes; i++) {
            aAxes[i] = a.ndim() - axes + i;
            bAxes[i] = i;
        }
        return tensordot(a, b, aAxes, bAxes);
    }

    /**
     * {@code np.tensordot(a, b, axes=(aAxes, bAxes))}: sums over the paired axes; the result has
     * a's remaining axes followed by b's. Done as one 2-D product of transposed-and-reshaped views
     * (a copy only where a reshape needs one).
     *
     * @param a the left operand
     * @param b the right operand
     * @param aAxes the axes of {@code a} to sum over; negative counts from the end
     * @param bAxes the axes of {@code b} paired with them, of the same lengths
     * @return a new array of a's other axes followed by b's
     */
    public static NDArray tensordot(NDArray a, NDArray b, int[] aAxes, int[] bAxes) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(aAxes, "aAxes");
        Objects.requireNonNull(bAxes, "bAxes");
        if (aAxes.length != bAxes.length) {
            throw new IllegalArgumentException("shape-mismatch for sum");
        }
        int[] an = Shapes.normalizeAxes(aAxes, a.ndim(), "repeated axis");
        int[] bn = Shapes.normalizeAxes(bAxes, b.ndim(), "repeated axis");
        int k = 1;
        for (int i = 0; i < an.length; i++) {
            if (a.shape(an[i]) != b.shape(bn[i])) {
                throw new IllegalArgumentException("shape-mismatch for sum");
            }
            k *= a.shape(an[i]);
        }
        int[] aFree = free(a.ndim(), an);
        int[] bFree = free(b.ndim(), bn);
        int[] outShape = new int[aFree.length + bFree.length];
        int m = 1;
        int n = 1;
        for (int i = 0; i < aFree.length; i++) {
            outShape[i] = a.shape(aFree[i]);
            m *= outShape[i];
        }
        for (int i = 0; i < bFree.length; i++) {
            outShape[aFree.length + i] = b.shape(bFree[i]);
            n *= outShape[aFree.length + i];
        }
        NDArray a2 = a.transpose(concat(aFree, an)).reshape(m, k);
        NDArray b2 = b.transpose(concat(bn, bFree)).reshape(k, n);
        return matmul(a2, b2).reshape(outShape);
    }

    private static int[] free(int ndim, int[] summed) {
        int[] out = new int[ndim - summed.length];
        int j = 0;
        for (int d = 0; d < ndim; d++) {
            boolean s = false;
            for (int x : summed) {
                s |= x == d;
            }
            if (!s) {
                out[j++] = d;
            }
        }
        return out;
    }

    private static int[] concat(int[] x, int[] y) {
        int[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    private static IllegalArgumentException notAligned(int[] as, int[] bs, int da, int db) {
        return new IllegalArgumentException("shapes " + Shapes.compact(as) + " and " + Shapes.compact(bs)
                + " not aligned: " + as[da] + " (dim " + da + ") != " + bs[db] + " (dim " + db + ")");
    }

    static NDArray cast(NDArray x, DType t) {
        return x.dtype() == t ? x : x.astype(t);
    }
}
