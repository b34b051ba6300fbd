package org.ndvec.linalg;

import org.ndvec.kernels.GemmKernels;
import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.scalar.gemm.ScalarGemmKernels;
import org.ndvec.kernels.tiered.Exercise;
import org.ndvec.kernels.tiered.Tier;

/**
 * Which GEMM kernels a product runs: chosen once per call, for the whole call, because the tile
 * shape decides the packing. In the tiered mode (no {@code -Dndvec.kernels}, Vector API resolved)
 * a product takes the scalar 4x4 tiles until its {@link Tier} is hot and the vector tiles compiled.
 * Every C element is the same fma chain over each KC slice, then one addition to C, whatever the
 * tile shape, so the two give the same bits (GemmAccuracyTest).
 *
 * <p>Why per call and not from the start: the first 256 x 256 float32 product of a fresh JVM took
 * 2.4 s on the vector tiles (interpreted and C1 code boxes every vector) and 0.25 s on the scalar
 * ones; the second took 1.7 s against 6.5 ms. A tier counts multiply-adds at 0.3 ns each, so a few
 * 256^3 products make it hot, and a 32 x 10 x 5 linear layer after about 40,000 calls.
 */
final class GemmTiers {
    private static final GemmKernels SCALAR = new ScalarGemmKernels();
    private static final String VECTOR_CLASS = "org.ndvec.kernels.vector.gemm.VectorGemmKernels";

    /** The kernels every call runs when a mode is forced; null when tiered. */
    private static final GemmKernels FIXED = KernelProvider.load(GemmKernels.class, VECTOR_CLASS,
            new Fixed(SCALAR), new Fixed(null));

    private static final Tier F32 = new Tier("matmul float32", Tier.MULADD, new Maker(false, false));
    private static final Tier F64 = new Tier("matmul float64", Tier.MULADD, new Maker(true, false));
    private static final Tier F32_SMALL = new Tier("small matmul float32", Tier.MULADD, new Maker(false, true));
    private static final Tier F64_SMALL = new Tier("small matmul float64", Tier.MULADD, new Maker(true, true));

    // Suppliers as small classes, not lambdas: each lambda call site cost a bootstrap when the
    // first matrix product of a program initialized this class (CONTRIBUTING, kernel dispatch).

    /** The kernels a forced mode fixes (or none). */
    private record Fixed(GemmKernels kernels) implements java.util.function.Supplier<GemmKernels> {
        @Override
        public GemmKernels get() {
            return kernels;
        }
    }

    /** A tier's exercise, made when the tier gets hot. */
    private record Maker(boolean f64, boolean small) implements java.util.function.Supplier<Exercise> {
        @Override
        public Exercise get() {
            return exercise(f64, small);
        }
    }

    /** The vector tiles, loaded on first use. */
    private static final class Vector {
        static final GemmKernels K = KernelProvider.vectorInstance(GemmKernels.class, VECTOR_CLASS);
    }

    private GemmTiers() {
    }

    /** The kernels for a product of {@code muladds} multiply-adds. */
    static GemmKernels choose(boolean f64, long muladds) {
        if (FIXED != null) {
            return FIXED;
        }
        boolean small = muladds <= GemmDriver.SMALL_MULADDS;
        Tier t = f64 ? small ? F64_SMALL : F64 : small ? F32_SMALL : F32;
        return t.vector(muladds) ? Vector.K : SCALAR;
    }

    /** The kernels a warm product runs (the vector tiles where they serve), for tests of tile edges. */
    static GemmKernels warm() {
        if (FIXED != null) {
            return FIXED;
        }
        GemmKernels v = Vector.K;
        return v == null ? SCALAR : v;
    }

    /** Deepest KC of an exercise call of the packed tiles. */
    private static final int EXERCISE_KC = 48;
    /**
     * Scratch extent per operand: covers MR x KC, KC x NR and MR x NR for any tile up to 16 x 64,
     * and the probe's 48 x 32, 32 x 128 and 48 x 128 operands.
     */
    private static final int EXERCISE_LEN = 128 * 64;

