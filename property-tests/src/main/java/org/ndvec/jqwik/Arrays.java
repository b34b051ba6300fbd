package org.ndvec.jqwik;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;

/**
 * jqwik generators of arrays: the entry points of {@link NDArrayArbitrary} ({@link #arrays()},
 * {@link #float64s()}...), and the older names {@link #of}, {@link #views}, {@link #viewsOf},
 * {@link #doubles()}, {@link #floats()}, which now return the same well-spread arrays. Values mix
 * ordinary numbers with the edge values that break array code: NaN, +-0, +-Inf, the largest and
 * smallest magnitudes and denormals for floats; MIN, MAX, 0 and -1 for integers. Everything
 * shrinks toward small shapes, contiguous layout and small integers.
 *
 * <pre>{@code
 * @Property
 * void negateTwiceIsIdentity(@ForAll("floats") NDArray a) { ... }
 *
 * @Provide
 * Arbitrary<NDArray> floats() { return Arrays.float64s().finite().between(-1e3, 1e3).ranks(1, 3); }
 * }</pre>
 *
 * A parameter {@code @ForAll NDArray x} needs no {@code @Provide} at all: it gets {@link #arrays()},
 * configured by annotations such as {@link Finite}, {@link DTypes}, {@link Rank} (see
 * {@link NDArrayConfigurator}).
 */
public final class Arrays {
    private static final List<DType> NUMERIC_AND_BOOL =
            List.of(DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32, DType.BOOL);

    private Arrays() {
    }

    /**
     * Arrays of float64, float32, int64, int32 and bool (equally often), ranks 0 to 3, sides 0 to 5,
     * every layout; see {@link NDArrayArbitrary} for the distribution and the ways to steer it.
     *
     * @return the default array arbitrary, to steer fluently
     */
    public static NDArrayArbitrary arrays() {
        return new NDArrayArbitrary(NUMERIC_AND_BOOL);
    }

    /**
     * {@link #arrays()} of float64.
     *
     * @return an arbitrary of float64 arrays
     */
    public static NDArrayArbitrary float64s() {
        return arrays().dtypes(DType.FLOAT64);
    }

    /**
     * {@link #arrays()} of float32.
     *
     * @return an arbitrary of float32 arrays
     */
    public static NDArrayArbitrary float32s() {
        return arrays().dtypes(DType.FLOAT32);
    }

    /**
     * {@link #arrays()} of int64.
     *
     * @return an arbitrary of int64 arrays
     */
    public static NDArrayArbitrary int64s() {
        return arrays().dtypes(DType.INT64);
    }

    /**
     * {@link #arrays()} of int32.
     *
     * @return an arbitrary of int32 arrays
     */
    public static NDArrayArbitrary int32s() {
        return arrays().dtypes(DType.INT32);
    }

    /**
     * {@link #arrays()} of bool.
     *
     * @return an arbitrary of bool arrays
     */
    public static NDArrayArbitrary bools() {
        return arrays().dtypes(DType.BOOL);
    }

    /**
     * {@link #arrays()} of NumPy's {@code <U} strings (short, empty and non-ASCII ones mixed in).
     *
     * @return an arbitrary of string arrays
     */
    public static NDArrayArbitrary strings() {
        return arrays().dtypes(DType.STRING);
    }

    /**
     * Fresh C-contiguous, writeable arrays of a dtype, ranks 0 to 3 (0-d included) and dims up to
     * 5: {@code float64s().layouts(Layout.CONTIGUOUS).writeable()} for float64.
     *
     * @param dtype the dtype of every array
     * @return an arbitrary of contiguous, writeable arrays of that dtype
     */
    public static NDArrayArbitrary of(DType dtype) {
        return arrays().dtypes(dtype).layouts(Layout.CONTIGUOUS).writeable();
    }

    /**
     * Arrays of a dtype and a fixed shape, C-contiguous and writeable, edge values mixed in: for
     * floats NaN, +-0, +-Inf, +-MAX_VALUE, MIN_NORMAL and denormals; for integers MIN_VALUE,
     * MAX_VALUE, 0 and -1.
     *
     * <pre>{@code
     * @Property
     * void addBroadcasts(@ForAll("pairs") NDArray[] ab) {
     *     assertArrayEquals(Nd.broadcastShapes(ab[0].shape(), ab[1].shape()), ab[0].add(ab[1]).shape());
     * }
     *
     * @Provide
     * Arbitrary<NDArray[]> pairs() {
     *     return Shapes.broadcastablePair().flatMap(s -> Combinators.combine(
     *             Arrays.of(DType.FLOAT32, s[0]), Arrays.of(DType.FLOAT32, s[1])).as((a, b) -> new NDArray[] {a, b}));
     * }
     * }</pre>
     *
     * @param dtype the dtype of every array
     * @param shape the shape of every array
     * @return an arbitrary of contiguous, writeable arrays of that dtype and shape
     */
    public static NDArrayArbitrary of(DType dtype, int... shape) {
        return of(dtype).shape(shape);
    }

