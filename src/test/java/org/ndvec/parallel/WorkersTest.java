package org.ndvec.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void everyChunkRunsExactlyOnceForAnyThreadCount() {
        for (int threads : new int[] {1, 2, 4}) {
            for (int chunks : new int[] {0, 1, 2, 3, 17, 1000}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(chunks);
                Workers.forEachChunk(chunks, threads, runs::incrementAndGet);
                for (int c = 0; c < chunks; c++) {
                    assertEquals(1, runs.get(c), "chunk " + c + " of " + chunks + " with " + threads + " threads");
                }
            }
        }
    }

    @Test
    void aFailingChunkIsRethrownToTheCaller() {
        IllegalArgumentException boom = new IllegalArgumentException("chunk 5 failed");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Workers.forEachChunk(8, 2, c -> {
                    if (c == 5) {
                        throw boom;
                    }
                }));
        assertSame(boom, thrown);
    }
}
