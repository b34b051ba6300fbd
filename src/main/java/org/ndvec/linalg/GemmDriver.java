package org.ndvec.linalg;

import java.util.ArrayList;
import java.util.List;
import org.ndvec.parallel.Workers;

/**
 * The BLIS/GotoBLAS loop nest around the micro-kernels, written once for both float widths
 * ({@link PackedGemm} supplies the per-dtype packing and tile calls):
 *
 * <pre>
 * for jc in 0..n step NC            B panel KC x NC, packed into NR-column micro-panels (L3)
 *   for pc in 0..k step KC          the k slices, always in increasing order
 *     pack B[pc:pc+KC, jc:jc+NC]
 *     for ic in 0..m step MC        A block MC x KC, packed into MR-row micro-panels (L2)
 *       pack A[ic:ic+MC, pc:pc+KC]    (a C-order A with k <= KC: only a last partial micro-panel)
 *       for jr in 0..nc step NR     B micro-panel stays in L1 for the whole ir loop
 *         for ir in 0..mc step MR
 *           tile: C[ic+ir.., jc+jr..] (+)= Ap[ir] · Bp[jr]
 * </pre>
 *
 * <p>Blocking for this machine (AMD EPYC Zen 4: L1d 32 KiB, L2 1 MiB per core, L3 32 MiB):
 * KC is the depth of one tile call. Each tile call ends by reading and writing its C tile, and C
 * (4 MiB at n = 1024) lives in L3 or memory, so a deeper KC means fewer passes over C. The B
 * micro-panel (KC x NR, NR = 64 floats / 48 doubles) is then larger than L1 and streams from L2,
 * which the 512-bit tile tolerates: on its own, fed from an L2-resident block, it holds 94% of
 * the FMA peak. Measured in one JVM alternating class loaders (thread CPU time, best of 10,
 * 2 cores shared with busy agents), f32 1024: KC 192 70%, 256 72%, 384 76-78%, 512 79%, 768 78%
 * of peak; f64 1024: 192 70%, 384 74-76%, 512-768 80%. Re-measured after the edge tiles (issue 5
 * session 2, one JVM alternating class loaders, best thread CPU time): KC 384 / 768 / 1024 gave
 * f64 1024 83-84 / 84-85 / 87%, f32 1024 81 / 82 / 84%, f32 2048 81 / - / 84% (2048: 85%), f64 512
 * 73 / - / 76%: one pass over C per product (k <= 1024) beats a shallower, L1-friendlier B panel.
 * KC = 1024.
 * MC is chosen so the packed A block (MC x KC) fills about a third of L2 next to the B
 * micro-panel and C: float 96 x 1024 x 4 B = 384 KiB. NC makes the packed B panel (KC x NC) a
 * few MiB, a slice of L3: 8 MiB (float 2048 x 1024) packs A once per KC slice up to n = 2048,
 * and measured 1-2% above 3 MiB (f32 1024 / 2048, f64 1024, same runs as KC). The tuning knobs -Dndvec.gemm.kc/ablock/bpanel exist for measuring
 * this on other machines. On Zen 3 (AVX2, L2 512 KiB, the 256-bit 4x16 float / 4x8 double tile)
 * A blocks of 192 and 256 KiB and KC 256 and 512 came out within the noise of these defaults
 * under both ParallelGC and G1 (one thread, best thread CPU time, n = 512-2048, 2 shared cores at
 * load 2-4; e.g. f32 1024 / 2048 and f64 1024 / 2048 at 192 KiB 70-79 / 74-77, 33-39 / 33-38
 * GFLOP/s against 66-87 / 74-90, 26-37 / 34-38), so they stay.
 *
 * <p>Threads ({@code -Dndvec.threads=N}, default available processors) each take a slab of C
 * columns (or rows, when C is taller than wide) in multiples of the tile and run this whole nest
 * on it with private buffers, so no barrier is needed. The slab boundaries never change the KC
 * slicing, which is the only thing a C element's summation order depends on: results are
 * bit-identical for any thread count.
 */
