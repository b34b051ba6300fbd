package org.ndvec.format;

/**
 * NumPy's {@code FloatingFormat} with NumPy's default print options but the precision (8 unless asked,
 * floatmode 'maxprec', suppress=False, sign '-'): one pass over the shown values chooses
 * positional or scientific notation and the common padding, then each element is printed
 * with {@link Dragon4}.
 *
 * <p>Scientific notation is chosen, as NumPy does, when the largest nonzero finite
 * magnitude is at least {@code 10**min(8, finfo(dtype).precision)} (1e8 for float64, 1e6
 * for float32), the smallest is below 1e-4, or their ratio exceeds 1000. NumPy makes these
 * comparisons in the array's dtype (Python floats are weak scalars under NEP 50), so
 * float32 data is compared in float arithmetic here as well.
 */
final class FloatFormat implements ElementFormat {
    /** NumPy's print option {@code precision}: the most fraction digits an element shows. */
    private final int maxPrecision;
    private final boolean float32;
    private boolean scientific;
    private int precision;
    private int padLeft;
    private int padRight;
    private int expDigits = -1;

    FloatFormat(Object data, int[] shown, int maxPrecision) {
        this.maxPrecision = maxPrecision;
        this.precision = maxPrecision;
        this.float32 = data instanceof float[];
        chooseNotation(data, shown);
        fitPadding(data, shown);
    }

    private void chooseNotation(Object data, int[] shown) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i : shown) {
            double v = value(data, i);
            if (Double.isFinite(v) && v != 0) {
                max = Math.max(max, Math.abs(v));
                min = Math.min(min, Math.abs(v));
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return;
        }
        if (float32) {
            float fmax = (float) max;
            float fmin = (float) min;
            scientific = fmax >= 1e6f || fmin < 1e-4f || fmax / fmin > 1000f;
        } else {
            scientific = max >= 1e8 || min < 1e-4 || max / min > 1000.0;
        }
    }

    private void fitPadding(Object data, int[] shown) {
        boolean anyFinite = false;
        boolean nonFinite = false;
        boolean negativeInf = false;
        int maxInt = 0;
        int maxFrac = 0;
        int maxExp = 0;
        for (int i : shown) {
            double v = value(data, i);
            if (!Double.isFinite(v)) {
                nonFinite = true;
                negativeInf |= v == Double.NEGATIVE_INFINITY;
                continue;
            }
            anyFinite = true;
            String s = scientific
                    ? Dragon4.scientific(bits(data, i), maxPrecision, -1, Trim.ZEROS, -1, -1)
                    : Dragon4.positional(bits(data, i), maxPrecision, -1, Trim.ZEROS, -1, -1);
            int e = s.indexOf('e');
            String mantissa = e < 0 ? s : s.substring(0, e);
            if (e >= 0) {
                maxExp = Math.max(maxExp, s.length() - e - 2);
            }
            int dot = mantissa.indexOf('.');
            maxInt = Math.max(maxInt, dot);
            maxFrac = Math.max(maxFrac, mantissa.length() - dot - 1);
        }
        if (anyFinite) {
            padLeft = maxInt;
            if (scientific) {
                // every element shows as many fraction digits as the longest needs
                precision = maxFrac;
                expDigits = maxExp;
                padRight = expDigits + 2 + precision;
            } else {
                padRight = maxFrac;
            }
        }
        if (nonFinite) {
            int afterPoint = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - afterPoint, 3 + (negativeInf ? 1 : 0) - afterPoint));
        }
    }

    @Override
    public String format(Object data, int index) {
        double v = value(data, index);
        if (!Double.isFinite(v)) {
            String s = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
            int width = padLeft + padRight + 1;
            return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
        }
        return scientific
                ? Dragon4.scientific(bits(data, index), precision, precision, Trim.KEEP, padLeft, expDigits)
                : Dragon4.positional(bits(data, index), maxPrecision, 0, Trim.ZEROS, padLeft, padRight);
    }

    private static double value(Object data, int i) {
        return data instanceof float[] f ? f[i] : ((double[]) data)[i];
    }

    private static FloatBits bits(Object data, int i) {
        return data instanceof float[] f ? FloatBits.of(f[i]) : FloatBits.of(((double[]) data)[i]);
    }
}
