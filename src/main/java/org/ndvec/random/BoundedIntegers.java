package org.ndvec.random;

/**
 * Bounded integers by masked rejection, the only method NumPy's legacy
 * {@code RandomState.randint} uses ({@code _masked=True} in {@code mtrand}): draw
 * bits, keep the smallest all-ones mask covering the range, retry while the result
 * exceeds the range. Which words are drawn follows NumPy exactly, because that is
 * what decides the stream:
 * <ul>
 * <li>a range of 0 (one possible value) draws nothing;</li>
 * <li>a range that fits 32 bits draws one 32-bit word per attempt, even for int64 output;</li>
 * <li>a wider range draws 64-bit words (two 32-bit draws, first one high);</li>
 * <li>bool output takes one bit at a time from a buffered 32-bit word, low bit first.</li>
 * </ul>
 * Ranges are inclusive and unsigned: values are {@code off + [0, rng]} with wraparound.
 */
final class BoundedIntegers {
    private BoundedIntegers() {
    }

    /** The smallest {@code 2^k - 1} that is at least {@code rng} (unsigned), NumPy's {@code gen_mask}. */
    static long mask(long rng) {
        return rng == 0 ? 0 : -1L >>> Long.numberOfLeadingZeros(rng);
    }

    /**
     * A value in {@code [0, max]}, NumPy's {@code random_interval}: the draw behind
     * legacy {@code shuffle} and {@code permutation}.
     */
    static long interval(MT19937 mt, long max) {
        if (max == 0) {
            return 0;
        }
        long mask = mask(max);
        long value;
        if (Long.compareUnsigned(max, 0xffffffffL) <= 0) {
            do {
                value = (mt.nextInt() & 0xffffffffL) & mask;
            } while (value > max);
        } else {
            do {
                value = mt.nextLong() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }

    /** {@code random_bounded_uint64_fill} with masking: int64 output. */
    static void fill64(MT19937 mt, long off, long rng, long[] out) {
        if (rng == 0) {
            java.util.Arrays.fill(out, off);
        } else if (Long.compareUnsigned(rng, 0xffffffffL) <= 0) {
            long mask = mask(rng);
            for (int i = 0; i < out.length; i++) {
                long v;
                do {
                    v = (mt.nextInt() & 0xffffffffL) & mask;
                } while (v > rng);
                out[i] = off + v;
            }
        } else if (rng == -1L) {
            for (int i = 0; i < out.length; i++) {
                out[i] = off + mt.nextLong();
            }
        } else {
            long mask = mask(rng);
            for (int i = 0; i < out.length; i++) {
                long v;
                do {
                    v = mt.nextLong() & mask;
                } while (Long.compareUnsigned(v, rng) > 0);
                out[i] = off + v;
            }
        }
    }

    /** {@code random_bounded_uint32_fill} with masking: int32 output, {@code rng} unsigned. */
    static void fill32(MT19937 mt, int off, int rng, int[] out) {
        if (rng == 0) {
            java.util.Arrays.fill(out, off);
        } else if (rng == -1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = off + mt.nextInt();
            }
        } else {
            int mask = (int) mask(rng & 0xffffffffL);
            for (int i = 0; i < out.length; i++) {
                int v;
                do {
                    v = mt.nextInt() & mask;
                } while (Integer.compareUnsigned(v, rng) > 0);
                out[i] = off + v;
            }
        }
    }

    /**
     * {@code random_bounded_bool_fill}: with a range of 0 every value is {@code off};
     * otherwise each value is the next bit of a 32-bit word, refilled every 32 values.
     */
    static void fillBool(MT19937 mt, boolean off, boolean rng, byte[] out) {
        if (!rng) {
            java.util.Arrays.fill(out, (byte) (off ? 1 : 0));
            return;
        }
        int buf = 0;
        int bcnt = 0;
        for (int i = 0; i < out.length; i++) {
            if (bcnt == 0) {
                buf = mt.nextInt();
                bcnt = 31;
            } else {
                buf >>>= 1;
                bcnt--;
            }
            out[i] = (byte) (buf & 1);
        }
    }
}
