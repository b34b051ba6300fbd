package org.ndvec.random;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * {@code log} and {@code exp} as NumPy's legacy distributions see them: the C
 * library's, called through the JDK's foreign function interface.
 *
 * <p>Why not {@link StrictMath}: NumPy's {@code legacy_gauss} returns
 * {@code x * sqrt(-2 log(r2) / r2)}, so the last bit of {@code log} reaches the
 * output. On glibc 2.36 (x86-64), over 7 million inputs spread over (0, 100),
 * {@code StrictMath.log} (fdlibm) differed from the C library's {@code log} in
 * 4.9% of them, {@code Math.log} in 0.05%, and even a correctly rounded log in
 * 0.05% (glibc is not correctly rounded either). A 1000-value {@code randn} would
 * almost never match. Calling the same function NumPy calls is the only way to
 * reproduce it bit for bit; one downcall costs about what {@code StrictMath.log} does
 * (7 ns measured here).
 *
 * <p>Fallback: when the symbols cannot be linked (no native access granted in a
 * future JDK, an unusual platform) or {@code -Dndvec.random.libm=java} is given,
 * {@link StrictMath} serves; results then stay within an ulp or two of NumPy's
 * but are no longer bit-identical for normals and exponentials. {@link #isNative()}
 * tells which is in use. Granting native access
 * ({@code --enable-native-access=org.ndvec}, or {@code =ALL-UNNAMED} on the class path)
 * silences the JDK's one-time warning about the restricted call.
 */
final class Libm {
    /** System property: {@code native} (default: the C library when it links) or {@code java}. */
    static final String PROPERTY = "ndvec.random.libm";

    private static final MethodHandle LOG = link("log");
    private static final MethodHandle EXP = LOG == null ? null : link("exp");
    private static final boolean NATIVE = LOG != null && EXP != null;

    private Libm() {
    }

    /** Whether {@link #log}/{@link #exp} call the platform's C library. */
    static boolean isNative() {
        return NATIVE;
    }

    /** The C library's {@code log(x)} (or {@link StrictMath#log} in the fallback). */
    static double log(double x) {
        return NATIVE ? call(LOG, x) : StrictMath.log(x);
    }

    /** The C library's {@code exp(x)} (or {@link StrictMath#exp} in the fallback). */
    static double exp(double x) {
        return NATIVE ? call(EXP, x) : StrictMath.exp(x);
    }

    private static double call(MethodHandle function, double x) {
        try {
            return (double) function.invokeExact(x);
        } catch (Throwable t) {
            throw new AssertionError("libm call failed", t);
        }
    }

    private static MethodHandle link(String name) {
        if ("java".equals(System.getProperty(PROPERTY))) {
            return null;
        }
        try {
            Linker linker = Linker.nativeLinker();
            Optional<MemorySegment> symbol = linker.defaultLookup().find(name);
            if (symbol.isEmpty()) {
                return null;
            }
            // critical(false): a pure function of a double needs no thread-state transition.
            return linker.downcallHandle(symbol.get(),
                    FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE),
                    Linker.Option.critical(false));
        } catch (RuntimeException | LinkageError e) {
            // IllegalCallerException when native access is denied, UnsupportedOperationException
            // on platforms without a native linker: fall back to StrictMath.
            return null;
        }
    }
}
