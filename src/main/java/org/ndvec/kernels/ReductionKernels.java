package org.ndvec.kernels;

/**
 * Contiguous float kernels behind reductions, statistics, softmax and losses. Two
 * implementations: {@code scalar.ScalarReductionKernels} (the reference) and
 * {@code vector.VectorReductionKernels} (Vector API), chosen once through
 * {@link KernelProvider#load}.
 *
 * <p>Three shapes of loop:
 * <ul>
 *   <li>row reductions: {@code a[off .. off+n)} to one value ({@code sum}, {@code max}, {@code argmax}, ...);</li>
 *   <li>row accumulation: input rows folded elementwise into accumulator rows ({@code accumulateLane},
 *       {@code accumulateMax}, ...). This is the outer-axis (axis 0 of a C-contiguous matrix)
 *       reduction: whole rows stream into the accumulators and nothing is transposed;</li>
 *   <li>the fused exp passes of softmax / logSoftmax / logSumExp.</li>
 * </ul>
 *
 * <p>Order contract. Every sum ({@code sum}, {@code sumParts}, {@code sumSquaredDeviations}, and
 * the lane rows of {@code accumulateLane}/{@code accumulateLaneSquaredDeviations} with their folds) adds in
 * the canonical order of {@link SumOrder} (rules 1-3; the chunks of rule 4 are the caller's), so
 * both implementations return the same bits for every input, at every compilation stage and on
 * every CPU. A row reduction of {@code a[off .. off+n)} and the same values fed as rows of width 1
 * through the lane kernels (element {@code i} into lane {@code i mod L}) and their fold agree bit
 * for bit: that is what makes a reduction independent of its input's layout. max/min (and so
 * argmax/argmin) are exact and need no order: NaN propagates, {@code max(-0.0, +0.0)} is +0.0
 * and {@code min} is -0.0 (Math.max/min); argmax/argmin return the first extreme or the first
 * NaN. Accumulators are double for both float32 and float64 input.
 *
 * <p>Accuracy. float32 sums widen every element to double before adding it, so their rounding
 * error (about {@code n / 32 * 2^-53 * sum|x|}) stays far below half a float32 ulp of the result
 * and the float32 result is correctly rounded in practice. float64 sums are compensated
 * ({@link CompensatedSum}): as if summed in twice the precision, so correctly rounded but for near
 * ties. NumPy's pairwise sums, float32 in float, are off by up to a few ulp on large mixed-sign
 * data ({@code SumAccuracyTest} compares both on 16M values against the exact sum).
 * Kernels never allocate but for the scalar kernels' lane state, and touch exactly the elements
 * named.
 */
public interface ReductionKernels {

    /** {@code "scalar"} or {@code "vector"}. */
    String name();

    // ---------------------------------------------------------------- row reductions

    /** Sum of {@code a[off .. off+n)} in {@link SumOrder#F32_LANES} double lanes; 0 for {@code n == 0}. */
    double sum(float[] a, int off, int n);

    /**
     * Sum of {@code a[off .. off+n)} in {@link SumOrder#F64_LANES} compensated lanes, correctly
     * rounded but for near ties; 0 for {@code n == 0}.
     */
    double sum(double[] a, int off, int n);

    /**
     * As {@link #sum(double[], int, int)}, and with {@code low != null} also the rounding error
     * of the result in {@code low[lowAt]} (result + low is the compensated sum unrounded), for
     * partials that are added further ({@link CompensatedSum#ofParts}).
     */
    double sumParts(double[] a, int off, int n, double[] low, int lowAt);

    /**
     * Sum of {@code d * d}, {@code d = a[i] - mean} in double, in {@link SumOrder#F32_LANES} plain
     * lanes: the second pass of {@code var}.
     */
    double sumSquaredDeviations(float[] a, int off, int n, double mean);

    /** Sum of {@code d * d}, {@code d = a[i] - mean}, in {@link SumOrder#F64_LANES} compensated lanes. */
    double sumSquaredDeviations(double[] a, int off, int n, double mean);

    /** Largest element, NaN if any element is NaN; {@code n >= 1}. */
    float max(float[] a, int off, int n);

    /** Largest element, NaN if any element is NaN; {@code n >= 1}. */
    double max(double[] a, int off, int n);

    /** Smallest element, NaN if any element is NaN; {@code n >= 1}. */
    float min(float[] a, int off, int n);

    /** Smallest element, NaN if any element is NaN; {@code n >= 1}. */
    double min(double[] a, int off, int n);

    /** Index (counted from {@code off}) of the first largest element or of the first NaN; {@code n >= 1}. */
    int argmax(float[] a, int off, int n);

    /** Index (counted from {@code off}) of the first largest element or of the first NaN; {@code n >= 1}. */
    int argmax(double[] a, int off, int n);

    /** Index (counted from {@code off}) of the first smallest element or of the first NaN; {@code n >= 1}. */
    int argmin(float[] a, int off, int n);

    /** Index (counted from {@code off}) of the first smallest element or of the first NaN; {@code n >= 1}. */
    int argmin(double[] a, int off, int n);

    // ---------------------------------------------------------------- row accumulation

