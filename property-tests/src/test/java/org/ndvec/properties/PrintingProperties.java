package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.jqwik.Arrays;

/**
 * {@code toString()} of a 1-d or 2-d float array, read back by a small parser of NumPy's
 * {@code str} format, gives the array again. Values are d * 10^e with |d| < 1000 (whose
 * shortest representation has at most three digits, so NumPy's default precision of 8 keeps
 * them exact in both positional and scientific notation) mixed with nan, +-inf and +-0;
 * magnitudes from 1e-12 to 1e12 push the printer into scientific mode and back.
 */
class PrintingProperties {

    @Provide
    Arbitrary<NDArray> printable() {
        Arbitrary<Double> value = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(-999, 999), Arbitraries.integers().between(-12, 12))
                        .as((d, e) -> Double.parseDouble(d + "e" + e)),
                Arbitraries.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        Arbitrary<int[]> shape = Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(2)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        return Combinators.combine(shape, Arbitraries.of(DType.FLOAT64, DType.FLOAT32)).flatAs((s, t) -> {
            int n = s.length == 1 ? s[0] : s[0] * s[1];
            return value.list().ofSize(n).map(v -> {
                double[] d = v.stream().mapToDouble(Double::doubleValue).toArray();
                return NDArray.wrap(d, s).astype(t);
            });
        }).flatMap(a -> Arbitraries.oneOf(Arbitraries.just(a),
                Arrays.viewsOf(a).filter(v -> v.ndim() >= 1 && v.ndim() <= 2)));
    }

    @Property(tries = 1000)
    void strParsesBackToTheSameValues(@ForAll("printable") NDArray a) {
        String text = a.toString();
        double[] want = a.toDoubleArray();
        List<Double> got = parse(text, a.dtype());
        assertEquals(want.length, got.size(), text);
        for (int i = 0; i < want.length; i++) {
            assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(got.get(i)),
                    "element " + i + " of\n" + text);
        }
        // 2-d: one line per row (at most 5 numbers of <= 10 chars never reach the 75-char wrap), each opened by one '['
        if (a.ndim() == 2 && a.shape()[0] > 0 && a.shape()[1] > 0) {
            assertEquals(a.shape()[0], text.lines().count(), text);
            assertTrue(text.startsWith("[["), text);
        }
    }

    /** NumPy's str of a float array: brackets and whitespace around tokens like 1.5, -0., 1.e+20, nan, -inf. */
    private static List<Double> parse(String text, DType t) {
        List<Double> out = new ArrayList<>();
        for (String tok : text.replace('[', ' ').replace(']', ' ').trim().split("\\s+")) {
            if (tok.isEmpty()) {
                continue;
            }
            double v = switch (tok) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> t == DType.FLOAT32 ? Float.parseFloat(tok) : Double.parseDouble(tok);
            };
            out.add(v);
        }
        return out;
    }
}
