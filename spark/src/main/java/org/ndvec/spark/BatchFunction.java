package org.ndvec.spark;

import java.io.Serializable;
import org.ndvec.NDArray;

/**
 * The per-batch computation of {@link NdSpark#mapBatches}: one call per batch of rows, on an
 * executor. It is serialized with the task, so it may capture only serializable values: numbers,
 * {@link NDArray}s (serializable since ndvec 0.1; ship large ones with a Spark broadcast), fitted
 * scalers' arrays, {@code Broadcast} handles. What pandas users write for {@code mapInPandas}, with
 * a float32 array in place of a DataFrame:
 * <pre>{@code
 * BatchFunction f = x -> Nd.softmax(scaler.transform(x).matmul(w).add(b), 1).argmax(1);
 * }</pre>
 */
@FunctionalInterface
public interface BatchFunction extends Serializable {
    /**
     * Computes the result rows of one batch.
     *
     * @param features float32, shape {@code [rows, featureCols.length]} with
     *                 {@code 1 <= rows <= batchRows} (the last batch of a partition may be shorter),
     *                 C-contiguous and owned by this call: it may be modified or returned
     * @return shape {@code [rows]} when the result schema has one field, or
     *         {@code [rows, fields]}; any numeric or bool dtype, any layout
     */
    NDArray apply(NDArray features);
}
