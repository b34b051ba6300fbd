package org.ndvec.jqwik;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.ndvec.DType;

/**
 * Element generators per dtype. Floats mix four kinds of values, listed simplest first because
 * jqwik shrinks a choice toward the front: small integers (-10..10, exact in every sum), short
 * decimals within +-1000, wide magnitudes ({@code m * 10^k}, |k| <= 30) and edge values. A
 * shrunk failure therefore reads {@code [0., 3.]} rather than {@code [-7.1684754e+05, ...]}.
 */
final class Elements {
    /** Weights of small integers, decimals, wide magnitudes and edge values: 3:3:2:2 of 10. */
    private static final int SMALL = 3;
    private static final int DECIMAL = 3;
    private static final int WIDE = 2;
    private static final int EDGE = 2;
    /** The decimals' window around zero, and the wide magnitudes' largest power of ten. */
    private static final double WINDOW = 1000;
    private static final int MAX_POWER = 30;

    // Simplest first: a choice among these shrinks toward the front of the list.
    private static final double[] DOUBLE_EDGES = {
        0.0, 1.0, -1.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL / 3, // a subnormal with many significant bits
    };
    private static final float[] FLOAT_EDGES = {
        0.0f, 1.0f, -1.0f, -0.0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL, Float.MIN_VALUE, -Float.MIN_VALUE,
        Float.MIN_NORMAL / 3,
    };

    private Elements() {
    }

