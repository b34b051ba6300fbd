/** Reading and writing arrays: NumPy's .npy format (org.ndvec.io.Npy). */
package org.ndvec.io;