    /**
     * Adds {@code rows} input rows of {@code width} elements, row {@code r} at
     * {@code a[aOff + r * rowStride ..]}, one after the other into one plain lane row:
     * {@code lanes[laneOff + j] += a[aOff + r * rowStride + j]} for {@code r = 0, 1, ..}. With
     * {@code rowStride} L times the reduction's row stride, these are the rows of one
     * {@link SumOrder} lane (rule 1); {@link #foldLanes} then combines {@link SumOrder#F32_LANES}
     * lane rows laid out at {@code l * width}.
     */
    void accumulateLane(float[] a, int aOff, int rowStride, int rows, double[] lanes, int laneOff, int width);

    /**
     * As {@link #accumulateLane(float[], int, int, int, double[], int, int)} for float64 rows into
     * one compensated lane row (rule 2): sums at {@code lanes[laneOff + j]}, compensations at
     * {@code lanes[compOff + j]}. {@link #foldCompensatedLanes} combines
     * {@link SumOrder#F64_LANES} of them, sums at {@code l * width} and compensations at
     * {@code (16 + l) * width}.
     */
    void accumulateLane(double[] a, int aOff, int rowStride, int rows, double[] lanes, int laneOff, int compOff,
                        int width);

    /**
     * As {@link #accumulateLane(float[], int, int, int, double[], int, int)} of {@code d * d},
     * {@code d = a[..j] - mean[meanOff + j]} in double.
     */
    void accumulateLaneSquaredDeviations(float[] a, int aOff, int rowStride, int rows, double[] mean, int meanOff,
                                         double[] lanes, int laneOff, int width);

    /**
     * As {@link #accumulateLane(double[], int, int, int, double[], int, int, int)} of {@code d * d},
     * {@code d = a[..j] - mean[meanOff + j]}.
     */
    void accumulateLaneSquaredDeviations(double[] a, int aOff, int rowStride, int rows, double[] mean, int meanOff,
                                         double[] lanes, int laneOff, int compOff, int width);

    /**
     * Ends a float32 lane fold: {@code out[outOff + j]} = the tree of {@link SumOrder} over column
     * {@code j}'s 32 plain lanes. Overwrites the lanes.
     */
    void foldLanes(double[] lanes, int width, double[] out, int outOff);

    /**
     * Ends a float64 lane fold: {@code out[outOff + j]} = the compensated tree of {@link SumOrder}
     * over column {@code j}'s 16 lanes, finished by {@link CompensatedSum#finish}; with
     * {@code low != null} each result's rounding error goes to {@code low[lowOff + j]}.
     * Overwrites the lanes.
     */
    void foldCompensatedLanes(double[] lanes, int width, double[] out, int outOff, double[] low, int lowOff);

    /** {@code acc[accOff + i] = max(acc[accOff + i], a[aOff + i])}, NaN propagating. */
    void accumulateMax(float[] a, int aOff, double[] acc, int accOff, int n);

    /** {@code acc[accOff + i] = max(acc[accOff + i], a[aOff + i])}, NaN propagating. */
    void accumulateMax(double[] a, int aOff, double[] acc, int accOff, int n);

    /** {@code acc[accOff + i] = min(acc[accOff + i], a[aOff + i])}, NaN propagating. */
    void accumulateMin(float[] a, int aOff, double[] acc, int accOff, int n);

    /** {@code acc[accOff + i] = min(acc[accOff + i], a[aOff + i])}, NaN propagating. */
    void accumulateMin(double[] a, int aOff, double[] acc, int accOff, int n);

    // ---------------------------------------------------------------- softmax passes

    /** Sum of {@code exp(a[i] - shift)}, nothing stored (logSumExp). */
    double sumExp(float[] a, int off, int n, float shift);

    /** Sum of {@code exp(a[i] - shift)}, nothing stored (logSumExp). */
    double sumExp(double[] a, int off, int n, double shift);

    /** {@code out[i] = exp(a[i] - shift)}; returns their sum (softmax's second pass). */
    double expInto(float[] a, int aOff, float shift, float[] out, int outOff, int n);

    /** {@code out[i] = exp(a[i] - shift)}; returns their sum (softmax's second pass). */
    double expInto(double[] a, int aOff, double shift, double[] out, int outOff, int n);

    /** {@code out[i] = a[i] - shift}; returns the sum of {@code exp(out[i])} (logSoftmax's second pass). */
    double shiftInto(float[] a, int aOff, float shift, float[] out, int outOff, int n);

    /** {@code out[i] = a[i] - shift}; returns the sum of {@code exp(out[i])} (logSoftmax's second pass). */
    double shiftInto(double[] a, int aOff, double shift, double[] out, int outOff, int n);

    /** {@code a[off + i] *= factor}, in place (softmax's normalization). */
    void scale(float[] a, int off, int n, float factor);

    /** {@code a[off + i] *= factor}, in place (softmax's normalization). */
    void scale(double[] a, int off, int n, double factor);

    /** {@code a[off + i] -= shift}, in place (logSoftmax's last pass). */
    void subtract(float[] a, int off, int n, float shift);

    /** {@code a[off + i] -= shift}, in place (logSoftmax's last pass). */
    void subtract(double[] a, int off, int n, double shift);
}
