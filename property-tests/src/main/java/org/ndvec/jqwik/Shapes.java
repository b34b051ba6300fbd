package org.ndvec.jqwik;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * jqwik generators of array shapes, axes and shape tuples, shrinking toward fewer and shorter
 * dims. Ranks are drawn with a 0-d shape one time in {@code 1 + 3 * maxRank} (every other rank
 * three times as often), and a zero side one time in 25, so most arrays are non-empty but
 * 0-d and empty ones still come up.
 *
 * <pre>{@code
 * @Property
 * void addBroadcasts(@ForAll("pairs") BroadcastableShapes s) {
 *     assertArrayEquals(s.resultShape(), Nd.zeros(s.inputShapes()[0]).add(Nd.zeros(s.inputShapes()[1])).shape());
 * }
 *
 * @Provide
 * Arbitrary<BroadcastableShapes> pairs() { return Shapes.mutuallyBroadcastable(2); }
 * }</pre>
 */
public final class Shapes {
    /** A zero side comes up one time in {@code ZERO_SIDE_ODDS + 1}. */
    private static final int ZERO_SIDE_ODDS = 24;
    /** Every rank above 0 is drawn this many times as often as rank 0. */
    private static final int RANK_WEIGHT = 3;

    private Shapes() {
    }

    /**
     * Shapes of rank {@code minRank..maxRank} with sides {@code minSide..maxSide} (zero sides rare).
     *
     * @param minRank the fewest axes
     * @param maxRank the most axes
     * @param minSide the shortest axis length
     * @param maxSide the longest axis length
     * @return an arbitrary of shapes
     */
    public static Arbitrary<int[]> of(int minRank, int maxRank, int minSide, int maxSide) {
        if (minRank < 0 || maxRank < minRank || minSide < 0 || maxSide < minSide) {
            throw new IllegalArgumentException("need 0 <= minRank <= maxRank and 0 <= minSide <= maxSide, got ranks "
                    + minRank + ".." + maxRank + ", sides " + minSide + ".." + maxSide);
        }
        Arbitrary<Integer> side;
        if (maxSide == 0) {
            side = Arbitraries.just(0);
        } else if (minSide == 0) {
            side = Arbitraries.frequencyOf(Tuple.of(ZERO_SIDE_ODDS, Arbitraries.integers().between(1, maxSide)),
                    Tuple.of(1, Arbitraries.just(0)));
        } else {
            side = Arbitraries.integers().between(minSide, maxSide);
        }
        List<Tuple2<Integer, Arbitrary<Integer>>> ranks = new ArrayList<>();
        for (int r = minRank; r <= maxRank; r++) {
            ranks.add(Tuple.of(r == 0 ? 1 : RANK_WEIGHT, Arbitraries.just(r)));
        }
        Arbitrary<Integer> rank = Elements.weighted(ranks);
        // sides for the largest rank, cut to the drawn rank: no flatMap, so both shrink on their own
        return Combinators.combine(rank, side.list().ofSize(maxRank))
                .as((r, sides) -> toArray(sides.subList(0, r)));
    }

    /**
     * Any shape of rank {@code 0..maxRank} with dims {@code 0..maxDim} (zero-size arrays included, rarely).
     *
     * @param maxRank the most axes
     * @param maxDim the longest axis length
     * @return an arbitrary of shapes
     */
    public static Arbitrary<int[]> any(int maxRank, int maxDim) {
        return of(0, maxRank, 0, maxDim);
    }

    /**
     * Like {@link #any} but every dim is at least 1, so arrays are never empty.
     *
     * @param maxRank the most axes
     * @param maxDim the longest axis length, at least 1
     * @return an arbitrary of shapes without zero-length axes
     */
    public static Arbitrary<int[]> nonEmpty(int maxRank, int maxDim) {
        return of(0, maxRank, 1, Math.max(1, maxDim));
    }

    /**
     * Two shapes that broadcast together (NumPy's rules), ranks up to 4, dims up to 5.
     *
     * @return an arbitrary of shape pairs
     */
    public static Arbitrary<int[][]> broadcastablePair() {
        return broadcastableTuple(2, 4, 5);
    }

