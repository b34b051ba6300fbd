package org.ndvec.indexing;

import java.util.Arrays;
import org.ndvec.NDArray;
import org.ndvec.ops.Broadcasting;

/** {@code np.meshgrid}: coordinate arrays from coordinate vectors, NumPy's reshape-and-broadcast. */
public final class Grids {
    private Grids() {
    }

    /**
     * {@code np.meshgrid(*xi, indexing=indexing, sparse=sparse, copy=copy)}: input {@code i} (flattened)
     * laid along axis {@code i} of an {@code n}-d grid, with the first two axes swapped for
     * {@code indexing "xy"} (Cartesian, the default); {@code sparse} keeps the length-1 axes instead
     * of broadcasting; without {@code copy} the arrays are views of the inputs (dense ones are
     * read-only broadcast views).
     *
     * @throws IllegalArgumentException {@code Valid values for `indexing` are 'xy' and 'ij'.}
     */
    public static NDArray[] meshgrid(NDArray[] xi, String indexing, boolean sparse, boolean copy) {
        if (!"xy".equals(indexing) && !"ij".equals(indexing)) {
            throw new IllegalArgumentException("Valid values for `indexing` are 'xy' and 'ij'.");
        }
        int nd = xi.length;
        NDArray[] out = new NDArray[nd];
        for (int i = 0; i < nd; i++) {
            int[] shape = new int[nd];
            Arrays.fill(shape, 1);
            int axis = i;
            if ("xy".equals(indexing) && nd > 1 && i < 2) {
                axis = 1 - i;
            }
            shape[axis] = xi[i].size();
            out[i] = xi[i].reshape(shape);
        }
        if (!sparse) {
            out = Broadcasting.arrays(out);
        }
        if (copy) {
            for (int i = 0; i < nd; i++) {
                out[i] = out[i].copy();
            }
        }
        return out;
    }
}
