package org.ndvec.spark;

import java.io.Serial;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * The partition function behind {@link NdSpark#mapBatches}: reads a batch of rows, calls the
 * {@link BatchFunction} once, then emits each input row followed by its result fields, lazily, so
 * a partition never holds more than one batch of rows.
 */
final class BatchMapper implements MapPartitionsFunction<Row, Row> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final FeatureColumns features;
    private final ResultFields results;
    private final int batchRows;
    private final BatchFunction fn;
    private final int inputWidth;

    BatchMapper(FeatureColumns features, ResultFields results, int batchRows, BatchFunction fn, int inputWidth) {
        this.features = features;
        this.results = results;
        this.batchRows = batchRows;
        this.fn = fn;
        this.inputWidth = inputWidth;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        RowBatches batches = new RowBatches(input, features, batchRows, true);
        TaskContext task = TaskContext.get();
        int taskCpus = task == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, task.cpus());
        return new Iterator<>() {
            private Object[] columns;
            private int rows;
            private int next;

            @Override
            public boolean hasNext() {
                return next < rows || batches.hasNext();
            }

            @Override
            public Row next() {
                if (next == rows) {
                    if (!batches.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    NDArray x = batches.next();
                    rows = x.shape(0);
                    // Spark runs a task per spark.task.cpus cores already: each batch's operations
                    // use that many threads, not ndvec.threads more on cores other tasks are using
                    NDArray y = Nd.withThreads(taskCpus, () -> fn.apply(x));
                    columns = results.columns(y, rows);
                    next = 0;
                }
                Row in = batches.row(next);
                Object[] values = new Object[inputWidth + columns.length];
                for (int i = 0; i < inputWidth; i++) {
                    values[i] = in.get(i);
                }
                for (int k = 0; k < columns.length; k++) {
                    values[inputWidth + k] = ResultFields.value(columns[k], next);
                }
                next++;
                return RowFactory.create(values);
            }
        };
    }
}