    /**
     * Two shapes that broadcast together.
     *
     * @param maxRank the most axes of either shape
     * @param maxDim the longest axis length
     * @return an arbitrary of shape pairs
     */
    public static Arbitrary<int[][]> broadcastablePair(int maxRank, int maxDim) {
        return broadcastableTuple(2, maxRank, maxDim);
    }

    /**
     * {@code n} shapes that broadcast together, ranks up to 4, dims up to 5 (zero included).
     *
     * <pre>{@code
     * @Property
     * void whereBroadcastsThreeWays(@ForAll("triples") int[][] s) {
     *     NDArray out = Nd.where(Nd.zeros(DType.BOOL, s[0]), Nd.zeros(s[1]), Nd.ones(s[2]));
     *     assertArrayEquals(Nd.broadcastShapes(s), out.shape());
     * }
     *
     * @Provide
     * Arbitrary<int[][]> triples() { return Shapes.broadcastableTuple(3); }
     * }</pre>
     *
     * @param n how many shapes, at least 1
     * @return an arbitrary of {@code n} shapes
     */
    public static Arbitrary<int[][]> broadcastableTuple(int n) {
        return broadcastableTuple(n, 4, 5);
    }

    /**
     * {@code n} shapes that broadcast together: a common result shape, from which each
     * operand drops some leading dims and turns some dims into 1 (stretched by broadcasting).
     *
     * @param n how many shapes, at least 1
     * @param maxRank the most axes of the result shape
     * @param maxDim the longest axis length
     * @return an arbitrary of {@code n} shapes
     */
    public static Arbitrary<int[][]> broadcastableTuple(int n, int maxRank, int maxDim) {
        return mutuallyBroadcastable(n, maxRank, maxDim).map(BroadcastableShapes::inputShapes);
    }

    /**
     * {@code n} shapes that broadcast together and their result shape; ranks up to 4, sides up to 5.
     *
     * @param n how many shapes, at least 1
     * @return an arbitrary of the shapes with their broadcast shape
     */
    public static Arbitrary<BroadcastableShapes> mutuallyBroadcastable(int n) {
        return mutuallyBroadcastable(n, 4, 5);
    }

