package org.ndvec.kernels.tiered;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.ndvec.parallel.Workers;

/**
 * Compiles the vector kernel of a hot {@link Tier} and decides when calls may take it.
 *
 * <p>Warming a tier means calling its vector kernel on scratch data ({@link Exercise}) until C2
 * has compiled it, then checking that it beats the scalar twin on a {@link Exercise#PROBE}-element
 * call. C2 compiles a method after about 600 calls whose loops also ran about 15,000 iterations,
 * or 5,000 calls (HotSpot's Tier4 thresholds), plus the compile itself; the exercise makes
 * {@link #MAX_CALLS} calls at most, cycling through short rows so that the boxed, pre-C2 calls stay
 * cheap (measured: about 1,000-2,000 calls and 30-150 ms of CPU per operator here).
 *
 * <p>Where (issue "Fast from the first call"): with more than one ndvec thread
 * ({@code -Dndvec.threads}, default all cores) one daemon thread, {@code ndvec-warmup}, warms the
 * hot tiers one after the other, off the callers' path. With {@code -Dndvec.threads=1} (Spark
 * executors, which already run a task per core) no thread is started: the caller warms the tier
 * itself, in slices of {@link #SLICE_CALLS} calls, never more warm-up time than the scalar work
 * counted so far divided by the operator's {@link #budget} (5% for light operators, 20% for
 * transcendentals, 50% for products), plus one slice.
 */
public final class Warmup {
    /** The warm-up runs on a daemon thread when the library may use more than one thread. */
    static final boolean BACKGROUND = Workers.THREADS > 1;

    /** Exercise calls per slice. */
    static final int SLICE_CALLS = 200;
    /** No probe before this many calls: a probe of an interpreted vector kernel costs milliseconds. */
    static final int FIRST_PROBE_CALLS = 800;
    /**
     * Exercise calls after which only probes remain (beyond C2's 5,000-call threshold), unless the
     * vector kernel still boxes ({@link #MAX_BOXED_CALLS}).
     */
    static final int MAX_CALLS = 6000;
    /**
     * Exercise calls at most while probes still find the vector kernel boxing: C2 may not have
     * taken it yet when {@link #MAX_CALLS} are done (a busy C2 queue makes HotSpot compile it at
     * C1's tier 2, and the climb to tier 4 needs thousands of calls more: float32 products with
     * {@code -Dndvec.threads=1} reached tier 3 only after the exercise had ended, and stayed boxed).
     */
    static final int MAX_BOXED_CALLS = 3 * MAX_CALLS;
    /** How long the background thread waits for C2 after the last exercise call. */
    static final long WAIT_NANOS = 5_000_000_000L;
    /** Probes after the last exercise call before an inline warm-up gives up. */
    static final int MAX_INLINE_PROBES = 40;
    /** Size of the quick look that skips a full probe while the vector kernel is still boxed. */
    static final int PRECHECK = 64;
    /**
     * Inline slices cost at most 1/BUDGET of the scalar work between them, for operators whose
     * vector kernel gains little over C2's own loops (additions, comparisons: 1-2x). Operators
     * with more to gain spend more ({@link #budget}).
     */
    static final int BUDGET = 20;
    /** A compiled vector kernel times within this factor of its scalar twin (boxed code: 10x or worse). */
    static final int COMPILED_WITHIN = 3;
    /** Probes in a row that must find the vector kernel compiled but slower before it stays scalar. */
    static final int SETTLED_PROBES = 5;
    /**
     * Bytes a probe's vector call may allocate beyond its scalar twin's and still count as compiled:
     * a boxed 2048-element call allocates a vector object (64 bytes and more) per operation and lane
     * group, tens of kilobytes; a C2-compiled one nothing.
     */
    static final int BOXED_BYTES = 1024;

    /** The calling thread's allocation counter (HotSpot counts it per thread). */
    private static final class Allocation {
        private static final com.sun.management.ThreadMXBean BEAN = bean();

