package org.ndvec.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java trainer against its NumPy twin: the accuracy and per-epoch losses recorded by
 * {@code iris_softmax.py --record} (resources/iris/numpy.txt), not by ndvec.
 */
class IrisSoftmaxTest {

    @Test
    void reachesNumpysAccuracyAndLossCurve() throws IOException {
        double numpyAccuracy = Double.NaN;
        List<Double> numpyLoss = new ArrayList<>();
        try (InputStream in = IrisSoftmaxTest.class.getResourceAsStream("/iris/numpy.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(" ");
                if (f[0].equals("accuracy")) {
                    numpyAccuracy = Double.parseDouble(f[1]);
                } else if (f[0].equals("loss")) {
                    numpyLoss.add(Double.parseDouble(f[2]));
                }
            }
        }
        IrisSoftmax.Result r = IrisSoftmax.train(IrisSoftmax.Config.DEFAULT, null);
        assertEquals(numpyAccuracy, r.validationAccuracy(), 0.01, "validation accuracy within 1% of NumPy's");
        assertTrue(r.validationAccuracy() > 0.9, "the model learned something: " + r.validationAccuracy());
        assertEquals(numpyLoss.size(), r.epochLoss().length);
        for (int e = 0; e < numpyLoss.size(); e++) {
            // Same float64 operations in the same order, up to summation order inside matmul.
            assertEquals(numpyLoss.get(e), r.epochLoss()[e], 1e-9 * numpyLoss.get(e), "loss after epoch " + (e + 1));
        }
    }
}
