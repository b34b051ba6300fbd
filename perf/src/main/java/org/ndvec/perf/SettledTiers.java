package org.ndvec.perf;

import java.util.Arrays;
import java.util.List;
import org.ndvec.kernels.tiered.Tier;
import org.ndvec.kernels.tiered.Warmup;

/**
 * Brings named kernel tiers to their settled state before a JMH trial, for rows whose warm-up
 * outlasts perf/compare's short JMH warm-up (3 x 1 s). A fused expression on 1M float32 runs its
 * exp tier's exercise in slices paid for by scalar calls of 2-3 ms, and reached its steady 0.7 ms
 * only in the fifth second of a fork ({@code -wi 8}: 12.0, 7.5, 2.2, 1.3, 0.82, 0.76 ... ms per
 * call), so the third-second figure measured the warm-up, not the kernel. Settling the tiers first
 * runs the same exercise and the same probes as a long-running program would, on the setup's clock.
 */
final class SettledTiers {
    private static final long MAX_WAIT_NANOS = 60_000_000_000L;

    private SettledTiers() {
    }

    /**
     * Warms each tier whose name is given (e.g. {@code "float32 exp"}) now, or waits while another
     * thread warms it; the tiers must exist, so run the workload once before calling this.
     *
     * @throws IllegalStateException when a named tier does not exist yet
     */
    static void settle(String... names) {
        List<Tier> tiers = Warmup.tiers();
        for (String name : names) {
            Tier t = tiers.stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no tier named '" + name + "' among "
                            + Arrays.toString(tiers.stream().map(Tier::name).toArray())));
            long t0 = System.nanoTime();
            // COLD again after a warm-up: C2 had not compiled the kernel in time and the tier waits to
            // retry after more scalar work (Tier.retryLater); one svd_f64_1024 trial of three left its
            // gram tier so and ran at 1.39 s instead of 0.59 s. Retry at once, as often as the tier allows.
            Tier.State s = Warmup.warmNow(t);
            while ((s == Tier.State.WARMING || s == Tier.State.COLD) && System.nanoTime() - t0 < MAX_WAIT_NANOS) {
                if (s == Tier.State.WARMING) {
                    sleep();
                }
                s = Warmup.warmNow(t);
            }
            // in the JMH log: a tier that settled SCALAR explains a row that runs at the scalar speed
            System.out.println("settled tier: " + name + " " + t.state());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
