package org.ndvec.kernels;

import java.lang.System.Logger.Level;
import java.util.Optional;
import org.ndvec.kernels.scalar.ScalarKernels;

/**
 * Chooses the kernel implementation once per JVM.
 *
 * <p>{@code -Dndvec.kernels=scalar} forces the scalar loops; {@code vector} forces
 * the Vector API and fails loudly if it cannot be had; unset, the Vector API is
 * used when the {@code jdk.incubator.vector} module is readable and its preferred
 * shape is at least 128 bits, and otherwise one log line says why the scalar
 * loops serve. The vector class is loaded by name so that nothing else links
 * against the incubator module.
 */
public final class KernelProvider {
    /** System property that forces an implementation: {@code scalar} or {@code vector}. */
    public static final String PROPERTY = "ndvec.kernels";

    private static final String VECTOR_CLASS = "org.ndvec.kernels.vector.VectorKernels";
    private static final int MIN_VECTOR_BITS = 128;

    private static final Kernels INSTANCE = choose(System.getProperty(PROPERTY, "auto"));

    private KernelProvider() {
    }

    /** The kernels this JVM uses. */
    public static Kernels get() {
        return INSTANCE;
    }

    /** The scalar reference kernels, whatever was chosen (for differential tests). */
    public static Kernels scalar() {
        return new ScalarKernels();
    }

    /** The Vector API kernels when they can be loaded here, for differential tests. */
    public static Optional<Kernels> vector() {
        try {
            return Optional.of(loadVector());
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    static Kernels choose(String mode) {
        switch (mode) {
            case "scalar":
                return new ScalarKernels();
            case "vector":
                return loadVector();
            case "auto":
                try {
                    return loadVector();
                } catch (UnsupportedOperationException e) {
                    System.getLogger("org.ndvec").log(Level.INFO,
                            "ndvec: using scalar kernels: " + e.getMessage());
                    return new ScalarKernels();
                }
            default:
                throw new IllegalArgumentException(
                        "-D" + PROPERTY + " must be 'scalar' or 'vector', got '" + mode + "'");
        }
    }

    private static Kernels loadVector() {
        Optional<Module> incubator = ModuleLayer.boot().findModule("jdk.incubator.vector");
        if (incubator.isEmpty()) {
            throw new UnsupportedOperationException(
                    "module jdk.incubator.vector is not resolved (run with --add-modules jdk.incubator.vector)");
        }
        Module self = KernelProvider.class.getModule();
        if (self.isNamed() && !self.canRead(incubator.get())) {
            self.addReads(incubator.get());
        }
        try {
            Class<?> cls = Class.forName(VECTOR_CLASS);
            int bits = (int) cls.getMethod("preferredBits").invoke(null);
            if (bits < MIN_VECTOR_BITS) {
                throw new UnsupportedOperationException(
                        "preferred vector shape is " + bits + " bits, below " + MIN_VECTOR_BITS);
            }
            return (Kernels) cls.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new UnsupportedOperationException("cannot load Vector API kernels: " + e, e);
        }
    }
}
