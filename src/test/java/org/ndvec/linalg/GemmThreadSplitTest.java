package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How {@link GemmDriver} splits a product over threads: slabs of whole tiles along the wider side
 * of C, turned to the other side only when the wider side's busiest thread would carry over 1.25x
 * the share of the other's. Tile shapes are the 512-bit float64 ones (4 x 48) and the scalar ones
 * (4 x 4).
 */
class GemmThreadSplitTest {

    @Test
    void busiestShareCountsWholeTiles() {
        // 64 columns in 48-column tiles: one thread gets 48, the other 16
        assertEquals(0.75, GemmDriver.busiestShare(64, 48, 2), 0);
        // 64 rows in 4-row tiles: 32 and 32
        assertEquals(0.5, GemmDriver.busiestShare(64, 4, 2), 0);
        // 1024 columns: 22 tiles, 11 each, 528 of 1024
        assertEquals(528 / 1024.0, GemmDriver.busiestShare(1024, 48, 2), 0);
        // fewer tiles than threads: one whole tile each, the busiest holds the first
        assertEquals(48 / 100.0, GemmDriver.busiestShare(100, 48, 5), 0);
        // one thread holds everything
        assertEquals(1.0, GemmDriver.busiestShare(70, 48, 1), 0);
    }

    @Test
    void gramMatricesSplitByRows() {
        // PCA's X^T X: 64 x 64 with a long k, 48-column tiles cannot balance two threads
        assertFalse(GemmDriver.splitByColumns(64, 64, 4, 48, 2));
        assertFalse(GemmDriver.splitByColumns(64, 64, 4, 48, 3));
        // 301 columns: 7 tiles, the busiest thread 192 (64%); 150 rows: 76 (51%), 1.26x better
        assertFalse(GemmDriver.splitByColumns(150, 301, 4, 48, 2));
    }

    @Test
    void squareAndWideProductsKeepTheColumnSplit() {
        // off by 3% and 12%: within the noise, so the wider side (columns on a tie) stays
        assertTrue(GemmDriver.splitByColumns(1024, 1024, 4, 48, 2));
        assertTrue(GemmDriver.splitByColumns(256, 256, 4, 48, 2));
        assertTrue(GemmDriver.splitByColumns(100, 2048, 4, 48, 2));
        // scalar 4 x 4 tiles balance either way
        assertTrue(GemmDriver.splitByColumns(64, 64, 4, 4, 2));
    }

    @Test
    void tallProductsSplitByRows() {
        assertFalse(GemmDriver.splitByColumns(333, 70, 4, 48, 2));
        assertFalse(GemmDriver.splitByColumns(2048, 64, 4, 48, 2));
    }
}
