package org.ndvec.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Elements within {@code [min, max]}, no NaN: {@link NDArrayArbitrary#between(double, double)}.
 * {@code @ForAll @Between(min = -1e3, max = 1e3) NDArray x}
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Between {
    /**
     * Smallest element.
     *
     * @return the lower bound, included
     */
    double min() default Double.NEGATIVE_INFINITY;

    /**
     * Largest element.
     *
     * @return the upper bound, included
     */
    double max() default Double.POSITIVE_INFINITY;
}
