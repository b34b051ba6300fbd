package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.Kernels;

class KernelProviderTest {

    @Test
    void forcedModeIsTheOneChosen() {
        String forced = System.getProperty(KernelProvider.PROPERTY);
        if (forced != null && !forced.equals("auto")) {
            assertEquals(forced, KernelProvider.chosen());
            assertEquals(forced, KernelProvider.get().name());
        }
    }

    @Test
    void vectorCastsMatchScalarOverTailSizes() {
        Kernels scalar = KernelProvider.scalar();
        Kernels vector = KernelProvider.vector(Kernels.class, "org.ndvec.kernels.vector.VectorKernels").orElse(scalar);
        Random rnd = new Random(7);
        for (int n : new int[] {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 100, 207, 1023, 1025, 4099}) {
            for (int off : new int[] {0, 3}) {
                double[] d = new double[n + off];
                float[] f = new float[n + off];
                int[] x = new int[n + off];
                long[] l = new long[n + off];
                for (int i = 0; i < n + off; i++) {
                    d[i] = rnd.nextGaussian() * 1e6;
                    f[i] = (float) (rnd.nextGaussian() * 1e3);
                    x[i] = rnd.nextInt();
                    l[i] = rnd.nextLong();
                }
                float[] f1 = new float[n];
                float[] f2 = new float[n];
                scalar.castF64ToF32(d, off, f1, 0, n);
                vector.castF64ToF32(d, off, f2, 0, n);
                assertArrayEquals(f1, f2);
                for (int i = 0; i < n; i++) {
                    assertEquals((float) d[off + i], f2[i]); // Java's own cast: the independent truth
                }
                double[] d1 = new double[n];
                double[] d2 = new double[n];
                scalar.castF32ToF64(f, off, d1, 0, n);
                vector.castF32ToF64(f, off, d2, 0, n);
                assertArrayEquals(d1, d2);
                scalar.castI32ToF64(x, off, d1, 0, n);
                vector.castI32ToF64(x, off, d2, 0, n);
                assertArrayEquals(d1, d2);
                scalar.castI64ToF64(l, off, d1, 0, n);
                vector.castI64ToF64(l, off, d2, 0, n);
                assertArrayEquals(d1, d2);
                scalar.castI32ToF32(x, off, f1, 0, n);
                vector.castI32ToF32(x, off, f2, 0, n);
                assertArrayEquals(f1, f2);
                long[] l1 = new long[n];
                long[] l2 = new long[n];
                scalar.castI32ToI64(x, off, l1, 0, n);
                vector.castI32ToI64(x, off, l2, 0, n);
                assertArrayEquals(l1, l2);
                for (int i = 0; i < n; i++) {
                    assertEquals((long) x[off + i], l2[i]);
                }
            }
        }
    }
}
