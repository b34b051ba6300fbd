package org.ndvec.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.io.Npy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * .npy save and load of 1M float64 (8 MB), against {@code perf/numpy/npy.py}. Files live in a
 * temporary directory next to the system's temp dir, so both sides hit the same file system.
 * Save includes the fsync that makes it crash-safe (np.save does not sync).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class NpyBench {
    private Path dir;
    private Path saved;
    private Path loaded;
    private NDArray a;
    private NDArray aFortran;

    @Setup
    public void setup() throws IOException {
        dir = Files.createTempDirectory("ndvec-npybench");
        a = Nd.arange(1_000_000.0);
        aFortran = Nd.arange(1_000_000.0).reshape(1000, 1000).T();
        saved = dir.resolve("save.npy");
        loaded = dir.resolve("load.npy");
        Npy.save(loaded, a);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Path npy_save_f64_1m() throws IOException {
        Npy.save(saved, a);
        return saved;
    }

    @Benchmark
    public Path npy_save_f64_1m_fortran() throws IOException {
        Npy.save(saved, aFortran);
        return saved;
    }

    @Benchmark
    public NDArray npy_load_f64_1m() throws IOException {
        return Npy.load(loaded);
    }
}
