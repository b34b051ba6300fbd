package org.ndvec.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only writeable arrays (no broadcast layout, no read-only view): {@link NDArrayArbitrary#writeable()}.
 * {@code @ForAll @Writeable NDArray out}
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Writeable {
}
