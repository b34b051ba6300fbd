package org.ndvec.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.io.Csv;
import org.ndvec.pipeline.Checks;
import org.ndvec.pipeline.Minibatches;
import org.ndvec.pipeline.Split;
import org.ndvec.pipeline.Standardizer;
import org.ndvec.random.RandomState;
import org.ndvec.strings.LabelEncoding;

/**
 * A worked feature pipeline: Fisher's Iris data (150 flowers, 4 measurements, 3 species; public
 * domain, shipped as {@code iris.csv} with Fisher's 1936 values, as in R's {@code datasets::iris}; the
 * UCI copy differs in rows 35 and 38) classified by softmax regression trained with minibatch
 * gradient descent, every step on ndvec arrays. {@code examples/src/test/python/iris_softmax.py}
 * is the same program in NumPy, line for line; both reach the same validation accuracy.
 *
 * <ol>
 *   <li>CSV in: the four numeric columns with {@link Csv}, the species column label-encoded
 *       ({@code np.unique(labels, return_inverse=True)});</li>
 *   <li>a seeded 80/20 train/test split ({@code RandomState(0).permutation(150)});</li>
 *   <li>standardization fitted on the training rows only;</li>
 *   <li>{@code W = RandomState(0).randn(4, 3) * 0.01}, {@code b = 0}; each epoch, shuffled batches
 *       of 16 from {@code RandomState(1)}: forward {@code softmax(X @ W + b)}, gradient of the mean
 *       cross-entropy {@code (P - onehot(y)) / m}, {@code dW = X.T @ G}, {@code db = G.sum(0)};</li>
 *   <li>the training loss every ten epochs, then the accuracy on the held-out rows; {@link #main}
 *       also draws the loss after every epoch into an SVG picture ({@code iris-loss.svg}).</li>
 * </ol>
 * Run it with {@code mvn -q -Ptour -Dtour.main=org.ndvec.examples.IrisSoftmax package} (from
 * {@code examples/}, after building the library) or from an IDE.
 */
public final class IrisSoftmax {

    /** Hyperparameters; {@link #DEFAULT} is what both the Java and the NumPy program use. */
    public record Config(long seed, double testRatio, int epochs, int batchSize, double learningRate) {
        public static final Config DEFAULT = new Config(0, 0.2, 100, 16, 0.1);
    }

    /** What training produced: the loss on the training rows after each epoch and the final accuracy. */
    public record Result(double[] epochLoss, double validationAccuracy, int validationRows, NDArray weights, NDArray bias) {
    }

    private IrisSoftmax() {
    }

    /** Epochs between two loss lines of the log (the NumPy twin prints the same lines). */
    public static final int LOG_EVERY = 10;

    /**
     * Trains with {@link Config#DEFAULT}, printing a loss line every {@value #LOG_EVERY} epochs and the
     * accuracy, then draws the loss curve into an SVG file and prints its path.
     *
     * @param args the picture's path (default {@code iris-loss.svg} in the working directory)
     * @throws IOException if iris.csv cannot be read or the picture cannot be written
     */
    public static void main(String[] args) throws IOException {
        Result r = train(Config.DEFAULT, System.out);
        Path picture = Path.of(args.length > 0 ? args[0] : "iris-loss.svg").toAbsolutePath();
        Files.writeString(picture, LossCurveSvg.svg(r.epochLoss(),
                "Iris softmax regression: training loss per epoch"));
        System.out.println("loss curve written to " + picture);
    }

    /**
     * Loads the data, trains, and reports the loss every {@value #LOG_EVERY} epochs and the final
     * accuracy to {@code log} (may be null); the result holds every epoch's loss.
     */
    public static Result train(Config c, PrintStream log) throws IOException {
        byte[] csv;
        try (InputStream in = IrisSoftmax.class.getResourceAsStream("/iris.csv")) {
            if (in == null) {
                throw new IOException("iris.csv is not on the class path");
            }
            csv = in.readAllBytes();
        }
        NDArray x = Csv.read(new ByteArrayInputStream(csv), Csv.options().skipRows(1).useCols(0, 1, 2, 3));
        Checks.requireFinite(x, "iris features");
        LabelEncoding labels = Nd.labelEncode(Nd.array(species(csv)));
        int k = labels.classes().size();

        Split.TrainTest split = Split.trainTestSplit(x, labels.codes(), c.testRatio(), c.seed());
        Standardizer scaler = Standardizer.fit(split.xTrain());
        NDArray xTrain = scaler.transform(split.xTrain());
        NDArray xTest = scaler.transform(split.xTest());
        NDArray yTrain = split.yTrain();

        NDArray w = new RandomState(c.seed()).randn(x.shape(1), k).muli(0.01);
        NDArray b = Nd.zeros(k);
        Minibatches batches = Minibatches.of(xTrain, yTrain, c.batchSize()).shuffle(c.seed() + 1);
        double[] losses = new double[c.epochs()];
        for (int epoch = 0; epoch < c.epochs(); epoch++) {
            for (Minibatches.Batch batch : batches) {
                NDArray p = Nd.softmax(batch.x().matmul(w).addi(b), 1);
                NDArray grad = p.subi(Nd.oneHot(batch.y(), k)).divi((double) batch.x().shape(0));
                w.subi(batch.x().T().matmul(grad).muli(c.learningRate()));
                b.subi(grad.sum(0).muli(c.learningRate()));
            }
            losses[epoch] = Nd.crossEntropy(Nd.softmax(xTrain.matmul(w).addi(b), 1), yTrain).itemDouble();
            if (log != null && (epoch + 1) % LOG_EVERY == 0) {
                log.printf("epoch %3d  loss %.6f%n", epoch + 1, losses[epoch]);
            }
        }
        double accuracy = Nd.accuracy(xTest.matmul(w).addi(b), split.yTest());
        int n = xTest.shape(0);
        if (log != null) {
            log.printf("validation accuracy %.4f (%d of %d)%n", accuracy, Math.round(accuracy * n), n);
        }
        return new Result(losses, accuracy, n, w, b);
    }

    /** The last column of each data line: ndvec's Csv reads numbers, so the species are split out here. */
    private static String[] species(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.substring(l.lastIndexOf(',') + 1).strip()).toArray(String[]::new);
    }
}