    /**
     * Doubles: small integers, short decimals, magnitudes from 1e-30 to 1e30 and, about one in five,
     * an edge value (NaN, +-0, +-inf, +-MAX_VALUE, MIN_NORMAL, subnormals).
     *
     * @return an arbitrary of doubles
     */
    public static Arbitrary<Double> doubles() {
        return Elements.doubles(ElementConstraints.ANY);
    }

    /**
     * Floats, spread as {@link #doubles()} in float32.
     *
     * @return an arbitrary of floats
     */
    public static Arbitrary<Float> floats() {
        return Elements.floats(ElementConstraints.ANY);
    }

    /**
     * Arrays of any dtype but strings, in every layout: the same as {@link #arrays()}. At least half
     * are not C-contiguous, at most 15% are empty.
     *
     * <pre>{@code
     * @Property
     * void copyEqualsView(@ForAll("anyView") NDArray v) {
     *     assertArrayEquals(v.toDoubleArray(), v.copy().toDoubleArray());
     * }
     *
     * @Provide
     * Arbitrary<NDArray> anyView() { return Arrays.views(); }
     * }</pre>
     *
     * @return an arbitrary of non-string arrays in every layout
     */
    public static NDArrayArbitrary views() {
        return arrays();
    }

    /**
     * Arrays of a dtype in every layout: slices with gaps, negative steps, transposes, Fortran
     * order, broadcasts (read-only) and plain contiguous ones; see {@link NDArrayArbitrary}.
     *
     * <pre>{@code
     * @Property
     * void negTwiceIsIdentity(@ForAll("ints") NDArray v) {
     *     assertArrayEquals(v.toLongArray(), v.neg().neg().toLongArray()); // MIN_VALUE wraps back
     * }
     *
     * @Provide
     * Arbitrary<NDArray> ints() { return Arrays.views(DType.INT64); }
     * }</pre>
     *
     * @param dtype the dtype of every array
     * @return an arbitrary of arrays of that dtype in every layout
     */
    public static NDArrayArbitrary views(DType dtype) {
        return arrays().dtypes(dtype);
    }

    /**
     * Random views of one given array: per axis a slice (mostly non-empty; steps 1, 2, 3, -1, -2),
     * then unchanged, transposed, given a new axis, or broadcast along a new leading axis
     * (read-only). Each shares memory with {@code base} unless it is empty.
     *
     * @param base the array the views look at
     * @return an arbitrary of views of {@code base}
     */
    public static Arbitrary<NDArray> viewsOf(NDArray base) {
        int nd = base.ndim();
        int[] shape = base.shape();
        Arbitrary<List<Integer>> firsts = Arbitraries.integers().between(0, 99).list().ofSize(nd);
        Arbitrary<List<Integer>> counts = Arbitraries.integers().between(0, 99).list().ofSize(nd);
        Arbitrary<List<Integer>> steps = Arbitraries.of(1, 2, -1, 3, -2).list().ofSize(nd);
        Arbitrary<Integer> op = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> lead = Arbitraries.integers().between(1, 3);
        return Combinators.combine(firsts, counts, steps, op, lead).as((first, count, step, which, n) -> {
            Index[] ix = new Index[nd];
            for (int i = 0; i < nd; i++) {
                ix[i] = slice(shape[i], first.get(i), count.get(i), step.get(i));
            }
            NDArray v = base.get(ix);
            return switch (which) {
                case 0 -> v;
                case 1 -> v.transpose();
                case 2 -> v.get(Index.ellipsis(), Index.newAxis());
                default -> {
                    int[] s = v.shape();
                    int[] t = new int[s.length + 1];
                    t[0] = n;
                    System.arraycopy(s, 0, t, 1, s.length);
                    yield v.broadcastTo(t);
                }
            };
        });
    }

    /**
     * A slice of an axis of length {@code dim} with {@code step}, starting at element
     * {@code first % dim} and taking 1 + {@code count % available} elements: never empty
     * unless the axis is.
     */
    private static Index slice(int dim, int first, int count, int step) {
        if (dim == 0) {
            return Index.all();
        }
        int a = first % dim;
        int available = step > 0 ? (dim - 1 - a) / step + 1 : a / -step + 1;
        long n = 1 + count % available;
        long stop = a + n * step;
        // a stop of -1 would mean "the last element": leave it out instead
        return Index.slice(Long.valueOf(a), stop < 0 ? null : Long.valueOf(stop), Long.valueOf(step));
    }
}
