package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * Loads share one spare chunk buffer (NpyReader): threads loading at once, NumPy's fixtures and
 * a file of several chunks in shuffled orders, must each get their own file's values.
 */
class NpyConcurrentLoadTest {

    @Test
    void concurrentLoadsReadTheirOwnFiles(@TempDir Path dir) throws Exception {
        // 300,000 int64 = 2.4 MB: three chunks, the last one partial; element i holds 7 i + 3
        int n = 300_000;
        Path big = dir.resolve("big.npy");
        Npy.save(big, Nd.arange(n).astype(DType.INT64).mul(7).add(3));
        List<NpyFixtures.Ok> fixtures = NpyFixtures.ok();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                done.add(pool.submit(() -> {
                    List<Object> order = new ArrayList<>(fixtures);
                    for (int k = 0; k < 3; k++) {
                        order.add(big);
                    }
                    Collections.shuffle(order, new Random(seed));
                    int checked = 0;
                    for (int round = 0; round < 5; round++) {
                        for (Object o : order) {
                            if (o instanceof NpyFixtures.Ok f) {
                                assertArrayEquals(f.bits(), NpyFixtures.bitsOf(Npy.load(f.path())), f.toString());
                            } else {
                                NDArray a = Npy.load(big);
                                long[] v = a.toLongArray();
                                assertEquals(n, v.length);
                                for (int i = 0; i < n; i++) {
                                    assertEquals(7L * i + 3, v[i], "element " + i);
                                }
                            }
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : done) {
                assertEquals(5 * (fixtures.size() + 3), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
