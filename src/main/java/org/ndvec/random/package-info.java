/**
 * Random numbers, two ways.
 *
 * <ul>
 * <li>{@link org.ndvec.random.RandomState}: NumPy's legacy {@code np.random} generator
 *     (Mersenne Twister) reproduced bit for bit, so ported NumPy code prints the same
 *     numbers. {@code Nd.seed(42); Nd.random().randn(100, 5)} is
 *     {@code np.random.seed(42); np.random.randn(100, 5)}. Sequential.</li>
 * <li>{@link org.ndvec.random.ParallelRandom}: a fast generator for large float32/float64
 *     arrays, filled in parallel from per-chunk {@code L64X128MixRandom} streams;
 *     reproducible from its seed whatever the thread count, but not NumPy's numbers.</li>
 * </ul>
 */
package org.ndvec.random;
