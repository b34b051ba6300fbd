package org.ndvec.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ndvec.DType;

/**
 * Only these dtypes, equally often: {@link NDArrayArbitrary#dtypes(DType...)}.
 * {@code @ForAll @DTypes({DType.FLOAT32, DType.FLOAT64}) NDArray x}
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DTypes {
    /**
     * The dtypes to draw from; failures shrink toward the first.
     *
     * @return the dtypes, at least one
     */
    DType[] value();
}
