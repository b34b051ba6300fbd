package org.ndvec.kernels.tiered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The tier state machine with hand-made exercises: what is counted, when warming starts, how it ends. */
class TierTest {

    @Test
    void shortRowsAreNotCountedAndLongOnesTriggerTheWarmUpOnce() {
        AtomicInteger made = new AtomicInteger();
        Tier t = new Tier("test short rows", Tier.LIGHT, () -> {
            made.incrementAndGet();
            return null; // no vector loop: the warm-up ends at once, scalar for good
        });
        for (int i = 0; i < 100_000; i++) {
            assertFalse(t.vector(Tier.MIN_COUNTED - 1));
        }
        assertEquals(0, t.units(), "rows shorter than one vector cost nothing to the trigger");
        assertEquals(Tier.State.COLD, t.state());
        long calls = Tier.HOT_NANOS * 10 / (1000L * Tier.LIGHT) + 1;
        for (long i = 0; i < calls; i++) {
            assertFalse(t.vector(1000));
        }
        // with threads > 1 the warm-up is queued to the daemon thread; wait for it to finish
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (t.state() != Tier.State.SCALAR && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertEquals(Tier.State.SCALAR, t.state());
        assertEquals(1, made.get(), "one warm-up, however many calls passed the trigger");
        for (int i = 0; i < 1000; i++) {
            assertFalse(t.vector(100_000), "a tier without a vector loop never switches");
        }
    }

    @Test
    void aVectorKernelThatBeatsTheScalarOneIsTakenOnlyAfterEnoughWarmUpCalls() {
        AtomicInteger vectorCalls = new AtomicInteger();
        Tier t = new Tier("test fast vector", Tier.LIGHT, () -> (vector, n, variant) -> {
            if (vector) {
                vectorCalls.incrementAndGet();
            } else {
                LockSupport.parkNanos(200_000); // a scalar twin much slower than the "vector" one
            }
        });
        assertFalse(t.vector(1000));
        assertEquals(Tier.State.READY, Warmup.warmNow(t));
        assertTrue(vectorCalls.get() >= Warmup.FIRST_PROBE_CALLS,
                "no probe before C2 could have compiled it: " + vectorCalls.get());
        assertTrue(t.vector(5), "ready: even short rows take the vector kernel, which has the same bits");
        assertEquals(Tier.State.READY, Warmup.warmNow(t), "warming again changes nothing");
    }

    /** Where the boxing fake's allocations go, so that escape analysis cannot remove them. */
    static volatile byte[] boxes;

    /**
     * A vector kernel that probes slower than its twin but within the range of compiled code:
     * settled as scalar when it allocates nothing, but kept waiting when it allocates like boxed
     * vectors do (its loop still C1 code; float32 exp once settled scalar that way).
     */
    @Test
    void aSlowerVectorKernelSettlesScalarOnlyWhenItNoLongerAllocatesLikeBoxedCode() {
        Tier compiled = new Tier("test compiled but slower", Tier.LIGHT, () -> slowerBy(false));
        assertEquals(Tier.State.SCALAR, Warmup.warmNow(compiled));

        // the same timings, allocating: never settled scalar. Back to counting after waiting for C2
        // (COLD); READY only if timer noise once made the sleeping fake look faster, which a
        // loaded CI machine did among its hundreds of probes: the rule itself is pinned below
        // with numbers
        Tier boxing = new Tier("test boxing", Tier.LIGHT, () -> slowerBy(true));
        long t0 = System.nanoTime();
        Tier.State s = Warmup.warmNow(boxing);
        assertNotEquals(Tier.State.SCALAR, s, "a kernel that still boxes is not settled as compiled");
        if (s == Tier.State.COLD) {
            assertTrue(System.nanoTime() - t0 >= Warmup.WAIT_NANOS, "it waited for C2 as long as the rule allows");
        }
    }

    /** The settling rule on the figures float32 exp probed with: half-compiled, then compiled. */
    @Test
    void theCompiledButSlowerRuleReadsTimesAndAllocations() {
        // exp's loop still C1 code: 1.4x slower, 24 KiB allocated against none
        assertFalse(Warmup.compiledButSlower(6_600, 4_800, 24_576, 0));
        // the same times with nothing allocated: compiled, and slower
        assertTrue(Warmup.compiledButSlower(6_600, 4_800, 0, 0));
        // boxed-code times (over 3x) are never "compiled", allocating or not
        assertFalse(Warmup.compiledButSlower(99_000, 8_400, 0, 0));
        // allocation counted on neither side (-1): the timing rule alone
        assertTrue(Warmup.compiledButSlower(6_600, 4_800, -1, -1));
        // the scalar twin's own allocation is not held against the vector kernel
        assertTrue(Warmup.compiledButSlower(6_600, 4_800, 72 + Warmup.BOXED_BYTES, 72));
        assertFalse(Warmup.compiledButSlower(6_600, 4_800, 73 + Warmup.BOXED_BYTES, 72));
    }

    /**
     * Probe-size calls: the "vector" form 2x slower than the scalar one, allocating 64 KiB if asked.
     * Sleeps of 0.4 and 0.8 ms, so that oversleeping (a loaded CI machine) cannot make the probe
     * take the vector form as 10% faster: with 0.2 and 0.3 ms, one of the boxing tier's several
     * hundred probes once did, and the tier turned READY.
     */
    private static Exercise slowerBy(boolean allocate) {
        return (vector, n, variant) -> {
            if (n != Exercise.PROBE) {
                return;
            }
            if (vector && allocate) {
                boxes = new byte[64 * 1024];
            }
            LockSupport.parkNanos(vector ? 800_000 : 400_000);
        };
    }

    @Test
    void everyTierHasANameAndStartsCold() {
        Tier t = new Tier("test listed", Tier.HEAVY, () -> null);
        assertTrue(Warmup.tiers().contains(t));
        assertEquals("test listed: COLD", t.toString());
    }
}
