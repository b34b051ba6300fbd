package org.ndvec.internal;

import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * What the library's own packages may do with an {@link NDArray} that users may
 * not: reach the storage and build views from raw strides. Implemented inside
 * {@code org.ndvec} and handed out by {@link Internals}, the pattern the JDK uses
 * for its own cross-package internals, so the public class exposes none of it.
 *
 * <p>Arrays returned by {@code shape}/{@code strides} are the live fields: never modify them.
 */
public interface ArrayAccess {
    /** The backing primitive array (float[], double[], int[], long[] or byte[]). */
    Object data(NDArray a);

    /** Element offset of [0, ..., 0] in the storage. */
    int offset(NDArray a);

    /** The live shape array. */
    int[] shape(NDArray a);

    /** The live element strides. */
    int[] strides(NDArray a);

    /**
     * A view of {@code of}'s storage with another shape, strides and offset. The
     * caller guarantees every reachable offset is inside the storage. The view is
     * writeable iff {@code of} is.
     */
    NDArray view(NDArray of, int[] shape, int[] strides, int offset);

    /** A read-only view, as broadcast views are. */
    NDArray readOnlyView(NDArray of, int[] shape, int[] strides, int offset);

    /**
     * A new array owning {@code data}, laid out C-contiguously with {@code shape}. String storage
     * may be filled afterwards: such an array's width is its longest element whenever asked
     * (prefer {@link #wrapLike} to keep a source array's width, as NumPy does).
     */
    NDArray wrap(Object data, DType dtype, int[] shape);

    /**
     * A new owner of {@code data} with {@code like}'s dtype, and for strings its width (a copy or
     * selection of a {@code <U7} array stays {@code <U7}, as in NumPy, even if its elements are shorter).
     * String elements must come from a string array of the same width (they are not checked again).
     */
    NDArray wrapLike(NDArray like, Object data, int[] shape);

    /** A new owner of string storage with the given width; elements are normalized in place (null to '', truncated). */
    NDArray wrapString(String[] data, int width, int[] shape);

    /** The code-point width of a string array ({@code <U7} -> 7), 0 for other dtypes. */
    int stringWidth(NDArray a);
}
