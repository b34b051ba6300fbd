package org.ndvec.pipeline;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.random.RandomState;

/**
 * Minibatches of rows for one epoch of training; iterate it once per epoch. With a seed, each
 * epoch draws a fresh permutation from one {@code RandomState(seed)}, so successive epochs differ
 * and a rerun repeats them all. The NumPy loop it reproduces:
 * <pre>{@code
 * rng = np.random.RandomState(seed)
 * for epoch in range(epochs):
 *     order = rng.permutation(n)              # np.arange(n) without shuffling
 *     for start in range(0, n, batch_size):
 *         idx = order[start:start + batch_size]
 *         if drop_last and len(idx) < batch_size: break
 *         xb, yb = x[idx], y[idx]
 * }</pre>
 * Unshuffled batches are views of {@code x} and {@code y}; shuffled ones are copies.
 * Not thread-safe: the shared {@code RandomState} advances with every epoch.
 */
public final class Minibatches implements Iterable<Minibatches.Batch> {

    /**
     * One batch: rows of x and the matching rows of y ({@code null} when there is no y).
     *
     * @param x rows of the samples: a view of them unshuffled, a copy when shuffled
     * @param y the matching rows of the targets, or {@code null}
     */
    public record Batch(NDArray x, NDArray y) {
    }

    private final NDArray x;
    private final NDArray y;
    private final int batchSize;
    private final RandomState rng;
    private final boolean dropLast;

    private Minibatches(NDArray x, NDArray y, int batchSize, RandomState rng, boolean dropLast) {
        this.x = x;
        this.y = y;
        this.batchSize = batchSize;
        this.rng = rng;
        this.dropLast = dropLast;
    }

    /**
     * Batches of {@code batchSize} rows in order, the last one possibly shorter.
     *
     * @param y targets with as many rows as {@code x}, or {@code null}
     * @param x the samples along axis 0, at least 1-d
     * @param batchSize the rows per batch, at least 1
     * @return batches over one epoch each time they are iterated
     * @throws IllegalArgumentException if {@code batchSize < 1} or the lengths differ
     */
    public static Minibatches of(NDArray x, NDArray y, int batchSize) {
        Objects.requireNonNull(x, "x");
        if (x.ndim() < 1) {
            throw new IllegalArgumentException("Minibatches: x must be at least 1-dimensional");
        }
        if (y != null && (y.ndim() < 1 || y.shape(0) != x.shape(0))) {
            throw new IllegalArgumentException("Found input variables with inconsistent numbers of samples: ["
                    + x.shape(0) + ", " + (y.ndim() < 1 ? 0 : y.shape(0)) + "]");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch_size should be a positive integer value, but got batch_size="
                    + batchSize);
        }
        return new Minibatches(x, y, batchSize, null, false);
    }

    /**
     * The same batches with rows shuffled each epoch by {@code RandomState(seed)}.
     *
     * @param seed the {@code RandomState} seed of the shuffles
     * @return new batches over the same rows, shuffled anew for each epoch
     */
    public Minibatches shuffle(long seed) {
        return new Minibatches(x, y, batchSize, new RandomState(seed), dropLast);
    }

    /**
     * The same batches without a last one shorter than the batch size.
     *
     * @return new batches over the same rows that skip a short last batch
     */
    public Minibatches dropLast() {
        return new Minibatches(x, y, batchSize, rng, true);
    }

    /**
     * Number of batches per epoch. {@code n // batch_size} or {@code ceil(n / batch_size)}
     *
     * @return how many batches one iteration yields
     */
    public int batchesPerEpoch() {
        int n = x.shape(0);
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    /** The batches of the next epoch (a new permutation when shuffling). */
    @Override
    public Iterator<Batch> iterator() {
        NDArray order = rng == null ? null : rng.permutation(x.shape(0));
        int count = batchesPerEpoch();
        int n = x.shape(0);
        return new Iterator<>() {
            private int b;

            @Override
            public boolean hasNext() {
                return b < count;
            }

            @Override
            public Batch next() {
                if (b >= count) {
                    throw new NoSuchElementException();
                }
                int start = b * batchSize;
                int end = Math.min(n, start + batchSize);
                b++;
                String rows = start + ":" + end;
                if (order == null) {
                    return new Batch(x.get(rows), y == null ? null : y.get(rows));
                }
                NDArray idx = order.get(rows);
                return new Batch(Nd.take(x, idx, 0), y == null ? null : Nd.take(y, idx, 0));
            }
        };
    }
}
