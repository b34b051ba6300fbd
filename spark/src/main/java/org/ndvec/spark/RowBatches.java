package org.ndvec.spark;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.ndvec.NDArray;

/**
 * A partition's rows as float32 feature batches of at most {@code batchRows} rows, each a new
 * C-contiguous {@code [rows, features]} array; the rows of the current batch are kept (for
 * {@link NdSpark#mapBatches}, which emits them again with the results). Reading a row costs one
 * {@code row.get} and one {@code floatValue()} per feature, straight into the batch's own
 * {@code float[]}: no per-row array and no second copy (measured against a hand-written loop in
 * perf/spark).
 */
final class RowBatches implements Iterator<NDArray> {
    private final Iterator<Row> rows;
    private final FeatureColumns cols;
    private final int batchRows;
    private final Row[] kept;
    private long rowsRead;
    private int lastRows;

    /**
     * @param keepRows whether {@link #row(int)} must return the rows of the last batch
     */
    RowBatches(Iterator<Row> rows, FeatureColumns cols, int batchRows, boolean keepRows) {
        this.rows = rows;
        this.cols = cols;
        this.batchRows = batchRows;
        this.kept = keepRows ? new Row[batchRows] : null;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    /** The next batch: float32 {@code [rows, features]}, 1 to batchRows rows. */
    @Override
    public NDArray next() {
        if (!rows.hasNext()) {
            throw new NoSuchElementException();
        }
        int f = cols.count();
        // one full-size array per batch, filled in place; only a partition's last, shorter batch
        // is copied to its exact size (growing a small array instead cost two extra copies per batch)
        float[] buf = new float[batchRows * f];
        int n = 0;
        while (n < batchRows && rows.hasNext()) {
            Row r = rows.next();
            cols.readFloats(r, buf, n * f, rowsRead);
            if (kept != null) {
                kept[n] = r;
            }
            n++;
            rowsRead++;
        }
        lastRows = n;
        float[] data = n * f == buf.length ? buf : Arrays.copyOf(buf, n * f);
        return NDArray.wrap(data, n, f);
    }

    /** Row {@code i} of the batch {@link #next()} returned last. */
    Row row(int i) {
        if (i >= lastRows) {
            throw new IndexOutOfBoundsException("row " + i + " of a batch of " + lastRows);
        }
        return kept[i];
    }
}
