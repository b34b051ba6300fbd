package org.ndvec.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number of axes: {@link NDArrayArbitrary#ranks(int, int)}. {@code @ForAll @Rank(min = 1) NDArray x}
 * keeps the default most (3) unless that is below {@code min}.
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Rank {
    /**
     * Fewest axes.
     *
     * @return the fewest axes
     */
    int min() default 0;

    /**
     * Most axes; -1 keeps the arbitrary's own (3 by default, raised to {@code min} if lower).
     *
     * @return the most axes, or -1
     */
    int max() default -1;
}
