package org.ndvec.perf;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.ndvec.kernels.vector.VectorFloat32Math;

/** The two candidate float32 exp loops, side by side, for ElementwiseBench. */
final class ExpKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private ExpKernels() {
    }

    static void polynomial(float[] a, float[] out) {
        for (int i = 0; i < S.loopBound(a.length); i += S.length()) {
            VectorFloat32Math.exp(FloatVector.fromArray(S, a, i)).intoArray(out, i);
        }
    }

    static void lanewise(float[] a, float[] out) {
        for (int i = 0; i < S.loopBound(a.length); i += S.length()) {
            FloatVector.fromArray(S, a, i).lanewise(VectorOperators.EXP).intoArray(out, i);
        }
    }
}
