package org.ndvec.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example runs in local[2] and its Parquet output holds every flower with a prediction
 * that agrees with the recorded species (Iris is nearly linearly separable: a softmax layer on the
 * standardized measurements classifies about 97% of the 150 flowers correctly).
 */
class SparkIrisTest {

    @Test
    void scoresEveryFlowerAndWritesParquet(@TempDir Path dir) throws Exception {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("SparkIrisTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            Path out = dir.resolve("scored.parquet");
            SparkIris.Summary s = SparkIris.run(spark, out);
            assertEquals(150, s.rows());
            assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "species",
                    "predicted", "probability", "predicted_species"), s.columns());
            assertTrue(s.accuracy() > 0.9, "accuracy " + s.accuracy());
            Row p = spark.read().parquet(out.toString()).selectExpr("min(probability)", "max(probability)").first();
            assertTrue(p.getFloat(0) > 1.0f / 3 && p.getFloat(1) <= 1.0f, p.toString());
        } finally {
            spark.stop();
        }
    }
}
