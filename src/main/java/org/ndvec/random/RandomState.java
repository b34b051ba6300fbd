package org.ndvec.random;

import java.security.SecureRandom;
import java.util.Objects;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;

/**
 * NumPy's legacy random generator, {@code np.random.RandomState}, reproduced bit for
 * bit: the same seed and the same sequence of calls give the same numbers as NumPy,
 * including the Mersenne Twister stream position afterwards, so mixed sequences
 * ({@code seed(42)}, then {@code randn}, then {@code randint}, ...) stay in step.
 *
 * <p>Use this class when results must agree with NumPy code (tutorials, ported
 * notebooks, tests with NumPy-generated expectations). It is sequential by nature
 * (one Mersenne Twister). For throughput on large arrays, where NumPy agreement does
 * not matter, use {@link ParallelRandom}, whose output is reproducible from its seed
 * and independent of the number of threads.
 *
 * <p>What is reproduced, and how (NumPy 1.17+ legacy code paths, unchanged since):
 * <ul>
 * <li>Seeding: an integer in {@code [0, 2^32-1]} via {@code init_genrand}, an array of such
 *     integers via {@code init_by_array}; anything else is NumPy's
 *     {@code Seed must be between 0 and 2**32 - 1}.</li>
 * <li>Uniform doubles ({@code random}, {@code rand}, {@code randomSample}, {@code uniform}):
 *     {@code genrand_res53}, two 32-bit draws per value.</li>
 * <li>Normals ({@code randn}, {@code standardNormal}, {@code normal}): the Marsaglia polar
 *     method, which makes two values per accepted pair and keeps the second for the next
 *     call, whatever that call is. The cache survives between calls (so {@code randn(3)} then
 *     {@code randn(1)} gives the same four values as {@code randn(4)}) and is cleared by
 *     seeding.</li>
 * <li>Integers ({@code randint}, {@code choice}, {@code permutation}, {@code shuffle}):
 *     masked rejection sampling (see {@code BoundedIntegers}).</li>
 * <li>{@code binomial}, {@code poisson}, {@code exponential}: NumPy's legacy algorithms,
 *     operation for operation.</li>
 * </ul>
 * The normal and exponential values pass through the C library's {@code log}, as NumPy's
 * do; this class calls that same function through the JDK's foreign function interface,
 * and falls back to {@link StrictMath} (within an ulp or two of NumPy, no longer
 * bit-identical) where it cannot; see {@link #usesPlatformLibm()}.
 *
 * <p>Thread safety: every method is {@code synchronized}, as NumPy's lock is; share one
 * instance across threads only if the interleaving does not matter to you.
 */
public final class RandomState {
    private static final long MAX_SEED = 0xffffffffL;

    private final MT19937 mt = new MT19937();
    private final LegacyBinomial binomial = new LegacyBinomial();
    private boolean hasGauss;
    private double gauss;

    /**
     * The Mersenne Twister state and the cached normal: NumPy's {@code get_state()} tuple.
     *
     * @param key            the 624 state words (unsigned 32-bit values in {@code int} bit patterns)
     * @param pos            index of the next word to use, 0..624
     * @param hasGauss       whether a second normal is cached
     * @param cachedGaussian the cached normal (0.0 when none)
     */
    public record State(int[] key, int pos, boolean hasGauss, double cachedGaussian) {
        /** Copies {@code key}, so the state cannot change behind the record's back. */
        public State {
            key = Objects.requireNonNull(key, "key").clone();
        }

        /**
         * The state words.
         *
         * @return a copy of the 624 state words
         */
        @Override
        public int[] key() {
            return key.clone();
        }
    }

    /** Seeded from OS entropy, like {@code np.random.RandomState()}. */
    public RandomState() {
        SecureRandom entropy = new SecureRandom();
        int[] words = new int[MT19937.N];
        for (int i = 0; i < words.length; i++) {
            words[i] = entropy.nextInt();
        }
        mt.seedByArray(words);
    }

    /**
     * {@code np.random.RandomState(seed)} for an integer seed in {@code [0, 2**32 - 1]}.
     *
     * @param seed the seed, in {@code [0, 2**32 - 1]}
     */
    public RandomState(long seed) {
        seed(seed);
    }

    /**
     * {@code np.random.RandomState([k0, k1, ...])}: an array seed, each word in {@code [0, 2**32 - 1]}.
     *
     * @param seedArray the seed words, at least one, each in {@code [0, 2**32 - 1]}
     */
    public RandomState(long[] seedArray) {
        seed(Objects.requireNonNull(seedArray, "seedArray"));
    }

