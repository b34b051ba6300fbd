package org.ndvec.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.NdInfo;
import org.ndvec.pipeline.MinMaxScaler;
import org.ndvec.pipeline.Standardizer;

/**
 * ndvec on Apache Spark: vectorized batches inside {@code mapPartitions}, and the fits of
 * {@code org.ndvec.pipeline} computed over a whole distributed data set.
 *
 * <p>The pattern is PySpark's {@code mapInPandas} with ndvec arrays: each partition is cut into
 * float32 batches of at most {@code batchRows} rows, a {@link BatchFunction} computes one result per
 * row with whole-array ndvec operations, and the result becomes new columns. Fits such as
 * {@link #fitStandardizer} merge per-partition statistics on the driver and return the same
 * {@link Standardizer} class that a single JVM fits, so the model is applied the same way
 * everywhere.
 *
 * <p>Run executors with {@code --add-modules jdk.incubator.vector} in
 * {@code spark.executor.extraJavaOptions}: without the module the scalar kernels serve (ndvec logs
 * one WARNING line per executor, and {@link #executorInfo} reports it). Spark already runs one
 * task per {@code spark.task.cpus} cores, so {@link #mapBatches} runs each batch's operations with
 * that many threads ({@link Nd#withThreads}); ndvec's kernel warm-up keeps its background thread.
 */
public final class NdSpark {
    private NdSpark() {
    }

