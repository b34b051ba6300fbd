package org.ndvec.jqwik;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ndvec.Index;
import org.ndvec.NDArray;

/**
 * How to cut an array of a wanted shape and layout out of a base buffer: the base's shape and
 * the view operations (slices, transposes, reversals, broadcasts) that turn the base into it.
 * The same recipe is applied twice: to {@code arange(baseSize)}, which tells which base
 * elements the view reads, and then to the real base holding the generated values.
 *
 * @param baseShape shape of the owning buffer
 * @param cut the view operations, base to result
 */
record LayoutRecipe(int[] baseShape, UnaryOperator<NDArray> cut) {

    /**
     * Per-axis knobs, all shrinking toward the plainest layout: step 1, no leading or trailing
     * slack, no reversal, no stretch.
     *
     * @param step slice step magnitude, 1..3
     * @param start leading elements skipped, 0..2
     * @param bits 1: a trailing gap, 2: reversed, 4: stretched (broadcast)
     */
    record Axis(int step, int start, int bits) {
        boolean tail() {
            return (bits & 1) != 0;
        }

        boolean reversed() {
            return (bits & 2) != 0;
        }

        boolean stretched() {
            return (bits & 4) != 0;
        }
    }

    /**
     * The knobs of one array's layout.
     *
     * @param axes per-axis knobs (at least as many as the rank)
     * @param key picks the axis (among those longer than 1) that must break contiguity
     * @param transpose whether a strided or reversed view also has its axes reversed
     * @param dropLeading how many leading stretched axes the broadcast base leaves out
     * @param readOnly whether the array is made read-only on top of its layout
     */
    record Knobs(List<Axis> axes, int key, boolean transpose, int dropLeading, boolean readOnly) {
    }

    /** Knobs for arrays up to {@code maxRank} axes; {@code readOnlyWeight} of 8 come out read-only. */
    static Arbitrary<Knobs> knobs(int maxRank, int readOnlyWeight) {
        Arbitrary<Axis> axis = Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 7))
                .as(Axis::new);
        Arbitrary<Boolean> readOnly = readOnlyWeight <= 0 ? Arbitraries.just(false)
                : readOnlyWeight >= 8 ? Arbitraries.just(true)
                : Arbitraries.frequency(net.jqwik.api.Tuple.of(8 - readOnlyWeight, false), net.jqwik.api.Tuple.of(readOnlyWeight, true));
        return Combinators.combine(
                        axis.list().ofSize(maxRank),
                        Arbitraries.integers().between(0, 31),
                        Arbitraries.of(false, true),
                        Arbitraries.integers().between(0, 2),
                        readOnly)
                .as(Knobs::new);
    }

    /** The recipe for an array of {@code shape} in {@code layout}. */
    static LayoutRecipe of(int[] shape, Layout layout, Knobs k) {
        int r = shape.length;
        if (r == 0) {
            return new LayoutRecipe(new int[0], a -> a);
        }
        int key = keyAxis(shape, k.key());
        return switch (layout) {
            case CONTIGUOUS -> {
                // rows of slack in front: a contiguous view at a nonzero offset
                int start = k.axes().get(0).start();
                int[] base = shape.clone();
                base[0] += start;
                yield new LayoutRecipe(base, a -> a.get(Index.from(start), Index.ellipsis()));
            }
            case FORTRAN -> new LayoutRecipe(reversed(shape), NDArray::transpose);
            case STRIDED, REVERSED -> strided(shape, layout == Layout.REVERSED, key, k);
            case BROADCAST -> broadcast(shape, key, k);
        };
    }

    private static LayoutRecipe strided(int[] shape, boolean reverse, int key, Knobs k) {
        int r = shape.length;
        boolean transpose = k.transpose() && r >= 2;
        // built in the transposed order when transposed, so the result has `shape`
        int[] s = transpose ? reversed(shape) : shape;
        int keyHere = transpose && key >= 0 ? r - 1 - key : key;
        int[] base = new int[r];
        Index[] slices = new Index[r];
        Index[] flips = new Index[r];
        for (int i = 0; i < r; i++) {
            Axis ax = k.axes().get(i);
            int step = !reverse && i == keyHere ? Math.max(2, ax.step()) : ax.step();
            base[i] = ax.start() + Math.max(0, s[i] - 1) * step + (s[i] > 0 ? 1 : 0) + (ax.tail() ? 1 : 0);
            slices[i] = Index.slice((long) ax.start(), (long) ax.start() + (long) s[i] * step, (long) step);
            boolean flip = reverse && (ax.reversed() || i == keyHere);
            flips[i] = flip ? Index.slice(null, null, -1L) : Index.all();
        }
        return new LayoutRecipe(base, a -> {
            NDArray v = a.get(slices).get(flips);
            return transpose ? v.transpose() : v;
        });
    }

    private static LayoutRecipe broadcast(int[] shape, int key, Knobs k) {
        int r = shape.length;
        int[] base = new int[r];
        int leadingStretched = 0;
        boolean stillLeading = true;
        for (int i = 0; i < r; i++) {
            boolean stretch = shape[i] >= 2 && (k.axes().get(i).stretched() || i == key);
            base[i] = stretch ? 1 : shape[i];
            if (stillLeading && stretch) {
                leadingStretched++;
            } else {
                stillLeading = false;
            }
        }
        int drop = Math.min(leadingStretched, k.dropLeading());
        int[] kept = java.util.Arrays.copyOfRange(base, drop, r);
        int[] target = shape.clone();
        return new LayoutRecipe(kept, a -> a.broadcastTo(target));
    }

    /** The axis that must break contiguity: one of those longer than 1, or -1 if none is. */
    private static int keyAxis(int[] shape, int pick) {
        List<Integer> long1 = new ArrayList<>();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] >= 2) {
                long1.add(i);
            }
        }
        return long1.isEmpty() ? -1 : long1.get(pick % long1.size());
    }

    private static int[] reversed(int[] shape) {
        int[] t = new int[shape.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = shape[shape.length - 1 - i];
        }
        return t;
    }
}
