package org.ndvec.format;

import java.math.BigInteger;

/**
 * Decimal digits of binary floats the way NumPy prints them: Steele &amp; White's
 * Dragon4 in "unique" mode, after Ryan Juckett's version that NumPy ships in
 * {@code dragon4.c} (with NumPy's IEEE round-half-even margins). It produces the
 * shortest digits that read back to the same float, but stops at a cutoff digit
 * ({@code precision}) and then rounds the exact binary value half-to-even there,
 * and it can be asked for at least {@code minDigits} digits, which continue with the
 * exact expansion. {@code Double.toString} agrees on the shortest digits but has no
 * cutoff or minimum, so the algorithm is reimplemented here on {@link BigInteger}
 * (printing is not a hot path: a few thousand numbers per array at most).
 */
final class Dragon4 {
    private static final double LOG10_2 = 0.30102999566398119521373889472449;

    private Dragon4() {
    }

    /** Digits and the decimal exponent of the first one: value ~ 0.d1d2... * 10^(exponent+1). */
    private record Digits(String digits, int exponent) {
    }

    /**
     * Runs Dragon4 in unique mode. With {@code fractional}, {@code cutoffMax}/{@code cutoffMin}
     * count digits after the decimal point, otherwise significant digits; -1 means none.
     */
    private static Digits generate(FloatBits v, boolean fractional, int cutoffMax, int cutoffMin) {
        if (v.mantissa() == 0) {
            return new Digits("0", 0);
        }
        BigInteger mantissa = v.bigMantissa();
        boolean isEven = (v.mantissa() & 1) == 0;
        int e = v.exponent();
        boolean unequal = v.unequalMargins();
        // value = scaledValue / scale; margins are half the distance to the neighbouring floats
        BigInteger scaledValue;
        BigInteger scale;
        BigInteger marginLow;
        int extra = unequal ? 2 : 1;
        if (e > 0) {
            scaledValue = mantissa.shiftLeft(e + extra);
            scale = BigInteger.valueOf(1L << extra);
            marginLow = BigInteger.ONE.shiftLeft(e);
        } else {
            scaledValue = mantissa.shiftLeft(extra);
            scale = BigInteger.ONE.shiftLeft(-e + extra);
            marginLow = BigInteger.ONE;
        }
        BigInteger marginHigh = unequal ? marginLow.shiftLeft(1) : marginLow;

        // an estimate of floor(log10(v)) + 1 that is exact or one too low (Burger & Dybvig);
        // the 0.69 makes "one too low" the common case, as in NumPy
        int digitExponent = (int) Math.ceil((v.mantissaBit() + e) * LOG10_2 - 0.69);
        if (cutoffMax >= 0 && fractional && digitExponent <= -cutoffMax) {
            // nothing above the cutoff digit: start there, the rounding decides the rest
            digitExponent = -cutoffMax + 1;
        }
        if (digitExponent > 0) {
            scale = scale.multiply(BigInteger.TEN.pow(digitExponent));
        } else if (digitExponent < 0) {
            BigInteger pow10 = BigInteger.TEN.pow(-digitExponent);
            scaledValue = scaledValue.multiply(pow10);
            marginLow = marginLow.multiply(pow10);
            marginHigh = unequal ? marginLow.shiftLeft(1) : marginLow;
        }
        if (scaledValue.compareTo(scale) >= 0) {
            digitExponent++;
        } else {
            scaledValue = scaledValue.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
            marginHigh = unequal ? marginLow.shiftLeft(1) : marginLow;
        }

        int cutoffMaxExponent = Integer.MIN_VALUE;
        if (cutoffMax >= 0) {
            cutoffMaxExponent = fractional ? -cutoffMax : digitExponent - cutoffMax;
        }
        int cutoffMinExponent = digitExponent;
        if (cutoffMin >= 0) {
            cutoffMinExponent = Math.min(cutoffMinExponent, fractional ? -cutoffMin : digitExponent - cutoffMin);
        }
        int firstExponent = digitExponent - 1;

        StringBuilder out = new StringBuilder(24);
        int digit;
        boolean low;
        boolean high;
        while (true) {
            digitExponent--;
            BigInteger[] qr = scaledValue.divideAndRemainder(scale);
            digit = qr[0].intValue();
            scaledValue = qr[1];
            int cmpLow = scaledValue.compareTo(marginLow);
            low = isEven ? cmpLow <= 0 : cmpLow < 0;
            int cmpHigh = scaledValue.add(marginHigh).compareTo(scale);
            high = isEven ? cmpHigh >= 0 : cmpHigh > 0;
            if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent) {
                break;
            }
            out.append((char) ('0' + digit));
            scaledValue = scaledValue.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
            marginHigh = unequal ? marginLow.shiftLeft(1) : marginLow;
        }

