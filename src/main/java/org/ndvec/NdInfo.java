package org.ndvec;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What this JVM's ndvec runs on, as {@link Nd#info()} reports it: NumPy's
 * {@code np.show_config()} for ndvec. Immutable and {@link Serializable}, so an engine can collect
 * it from its executors (see {@code org.ndvec.spark.NdSpark.info}). {@link #toString()} is a short
 * multi-line report meant to be printed or logged as is.
 *
 * @param version       ndvec's version, e.g. {@code 0.1.0}
 * @param java          the running JDK: {@code Runtime.version()}, vendor, OS and architecture
 * @param kernels       {@code KernelProvider.chosen()}: {@code "tiered"} (the default: each operator
 *                      runs scalar code until it is hot and its Vector API kernel compiled),
 *                      {@code "vector"} or {@code "scalar"} (forced by {@code -Dndvec.kernels})
 * @param scalarReason  why the scalar kernels serve ({@code "module jdk.incubator.vector is not
 *                      resolved ..."}, {@code "forced by -Dndvec.kernels=scalar"}), {@code ""} when
 *                      the vector kernels do
 * @param vectorBits    the vector shape the kernels use (256 on AVX2, 512 on AVX-512), 0 for scalar
 * @param threads       threads a large operation may use ({@code -Dndvec.threads}, default: the
 *                      available processors)
 * @param libm          where {@code RandomState}'s normals get {@code log}/{@code exp}: the C
 *                      library (bit for bit NumPy's) or the StrictMath fallback, with why
 * @param vectorOperators in the tiered mode, the operators whose calls take the vector kernels now
 *                      (e.g. {@code "float32 exp"}); empty otherwise
 * @param warming       in the tiered mode, the operators being warmed up now
 */
public record NdInfo(String version, String java, String kernels, String scalarReason, int vectorBits,
                     int threads, String libm, List<String> vectorOperators, List<String> warming)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Checks that no component is null. */
    public NdInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(kernels, "kernels");
        Objects.requireNonNull(scalarReason, "scalarReason");
        Objects.requireNonNull(libm, "libm");
        vectorOperators = List.copyOf(vectorOperators);
        warming = List.copyOf(warming);
    }

    /**
     * Whether Vector API kernels serve (some or all calls) in this JVM: any mode but {@code "scalar"}.
     *
     * @return whether {@link #kernels()} is {@code "tiered"} or {@code "vector"}
     */
    public boolean vectorKernels() {
        return !kernels.equals("scalar");
    }

    /**
     * The report, one fact per line:
     * <pre>
     * ndvec 0.1.0
     *   java:     25+36-LTS (Eclipse Adoptium), Linux amd64
     *   kernels:  vector (jdk.incubator.vector, 512-bit: 16 float32 / 8 float64 lanes)
     *   threads:  2
     *   libm:     C library log/exp via the foreign function API (RandomState matches NumPy bit for bit)
     * </pre>
     */
    @Override
    public String toString() {
        String k = !scalarReason.isEmpty() ? kernels + " (" + scalarReason + ")"
                : vectorBits > 0 ? kernels + " (jdk.incubator.vector, " + vectorBits + "-bit: " + vectorBits / 32
                        + " float32 / " + vectorBits / 64 + " float64 lanes)"
                : kernels;
        String tiers = kernels.equals("tiered") && scalarReason.isEmpty()
                ? "  tiers:    " + (vectorOperators.isEmpty() ? "no operator on vector kernels yet"
                        : "vector kernels for " + String.join(", ", vectorOperators))
                        + (warming.isEmpty() ? "" : "; warming " + String.join(", ", warming)) + "\n"
                : "";
        return "ndvec " + version + "\n"
                + "  java:     " + java + "\n"
                + "  kernels:  " + k + "\n"
                + tiers
                + "  threads:  " + threads + "\n"
                + "  libm:     " + libm;
    }
}
