package org.ndvec.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.io.Npy;
import org.ndvec.linalg.Linalg;

/**
 * The seed tour: every code cell of the two tutorials in {@code shared/seeds}, in order,
 * in Java. What NumPy prints (arrays, shapes, dtypes, scalars) ndvec prints character
 * for character; {@code examples/src/test/resources/tour/expected.txt} holds NumPy's
 * output, recorded by {@code examples/src/test/python/seed_cells.py}, and {@code TourTest}
 * compares the two. Lines that only ndvec prints (our timings, where files were written)
 * start with {@code [ndvec]}.
 *
 * <p>Headers name what is transcribed: {@code ## madewithml-numpy.md: NumPy for Machine Learning}
 * before each tutorial, and {@code ### madewithml-numpy.md cell 3: Basics} (file, cell number,
 * the tutorial's section) before each cell; {@code seed_cells.py} takes the same lines from the
 * seeds' Markdown.
 *
 * <p>Each cell is a method named after its tutorial and number; the NumPy source of each
 * line stands beside it as a comment where the Java reads differently.
 */
public final class Tour {
    private final PrintStream out;

    private Tour(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        PrintStream utf8 = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of(args.length > 0 ? args[0] : "tour-output");
        new Tour(utf8).run(dir);
        utf8.flush();
    }

    /** Runs every cell, writing the bridge files into {@code dir}. */
    public static void run(PrintStream out, Path dir) throws IOException {
        new Tour(out).run(dir);
    }

    private void run(Path dir) throws IOException {
        madewithml();
        essentials(dir);
    }

    // ------------------------------------------------------------------ printing like Python

