package org.ndvec.indexing;

import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * NumPy's result dtype for joining arrays ({@code np.result_type} over arrays only):
 * bool < int32 < int64, float32 and float64, where an integer with float32 gives float64
 * (int32 and int64 do not fit float32's 24-bit mantissa) and bool with float32 stays float32.
 *
 * <p>TODO(unify): a local copy so joining does not wait for the elementwise area's
 * promotion module; replace with {@code org.ndvec.ops.Promotion} once both are on main.
 */
final class LocalPromotion {
    private LocalPromotion() {
    }

    static DType resultType(NDArray... arrays) {
        int strings = 0;
        for (NDArray a : arrays) {
            if (a.dtype() == DType.STRING) {
                strings++;
            }
        }
        if (strings == arrays.length && strings > 0) {
            return DType.STRING;
        }
        if (strings > 0) {
            // NumPy 2 would turn the numbers into text (<U21); ndvec asks for it to be explicit.
            throw new IllegalArgumentException("cannot join string and numeric arrays; convert one side with astype first");
        }
        boolean f64 = false;
        boolean f32 = false;
        boolean i64 = false;
        boolean i32 = false;
        for (NDArray a : arrays) {
            switch (a.dtype()) {
                case FLOAT64 -> f64 = true;
                case FLOAT32 -> f32 = true;
                case INT64 -> i64 = true;
                case INT32 -> i32 = true;
                case BOOL, STRING -> { }
            }
        }
        if (f64 || f32 && (i64 || i32)) {
            return DType.FLOAT64;
        }
        if (f32) {
            return DType.FLOAT32;
        }
        if (i64) {
            return DType.INT64;
        }
        return i32 ? DType.INT32 : DType.BOOL;
    }
}
