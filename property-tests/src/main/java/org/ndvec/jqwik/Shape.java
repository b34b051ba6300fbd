package org.ndvec.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One fixed shape: {@link NDArrayArbitrary#shape(int...)}. {@code @ForAll @Shape({2, 3}) NDArray x}
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Shape {
    /**
     * The dims; {@code {}} for 0-d arrays.
     *
     * @return the dims of every array
     */
    int[] value();
}
