package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ndvec.NDArray;

/**
 * np.linalg.eig returns eigenvalues in the order LAPACK's Hessenberg QR leaves them on the
 * diagonal, and programs print that order (the seed tour does). These are NumPy's answers for
 * 200 random matrices (fixtures/linalg/eig_order.txt, gen_linalg_fixtures.py).
 */
class EigOrderTest {

    private static boolean sameInOrder(double[] r, double[] i, double[] er, double[] ei) {
        for (int k = 0; k < er.length; k++) {
            if (Math.abs(r[k] - er[k]) > 1e-8 * (1 + Math.abs(er[k])) || Math.abs(i[k] - ei[k]) > 1e-8 * (1 + Math.abs(ei[k]))) {
                return false;
            }
        }
        return true;
    }

    private static double[] hex(String s) {
        return Arrays.stream(s.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void eigenvaluesComeInNumpysOrder() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = EigOrderTest.class.getResourceAsStream("/fixtures/linalg/eig_order.txt")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
        }
        assertEquals(200, lines.size());
        int symmetricSame = 0;
        int generalSame = 0;
        for (int t = 0; t < lines.size(); t++) {
            String[] p = lines.get(t).split("\\|");
            int n = Integer.parseInt(p[0]);
            Linalg.EigResult r = Linalg.eig(NDArray.wrap(hex(p[1]), n, n));
            double[] er = hex(p[2]);
            double[] ei = hex(p[3]);
            double[] or = r.valuesReal().toDoubleArray();
            double[] oi = r.valuesImag().toDoubleArray();
            // whatever the order, the values themselves must be NumPy's
            double[] sortedOurs = or.clone();
            double[] sortedTheirs = er.clone();
            Arrays.sort(sortedOurs);
            Arrays.sort(sortedTheirs);
            for (int k = 0; k < n; k++) {
                assertEquals(sortedTheirs[k], sortedOurs[k], 1e-8 * (1 + Math.abs(sortedTheirs[k])), "case " + t);
            }
            if (sameInOrder(or, oi, er, ei)) {
                if (t % 2 == 0) {
                    symmetricSame++;
                } else {
                    generalSame++;
                }
            }
        }
        // Symmetric input (what the tour prints): always LAPACK's order. General input: the
        // iteration is EISPACK's hqr with dlahqr's shift rule, not a full dlahqr port (deflation
        // test and exceptional shifts differ), so a few orders still differ; this pins how many.
        assertEquals(100, symmetricSame, "symmetric matrices in NumPy's order");
        assertTrue(generalSame >= 97, "general matrices in NumPy's order: " + generalSame + "/100");
    }
}