    /** The default elements of a dtype under the constraints (boxed: Double, Float, Long, Integer, Boolean, String). */
    static Arbitrary<?> of(DType dtype, ElementConstraints c) {
        return switch (dtype) {
            case FLOAT64 -> doubles(c);
            case FLOAT32 -> floats(c);
            case INT64 -> longs(c, Long.MIN_VALUE, Long.MAX_VALUE);
            case INT32 -> longs(c, Integer.MIN_VALUE, Integer.MAX_VALUE).map(Long::intValue);
            case BOOL -> Arbitraries.of(false, true);
            // short strings, empty ones and non-ASCII (including beyond U+FFFF) mixed in
            case STRING -> Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(6),
                    Arbitraries.of("", "é", "日本", "😀x", "it's"));
        };
    }

    static Arbitrary<Double> doubles(ElementConstraints c) {
        List<Tuple2<Integer, Arbitrary<Double>>> parts = new ArrayList<>();
        long smallLo = (long) Math.ceil(Math.max(c.min(), -10));
        long smallHi = (long) Math.floor(Math.min(c.max(), 10));
        if (smallLo <= smallHi) {
            parts.add(Tuple.of(SMALL, Arbitraries.longs().between(smallLo, smallHi).map(Long::doubleValue)));
        }
        double[] window = window(c);
        if (window[0] < window[1]) {
            parts.add(Tuple.of(DECIMAL, Arbitraries.doubles().between(window[0], window[1]).ofScale(2)
                    .map(v -> c.subnormal() || !subnormal(v) ? v : 0.0)));
        }
        parts.add(Tuple.of(WIDE, wide(c)));
        List<Double> edges = new ArrayList<>();
        if (c.edges()) {
            Set<Double> seen = new LinkedHashSet<>();
            for (double e : DOUBLE_EDGES) {
                seen.add(e);
            }
            seen.add(c.min());
            seen.add(c.max());
            for (double e : seen) {
                if (allowed(e, c)) {
                    edges.add(e);
                }
            }
        }
        if (!edges.isEmpty()) {
            parts.add(Tuple.of(EDGE, Arbitraries.of(edges)));
        }
        return weighted(parts);
    }

    static Arbitrary<Float> floats(ElementConstraints c) {
        List<Float> edges = new ArrayList<>();
        if (c.edges()) {
            Set<Float> seen = new LinkedHashSet<>();
            for (float e : FLOAT_EDGES) {
                seen.add(e);
            }
            for (float e : seen) {
                if (allowed(e, c) && (c.subnormal() || !subnormal(e))) {
                    edges.add(e);
                }
            }
        }
        ElementConstraints plain = c.withEdges(false);
        Arbitrary<Float> numbers = doubles(plain).map(v -> clampFloat(v, c));
        return edges.isEmpty() ? numbers
                : Arbitraries.frequencyOf(Tuple.of(SMALL + DECIMAL + WIDE, numbers), Tuple.of(EDGE, Arbitraries.of(edges)));
    }

    /** Integers: small ones, moderate ones, any in range, and edges (0, +-1, the dtype's MIN/MAX, the bounds). */
    private static Arbitrary<Long> longs(ElementConstraints c, long typeMin, long typeMax) {
        long lo = c.min() <= typeMin ? typeMin : (long) Math.ceil(c.min());
        long hi = c.max() >= typeMax ? typeMax : (long) Math.floor(c.max());
        if (lo > hi) {
            throw new IllegalArgumentException("no integer lies in [" + c.min() + ", " + c.max() + "]");
        }
        List<Tuple2<Integer, Arbitrary<Long>>> parts = new ArrayList<>();
        // small and moderate values only where the range reaches them
        if (Math.max(lo, -10) <= Math.min(hi, 10)) {
            parts.add(Tuple.of(SMALL, Arbitraries.longs().between(Math.max(lo, -10), Math.min(hi, 10))));
        }
        if (Math.max(lo, -1000) <= Math.min(hi, 1000)) {
            parts.add(Tuple.of(DECIMAL, Arbitraries.longs().between(Math.max(lo, -1000), Math.min(hi, 1000))));
        }
        parts.add(Tuple.of(WIDE, Arbitraries.longs().between(lo, hi)));
        if (c.edges()) {
            List<Long> edges = new ArrayList<>();
            for (long e : new long[] {0, 1, -1, typeMin, typeMax, lo, hi}) {
                if (e >= lo && e <= hi && !edges.contains(e)) {
                    edges.add(e);
                }
            }
            parts.add(Tuple.of(EDGE, Arbitraries.of(edges)));
        }
        return weighted(parts);
    }

    /** Magnitudes spread over many decades, {@code +-m * 10^k}, kept within the bounds. */
    private static Arbitrary<Double> wide(ElementConstraints c) {
        double top = Math.max(Math.abs(c.min()), Math.abs(c.max()));
        int kMax = Double.isInfinite(top) ? MAX_POWER : Math.min(MAX_POWER, (int) Math.floor(Math.log10(top)));
        int kMin = -MAX_POWER;
        if (c.min() > 0) {
            kMin = Math.max(kMin, (int) Math.floor(Math.log10(c.min())));
        } else if (c.max() < 0) {
            kMin = Math.max(kMin, (int) Math.floor(Math.log10(-c.max())));
        }
        int lowPower = Math.min(kMin, kMax);
        int highPower = Math.max(kMin, kMax);
        Arbitrary<Integer> sign = c.min() >= 0 ? Arbitraries.just(1) : c.max() <= 0 ? Arbitraries.just(-1) : Arbitraries.of(1, -1);
        return Combinators.combine(
                        Arbitraries.doubles().between(1, 10).ofScale(3),
                        Arbitraries.integers().between(lowPower, highPower),
                        sign)
                .as((m, k, s) -> clamp(s * new BigDecimal(m).scaleByPowerOfTen(k).doubleValue(), c));
    }

    private static double[] window(ElementConstraints c) {
        double lo = Math.max(c.min(), -WINDOW);
        double hi = Math.min(c.max(), WINDOW);
        if (lo <= hi) {
            return new double[] {lo, hi};
        }
        // the range lies beyond +-1000: a window of the same width at its near end
        return c.min() > WINDOW ? new double[] {c.min(), Math.min(c.max(), c.min() + WINDOW)}
                : new double[] {Math.max(c.min(), c.max() - WINDOW), c.max()};
    }

    private static boolean allowed(double v, ElementConstraints c) {
        if (Double.isNaN(v)) {
            return c.nan();
        }
        if (Double.isInfinite(v) && !c.infinity()) {
            return false;
        }
        return c.contains(v) && (c.subnormal() || !subnormal(v));
    }

    private static double clamp(double v, ElementConstraints c) {
        return Math.min(Math.max(v, c.min()), c.max());
    }

    /** The float nearest v that lies within the bounds (they may fall between two floats). */
    private static float clampFloat(double v, ElementConstraints c) {
        float f = (float) clamp(v, c);
        while (f > c.max()) {
            f = Math.nextDown(f);
        }
        while (f < c.min()) {
            f = Math.nextUp(f);
        }
        if (!c.subnormal() && subnormal(f)) {
            return c.min() > 0 ? Float.MIN_NORMAL : c.max() < 0 ? -Float.MIN_NORMAL : 0f;
        }
        return f;
    }

    /** jqwik's {@code frequencyOf} over a list of (weight, arbitrary) pairs. */
    @SuppressWarnings("unchecked")
    static <T> Arbitrary<T> weighted(List<Tuple2<Integer, Arbitrary<T>>> parts) {
        return Arbitraries.frequencyOf(parts.toArray(new Tuple2[0]));
    }

    static boolean subnormal(double v) {
        return v != 0 && Math.abs(v) < Double.MIN_NORMAL;
    }

    static boolean subnormal(float v) {
        return v != 0 && Math.abs(v) < Float.MIN_NORMAL;
    }
}
