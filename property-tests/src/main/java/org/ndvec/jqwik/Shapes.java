package org.ndvec.jqwik;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of array shapes, shrinking toward fewer and shorter dims.
 *
 * <pre>{@code
 * @Property
 * void addIsCommutative(@ForAll("pairs") int[][] shapes) { ... }
 *
 * @Provide
 * Arbitrary<int[][]> pairs() { return Shapes.broadcastablePair(4, 5); }
 * }</pre>
 */
public final class Shapes {
    private Shapes() {
    }

    /** Any shape of rank {@code 0..maxRank} with dims {@code 0..maxDim} (zero-size arrays included). */
    public static Arbitrary<int[]> any(int maxRank, int maxDim) {
        return Arbitraries.integers().between(0, maxDim).list().ofMaxSize(maxRank).map(Shapes::toArray);
    }

    /** Like {@link #any} but every dim is at least 1, so arrays are never empty. */
    public static Arbitrary<int[]> nonEmpty(int maxRank, int maxDim) {
        return Arbitraries.integers().between(1, Math.max(1, maxDim)).list().ofMaxSize(maxRank).map(Shapes::toArray);
    }

    /** Two shapes that broadcast together (NumPy's rules), ranks up to 4, dims up to 5. */
    public static Arbitrary<int[][]> broadcastablePair() {
        return broadcastableTuple(2, 4, 5);
    }

    /** Two shapes that broadcast together. */
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
     */
    public static Arbitrary<int[][]> broadcastableTuple(int n) {
        return broadcastableTuple(n, 4, 5);
    }

    /**
     * {@code n} shapes that broadcast together: a common result shape, from which each
     * operand drops some leading dims and turns some dims into 1 (stretched by broadcasting).
     */
    public static Arbitrary<int[][]> broadcastableTuple(int n, int maxRank, int maxDim) {
        Arbitrary<int[]> result = any(maxRank, maxDim);
        return result.flatMap(shape -> {
            List<Arbitrary<int[]>> operands = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                operands.add(derived(shape));
            }
            return Combinators.combine(operands).as(list -> list.toArray(new int[0][]));
        });
    }

    /** A shape that broadcasts to {@code target}: some leading dims dropped, some dims set to 1. */
    public static Arbitrary<int[]> derived(int[] target) {
        Arbitrary<Integer> drop = Arbitraries.integers().between(0, target.length);
        Arbitrary<List<Boolean>> ones = Arbitraries.of(false, true).list().ofSize(target.length);
        return Combinators.combine(drop, ones).as((d, o) -> {
            int[] s = new int[target.length - d];
            for (int i = 0; i < s.length; i++) {
                s[i] = o.get(d + i) ? 1 : target[d + i];
            }
            return s;
        });
    }

    private static int[] toArray(List<Integer> dims) {
        int[] s = new int[dims.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = dims.get(i);
        }
        return s;
    }
}
