package org.ndvec.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
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

    /**
     * Under {@code withLimit(1)} every chunk runs on the caller's thread, whatever the pool could
     * give (each chunk sleeps, so that a free worker would take some); nested limits keep the
     * smaller one; the limit ends with the call, and other threads never see it.
     */
    @Test
    void withLimitKeepsTheChunksOnTheCallersThread() throws Exception {
        Thread caller = Thread.currentThread();
        java.util.Set<Thread> ran = java.util.concurrent.ConcurrentHashMap.newKeySet();
        IntConsumer chunk = c -> {
            ran.add(Thread.currentThread());
            sleep();
        };
        Workers.withLimit(1, () -> {
            Workers.forEachChunk(16, 4, chunk);
            return null;
        });
        assertEquals(java.util.Set.of(caller), ran);
        ran.clear();
        Workers.withLimit(1, () -> Workers.withLimit(8, () -> {
            Workers.forEachChunk(16, 4, chunk);
            return null;
        }));
        assertEquals(java.util.Set.of(caller), ran, "an inner, larger limit does not widen the outer one");
        if (Workers.THREADS > 1) {
            ran.clear();
            // another thread inside the limit's lifetime is not limited; after the call, neither is this one
            java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            java.util.Set<Thread> otherRan = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Thread other = new Thread(() -> {
                try {
                    inside.await();
                } catch (InterruptedException e) {
                    return;
                }
                Workers.forEachChunk(16, 2, c -> {
                    otherRan.add(Thread.currentThread());
                    sleep();
                });
                done.countDown();
            });
            other.start();
            Workers.withLimit(1, () -> {
                inside.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            assertEquals(2, otherRan.size(), "the other thread used two threads");
            Workers.forEachChunk(16, 2, chunk);
            assertEquals(2, ran.size(), "the limit ended with the call");
        }
        assertThrows(IllegalArgumentException.class, () -> Workers.withLimit(0, () -> null));
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
