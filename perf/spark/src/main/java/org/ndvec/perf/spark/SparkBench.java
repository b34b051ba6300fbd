package org.ndvec.perf.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.pipeline.Standardizer;
import org.ndvec.random.RandomState;
import org.ndvec.spark.BatchFunction;
import org.ndvec.spark.NdSpark;

/**
 * One user-level Spark workload in a fresh local[2] JVM, timed from its first pass: what a Spark
 * executor that has just started sees. perf/spark-bench runs each mode in its own process,
 * interleaved, and prints the medians.
 *
 * <p>Data: {@code rows} x 16 float columns (uniform, seeded), 4 partitions, cached and counted
 * before timing, so a pass measures the conversion and the computation, not data generation.
 * Modes:
 * <ul>
 *   <li>{@code convert-hand}: mapPartitions, {@code row.getFloat(j)} into a reused
 *       {@code float[4096 * 16]}, one checksum per batch: the hand-written loop.</li>
 *   <li>{@code convert-ndvec}: the same through {@code NdSpark.featureBatches}.</li>
 *   <li>{@code e2e-hand}: mapPartitions with plain Java loops per row: standardize, 16x64
 *       matmul + bias, softmax ({@code Math.exp}), argmax; each input row is emitted with its
 *       label.</li>
 *   <li>{@code e2e-ndvec}: the same with {@code NdSpark.mapBatches} (batches of 4096 rows) and
 *       {@code Nd.softmax(scaler.transform(x).matmul(w).add(b), 1).argmax(1)}.</li>
 * </ul>
 * Every pass writes its output to Spark's {@code noop} sink, which materializes every column.
 * Prints {@code RESULT mode first_s warm_s checksum}, warm being the best of the next passes.
 */
public final class SparkBench {
    static final int FEATURES = 16;
    static final int CLASSES = 64;
    static final int BATCH = 4096;

