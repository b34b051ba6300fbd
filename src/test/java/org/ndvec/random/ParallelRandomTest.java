package org.ndvec.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;

class ParallelRandomTest {
    /** Sizes around the chunk boundaries, so the last partial chunk is exercised. */
    private static final int[] SIZES = {0, 1, 13, ParallelRandom.CHUNK - 1, ParallelRandom.CHUNK,
        ParallelRandom.CHUNK + 1, 5 * ParallelRandom.CHUNK + 207};

    @Test
    void oneThreadAndManyThreadsGiveIdenticalArrays() {
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            for (int n : SIZES) {
                for (DType dtype : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                    NDArray u1 = new ParallelRandom(99, one).uniform(dtype, n);
                    NDArray u4 = new ParallelRandom(99, four).uniform(dtype, n);
                    NDArray uc = new ParallelRandom(99).uniform(dtype, n);
                    assertArrayEquals(u1.toDoubleArray(), u4.toDoubleArray(), "uniform " + dtype + " n=" + n);
                    assertArrayEquals(u1.toDoubleArray(), uc.toDoubleArray(), "uniform common pool n=" + n);
                    NDArray g1 = new ParallelRandom(7, one).normal(dtype, n);
                    NDArray g4 = new ParallelRandom(7, four).normal(dtype, n);
                    assertArrayEquals(g1.toDoubleArray(), g4.toDoubleArray(), "normal " + dtype + " n=" + n);
                }
            }
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }

    @Test
    void successiveCallsAndSeedsDiffer() {
        ParallelRandom r = new ParallelRandom(1);
        double[] a = r.uniform(1000).toDoubleArray();
        double[] b = r.uniform(1000).toDoubleArray();
        assertFalse(Arrays.equals(a, b));
        assertFalse(Arrays.equals(a, new ParallelRandom(2).uniform(1000).toDoubleArray()));
        assertArrayEquals(a, new ParallelRandom(1).uniform(1000).toDoubleArray());
        // Chunks are separate streams: the second chunk must not repeat the first.
        double[] big = new ParallelRandom(3).uniform(2 * ParallelRandom.CHUNK).toDoubleArray();
        assertFalse(Arrays.equals(Arrays.copyOf(big, 100),
                Arrays.copyOfRange(big, ParallelRandom.CHUNK, ParallelRandom.CHUNK + 100)));
    }

    @Test
    void momentsMatchTheDistributions() {
        int n = 1 << 20;
        double[] u = new double[n];
        double[] g = new double[n];
        float[] uf = new float[n];
        ParallelRandom r = new ParallelRandom(12345);
        r.fillUniform(u);
        r.fillNormal(g);
        r.fillUniform(uf);
        double meanU = Arrays.stream(u).average().orElseThrow();
        double meanG = Arrays.stream(g).average().orElseThrow();
        double varG = Arrays.stream(g).map(x -> (x - meanG) * (x - meanG)).sum() / n;
        // Standard errors for 2^20 samples: uniform mean 2.8e-4, normal mean 9.8e-4, variance 1.4e-3.
        assertEquals(0.5, meanU, 2e-3);
        assertEquals(0.0, meanG, 5e-3);
        assertEquals(1.0, varG, 7e-3);
        assertTrue(Arrays.stream(u).allMatch(x -> x >= 0 && x < 1));
        for (float x : uf) {
            assertTrue(x >= 0f && x < 1f);
        }
    }

    @Test
    void shapesAndDtypes() {
        NDArray a = new ParallelRandom(0).normal(DType.FLOAT32, 3, 4);
        assertEquals(DType.FLOAT32, a.dtype());
        assertArrayEquals(new int[] {3, 4}, a.shape());
        assertEquals(DType.FLOAT64, new ParallelRandom(0).uniform(2).dtype());
        assertThrows(IllegalArgumentException.class, () -> new ParallelRandom(0).uniform(DType.INT64, 2));
    }
}