        private static com.sun.management.ThreadMXBean bean() {
            try {
                return java.lang.management.ManagementFactory.getThreadMXBean()
                        instanceof com.sun.management.ThreadMXBean b && b.isThreadAllocatedMemorySupported()
                        && b.isThreadAllocatedMemoryEnabled() ? b : null;
            } catch (RuntimeException | LinkageError e) {
                return null; // no management support here: the timing rule alone decides
            }
        }

        /** Bytes allocated by this thread so far, or -1. */
        static long bytes() {
            return BEAN == null ? -1 : BEAN.getCurrentThreadAllocatedBytes();
        }

        /** Bytes allocated since {@code before} (from {@link #bytes}), or -1. */
        static long since(long before) {
            long now = bytes();
            return before < 0 || now < 0 ? -1 : now - before;
        }
    }

    /** Made on first use: finding the logger backend cost ~16 ms of a cold JVM's first ndvec call. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger("org.ndvec");
    }
    private static final List<Tier> ALL = new CopyOnWriteArrayList<>();
    private static final ConcurrentHashMap<Tier, Warming> INLINE = new ConcurrentHashMap<>();
    private static final LinkedBlockingQueue<Tier> QUEUE = new LinkedBlockingQueue<>();
    private static volatile Thread thread;

    private Warmup() {
    }

    static void register(Tier t) {
        ALL.add(t);
    }

    /** Every tier made so far, in creation order. */
    public static List<Tier> tiers() {
        return new ArrayList<>(ALL);
    }

    /**
     * Warms {@code t} on the calling thread, now, unless it is already warm or being warmed; for
     * tests and benchmarks that want the vector kernels from the start. Returns its final state,
     * or {@link Tier.State#WARMING} when another thread is warming it.
     */
    public static Tier.State warmNow(Tier t) {
        if (t.claim()) {
            warm(t);
        }
        return t.state();
    }

    /** Called by {@link Tier#vector} when the tier's work passes its trigger. */
    static void triggered(Tier t) {
        if (BACKGROUND) {
            if (t.claim()) {
                t.trigger(Long.MAX_VALUE);
                QUEUE.add(t);
                startThread();
            }
            return;
        }
        Warming w = INLINE.get(t);
        if (w == null) {
            if (!t.claim()) {
                return;
            }
            w = new Warming(t);
            INLINE.put(t, w);
        }
        if (!w.lock.tryLock()) {
            return; // another caller is running this tier's slice
        }
        try {
            // Slices as long as the scalar work counted so far pays for them (one at least): a
            // call of seconds (a 2048^3 product) pays for the whole exercise at once, where one
            // slice per call took 30 calls. Probes after the last exercise call stay one per
            // trigger, so that C2 has time to finish between them.
            long allowance = t.units() / (10L * budget(t)) - w.spent;
            long t0 = System.nanoTime();
            do {
                if (w.slice()) {
                    INLINE.remove(t);
                    return;
                }
                if (!w.exercising() && (++w.idleProbes >= MAX_INLINE_PROBES || w.settledSlower())) {
                    INLINE.remove(t);
                    w.giveUp();
                    return;
                }
            } while (w.exercising() && System.nanoTime() - t0 < allowance);
            w.spent += System.nanoTime() - t0;
            // the next slice waits until budget times all warm-up time so far is counted as scalar work
            t.trigger(Math.max(t.units() + 1, w.spent * 10L * budget(t)));
        } finally {
            w.lock.unlock();
        }
    }

    /**
     * Scalar work per unit of inline warm-up work: {@link #BUDGET} for light operators, 5 (20%) for
     * transcendentals (vector kernels 4-10x faster), 2 (50%) for matrix products (30x: a 256^3
     * float32 product took 6 ms on the scalar tiles against 0.2 ms on the vector ones). At 5%, a
     * product's warm-up (about 1 s of boxed tile calls) waited for 20 s of scalar products, so with
     * {@code -Dndvec.threads=1} a 1024^3 product ran at 0.03x NumPy for a whole JMH run. Spending
     * up to half the scalar time on warming makes a program that stops just after the switch at most
     * 1.5x slower, and one that goes on many times faster.
     */
    static int budget(Tier t) {
        return switch (t.cost()) {
            case Tier.MULADD -> 2;
            case Tier.HEAVY -> 5;
            default -> BUDGET;
        };
    }