    /**
     * {@code n} shapes that broadcast together, with the shape {@code np.broadcast_shapes} gives
     * them ({@code hypothesis.extra.numpy.mutually_broadcastable_shapes(num_shapes=n)}).
     *
     * @param n how many shapes, at least 1
     * @param maxRank the most axes of the result shape
     * @param maxSide the longest axis length
     * @return an arbitrary of the shapes with their broadcast shape
     */
    public static Arbitrary<BroadcastableShapes> mutuallyBroadcastable(int n, int maxRank, int maxSide) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one shape, got " + n);
        }
        return any(maxRank, maxSide).flatMap(result -> {
            List<Arbitrary<int[]>> operands = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                operands.add(broadcastableTo(result));
            }
            return Combinators.combine(operands).as(list -> new BroadcastableShapes(list.toArray(new int[0][]), result));
        });
    }

    /**
     * Shapes for a generalized ufunc: {@code gufunc("(m,n),(n,p)->(m,p)")} gives matmul's operand
     * shapes with broadcast loop dims in front, and the result's shape. Core dims are names
     * (equal names get equal sizes), integers (fixed sizes), or a name with {@code ?}, which is
     * present or absent as one ({@code (m?,n),(n,p?)->(m?,p?)}, matmul's own signature).
     * Loop dims go up to rank 2, all sides 1 to 4.
     *
     * @param signature the gufunc signature, NumPy's syntax
     * @return an arbitrary of operand shapes with the result shape
     * @throws IllegalArgumentException for a malformed signature
     */
    public static Arbitrary<BroadcastableShapes> gufunc(String signature) {
        return gufunc(signature, 2, 4);
    }

    /**
     * {@link #gufunc(String)} with loop dims up to {@code maxLoopRank} and sides {@code 1..maxSide}.
     *
     * @param signature the gufunc signature, NumPy's syntax
     * @param maxLoopRank the most loop (batch) dims
     * @param maxSide the longest axis length, at least 1
     * @return an arbitrary of operand shapes with the result shape
     */
    public static Arbitrary<BroadcastableShapes> gufunc(String signature, int maxLoopRank, int maxSide) {
        GufuncSignature sig = GufuncSignature.parse(signature);
        int nIn = sig.inputs().size();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String name : sig.names()) {
            index.put(name, index.size());
        }
        int names = Math.max(1, index.size());
        return Combinators.combine(
                        mutuallyBroadcastable(nIn, maxLoopRank, maxSide)
                                .map(b -> withoutZeros(b)),
                        Arbitraries.integers().between(1, maxSide).list().ofSize(names),
                        Arbitraries.of(true, false).list().ofSize(names))
                .as((loop, sizes, present) -> {
                    int[][] in = new int[nIn][];
                    for (int i = 0; i < nIn; i++) {
                        in[i] = concat(loop.inputShapes()[i], sig.core(sig.inputs().get(i), index, sizes, present));
                    }
                    int[] out = concat(loop.resultShape(), sig.core(sig.output(), index, sizes, present));
                    return new BroadcastableShapes(in, out);
                });
    }

    private static BroadcastableShapes withoutZeros(BroadcastableShapes b) {
        int[][] in = new int[b.inputShapes().length][];
        for (int i = 0; i < in.length; i++) {
            in[i] = b.inputShapes()[i].clone();
            for (int j = 0; j < in[i].length; j++) {
                in[i][j] = Math.max(1, in[i][j]);
            }
        }
        int[] r = b.resultShape().clone();
        for (int j = 0; j < r.length; j++) {
            r[j] = Math.max(1, r[j]);
        }
        return new BroadcastableShapes(in, r);
    }

    /**
     * A shape that broadcasts to {@code target} ({@code np.broadcast_to(np.empty(s), target)} works):
     * some leading dims dropped, some dims set to 1.
     *
     * @param target the shape to broadcast to
     * @return an arbitrary of shapes that broadcast to {@code target}
     */
    public static Arbitrary<int[]> broadcastableTo(int... target) {
        int[] t = target.clone();
        Arbitrary<Integer> drop = Arbitraries.integers().between(0, t.length);
        Arbitrary<List<Boolean>> ones = Arbitraries.of(false, true).list().ofSize(t.length);
        return Combinators.combine(drop, ones).as((d, o) -> {
            int[] s = new int[t.length - d];
            for (int i = 0; i < s.length; i++) {
                s[i] = o.get(d + i) ? 1 : t[d + i];
            }
            return s;
        });
    }

    /**
     * The same as {@link #broadcastableTo}.
     *
     * @param target the shape to broadcast to
     * @return an arbitrary of shapes that broadcast to {@code target}
     */
    public static Arbitrary<int[]> derived(int[] target) {
        return broadcastableTo(target);
    }

    /**
     * One valid axis of an array of rank {@code ndim}, negative ones included: {@code -ndim..ndim-1}.
     *
     * @param ndim the rank of the array
     * @return an arbitrary of axes
     */
    public static Arbitrary<Integer> axis(int ndim) {
        if (ndim < 1) {
            throw new IllegalArgumentException("a 0-d array has no axis");
        }
        return Arbitraries.integers().between(-ndim, ndim - 1).shrinkTowards(0);
    }

    /**
     * A valid tuple of distinct axes of an array of rank {@code ndim}, in any order, each possibly
     * negative, from empty to all of them ({@code hypothesis.extra.numpy.valid_tuple_axes(ndim)}).
     *
     * @param ndim the rank of the array
     * @return an arbitrary of axis tuples
     */
    public static Arbitrary<int[]> axes(int ndim) {
        if (ndim < 0) {
            throw new IllegalArgumentException("ndim must be >= 0");
        }
        if (ndim == 0) {
            return Arbitraries.just(new int[0]);
        }
        return Combinators.combine(
                        Arbitraries.integers().between(0, ndim - 1).list().uniqueElements().ofMaxSize(ndim),
                        Arbitraries.of(false, true).list().ofSize(ndim))
                .as((axes, negative) -> {
                    int[] a = new int[axes.size()];
                    for (int i = 0; i < a.length; i++) {
                        int ax = axes.get(i);
                        a[i] = negative.get(ax) ? ax - ndim : ax;
                    }
                    return a;
                });
    }

    static int[] toArray(List<Integer> dims) {
        int[] s = new int[dims.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = dims.get(i);
        }
        return s;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
