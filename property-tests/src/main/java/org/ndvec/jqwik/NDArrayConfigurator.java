package org.ndvec.jqwik;

import java.util.List;
import net.jqwik.api.configurators.ArbitraryConfiguratorBase;
import net.jqwik.api.providers.TypeUsage;
import org.ndvec.NDArray;

/**
 * Applies the annotations on a {@code @ForAll NDArray} parameter to its {@link NDArrayArbitrary}:
 * {@link Finite}, {@link DTypes}, {@link Rank}, {@link Sides}, {@link Shape}, {@link Layouts},
 * {@link Between}, {@link Unique}, {@link Writeable}, {@link ReadOnly}. It works for the default
 * arbitrary and for a {@code @Provide} method that returns an {@code NDArrayArbitrary}; an arbitrary
 * mapped or filtered into a plain {@code Arbitrary<NDArray>} is left as it is. Registered through
 * {@code META-INF/services/net.jqwik.api.configurators.ArbitraryConfigurator}.
 */
public final class NDArrayConfigurator extends ArbitraryConfiguratorBase {
    /** Made by jqwik's service loader ({@code META-INF/services}); users never need one. */
    public NDArrayConfigurator() {
    }

    @Override
    protected boolean acceptTargetType(TypeUsage targetType) {
        return targetType.isOfType(NDArray.class);
    }

    /**
     * {@link Finite}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param finite the annotation
     * @return the arbitrary without NaN and infinities
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Finite finite) {
        return arbitrary.finite();
    }

    /**
     * {@link DTypes}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param dtypes the annotation
     * @return the arbitrary limited to the annotation's dtypes
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, DTypes dtypes) {
        return arbitrary.dtypes(List.of(dtypes.value()));
    }

    /**
     * {@link Rank}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param rank the annotation
     * @return the arbitrary limited to the annotation's ranks
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Rank rank) {
        NDArrayArbitrary a = arbitrary.minRank(rank.min());
        return rank.max() < 0 ? a : a.ranks(rank.min(), rank.max());
    }

    /**
     * {@link Sides}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param sides the annotation
     * @return the arbitrary limited to the annotation's axis lengths
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Sides sides) {
        NDArrayArbitrary a = arbitrary.minSide(sides.min());
        return sides.max() < 0 ? a : a.sides(sides.min(), sides.max());
    }

    /**
     * {@link Shape}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param shape the annotation
     * @return the arbitrary drawing only that shape
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Shape shape) {
        return arbitrary.shape(shape.value());
    }

    /**
     * {@link Layouts}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param layouts the annotation
     * @return the arbitrary limited to the annotation's layouts
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Layouts layouts) {
        return arbitrary.layouts(layouts.value());
    }

    /**
     * {@link Between}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param between the annotation
     * @return the arbitrary limited to the annotation's bounds
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Between between) {
        return arbitrary.between(between.min(), between.max());
    }

    /**
     * {@link Unique}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param unique the annotation
     * @return the arbitrary drawing arrays of distinct elements
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Unique unique) {
        return arbitrary.unique();
    }

    /**
     * {@link Writeable}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param writeable the annotation
     * @return the arbitrary drawing only writeable arrays
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Writeable writeable) {
        return arbitrary.writeable();
    }

    /**
     * {@link ReadOnly}.
     *
     * @param arbitrary the parameter's arbitrary
     * @param readOnly the annotation
     * @return the arbitrary drawing only read-only arrays
     */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, ReadOnly readOnly) {
        return arbitrary.readOnly();
    }
}
