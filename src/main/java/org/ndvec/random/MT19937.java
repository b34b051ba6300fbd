package org.ndvec.random;

/**
 * The Mersenne Twister bit generator exactly as NumPy's legacy {@code RandomState}
 * drives it: 624 words of state, {@code init_genrand} seeding for one integer and
 * {@code init_by_array} for a key of integers, 32-bit outputs tempered as in the
 * reference implementation, 64-bit outputs as {@code (first << 32) | second}, and
 * 53-bit doubles as {@code genrand_res53}.
 *
 * <p>Unsigned 32-bit words live in Java {@code int}s; every arithmetic step below
 * wraps modulo 2^32 exactly as the C code's {@code uint32_t} does, so no masking is needed.
 * Not thread-safe: {@link RandomState} serializes access.
 */
final class MT19937 {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] key = new int[N];
    private int pos;
    // tempered words of one bulk run (nextDoubles); contents never outlive the call
    private final int[] scratch = new int[N];

    /** {@code init_genrand(seed)}: Knuth's multiplicative recurrence from one 32-bit word. */
    void seed(int seed) {
        int s = seed;
        for (int i = 0; i < N; i++) {
            key[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /** {@code init_by_array(initKey)}: mixes every word of the key into the state. */
    void seedByArray(int[] initKey) {
        seed(19650218);
        int[] mt = key;
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, initKey.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + initKey[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= initKey.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit set guarantees a non-zero state whatever the key.
        mt[0] = 0x80000000;
        pos = N;
    }

    private void regenerate() {
        int[] mt = key;
        int i = 0;
        for (; i < N - M; i++) {
            int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        pos = 0;
    }

    /** The next 32 random bits (read as unsigned by callers that need it). */
    int nextInt() {
        if (pos == N) {
            regenerate();
        }
        return temper(key[pos++]);
    }

    /** MT19937's tempering of one state word. */
    private static int temper(int y) {
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** {@code genrand_res53}'s double from two tempered words: 27 + 26 bits on a 2^-53 grid. */
    private static double res53(int first, int second) {
        int a = first >>> 5;
        int b = second >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** The next 64 random bits: the first 32-bit draw is the high half. */
    long nextLong() {
        long hi = nextInt() & 0xffffffffL;
        long lo = nextInt() & 0xffffffffL;
        return (hi << 32) | lo;
    }

    /** {@code genrand_res53}: 27 + 26 bits from two draws, a double in [0, 1) on a 2^-53 grid. */
    double nextDouble() {
        int first = nextInt();
        return res53(first, nextInt());
    }

    /**
     * {@code n} values of {@link #nextDouble()} into {@code out[off ..]}, the same stream: whole
     * runs of state words are tempered and paired in separate loops that C2 vectorizes (one
     * call per value left a 1M {@code rand} at 0.63x NumPy).
     */
    void nextDoubles(double[] out, int off, int n) {
        int[] words = scratch;
        int i = 0;
        while (i < n) {
            if (pos == N) {
                regenerate();
            }
            int pairs = Math.min(n - i, (N - pos) / 2);
            if (pairs == 0) {
                // an odd position leaves one word before the regeneration: that pair straddles it
                out[off + i++] = nextDouble();
                continue;
            }
            int words2 = 2 * pairs;
            for (int w = 0; w < words2; w++) {
                words[w] = temper(key[pos + w]);
            }
            for (int j = 0; j < pairs; j++) {
                out[off + i + j] = res53(words[2 * j], words[2 * j + 1]);
            }
            pos += words2;
            i += pairs;
        }
    }

    /** A copy of the 624 state words. */
    int[] key() {
        return key.clone();
    }

    /** Position of the next word to temper, 0..624 (624: regenerate first). */
    int pos() {
        return pos;
    }

    void setState(int[] newKey, int newPos) {
        if (newKey.length != N) {
            throw new IllegalArgumentException("state key must have " + N + " words, got " + newKey.length);
        }
        if (newPos < 0 || newPos > N) {
            throw new IllegalArgumentException("state pos must be in [0, " + N + "], got " + newPos);
        }
        System.arraycopy(newKey, 0, key, 0, N);
        pos = newPos;
    }
}
