/**
 * ndvec: NumPy-class n-dimensional arrays on the JDK Vector API.
 *
 * <p>The Vector API is an optional dependence: {@code requires static} lets the
 * module load without {@code --add-modules jdk.incubator.vector}, in which case
 * the scalar kernels serve (see {@code org.ndvec.kernels.KernelProvider}).
 */
module org.ndvec {
    requires static jdk.incubator.vector;
    // the warm-up reads the per-thread allocation counter (com.sun.management.ThreadMXBean) to
    // tell a half-compiled, boxing vector kernel from a compiled one
    requires jdk.management;

    exports org.ndvec;
    exports org.ndvec.io;
    exports org.ndvec.linalg;
    exports org.ndvec.pipeline;
    exports org.ndvec.random;
    exports org.ndvec.strings;
}
