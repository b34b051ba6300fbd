package org.ndvec.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ndvec.NDArray;
import org.ndvec.io.Csv;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CSV reading and writing of a 200000 x 4 float64 table (800k values), twins of
 * {@code perf/numpy/csv.py}: {@code np.loadtxt(f, delimiter=',')} of savetxt's default
 * {@code %.18e} text (about 20 MB) and of 4-decimal text ({@code fmt='%.4f'}, about 6 MB), and
 * {@code np.savetxt(f, a, delimiter=',')}. Peak heap is measured separately by {@link CsvLoadMemory}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class CsvBench {
    private static final int ROWS = 200_000;
    private static final int COLS = 4;

    NDArray table;
    Path savetxtFile;
    Path shortFile;
    Path out;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        Random r = new Random(42);
        double[] x = new double[ROWS * COLS];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian();
        }
        table = NDArray.wrap(x, ROWS, COLS);
        savetxtFile = Files.createTempFile("csvbench", ".csv");
        Csv.save(savetxtFile, table);
        shortFile = Files.createTempFile("csvbench-4dp", ".csv");
        Csv.save(shortFile, table, Csv.saveOptions().fmt("%.4f"));
        out = Files.createTempFile("csvbench-out", ".csv");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(savetxtFile);
        Files.deleteIfExists(shortFile);
        Files.deleteIfExists(out);
    }

    @Benchmark
    public NDArray csv_load_savetxt_f64_200000x4() throws IOException {
        return Csv.load(savetxtFile);
    }

    @Benchmark
    public NDArray csv_load_4dp_f64_200000x4() throws IOException {
        return Csv.load(shortFile);
    }

    @Benchmark
    public Path csv_save_f64_200000x4() throws IOException {
        Csv.save(out, table);
        return out;
    }
}
