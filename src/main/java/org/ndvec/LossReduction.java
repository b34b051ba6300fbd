package org.ndvec;

/**
 * How a loss folds its per-sample values, as the {@code reduction} argument of PyTorch and
 * Keras losses: {@code MEAN} and {@code SUM} give a 0-d array, {@code NONE} one value per sample.
 */
public enum LossReduction {
    /** The mean over samples (the default). */
    MEAN,
    /** The sum over samples. */
    SUM,
    /** No folding: one loss per sample. */
    NONE
}
