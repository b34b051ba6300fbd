package org.ndvec.testing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's {@code '%g'} / {@code format(x, '.Ng')} for doubles, which numpy.testing's messages use. */
final class PyFormat {
    private PyFormat() {
    }

    /** {@code format(v, f".{precision}g")}: 0.333333, 1e-07, 33.3, 100, 1.23e+20, nan, inf. */
    static String g(double v, int precision) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return Double.doubleToRawLongBits(v) < 0 ? "-0" : "0";
        }
        int p = Math.max(precision, 1);
        // exact binary value, rounded half-even to p significant digits, as Python does
        BigDecimal r = new BigDecimal(v).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        if (exp >= -4 && exp < p) {
            return strip(r.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString());
        }
        BigDecimal mantissa = r.movePointLeft(exp);
        String m = strip(mantissa.setScale(p - 1, RoundingMode.HALF_EVEN).toPlainString());
        String e = Integer.toString(Math.abs(exp));
        return m + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    private static String strip(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
