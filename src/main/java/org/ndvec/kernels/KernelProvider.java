package org.ndvec.kernels;

import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.function.Supplier;
import org.ndvec.kernels.scalar.ScalarKernels;
import org.ndvec.kernels.tiered.TieredKernels;

/**
 * Chooses between scalar, Vector API and tiered implementations, once per JVM.
 *
 * <p>{@code -Dndvec.kernels=scalar} forces the scalar loops; {@code vector} forces
 * the Vector API for every call and fails loudly if it cannot be had (tests and benchmarks
 * use both); unset ({@code auto}), a family is <em>tiered</em> when the
 * {@code jdk.incubator.vector} module is resolved: each call runs the scalar loop until its
 * operator is hot and the vector kernel compiled, then the vector kernel, with the same bits
 * either way ({@code org.ndvec.kernels.tiered.Tier}). The Vector API itself is loaded only when the
 * first operator gets hot; if its preferred shape then turns out narrower than 128 bits, one log
 * line says so and everything stays scalar. Without the module, one log line says why the scalar
 * loops serve. Vector classes are loaded by name so that nothing outside
 * {@code org.ndvec.kernels.vector} links against the incubator module.
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
    /** Null when the incubator module is resolved (its shape is checked later, see {@link #vectorProblem}). */
    private static final String MODULE_PROBLEM = moduleProblem();

    private static final Kernels INSTANCE = load(Kernels.class,
            "org.ndvec.kernels.vector.VectorKernels", ScalarKernels::new, TieredKernels::new);

    private KernelProvider() {
    }

    /** The cast kernels this JVM uses. */
    public static Kernels get() {
        return INSTANCE;
    }

    /**
     * What {@link #load} returns in this JVM: {@code "scalar"}, {@code "vector"} (forced) or
     * {@code "tiered"} (scalar until hot, then vector).
     */
    public static String chosen() {
        if (MODE.equals("scalar") || MODULE_PROBLEM != null) {
            return "scalar";
        }
        return MODE.equals("vector") ? "vector" : "tiered";
    }

    /**
     * Why the Vector API does not serve in this JVM, or null when it does (or has not been
     * checked yet because no operator got hot).
     */
    public static String problem() {
        return MODULE_PROBLEM != null ? MODULE_PROBLEM : shapeChecked ? ShapeCheck.PROBLEM : null;
    }

    /**
     * Why the scalar kernels serve, or {@code ""} when the vector kernels do: the forcing
     * property, or the problem logged when the Vector API could not be used (for
     * {@code Nd.info()}, which keeps the one-time log line queryable).
     */
    public static String scalarReason() {
        if ("scalar".equals(MODE)) {
            return "forced by -D" + PROPERTY + "=scalar";
        }
        String p = problem();
        return p == null ? "" : p;
    }

    /**
     * Bits of the vector shape the vector kernels use (e.g. 256 on AVX2, 512 on AVX-512), 0 when
     * the scalar kernels serve. Loads the Vector API if no operator has yet.
     */
    public static int vectorBits() {
        if (chosen().equals("scalar") || ShapeCheck.PROBLEM != null) {
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
     * Loads one kernel family: the scalar supplier's instance, the vector class, or the tiered
     * supplier's instance, as {@link #chosen} says.
     *
     * @param family      the interface both implementations implement
     * @param vectorClass binary name of the vector implementation (public, no-arg constructor)
     * @param scalar      makes the scalar implementation
     * @param tiered      makes the tiered implementation, which loads the vector one itself through
     *                    {@link #vectorInstance} when it first needs it
     */
    public static <T> T load(Class<T> family, String vectorClass, Supplier<? extends T> scalar,
            Supplier<? extends T> tiered) {
        return switch (chosen()) {
            case "vector" -> {
                if (ShapeCheck.PROBLEM != null) {
                    throw new IllegalStateException("-D" + PROPERTY + "=vector, but " + ShapeCheck.PROBLEM);
                }
                yield instantiate(family, vectorClass);
            }
            case "tiered" -> tiered.get();
            default -> scalar.get();
        };
    }

    /**
     * The vector implementation of a family for a tiered one, or null when the Vector API turns
     * out not to serve here (the first call checks its shape and logs why once).
     */
    public static <T> T vectorInstance(Class<T> family, String vectorClass) {
        if (MODULE_PROBLEM != null || ShapeCheck.PROBLEM != null) {
            return null;
        }
        return instantiate(family, vectorClass);
    }

    /**
     * The vector implementation of a family regardless of the chosen mode, for
     * differential tests; empty when the Vector API is not usable here.
     */
    public static <T> Optional<T> vector(Class<T> family, String vectorClass) {
        if (MODULE_PROBLEM != null || ShapeCheck.PROBLEM != null) {
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


    private static String mode() {
        String m = System.getProperty(PROPERTY, "auto").strip();
        if (!m.equals("scalar") && !m.equals("vector") && !m.equals("auto")) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be 'scalar' or 'vector', got '" + m + "'");
        }
        return m;
    }

    /** Null when the incubator module is resolved (and readable), else the reason it is not. */
    private static String moduleProblem() {
        Optional<Module> incubator = ModuleLayer.boot().findModule("jdk.incubator.vector");
        if (incubator.isEmpty()) {
            return report("module jdk.incubator.vector is not resolved (run with --add-modules jdk.incubator.vector)");
        }
        Module self = KernelProvider.class.getModule();
        if (self.isNamed() && !self.canRead(incubator.get())) {
            self.addReads(incubator.get());
        }
        return null;
    }

    /**
     * The check that loads the Vector API (about 40 ms of class loading and initialization on a
     * cold JVM, measured in a 0.6 s program): done on first use, so a tiered program whose
     * operators never get hot skips it.
     */
    private static final class ShapeCheck {
        static final String PROBLEM = MODULE_PROBLEM != null ? MODULE_PROBLEM : vectorProblem();

        static {
            shapeChecked = true;
        }
    }

    /** Whether {@link ShapeCheck} has run (reading its field would run it). */
    private static volatile boolean shapeChecked;

    /** Null when the Vector API can serve here, else the reason it cannot. */
    private static String vectorProblem() {
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
