/** Linear algebra mirroring np.linalg (org.ndvec.linalg.Linalg). */
package org.ndvec.linalg;
