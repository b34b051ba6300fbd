package org.ndvec.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Axis lengths: {@link NDArrayArbitrary#sides(int, int)}. {@code @ForAll @Sides(min = 1) NDArray x} is
 * never empty.
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Sides {
    /**
     * Shortest axis.
     *
     * @return the shortest axis length
     */
    int min() default 0;

    /**
     * Longest axis; -1 keeps the arbitrary's own (5 by default, raised to {@code min} if lower).
     *
     * @return the longest axis length, or -1
     */
    int max() default -1;
}
