package org.ndvec.kernels;

import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.function.Supplier;
import org.ndvec.kernels.scalar.ScalarKernels;

/**
 * Chooses between scalar and Vector API implementations, once per JVM.
 *
 * <p>{@code -Dndvec.kernels=scalar} forces the scalar loops; {@code vector} forces
 * the Vector API and fails loudly if it cannot be had; unset ({@code auto}), the
 * Vector API is used when the {@code jdk.incubator.vector} module is readable and
 * its preferred shape is at least 128 bits, and otherwise one log line says why
 * the scalar loops serve. Vector classes are loaded by name so that nothing
 * outside {@code org.ndvec.kernels.vector} links against the incubator module.
 *
 * <p>Each kernel family (casts, elementwise per dtype, GEMM, ...) is an interface with a
 * scalar and a vector implementation; a family keeps its chosen instance in a
 * {@code static final} field initialized through {@link #load}, so C2 sees a
 * constant receiver and inlines through the interface.
 */
public final class KernelProvider {
    /** System property that forces an implementation: {@code scalar} or {@code vector}. */
    public static final String PROPERTY = "ndvec.kernels";

    private static final int MIN_VECTOR_BITS = 128;
    private static final String MODE = mode();
    private static final String VECTOR_PROBLEM = vectorProblem();

    private static final Kernels INSTANCE = load(Kernels.class,
            "org.ndvec.kernels.vector.VectorKernels", ScalarKernels::new);

    private KernelProvider() {
    }

    /** The cast kernels this JVM uses. */
    public static Kernels get() {
        return INSTANCE;
    }

    /** {@code "scalar"} or {@code "vector"}: what {@link #load} returns in this JVM. */
    public static String chosen() {
        return useVector() ? "vector" : "scalar";
    }

    /**
     * Why the scalar kernels serve, or {@code ""} when the vector kernels do: the forcing
     * property, or the problem logged when the Vector API could not be used (for
     * {@code Nd.info()}, which keeps the one-time log line queryable).
     */
    public static String scalarReason() {
        if (useVector()) {
            return "";
        }
        return "scalar".equals(MODE) ? "forced by -D" + PROPERTY + "=scalar" : VECTOR_PROBLEM;
    }

    /** Bits of the vector shape the vector kernels use (e.g. 256 on AVX2, 512 on AVX-512), 0 when the scalar kernels serve. */
    public static int vectorBits() {
        if (!useVector()) {
            return 0;
        }
        try {
            return (int) Class.forName("org.ndvec.kernels.vector.VectorKernels").getMethod("preferredBits").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot read the Vector API's preferred shape: " + e, e);
        }
    }

    /** The scalar reference kernels, whatever was chosen (for differential tests). */
    public static Kernels scalar() {
        return new ScalarKernels();
    }

    /**
     * Loads one kernel family: the vector class when the Vector API serves in this JVM,
     * otherwise the scalar supplier's instance.
     *
     * @param family      the interface both implementations implement
     * @param vectorClass binary name of the vector implementation (public, no-arg constructor)
     * @param scalar      makes the scalar implementation
     */
    public static <T> T load(Class<T> family, String vectorClass, Supplier<? extends T> scalar) {
        if (!useVector()) {
            return scalar.get();
        }
        return instantiate(family, vectorClass);
    }

    /**
     * The vector implementation of a family regardless of the chosen mode, for
     * differential tests; empty when the Vector API is not usable here.
     */
    public static <T> Optional<T> vector(Class<T> family, String vectorClass) {
        if (VECTOR_PROBLEM != null) {
            return Optional.empty();
        }
        return Optional.of(instantiate(family, vectorClass));
    }

    private static <T> T instantiate(Class<T> family, String vectorClass) {
        try {
            Class<?> cls = Class.forName(vectorClass);
            return family.cast(cls.getConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load Vector API kernels " + vectorClass + ": " + e, e);
        }
    }

    private static boolean useVector() {
        return switch (MODE) {
            case "scalar" -> false;
            case "vector" -> {
                if (VECTOR_PROBLEM != null) {
                    throw new IllegalStateException("-D" + PROPERTY + "=vector, but " + VECTOR_PROBLEM);
                }
                yield true;
            }
            default -> VECTOR_PROBLEM == null;
        };
    }

    private static String mode() {
        String m = System.getProperty(PROPERTY, "auto").strip();
        if (!m.equals("scalar") && !m.equals("vector") && !m.equals("auto")) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be 'scalar' or 'vector', got '" + m + "'");
        }
        return m;
    }

    /** Null when the Vector API can serve here, else the reason it cannot. */
    private static String vectorProblem() {
        Optional<Module> incubator = ModuleLayer.boot().findModule("jdk.incubator.vector");
        if (incubator.isEmpty()) {
            return report("module jdk.incubator.vector is not resolved (run with --add-modules jdk.incubator.vector)");
        }
        Module self = KernelProvider.class.getModule();
        if (self.isNamed() && !self.canRead(incubator.get())) {
            self.addReads(incubator.get());
        }
        try {
            Class<?> cls = Class.forName("org.ndvec.kernels.vector.VectorKernels");
            int bits = (int) cls.getMethod("preferredBits").invoke(null);
            if (bits < MIN_VECTOR_BITS) {
                return report("the preferred vector shape is " + bits + " bits, below " + MIN_VECTOR_BITS);
            }
            return null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return report("the Vector API cannot be loaded: " + e);
        }
    }

    private static String report(String problem) {
        if (!"scalar".equals(MODE)) {
            // WARNING, not INFO: engines such as Spark log their executors at WARN, and a 10-100x
            // slower kernel choice must show in a task's log (Nd.info() reports it too)
            System.getLogger("org.ndvec").log(Level.WARNING, "ndvec: using scalar kernels: " + problem);
        }
        return problem;
    }
}
