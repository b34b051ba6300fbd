package org.ndvec.jqwik;

/**
 * Input shapes that broadcast together, and the shape their broadcast (or gufunc) result has:
 * hypothesis' {@code BroadcastableShapes(input_shapes, result_shape)}.
 *
 * @param inputShapes one shape per operand
 * @param resultShape {@code np.broadcast_shapes(*inputShapes)}, or for a gufunc signature the
 *     broadcast loop dims followed by the output's core dims
 */
public record BroadcastableShapes(int[][] inputShapes, int[] resultShape) {
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int[] shape : inputShapes) {
            s.append(s.isEmpty() ? "" : ", ").append(java.util.Arrays.toString(shape));
        }
        return s + " -> " + java.util.Arrays.toString(resultShape);
    }
}
