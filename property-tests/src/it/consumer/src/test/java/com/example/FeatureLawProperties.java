package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.jqwik.Between;
import org.ndvec.jqwik.DTypes;
import org.ndvec.jqwik.Finite;
import org.ndvec.jqwik.Rank;
import org.ndvec.jqwik.Sides;
import org.ndvec.pipeline.Standardizer;
import org.ndvec.testing.NdAssert;

/** Laws of a user's feature code (scaling, bias add, a softmax classifier), on generated matrices of any layout. */
class FeatureLawProperties {

    @Property(tries = 300)
    void standardizedColumnsHaveMeanZero(@ForAll @Finite @Between(min = -1e3, max = 1e3) @Rank(min = 2, max = 2)
                                         @Sides(min = 2) @DTypes(DType.FLOAT64) NDArray x) {
        NDArray z = Standardizer.fit(x).transform(x);
        NdAssert.assertAllclose(z.mean(0), Nd.zeros(x.shape(1)), 0, 1e-9);
    }

    @Property(tries = 300)
    void minMaxScalingLandsInTheUnitInterval(@ForAll @Finite @Between(min = -1e3, max = 1e3) @Rank(min = 2, max = 2)
                                             @Sides(min = 1) @DTypes(DType.FLOAT64) NDArray x) {
        NDArray lo = x.min(new int[] {0}, true);
        NDArray span = x.max(new int[] {0}, true).sub(lo).maximum(1e-12);
        NDArray scaled = x.sub(lo).div(span);
        NdAssert.assertArrayLess(scaled, Nd.full(scaled.shape(), 1.0 + 1e-12));
        NdAssert.assertArrayLess(Nd.full(scaled.shape(), -1e-12), scaled);
    }

    @Property(tries = 300)
    void biasAddIsRowWise(@ForAll @Rank(min = 2, max = 2) @Sides(min = 1) @DTypes({DType.FLOAT32, DType.FLOAT64}) NDArray x) {
        NDArray b = x.get("0").copy();
        NDArray y = x.add(b);
        for (int i = 0; i < x.shape(0); i++) {
            NdAssert.assertArrayEqual(y.get(i + ""), x.get(i + "").add(b));
        }
    }

    @Property(tries = 300)
    void softmaxRowsSumToOneAndKeepTheArgmax(@ForAll @Finite @Between(min = -50, max = 50) @Rank(min = 2, max = 2)
                                             @Sides(min = 1) @DTypes(DType.FLOAT64) NDArray logits) {
        NDArray p = Nd.softmax(logits, 1);
        NdAssert.assertAllclose(p.sum(1), Nd.ones(logits.shape(0)), 1e-12, 0);
        long[] want = logits.argmax(1).toLongArray();
        long[] got = p.argmax(1).toLongArray();
        for (int i = 0; i < want.length; i++) {
            // logits 1e-17 apart can give equal probabilities: the pick may be any near-maximal logit
            double best = logits.getDouble(i, (int) want[i]);
            assertEquals(best, logits.getDouble(i, (int) got[i]), 1e-12 * (1 + Math.abs(best)));
        }
    }
}
