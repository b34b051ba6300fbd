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

    @Override
    protected boolean acceptTargetType(TypeUsage targetType) {
        return targetType.isOfType(NDArray.class);
    }

    /** {@link Finite}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Finite finite) {
        return arbitrary.finite();
    }

    /** {@link DTypes}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, DTypes dtypes) {
        return arbitrary.dtypes(List.of(dtypes.value()));
    }

    /** {@link Rank}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Rank rank) {
        NDArrayArbitrary a = arbitrary.minRank(rank.min());
        return rank.max() < 0 ? a : a.ranks(rank.min(), rank.max());
    }

    /** {@link Sides}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Sides sides) {
        NDArrayArbitrary a = arbitrary.minSide(sides.min());
        return sides.max() < 0 ? a : a.sides(sides.min(), sides.max());
    }

    /** {@link Shape}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Shape shape) {
        return arbitrary.shape(shape.value());
    }

    /** {@link Layouts}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Layouts layouts) {
        return arbitrary.layouts(layouts.value());
    }

    /** {@link Between}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Between between) {
        return arbitrary.between(between.min(), between.max());
    }

    /** {@link Unique}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Unique unique) {
        return arbitrary.unique();
    }

    /** {@link Writeable}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, Writeable writeable) {
        return arbitrary.writeable();
    }

    /** {@link ReadOnly}. */
    public NDArrayArbitrary configure(NDArrayArbitrary arbitrary, ReadOnly readOnly) {
        return arbitrary.readOnly();
    }
}
