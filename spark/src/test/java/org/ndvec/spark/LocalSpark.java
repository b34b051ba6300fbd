package org.ndvec.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local[2] SparkSession for every test class of the module (starting one costs seconds), handed
 * to test constructors and methods that ask for a {@link SparkSession}, stopped when the run ends.
 */
public final class LocalSpark implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LocalSpark.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(NS).getOrComputeIfAbsent("session", k -> new Session(), Session.class).spark;
    }

    /** Closed by JUnit with the root context, after the last test. */
    private static final class Session implements AutoCloseable {
        final SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("ndvec-spark tests")
                .config("spark.ui.enabled", "false")
                // no reverse lookups of the machine's name: they stalled startup by seconds here
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                // small data: a few shuffle partitions, not 200
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();

        @Override
        public void close() {
            spark.stop();
        }
    }
}
