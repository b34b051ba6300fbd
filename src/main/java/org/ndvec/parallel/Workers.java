package org.ndvec.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The library's one worker pool, sized by {@code -Dndvec.threads=N} (default: available
 * processors). Kernels split work into chunks whose boundaries depend on the problem alone, never
 * on the thread count, so every result is bit-identical for any N; this class only decides how
 * many of those chunks run at once.
 *
 * <p>The caller's thread always runs chunk 0 (and more when workers are busy), so a pool of
 * {@code N - 1} daemon workers gives N-way parallelism and {@code ndvec.threads=1} starts no thread.
 */
public final class Workers {
    /** Threads used by parallel kernels; {@code -Dndvec.threads}. */
    public static final int THREADS = Math.max(1, Integer.getInteger("ndvec.threads",
            Runtime.getRuntime().availableProcessors()));

    private static volatile ForkJoinPool pool;

    /** This thread's cap on the threads of one operation, set by {@link #withLimit}; null: none. */
    private static final ThreadLocal<Integer> LIMIT = new ThreadLocal<>();

    private Workers() {
    }

    /**
     * Runs {@code body.accept(c)} for every chunk {@code c} in {@code [0, chunks)} on at most
     * {@code maxThreads} threads (the caller's included) and returns when all are done. Chunks are
     * handed out in increasing order; a chunk's work must not depend on which thread runs it.
     */
    public static void forEachChunk(int chunks, int maxThreads, IntConsumer body) {
        int threads = Math.min(Math.min(maxThreads, THREADS), chunks);
        Integer limit = LIMIT.get();
        if (limit != null) {
            threads = Math.min(threads, limit);
        }
        if (threads <= 1) {
            for (int c = 0; c < chunks; c++) {
                body.accept(c);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        // failures are kept as thrown (a Future would rethrow a copy wrapping the original) and
        // stop the hand-out of further chunks
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            for (int c = next.getAndIncrement(); c < chunks && failure.get() == null; c = next.getAndIncrement()) {
                try {
                    body.accept(c);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        ForkJoinPool p = pool();
        List<Future<?>> futures = new ArrayList<>(threads - 1);
        // A helper claims its slot before draining. When the caller has drained every chunk, it
        // claims the slots of helpers that have not started yet and does not wait for them: on a
        // busy machine a queued helper may not be scheduled for milliseconds (elementwise 1M adds).
        AtomicInteger[] claimed = new AtomicInteger[threads - 1];
        for (int t = 1; t < threads; t++) {
            AtomicInteger claim = new AtomicInteger();
            claimed[t - 1] = claim;
            futures.add(p.submit(() -> {
                if (claim.compareAndSet(0, 1)) {
                    drain.run();
                }
            }));
        }
        drain.run();
        boolean interrupted = false;
        for (int k = 0; k < futures.size(); k++) {
            if (claimed[k].compareAndSet(0, 1)) {
                continue; // never started, and now never will: it has nothing to wait for
            }
            Future<?> f = futures.get(k);
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    // the workers write into the caller's arrays: never return before they stop
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, e.getCause());
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException("ndvec worker failed", t);
        }
    }

    /**
     * Runs {@code body} on this thread with every operation it starts using at most {@code threads}
     * threads (the caller's included); nested calls keep the smaller cap. Results do not change:
     * chunk boundaries never depend on the thread count.
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public static <T> T withLimit(int threads, java.util.function.Supplier<T> body) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Integer before = LIMIT.get();
        LIMIT.set(before == null ? threads : Math.min(before, threads));
        try {
            return body.get();
        } finally {
            if (before == null) {
                LIMIT.remove();
            } else {
                LIMIT.set(before);
            }
        }
    }

    /** As {@link #forEachChunk(int, int, IntConsumer)} with up to {@link #THREADS} threads. */
    public static void forEachChunk(int chunks, IntConsumer body) {
        forEachChunk(chunks, THREADS, body);
    }

    private static ForkJoinPool pool() {
        ForkJoinPool p = pool;
        if (p == null) {
            synchronized (Workers.class) {
                p = pool;
                if (p == null) {
                    p = new ForkJoinPool(Math.max(1, THREADS - 1), fj -> {
                        var w = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(fj);
                        w.setDaemon(true);
                        w.setName("ndvec-worker-" + w.getPoolIndex());
                        return w;
                    }, null, false);
                    pool = p;
                }
            }
        }
        return p;
    }
}