    private SparkBench() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int warmPasses = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("ndvec spark bench")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            StringBuilder cols = new StringBuilder("id");
            for (int j = 0; j < FEATURES; j++) {
                cols.append(",cast(rand(").append(j).append(") * ").append(j + 1).append(" as float) as x").append(j);
            }
            Dataset<Row> data = spark.range(0, rows, 1, 4).selectExpr(cols.toString().split(",")).cache();
            data.count();
            Model model = Model.of(NdSpark.fitStandardizer(data, names()));
            double first = pass(spark, data, mode, model);
            double warm = Double.POSITIVE_INFINITY;
            for (int i = 0; i < warmPasses; i++) {
                warm = Math.min(warm, pass(spark, data, mode, model));
            }
            System.out.printf("RESULT %s %.3f %.3f %s%n", mode, first, warm, model.checksum);
        } finally {
            spark.stop();
        }
    }

    static String[] names() {
        String[] n = new String[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            n[j] = "x" + j;
        }
        return n;
    }

    /** Seconds of one pass of {@code mode}. */
    static double pass(SparkSession spark, Dataset<Row> data, String mode, Model m) {
        long t0 = System.nanoTime();
        switch (mode) {
            case "convert-hand" -> m.checksum = sum(data.mapPartitions(convertHand(data), Encoders.DOUBLE()));
            case "convert-ndvec" -> m.checksum = sum(data.mapPartitions(convertNdvec(data), Encoders.DOUBLE()));
            case "e2e-hand" -> data.mapPartitions(e2eHand(m), Encoders.row(withLabel(data)))
                    .write().format("noop").mode("overwrite").save();
            case "e2e-ndvec" -> NdSpark.mapBatches(data, names(), BATCH, e2eNdvec(m),
                    new StructType().add("label", DataTypes.IntegerType, false))
                    .write().format("noop").mode("overwrite").save();
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double sum(Dataset<Double> d) {
        double s = 0;
        for (double v : d.collectAsList()) {
            s += v;
        }
        return s;
    }

    private static StructType withLabel(Dataset<Row> data) {
        return data.schema().add("label", DataTypes.IntegerType, false);
    }

    /** Feature positions in the data's rows: x0..x15 follow id. */
    private static int[] positions(Dataset<Row> data) {
        int[] p = new int[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            p[j] = data.schema().fieldIndex("x" + j);
        }
        return p;
    }

    static MapPartitionsFunction<Row, Double> convertHand(Dataset<Row> data) {
        int[] p = positions(data);
        return rows -> {
            float[] buf = new float[BATCH * FEATURES];
            double checksum = 0;
            while (rows.hasNext()) {
                int n = 0;
                while (n < BATCH && rows.hasNext()) {
                    Row r = rows.next();
                    for (int j = 0; j < FEATURES; j++) {
                        buf[n * FEATURES + j] = r.getFloat(p[j]);
                    }
                    n++;
                }
                checksum += buf[0] + buf[(n - 1) * FEATURES + FEATURES - 1];
            }
            return List.of(checksum).iterator();
        };
    }

    static MapPartitionsFunction<Row, Double> convertNdvec(Dataset<Row> data) {
        StructType schema = data.schema();
        String[] cols = names();
        return rows -> {
            Iterator<NDArray> batches = NdSpark.featureBatches(rows, schema, cols, BATCH);
            double checksum = 0;
            while (batches.hasNext()) {
                NDArray b = batches.next();
                checksum += b.getFloat(0, 0) + b.getFloat(-1, -1);
            }
            return List.of(checksum).iterator();
        };
    }

    static MapPartitionsFunction<Row, Row> e2eHand(Model m) {
        float[] mean = m.mean;
        float[] scale = m.scale;
        float[] w = m.w;
        float[] b = m.b;
        return rows -> new Iterator<Row>() {
            private final float[] x = new float[FEATURES];
            private final float[] z = new float[CLASSES];
            private int[] p;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                if (p == null) {
                    p = new int[FEATURES];
                    for (int j = 0; j < FEATURES; j++) {
                        p[j] = r.fieldIndex("x" + j);
                    }
                }
                for (int j = 0; j < FEATURES; j++) {
                    x[j] = (r.getFloat(p[j]) - mean[j]) / scale[j];
                }
                for (int k = 0; k < CLASSES; k++) {
                    float acc = b[k];
                    for (int j = 0; j < FEATURES; j++) {
                        acc += x[j] * w[j * CLASSES + k];
                    }
                    z[k] = acc;
                }
                float max = z[0];
                for (int k = 1; k < CLASSES; k++) {
                    max = Math.max(max, z[k]);
                }
                float total = 0;
                for (int k = 0; k < CLASSES; k++) {
                    z[k] = (float) Math.exp(z[k] - max);
                    total += z[k];
                }
                int best = 0;
                for (int k = 0; k < CLASSES; k++) {
                    z[k] /= total;
                    best = z[k] > z[best] ? k : best;
                }
                Object[] values = new Object[r.length() + 1];
                for (int i = 0; i < r.length(); i++) {
                    values[i] = r.get(i);
                }
                values[r.length()] = best;
                return RowFactory.create(values);
            }
        };
    }

    static BatchFunction e2eNdvec(Model m) {
        Standardizer scaler = m.scaler;
        NDArray w = NDArray.wrap(m.w, FEATURES, CLASSES);
        NDArray b = NDArray.wrap(m.b, CLASSES);
        return x -> Nd.softmax(scaler.transform(x).matmul(w).add(b), 1).argmax(1);
    }

    /** The fitted scaler and a seeded 16x64 layer, as arrays for the hand-written loop too. */
    static final class Model {
        Standardizer scaler;
        float[] mean;
        float[] scale;
        float[] w;
        float[] b;
        double checksum;

        static Model of(Standardizer s) {
            Model m = new Model();
            m.scaler = s;
            m.mean = s.mean().toFloatArray();
            m.scale = s.scale().toFloatArray();
            RandomState rng = new RandomState(42);
            m.w = rng.randn(FEATURES, CLASSES).astype(DType.FLOAT32).toFloatArray();
            m.b = rng.randn(CLASSES).astype(DType.FLOAT32).toFloatArray();
            return m;
        }
    }
}
