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
 *   <li>row accumulation: one input row folded into an accumulator row, elementwise
 *       ({@code accumulateSum}, ...). This is the axis-0 reduction of a C-contiguous matrix:
 *       whole rows stream into vector accumulators and nothing is transposed;</li>
 *   <li>the fused exp passes of softmax / logSoftmax / logSumExp.</li>
 * </ul>
 *
 * <p>Accuracy contract. Results are double for both float32 and float64 input. float32 sums
 * widen every element to double before adding it, so their rounding error (about
 * {@code n * 2^-53 * sum|x|}) stays far below half a float32 ulp of the result and the float32
 * result is correctly rounded in practice. float64 sums are compensated ({@link CompensatedSum}):
 * as if summed in twice the precision, so correctly rounded but for near ties. NumPy's pairwise
 * sums, float32 in float, are off by up to a few ulp on large mixed-sign data
 * ({@code SumAccuracyTest} compares both on 16M values against the exact sum).
 * NaN propagates through max/min; argmax/argmin return the first extreme or the first NaN.
 * Kernels never allocate and touch exactly the elements named.
 */
public interface ReductionKernels {

    /** {@code "scalar"} or {@code "vector"}. */
    String name();

    // ---------------------------------------------------------------- row reductions

    /** Sum of {@code a[off .. off+n)}, accumulated in double; 0 for {@code n == 0}. */
    double sum(float[] a, int off, int n);

    /** Compensated sum of {@code a[off .. off+n)}, correctly rounded but for near ties; 0 for {@code n == 0}. */
    double sum(double[] a, int off, int n);

    /**
     * As {@link #sum(double[], int, int)}, and with {@code low != null} also the rounding error
     * of the result in {@code low[lowAt]} (result + low is the compensated sum unrounded), for
     * partials that are added further ({@link CompensatedSum#ofParts}).
     */
    double sumParts(double[] a, int off, int n, double[] low, int lowAt);

    /** Sum of {@code (a[i] - mean)^2} in double, the second pass of {@code var}. */
    double sumSquaredDeviations(float[] a, int off, int n, double mean);

    /** Pairwise sum of {@code (a[i] - mean)^2}. */
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
     * {@code acc[accOff + i] += sum_r a[aOff + r * rowStride + i]} for {@code r < rows}: several
     * input rows folded into one accumulator row. Taking the rows together lets the vector kernel
     * load and store the accumulator once per group of rows instead of once per row.
     * float32 rows are taken in groups of 8, each group summed pairwise in float
     * ({@code ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))}) and added to the double
     * accumulator, by both implementations alike; leftover rows are added one by one.
     */
    void accumulateSum(float[] a, int aOff, int rowStride, int rows, double[] acc, int accOff, int n);

    /** As {@link #accumulateSum(float[], int, int, int, double[], int, int)} for float64 rows. */
    void accumulateSum(double[] a, int aOff, int rowStride, int rows, double[] acc, int accOff, int n);

    /** {@code acc[accOff + i] = max(acc[accOff + i], a[aOff + i])}, NaN propagating. */
    void accumulateMax(float[] a, int aOff, double[] acc, int accOff, int n);

    /** {@code acc[accOff + i] = max(acc[accOff + i], a[aOff + i])}, NaN propagating. */
    void accumulateMax(double[] a, int aOff, double[] acc, int accOff, int n);

    /** {@code acc[accOff + i] = min(acc[accOff + i], a[aOff + i])}, NaN propagating. */
    void accumulateMin(float[] a, int aOff, double[] acc, int accOff, int n);

    /** {@code acc[accOff + i] = min(acc[accOff + i], a[aOff + i])}, NaN propagating. */
    void accumulateMin(double[] a, int aOff, double[] acc, int accOff, int n);

    /** {@code acc[accOff + i] += (a[aOff + i] - mean[accOff + i])^2}, in double. */
    void accumulateSquaredDeviations(float[] a, int aOff, double[] mean, double[] acc, int accOff, int n);

    /** {@code acc[accOff + i] += (a[aOff + i] - mean[accOff + i])^2}. */
    void accumulateSquaredDeviations(double[] a, int aOff, double[] mean, double[] acc, int accOff, int n);

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
