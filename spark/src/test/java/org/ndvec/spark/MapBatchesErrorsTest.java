package org.ndvec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ndvec.Nd;

/**
 * Bad input to mapBatches: refused on the driver when the schema shows it, and on the executors
 * (surfacing at the action) with a message that names the column, row, batch size or shape.
 */
@ExtendWith(LocalSpark.class)
class MapBatchesErrorsTest {
    private static final StructType Y = new StructType().add("y", DataTypes.FloatType);
    private final SparkSession spark;

    MapBatchesErrorsTest(SparkSession spark) {
        this.spark = spark;
    }

    /** ids 0..99 in partitions of 50; x is null where id = 70, row 20 of partition 1. */
    private Dataset<Row> table() {
        return spark.range(0, 100, 1, 2).selectExpr("id", "if(id = 70, null, cast(id as float)) as x",
                "cast(id as string) as label", "id > 3 as flag");
    }

    private static String driverError(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void schemaProblemsAreRefusedOnTheDriverBeforeAnyJob() {
        Dataset<Row> t = table();
        assertEquals("column 'z' does not exist; the columns are [id, x, label, flag]",
                driverError(() -> NdSpark.mapBatches(t, new String[] {"id", "z"}, 10, x -> x, Y)));
        assertEquals("column 'label' has type string, not a number; feature columns must be byte, short, int, bigint,"
                + " float, double or decimal (cast it first, e.g. col(\"label\").cast(\"float\"))",
                driverError(() -> NdSpark.mapBatches(t, new String[] {"label"}, 10, x -> x, Y)));
        assertTrue(driverError(() -> NdSpark.mapBatches(t, new String[] {"flag"}, 10, x -> x, Y))
                .startsWith("column 'flag' has type boolean, not a number"));
        assertEquals("batchRows must be at least 1, got 0",
                driverError(() -> NdSpark.mapBatches(t, new String[] {"id"}, 0, x -> x, Y)));
        assertEquals("batchRows 1073741824 x 2 feature columns is more floats than one Java array holds; use smaller batches",
                driverError(() -> NdSpark.mapBatches(t, new String[] {"id", "x"}, 1 << 30, x -> x, Y)));
        assertEquals("featureCols is empty: name at least one numeric column",
                driverError(() -> NdSpark.mapBatches(t, new String[0], 10, x -> x, Y)));
        assertEquals("resultSchema field 'y' has type string; mapBatches fills int, bigint, float or double fields",
                driverError(() -> NdSpark.mapBatches(t, new String[] {"id"}, 10, x -> x,
                        new StructType().add("y", DataTypes.StringType))));
        assertEquals("resultSchema field 'x' has the name of an input column; the output keeps every input column,"
                + " so rename the field", driverError(() -> NdSpark.mapBatches(t, new String[] {"id"}, 10, x -> x,
                        new StructType().add("x", DataTypes.DoubleType))));
        assertEquals("resultSchema has no fields: give at least one int, bigint, float or double field",
                driverError(() -> NdSpark.mapBatches(t, new String[] {"id"}, 10, x -> x, new StructType())));
    }

    /** The message of the action's failure and of every cause: Spark wraps the task's exception. */
    private static String actionError(Dataset<Row> ds) {
        SparkException e = assertThrows(SparkException.class, ds::collectAsList);
        return String.join("\n", MapBatchesTest.messages(e));
    }

    @Test
    void aNullCellNamesItsColumnRowAndPartition() {
        String m = actionError(NdSpark.mapBatches(table(), new String[] {"id", "x"}, 16, x -> x.get(":, 0"), Y));
        assertTrue(m.contains("column 'x' is null in row 20 of partition 1; ndvec needs a number in every feature"
                + " cell (drop or fill nulls first: df.na().drop(cols) or df.na().fill(0.0, cols))"), m);
        // what the message suggests works, and then no row is lost but the one dropped
        Dataset<Row> clean = table().na().drop(new String[] {"x"});
        assertEquals(99, NdSpark.mapBatches(clean, new String[] {"id", "x"}, 16, x -> x.get(":, 0"), Y).count());
    }

    @Test
    void aResultOfTheWrongShapeNamesTheBatchSizeAndTheShape() {
        StructType two = new StructType().add("a", DataTypes.FloatType).add("b", DataTypes.FloatType);
        String m = actionError(NdSpark.mapBatches(table(), new String[] {"id"}, 50, x -> x, two));
        assertTrue(m.contains("BatchFunction returned shape (50, 1) for a batch of 50 rows; resultSchema has 2 fields"
                + " [a, b], so the result must have shape (50, 2)"), m);
        String one = actionError(NdSpark.mapBatches(table(), new String[] {"id"}, 50, x -> x.get("1:, 0"), Y));
        assertTrue(one.contains("BatchFunction returned shape (49,) for a batch of 50 rows; resultSchema has 1 field"
                + " [y], so the result must have shape (50,) or (50, 1)"), one);
        String strings = actionError(NdSpark.mapBatches(table(), new String[] {"id"}, 50,
                x -> Nd.array("a").broadcastTo(x.shape(0)), Y));
        assertTrue(strings.contains("BatchFunction returned a <U1 array for a batch of 50 rows; mapBatches needs numbers"), strings);
        String nul = actionError(NdSpark.mapBatches(table(), new String[] {"id"}, 50, x -> null, Y));
        assertTrue(nul.contains("BatchFunction returned null for a batch of 50 rows"), nul);
    }

    @Test
    void theFunctionsOwnExceptionReachesTheDriver() {
        String m = actionError(NdSpark.mapBatches(table(), new String[] {"id"}, 50, x -> x.reshape(7, -1), Y));
        assertTrue(m.contains("cannot reshape array of size 50 into shape (7,newaxis)"), m);
        // a failed action leaves the input as it was: a new action over it succeeds
        assertEquals(List.of(100L), List.of(table().count()));
    }
}
