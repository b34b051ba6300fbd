package org.ndvec.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.pipeline.Standardizer;

/**
 * NdSpark.mapBatches in local[2]. Expected values come from the collected input rows and plain
 * Java arithmetic, on data chosen so that every float32 operation involved is exact (small
 * integers, halves), and from the known split of {@code spark.range(0, 1000, 1, 3)} into partitions
 * of 333, 333 and 334 rows.
 */
@ExtendWith(LocalSpark.class)
class MapBatchesTest {
    private final SparkSession spark;

    MapBatchesTest(SparkSession spark) {
        this.spark = spark;
    }

    private static final StructType ONE_DOUBLE = new StructType().add("y", DataTypes.DoubleType, false);

    /** ids 0..999 in 3 partitions, and features of several numeric types. */
    private Dataset<Row> table() {
        return spark.range(0, 1000, 1, 3).selectExpr("id",
                "cast(id % 7 as tinyint) as b",
                "cast(id % 11 - 5 as smallint) as s",
                "cast(id % 13 as int) as i",
                "cast(id * 3 as float) / 2 as f",   // float / int -> double in Spark: halves, exact
                "cast(id % 5 as double) - 2.5 as d",
                "cast(id % 9 as decimal(10, 2)) / 4 as m",
                "concat('r', id) as name");
    }

    @Test
    void everyRowComesBackInOrderWithItsColumnsAndResult() {
        Dataset<Row> in = table();
        String[] cols = {"b", "s", "i", "f", "d", "m"};
        // y = x[:, 0] + 2 x[:, 1] + x[:, 2] - x[:, 3] + x[:, 4] + x[:, 5]: all values small multiples of 1/4
        BatchFunction fn = x -> x.matmul(NDArray.wrap(new float[] {1, 2, 1, -1, 1, 1}, 6, 1));
        Dataset<Row> out = NdSpark.mapBatches(in, cols, 64, fn, ONE_DOUBLE);
        assertArrayEquals(new String[] {"id", "b", "s", "i", "f", "d", "m", "name", "y"}, out.columns());
        List<Row> rows = out.collectAsList();
        List<Row> orig = in.collectAsList();
        assertEquals(1000, rows.size());
        for (int r = 0; r < 1000; r++) {
            Row o = rows.get(r);
            Row i = orig.get(r);
            for (int c = 0; c < 8; c++) {
                assertEquals(i.get(c), o.get(c), "row " + r + " column " + c);
            }
            double expected = i.getByte(1) + 2 * i.getShort(2) + i.getInt(3) - i.getDouble(4) + i.getDouble(5)
                    + ((BigDecimal) i.get(6)).doubleValue();
            assertEquals(expected, o.getDouble(8), "row " + r);
        }
    }

    @Test
    void batchesHoldAtMostBatchRowsAndOnlyEachPartitionsLastIsShort() {
        // each row gets the size of its batch; partitions of 333, 333, 334 rows in batches of 64
        StructType schema = new StructType().add("batch", DataTypes.IntegerType, false);
        Dataset<Row> out = NdSpark.mapBatches(table(), new String[] {"i"}, 64,
                x -> Nd.full(new int[] {x.shape(0)}, x.shape(0)), schema);
        Map<Integer, Integer> rowsBySize = new TreeMap<>();
        for (Row r : out.select("batch").collectAsList()) {
            rowsBySize.merge(r.getInt(0), 1, Integer::sum);
        }
        // 5 full batches per partition (3 * 320 rows), then 13, 13 and 14 rows
        assertEquals(Map.of(64, 960, 13, 26, 14, 14), rowsBySize);
    }

    @Test
    void resultFieldsAreCastLikeAstype() {
        StructType schema = new StructType()
                .add("as_int", DataTypes.IntegerType).add("as_long", DataTypes.LongType)
                .add("as_float", DataTypes.FloatType).add("as_double", DataTypes.DoubleType);
        Dataset<Row> in = spark.createDataFrame(List.of(RowFactory.create(-2.75), RowFactory.create(2.75),
                RowFactory.create(Double.NaN)), new StructType().add("v", DataTypes.DoubleType));
        // the same column four times: x[:, [0, 0, 0, 0]]
        List<Row> out = NdSpark.mapBatches(in.coalesce(1), new String[] {"v"}, 10,
                x -> Nd.hstack(x, x, x, x), schema).collectAsList();
        assertEquals(RowFactory.create(-2.75, -2, -2L, -2.75f, -2.75), out.get(0));
        assertEquals(RowFactory.create(2.75, 2, 2L, 2.75f, 2.75), out.get(1));
        // NaN to an integer gives the integer minimum, as NumPy's astype on x86-64
        assertEquals(RowFactory.create(Double.NaN, Integer.MIN_VALUE, Long.MIN_VALUE, Float.NaN, Double.NaN), out.get(2));
    }

