package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.random.ParallelRandom;
import org.ndvec.random.RandomState;

/** Laws of the random generators that hold for every seed and range. */
class RandomProperties {
    private static final ForkJoinPool ONE = new ForkJoinPool(1);
    private static final ForkJoinPool THREE = new ForkJoinPool(3);

    @Property(tries = 1000)
    void randintStaysInItsHalfOpenRange(@ForAll @LongRange(min = 0, max = 4294967295L) long seed,
                                        @ForAll long a, @ForAll long b) {
        if (a == b) {
            return;
        }
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        for (long v : new RandomState(seed).randint(low, high, 64).toLongArray()) {
            assertTrue(v >= low && v < high, v + " outside [" + low + ", " + high + ")");
        }
    }

    @Property(tries = 1000)
    void permutationIsAPermutationAndMatchesShuffle(@ForAll @LongRange(min = 0, max = 4294967295L) long seed,
                                                   @ForAll @IntRange(min = 0, max = 300) int n) {
        long[] p = new RandomState(seed).permutation(n).toLongArray();
        long[] sorted = p.clone();
        Arrays.sort(sorted);
        assertArrayEquals(Nd.arange(n).toLongArray(), sorted);
        NDArray x = Nd.arange(n);
        new RandomState(seed).shuffle(x);
        assertArrayEquals(p, x.toLongArray());
    }

    @Property(tries = 1000)
    void splitNormalCallsEqualOneCall(@ForAll @LongRange(min = 0, max = 4294967295L) long seed,
                                      @ForAll @IntRange(min = 0, max = 40) int first,
                                      @ForAll @IntRange(min = 0, max = 40) int second) {
        double[] whole = new RandomState(seed).randn(first + second).toDoubleArray();
        RandomState rs = new RandomState(seed);
        double[] a = rs.randn(first).toDoubleArray();
        double[] b = rs.randn(second).toDoubleArray();
        double[] joined = Arrays.copyOf(a, first + second);
        System.arraycopy(b, 0, joined, first, second);
        assertArrayEquals(whole, joined);
    }

    @Property(tries = 1000)
    void parallelFillIgnoresThreadCount(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3 * ParallelRandom.CHUNK + 1) int n) {
        NDArray sequential = new ParallelRandom(seed, ONE).normal(DType.FLOAT32, n);
        NDArray parallel = new ParallelRandom(seed, THREE).normal(DType.FLOAT32, n);
        assertEquals(n, parallel.size());
        assertArrayEquals(sequential.toFloatArray(), parallel.toFloatArray());
    }
}