    /**
     * Applies {@code fn} to the rows of {@code input} in float32 batches and appends its results as
     * new columns. {@code df.mapInPandas(f, schema)} in PySpark, with the input columns kept.
     * Lazy, as every Dataset transformation: errors found on the executors (a null cell, a result of
     * the wrong shape) surface when an action runs, as a {@code SparkException} whose message and
     * cause carry ndvec's message.
     *
     * @param input        the rows; every column is kept in the output, in order
     * @param featureCols  the numeric columns (byte, short, int, bigint, float, double, decimal)
     *                     that form each batch's columns, in this order
     * @param batchRows    rows per batch, at least 1; the last batch of a partition may be shorter.
     *                     A batch takes {@code 4 * batchRows * featureCols.length} bytes plus what
     *                     {@code fn} allocates; 4096 to 65536 rows amortize ndvec's per-call costs
     * @param fn           one call per batch: float32 {@code [rows, featureCols.length]} in,
     *                     {@code [rows]} or {@code [rows, resultSchema.size()]} out
     * @param resultSchema the appended fields: int, bigint, float or double; values are cast from
     *                     the result as NumPy's {@code astype} casts
     * @return {@code input}'s columns followed by {@code resultSchema}'s fields, one row per input row,
     *     in the input's order within each partition
     * @throws IllegalArgumentException (at once, on the driver) for {@code batchRows < 1}, no or a
     *     missing or non-numeric feature column, an unsupported or clashing result field
     */
    public static Dataset<Row> mapBatches(Dataset<Row> input, String[] featureCols, int batchRows, BatchFunction fn,
                                          StructType resultSchema) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(fn, "fn");
        StructType in = input.schema();
        FeatureColumns cols = batchColumns(in, featureCols, batchRows);
        ResultFields results = ResultFields.of(resultSchema, in);
        List<StructField> fields = new ArrayList<>(List.of(in.fields()));
        fields.addAll(List.of(resultSchema.fields()));
        StructType out = new StructType(fields.toArray(StructField[]::new));
        return input.mapPartitions(new BatchMapper(cols, results, batchRows, fn, in.size()), Encoders.row(out));
    }

    /**
     * The rows of one partition as float32 feature batches, for code that writes its own
     * {@code mapPartitions} (per-partition training, aggregation, custom output). Reads exactly as
     * {@link #mapBatches} does.
     *
     * <pre>{@code
     * String[] cols = {"x0", "x1"};
     * StructType schema = df.schema();
     * df.mapPartitions((MapPartitionsFunction<Row, Double>) rows -> {
     *     Iterator<NDArray> batches = NdSpark.featureBatches(rows, schema, cols, 4096);
     *     ...
     * }, Encoders.DOUBLE());
     * }</pre>
     *
     * @param rows      a partition's rows, with schema {@code schema}
     * @param schema    the rows' schema ({@code df.schema()}, captured on the driver)
     * @param cols      numeric feature columns
     * @param batchRows rows per batch, at least 1
     * @return batches of float32 {@code [rows, cols.length]}, each a new array, the last one possibly shorter
     * @throws IllegalArgumentException as {@link #mapBatches}; a null cell when its batch is read
     */
    public static Iterator<NDArray> featureBatches(Iterator<Row> rows, StructType schema, String[] cols, int batchRows) {
        Objects.requireNonNull(rows, "rows");
        return new RowBatches(rows, batchColumns(schema, cols, batchRows), batchRows, false);
    }

    /** Resolves the feature columns and checks that a batch of {@code batchRows} rows fits one float[]. */
    private static FeatureColumns batchColumns(StructType schema, String[] cols, int batchRows) {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be at least 1, got " + batchRows);
        }
        FeatureColumns fc = FeatureColumns.resolve(schema, cols);
        if ((long) batchRows * fc.count() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("batchRows " + batchRows + " x " + fc.count()
                    + " feature columns is more floats than one Java array holds; use smaller batches");
        }
        return fc;
    }

    /**
     * Fits a {@link Standardizer} to the whole data set: each partition computes its column count,
     * mean and sum of squared deviations in float64, and the driver merges them with Chan et al.'s
     * parallel update. Equal to {@code Standardizer.fit} on the collected float64 data within float64
     * rounding. {@code StandardScaler().fit(df[cols])}
     *
     * @param data the data set
     * @param cols the numeric feature columns, in the order the standardizer's columns take
     * @return the standardizer fitted to every row of {@code cols}
     * @throws IllegalArgumentException for a missing or non-numeric column, a null cell, or no rows
     */
    public static Standardizer fitStandardizer(Dataset<Row> data, String[] cols) {
        ColumnStats s = stats(data, cols);
        return Standardizer.fromMoments(s.count, s.mean, s.variance());
    }

    /**
     * {@link #fitMinMaxScaler(Dataset, String[], double, double)} to the range [0, 1]. {@code MinMaxScaler().fit(df[cols])}
     *
     * @param data the data set
     * @param cols the numeric feature columns, in the order the scaler's columns take
     * @return the scaler fitted to every row of {@code cols}
     */
    public static MinMaxScaler fitMinMaxScaler(Dataset<Row> data, String[] cols) {
        return fitMinMaxScaler(data, cols, 0.0, 1.0);
    }

    /**
     * Fits a {@link MinMaxScaler} to the whole data set from merged per-partition minima and maxima;
     * equal, bit for bit, to {@code MinMaxScaler.fit} on the collected float64 data (NaN propagates as
     * there). {@code MinMaxScaler(feature_range=(min, max)).fit(df[cols])}
     *
     * @param data the data set
     * @param cols the numeric feature columns, in the order the scaler's columns take
     * @param min the low end of the target range
     * @param max the high end of the target range, above {@code min}
     * @return the scaler fitted to every row of {@code cols}
     * @throws IllegalArgumentException if {@code min >= max}, for a missing or non-numeric column, a null cell, or no rows
     */
    public static MinMaxScaler fitMinMaxScaler(Dataset<Row> data, String[] cols, double min, double max) {
        ColumnStats s = stats(data, cols);
        return MinMaxScaler.fromRange(s.min, s.max, min, max);
    }

    private static ColumnStats stats(Dataset<Row> data, String[] cols) {
        Objects.requireNonNull(data, "data");
        FeatureColumns all = FeatureColumns.resolve(data.schema(), cols);
        // read only the feature columns: Spark prunes the others before they are deserialized
        Column[] selected = new Column[cols.length];
        for (int j = 0; j < cols.length; j++) {
            selected[j] = data.col("`" + cols[j].replace("`", "``") + "`");
        }
        Dataset<Row> narrow = data.select(selected);
        FeatureColumns pruned = FeatureColumns.resolve(narrow.schema(), all.names());
        ColumnStats s = narrow.javaRDD()
                .mapPartitions(rows -> List.of(ColumnStats.ofPartition(rows, pruned)).iterator())
                .treeReduce(ColumnStats::merge);
        if (s.count == 0) {
            throw new IllegalArgumentException("Found array with 0 sample(s) (shape=(0, " + cols.length
                    + ")) while a minimum of 1 is required.");
        }
        return s;
    }

    /**
     * {@link Nd#info()} as seen by the executors, keyed by executor id ({@code "driver"} in local
     * mode): which kernels, vector width and threads the tasks there actually got. Runs one small
     * job with {@code defaultParallelism} tasks; an executor that receives none of them is not
     * listed.
     *
     * @param spark the session whose executors are asked
     * @return each executor's {@link NdInfo}, by executor id
     */
    public static Map<String, NdInfo> executorInfo(SparkSession spark) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int tasks = Math.max(1, sc.defaultParallelism());
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            slots.add(i);
        }
        Map<String, NdInfo> out = new TreeMap<>();
        for (Object[] pair : sc.parallelize(slots, tasks)
                .map(i -> new Object[] {SparkEnv.get().executorId(), Nd.info()})
                .collect()) {
            out.put((String) pair[0], (NdInfo) pair[1]);
        }
        return out;
    }
}
