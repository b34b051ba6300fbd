package org.ndvec.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java trainer against its NumPy twin: the accuracy and per-epoch losses recorded by
 * {@code iris_softmax.py --record} (resources/iris/numpy.txt), not by ndvec; the printed log and
 * the loss-curve picture against those same NumPy losses.
 */
class IrisSoftmaxTest {
    private static double numpyAccuracy = Double.NaN;
    private static final List<Double> NUMPY_LOSS = new ArrayList<>();

    @BeforeAll
    static void readNumpyRun() throws IOException {
        try (InputStream in = IrisSoftmaxTest.class.getResourceAsStream("/iris/numpy.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(" ");
                if (f[0].equals("accuracy")) {
                    numpyAccuracy = Double.parseDouble(f[1]);
                } else if (f[0].equals("loss")) {
                    NUMPY_LOSS.add(Double.parseDouble(f[2]));
                }
            }
        }
    }

    @Test
    void reachesNumpysAccuracyAndLossCurve() throws IOException {
        IrisSoftmax.Result r = IrisSoftmax.train(IrisSoftmax.Config.DEFAULT, null);
        assertEquals(numpyAccuracy, r.validationAccuracy(), 0.01, "validation accuracy within 1% of NumPy's");
        assertTrue(r.validationAccuracy() > 0.9, "the model learned something: " + r.validationAccuracy());
        assertEquals(NUMPY_LOSS.size(), r.epochLoss().length);
        for (int e = 0; e < NUMPY_LOSS.size(); e++) {
            // Same float64 operations in the same order, up to summation order inside matmul.
            assertEquals(NUMPY_LOSS.get(e), r.epochLoss()[e], 1e-9 * NUMPY_LOSS.get(e), "loss after epoch " + (e + 1));
        }
    }

    @Test
    void logsTheLossEveryTenEpochsLikeTheNumpyTwin() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        IrisSoftmax.train(IrisSoftmax.Config.DEFAULT, new PrintStream(buf, true, StandardCharsets.UTF_8));
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(NUMPY_LOSS.size() / 10 + 1, lines.size(), String.join("\n", lines));
        for (int i = 0; i < lines.size() - 1; i++) {
            int epoch = 10 * (i + 1);
            Matcher m = Pattern.compile("epoch +(\\d+)  loss (\\d\\.\\d{6})").matcher(lines.get(i));
            assertTrue(m.matches(), lines.get(i));
            assertEquals(epoch, Integer.parseInt(m.group(1)));
            assertEquals(NUMPY_LOSS.get(epoch - 1), Double.parseDouble(m.group(2)), 0.5e-6 + 1e-12, lines.get(i));
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("validation accuracy "), lines.get(lines.size() - 1));
    }

    @Test
    void mainDrawsEveryEpochsLossIntoTheSvg(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("loss.svg");
        PrintStream stdout = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            IrisSoftmax.main(new String[] {svg.toString()});
        } finally {
            System.setOut(stdout);
        }
        assertTrue(buf.toString(StandardCharsets.UTF_8).endsWith("loss curve written to " + svg.toAbsolutePath()
                + System.lineSeparator()), buf.toString(StandardCharsets.UTF_8));
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), text);
        Matcher m = Pattern.compile("<polyline id=\"loss\"[^>]* points=\"([^\"]*)\"").matcher(text);
        assertTrue(m.find(), "no loss polyline");
        String[] points = m.group(1).split(" ");
        assertEquals(NUMPY_LOSS.size(), points.length);
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            String[] xy = points[i].split(",");
            x[i] = Double.parseDouble(xy[0]);
            y[i] = Double.parseDouble(xy[1]);
        }
        // Epochs evenly spaced left to right; heights proportional to NumPy's losses (SVG's y grows downward).
        int last = points.length - 1;
        double l0 = NUMPY_LOSS.get(0);
        double ln = NUMPY_LOSS.get(last);
        for (int i = 1; i <= last; i++) {
            assertEquals((double) i / last, (x[i] - x[0]) / (x[last] - x[0]), 1e-3, "x of epoch " + (i + 1));
            assertEquals((NUMPY_LOSS.get(i) - l0) / (ln - l0), (y[i] - y[0]) / (y[last] - y[0]), 2e-3,
                    "y of epoch " + (i + 1));
        }
        assertTrue(ln < l0 && y[last] > y[0], "the loss falls, and a falling loss is drawn falling (y grows down)");
    }
}
