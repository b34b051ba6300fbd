/**
 * jqwik generators for ndvec arrays, for users' own property tests: {@link org.ndvec.jqwik.Shapes}
 * (shapes, broadcastable tuples) and {@link org.ndvec.jqwik.Arrays} (arrays with edge values,
 * non-contiguous views). Artifact {@code org.ndvec:ndvec-jqwik}.
 */
package org.ndvec.jqwik;
