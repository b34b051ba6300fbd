package org.ndvec.ops;

import org.ndvec.iter.StridedLoop;

/**
 * Cache blocking for 2-d loops in which operands disagree about the fast axis, such as
 * {@code a.T + b}: walking rows, the transposed operand touches a new cache line (and soon a
 * new page) for every element, and by the time the next row wants the neighbouring element,
 * the line is gone. Visiting the plane in {@link #TILE} x {@link #TILE} tiles keeps every line
 * a tile touches in L1 until all of its elements have been used.
 */
final class TiledLoop {
    /**
     * Tile edge, chosen with add_f32_transposed_4096x4096: a 64 x 64 float32 tile of the
     * transposed operand is 64 cache lines (16 KiB), which fits L1 (32 KiB) next to the
     * other operands' rows.
     */
    static final int TILE = 64;

    private TiledLoop() {
    }

    /** Visits every element like {@link StridedLoop#forEachRow}, tiled when that pays. */
    static void forEachRow(StridedLoop loop, int[] offsets, StridedLoop.RowVisitor visitor) {
        if (!worthTiling(loop, offsets.length)) {
            loop.forEachRow(offsets, visitor);
            return;
        }
        int ops = offsets.length;
        int rows = loop.shape()[0];
        int cols = loop.shape()[1];
        int[] off = new int[ops];
        int[] inner = new int[ops];
        int[] st = new int[ops];
        for (int k = 0; k < ops; k++) {
            inner[k] = loop.strides(k)[1];
        }
        for (int r0 = 0; r0 < rows; r0 += TILE) {
            int r1 = Math.min(rows, r0 + TILE);
            for (int c0 = 0; c0 < cols; c0 += TILE) {
                int n = Math.min(TILE, cols - c0);
                for (int r = r0; r < r1; r++) {
                    for (int k = 0; k < ops; k++) {
                        off[k] = offsets[k] + r * loop.strides(k)[0] + c0 * inner[k];
                        st[k] = inner[k]; // visitors may not keep or change it, but be safe per row
                    }
                    visitor.row(off, n, st);
                }
            }
        }
    }

    // Tiling helps when some operand's inner stride is long (a new cache line per element) while
    // its outer stride is short, and the plane is larger than a few tiles.
    private static boolean worthTiling(StridedLoop loop, int ops) {
        if (loop.ndim() != 2 || loop.shape()[0] < 2 * TILE || loop.shape()[1] < 2 * TILE) {
            return false;
        }
        for (int k = 0; k < ops; k++) {
            int inner = Math.abs(loop.strides(k)[1]);
            int outer = Math.abs(loop.strides(k)[0]);
            if (inner > TILE && outer < inner) {
                return true;
            }
        }
        return false;
    }
}
