package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte parser against the JDK's own correctly rounded parsers, which it must match bit for bit. */
class TextNumbersTest {
    private final TextNumbers p = new TextNumbers();

    /** Random decimals of every length and exponent, short ones on the fast path, long ones not. */
    @Test
    void matchesJdkParsersBitForBit() {
        SplittableRandom r = new SplittableRandom(20261122);
        StringBuilder sb = new StringBuilder();
        // 100k strings cover both paths and the fast path's bounds many times over
        for (int n = 0; n < 100_000; n++) {
            sb.setLength(0);
            if (r.nextInt(3) == 0) {
                sb.append(r.nextBoolean() ? '-' : '+');
            }
            int digits = 1 + r.nextInt(r.nextBoolean() ? 8 : 24);
            int point = r.nextInt(digits + 2) - 1;
            for (int k = 0; k < digits; k++) {
                if (k == point) {
                    sb.append('.');
                }
                // bias toward zeros so trailing-zero stripping and leading zeros are exercised
                sb.append((char) ('0' + (r.nextInt(4) == 0 ? 0 : r.nextInt(10))));
            }
            if (r.nextBoolean()) {
                sb.append(r.nextBoolean() ? 'e' : 'E');
                int e = r.nextInt(4) == 0 ? r.nextInt(700) - 350 : r.nextInt(50) - 25;
                sb.append(e < 0 ? "-" : r.nextBoolean() ? "+" : "").append(Math.abs(e));
            }
            String s = sb.toString();
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            double d = p.parseDouble(b, 0, b.length);
            assertTrue(p.ok, s);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(d), s);
            float f = p.parseFloat(b, 0, b.length);
            assertTrue(p.ok, s);
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(s)), Float.floatToRawIntBits(f), s);
        }
    }

    /**
     * The 19-digit text np.savetxt writes, for random bit patterns over the whole double range
     * (the Eisel-Lemire path, subnormals and extremes included), and random 19-digit mantissas
     * with every exponent the table covers and beyond.
     */
    @Test
    void nineteenDigitDecimalsMatchJdk() {
        SplittableRandom r = new SplittableRandom(19);
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < 50_000; n++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                continue;
            }
            sb.setLength(0);
            String s = CsvWriter.scientific18(x, sb).toString();
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(p.parseDouble(b, 0, b.length)), s);
            float f = Float.intBitsToFloat(r.nextInt());
            if (!Float.isNaN(f) && !Float.isInfinite(f)) {
                sb.setLength(0);
                s = CsvWriter.scientific18(f, sb).toString();
                b = s.getBytes(StandardCharsets.US_ASCII);
                assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits(p.parseFloat(b, 0, b.length)), s);
            }
            s = (1_000_000_000_000_000_000L + r.nextLong(9_000_000_000_000_000_000L)) + "e" + r.nextInt(-380, 360);
            b = s.getBytes(StandardCharsets.US_ASCII);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(p.parseDouble(b, 0, b.length)), s);
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(s)), Float.floatToRawIntBits(p.parseFloat(b, 0, b.length)), s);
        }
    }

    /** Fast-path boundaries: 2^53, 10^22 for doubles, 2^24 and 10^10 for floats, and one past each. */
    @ParameterizedTest
    @ValueSource(strings = {"9007199254740992", "9007199254740993", "9007199254740991e22", "1e22", "1e23",
        "1e-22", "1e-23", "16777216", "16777217", "16777215e10", "16777217e-10", "3e10", "3e11", "1e-10",
        "123456789012345678", "1234567890123456789", "0.000000000000000000000000000001",
        "1.00000000000000000000000000000000000001", "4.9e-324", "2.4703282292062327e-324", "1e-400",
        "1e400", "1e99999999999", "-0", "-0.0e10", "0e999999", "7.006492321624085e-46",
        "9999999999999999999", "18446744073709551615", "9223372036854775808", "9223372036854775807e-5",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "2.2250738585072011e-308",
        "2.2250738585072012e-308", "3.4028235677973366e38", "3.4028236e38", "1.1754942e-38", "1.17549435e-38",
        "1e-348", "1e-349", "1e347", "4.4501477170144023e-308", "8.98846567431158e307"})
    void boundariesMatchJdk(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(p.parseDouble(b, 0, b.length)), s);
        assertEquals(Float.floatToRawIntBits(Float.parseFloat(s)), Float.floatToRawIntBits(p.parseFloat(b, 0, b.length)), s);
    }

    /** NumPy's spellings of the specials, any case, with a sign. */
    @ParameterizedTest
    @ValueSource(strings = {"nan", "NaN", "-nan", "+NAN", "inf", "-Inf", "+INF", "infinity", "-Infinity", "iNfInItY"})
    void specials(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        double d = p.parseDouble(b, 0, b.length);
        assertTrue(p.ok, s);
        String l = s.toLowerCase();
        if (l.contains("nan")) {
            assertTrue(Double.isNaN(d), s);
        } else {
            assertEquals(l.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, d, s);
        }
    }

    /** What np.loadtxt refuses, including what Double.parseDouble alone would accept. */
    @ParameterizedTest
    @ValueSource(strings = {"", "+", "-", ".", "e5", "1e", "1e+", "--1", "1..2", "1.2.3", "1d", "1f", "1D", "0x1p3",
        "0x10", "nan1", "infinit", "infinityy", "1_000", "1 2", "1e5.5", ".e1", "NaNa", "1,5"})
    void refusesWhatNumpyRefuses(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        p.parseDouble(b, 0, b.length);
        assertFalse(p.ok, s);
        p.parseFloat(b, 0, b.length);
        assertFalse(p.ok, s);
    }

    @Test
    void integersWithinBoundsOnly() {
        assertLong(Long.MAX_VALUE, "9223372036854775807", Long.MIN_VALUE, Long.MAX_VALUE);
        assertLong(Long.MIN_VALUE, "-9223372036854775808", Long.MIN_VALUE, Long.MAX_VALUE);
        assertLong(Integer.MAX_VALUE, "+2147483647", Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertLong(Integer.MIN_VALUE, "-2147483648", Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertLong(7, "0007", Integer.MIN_VALUE, Integer.MAX_VALUE);
        for (String bad : new String[] {"9223372036854775808", "-9223372036854775809", "99999999999999999999",
            "", "-", "+", "1.0", "1e3", "0x1", " 1", "1-"}) {
            byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
            p.parseLong(b, 0, b.length, Long.MIN_VALUE, Long.MAX_VALUE);
            assertFalse(p.ok, bad);
        }
        for (String bad : new String[] {"2147483648", "-2147483649"}) {
            byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
            p.parseLong(b, 0, b.length, Integer.MIN_VALUE, Integer.MAX_VALUE);
            assertFalse(p.ok, bad);
        }
    }

    private void assertLong(long expected, String s, long min, long max) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertEquals(expected, p.parseLong(b, 0, b.length, min, max), s);
        assertTrue(p.ok, s);
    }
}
