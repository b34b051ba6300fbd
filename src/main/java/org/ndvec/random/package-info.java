/** Random number generation reproducing NumPy's legacy np.random streams (org.ndvec.random.RandomState). */
package org.ndvec.random;