final class GemmDriver {
    /** Threads used for large products; {@code -Dndvec.threads}. */
    static final int THREADS = Workers.THREADS;

    /** Depth of one tile call (measurements in the class comment, gemm_f32_1024_1t, gemm_f64_1024_1t). */
    static final int KC = Integer.getInteger("ndvec.gemm.kc", 1024);
    /** Bytes of the packed A block: about a third of the 1 MiB L2. */
    static final int A_BLOCK_BYTES = Integer.getInteger("ndvec.gemm.ablock", 384 * 1024);
    /** Bytes of the packed B panel: a quarter of the 32 MiB L3 (gemm_f32_2048_1t). */
    static final int B_PANEL_BYTES = Integer.getInteger("ndvec.gemm.bpanel", 8 * 1024 * 1024);

    /**
     * Below this many multiply-adds the packing costs more than it saves (GemmBench
     * linear_layer_f32_32x10x5 and gemm_f32_128_1t): 32^3.
     */
    static final long SMALL_MULADDS = 32L * 32 * 32;

    /** A split whose busiest thread gets this many times the share of the other split's is turned. */
    static final double UNBALANCED = 1.25;

    /** Above this many multiply-adds a second thread pays for its start-up: 128^3 (gemm_f32_256). */
    static final long PARALLEL_MULADDS = 128L * 128 * 128;

    private GemmDriver() {
    }

    /** C (m x n, freshly zeroed or to be overwritten) = A·B, through the packed nest. */
    static void run(PackedGemm g, int m, int n, int k) {
        run(g, m, n, k, THREADS);
    }

    /** As {@link #run(PackedGemm, int, int, int)} with an explicit thread count (tests compare counts). */
    static void run(PackedGemm g, int m, int n, int k, int maxThreads) {
        run(g, m, n, k, maxThreads, false);
    }

