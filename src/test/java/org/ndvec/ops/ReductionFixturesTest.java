package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.NDArray;

/**
 * Every reduction against NumPy 2.4's answers: shapes (7,), (3,4), (2,3,5), (4,1,3), (0,3) and
 * 0-d; all five dtypes; C-contiguous and transposed (non-contiguous) inputs; NaN cases; axes
 * None, each axis, -1 and tuples; keepdims; ddof 0 and 1; NumPy's empty-reduction errors.
 * Each overload form of the facade is exercised (no-arg for None, int for one axis).
 */
class ReductionFixturesTest {

    @TestFactory
    Stream<DynamicTest> foldsMatchNumPy() {
        Map<String, String[]> inputs = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] f : ReductionFixtures.lines("folds.tsv")) {
            if (f[0].startsWith("@")) {
                inputs.put(f[0], f);
                continue;
            }
            String[] in = inputs.get(f[2]);
            String name = f[0] + "(" + f[1] + ") of " + in[1] + " " + in[2] + " " + in[3] + " " + f[2];
            tests.add(DynamicTest.dynamicTest(name, () -> {
                NDArray a = ReductionFixtures.array(in[1], in[2], in[3], in[4]);
                String expected = f[5];
                if (expected.startsWith("ERROR:")) {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(f[0], f[1], a));
                    assertEquals(expected.substring("ERROR:".length()), e.getMessage());
                    return;
                }
                ReductionFixtures.assertMatches(name, f[3], f[4], expected, run(f[0], f[1], a));
            }));
        }
        return tests.stream();
    }

    private static NDArray run(String op, String args, NDArray a) {
        Map<String, String> kv = new HashMap<>();
        for (String part : args.split(";")) {
            String[] p = part.split("=", 2);
            kv.put(p[0], p[1]);
        }
        if (kv.containsKey("axis")) {
            Integer axis = kv.get("axis").equals("None") ? null : Integer.parseInt(kv.get("axis"));
            return switch (op) {
                case "argmax" -> axis == null ? a.argmax() : a.argmax(axis);
                case "argmin" -> axis == null ? a.argmin() : a.argmin(axis);
                case "cumsum" -> axis == null ? a.cumsum() : a.cumsum(axis);
                case "cumprod" -> axis == null ? a.cumprod() : a.cumprod(axis);
                default -> throw new IllegalStateException(op);
            };
        }
        String axesText = kv.get("axes");
        int[] axes = null;
        if (!axesText.equals("None")) {
            String[] p = axesText.split(",");
            axes = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                axes[i] = Integer.parseInt(p[i]);
            }
        }
        boolean keep = kv.get("keepdims").equals("1");
        boolean whole = axes == null && !keep;
        boolean single = axes != null && axes.length == 1 && !keep;
        if (op.equals("var") || op.equals("std")) {
            int ddof = Integer.parseInt(kv.get("ddof"));
            boolean v = op.equals("var");
            if (whole && ddof == 0) {
                return v ? a.var() : a.std();
            }
            if (single) {
                return ddof == 0 ? (v ? a.var(axes[0]) : a.std(axes[0])) : (v ? a.var(axes[0], ddof) : a.std(axes[0], ddof));
            }
            return v ? a.var(axes, keep, ddof) : a.std(axes, keep, ddof);
        }
        int[] ax = axes;
        return switch (op) {
            case "sum" -> whole ? a.sum() : single ? a.sum(ax[0]) : a.sum(ax, keep);
            case "prod" -> whole ? a.prod() : single ? a.prod(ax[0]) : a.prod(ax, keep);
            case "mean" -> whole ? a.mean() : single ? a.mean(ax[0]) : a.mean(ax, keep);
            case "max" -> whole ? a.max() : single ? a.max(ax[0]) : a.max(ax, keep);
            case "min" -> whole ? a.min() : single ? a.min(ax[0]) : a.min(ax, keep);
            case "ptp" -> whole ? a.ptp() : single ? a.ptp(ax[0]) : a.ptp(ax, keep);
            case "all" -> whole ? a.all() : single ? a.all(ax[0]) : a.all(ax, keep);
            case "any" -> whole ? a.any() : single ? a.any(ax[0]) : a.any(ax, keep);
            case "count_nonzero" -> whole ? a.countNonzero() : single ? a.countNonzero(ax[0]) : a.countNonzero(ax, keep);
            case "nansum" -> whole ? a.nansum() : single ? a.nansum(ax[0]) : a.nansum(ax, keep);
            case "nanmean" -> whole ? a.nanmean() : single ? a.nanmean(ax[0]) : a.nanmean(ax, keep);
            case "nanmax" -> whole ? a.nanmax() : single ? a.nanmax(ax[0]) : a.nanmax(ax, keep);
            case "nanmin" -> whole ? a.nanmin() : single ? a.nanmin(ax[0]) : a.nanmin(ax, keep);
            default -> throw new IllegalStateException(op);
        };
    }
}
