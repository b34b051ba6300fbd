package org.ndvec;

import java.util.BitSet;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;

/**
 * Overlap questions between arrays: NumPy's {@code may_share_memory} (extents
 * intersect) and {@code shares_memory} (an element in common, answered exactly).
 */
final class Memory {
    private static final ArrayAccess ACCESS = Internals.access();

    private Memory() {
    }

    /** [lowest, highest] storage offset an array can reach; null when empty. */
    static long[] extent(NDArray a) {
        if (a.size() == 0) {
            return null;
        }
        int[] shape = ACCESS.shape(a);
        int[] strides = ACCESS.strides(a);
        long lo = ACCESS.offset(a);
        long hi = lo;
        for (int i = 0; i < shape.length; i++) {
            long span = (long) (shape[i] - 1) * strides[i];
            if (span < 0) {
                lo += span;
            } else {
                hi += span;
            }
        }
        return new long[] {lo, hi};
    }

    static boolean mayShareMemory(NDArray a, NDArray b) {
        if (ACCESS.data(a) != ACCESS.data(b)) {
            return false;
        }
        long[] ea = extent(a);
        long[] eb = extent(b);
        return ea != null && eb != null && ea[0] <= eb[1] && eb[0] <= ea[1];
    }

    /**
     * Exact answer: marks every offset of one array in a bitset over the common
     * extent, then probes with the other. Linear in the sizes, which is what
     * users asking this question can afford (NumPy's exact solver can be exponential).
     */
    static boolean sharesMemory(NDArray a, NDArray b) {
        if (!mayShareMemory(a, b)) {
            return false;
        }
        long[] ea = extent(a);
        long[] eb = extent(b);
        int lo = (int) Math.max(ea[0], eb[0]);
        int hi = (int) Math.min(ea[1], eb[1]);
        BitSet marks = new BitSet(hi - lo + 1);
        visit(a, lo, hi, p -> {
            marks.set(p - lo);
            return false;
        });
        return visit(b, lo, hi, p -> marks.get(p - lo));
    }

    private interface OffsetTest {
        boolean test(int offset);
    }

    private static boolean visit(NDArray x, int lo, int hi, OffsetTest t) {
        boolean[] hit = {false};
        StridedLoop.plan(ACCESS.shape(x), ACCESS.strides(x)).forEachRow(new int[] {ACCESS.offset(x)},
                (off, n, st) -> {
                    if (hit[0]) {
                        return;
                    }
                    for (int i = 0, p = off[0]; i < n; i++, p += st[0]) {
                        if (p >= lo && p <= hi && t.test(p)) {
                            hit[0] = true;
                            return;
                        }
                    }
                });
        return hit[0];
    }
}
