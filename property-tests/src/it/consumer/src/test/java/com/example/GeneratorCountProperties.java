package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.jqwik.ArrayStatistics;
import org.ndvec.jqwik.DTypes;
import org.ndvec.jqwik.Finite;
import org.ndvec.jqwik.Rank;

/** What the generators promise, counted over 1,000 tries of a user's own run. */
class GeneratorCountProperties {

    @Property(tries = 1000)
    void defaultArraysAreSpreadAsDocumented(@ForAll NDArray x) {
        ArrayStatistics.collect(x);
        Statistics.label("C-contiguous").collect(x.isContiguous());
        Statistics.label("C-contiguous").coverage(c -> c.check(false).percentage(p -> p >= 50));
        Statistics.label("size").coverage(c -> c.check("empty").percentage(p -> p <= 15));
        Statistics.label("rank").coverage(c -> c.check(0).percentage(p -> p >= 3));
        Statistics.label("dtype").coverage(c -> {
            for (String d : new String[] {"float64", "float32", "int64", "int32", "bool"}) {
                c.check(d).percentage(p -> p >= 12 && p <= 28);
            }
        });
    }

    @Property(tries = 1000)
    void annotationsAreObeyed(@ForAll @Finite @Rank(min = 1) @DTypes({DType.FLOAT32, DType.FLOAT64}) NDArray x) {
        assertTrue(x.ndim() >= 1, "rank");
        assertTrue(Set.of(DType.FLOAT32, DType.FLOAT64).contains(x.dtype()), "dtype");
        for (double v : x.toDoubleArray()) {
            assertTrue(Double.isFinite(v), "finite");
        }
        ArrayStatistics.collect(x);
        Statistics.label("dtype").coverage(c -> {
            c.check("float32").percentage(p -> p >= 35);
            c.check("float64").percentage(p -> p >= 35);
        });
    }
}
