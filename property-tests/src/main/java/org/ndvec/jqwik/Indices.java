package org.ndvec.jqwik;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * jqwik generators of valid NumPy indices for an array of a given shape: basic indices (ints,
 * slices, newaxis, ellipsis) as {@code Index[]} or as the source text {@code a.get(String)}
 * reads, integer-array indices and boolean masks. Everything shrinks toward {@code :} and 0.
 *
 * <pre>{@code
 * @Property
 * void basicIndexingGivesAView(@ForAll("cases") Tuple2<NDArray, Index[]> c) {
 *     NDArray v = c.get1().get(c.get2());
 *     assertTrue(v.size() == 0 || Nd.sharesMemory(v, c.get1()));
 * }
 *
 * @Provide
 * Arbitrary<Tuple2<NDArray, Index[]>> cases() {
 *     return Arrays.float64s().writeable().flatMap(a -> Indices.basic(a.shape()).map(ix -> Tuple.of(a, ix)));
 * }
 * }</pre>
 */
public final class Indices {
    private Indices() {
    }

    /** One axis' piece: kind 0 is {@code :}-like slice, 1 an integer; the rest are the slice's parts. */
    private record Piece(int kind, int start, int stop, int step, int omit) {
    }

    /**
     * Basic indices of an array of {@code shape}: per axis an integer or a slice (any start, stop
     * and step, omitted parts included), sometimes an ellipsis in place of some axes, up to two
     * {@code newaxis}, and trailing axes left out ({@code hypothesis.extra.numpy.basic_indices}).
     * Integers are always in bounds; slices may reach past the ends, as Python allows.
     *
     * @param shape the shape of the array to index
     * @return an arbitrary of index tuples, one piece per entry
     */
    public static Arbitrary<Index[]> basic(int... shape) {
        int[] s = shape.clone();
        int r = s.length;
        Arbitrary<Piece> piece = Combinators.combine(
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(-6, 6),
                        Arbitraries.integers().between(-6, 6),
                        Arbitraries.of(1, 2, -1, 3, -2),
                        Arbitraries.integers().between(0, 7))
                .as(Piece::new);
        return Combinators.combine(
                        piece.list().ofSize(r),
                        Arbitraries.integers().between(-1, r),      // ellipsis at (or none)
                        Arbitraries.integers().between(0, r),       // axes it covers
                        Arbitraries.integers().between(0, r),       // trailing axes left out
                        Arbitraries.integers().between(0, r + 1).list().ofMaxSize(2)) // newaxis positions
                .as((pieces, ellipsisAt, covered, leftOut, newAxes) -> {
                    List<Index> ix = new ArrayList<>();
                    int axes = ellipsisAt >= 0 ? r : r - leftOut;
                    for (int i = 0; i < axes; i++) {
                        if (ellipsisAt >= 0 && i == ellipsisAt) {
                            ix.add(Index.ellipsis());
                            i += Math.min(covered, r - i) - 1;
                            continue;
                        }
                        ix.add(axisIndex(pieces.get(i), s[i]));
                    }
                    if (ellipsisAt == r) {
                        ix.add(Index.ellipsis());
                    }
                    for (int p : newAxes) {
                        ix.add(Math.min(p, ix.size()), Index.newAxis());
                    }
                    return ix.toArray(new Index[0]);
                });
    }

    /**
     * {@link #basic} indices as NumPy source text, the way {@code a.get("1:3, ::-1, ..., None")}
     * reads them ({@code ()} for the empty index).
     *
     * @param shape the shape of the array to index
     * @return an arbitrary of index expressions such as {@code "1:3, ::-1, ..., None"}
     */
    public static Arbitrary<String> basicStrings(int... shape) {
        return basic(shape).map(Indices::source);
    }

    /**
     * The NumPy source of an index: {@code 1:3, ::-1, ..., None}; {@code ()} when it is empty.
     *
     * @param index the index pieces
     * @return the source text, comma-separated
     */
    public static String source(Index... index) {
        if (index.length == 0) {
            return "()";
        }
        StringBuilder s = new StringBuilder();
        for (Index i : index) {
            s.append(s.isEmpty() ? "" : ", ").append(i);
        }
        return s.toString();
    }

    private static Index axisIndex(Piece p, int dim) {
        if (p.kind() == 1 && dim > 0) {
            // any in-bounds integer, negative ones included
            int i = Math.floorMod(p.start(), 2 * dim) - dim;
            return Index.at(i);
        }
        Long start = (p.omit() & 1) != 0 ? null : (long) p.start();
        Long stop = (p.omit() & 2) != 0 ? null : (long) p.stop();
        Long step = (p.omit() & 4) != 0 ? null : (long) p.step();
        return p.omit() == 7 ? Index.all() : Index.slice(start, stop, step);
    }

    /**
     * Integer-array indices of an array of {@code shape}: one int64 index array per axis, their
     * shapes broadcasting together to a result shape of rank 1 or 2, every value in bounds
     * (negative ones included) ({@code hypothesis.extra.numpy.integer_array_indices}).
     *
     * @param shape the shape of the array to index, at least 1-d, no axis of length 0
     * @return an arbitrary of index tuples, one int64 index array per axis
     * @throws IllegalArgumentException if an axis has length 0 (no index is valid) or shape is 0-d
     */
    public static Arbitrary<Index[]> integerArrays(int... shape) {
        int[] s = shape.clone();
        if (s.length == 0) {
            throw new IllegalArgumentException("a 0-d array takes no integer-array index");
        }
        for (int d : s) {
            if (d == 0) {
                throw new IllegalArgumentException("no integer index is valid on an axis of length 0");
            }
        }
        return Shapes.of(1, 2, 1, 4).flatMap(result -> {
            List<Arbitrary<Index>> arrays = new ArrayList<>();
            for (int d : s) {
                arrays.add(Shapes.broadcastableTo(result).flatMap(shape1 -> {
                    int n = 1;
                    for (int x : shape1) {
                        n *= x;
                    }
                    return Arbitraries.longs().between(-d, d - 1).shrinkTowards(0).list().ofSize(n)
                            .map(v -> Index.of(Nd.array(v.stream().mapToLong(Long::longValue).toArray()).reshape(shape1)));
                }));
            }
            return Combinators.combine(arrays).as(list -> list.toArray(new Index[0]));
        });
    }

    /**
     * Boolean masks of {@code shape} ({@code a[mask]} selects where they are true), all-false and all-true included.
     *
     * @param shape the shape of the masks
     * @return an arbitrary of bool arrays of that shape
     */
    public static Arbitrary<NDArray> booleanMasks(int... shape) {
        return new NDArrayArbitrary(List.of(DType.BOOL)).shape(shape).layouts(Layout.CONTIGUOUS).writeable();
    }
}