    @Test
    void aClosureAndABroadcastCarryArraysToTheExecutors() {
        // a linear layer with integer weights: logits exact in float32, argmax exact
        NDArray w = Nd.array(DType.FLOAT32, new int[][] {{1, -1, 0}, {0, 2, -1}, {-1, 0, 3}});
        Broadcast<NDArray> bias = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(Nd.array(DType.FLOAT32, new int[] {0, 1, -2}));
        BatchFunction layer = x -> x.matmul(w).add(bias.value()).argmax(1);
        StructType schema = new StructType().add("label", DataTypes.IntegerType, false);
        String[] cols = {"i", "s", "b"};
        Dataset<Row> in = table();
        List<Row> out = NdSpark.mapBatches(in, cols, 100, layer, schema).collectAsList();
        for (Row r : out) {
            double[] x = {r.getInt(3), r.getShort(2), r.getByte(1)};
            double[] logits = {x[0] - x[2], -x[0] + 2 * x[1] + 1, -x[1] + 3 * x[2] - 2};
            int best = 0;
            for (int k = 1; k < 3; k++) {
                best = logits[k] > logits[best] ? k : best;
            }
            assertEquals(best, r.getInt(8), "row " + r);
        }
    }

    @Test
    void aClosureCarriesAFittedStandardizer() {
        Dataset<Row> in = table();
        Standardizer scaler = NdSpark.fitStandardizer(in, new String[] {"f", "d"});
        float[] mean = scaler.mean().toFloatArray();
        float[] scale = scaler.scale().toFloatArray();
        StructType schema = new StructType().add("zf", DataTypes.FloatType).add("zd", DataTypes.FloatType);
        List<Row> out = NdSpark.mapBatches(in, new String[] {"f", "d"}, 128, scaler::transform, schema).collectAsList();
        for (Row r : out) {
            // float32 arithmetic, as transform does it for float32 input: (x - mean) / scale
            assertEquals((((float) r.getDouble(4)) - mean[0]) / scale[0], r.getFloat(8), "row " + r);
            assertEquals((((float) r.getDouble(5)) - mean[1]) / scale[1], r.getFloat(9), "row " + r);
        }
    }

    @Test
    void anEmptyInputNeverCallsTheFunction() {
        Dataset<Row> empty = table().where("id < 0");
        BatchFunction fails = x -> {
            throw new AssertionError("called with " + x.shape(0) + " rows");
        };
        assertEquals(0, NdSpark.mapBatches(empty, new String[] {"i"}, 8, fails, ONE_DOUBLE).count());
    }

    @Test
    void featureBatchesServeAHandWrittenMapPartitions() {
        Dataset<Row> in = table();
        StructType schema = in.schema();
        String[] cols = {"i", "d"};
        List<Double> sums = in.mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<Row, Double>) rows -> {
            var batches = NdSpark.featureBatches(rows, schema, cols, 50);
            double total = 0;
            while (batches.hasNext()) {
                NDArray b = batches.next();
                assertTrue(b.shape(0) <= 50 && b.shape(1) == 2 && b.dtype() == DType.FLOAT32);
                total += b.astype(DType.FLOAT64).sum().itemDouble();
            }
            return List.of(total).iterator();
        }, org.apache.spark.sql.Encoders.DOUBLE()).collectAsList();
        double expected = 0;
        for (Row r : in.collectAsList()) {
            expected += r.getInt(3) + r.getDouble(5);
        }
        assertEquals(expected, sums.stream().mapToDouble(Double::doubleValue).sum());
    }

    @Test
    void executorInfoReportsWhatTheTasksGot() {
        assertEquals(Map.of("driver", Nd.info()), NdSpark.executorInfo(spark));
    }

    static List<String> messages(Throwable t) {
        List<String> out = new ArrayList<>();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.add(String.valueOf(c.getMessage()));
        }
        return out;
    }
}
