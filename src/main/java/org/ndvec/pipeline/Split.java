package org.ndvec.pipeline;

import java.util.Objects;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.random.RandomState;

/**
 * Splitting rows into a training and a test set by a seeded random permutation.
 */
public final class Split {
    private Split() {
    }

    /**
     * The four parts of a split: rows of {@code x} and {@code y} for training and for testing,
     * each a new array (rows taken in the order of the permutation).
     *
     * @param xTrain the training rows of {@code x}
     * @param xTest the test rows of {@code x}
     * @param yTrain the training rows of {@code y}, or {@code null}
     * @param yTest the test rows of {@code y}, or {@code null}
     */
    public record TrainTest(NDArray xTrain, NDArray xTest, NDArray yTrain, NDArray yTest) {
    }

    /**
     * Shuffles the rows with {@code RandomState(seed).permutation(n)}, puts the first
     * {@code ceil(testRatio * n)} of the permutation in the test set and the rest in the
     * training set. It gives exactly what this NumPy code gives (scikit-learn's
     * {@code ShuffleSplit} rule for the test size):
     * <pre>{@code
     * perm = np.random.RandomState(seed).permutation(len(x))
     * n_test = int(np.ceil(test_ratio * len(x)))
     * x_test, x_train = x[perm[:n_test]], x[perm[n_test:]]
     * y_test, y_train = y[perm[:n_test]], y[perm[n_test:]]
     * }</pre>
     *
     * @param x         samples along axis 0
     * @param y         targets with as many rows as {@code x} (any dtype, strings included), or
     *                  {@code null} (then the y parts are {@code null})
     * @param testRatio fraction of rows for the test set, {@code 0 < testRatio < 1}
     * @param seed      the {@code RandomState} seed, {@code 0 <= seed < 2**32}
     * @return the four parts, each a new array
     * @throws IllegalArgumentException if the ratio is out of range, either set would be empty,
     *                                  or {@code x} and {@code y} differ in length
     */
    public static TrainTest trainTestSplit(NDArray x, NDArray y, double testRatio, long seed) {
        Objects.requireNonNull(x, "x");
        if (x.ndim() < 1) {
            throw new IllegalArgumentException("Singleton array cannot be considered a valid collection.");
        }
        int n = x.shape(0);
        if (y != null && (y.ndim() < 1 || y.shape(0) != n)) {
            throw new IllegalArgumentException("Found input variables with inconsistent numbers of samples: ["
                    + n + ", " + (y.ndim() < 1 ? 0 : y.shape(0)) + "]");
        }
        if (!(testRatio > 0 && testRatio < 1)) {
            throw new IllegalArgumentException("test_size=" + testRatio + " should be a float in the (0, 1) range");
        }
        int nTest = (int) Math.ceil(testRatio * n);
        if (nTest >= n) {
            throw new IllegalArgumentException("With n_samples=" + n + ", test_size=" + testRatio
                    + " the resulting train set will be empty. Adjust any of the aforementioned parameters.");
        }
        NDArray perm = new RandomState(seed).permutation(n);
        NDArray test = perm.get("0:" + nTest);
        NDArray train = perm.get(nTest + ":");
        return new TrainTest(Nd.take(x, train, 0), Nd.take(x, test, 0),
                y == null ? null : Nd.take(y, train, 0), y == null ? null : Nd.take(y, test, 0));
    }
}
