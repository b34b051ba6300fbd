package org.ndvec.jqwik;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.ndvec.NDArray;

/**
 * Lets {@code @ForAll NDArray x} work without {@code @Provide}: the parameter gets
 * {@link Arrays#arrays()}, configured by the annotations {@link NDArrayConfigurator} reads.
 * Registered through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class NDArrayArbitraryProvider implements ArbitraryProvider {
    /** Made by jqwik's service loader ({@code META-INF/services}); users never need one. */
    public NDArrayArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(NDArray.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(Arrays.arrays());
    }
}