    /**
     * Whether a probe's vector call (its time and allocated bytes, -1 where not counted) looks
     * compiled but slower than the scalar twin: within {@link #COMPILED_WITHIN}x of it, and
     * allocating no more than it. A kernel whose loop is still C1 code boxes every vector even when
     * the vector math it calls is C2 code already. That half-compiled state timed only 1.4x slower
     * than the scalar twin for float32 exp (2048 elements: 6.6 us against 4.8 us, 24 KiB allocated;
     * the loop compiled by C2 takes 0.42 us), and five such probes in a row once settled exp as
     * scalar for good, 25 ms after the last exercise call, while C2 was still busy on a 2-core machine.
     */
    static boolean compiledButSlower(long vectorNanos, long scalarNanos, long vectorBytes, long scalarBytes) {
        return vectorNanos <= COMPILED_WITHIN * scalarNanos && !boxing(vectorBytes, scalarBytes);
    }

    /** Whether a vector call allocated like boxed code: over {@link #BOXED_BYTES} beyond its scalar twin. */
    static boolean boxing(long vectorBytes, long scalarBytes) {
        return vectorBytes > Math.max(0, scalarBytes) + BOXED_BYTES;
    }

    private static void startThread() {
        if (thread != null) {
            return;
        }
        synchronized (Warmup.class) {
            if (thread != null) {
                return;
            }
            Thread th = new Thread(Warmup::drain, "ndvec-warmup");
            th.setDaemon(true);
            th.start();
            thread = th;
        }
    }

    private static void drain() {
        while (true) {
            Tier t;
            try {
                t = QUEUE.take();
            } catch (InterruptedException e) {
                return;
            }
            warm(t);
        }
    }

