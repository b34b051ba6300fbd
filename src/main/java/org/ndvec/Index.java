package org.ndvec;

/**
 * One piece of a NumPy index expression, for {@link NDArray#get(Index...)}.
 *
 * <pre>{@code
 * a.get(Index.at(0))                                  // a[0]
 * a.get(Index.slice(1, 3), Index.all())               // a[1:3, :]
 * a.get(Index.slice(null, null, -1))                  // a[::-1]
 * a.get(Index.ellipsis(), Index.newAxis())            // a[..., np.newaxis]
 * a.get(Index.of(0, 2), Index.all())                  // a[[0, 2], :]      (a copy)
 * a.get(Index.of(mask))                               // a[mask]           (a copy)
 * }</pre>
 *
 * The same expressions can be written as NumPy source: {@code a.get("1:3, ::-1, ..., None")},
 * {@code a.get("[0, 2], :")}, {@code a.get("[True, False, True]")}.
 *
 * <p>Integers, slices, {@code newaxis} and ellipsis are <em>basic</em> pieces and give views;
 * an {@link Array} piece (integer or boolean array) makes the whole expression an
 * <em>advanced</em> index, whose result is always a copy.
 */
public sealed interface Index permits Index.At, Index.Slice, Index.NewAxis, Index.Ellipsis, Index.Array {

    /**
     * An integer index: selects one position and removes the axis. {@code a[i]}
     *
     * @param index the position; negative counts from the end
     */
    record At(long index) implements Index {
        @Override
        public String toString() {
            return Long.toString(index);
        }
    }

    /**
     * A slice {@code start:stop:step}; {@code null} stands for an omitted part, as in
     * Python. Keeps the axis; never copies.
     *
     * @param start the first position (negative counts from the end), or {@code null}: the start
     *     of the axis (its end for a negative step)
     * @param stop the position where the slice ends, excluded, or {@code null}: past the last
     *     element in the step's direction
     * @param step the distance between selected positions, not 0, or {@code null} for 1
     */
    record Slice(Long start, Long stop, Long step) implements Index {
        /**
         * Checks the step.
         *
         * @throws IllegalArgumentException {@code slice step cannot be zero}
         */
        public Slice {
            if (step != null && step == 0) {
                throw new IllegalArgumentException("slice step cannot be zero");
            }
        }

        @Override
        public String toString() {
            return (start == null ? "" : start) + ":" + (stop == null ? "" : stop)
                    + (step == null ? "" : ":" + step);
        }
    }

    /** {@code np.newaxis} / {@code None}: inserts an axis of length 1. */
    record NewAxis() implements Index {
        @Override
        public String toString() {
            return "None";
        }
    }

    /** {@code ...}: as many full slices as needed. */
    record Ellipsis() implements Index {
        @Override
        public String toString() {
            return "...";
        }
    }

    /**
     * An integer or boolean index array ("fancy" indexing). Integer arrays of all
     * array pieces broadcast together; a boolean array selects where it is true and
     * stands for {@code nonzero(mask)} over as many axes as it has dims.
     *
     * @param array an integer array of positions (negative counts from the end) or a bool mask
     */
    record Array(NDArray array) implements Index {
        /**
         * Checks the dtype.
         *
         * @throws IndexOutOfBoundsException {@code arrays used as indices must be of integer (or boolean) type}
         */
        public Array {
            java.util.Objects.requireNonNull(array, "array");
            if (array.dtype().isFloating()) {
                throw new IndexOutOfBoundsException("arrays used as indices must be of integer (or boolean) type");
            }
        }

        @Override
        public String toString() {
            return array.repr();
        }
    }

    /**
     * {@code a[i]}; negative {@code i} counts from the end.
     *
     * @param i the position
     * @return the index piece
     */
    static Index at(long i) {
        return new At(i);
    }

    /**
     * {@code a[start:stop]}
     *
     * @param start the first position (negative counts from the end)
     * @param stop the end, excluded (negative counts from the end)
     * @return the index piece
     */
    static Index slice(long start, long stop) {
        return new Slice(start, stop, null);
    }

    /**
     * {@code a[start:stop:step]}
     *
     * @param start the first position (negative counts from the end)
     * @param stop the end, excluded (negative counts from the end)
     * @param step the distance between positions, not 0; negative walks backward
     * @return the index piece
     */
    static Index slice(long start, long stop, long step) {
        return new Slice(start, stop, step);
    }

    /**
     * {@code a[start:stop:step]} with {@code null} for omitted parts, e.g. {@code slice(null, null, -1)} is {@code ::-1}.
     *
     * @param start the first position, or {@code null} for omitted
     * @param stop the end, excluded, or {@code null} for omitted
     * @param step the distance between positions, not 0, or {@code null} for 1
     * @return the index piece
     */
    static Index slice(Long start, Long stop, Long step) {
        return new Slice(start, stop, step);
    }

    /**
     * {@code a[start:]}
     *
     * @param start the first position (negative counts from the end)
     * @return the index piece
     */
    static Index from(long start) {
        return new Slice(start, null, null);
    }

    /**
     * {@code a[:stop]}
     *
     * @param stop the end, excluded (negative counts from the end)
     * @return the index piece
     */
    static Index to(long stop) {
        return new Slice(null, stop, null);
    }

    /**
     * {@code a[:]}
     *
     * @return the index piece that keeps a whole axis
     */
    static Index all() {
        return new Slice(null, null, null);
    }

    /**
     * {@code np.newaxis}
     *
     * @return the index piece that inserts an axis of length 1
     */
    static Index newAxis() {
        return new NewAxis();
    }

    /**
     * {@code ...}
     *
     * @return the index piece that stands for as many whole axes as needed
     */
    static Index ellipsis() {
        return new Ellipsis();
    }

    /**
     * An integer or boolean index array: {@code a[idx]} with {@code idx} an ndarray.
     *
     * @param indices an integer array of positions (negative counts from the end) or a bool mask
     * @return the index piece
     * @throws IndexOutOfBoundsException for float arrays
     *     ({@code arrays used as indices must be of integer (or boolean) type}), as NumPy's IndexError
     */
    static Index of(NDArray indices) {
        return new Array(java.util.Objects.requireNonNull(indices, "indices"));
    }

    /**
     * {@code a[[i, j, ...]]}: an int64 index array.
     *
     * @param indices the positions; negative counts from the end
     * @return the index piece
     */
    static Index of(long... indices) {
        return new Array(Nd.array(java.util.Objects.requireNonNull(indices, "indices")));
    }

    /**
     * {@code a[[i, j, ...]]}: an index array (stored as int64, as NumPy turns a list into).
     *
     * @param indices the positions; negative counts from the end
     * @return the index piece
     */
    static Index of(int... indices) {
        return new Array(Nd.array(java.util.Objects.requireNonNull(indices, "indices")));
    }

    /**
     * {@code a[[True, False, ...]]}: a 1-d boolean mask.
     *
     * @param mask true for each selected position
     * @return the index piece
     */
    static Index of(boolean... mask) {
        return new Array(Nd.array(java.util.Objects.requireNonNull(mask, "mask")));
    }

    /**
     * Parses NumPy index source such as {@code "1:3, ::-1, ..., None"} ({@code np.newaxis}
     * and {@code newaxis} are accepted for {@code None}).
     *
     * @param expression the index as NumPy source
     * @return one piece per comma-separated part
     * @throws IllegalArgumentException naming the piece that cannot be read
     */
    static Index[] parse(String expression) {
        return org.ndvec.indexing.IndexParser.parse(java.util.Objects.requireNonNull(expression, "expression"));
    }
}
