package org.ndvec.indexing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * The block-copy path of {@code concatenate} (C-contiguous inputs of the result's dtype), checked
 * against element-by-element expectations and against the strided path that a transposed copy
 * of the same input takes.
 */
class ConcatenateBlocksTest {
    /** out[i, j, k] of concatenating (2,3,4) arange + 100 * part along {@code axis}. */
    private static double expected(int[] sizes, int axis, int i, int j, int k) {
        int[] at = {i, j, k};
        int part = 0;
        while (at[axis] >= sizes[part]) {
            at[axis] -= sizes[part++];
        }
        int[] shape = {2, 3, 4};
        shape[axis] = sizes[part];
        return 100 * part + (at[0] * shape[1] + at[1]) * shape[2] + at[2];
    }

    @Test
    void everyAxisAndDtypeMatchesElementwiseExpectation() {
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64, DType.BOOL}) {
            for (int axis = 0; axis < 3; axis++) {
                int[] sizes = {1, 2, 3};
                NDArray[] parts = new NDArray[3];
                for (int p = 0; p < 3; p++) {
                    int[] shape = {2, 3, 4};
                    shape[axis] = sizes[p];
                    parts[p] = Nd.arange(100 * p, 100 * p + shape[0] * shape[1] * shape[2]).reshape(shape).astype(t);
                }
                NDArray got = Nd.concatenate(parts, axis);
                assertEquals(t, got.dtype());
                int[] shape = got.shape();
                for (int i = 0; i < shape[0]; i++) {
                    for (int j = 0; j < shape[1]; j++) {
                        for (int k = 0; k < shape[2]; k++) {
                            double want = expected(sizes, axis, i, j, k);
                            if (t == DType.BOOL) {
                                want = want != 0 ? 1 : 0;
                            }
                            double have = got.get(Index.at(i), Index.at(j), Index.at(k)).toDoubleArray()[0];
                            assertEquals(want, have, t + " axis " + axis + " at " + i + "," + j + "," + k);
                        }
                    }
                }
                // one non-contiguous input sends the same join down the strided path
                NDArray[] mixed = parts.clone();
                mixed[1] = parts[1].T().copy().T();
                assertFalse(mixed[1].isContiguous());
                assertArrayEquals(got.toDoubleArray(), Nd.concatenate(mixed, axis).toDoubleArray());
            }
        }
    }

    @Test
    void emptyAxesBeforeTheJoinAxisGiveAnEmptyResult() {
        NDArray r = Nd.concatenate(new NDArray[] {Nd.zeros(0, 3), Nd.zeros(0, 2)}, 1);
        assertArrayEquals(new int[] {0, 5}, r.shape());
        NDArray s = Nd.concatenate(new NDArray[] {Nd.zeros(2, 0), Nd.ones(2, 2)}, 1);
        assertArrayEquals(new double[] {1, 1, 1, 1}, s.toDoubleArray());
    }

    @Test
    void offsetViewsAndAResultThatOwnsItsData() {
        NDArray base = Nd.arange(10);
        NDArray tail = base.get(Index.slice(6, 10)); // contiguous, offset 6
        NDArray r = Nd.concatenate(new NDArray[] {tail, base.get(Index.slice(0, 2))}, 0);
        assertArrayEquals(new double[] {6, 7, 8, 9, 0, 1}, r.toDoubleArray());
        assertFalse(Nd.sharesMemory(r, base));
    }
}
