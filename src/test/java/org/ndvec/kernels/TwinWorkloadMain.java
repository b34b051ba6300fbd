package org.ndvec.kernels;

import java.util.List;
import java.util.zip.CRC32;

/**
 * {@link TwinWorkload} in a child JVM: {@code TwinWorkloadMain SEED LIMIT WARM} compares fresh
 * vector kernels with the scalar twins (the kernels' first calls), then, if WARM > 0, calls every
 * vector kernel WARM times on 1000 elements and compares again. Prints one line per comparison,
 * {@code digest <crc of the scalar bits> mismatches <count>}, then the first mismatches.
 */
public final class TwinWorkloadMain {
    private TwinWorkloadMain() {
    }

    public static void main(String[] args) {
        long seed = Long.parseLong(args[0]);
        int limit = Integer.parseInt(args[1]);
        int warm = Integer.parseInt(args[2]);
        Float32Elementwise v32 = TranscendentalTwinsTest.vector32();
        Float64Elementwise v64 = TranscendentalTwinsTest.vector64();
        ReductionKernels vr = TranscendentalTwinsTest.vectorReductions();
        List<String> bad = compare(v32, v64, vr, seed, limit);
        if (warm > 0) {
            float[] a = TwinWorkload.floats(new java.util.SplittableRandom(seed), 1000);
            double[] d = TwinWorkload.doubles(new java.util.SplittableRandom(seed), 1000);
            float[] o = new float[1000];
            double[] p = new double[1000];
            for (int k = 0; k < warm; k++) {
                for (UnaryOp op : TwinWorkload.OPS) {
                    v32.unary(op, 0, a, 0, 1, o, 0, 1, 1000);
                    v64.unary(op, 0, d, 0, 1, p, 0, 1, 1000);
                }
                vr.sumExp(a, 0, 1000, 1f);
                vr.expInto(a, 0, 1f, o, 0, 1000);
                vr.shiftInto(a, 0, 1f, o, 0, 1000);
                vr.sumExp(d, 0, 1000, 1);
                vr.expInto(d, 0, 1, p, 0, 1000);
                vr.shiftInto(d, 0, 1, p, 0, 1000);
            }
            List<String> warmBad = compare(v32, v64, vr, seed, limit);
            bad = bad.isEmpty() ? warmBad : bad;
        }
        bad.stream().limit(20).forEach(System.out::println);
    }

    private static List<String> compare(Float32Elementwise v32, Float64Elementwise v64, ReductionKernels vr,
                                        long seed, int limit) {
        CRC32 digest = new CRC32();
        List<String> bad = TwinWorkload.compare(v32, v64, vr, seed, limit, digest);
        System.out.println("digest " + Long.toHexString(digest.getValue()) + " mismatches " + bad.size());
        return bad;
    }
}