        boolean roundDown = low;
        if (low == high) {
            // both neighbours are far enough (or the cutoff was hit): nearest digit, ties to even
            int half = scaledValue.shiftLeft(1).compareTo(scale);
            roundDown = half < 0 || (half == 0 && (digit & 1) == 0);
        }
        if (roundDown) {
            out.append((char) ('0' + digit));
        } else if (digit < 9) {
            out.append((char) ('0' + digit + 1));
        } else {
            // carry through trailing nines; all nines become 1 at the next exponent
            int i = out.length() - 1;
            while (i >= 0 && out.charAt(i) == '9') {
                i--;
            }
            if (i < 0) {
                out.setLength(0);
                out.append('1');
                firstExponent++;
            } else {
                out.setCharAt(i, (char) (out.charAt(i) + 1));
                out.setLength(i + 1);
            }
        }
        return new Digits(out.toString(), firstExponent);
    }

    /**
     * NumPy's {@code dragon4_positional(x, precision, min_digits, unique=True, fractional=True,
     * trim, pad_left, pad_right)}; -1 disables precision, minDigits and either padding.
     */
    static String positional(FloatBits v, int precision, int minDigits, Trim trim, int padLeft, int padRight) {
        StringBuilder sb = new StringBuilder(32);
        int hasSign = 0;
        if (v.negative()) {
            sb.append('-');
            hasSign = 1;
        }
        Digits d = generate(v, true, precision, minDigits);
        String digits = d.digits();
        int numDigits = digits.length();
        int numWholeDigits;
        int numFractionDigits = 0;
        if (d.exponent() >= 0) {
            numWholeDigits = d.exponent() + 1;
            if (numDigits <= numWholeDigits) {
                sb.append(digits).repeat('0', numWholeDigits - numDigits);
            } else {
                numFractionDigits = numDigits - numWholeDigits;
                sb.append(digits, 0, numWholeDigits).append('.').append(digits, numWholeDigits, numDigits);
            }
        } else {
            int leadingZeros = -(d.exponent() + 1);
            sb.append("0.").repeat('0', leadingZeros).append(digits);
            numFractionDigits = leadingZeros + numDigits;
            numWholeDigits = 1;
        }
        numFractionDigits = completeFraction(sb, numFractionDigits, trim, minDigits);
        if (trim != Trim.KEEP && numFractionDigits > 0) {
            // the cutoff rounding can leave trailing zeros
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
                numFractionDigits--;
            }
            if (sb.charAt(sb.length() - 1) == '.') {
                if (trim == Trim.LEAVE_ONE_ZERO) {
                    sb.append('0');
                    numFractionDigits++;
                } else if (trim == Trim.POINT_AND_ZEROS) {
                    sb.setLength(sb.length() - 1);
                }
            }
        }
        if (padRight >= numFractionDigits) {
            if (trim == Trim.POINT_AND_ZEROS && numFractionDigits == 0) {
                sb.append(' ');
            }
            sb.repeat(' ', padRight - numFractionDigits);
        }
        if (padLeft > numWholeDigits + hasSign) {
            sb.insert(0, " ".repeat(padLeft - numWholeDigits - hasSign));
        }
        return sb.toString();
    }

    /**
     * The point (unless trimmed away), then the zero of {@link Trim#LEAVE_ONE_ZERO} or the
     * zeros up to {@code minDigits} of {@link Trim#KEEP}; returns the new fraction length.
     */
    private static int completeFraction(StringBuilder sb, int numFractionDigits, Trim trim, int minDigits) {
        if (trim != Trim.POINT_AND_ZEROS && numFractionDigits == 0) {
            sb.append('.');
        }
        if (trim == Trim.LEAVE_ONE_ZERO && numFractionDigits == 0) {
            sb.append('0');
            return 1;
        }
        if (trim == Trim.KEEP && minDigits > numFractionDigits) {
            sb.repeat('0', minDigits - numFractionDigits);
            return minDigits;
        }
        return numFractionDigits;
    }

    /**
     * NumPy's {@code dragon4_scientific(x, precision, min_digits, unique=True, trim, pad_left,
     * exp_digits)}; precision and minDigits count digits after the point, -1 disables them.
     */
    static String scientific(FloatBits v, int precision, int minDigits, Trim trim, int padLeft, int expDigits) {
        StringBuilder sb = new StringBuilder(32);
        int leftChars = v.negative() ? 2 : 1;
        if (padLeft > leftChars) {
            sb.repeat(' ', padLeft - leftChars);
        }
        if (v.negative()) {
            sb.append('-');
        }
        Digits d = generate(v, false, precision < 0 ? -1 : precision + 1, minDigits < 0 ? -1 : minDigits + 1);
        String digits = d.digits();
        sb.append(digits.charAt(0));
        int numFractionDigits = digits.length() - 1;
        if (numFractionDigits > 0) {
            sb.append('.').append(digits, 1, digits.length());
        }
        numFractionDigits = completeFraction(sb, numFractionDigits, trim, minDigits);
        if (trim != Trim.KEEP && numFractionDigits > 0) {
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
            }
            if (trim == Trim.LEAVE_ONE_ZERO && sb.charAt(sb.length() - 1) == '.') {
                sb.append('0');
            }
        }
        int exponent = d.exponent();
        sb.append('e').append(exponent >= 0 ? '+' : '-');
        String expText = Integer.toString(Math.abs(exponent));
        // NumPy pads the exponent to at least exp_digits (2 by default, at most 5) digits
        int width = expDigits < 0 ? 2 : Math.min(expDigits, 5);
        sb.repeat('0', Math.max(0, width - expText.length())).append(expText);
        return sb.toString();
    }
}