    // ------------------------------------------------------------------ global state

    private static final class Global {
        static final RandomState INSTANCE = new RandomState();
    }

    /**
     * The shared instance behind NumPy's module-level functions ({@code np.random.rand},
     * {@code np.random.seed}, ...), seeded from OS entropy until {@link #seed(long)} is called.
     *
     * @return the process-wide generator that {@code Nd.random()} and {@code Nd.seed} use
     */
    public static RandomState global() {
        return Global.INSTANCE;
    }

    /**
     * Whether {@code log}/{@code exp} come from the C library as NumPy's do (bit-exact normals).
     *
     * @return true when the C library's functions are linked, false when StrictMath serves
     */
    public static boolean usesPlatformLibm() {
        return Libm.isNative();
    }

    // ------------------------------------------------------------------ seeding and state

    /**
     * Reseeds with {@code init_genrand(seed)} and clears the cached normal. {@code rs.seed(seed)}
     *
     * @param seed the seed, in {@code [0, 2**32 - 1]}
     * @throws IllegalArgumentException {@code Seed must be between 0 and 2**32 - 1}
     */
    public synchronized void seed(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
        }
        mt.seed((int) seed);
        resetGauss();
    }

    /**
     * Reseeds with {@code init_by_array(seedArray)} and clears the cached normal.
     * {@code rs.seed([k0, k1, ...])}
     *
     * @param seedArray the seed words, at least one, each in {@code [0, 2**32 - 1]}
     * @throws IllegalArgumentException {@code Seed must be non-empty}, or
     *     {@code Seed must be between 0 and 2**32 - 1}
     */
    public synchronized void seed(long[] seedArray) {
        Objects.requireNonNull(seedArray, "seedArray");
        if (seedArray.length == 0) {
            throw new IllegalArgumentException("Seed must be non-empty");
        }
        int[] words = new int[seedArray.length];
        for (int i = 0; i < words.length; i++) {
            if (seedArray[i] < 0 || seedArray[i] > MAX_SEED) {
                throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
            }
            words[i] = (int) seedArray[i];
        }
        mt.seedByArray(words);
        resetGauss();
    }

    private void resetGauss() {
        hasGauss = false;
        gauss = 0.0;
    }

    /**
     * A snapshot of the state. {@code rs.get_state()}
     *
     * @return the key words, position and cached normal, detached from this generator
     */
    public synchronized State getState() {
        return new State(mt.key(), mt.pos(), hasGauss, gauss);
    }

    /**
     * Restores a snapshot taken by {@link #getState()} (or built from NumPy's tuple). {@code rs.set_state(state)}
     *
     * @param state a state from {@link #getState()} here or from NumPy's {@code get_state()}
     */
    public synchronized void setState(State state) {
        Objects.requireNonNull(state, "state");
        mt.setState(state.key, state.pos());
        hasGauss = state.hasGauss();
        gauss = state.hasGauss() ? state.cachedGaussian() : 0.0;
    }

    // ------------------------------------------------------------------ uniform doubles

    /**
     * Uniform float64 values in {@code [0, 1)}. {@code rs.random_sample(size)}; with no
     * shape, a 0-d array ({@code size=()}).
     *
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     */
    public synchronized NDArray randomSample(int... shape) {
        Objects.requireNonNull(shape, "shape");
        double[] out = new double[checkedSize(shape)];
        mt.nextDoubles(out, 0, out.length);
        return wrap(out, DType.FLOAT64, shape);
    }

    /**
     * Same as {@link #randomSample}. {@code rs.random(size)}
     *
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     */
    public NDArray random(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return randomSample(shape);
    }

    /**
     * Same as {@link #randomSample}, shape as separate arguments. {@code rs.rand(d0, d1, ...)}
     *
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     */
    public NDArray rand(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return randomSample(shape);
    }

    /**
     * Uniform float64 values in {@code [low, high)}, computed as {@code low + (high - low) * u}.
     * {@code high < low} is allowed, as in NumPy. {@code rs.uniform(low, high, size)}
     *
     * @param low the lower bound, included
     * @param high the upper bound, excluded
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     * @throws IllegalArgumentException {@code Range exceeds valid bounds} when {@code high - low}
     *     is not finite (NumPy's OverflowError)
     */
    public synchronized NDArray uniform(double low, double high, int... shape) {
        Objects.requireNonNull(shape, "shape");
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new IllegalArgumentException("Range exceeds valid bounds");
        }
        double[] out = new double[checkedSize(shape)];
        mt.nextDoubles(out, 0, out.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = low + range * out[i];
        }
        return wrap(out, DType.FLOAT64, shape);
    }

    // ------------------------------------------------------------------ normals

    /**
     * Standard normal float64 values (polar method, cached pair). {@code rs.randn(d0, d1, ...)}
     *
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     */
    public NDArray randn(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return standardNormal(shape);
    }

    /**
     * Standard normal float64 values. {@code rs.standard_normal(size)}
     *
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     */
    public synchronized NDArray standardNormal(int... shape) {
        Objects.requireNonNull(shape, "shape");
        double[] out = new double[checkedSize(shape)];
        fillGauss(out);
        return wrap(out, DType.FLOAT64, shape);
    }

    /**
     * Normal float64 values {@code loc + scale * z}. {@code rs.normal(loc, scale, size)}
     *
     * @param loc the mean
     * @param scale the standard deviation, at least 0
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     * @throws IllegalArgumentException {@code scale < 0}
     */
    public synchronized NDArray normal(double loc, double scale, int... shape) {
        Objects.requireNonNull(shape, "shape");
        requireNonNegative(scale, "scale");
        double[] out = new double[checkedSize(shape)];
        fillGauss(out);
        for (int i = 0; i < out.length; i++) {
            out[i] = loc + scale * out[i];
        }
        return wrap(out, DType.FLOAT64, shape);
    }

    /**
     * {@code out.length} successive values of NumPy's {@code legacy_gauss}: the cached value
     * first, then polar-method pairs (second value out first, first value cached or written
     * next). The uniforms come in bulk batches of at most as many pairs as values are still
     * owed, so a batch is always consumed entirely and the generator ends where the
     * one-at-a-time method would.
     */
    private void fillGauss(double[] out) {
        int n = out.length;
        int i = 0;
        if (n > 0 && hasGauss) {
            out[i++] = gauss;
            resetGauss();
        }
        double[] u = new double[2 * Math.min((n - i + 1) / 2, GAUSS_BATCH)];
        int owed = (n - i + 1) / 2;
        while (owed > 0) {
            int pairs = Math.min(owed, GAUSS_BATCH);
            mt.nextDoubles(u, 0, 2 * pairs);
            for (int p = 0; p < pairs; p++) {
                double x1 = 2.0 * u[2 * p] - 1.0;
                double x2 = 2.0 * u[2 * p + 1] - 1.0;
                double r2 = x1 * x1 + x2 * x2;
                if (r2 >= 1.0 || r2 == 0.0) {
                    continue;
                }
                double f = Math.sqrt(-2.0 * Libm.log(r2) / r2);
                out[i++] = f * x2;
                if (i < n) {
                    out[i++] = f * x1;
                } else {
                    gauss = f * x1;
                    hasGauss = true;
                }
                owed--;
            }
        }
    }

    /** Polar-method pairs drawn per bulk batch of uniforms (16 KiB of doubles). */
    private static final int GAUSS_BATCH = 1024;

    // ------------------------------------------------------------------ exponential

    /**
     * Exponential float64 values with mean {@code scale}, as {@code -scale * log(1 - u)}.
     * {@code rs.exponential(scale, size)}
     *
     * @param scale the mean, at least 0
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     * @throws IllegalArgumentException {@code scale < 0}
     */
    public synchronized NDArray exponential(double scale, int... shape) {
        Objects.requireNonNull(shape, "shape");
        requireNonNegative(scale, "scale");
        double[] out = new double[checkedSize(shape)];
        for (int i = 0; i < out.length; i++) {
            out[i] = scale * -Libm.log(1.0 - mt.nextDouble());
        }
        return wrap(out, DType.FLOAT64, shape);
    }

    /**
     * Exponential float64 values with mean 1. {@code rs.standard_exponential(size)}
     *
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     */
    public synchronized NDArray standardExponential(int... shape) {
        Objects.requireNonNull(shape, "shape");
        double[] out = new double[checkedSize(shape)];
        for (int i = 0; i < out.length; i++) {
            out[i] = -Libm.log(1.0 - mt.nextDouble());
        }
        return wrap(out, DType.FLOAT64, shape);
    }

    // ------------------------------------------------------------------ integers

    /**
     * Int64 values in {@code [low, high)}. {@code rs.randint(low, high, size)}; NumPy's
     * {@code rs.randint(n, size=s)} is {@code randint(0, n, s)}.
     *
     * @param low the lowest value, included
     * @param high the end, excluded; greater than {@code low}
     * @param shape the dims of the result; none for a 0-d array
     * @return a new int64 array
     * @throws IllegalArgumentException {@code low >= high}
     */
    public NDArray randint(long low, long high, int... shape) {
        Objects.requireNonNull(shape, "shape");
        return randint(low, high, shape, DType.INT64);
    }

    /**
     * Integers in {@code [low, high)} of dtype INT64, INT32 or BOOL.
     * {@code rs.randint(low, high, size, dtype)}
     *
     * @param low the lowest value, included
     * @param high the end, excluded; greater than {@code low}; both within the dtype's range
     * @param shape the dims of the result; none for a 0-d array
     * @param dtype INT64, INT32 or BOOL
     * @return a new array of that dtype
     * @throws IllegalArgumentException {@code low >= high}, {@code low is out of bounds for int32},
     *     {@code high is out of bounds for bool}, ..., or for a float dtype
     */
    public synchronized NDArray randint(long low, long high, int[] shape, DType dtype) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        int n = checkedSize(shape);
        if (n == 0 && (dtype == DType.INT64 || dtype == DType.INT32 || dtype == DType.BOOL)) {
            // NumPy returns an empty array before validating the bounds, drawing nothing.
            return wrap(org.ndvec.storage.Buffers.allocate(dtype, 0), dtype, shape);
        }
        switch (dtype) {
            case INT64 -> {
                checkRange(low, high, Long.MIN_VALUE, Long.MAX_VALUE, "int64");
                long[] out = new long[n];
                BoundedIntegers.fill64(mt, low, (high - 1) - low, out);
                return wrap(out, dtype, shape);
            }
            case INT32 -> {
                checkRange(low, high, Integer.MIN_VALUE, Integer.MAX_VALUE, "int32");
                int[] out = new int[n];
                BoundedIntegers.fill32(mt, (int) low, (int) ((high - 1) - low), out);
                return wrap(out, dtype, shape);
            }
            case BOOL -> {
                checkRange(low, high, 0, 1, "bool");
                byte[] out = new byte[n];
                BoundedIntegers.fillBool(mt, low == 1, high - 1 != low, out);
                return wrap(out, dtype, shape);
            }
            default -> throw new IllegalArgumentException("Unsupported dtype " + dtype + " for randint");
        }
    }

    /** NumPy's checks in {@code _rand_<type>}, in its order; {@code high} is exclusive. */
    private static void checkRange(long low, long high, long lb, long ub, String type) {
        if (low < lb) {
            throw new IllegalArgumentException("low is out of bounds for " + type);
        }
        if (high != Long.MIN_VALUE && high - 1 > ub) {
            throw new IllegalArgumentException("high is out of bounds for " + type);
        }
        if (low >= high) {
            throw new IllegalArgumentException("low >= high");
        }
    }

    /**
     * Binomial int64 counts of successes in {@code n} trials of probability {@code p}.
     * {@code rs.binomial(n, p, size)}
     *
     * @param n the number of trials, at least 0
     * @param p the success probability of each trial, in {@code [0, 1]}
     * @param shape the dims of the result; none for a 0-d array
     * @return a new int64 array
     * @throws IllegalArgumentException {@code n < 0}, or {@code p < 0, p > 1 or p is NaN}
     */
    public synchronized NDArray binomial(long n, double p, int... shape) {
        Objects.requireNonNull(shape, "shape");
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p < 0, p > 1 or p is NaN");
        }
        long[] out = new long[checkedSize(shape)];
        for (int i = 0; i < out.length; i++) {
            out[i] = binomial.draw(mt, p, n);
        }
        return wrap(out, DType.INT64, shape);
    }

    /**
     * Poisson int64 counts with mean {@code lam}. {@code rs.poisson(lam, size)}
     *
     * @param lam the mean, at least 0
     * @param shape the dims of the result; none for a 0-d array
     * @return a new int64 array
     * @throws IllegalArgumentException {@code lam < 0 or lam is NaN}, {@code lam value too large}
     */
    public synchronized NDArray poisson(double lam, int... shape) {
        Objects.requireNonNull(shape, "shape");
        if (!(lam >= 0)) {
            throw new IllegalArgumentException("lam < 0 or lam is NaN");
        }
        if (lam > LegacyPoisson.LAM_MAX) {
            throw new IllegalArgumentException("lam value too large");
        }
        long[] out = new long[checkedSize(shape)];
        for (int i = 0; i < out.length; i++) {
            out[i] = LegacyPoisson.draw(mt, lam);
        }
        return wrap(out, DType.INT64, shape);
    }

    // ------------------------------------------------------------------ permutations and sampling

    /**
     * A random permutation of {@code 0..n-1} as int64 (empty for {@code n <= 0}, as NumPy's
     * {@code arange} is). {@code rs.permutation(n)}
     *
     * @param n how many values to permute
     * @return a new 1-d int64 array holding each of {@code 0..n-1} once
     */
    public synchronized NDArray permutation(int n) {
        long[] out = new long[Math.max(n, 0)];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        NDArray a = wrap(out, DType.INT64, new int[] {out.length});
        Shuffle.shuffle(mt, a);
        return a;
    }

    /**
     * A shuffled copy of {@code x} along axis 0; {@code x} is not modified. {@code rs.permutation(x)}
     *
     * @param x the array whose axis-0 slices are permuted, at least 1-d
     * @return a new array of the shape and dtype of {@code x}
     * @throws IndexOutOfBoundsException {@code x must be an integer or at least 1-dimensional} for 0-d input
     */
    public synchronized NDArray permutation(NDArray x) {
        Objects.requireNonNull(x, "x");
        if (x.ndim() < 1) {
            throw new IndexOutOfBoundsException("x must be an integer or at least 1-dimensional");
        }
        NDArray copy = x.copy();
        Shuffle.shuffle(mt, copy);
        return copy;
    }

    /**
     * Shuffles {@code x} in place along axis 0 (Fisher-Yates from the last index down).
     * {@code rs.shuffle(x)}
     *
     * @param x the array whose axis-0 slices are shuffled in place: writeable, at least 1-d
     * @throws IllegalArgumentException for 0-d input ({@code len() of unsized object})
     * @throws IllegalStateException {@code array is read-only}
     */
    public synchronized void shuffle(NDArray x) {
        Objects.requireNonNull(x, "x");
        Shuffle.shuffle(mt, x);
    }

    /**
     * {@code size} int64 samples from {@code 0..n-1}, uniformly with replacement.
     * {@code rs.choice(n, size)}
     *
     * @param n the population size, at least 1
     * @param shape the dims of the result; none for a 0-d array
     * @return a new int64 array
     */
    public NDArray choice(int n, int... shape) {
        Objects.requireNonNull(shape, "shape");
        return choice(n, shape, true, null);
    }

    /**
     * Samples from {@code 0..n-1} as int64. {@code rs.choice(n, size, replace, p)}
     *
     * @param p probabilities of each value (null: uniform); must sum to 1 within
     *     {@code sqrt(eps)}
     * @param n the population size
     * @param shape the dims of the result; none for a 0-d array
     * @param replace whether a value may be drawn more than once
     * @return a new int64 array
     * @throws IllegalArgumentException with NumPy's messages for bad {@code n}, {@code p},
     *     or a sample larger than the population without replacement
     */
    public synchronized NDArray choice(int n, int[] shape, boolean replace, double[] p) {
        Objects.requireNonNull(shape, "shape");
        return Choice.choice(this, n, null, shape, replace, p);
    }

    /**
     * Samples from the elements of the 1-d array {@code a}, in its dtype.
     * {@code rs.choice(a, size, replace, p)}
     *
     * @param a the population, 1-d and not empty
     * @param shape the dims of the result; none for a 0-d array
     * @param replace whether an element may be drawn more than once
     * @param p the probability of each element of {@code a}, or {@code null} for uniform
     * @return a new array of the dtype of {@code a}
     * @throws IllegalArgumentException {@code a must be 1-dimensional}, and NumPy's other checks
     */
    public synchronized NDArray choice(NDArray a, int[] shape, boolean replace, double[] p) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(shape, "shape");
        if (a.ndim() != 1) {
            throw new IllegalArgumentException("a must be 1-dimensional");
        }
        return Choice.choice(this, a.shape(0), a, shape, replace, p);
    }

    // ------------------------------------------------------------------ helpers for Choice

    /** The bit generator, for the package's samplers; callers hold this object's lock. */
    MT19937 bits() {
        return mt;
    }

    private static int checkedSize(int[] shape) {
        return Shapes.size(shape);
    }

    static NDArray wrap(Object data, DType dtype, int[] shape) {
        return Internals.access().wrap(data, dtype, shape.clone());
    }

    /** NumPy's {@code CONS_NON_NEGATIVE}: the sign bit decides, so -0.0 is refused and NaN passes. */
    private static void requireNonNegative(double value, String name) {
        if (Double.doubleToRawLongBits(value) < 0 && !Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " < 0");
        }
    }
}
