package org.ndvec.perf;

import java.util.concurrent.TimeUnit;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.random.RandomState;
import org.ndvec.strings.LabelEncoding;
import org.ndvec.strings.UniqueStrings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The string dtype on a categorical column of 1M labels drawn from three classes (the same
 * labels as perf/numpy/strings.py: {@code RandomState(0).randint(0, 3, N)}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class StringsBench {
    private static final int N = 1_000_000;
    private static final String[] SPECIES = {"setosa", "versicolor", "virginica"};

    private NDArray labels;
    private LabelEncoding encoded;

    @Setup
    public void setup() {
        long[] pick = new RandomState(0).randint(0, 3, N).toLongArray();
        String[] text = new String[N];
        for (int i = 0; i < N; i++) {
            text[i] = SPECIES[(int) pick[i]];
        }
        labels = Nd.array(text);
        encoded = Nd.labelEncode(labels);
    }

    /** {@code np.unique(labels, return_inverse=True, return_counts=True)} */
    @Benchmark
    public UniqueStrings unique_str_1m() {
        return Nd.uniqueStrings(labels);
    }

    /** {@code labels == 'versicolor'} */
    @Benchmark
    public NDArray eq_str_1m() {
        return labels.eq("versicolor");
    }

    /** {@code classes[codes]} */
    @Benchmark
    public NDArray label_decode_str_1m() {
        return Nd.labelDecode(encoded.classes(), encoded.codes());
    }
}
