package org.ndvec.pipeline;

import java.util.Objects;
import org.ndvec.NDArray;

/**
 * The sanity checks a pipeline runs before handing arrays to a model or framework.
 * Integer and bool arrays are always finite; string arrays are refused.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * True if any element is NaN. {@code bool(np.isnan(a).any())}
     *
     * @param a the array to scan
     * @return whether some element is NaN (false for integer, bool and empty arrays)
     */
    public static boolean anyNan(NDArray a) {
        Objects.requireNonNull(a, "a");
        if (!a.dtype().isFloating()) {
            refuseStrings(a);
            return false;
        }
        return a.isnan().any().item().equals(Boolean.TRUE);
    }

    /**
     * True if every element is finite (no NaN, no infinity); true for an empty array. {@code bool(np.isfinite(a).all())}
     *
     * @param a the array to scan
     * @return whether no element is NaN or infinite
     */
    public static boolean allFinite(NDArray a) {
        Objects.requireNonNull(a, "a");
        if (!a.dtype().isFloating()) {
            refuseStrings(a);
            return true;
        }
        return a.isfinite().all().item().equals(Boolean.TRUE);
    }

    /**
     * Throws unless every element is finite, naming the first bad one (in C order), as
     * scikit-learn's {@code check_array} does.
     *
     * @param what a name for the message, e.g. {@code "X_train"}
     * @param a the array to scan
     * @throws IllegalArgumentException {@code Input X_train contains NaN (first at index (3, 1)).}
     */
    public static void requireFinite(NDArray a, String what) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(what, "what");
        if (allFinite(a)) {
            return;
        }
        NDArray bad = org.ndvec.Nd.argwhere(a.isfinite().logicalNot());
        long[] first = bad.get("0").toLongArray();
        StringBuilder idx = new StringBuilder("(");
        for (int i = 0; i < first.length; i++) {
            idx.append(i > 0 ? ", " : "").append(first[i]);
        }
        idx.append(first.length == 1 ? ",)" : ")");
        int[] at = new int[first.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = (int) first[i];
        }
        String kind = Double.isNaN(a.getDouble(at)) ? "NaN" : "infinity";
        throw new IllegalArgumentException("Input " + what + " contains " + kind + " (first at index " + idx + ").");
    }

    private static void refuseStrings(NDArray a) {
        if (a.dtype().isString()) {
            throw new IllegalArgumentException("ufunc 'isnan' not supported for the input types (" + a.dtypeDescr() + ")");
        }
    }
}
