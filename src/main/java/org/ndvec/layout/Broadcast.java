package org.ndvec.layout;

/**
 * NumPy's broadcasting rules on shapes and strides. Broadcast operands are never
 * materialized: a stretched dimension gets stride 0.
 */
public final class Broadcast {
    private Broadcast() {
    }

    /**
     * The broadcast shape of several shapes: aligned from the right, each dim equal
     * or 1. {@code np.broadcast_shapes(*shapes)}
     *
     * @throws IllegalArgumentException {@code operands could not be broadcast together with shapes (2,3) (4,)}
     */
    public static int[] shapes(int[]... shapes) {
        int ndim = 0;
        for (int[] s : shapes) {
            ndim = Math.max(ndim, s.length);
        }
        int[] out = new int[ndim];
        java.util.Arrays.fill(out, 1);
        for (int[] s : shapes) {
            int lead = ndim - s.length;
            for (int i = 0; i < s.length; i++) {
                int d = s[i];
                int o = out[lead + i];
                if (o == 1) {
                    out[lead + i] = d;
                } else if (d != 1 && d != o) {
                    throw incompatible(shapes);
                }
            }
        }
        return out;
    }

    /**
     * Strides (in elements) that view an array of {@code shape}/{@code strides} as
     * {@code target}: leading new dims and stretched dims of length 1 get stride 0.
     *
     * @throws IllegalArgumentException when {@code shape} cannot be broadcast to {@code target}
     */
    public static int[] stridesFor(int[] shape, int[] strides, int[] target) {
        if (shape.length > target.length) {
            throw new IllegalArgumentException("input operand has more dimensions than allowed by the axis remapping");
        }
        int lead = target.length - shape.length;
        int[] out = new int[target.length];
        for (int i = 0; i < shape.length; i++) {
            int d = shape[i];
            int t = target[lead + i];
            if (d == t) {
                out[lead + i] = t == 1 ? 0 : strides[i];
            } else if (d == 1) {
                out[lead + i] = 0;
            } else {
                throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes "
                        + "[original->remapped]: " + Shapes.compact(shape) + "  and requested shape "
                        + Shapes.compact(target));
            }
        }
        return out;
    }

    private static IllegalArgumentException incompatible(int[][] shapes) {
        StringBuilder sb = new StringBuilder("operands could not be broadcast together with shapes");
        for (int[] s : shapes) {
            sb.append(' ').append(Shapes.compact(s));
        }
        return new IllegalArgumentException(sb.toString());
    }
}
