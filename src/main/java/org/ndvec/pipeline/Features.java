package org.ndvec.pipeline;

import org.ndvec.DType;
import org.ndvec.NDArray;

/** Shared argument checks and dtype rules of the scalers. */
final class Features {
    private Features() {
    }

    /** The dtype scaled output has: float32 stays float32, everything else numeric becomes float64. */
    static DType outputType(NDArray x) {
        if (x.dtype().isString()) {
            throw new IllegalArgumentException("could not convert string to float: a " + x.dtypeDescr()
                    + " array cannot be scaled; label-encode it first (Nd.labelEncode)");
        }
        return x.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** A fit needs a 2-d (samples, features) array with at least one sample, as scikit-learn's does. */
    static void checkFit(NDArray x, String who) {
        outputType(x);
        if (x.ndim() != 2) {
            throw new IllegalArgumentException("Expected 2D array, got " + x.ndim() + "D array instead (" + who + ".fit)");
        }
        if (x.shape(0) == 0) {
            throw new IllegalArgumentException("Found array with 0 sample(s) (shape=(0, " + x.shape(1)
                    + ")) while a minimum of 1 is required by " + who + ".");
        }
    }

    /** scikit-learn's check that {@code transform} sees as many features as {@code fit} did. */
    static void checkWidth(NDArray x, int features, String who) {
        outputType(x);
        int got = x.ndim() == 0 ? -1 : x.shape(x.ndim() - 1);
        if (x.ndim() != 2 || got != features) {
            throw new IllegalArgumentException("X has " + (x.ndim() == 2 ? got + " features" : "shape " + java.util.Arrays.toString(x.shape()))
                    + ", but " + who + " is expecting " + features + " features as input.");
        }
    }
}