    /**
     * C = A·B, or C += A·B when {@code add} (the blocked factorizations' updates: each C element
     * gets its product over every KC slice as a plain product would, then one addition to the old
     * C per slice, so the bits still do not depend on the thread count).
     */
    static void run(PackedGemm g, int m, int n, int k, int maxThreads, boolean add) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            return;
        }
        long work = (long) m * n * k;
        if (!g.bound()) {
            g.bind(GemmTiers.choose(g.elementBytes() == 8, work));
        }
        // the small kernels overwrite C (GemmKernels.smallF64), so additions take the packed nest
        if (work <= SMALL_MULADDS && !add) {
            g.small(m, n, k);
            return;
        }
        int mr = g.mr();
        int nr = g.nr();
        int threads = work >= PARALLEL_MULADDS ? maxThreads : 1;
        // slabs of whole tiles along the wider side, unless that loads the busiest thread far more than
        // the other side would: a 64 x 64 Gram matrix (PCA's X^T X, k = 100,000) split by 48-column
        // tiles gave one thread 48 columns and the other 16, three quarters of the work (17 ms with 2
        // threads; 32 and 32 rows by 4-row tiles: 13.5 ms). Square 256 and 1024 float64 products, whose
        // column split is off by 12% and 3%, timed within the noise either way, so they stay by columns.
        boolean byColumns = splitByColumns(m, n, mr, nr, threads);
        int tile = byColumns ? nr : mr;
        int extent = byColumns ? n : m;
        int tiles = (extent + tile - 1) / tile;
        threads = Math.min(threads, tiles);
        if (threads <= 1) {
            nest(g, 0, m, 0, n, k, add);
            return;
        }
        List<Runnable> slabs = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int from = Math.min(extent, (int) ((long) tiles * t / threads) * tile);
            int to = Math.min(extent, (int) ((long) tiles * (t + 1) / threads) * tile);
            if (from >= to) {
                continue;
            }
            slabs.add(byColumns ? () -> nest(g, 0, m, from, to, k, add) : () -> nest(g, from, to, 0, n, k, add));
        }
        Workers.forEachChunk(slabs.size(), maxThreads, i -> slabs.get(i).run());
    }

    private static void nest(PackedGemm g, int m0, int m1, int n0, int n1, int k, boolean add) {
        int mr = g.mr();
        int nr = g.nr();
        int elt = g.elementBytes();
        // equal blocks instead of full ones plus a sliver (k = 1024: 6 x 171, not 5 x 192 + 64); the
        // k split depends on k alone, which keeps every C element's summation order thread-independent
        int kcMax = balanced(k, KC, 1);
        int mcMax = balanced(m1 - m0, Math.max(mr, A_BLOCK_BYTES / (kcMax * elt) / mr * mr), mr);
        int ncMax = balanced(n1 - n0, Math.max(nr, B_PANEL_BYTES / (kcMax * elt) / nr * nr), nr);
        int mcCap = Math.min(mcMax, roundUp(m1 - m0, mr));
        int ncCap = Math.min(ncMax, roundUp(n1 - n0, nr));
        Object ap = g.buffer(0, mcCap * kcMax);
        Object bp = g.buffer(1, ncCap * kcMax);
        Object scratch = g.buffer(2, mr * nr);
        // a C-order A with k in one slice is its own packed block: its whole micro-panels are read
        // in place (the same values in the same order, so the same bits) and only a last partial
        // one is packed, zero-padded. Packing cost 2 of 47 us at gemm_f32_128_1t, 11 of 650 at
        // gemm_f64_256_1t.
        Object inPlace = kcMax >= k ? g.aInPlace(k) : null;
        for (int jc = n0; jc < n1; jc += ncMax) {
            int nc = Math.min(ncMax, n1 - jc);
            for (int pc = 0; pc < k; pc += kcMax) {
                int kc = Math.min(kcMax, k - pc);
                boolean accumulate = pc > 0 || add;
                g.packB(bp, pc, kc, jc, nc);
                for (int ic = m0; ic < m1; ic += mcMax) {
                    int mc = Math.min(mcMax, m1 - ic);
                    int direct = inPlace == null ? 0 : mc / mr * mr;
                    if (direct < mc) {
                        g.packA(ap, ic + direct, mc - direct, pc, kc);
                    }
                    for (int jr = 0; jr < nc; jr += nr) {
                        int nv = Math.min(nr, nc - jr);
                        for (int ir = 0; ir < mc; ir += mr) {
                            int mv = Math.min(mr, mc - ir);
                            if (ir < direct) {
                                g.tile(kc, inPlace, g.aRow(ic + ir), bp, jr * kc, ic + ir, jc + jr, mv, nv, accumulate,
                                        scratch);
                            } else {
                                g.tile(kc, ap, (ir - direct) * kc, bp, jr * kc, ic + ir, jc + jr, mv, nv, accumulate,
                                        scratch);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Whether threads take slabs of C columns (else rows), by the rule in {@link #run}. */
    static boolean splitByColumns(int m, int n, int mr, int nr, int threads) {
        boolean byColumns = n >= m;
        double wideShare = byColumns ? busiestShare(n, nr, threads) : busiestShare(m, mr, threads);
        double narrowShare = byColumns ? busiestShare(m, mr, threads) : busiestShare(n, nr, threads);
        return narrowShare * UNBALANCED < wideShare ? !byColumns : byColumns;
    }

    /** The share of {@code extent} that the busiest of {@code threads} slabs of whole tiles gets. */
    static double busiestShare(int extent, int tile, int threads) {
        int tiles = (extent + tile - 1) / tile;
        int most = (tiles + Math.min(threads, tiles) - 1) / Math.min(threads, tiles);
        return Math.min(extent, (long) most * tile) / (double) extent;
    }

    /** The step that splits {@code extent} into equal blocks of at most {@code max}, a multiple of {@code unit}. */
    static int balanced(int extent, int max, int unit) {
        if (extent <= 0) {
            return max;
        }
        int blocks = (extent + max - 1) / max;
        return roundUp((extent + blocks - 1) / blocks, unit);
    }

    static int roundUp(int x, int to) {
        return (x + to - 1) / to * to;
    }
}