    // Packed products: the exercise calls the tiles the nest calls (full, bottom edge, right edge,
    // B panel copies) directly on scratch panels, with depths up to 48: a whole product would run
    // tens of thousands of boxed FMAs per call before C2 (an interpreted 64^3 probe took 7-29 ms).
    // Probes time a whole packed product, 48 x 128 x 32: full tiles for every vector width (the
    // 512-bit float32 tile is 6 x 64; at 48 columns, the probe's shape before, every tile was a
    // width edge, whose methods the exercise calls too rarely for C2, so with -Dndvec.threads=1
    // float32 products stayed scalar: 0.03x NumPy at 1024^3). Small products run the small path
    // on shapes up to 32 x 32 x 32, and are probed at 32 x 16 x 10 (a linear layer).
    private static Exercise exercise(boolean f64, boolean small) {
        GemmKernels v = Vector.K;
        if (v == null) {
            return null;
        }
        double[] ad = scratch(EXERCISE_LEN, 41);
        double[] bd = scratch(EXERCISE_LEN, 42);
        float[] af = toFloat(ad);
        float[] bf = toFloat(bd);
        double[] cd = new double[EXERCISE_LEN];
        float[] cf = new float[EXERCISE_LEN];
        return (vector, size, variant) -> {
            GemmKernels k = vector ? v : SCALAR;
            if (size == Exercise.PROBE || small) {
                int m = small ? 32 : 48;
                int n = small ? 16 : 128;
                int kk = small ? 10 : 32;
                if (size != Exercise.PROBE) {
                    m = 1 + size % 32;
                    n = 1 + size * 7 % 32;
                    kk = 1 + size * 3 % 32;
                }
                PackedGemm g = f64 ? new PackedF64Gemm(ad, 0, kk, 1, bd, 0, n, 1, cd, 0, n)
                        : new PackedF32Gemm(af, 0, kk, 1, bf, 0, n, 1, cf, 0, n);
                g.bind(k);
                if (f64) {
                    java.util.Arrays.fill(cd, 0, m * n, 0);
                } else {
                    java.util.Arrays.fill(cf, 0, m * n, 0);
                }
                GemmDriver.run(g, m, n, kk, 1);
                return;
            }
            int mr = f64 ? k.mrF64() : k.mrF32();
            int nr = f64 ? k.nrF64() : k.nrF32();
            // Which tile method runs: the full tile in a quarter of the calls (the probe and most of
            // every product run it), the panel copy in an eighth, and the edge methods (1 .. MR-1 rows,
            // each width class of columns: the tiles dispatch on whole vectors) in turn in the rest.
            // C2 takes a method after ~600 calls of its own; when edges and widths were drawn at random
            // inside four families, each 512-bit float64 width edge got one call in 23 and the tier's
            // probe (whose 128 columns end in a 32-column edge there) stayed boxed until 16,800-18,000
            // exercise calls (1.84-1.93 s from a first 1024^3 product). Now: one in 13.
            int step = f64 ? k.edgeColsF64(1) : k.edgeColsF32(1);
            int widths = Math.max(0, nr / step - 1);
            int edges = (mr - 1) + widths;
            int slot = variant % 8;
            int round = variant / 8;
            boolean accumulate = (round & 1) != 0;
            // the depth moves with the round, so no method is profiled at a single depth
            int kc = 1 + (size + round) % EXERCISE_KC;
            if (slot == 2) {
                if (f64) {
                    k.copyPanelF64(ad, 0, 64, kc, cd, 0);
                } else {
                    k.copyPanelF32(af, 0, 64, kc, cf, 0);
                }
                return;
            }
            if (slot < 2 || edges == 0) {
                if (f64) {
                    k.f64(kc, ad, 0, bd, 0, cd, 0, nr, accumulate);
                } else {
                    k.f32(kc, af, 0, bf, 0, cf, 0, nr, accumulate);
                }
                return;
            }
            // slots 3-7: the edges one after another, across rounds
            int edge = (round * 5 + slot - 3) % edges;
            if (edge < mr - 1) {
                if (f64) {
                    k.f64EdgeRows(edge + 1, kc, ad, 0, bd, 0, cd, 0, nr, accumulate);
                } else {
                    k.f32EdgeRows(edge + 1, kc, af, 0, bf, 0, cf, 0, nr, accumulate);
                }
                return;
            }
            // widths across the class, so each masked tail length runs too
            int cols = (edge - (mr - 1) + 1) * step - round % step;
            if (f64) {
                k.f64Edge(cols, kc, ad, 0, bd, 0, cd, 0, nr, accumulate);
            } else {
                k.f32Edge(cols, kc, af, 0, bf, 0, cf, 0, nr, accumulate);
            }
        };
    }

    private static double[] scratch(int n, int seed) {
        double[] a = new double[n];
        long s = seed;
        for (int i = 0; i < n; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            a[i] = ((s >>> 40) - (1 << 23)) * 0x1p-23;
        }
        return a;
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
