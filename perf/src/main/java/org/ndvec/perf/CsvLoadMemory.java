package org.ndvec.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.io.Csv;

/**
 * Loads one large CSV file a few times and prints throughput and peak heap, to check that
 * Csv.load needs about the result's size in heap. Run it under a capped heap and lower the cap
 * until it fails (the smallest working -Xmx is the figure to quote):
 *
 * <pre>
 * python3 -c "import numpy as np; np.savetxt('/tmp/f.csv', np.random.default_rng(0).standard_normal((2_000_000, 4)), delimiter=',')"
 * java -Xmx80m -XX:+UseSerialGC -cp src/target/classes perf/src/main/java/org/ndvec/perf/CsvLoadMemory.java /tmp/f.csv float64 3
 * </pre>
 */
public final class CsvLoadMemory {
    private CsvLoadMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        DType dtype = args.length > 1 ? DType.of(args[1]) : DType.FLOAT64;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        double mb = Files.size(file) / 1e6;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            NDArray a = Csv.load(file, Csv.options().dtype(dtype));
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("run %d: shape %s, %.1f MB in %.3f s = %.1f MB/s, result %.1f MB%n", r,
                    java.util.Arrays.toString(a.shape()), mb, s, mb / s, a.nbytes() / 1e6);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap used (sum of pool peaks) %.1f MB, max heap %.1f MB%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }
}
