package com.example;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.jqwik.DTypes;
import org.ndvec.jqwik.Layout;
import org.ndvec.jqwik.Layouts;
import org.ndvec.jqwik.Rank;
import org.ndvec.jqwik.Sides;
import org.ndvec.testing.NdAssert;

/** A view and its contiguous copy give the same results, bit for bit (NaNs at the same places). */
class LayoutLawProperties {

    @Property(tries = 500)
    void elementwiseOpsIgnoreLayout(@ForAll @Layouts({Layout.FORTRAN, Layout.STRIDED, Layout.REVERSED, Layout.BROADCAST})
                                    @DTypes({DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32}) NDArray x) {
        NDArray c = x.copy();
        NdAssert.assertArrayEqual(x.add(x), c.add(c));
        NdAssert.assertArrayEqual(x.mul(3), c.mul(3));
        NdAssert.assertArrayEqual(x.abs(), c.abs());
        NdAssert.assertArrayEqual(x.neg(), c.neg());
        NdAssert.assertArrayEqual(x.maximum(c.get("...")), c.maximum(c));
    }

    @Property(tries = 500)
    void extremaAndIntegerSumsIgnoreLayout(@ForAll @Rank(min = 1) @Sides(min = 1) NDArray x) {
        NDArray c = x.copy();
        for (int axis = 0; axis < x.ndim(); axis++) {
            NdAssert.assertArrayEqual(x.max(axis), c.max(axis));
            NdAssert.assertArrayEqual(x.min(axis), c.min(axis));
            NdAssert.assertArrayEqual(x.argmax(axis), c.argmax(axis));
            if (!x.dtype().isFloating()) {
                NdAssert.assertArrayEqual(x.sum(axis), c.sum(axis));
            }
        }
    }
}
