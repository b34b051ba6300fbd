package org.ndvec.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only these memory layouts: {@link NDArrayArbitrary#layouts(Layout...)}.
 * {@code @ForAll @Layouts({Layout.STRIDED, Layout.REVERSED}) NDArray x}
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Layouts {
    /**
     * The layouts to draw from.
     *
     * @return the layouts, at least one
     */
    Layout[] value();
}
