package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ndvec.iter.StridedLoop;

/** The planner's four cases on (inputs..., output) strides of a 4 x 8 loop. */
class LoopPlanTest {
    private static final int[] SHAPE = {4, 8};
    private static final int[] C = {8, 1};

    @Test
    void classifiesTheFourCases() {
        assertEquals(LoopPlan.CONTIGUOUS, LoopPlan.of(StridedLoop.plan(SHAPE, C, C, C), 3));
        assertEquals(LoopPlan.SCALAR_OPERAND, LoopPlan.of(StridedLoop.plan(SHAPE, C, new int[] {0, 0}, C), 3));
        assertEquals(LoopPlan.INNER_CONTIGUOUS, LoopPlan.of(StridedLoop.plan(SHAPE, C, new int[] {0, 1}, C), 3));
        assertEquals(LoopPlan.STRIDED, LoopPlan.of(StridedLoop.plan(SHAPE, new int[] {1, 4}, C, C), 3));
        assertEquals(LoopPlan.STRIDED, LoopPlan.of(StridedLoop.plan(SHAPE, new int[] {-8, -1}, C, C), 3));
        assertEquals(LoopPlan.CONTIGUOUS, LoopPlan.of(StridedLoop.plan(new int[0], new int[0], new int[0]), 2));
    }
}
