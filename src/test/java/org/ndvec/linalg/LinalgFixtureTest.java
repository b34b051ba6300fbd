package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** np.linalg known answers (src/test/python/gen_linalg_fixtures.py), compared with allclose-like tolerances. */
class LinalgFixtureTest {
    static Stream<Fixtures.Case> cases() {
        return Fixtures.load("linalg.txt").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesNumPy(Fixtures.Case c) {
        NDArray a = c.ins().get(0);
        if (c.err() != null) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(c, a));
            assertEquals(c.err(), e.getMessage());
            return;
        }
        List<NDArray> got = run(c, a);
        assertEquals(c.outs().size(), got.size());
        for (int i = 0; i < got.size(); i++) {
            Fixtures.assertClose(c.outs().get(i), got.get(i), 1e-9, 1e-12, c + " output " + i);
        }
    }

    private static List<NDArray> run(Fixtures.Case c, NDArray a) {
        return switch (c.op()) {
            case "det" -> List.of(Linalg.det(a));
            case "slogdet" -> {
                Linalg.SlogdetResult r = Linalg.slogdet(a);
                yield List.of(r.sign(), r.logabsdet());
            }
            case "inv" -> List.of(Linalg.inv(a));
            case "solve" -> List.of(Linalg.solve(a, c.ins().get(1)));
            case "cholesky" -> List.of(Linalg.cholesky(a));
            case "lstsq" -> List.of(Linalg.lstsq(a, c.ins().get(1)).x());
            case "svdvals" -> List.of(Linalg.svdvals(a));
            case "eigvalsh" -> List.of(Linalg.eigvalsh(a));
            case "eigh" -> {
                Linalg.EighResult r = Linalg.eigh(a);
                yield List.of(r.eigenvalues(), fixSigns(r.eigenvectors(), c.outs().get(1)));
            }
            case "eigvals" -> sortedComplex(Linalg.eigvals(a));
            case "norm" -> List.of(switch (c.param()) {
                case "None" -> Linalg.norm(a);
                case "fro", "nuc" -> Linalg.norm(a, c.param());
                default -> Linalg.norm(a, Double.parseDouble(c.param().replace("inf", "Infinity")));
            });
            case "matrix_rank" -> List.of(Linalg.matrixRank(a));
            case "pinv" -> List.of(Linalg.pinv(a));
            default -> throw new IllegalStateException(c.op());
        };
    }

    /** Eigenvectors are defined up to sign: flip our columns to the sign of the expected ones. */
    private static NDArray fixSigns(NDArray v, NDArray expected) {
        double[][] x = v.toDoubleArray2D();
        double[][] e = expected.toDoubleArray2D();
        for (int j = 0; j < x[0].length; j++) {
            double d = 0;
            for (int i = 0; i < x.length; i++) {
                d += x[i][j] * e[i][j];
            }
            for (int i = 0; i < x.length && d < 0; i++) {
                x[i][j] = -x[i][j];
            }
        }
        return Nd.array(x);
    }

    /** NumPy's np.sort_complex order: by real part, then imaginary part. */
    private static List<NDArray> sortedComplex(Linalg.EigResult r) {
        double[] re = r.valuesReal().toDoubleArray();
        double[] im = r.valuesImag().toDoubleArray();
        Integer[] order = new Integer[re.length];
        for (int i = 0; i < re.length; i++) {
            order[i] = i;
        }
        // near-equal real parts (a conjugate pair) must sort by imaginary part, as exact ties do in NumPy
        Arrays.sort(order, (p, q) -> Math.abs(re[p] - re[q]) <= 1e-12 * (1 + Math.abs(re[p]))
                ? Double.compare(im[p], im[q]) : Double.compare(re[p], re[q]));
        double[] sr = new double[re.length];
        double[] si = new double[re.length];
        for (int i = 0; i < re.length; i++) {
            sr[i] = re[order[i]];
            si[i] = im[order[i]];
        }
        return List.of(Nd.array(sr), Nd.array(si));
    }

    @Test
    void issueKnownAnswersThroughAllclose() {
        NDArray a = Nd.array(new double[][] {{1, 2}, {3, 4}});
        assertTrue(Nd.allclose(Linalg.norm(a, 2.0), Nd.scalar(5.464985704219043)));
        assertTrue(Nd.allclose(Linalg.det(a), Nd.scalar(-2.0000000000000004)));
        assertTrue(!Nd.allclose(Linalg.det(a), Nd.scalar(-2.001)));
    }

    @Test
    void float32InFloat32Out() {
        NDArray a = Nd.array(new double[][] {{4, 1}, {1, 3}}).astype(DType.FLOAT32);
        assertEquals(DType.FLOAT32, Linalg.inv(a).dtype());
        assertEquals(DType.FLOAT32, Linalg.eigh(a).eigenvalues().dtype());
        assertEquals(DType.FLOAT32, Linalg.norm(a).dtype());
        assertEquals(DType.FLOAT64, Linalg.det(a.astype(DType.INT32)).dtype());
    }
}
