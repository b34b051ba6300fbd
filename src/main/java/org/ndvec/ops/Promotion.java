package org.ndvec.ops;

import org.ndvec.DType;

/**
 * NumPy 2's dtype promotion (NEP 50) for ndvec's dtypes.
 *
 * <p>Between arrays: bool gives way to anything; int32 with int64 is int64; any integer
 * with float32 is float64 (float32 cannot hold every int32); float32 with float64 is float64.
 * Java scalars are "weak" (NEP 50's Python scalars): they take the array's dtype when their
 * kind (bool &lt; integer &lt; float) is not higher, so {@code float32 * 2.0 -> float32}
 * and {@code int32 + 1 -> int32}, while {@code int32 + 1.5 -> float64} and
 * {@code bool + 1 -> int64} take the default type of the scalar's kind.
 */
public final class Promotion {
    private Promotion() {
    }

    /** {@code np.result_type(a, b)} for two array dtypes. */
    public static DType promote(DType a, DType b) {
        if (a == b || b == DType.BOOL) {
            return a;
        }
        if (a == DType.BOOL) {
            return b;
        }
        if (a.isInteger() && b.isInteger()) {
            return DType.INT64;
        }
        return DType.FLOAT64; // float32 with float64 or with any integer, or float64 with anything
    }

    /** The dtype a weak scalar of {@code kind} takes next to an array of {@code array}'s dtype. */
    public static DType weak(DType array, DType.Kind kind) {
        if (kind.ordinal() <= array.kind().ordinal()) {
            return array;
        }
        return kind == DType.Kind.INTEGER ? DType.INT64 : DType.FLOAT64;
    }

    /**
     * NumPy's {@code np.can_cast(from, to, casting='same_kind')}: safe casts plus casts within a kind
     * (float64 -> float32, int64 -> int32), never down a kind (float -> int, int -> bool).
     */
    public static boolean canCastSameKind(DType from, DType to) {
        return from.kind().ordinal() <= to.kind().ordinal();
    }
}