    // every slice back to back, then probes until C2 has compiled the kernel or WAIT_NANOS passed
    private static void warm(Tier t) {
        try {
            Warming w = new Warming(t);
            while (!w.slice()) {
                if (!w.exercising()) {
                    if (System.nanoTime() - w.start > WAIT_NANOS || w.settledSlower()) {
                        w.giveUp();
                        return;
                    }
                    pause();
                }
            }
        } catch (RuntimeException | Error e) {
            // a kernel that fails on scratch data would fail for users too; keep the scalar
            // twin and say why once
            Log.LOG.log(Level.WARNING, "ndvec: warming " + t.name() + " failed; it stays scalar", e);
            t.finish(false);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The progress of one tier's warm-up. */
    private static final class Warming {
        final Tier tier;
        final Exercise exercise;
        final long start = System.nanoTime();
        final ReentrantLock lock = new ReentrantLock();
        int calls;
        /** Nanoseconds of inline warm-up so far. */
        long spent;
        int idleProbes;
        int slowerProbes;
        long lastVector = Long.MAX_VALUE;
        long lastScalar;
        /** Bytes the last probe's vector (scalar) call allocated; -1 where the JVM does not count them. */
        long lastVectorBytes = -1;
        long lastScalarBytes = -1;

        Warming(Tier tier) {
            this.tier = tier;
            this.exercise = tier.newExercise();
        }

        /**
         * Whether slices still make exercise calls: up to {@link #MAX_CALLS}, and on up to
         * {@link #MAX_BOXED_CALLS} while the last probe found the vector kernel boxing.
         */
        boolean exercising() {
            return calls < MAX_CALLS || calls < MAX_BOXED_CALLS && boxing();
        }

        /** The last probe's vector call allocated like boxed code (see {@link #compiledButSlower}). */
        private boolean boxing() {
            return Warmup.boxing(lastVectorBytes, lastScalarBytes);
        }

        /** A slice of exercise calls, then a probe once C2 may have compiled; true when finished. */
        boolean slice() {
            if (exercise == null) {
                finish(false); // the operator has no vector loop: nothing to warm
                return true;
            }
            if (exercising()) {
                for (int i = 0; i < SLICE_CALLS; i++, calls++) {
                    exercise.run(true, Exercise.SIZES[calls % Exercise.SIZES.length], calls);
                }
            }
            if (calls >= FIRST_PROBE_CALLS && vectorFaster()) {
                finish(true);
                return true;
            }
            return false;
        }

        // Best of three timed calls each way; the vector kernel must be at least 10% faster, so
        // an operator where C2's own loop vectorization already matches it stays scalar.
        private boolean vectorFaster() {
            // a cheap look first: while the kernel is still boxed, a full probe of a
            // 16 x 2048 axis sum took 4-18 ms every slice; a 64-element call shows it as well
            long small = time(false, PRECHECK);
            if (time(true, PRECHECK) > 4 * small + 20_000) {
                return false;
            }
            long scalar = Long.MAX_VALUE;
            for (int r = 0; r < 3; r++) {
                long b0 = Allocation.bytes();
                scalar = Math.min(scalar, time(false));
                lastScalarBytes = Allocation.since(b0);
            }
            long vector = Long.MAX_VALUE;
            for (int r = 0; r < 3; r++) {
                long b0 = Allocation.bytes();
                vector = Math.min(vector, time(true));
                lastVectorBytes = Allocation.since(b0);
                if (vector > 2 * scalar) {
                    break; // still boxed: no need to time it again
                }
            }
            lastVector = vector;
            lastScalar = scalar;
            if (Log.LOG.isLoggable(Level.TRACE)) {
                Log.LOG.log(Level.TRACE, String.format(
                        "ndvec: %s probe after %d calls: vector %d ns (%d bytes allocated), scalar %d ns (%d bytes)",
                        tier.name(), calls, vector, lastVectorBytes, scalar, lastScalarBytes));
            }
            return vector * 10 <= scalar * 9;
        }

        private long time(boolean vector) {
            return time(vector, Exercise.PROBE);
        }

        private long time(boolean vector, int n) {
            long t0 = System.nanoTime();
            exercise.run(vector, n, 1);
            return System.nanoTime() - t0;
        }

        /**
         * Whether the vector kernel looks compiled but slower than the scalar twin: within
         * {@link #COMPILED_WITHIN}x of it for {@link #SETTLED_PROBES} probes in a row after the last
         * exercise call. Boxed code is 10x slower or worse; the float32 axis-sum lane kernel, compiled,
         * probed 1.5-1.7x slower than C2's own vectorization of the scalar loop (Zen 5), and was
         * probed every 5 ms for 5 s, three times over, before this rule.
         */
        boolean settledSlower() {
            if (compiledButSlower()) {
                return ++slowerProbes >= SETTLED_PROBES;
            }
            slowerProbes = 0;
            return false;
        }

        /** The last full probe's figures, read by {@link Warmup#compiledButSlower}. */
        private boolean compiledButSlower() {
            return Warmup.compiledButSlower(lastVector, lastScalar, lastVectorBytes, lastScalarBytes);
        }

        // Compiled but not faster (the last probe within COMPILED_WITHIN x of the scalar twin, where
        // boxed code is 10x slower or worse): scalar for good. Not compiled in time (C2 busy on a
        // loaded machine): the tier retries later, unless it has tried enough.
        void giveUp() {
            if (compiledButSlower()) {
                finish(false);
                return;
            }
            tier.retryLater();
            log(tier.state() == Tier.State.SCALAR ? "stays scalar" : "not compiled yet, will retry");
        }

        void finish(boolean ready) {
            tier.finish(ready);
            log(ready ? "takes the vector kernel" : "stays scalar");
        }

        private void log(String what) {
            if (Log.LOG.isLoggable(Level.DEBUG)) {
                Log.LOG.log(Level.DEBUG, String.format("ndvec: %s %s after %d warm-up calls, %.1f ms", tier.name(),
                        what, calls, (System.nanoTime() - start) / 1e6));
            }
        }
    }
}
