package org.ndvec.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.io.Npy;
import org.ndvec.pipeline.Split;
import org.ndvec.pipeline.Standardizer;
import org.ndvec.random.RandomState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The feature pipeline on 1M x 32 float32 (128 MB), against {@code perf/numpy/pipeline.py}:
 * load the {@code .npy}, seeded 80/20 split, standardize with statistics of the training rows,
 * one dense layer (32 -> 10) and softmax on the training rows.
 *
 * <p>{@code main} runs the pipeline a few times and prints the time and the peak heap (sum of the
 * heap pools' peaks), the figure to compare with NumPy's traced peak:
 * <pre>
 * java --add-modules jdk.incubator.vector -cp perf/target/benchmarks.jar org.ndvec.perf.PipelineBench
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class PipelineBench {
    private static final int ROWS = 1_000_000;
    private static final int COLS = 32;
    private static final int CLASSES = 10;

    private Path file;
    private NDArray w;
    private NDArray b;

    @Setup
    public void setup() throws IOException {
        file = Files.createTempFile("ndvec-pipelinebench", ".npy");
        RandomState rs = new RandomState(1);
        NDArray x = rs.standardNormal(ROWS, COLS).muli(Nd.arange(1, COLS + 1).astype(DType.FLOAT64))
                .addi(Nd.arange(COLS).astype(DType.FLOAT64)).astype(DType.FLOAT32);
        Npy.save(file, x);
        w = rs.standardNormal(COLS, CLASSES).muli(0.1).astype(DType.FLOAT32);
        b = Nd.zeros(DType.FLOAT32, CLASSES);
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public void pipeline_standardize_split_f32_1000000x32(Blackhole bh) throws IOException {
        NDArray x = Npy.load(file);
        Split.TrainTest split = Split.trainTestSplit(x, null, 0.2, 0);
        Standardizer s = Standardizer.fit(split.xTrain());
        NDArray zTrain = s.transform(split.xTrain());
        bh.consume(s.transform(split.xTest()));
        bh.consume(Nd.softmax(zTrain.matmul(w).addi(b), 1));
    }

    public static void main(String[] args) throws IOException {
        PipelineBench bench = new PipelineBench();
        bench.setup();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        try {
            for (int r = 0; r < 3; r++) {
                long t0 = System.nanoTime();
                bench.pipeline_standardize_split_f32_1000000x32(bh);
                System.out.printf("run %d: %.3f s%n", r, (System.nanoTime() - t0) / 1e9);
            }
        } finally {
            bench.tearDown();
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("peak heap used (sum of pool peaks, setup included) %.1f MB%n", peak / 1e6);
    }
}
