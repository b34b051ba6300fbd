package org.ndvec.examples.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
import org.ndvec.strings.LabelEncoding;

/**
 * A feature pipeline on Spark, end to end: the Iris CSV read into a DataFrame, a Standardizer fitted
 * over all partitions ({@link NdSpark#fitStandardizer}), a softmax-regression layer trained on the
 * driver, then applied to every row in float32 batches ({@link NdSpark#mapBatches}: linear layer,
 * softmax, argmax) and written as Parquet with the predicted species and its probability.
 *
 * <p>Run: {@code mvn -q -Pspark-example -DskipTests -pl examples/spark -am package}. On a cluster
 * the same code runs unchanged under {@code spark-submit}; give the executors
 * {@code --add-modules jdk.incubator.vector -Dndvec.threads=1} (README, "Scale out on Spark").
 */
public final class SparkIris {
    static final String[] FEATURES = {"sepal_length", "sepal_width", "petal_length", "petal_width"};

    private SparkIris() {
    }

    /** What a run produced, read back from the Parquet output. */
    public record Summary(long rows, double accuracy, List<String> columns) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "iris-scored.parquet");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("ndvec Iris on Spark")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            System.out.println(NdSpark.executorInfo(spark).values().iterator().next());
            Summary s = run(spark, out);
            System.out.printf("wrote %d rows with columns %s to %s%ntraining accuracy %.4f%n", s.rows(), s.columns(),
                    out, s.accuracy());
        } finally {
            spark.stop();
        }
    }

    /** The whole pipeline: reads iris.csv from the class path, writes {@code out} (replaced). */
    public static Summary run(SparkSession spark, Path out) throws IOException {
        // 1. CSV to DataFrame (Spark reads files, so the bundled CSV is copied out first)
        Path csv = Files.createTempFile("iris", ".csv");
        try (InputStream in = SparkIris.class.getResourceAsStream("/iris.csv")) {
            Files.copy(in, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Dataset<Row> flowers = spark.read().option("header", true).option("inferSchema", true)
                .csv(csv.toString()).repartition(3).cache();

        // 2. A Standardizer fitted over every partition (merged moments), the same class as in one JVM
        Standardizer scaler = NdSpark.fitStandardizer(flowers, FEATURES);

        // 3. A softmax-regression layer trained on the driver (150 rows fit there; a large data set
        //    would be sampled), with the distributed scaler's statistics
        List<Row> sample = flowers.select("sepal_length", "sepal_width", "petal_length", "petal_width", "species")
                .collectAsList();
        float[] xs = new float[sample.size() * FEATURES.length];
        String[] species = new String[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            for (int j = 0; j < FEATURES.length; j++) {
                xs[i * FEATURES.length + j] = (float) sample.get(i).getDouble(j);
            }
            species[i] = sample.get(i).getString(FEATURES.length);
        }
        LabelEncoding labels = Nd.labelEncode(Nd.array(species));
        NDArray x = scaler.transform(NDArray.wrap(xs, sample.size(), FEATURES.length));
        int k = labels.classes().size();
        NDArray[] layer = train(x, labels.codes(), k);
        NDArray w = layer[0];
        NDArray b = layer[1];

        // 4. mapBatches: linear layer, softmax, argmax over float32 batches; w and b travel with the closure
        BatchFunction predict = batch -> {
            NDArray p = Nd.softmax(scaler.transform(batch).matmul(w).add(b), 1);
            return Nd.stack(new NDArray[] {p.argmax(1).astype(DType.FLOAT32), p.max(1)}, 1);
        };
        StructType result = new StructType()
                .add("predicted", DataTypes.IntegerType, false)
                .add("probability", DataTypes.FloatType, false);
        Dataset<Row> scored = NdSpark.mapBatches(flowers, FEATURES, 64, predict, result);

        // 5. Parquet, with the class index turned back into its name
        StringBuilder names = new StringBuilder("array(");
        for (int c = 0; c < k; c++) {
            names.append(c == 0 ? "'" : ", '").append(labels.classes().get(String.valueOf(c)).item()).append("'");
        }
        scored.selectExpr("*", "element_at(" + names + "), predicted + 1) as predicted_species")
                .write().mode("overwrite").parquet(out.toString());
        Files.delete(csv);

        Dataset<Row> back = spark.read().parquet(out.toString());
        long rows = back.count();
        long right = back.where("predicted_species = species").count();
        flowers.unpersist();
        return new Summary(rows, (double) right / rows, List.of(back.columns()));
    }

    /** Full-batch gradient descent on the softmax cross-entropy; returns {w [f, k], b [k]}, float32. */
    static NDArray[] train(NDArray x, NDArray y, int k) {
        NDArray w = new RandomState(0).randn(x.shape(1), k).muli(0.01).astype(DType.FLOAT32);
        NDArray b = Nd.zeros(DType.FLOAT32, k);
        NDArray target = Nd.oneHot(y, k).astype(DType.FLOAT32);
        float rate = 0.5f / x.shape(0);
        for (int step = 0; step < 300; step++) {
            NDArray grad = Nd.softmax(x.matmul(w).add(b), 1).subi(target);
            w.subi(x.T().matmul(grad).muli(rate));
            b.subi(grad.sum(0).muli(rate));
        }
        return new NDArray[] {w, b};
    }
}
