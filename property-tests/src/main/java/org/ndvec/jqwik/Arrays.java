package org.ndvec.jqwik;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * jqwik generators of arrays and of non-contiguous views of them. Values mix ordinary
 * numbers with the edge values that break array code: NaN, +-0, +-Inf, the largest and
 * smallest magnitudes and denormals for floats; MIN, MAX, 0 and -1 for integers.
 * Everything shrinks toward small shapes and simple values.
 *
 * <pre>{@code
 * @Property
 * void negateTwiceIsIdentity(@ForAll("floats") NDArray a) { ... }
 *
 * @Provide
 * Arbitrary<NDArray> floats() { return Arrays.of(DType.FLOAT64); }
 * }</pre>
 */
public final class Arrays {
    // Simplest first: jqwik shrinks a choice among these toward the front of the list.
    private static final double[] DOUBLE_EDGES = {
        0.0, 1.0, -1.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL / 3, // a subnormal with many significant bits
    };
    private static final float[] FLOAT_EDGES = {
        0.0f, 1.0f, -1.0f, -0.0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL, Float.MIN_VALUE, -Float.MIN_VALUE,
        Float.MIN_NORMAL / 3,
    };

    private Arrays() {
    }

    /** Arrays of a dtype with shapes of rank up to 3 and dims up to 5 (see {@link #of(DType, int...)}). */
    public static Arbitrary<NDArray> of(DType dtype) {
        return Shapes.any(3, 5).flatMap(shape -> of(dtype, shape));
    }

    /**
     * Arrays of a dtype and a fixed shape, edge values mixed in: for floats NaN, +-0, +-Inf,
     * +-MAX_VALUE, MIN_NORMAL and denormals; for integers MIN_VALUE, MAX_VALUE, 0 and -1.
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
     */
    public static Arbitrary<NDArray> of(DType dtype, int... shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        int size = n;
        int[] s = shape.clone();
        return switch (dtype) {
            case FLOAT64 -> doubles().list().ofSize(size).map(v -> NDArray.wrap(toDoubles(v), s));
            case FLOAT32 -> floats().list().ofSize(size).map(v -> NDArray.wrap(toFloats(v), s));
            case INT64 -> Arbitraries.frequencyOf(
                            net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(-1000, 1000)),
                            net.jqwik.api.Tuple.of(2, Arbitraries.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE)))
                    .list().ofSize(size).map(v -> NDArray.wrap(v.stream().mapToLong(Long::longValue).toArray(), s));
            case INT32 -> Arbitraries.frequencyOf(
                            net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(-1000, 1000)),
                            net.jqwik.api.Tuple.of(2, Arbitraries.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE)))
                    .list().ofSize(size).map(v -> NDArray.wrap(v.stream().mapToInt(Integer::intValue).toArray(), s));
            case BOOL -> Arbitraries.of(true, false).list().ofSize(size).map(v -> {
                boolean[] b = new boolean[v.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = v.get(i);
                }
                return Nd.array(b).reshape(s);
            });
            // short strings, empty ones and non-ASCII (including beyond U+FFFF) mixed in
            case STRING -> Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(6),
                            Arbitraries.of("", "é", "日本", "😀x", "it's"))
                    .list().ofSize(size).map(v -> Nd.array(v.toArray(new String[0])).reshape(s));
        };
    }

    /** Doubles: mostly ordinary values, about one in five an edge value. */
    public static Arbitrary<Double> doubles() {
        Double[] edges = new Double[DOUBLE_EDGES.length];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = DOUBLE_EDGES[i];
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(-1e6, 1e6).shrinkTowards(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(edges)));
    }

    /** Floats: mostly ordinary values, about one in five an edge value. */
    public static Arbitrary<Float> floats() {
        Float[] edges = new Float[FLOAT_EDGES.length];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = FLOAT_EDGES[i];
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.floats().between(-1e4f, 1e4f).shrinkTowards(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(edges)));
    }

    /**
     * Views of random arrays of any dtype but strings (bool, int32, int64, float32, float64).
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
     */
    public static Arbitrary<NDArray> views() {
        return Arbitraries.of(DType.BOOL, DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64)
                .flatMap(Arrays::views);
    }

    /**
     * Views of random arrays that are usually not contiguous: random slices with
     * positive and negative steps, transposes, new axes and broadcasts (read-only).
     * Each view is a view: it shares memory with the array it was cut from.
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
     */
    public static Arbitrary<NDArray> views(DType dtype) {
        return of(dtype).flatMap(Arrays::viewsOf);
    }

    /** Random views of one given array. */
    public static Arbitrary<NDArray> viewsOf(NDArray base) {
        int nd = base.ndim();
        Arbitrary<List<Index>> slices = Combinators.combine(
                        Arbitraries.integers().between(-6, 6).list().ofSize(nd),
                        Arbitraries.integers().between(-6, 6).list().ofSize(nd),
                        Arbitraries.of(1, 1, 2, 3, -1, -2).list().ofSize(nd),
                        Arbitraries.of(false, true).list().ofSize(nd))
                .as((starts, stops, steps, whole) -> {
                    Index[] ix = new Index[nd];
                    for (int i = 0; i < nd; i++) {
                        ix[i] = whole.get(i)
                                ? Index.slice(null, null, (long) steps.get(i))
                                : Index.slice((long) starts.get(i), (long) stops.get(i), (long) steps.get(i));
                    }
                    return List.of(ix);
                });
        Arbitrary<Integer> op = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> lead = Arbitraries.integers().between(1, 3);
        return Combinators.combine(slices, op, lead).as((ix, which, n) -> {
            NDArray v = base.get(ix.toArray(new Index[0]));
            return switch (which) {
                case 0 -> v;
                case 1 -> v.T();
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

    private static double[] toDoubles(List<Double> v) {
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    private static float[] toFloats(List<Float> v) {
        float[] out = new float[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }
}
