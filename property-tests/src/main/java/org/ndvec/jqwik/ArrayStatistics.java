package org.ndvec.jqwik;

import net.jqwik.api.statistics.Statistics;
import org.ndvec.NDArray;

/**
 * Collects what a property's arrays were like into jqwik statistics, so a run reports what it
 * covered: dtype, rank, layout ({@link Layout#of}), size class and writeability. jqwik prints
 * the tables after the property ({@code jqwik.reporting.onlyfailures=false}, the default), and
 * {@code Statistics.label("layout").coverage(...)} can demand a share.
 *
 * <pre>{@code
 * @Property
 * void sumIsFinite(@ForAll @Finite NDArray x) {
 *     ArrayStatistics.collect(x);   // "dtype", "rank", "layout", "size", "writeable"
 *     ...
 * }
 * }</pre>
 */
public final class ArrayStatistics {
    private ArrayStatistics() {
    }

    /**
     * Counts the array under the labels dtype, rank, layout, size and writeable.
     *
     * @param a the array drawn for the property
     */
    public static void collect(NDArray a) {
        Statistics.label("dtype").collect(a.dtype().toString());
        Statistics.label("rank").collect(a.ndim());
        Statistics.label("layout").collect(Layout.of(a).name());
        Statistics.label("size").collect(sizeClass(a.size()));
        Statistics.label("writeable").collect(a.isWriteable());
    }

    /**
     * "empty", "1", "2-9" or "10+".
     *
     * @param size an array's number of elements
     * @return the size class label
     */
    public static String sizeClass(int size) {
        return size == 0 ? "empty" : size == 1 ? "1" : size < 10 ? "2-9" : "10+";
    }
}
