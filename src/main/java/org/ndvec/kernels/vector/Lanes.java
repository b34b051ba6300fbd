package org.ndvec.kernels.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/**
 * Lane sums in one fixed order. {@code reduceLanes(ADD)} leaves the order of the additions
 * unspecified, and it differs between C2's intrinsic (a tree) and the interpreter's fallback
 * (lane by lane): the same row then summed to different last bits depending on which thread
 * ran it in which compilation state (ParallelReductionsTest caught a 1-ulp difference between
 * 1 and 4 threads). Halving with {@code slice} is the same IEEE additions in every mode.
 */
final class Lanes {
    private Lanes() {
    }

    /** Sum of the lanes: pairs at distance len/2, then len/4, ..., then lane 0. */
    static float sum(FloatVector v) {
        for (int half = v.length() / 2; half >= 1; half /= 2) {
            v = v.add(v.slice(half));
        }
        return v.lane(0);
    }

    /** As {@link #sum(FloatVector)} for doubles. */
    static double sum(DoubleVector v) {
        for (int half = v.length() / 2; half >= 1; half /= 2) {
            v = v.add(v.slice(half));
        }
        return v.lane(0);
    }
}
