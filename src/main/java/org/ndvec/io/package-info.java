/** Reading and writing arrays: NumPy's .npy format ({@link org.ndvec.io.Npy}) and delimited text ({@link org.ndvec.io.Csv}). */
package org.ndvec.io;
