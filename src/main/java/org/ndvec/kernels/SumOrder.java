package org.ndvec.kernels;

/**
 * The one order in which ndvec adds floating-point numbers up, whatever the CPU, the kernel
 * (scalar or Vector API, interpreted or compiled), the layout of the input or the thread count.
 * Every sum-like reduction follows it: {@code sum}, {@code nansum}, {@code mean}, the squared
 * deviations of {@code var}/{@code std}, and the Gram sums of the Jacobi SVD. Because the order is
 * fixed, a call returns the same bits at its first call and its millionth, with
 * {@code -Dndvec.kernels=scalar} or {@code vector}, on AVX2 or AVX-512, and for a view and its
 * contiguous copy.
 *
 * <p>The rule, for the {@code n} elements {@code x[0..n)} folded into one result, counted in the
 * logical (C) order of the reduced axes:
 * <ol>
 *   <li><b>Lanes.</b> There are {@code L} virtual double lanes, all starting at +0.0. Element
 *       {@code i} is added to lane {@code i mod L}, in increasing {@code i}. {@code L} is
 *       {@link #F32_LANES} (32) for float32 input and {@link #F64_LANES} (16) for float64 input: a
 *       constant, never the vector length of the machine. float32 values are widened to double
 *       before their first addition.</li>
 *   <li><b>Compensation (float64).</b> Each float64 lane is a pair (s, c): {@code t = s + x},
 *       {@code c += err}, {@code s = t}, where {@code err} is Knuth's TwoSum error
 *       ({@link CompensatedSum#error}: {@code z = t - s; err = (s - (t - z)) + (x - z)}).
 *       float32 lanes are plain double sums.</li>
 *   <li><b>Tree.</b> The lanes are combined by halving: for {@code h = L/2, L/4, ..., 1}, lane
 *       {@code l} absorbs lane {@code l + h} for every {@code l < h}. Plain lanes add
 *       ({@code s_l = s_l + s_{l+h}}); compensated lanes add their compensations first and then
 *       the error of the addition of their sums ({@code t = s_l + s_{l+h}},
 *       {@code c_l = (c_l + c_{l+h}) + err(s_l, s_{l+h}, t)}, {@code s_l = t}). Lane 0 then holds
 *       the result; a float64 result is {@link CompensatedSum#finish}{@code (s_0, c_0)}.</li>
 *   <li><b>Chunks.</b> When {@code n >= 2 * CHUNK}, the elements are cut into chunks of
 *       {@link #CHUNK} (the last may be shorter), each folded by rules 1-3 from fresh lanes into an
 *       unevaluated pair (its rounded sum and the rounding error, {@code 0} for float32), and the
 *       pairs are added in chunk order by {@link CompensatedSum#ofParts}. Chunks depend on
 *       {@code n} alone, never on the thread count, and are multiples of every {@code L}.</li>
 * </ol>
 * Squared deviations follow the same rule with {@code x = (v - mean)^2}, computed as
 * {@code d = v - mean; x = d * d} (a multiply, no fused multiply-add, so that no implementation
 * depends on FMA hardware); the Gram sums add the rounded products {@code x*x}, {@code y*y},
 * {@code x*y} into {@link #F64_LANES} plain lanes. {@code nansum} adds 0 in place of a NaN.
 *
 * <p>Why these numbers: 16 compensated lanes are 4 vectors of 4 doubles (an AVX2 register) for
 * the sums and 4 for the compensations, which fits AVX2's 16 registers with room for the loads;
 * the TwoSum chain (7 additions per element) is bound by add throughput, not latency, already at
 * 4 vectors. The plain float32 sum does one addition per element and is latency-bound: with 4
 * accumulators an in-cache 1000-float row ran 40% slower than with 8 (Zen 3, {@code sum_f32}),
 * hence 32 lanes = 8 vectors of 4. Both give 256 bytes of lane state per column of an outer-axis
 * reduction (32 plain lanes, or 16 sums and 16 compensations).
 *
 * <p>Adding an exact +0.0 to a lane never changes it (a lane is never -0.0: it starts at +0.0 and
 * round-to-nearest gives -0.0 only for -0.0 + -0.0), so a vector kernel may pad a short tail with
 * zeros and a scalar kernel may skip lanes that no element reached; both give these bits. NaN
 * results are NaN in every implementation, with an unspecified payload.
 *
 * <p>This class holds the constants and the scalar reference arithmetic, which the scalar kernels
 * and the strided paths of {@code org.ndvec.ops} call; the vector kernels spell the same
 * operations out lanewise, and the tests compare them bit for bit.
 */
public final class SumOrder {
    /** Plain double lanes of a float32 sum (rule 1). */
    public static final int F32_LANES = 32;

    /** Compensated lanes of a float64 sum, and plain lanes of the Gram sums (rule 1). */
    public static final int F64_LANES = 16;

    /**
     * Elements per chunk of a long sum (rule 4). 1 Mi (4 MiB of float32) gives a 16M-element sum
     * 16 chunks, enough to even out two busy cores ({@code sum_f32_16m}), for 16 partials.
     */
    public static final int CHUNK = 1 << 20;

    private SumOrder() {
    }

    /** Whether a fold of {@code n} elements is cut into chunks (rule 4). */
    public static boolean chunked(long n) {
        return n >= 2L * CHUNK;
    }

    /** Number of chunks of a fold of {@code n} elements: 1 unless {@link #chunked}. */
    public static int chunks(int n) {
        return chunked(n) ? (n + CHUNK - 1) / CHUNK : 1;
    }

    /**
     * Adds {@code x} to the compensated lane whose sum is {@code v[s]} and whose compensation is
     * {@code v[c]} (rule 2).
     */
    public static void addCompensated(double[] v, int s, int c, double x) {
        double old = v[s];
        double t = old + x;
        v[c] += CompensatedSum.error(old, x, t);
        v[s] = t;
    }

    /**
     * The tree of rule 3 over plain lanes {@code v[base + l * stride]}, {@code l < lanes},
     * of which only the first {@code used} may be non-zero (the others are skipped: adding +0.0
     * changes nothing). Overwrites the lanes.
     */
    public static double foldPlain(double[] v, int base, int stride, int lanes, int used) {
        for (int h = lanes / 2; h >= 1; h /= 2) {
            for (int l = 0; l < h && l + h < used; l++) {
                v[base + l * stride] += v[base + (l + h) * stride];
            }
            used = Math.min(used, h);
        }
        return v[base];
    }

    /**
     * The tree of rule 3 over {@link #F64_LANES} compensated lanes, sums at
     * {@code v[base + l * stride]} and compensations at {@code v[base + (F64_LANES + l) * stride]},
     * of which only the first {@code used} may be non-zero; then {@link CompensatedSum#finish}.
     * Overwrites the lanes.
     *
     * @param low with {@code low != null}, receives the rounding error of the result at {@code lowAt}
     */
    public static double foldCompensated(double[] v, int base, int stride, int used, double[] low, int lowAt) {
        int cBase = base + F64_LANES * stride;
        for (int h = F64_LANES / 2; h >= 1; h /= 2) {
            for (int l = 0; l < h && l + h < used; l++) {
                int s0 = base + l * stride;
                int s1 = base + (l + h) * stride;
                double a = v[s0];
                double b = v[s1];
                double t = a + b;
                v[cBase + l * stride] = (v[cBase + l * stride] + v[cBase + (l + h) * stride])
                        + CompensatedSum.error(a, b, t);
                v[s0] = t;
            }
            used = Math.min(used, h);
        }
        return CompensatedSum.finish(v[base], v[cBase], low, lowAt);
    }
}