    /** Python's {@code print(*parts)}: str() of each part, joined by one space. */
    private void print(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(str(parts[i]));
        }
        out.println(sb);
    }

    /** Python's {@code str(x)} for what the tutorials print. */
    private static String str(Object x) {
        return switch (x) {
            case String s -> s;
            case NDArray a -> a.toString();
            case int[] shape -> shape(shape);
            case Boolean b -> b ? "True" : "False";
            case Double d -> Nd.scalar(d).toString();
            case Float f -> Nd.scalar(DType.FLOAT32, f).toString();
            case Number n -> Long.toString(n.longValue());
            case DType t -> t.toString();
            default -> String.valueOf(x);
        };
    }

    /** A shape as Python prints a tuple: {@code (2, 3)}, {@code (3,)}, {@code ()}. */
    private static String shape(int[] s) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            sb.append(i > 0 ? ", " : "").append(s[i]);
        }
        return sb.append(s.length == 1 ? ",)" : ")").toString();
    }

    /**
     * Python's {@code f"{x:.Nf}"}: the exact binary value rounded half-even, which Java's
     * {@code String.format} does not do (it rounds a shortest decimal half-up).
     */
    private static String fixed(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        // Python keeps the sign of a negative number that rounds to zero: f"{-0.0001:.2f}" is "-0.00".
        return (x < 0 || (x == 0 && 1 / x < 0)) && !s.startsWith("-") ? "-" + s : s;
    }

    // ------------------------------------------------------------------ headers naming the seeds

    /** A seed tutorial in {@code shared/seeds}: its file and its title. */
    private record Seed(String file, String title) {
    }

    private static final Seed MADEWITHML = new Seed("madewithml-numpy.md", "NumPy for Machine Learning");
    private static final Seed ESSENTIALS = new Seed("numpy-essentials-for-ml.md", "NumPy Essentials for Machine Learning");

    private Seed tutorial;
    private String section = "";

    /** Starts the transcription of a tutorial: {@code ## <file>: <title>}. */
    private void tutorial(Seed seed) {
        tutorial = seed;
        section = "";
        out.println("## " + seed.file() + ": " + seed.title());
    }

    /** The tutorial's {@code ## } heading under which the next cells stand. */
    private void section(String heading) {
        section = heading;
    }

    /** A cell's header: {@code ### <file> cell <n>: <section>}, as seed_cells.py prints it from the seeds. */
    private void cell(int n) {
        out.println("### " + tutorial.file() + " cell " + n + (section.isEmpty() ? "" : ": " + section));
    }

    // ------------------------------------------------------------------ madewithml-numpy.md

    private void madewithml() {
        tutorial(MADEWITHML);
        section("Set up");
        cell(1); // import numpy as np
        cell(2);
        Nd.seed(1234); // np.random.seed(seed=1234)

        section("Basics");
        cell(3);
        NDArray x = Nd.array(6); // np.array(6)
        print("x: ", x);
        print("x ndim: ", x.ndim());
        print("x shape:", x.shape());
        print("x size: ", x.size());
        print("x dtype: ", x.dtype());

        cell(4);
        x = Nd.array(1.3, 2.2, 1.7);
        print("x: ", x);
        print("x ndim: ", x.ndim());
        print("x shape:", x.shape());
        print("x size: ", x.size());
        print("x dtype: ", x.dtype());

        cell(5);
        x = Nd.array(new int[][] {{1, 2}, {3, 4}});
        print("x:\n", x);
        print("x ndim: ", x.ndim());
        print("x shape:", x.shape());
        print("x size: ", x.size());
        print("x dtype: ", x.dtype());

        cell(6);
        x = Nd.array(new int[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}});
        print("x:\n", x);
        print("x ndim: ", x.ndim());
        print("x shape:", x.shape());
        print("x size: ", x.size());
        print("x dtype: ", x.dtype());

        cell(7);
        print("np.zeros((2,2)):\n", Nd.zeros(2, 2));
        print("np.ones((2,2)):\n", Nd.ones(2, 2));
        print("np.eye((2)):\n", Nd.eye(2));
        print("np.random.random((2,2)):\n", Nd.random().random(2, 2));

        section("Indexing");
        cell(8);
        x = Nd.array(1, 2, 3);
        print("x: ", x);
        print("x[0]: ", x.get("0")); // a 0-d view prints as NumPy's scalar does
        x.setItem(0, 0); // x[0] = 0
        print("x: ", x);

        cell(9);
        x = Nd.array(new int[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}});
        print(x);
        print("x column 1: ", x.get(":, 1"));
        print("x row 0: ", x.get("0, :"));
        print("x rows 0,1 & cols 1,2: \n", x.get("0:2, 1:3"));

        cell(10);
        print(x);
        NDArray rowsToGet = Nd.array(0, 1, 2);
        print("rows_to_get: ", rowsToGet);
        NDArray colsToGet = Nd.array(0, 2, 1);
        print("cols_to_get: ", colsToGet);
        print("indexed values: ", x.get(Index.of(rowsToGet), Index.of(colsToGet))); // x[rows, cols]

        cell(11);
        x = Nd.array(new int[][] {{1, 2}, {3, 4}, {5, 6}});
        print("x:\n", x);
        print("x > 2:\n", x.gt(2));
        print("x[x > 2]:\n", x.get(x.gt(2)));

        section("Arithmetic");
        cell(12);
        x = Nd.array(DType.FLOAT64, new int[][] {{1, 2}, {3, 4}});
        NDArray y = Nd.array(DType.FLOAT64, new int[][] {{1, 2}, {3, 4}});
        print("x + y:\n", x.add(y));
        print("x - y:\n", x.sub(y));
        print("x * y:\n", x.mul(y));

        section("Dot product");
        cell(13);
        NDArray a = Nd.array(DType.FLOAT64, new int[][] {{1, 2, 3}, {4, 5, 6}});
        NDArray b = Nd.array(DType.FLOAT64, new int[][] {{7, 8}, {9, 10}, {11, 12}});
        NDArray c = Nd.dot(a, b); // a.dot(b)
        print(shape(a.shape()) + " · " + shape(b.shape()) + " = " + shape(c.shape()));
        print(c);

        section("Axis operations");
        cell(14);
        x = Nd.array(new int[][] {{1, 2}, {3, 4}});
        print(x);
        print("sum all: ", x.sum());
        print("sum axis=0: ", x.sum(0));
        print("sum axis=1: ", x.sum(1));

        cell(15);
        x = Nd.array(new int[][] {{1, 2, 3}, {4, 5, 6}});
        print("min: ", x.min());
        print("max: ", x.max());
        print("min axis=0: ", x.min(0));
        print("min axis=1: ", x.min(1));

        section("Broadcast");
        cell(16);
        x = Nd.array(1, 2);
        y = Nd.array(3); // np.array(3): a 0-d array
        NDArray z = x.add(y);
        print("z:\n", z);

        cell(17);
        a = Nd.array(3, 4, 5);
        b = a.expandDims(1);
        c = a.add(b);

        cell(18);
        print(c); // a.shape (3,), b.shape (3, 1), c.shape (3, 3)

        cell(19);
        a = a.reshape(-1, 1);
        c = a.add(b);
        print(c);

        cell(20);
        a = Nd.array(3, 4, 5);
        a = a.reshape(-1, 1);

        section("Transpose");
        cell(21);
        x = Nd.array(new int[][] {{1, 2, 3}, {4, 5, 6}});
        print("x:\n", x);
        print("x.shape: ", x.shape());
        y = x.transpose(1, 0); // np.transpose(x, (1,0))
        print("y:\n", y);
        print("y.shape: ", y.shape());

        section("Reshape");
        cell(22);
        x = Nd.array(new int[][] {{1, 2, 3, 4, 5, 6}});
        print(x);
        print("x.shape: ", x.shape());
        y = x.reshape(2, 3);
        print("y: \n", y);
        print("y.shape: ", y.shape());
        z = x.reshape(2, -1);
        print("z: \n", z);
        print("z.shape: ", z.shape());

        cell(23);
        x = Nd.array(new int[][][] {{{1, 1, 1, 1}, {2, 2, 2, 2}, {3, 3, 3, 3}},
                {{10, 10, 10, 10}, {20, 20, 20, 20}, {30, 30, 30, 30}}});
        print("x:\n", x);
        print("x.shape: ", x.shape());

        cell(24);
        NDArray zIncorrect = x.reshape(x.shape(1), -1);
        print("z_incorrect:\n", zIncorrect);
        print("z_incorrect.shape: ", zIncorrect.shape());

        cell(25);
        y = x.transpose(1, 0, 2);
        print("y:\n", y);
        print("y.shape: ", y.shape());
        NDArray zCorrect = y.reshape(y.shape(0), -1);
        print("z_correct:\n", zCorrect);
        print("z_correct.shape: ", zCorrect.shape());

        section("Joining");
        cell(26);
        x = Nd.random().random(2, 3);
        print(x);
        print(x.shape());

        cell(27);
        y = Nd.concatenate(new NDArray[] {x, x}, 0);
        print(y);
        print(y.shape());

        cell(28);
        z = Nd.stack(new NDArray[] {x, x}, 0);
        print(z);
        print(z.shape());

        section("Expanding / reducing");
        cell(29);
        x = Nd.array(new int[][] {{1, 2, 3}, {4, 5, 6}});
        print("x:\n", x);
        print("x.shape: ", x.shape());
        y = x.expandDims(1);
        print("y: \n", y);
        print("y.shape: ", y.shape());

        cell(30);
        x = Nd.array(new int[][][] {{{1, 2, 3}}, {{4, 5, 6}}});
        print("x:\n", x);
        print("x.shape: ", x.shape());
        y = x.squeeze(1);
        print("y: \n", y);
        print("y.shape: ", y.shape());
    }

    // ------------------------------------------------------------------ numpy-essentials-for-ml.md

    private void essentials(Path dir) throws IOException {
        tutorial(ESSENTIALS);
        cell(1);
        Nd.seed(42);
        print("[ndvec] Java version: " + Runtime.version() + " (NumPy and Python versions do not apply)");

        section("1. Array Creation and Basic Properties");
        cell(2);
        NDArray arrFromList = Nd.array(new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        print("From list:");
        print(arrFromList);
        print("Shape: " + shape(arrFromList.shape()) + ", Dtype: " + arrFromList.dtype() + "\n");
        NDArray weights = Nd.zeros(3, 4);
        print("Zeros (weight initialization):");
        print(weights);
        print("Shape: " + shape(weights.shape()) + "\n");
        NDArray randomData = Nd.random().randn(100, 5);
        print("Random data (first 5 rows):");
        print(randomData.get(":5"));
        print("Shape: " + shape(randomData.shape()) + "\n");
        NDArray identity = Nd.eye(3);
        print("Identity matrix:");
        print(identity);

        cell(3);
        NDArray sampleArray = Nd.random().randn(32, 10, 8);
        print("Array Properties (typical ML batch):");
        print("Shape: " + shape(sampleArray.shape()) + " (batch_size, seq_len, features)");
        print("Number of dimensions: " + sampleArray.ndim());
        print("Total elements: " + sampleArray.size());
        print("Data type: " + sampleArray.dtype());
        print("Memory usage: " + sampleArray.nbytes() + " bytes");
        print("Memory usage: " + fixed(sampleArray.nbytes() / 1024.0, 2) + " KB");

        section("2. Array Indexing and Slicing");
        cell(4);
        NDArray batchImages = Nd.random().randint(0, 256, 8, 28, 28, 3);
        print("Batch of images shape:", batchImages.shape());
        print("\nIndexing and Slicing Examples:");
        print("First image shape: " + shape(batchImages.get("0").shape()));
        print("Mini-batch shape: " + shape(batchImages.get(":4").shape()));
        print("Red channel shape: " + shape(batchImages.get(":, :, :, 0").shape()));
        print("Center crop shape: " + shape(batchImages.get(":, 7:21, 7:21, :").shape()));

        cell(5);
        NDArray scores = Nd.array(85, 92, 78, 96, 88, 73, 91, 82);
        NDArray names = Nd.array("Alice", "Bob", "Charlie", "Diana", "Eve", "Frank", "Grace", "Henry");
        print("Original scores:", scores);
        print("Names:", names);
        NDArray highPerformers = scores.gt(85);
        print("\nHigh performers mask: " + highPerformers);
        print("High performer scores: " + scores.get(highPerformers));
        print("High performer names: " + names.get(highPerformers));
        NDArray goodRange = scores.ge(80).bitwiseAnd(scores.le(90)); // (scores >= 80) & (scores <= 90)
        print("\nScores in 80-90 range: " + scores.get(goodRange));

        section("3. Array Operations and Broadcasting");
        cell(6);
        NDArray a = Nd.array(new int[][] {{1, 2, 3}, {4, 5, 6}});
        NDArray b = Nd.array(new int[][] {{2, 2, 2}, {3, 3, 3}});
        print("Array a:");
        print(a);
        print("\nArray b:");
        print(b);
        print("\nElement-wise operations:");
        print("Addition (a + b):");
        print(a.add(b));
        print("\nMultiplication (a * b):");
        print(a.mul(b));
        print("\nSquare (a**2):");
        print(a.pow(2));
        print("\nCommon activation functions:");
        NDArray x = Nd.array(-2, -1, 0, 1, 2);
        print("Input: " + x);
        print("ReLU (max(0, x)): " + x.maximum(0)); // np.maximum(0, x)
        print("Sigmoid: " + x.neg().exp().add(1).reciprocal()); // 1 / (1 + np.exp(-x))
        print("Tanh: " + x.tanh());

        cell(7);
        print("Broadcasting Examples:");
        NDArray features = Nd.random().randn(100, 5);
        NDArray bias = Nd.array(0.1, -0.2, 0.3, -0.1, 0.2);
        print("Features shape: " + shape(features.shape()));
        print("Bias shape: " + shape(bias.shape()));
        NDArray featuresWithBias = features.add(bias);
        print("Result shape: " + shape(featuresWithBias.shape()));
        print("First sample before: " + features.get("0"));
        print("First sample after: " + featuresWithBias.get("0"));
        print("\n" + "=".repeat(50));
        NDArray data = Nd.random().randn(1000, 3).mul(10).add(5);
        print("\nOriginal data shape: " + shape(data.shape()));
        print("Original means: " + data.mean(0));
        print("Original stds: " + data.std(0));
        NDArray mean = data.mean(0);
        NDArray std = data.std(0);
        NDArray normalizedData = data.sub(mean).div(std);
        print("\nNormalized means: " + normalizedData.mean(0));
        print("Normalized stds: " + normalizedData.std(0));

        cell(8);
        print("Broadcasting Rules Examples:");
        int[][][] examples = {
            {{3, 4}, {4}},
            {{2, 3, 4}, {4}},
            {{2, 3, 4}, {3, 4}},
            {{2, 1, 4}, {3, 4}},
        };
        for (int[][] ex : examples) {
            NDArray ea = Nd.ones(ex[0]);
            NDArray eb = Nd.ones(ex[1]);
            NDArray result = ea.add(eb);
            print("\n" + shape(ex[0]) + " + " + shape(ex[1]) + " -> " + shape(result.shape()));
            print("\nArray A:");
            print(ea);
            print("\nArray B:");
            print(eb);
            print("\nResult:");
            print(result);
            print("-".repeat(50));
        }

        section("4. Linear Algebra Operations");
        cell(9);
        print("Matrix Multiplication Examples:");
        int batchSize = 32;
        int inputFeatures = 10;
        int outputFeatures = 5;
        NDArray xIn = Nd.random().randn(batchSize, inputFeatures);
        NDArray w = Nd.random().randn(inputFeatures, outputFeatures);
        NDArray bOut = Nd.random().randn(outputFeatures);
        print("Input X shape: " + shape(xIn.shape()));
        print("Weights W shape: " + shape(w.shape()));
        print("Bias b shape: " + shape(bOut.shape()));
        NDArray yOut = Nd.dot(xIn, w).add(bOut); // np.dot(X, W) + b
        print("Output Y shape: " + shape(yOut.shape()));
        print("\nFirst sample input: " + xIn.get("0").get(":5") + "...");
        print("First sample output: " + yOut.get("0"));

        cell(10);
        NDArray am = Nd.random().randn(3, 4);
        NDArray bm = Nd.random().randn(4, 2);
        print("Matrix Operations:");
        print("A shape: " + shape(am.shape()));
        print("B shape: " + shape(bm.shape()));
        NDArray cm = am.matmul(bm);
        print("A @ B shape: " + shape(cm.shape()));
        print("A transpose shape: " + shape(am.T().shape()));
        NDArray squareMatrix = Nd.random().randn(3, 3);
        print("\nSquare matrix shape: " + shape(squareMatrix.shape()));
        print("Element-wise square: " + shape(squareMatrix.mul(squareMatrix).shape()));
        print("Matrix multiplication: " + shape(squareMatrix.matmul(squareMatrix).shape()));

        cell(11);
        print("Advanced Linear Algebra:");
        NDArray a4 = Nd.random().randn(4, 4);
        NDArray symmetricA = a4.add(a4.T());
        print("Matrix A shape: " + shape(symmetricA.shape()));
        Linalg.EigResult eig = Linalg.eig(symmetricA);
        // A symmetric matrix has real eigenvalues (valuesImag is all zeros), so NumPy prints a real array.
        print("Eigenvalues: " + eig.valuesReal());
        print("Eigenvectors shape: " + shape(eig.vectorsReal().shape()));
        print("\nMatrix norms:");
        print("Frobenius norm: " + fixed(Linalg.norm(a4, "fro").itemDouble(), 4));
        print("L2 norm: " + fixed(Linalg.norm(a4, 2).itemDouble(), 4));
        double detA = Linalg.det(symmetricA).itemDouble();
        print("\nDeterminant: " + fixed(detA, 4));
        if (Math.abs(detA) > 1e-10) {
            NDArray invA = Linalg.inv(symmetricA);
            print("Inverse exists, shape: " + shape(invA.shape()));
            NDArray identityCheck = symmetricA.matmul(invA);
            print("A @ A^(-1) close to identity: " + str(Nd.allclose(identityCheck, Nd.eye(4))));
        } else {
            print("Matrix is singular (not invertible)");
        }

        section("5. Statistical Operations and Aggregations");
        cell(12);
        NDArray predictions = Nd.random().randn(100, 5);
        print("Predictions shape: " + shape(predictions.shape()));
        print("\nStatistical Operations:");
        print("Overall mean: " + fixed(predictions.mean().itemDouble(), 4));
        print("Overall std: " + fixed(predictions.std().itemDouble(), 4));
        print("Min value: " + fixed(predictions.min().itemDouble(), 4));
        print("Max value: " + fixed(predictions.max().itemDouble(), 4));
        print("\nMean per class (axis=0): " + predictions.mean(0));
        print("Mean per sample (axis=1) shape: " + shape(predictions.mean(1).shape()));
        NDArray maxPerSample = predictions.max(new int[] {1}, true);
        print("\nMax per sample shape (keepdims=True): " + shape(maxPerSample.shape()));
        print("Max per sample shape (keepdims=False): " + shape(predictions.max(1).shape()));

        cell(13);
        print("Practical ML Statistical Operations:");
        NDArray logits = Nd.random().randn(5, 3);
        NDArray probabilities = softmax(logits);
        print("Logits shape: " + shape(logits.shape()));
        print("Probabilities shape: " + shape(probabilities.shape()));
        print("Probabilities sum per sample: " + probabilities.sum(1));
        print("First sample probabilities: " + probabilities.get("0"));
        NDArray trueLabels = Nd.array(0, 1, 2, 1, 0);
        NDArray predictedLabels = probabilities.argmax(1);
        double accuracy = trueLabels.eq(predictedLabels).mean().itemDouble();
        print("\nTrue labels: " + trueLabels);
        print("Predicted labels: " + predictedLabels);
        print("Accuracy: " + fixed(accuracy, 2));

        cell(14);
        print("Common Loss Functions:");
        NDArray yTrue = Nd.array(1.5, 2.3, 3.1, 4.2, 5.0);
        NDArray yPred = Nd.array(1.2, 2.1, 3.4, 4.0, 5.2);
        double mse = yTrue.sub(yPred).pow(2).mean().itemDouble();
        double rmse = Math.sqrt(mse);
        double mae = yTrue.sub(yPred).abs().mean().itemDouble();
        print("True values: " + yTrue);
        print("Predicted values: " + yPred);
        print("MSE: " + fixed(mse, 4));
        print("RMSE: " + fixed(rmse, 4));
        print("MAE: " + fixed(mae, 4));
        double ceLoss = crossEntropyLoss(trueLabels, probabilities);
        print("\nCross-entropy loss: " + fixed(ceLoss, 4));

        section("6. Array Reshaping and Manipulation");
        cell(15);
        print("Array Reshaping:");
        NDArray flattenedImages = Nd.random().randint(0, 256, 100, 784);
        print("Flattened images shape: " + shape(flattenedImages.shape()));
        NDArray images = flattenedImages.reshape(100, 28, 28);
        print("Reshaped to images: " + shape(images.shape()));
        NDArray imagesWithChannel = images.reshape(100, 28, 28, 1);
        print("With channel dimension: " + shape(imagesWithChannel.shape()));
        NDArray autoReshape = flattenedImages.reshape(100, 28, 28, -1);
        print("Auto reshape (-1): " + shape(autoReshape.shape()));
        NDArray flattenedAgain = imagesWithChannel.reshape(100, -1);
        print("Flattened again: " + shape(flattenedAgain.shape()));

        cell(16);
        print("Axis Manipulation:");
        NDArray sequences = Nd.random().randn(32, 50, 128);
        print("Original shape: " + shape(sequences.shape()));
        NDArray transposed = sequences.transpose(1, 0, 2);
        print("Transposed: " + shape(transposed.shape()));
        NDArray withNewAxis = sequences.get(":, :, :, None"); // sequences[:, :, :, np.newaxis]
        print("With new axis: " + shape(withNewAxis.shape()));
        NDArray squeezed = withNewAxis.squeeze();
        print("Squeezed: " + shape(squeezed.shape()));
        NDArray expanded = sequences.expandDims(0);
        print("Expanded (axis=0): " + shape(expanded.shape()));
        NDArray expandedLast = sequences.expandDims(-1);
        print("Expanded (axis=-1): " + shape(expandedLast.shape()));

        cell(17);
        print("Concatenation and Stacking:");
        NDArray batch1 = Nd.random().randn(16, 10);
        NDArray batch2 = Nd.random().randn(16, 10);
        NDArray batch3 = Nd.random().randn(16, 10);
        print("Batch 1 shape: " + shape(batch1.shape()));
        print("Batch 2 shape: " + shape(batch2.shape()));
        print("Batch 3 shape: " + shape(batch3.shape()));
        NDArray combinedBatches = Nd.concatenate(new NDArray[] {batch1, batch2, batch3}, 0);
        print("Combined batches: " + shape(combinedBatches.shape()));
        NDArray stackedBatches = Nd.stack(new NDArray[] {batch1, batch2, batch3}, 0);
        print("Stacked batches: " + shape(stackedBatches.shape()));
        NDArray features1 = Nd.random().randn(100, 5);
        NDArray features2 = Nd.random().randn(100, 3);
        NDArray combinedFeatures = Nd.hstack(features1, features2);
        print("\nFeatures 1: " + shape(features1.shape()));
        print("Features 2: " + shape(features2.shape()));
        print("Combined features: " + shape(combinedFeatures.shape()));

        section("7. Performance and Memory Considerations");
        cell(18);
        performanceCell();

        cell(19);
        print("Memory Layout and Views:");
        NDArray original = Nd.random().randn(1000, 1000);
        print("Original array memory: " + fixed(original.nbytes() / 1024.0 / 1024.0, 2) + " MB");
        NDArray view = original.get("::2, ::2");
        print("View shares memory: " + str(view.base() == original));
        print("View shape: " + shape(view.shape()));
        NDArray copy = original.copy();
        print("Copy shares memory: " + str(copy.base() == original));
        print("Copy memory: " + fixed(copy.nbytes() / 1024.0 / 1024.0, 2) + " MB");
        original.setItem(0, 0, 999);
        print("\nAfter modifying original[0,0] = 999:");
        print("View[0,0] = " + str(view.getDouble(0, 0)) + " (should be 999 if it's a view)");
        print("Copy[0,0] = " + str(copy.getDouble(0, 0)) + " (should be original value)");

        section("8. Connection to PyTorch and TensorFlow");
        cell(20);
        print("NumPy as the Bridge Between Frameworks:");
        NDArray numpyData = Nd.random().randn(32, 10).astype(DType.FLOAT32);
        NDArray numpyLabels = Nd.random().randint(0, 3, 32);
        print("NumPy data shape: " + shape(numpyData.shape()));
        print("NumPy data type: " + numpyData.dtype());
        print("NumPy labels shape: " + shape(numpyLabels.shape()));
        Files.createDirectories(dir);
        Path dataFile = dir.resolve("numpy_data.npy").toAbsolutePath();
        Path labelsFile = dir.resolve("numpy_labels.npy").toAbsolutePath();
        Npy.save(dataFile, numpyData);
        Npy.save(labelsFile, numpyLabels);
        print("[ndvec] wrote " + dataFile + " and " + labelsFile + "; in Python:");
        print("[ndvec]   numpy_data = np.load('" + dataFile + "')");
        print("[ndvec]   numpy_labels = np.load('" + labelsFile + "')");
        print("\nConversion to PyTorch (conceptual):");
        print("torch_data = torch.from_numpy(numpy_data)");
        print("torch_labels = torch.from_numpy(numpy_labels)");
        print("\nConversion to TensorFlow (conceptual):");
        print("tf_data = tf.constant(numpy_data)");
        print("tf_labels = tf.constant(numpy_labels)");
        print("\nCommon operations (NumPy syntax):");
        print("Mean: " + shape(numpyData.mean(1).shape()));
        print("Max: " + shape(numpyData.max(1).shape()));
        print("Reshape: " + shape(numpyData.reshape(32, 2, 5).shape()));
        print("Transpose: " + shape(numpyData.T().shape()));

        cell(21);
        print("Practical Data Preprocessing Pipeline:");
        NDArray rawData = Nd.random().randn(1000, 20).mul(5).add(10);
        NDArray rawLabels = Nd.random().randint(0, 5, 1000);
        print("Raw data shape: " + shape(rawData.shape()));
        print("Raw data range: [" + fixed(rawData.min().itemDouble(), 2) + ", "
                + fixed(rawData.max().itemDouble(), 2) + "]");
        NDArray mean21 = rawData.mean(0);
        NDArray std21 = rawData.std(0);
        NDArray normalized = rawData.sub(mean21).div(std21);
        print("\nAfter normalization:");
        print("Mean: " + normalized.mean(0).get(":5") + "...");
        print("Std: " + normalized.std(0).get(":5") + "...");
        int nTrain = (int) (0.8 * normalized.shape(0));
        NDArray indices = Nd.random().permutation(normalized.shape(0));
        NDArray trainData = normalized.get(indices.get(":" + nTrain));
        NDArray valData = normalized.get(indices.get(nTrain + ":"));
        NDArray trainLabels = rawLabels.get(indices.get(":" + nTrain));
        NDArray valLabels = rawLabels.get(indices.get(nTrain + ":"));
        print("\nTrain set: " + shape(trainData.shape()));
        print("Validation set: " + shape(valData.shape()));
        print("\nData ready for framework conversion:");
        print("Data type: " + trainData.dtype());
        print("Labels type: " + trainLabels.dtype());
        print("No NaN values: " + str(!trainData.isnan().any().getBoolean()));
        print("Finite values: " + str(trainData.isfinite().all().getBoolean()));
        if (valLabels.size() != valData.shape(0)) {
            throw new AssertionError("labels and data split differently");
        }
    }

    /** The tutorial's numerically stable softmax, written with ndvec ops as the notebook writes it. */
    private static NDArray softmax(NDArray x) {
        NDArray expX = x.sub(x.max(new int[] {1}, true)).exp();
        return expX.div(expX.sum(new int[] {1}, true));
    }

    /** The tutorial's cross_entropy_loss: one-hot via np.eye(k)[labels], clipped log. */
    private static double crossEntropyLoss(NDArray yTrueLabels, NDArray yPredProbs) {
        int nClasses = yPredProbs.shape(1);
        NDArray yTrueOnehot = Nd.eye(nClasses).get(yTrueLabels);
        NDArray yPredClipped = yPredProbs.clip(1e-15, 1 - 1e-15);
        return -yTrueOnehot.mul(yPredClipped.log()).sum().itemDouble() / yTrueLabels.shape(0);
    }

    /** Vectorization vs loops, timed on this machine (the figures are ours, not NumPy's). */
    private void performanceCell() {
        print("Performance Comparison: Vectorization vs Loops");
        int size = 1_000_000;
        NDArray a = Nd.random().randn(size);
        NDArray b = Nd.random().randn(size);
        // Method 1: an element-at-a-time loop through the array API (10k elements, as the tutorial)
        long start = System.nanoTime();
        double[] resultLoop = new double[Math.min(10_000, size)];
        for (int i = 0; i < resultLoop.length; i++) {
            resultLoop[i] = a.getDouble(i) * b.getDouble(i);
        }
        double loopTime = (System.nanoTime() - start) / 1e9;
        // Method 2: one vectorized multiply, timed after a few calls: NumPy's loops are compiled ahead
        // of time, ours by the JIT on first use, and the tutorial means to time the operation.
        for (int warm = 0; warm < 3; warm++) {
            a.mul(b);
        }
        start = System.nanoTime();
        NDArray resultVectorized = a.mul(b);
        double vectorizedTime = (System.nanoTime() - start) / 1e9;
        print("[ndvec] Loop time (10k elements): " + fixed(loopTime, 6) + " seconds");
        print("[ndvec] Vectorized time (" + size + " elements, after 3 warm-up calls): "
                + fixed(vectorizedTime, 6) + " seconds");
        print("[ndvec] Speedup factor: " + fixed(loopTime / vectorizedTime * (size / 10000.0), 1) + "x");
        print("\nMemory usage:");
        print("Array 'a' memory: " + fixed(a.nbytes() / 1024.0 / 1024.0, 2) + " MB");
        print("Array 'b' memory: " + fixed(b.nbytes() / 1024.0 / 1024.0, 2) + " MB");
        print("Result memory: " + fixed(resultVectorized.nbytes() / 1024.0 / 1024.0, 2) + " MB");
    }
}
