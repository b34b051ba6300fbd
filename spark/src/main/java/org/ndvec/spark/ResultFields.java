package org.ndvec.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * The fields {@link NdSpark#mapBatches} appends to each row: checked on the driver, filled on the
 * executors from a batch's result array. Values are cast as NumPy's {@code astype} casts (float to
 * int truncates toward zero; NaN and out-of-range values become the integer minimum), one field at
 * a time, from the result column of that field.
 */
final class ResultFields implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Per field: the ndvec dtype its Spark type is filled from. */
    private final DType[] types;
    private final String[] names;

    private ResultFields(DType[] types, String[] names) {
        this.types = types;
        this.names = names;
    }

    /**
     * Checks {@code resultSchema} against the input's columns.
     *
     * @throws IllegalArgumentException for no fields, a field type other than int, bigint, float or
     *     double, or a field named like an input column
     */
    static ResultFields of(StructType resultSchema, StructType input) {
        Objects.requireNonNull(resultSchema, "resultSchema");
        String[] names = resultSchema.fieldNames();
        if (names.length == 0) {
            throw new IllegalArgumentException("resultSchema has no fields: give at least one int, bigint, float or double field");
        }
        DType[] types = new DType[names.length];
        for (int k = 0; k < names.length; k++) {
            DataType t = resultSchema.fields()[k].dataType();
            types[k] = t.equals(DataTypes.IntegerType) ? DType.INT32
                    : t.equals(DataTypes.LongType) ? DType.INT64
                    : t.equals(DataTypes.FloatType) ? DType.FLOAT32
                    : t.equals(DataTypes.DoubleType) ? DType.FLOAT64 : null;
            if (types[k] == null) {
                throw new IllegalArgumentException("resultSchema field '" + names[k] + "' has type " + t.simpleString()
                        + "; mapBatches fills int, bigint, float or double fields");
            }
            if (Arrays.asList(input.fieldNames()).contains(names[k])) {
                throw new IllegalArgumentException("resultSchema field '" + names[k]
                        + "' has the name of an input column; the output keeps every input column, so rename the field");
            }
        }
        return new ResultFields(types, names);
    }

    int count() {
        return types.length;
    }

    /**
     * The result of one batch as one primitive array per field ({@code int[]}, {@code long[]},
     * {@code float[]} or {@code double[]}, {@code rows} long).
     *
     * @throws IllegalArgumentException for a null, string or wrongly shaped result, naming the batch
     *     size and the shape returned
     */
    Object[] columns(NDArray result, int rows) {
        if (result == null) {
            throw new IllegalArgumentException("BatchFunction returned null for a batch of " + rows + " rows");
        }
        if (result.dtype().isString()) {
            throw new IllegalArgumentException("BatchFunction returned a " + result.dtypeDescr()
                    + " array for a batch of " + rows + " rows; mapBatches needs numbers");
        }
        int[] s = result.shape();
        int fields = types.length;
        boolean ok = s.length == 2 ? s[0] == rows && s[1] == fields : s.length == 1 && fields == 1 && s[0] == rows;
        if (!ok) {
            String want = fields == 1 ? "(" + rows + ",) or (" + rows + ", 1)" : "(" + rows + ", " + fields + ")";
            throw new IllegalArgumentException("BatchFunction returned shape " + python(s) + " for a batch of " + rows
                    + " rows; resultSchema has " + fields + " field" + (fields == 1 ? "" : "s") + " "
                    + Arrays.toString(names) + ", so the result must have shape " + want);
        }
        NDArray table = result.reshape(rows, fields);
        Object[] out = new Object[fields];
        for (int k = 0; k < fields; k++) {
            NDArray column = fields == 1 ? table : table.get(":, " + k);
            out[k] = switch (types[k]) {
                case INT32 -> column.toIntArray();
                case INT64 -> column.toLongArray();
                case FLOAT32 -> column.toFloatArray();
                default -> column.toDoubleArray();
            };
        }
        return out;
    }

    /** The value of field {@code k} in row {@code r}, boxed for a Spark Row. */
    static Object value(Object column, int r) {
        return switch (column) {
            case int[] a -> a[r];
            case long[] a -> a[r];
            case float[] a -> a[r];
            case double[] a -> a[r];
            default -> throw new IllegalStateException("not a result column: " + column.getClass());
        };
    }

    /** NumPy's shape text: {@code (4096,)}, {@code (4096, 3)}. */
    static String python(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return b.append(')').toString();
    }
}
