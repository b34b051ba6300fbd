package org.ndvec.jqwik;

/**
 * What element values an {@link NDArrayArbitrary} may hold: bounds and the switches for NaN,
 * infinities, subnormals and edge values. Immutable; every {@code with...} returns a copy.
 *
 * @param min smallest value allowed ({@code -inf} when unbounded)
 * @param max largest value allowed ({@code +inf} when unbounded)
 * @param nan whether NaN may appear (floats only)
 * @param infinity whether +-inf may appear (floats only, and only where the bounds allow)
 * @param subnormal whether subnormal floats may appear
 * @param edges whether edge values (extremes, +-0, the bounds themselves) are mixed in
 */
record ElementConstraints(double min, double max, boolean nan, boolean infinity, boolean subnormal, boolean edges) {

    /** No bound, every special value allowed. */
    static final ElementConstraints ANY = new ElementConstraints(
            Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, true, true, true);

    ElementConstraints {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            throw new IllegalArgumentException("bounds cannot be NaN");
        }
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    ElementConstraints finite() {
        return new ElementConstraints(min, max, false, false, subnormal, edges);
    }

    ElementConstraints withNaN(boolean allowed) {
        return new ElementConstraints(min, max, allowed, infinity, subnormal, edges);
    }

    ElementConstraints withInfinity(boolean allowed) {
        return new ElementConstraints(min, max, nan, allowed, subnormal, edges);
    }

    ElementConstraints withSubnormal(boolean allowed) {
        return new ElementConstraints(min, max, nan, infinity, allowed, edges);
    }

    ElementConstraints withEdges(boolean allowed) {
        return new ElementConstraints(min, max, nan, infinity, subnormal, allowed);
    }

    /** Bounds imply no NaN, as in hypothesis' {@code floats(min_value, max_value)}. */
    ElementConstraints between(double lo, double hi) {
        return new ElementConstraints(lo, hi, false, infinity, subnormal, edges);
    }

    boolean contains(double v) {
        return v >= min && v <= max;
    }

    boolean bounded() {
        return min != Double.NEGATIVE_INFINITY || max != Double.POSITIVE_INFINITY;
    }
}
