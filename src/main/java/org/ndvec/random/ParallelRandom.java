package org.ndvec.random;

import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.layout.Shapes;

/**
 * A fast generator for large arrays, filled in parallel, reproducible from its seed
 * whatever the number of threads. Not NumPy-compatible: use {@link RandomState} when
 * values must equal NumPy's, this class when you want many random numbers quickly
 * (initializing big weight tensors, simulation, synthetic data).
 *
 * <p>How it stays independent of the thread count: an array is cut into fixed chunks of
 * {@link #CHUNK} elements; chunk {@code i} of a call is filled by its own
 * {@code L64X128MixRandom} stream, split from a root generator in chunk order before any
 * work is handed out. Which thread fills a chunk cannot change what goes into it, so one
 * thread, the common pool, or any {@link ForkJoinPool} give identical arrays. Successive
 * calls keep splitting the same root, so they give fresh numbers.
 *
 * <p>Uniform doubles have 53 random bits, uniform floats 24; normals come from the JDK's
 * {@link java.util.random.RandomGenerator#nextGaussian()} (a ziggurat), rounded to float for FLOAT32.
 * Instances are thread-safe: concurrent calls are serialized while the streams are split,
 * and fill in parallel afterwards.
 */
public final class ParallelRandom {
    /**
     * Elements per stream. Large enough that splitting a stream (tens of nanoseconds) and
     * scheduling a task are noise next to filling it (about 0.1 ms for 2^16 doubles), small
     * enough that a 1M-element array still gives 16 tasks to balance over the cores.
     * Set by that arithmetic; RandomBench.parallel_normal_f64_1m is the benchmark to retune it
     * with (it could not be resolved on the loaded 2-core build machine). Changing it changes
     * every ParallelRandom output for a given seed.
     */
    public static final int CHUNK = 1 << 16;

    private static final RandomGeneratorFactory<SplittableGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");

    private final SplittableGenerator root;
    private final ForkJoinPool pool;

    /**
     * A generator seeded with {@code seed}, filling on the common ForkJoinPool.
     *
     * @param seed the root seed: equal seeds give equal sequences of arrays
     */
    public ParallelRandom(long seed) {
        this(seed, ForkJoinPool.commonPool());
    }

    /**
     * A generator seeded with {@code seed}, filling on {@code pool}.
     *
     * @param seed the root seed: equal seeds give equal sequences of arrays
     * @param pool the pool the chunks are filled on; it does not change the values
     */
    public ParallelRandom(long seed, ForkJoinPool pool) {
        this.root = FACTORY.create(seed);
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    /**
     * Uniform float64 values in [0, 1), like {@code rng.random(shape)} in distribution (not in values).
     *
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     */
    public NDArray uniform(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return uniform(DType.FLOAT64, shape);
    }

    /**
     * Uniform values in [0, 1) of dtype FLOAT64 or FLOAT32.
     *
     * @param dtype FLOAT64 or FLOAT32
     * @param shape the dims of the result; none for a 0-d array
     * @return a new array of that dtype
     */
    public NDArray uniform(DType dtype, int... shape) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return fill(dtype, shape, false);
    }

    /**
     * Standard normal float64 values, like {@code rng.standard_normal(shape)} in distribution.
     *
     * @param shape the dims of the result; none for a 0-d array
     * @return a new float64 array
     */
    public NDArray normal(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return normal(DType.FLOAT64, shape);
    }

    /**
     * Standard normal values of dtype FLOAT64 or FLOAT32.
     *
     * @param dtype FLOAT64 or FLOAT32
     * @param shape the dims of the result; none for a 0-d array
     * @return a new array of that dtype
     */
    public NDArray normal(DType dtype, int... shape) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return fill(dtype, shape, true);
    }

    /**
     * Fills {@code out} with uniform values in [0, 1).
     *
     * @param out the array to fill, whole
     */
    public void fillUniform(double[] out) {
        Objects.requireNonNull(out, "out");
        run(out, out.length, false);
    }

    /**
     * Fills {@code out} with uniform values in [0, 1).
     *
     * @param out the array to fill, whole
     */
    public void fillUniform(float[] out) {
        Objects.requireNonNull(out, "out");
        run(out, out.length, false);
    }

    /**
     * Fills {@code out} with standard normal values.
     *
     * @param out the array to fill, whole
     */
    public void fillNormal(double[] out) {
        Objects.requireNonNull(out, "out");
        run(out, out.length, true);
    }

    /**
     * Fills {@code out} with standard normal values.
     *
     * @param out the array to fill, whole
     */
    public void fillNormal(float[] out) {
        Objects.requireNonNull(out, "out");
        run(out, out.length, true);
    }

    private NDArray fill(DType dtype, int[] shape, boolean normal) {
        int n = Shapes.size(shape);
        Object data = switch (dtype) {
            case FLOAT64 -> new double[n];
            case FLOAT32 -> new float[n];
            default -> throw new IllegalArgumentException("ParallelRandom makes float32 or float64, not " + dtype);
        };
        run(data, n, normal);
        return RandomState.wrap(data, dtype, shape);
    }

    private void run(Object out, int n, boolean normal) {
        int chunks = (int) ((n + (long) CHUNK - 1) / CHUNK);
        SplittableGenerator[] streams = new SplittableGenerator[chunks];
        synchronized (root) {
            for (int i = 0; i < chunks; i++) {
                streams[i] = root.split();
            }
        }
        Fill task = new Fill(out, n, normal, streams, 0, chunks);
        if (chunks <= 1) {
            task.compute();
        } else {
            pool.invoke(task);
        }
    }

    /** Fills chunks {@code [lo, hi)}, halving the range until one chunk remains. */
    private static final class Fill extends RecursiveAction {
        private final Object out;
        private final int n;
        private final boolean normal;
        private final SplittableGenerator[] streams;
        private final int lo;
        private final int hi;

        Fill(Object out, int n, boolean normal, SplittableGenerator[] streams, int lo, int hi) {
            this.out = out;
            this.n = n;
            this.normal = normal;
            this.streams = streams;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                invokeAll(new Fill(out, n, normal, streams, lo, mid), new Fill(out, n, normal, streams, mid, hi));
                return;
            }
            if (lo == hi) {
                return;
            }
            SplittableGenerator g = streams[lo];
            int from = lo * CHUNK;
            int to = Math.min(n, from + CHUNK);
            switch (out) {
                case double[] d when normal -> {
                    for (int i = from; i < to; i++) {
                        d[i] = g.nextGaussian();
                    }
                }
                case double[] d -> {
                    for (int i = from; i < to; i++) {
                        d[i] = g.nextDouble();
                    }
                }
                case float[] f when normal -> {
                    for (int i = from; i < to; i++) {
                        f[i] = (float) g.nextGaussian();
                    }
                }
                case float[] f -> {
                    for (int i = from; i < to; i++) {
                        f[i] = g.nextFloat();
                    }
                }
                default -> throw new IllegalArgumentException("not a float buffer: " + out.getClass());
            }
        }
    }
}
