package org.ndvec.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The feature columns of a Dataset, resolved once on the driver (names to positions, types checked)
 * and read on the executors, row after row, into primitive batches. Every numeric Spark type is
 * accepted; a cell is read with {@code ((Number) row.get(i)).floatValue()} (or
 * {@code doubleValue()}), which is Java's own correctly rounded conversion for every boxed type
 * Spark hands out (Byte, Short, Integer, Long, Float, Double, BigDecimal) and checks for null in the
 * same step.
 */
final class FeatureColumns implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String[] names;
    private final int[] positions;

    private FeatureColumns(String[] names, int[] positions) {
        this.names = names;
        this.positions = positions;
    }

    /**
     * Resolves {@code cols} in {@code schema}.
     *
     * @throws IllegalArgumentException naming a missing or non-numeric column, or for no columns
     */
    static FeatureColumns resolve(StructType schema, String[] cols) {
        Objects.requireNonNull(cols, "featureCols");
        if (cols.length == 0) {
            throw new IllegalArgumentException("featureCols is empty: name at least one numeric column");
        }
        String[] available = schema.fieldNames();
        int[] positions = new int[cols.length];
        for (int j = 0; j < cols.length; j++) {
            String name = Objects.requireNonNull(cols[j], "featureCols[" + j + "]");
            int p = Arrays.asList(available).indexOf(name);
            if (p < 0) {
                throw new IllegalArgumentException("column '" + name + "' does not exist; the columns are "
                        + Arrays.toString(available));
            }
            StructField f = schema.fields()[p];
            if (!isNumeric(f.dataType())) {
                throw new IllegalArgumentException("column '" + name + "' has type " + f.dataType().simpleString()
                        + ", not a number; feature columns must be byte, short, int, bigint, float, double or decimal"
                        + " (cast it first, e.g. col(\"" + name + "\").cast(\"float\"))");
            }
            positions[j] = p;
        }
        return new FeatureColumns(cols.clone(), positions);
    }

    private static boolean isNumeric(DataType t) {
        return t.equals(DataTypes.ByteType) || t.equals(DataTypes.ShortType) || t.equals(DataTypes.IntegerType)
                || t.equals(DataTypes.LongType) || t.equals(DataTypes.FloatType) || t.equals(DataTypes.DoubleType)
                || t instanceof DecimalType;
    }

    int count() {
        return positions.length;
    }

    String[] names() {
        return names.clone();
    }

    /**
     * Copies {@code row}'s features as float32 into {@code dst[off..off + count)}.
     *
     * @param rowInPartition the row's position in its partition, for the error message
     * @throws IllegalArgumentException for a null cell, naming the column, row and partition
     */
    void readFloats(Row row, float[] dst, int off, long rowInPartition) {
        int[] p = positions;
        for (int j = 0; j < p.length; j++) {
            Object v = row.get(p[j]);
            if (v == null) {
                throw nullCell(j, rowInPartition);
            }
            dst[off + j] = ((Number) v).floatValue();
        }
    }

    /** As {@link #readFloats}, in float64 (the statistics of the distributed fits). */
    void readDoubles(Row row, double[] dst, int off, long rowInPartition) {
        int[] p = positions;
        for (int j = 0; j < p.length; j++) {
            Object v = row.get(p[j]);
            if (v == null) {
                throw nullCell(j, rowInPartition);
            }
            dst[off + j] = ((Number) v).doubleValue();
        }
    }

    private IllegalArgumentException nullCell(int j, long rowInPartition) {
        TaskContext task = TaskContext.get();
        String where = task == null ? "" : " of partition " + task.partitionId();
        return new IllegalArgumentException("column '" + names[j] + "' is null in row " + rowInPartition + where
                + "; ndvec needs a number in every feature cell (drop or fill nulls first:"
                + " df.na().drop(cols) or df.na().fill(0.0, cols))");
    }
}
