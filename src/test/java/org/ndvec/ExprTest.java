package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ndvec.random.RandomState;

/**
 * {@link Expr} over every layout, size and {@code out=} form, against the same chain of separate
 * ndvec ufunc calls (whose NumPy fidelity the elementwise fixtures establish): bit for bit, NaN
 * payloads aside. Errors are checked for NumPy's wording and for leaving {@code out} untouched.
 */
class ExprTest {
    private static final RandomState RS = new RandomState(19);

    private static NDArray f32(int... shape) {
        return RS.standardNormal(shape).mul(3.0).astype(DType.FLOAT32);
    }

    private static void assertBits(NDArray expected, NDArray actual) {
        assertEquals(expected.dtype(), actual.dtype());
        assertArrayEquals(expected.shape(), actual.shape());
        double[] e = expected.toDoubleArray();
        double[] a = actual.toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            if (Double.doubleToLongBits(e[i]) != Double.doubleToLongBits(a[i])) {
                throw new AssertionError("element " + i + ": expected " + e[i] + " but was " + a[i]);
            }
        }
    }

    private static Expr gaussian(NDArray x, NDArray c, NDArray d) {
        return Expr.of(x).mul(-0.5).mul(x).exp().mul(c).add(d);
    }

    private static NDArray gaussianChain(NDArray x, NDArray c, NDArray d) {
        return x.mul(-0.5).mul(x).exp().mul(c).add(d);
    }

    @Test
    void largeArraysSplitAcrossWorkersEqualTheChain() {
        // 3 chunks of 64 Ki and a partial block: the worker split, the block loop and the kernels' tails
        int n = 3 * 65536 + 1234;
        NDArray x = f32(n);
        NDArray c = f32(n);
        NDArray d = f32(n);
        assertBits(gaussianChain(x, c, d), gaussian(x, c, d).eval());
        NDArray x64 = x.astype(DType.FLOAT64);
        assertBits(gaussianChain(x64, c, d), gaussian(x64, c, d).eval());
        Expr act = Expr.of(x).tanh().add(Expr.of(c).sigmoid()).sub(Expr.of(d).relu()).mul(Expr.of(x).gelu());
        assertBits(x.tanh().add(c.sigmoid()).sub(d.relu()).mul(x.gelu()), act.eval());
    }

    @Test
    void everyLayoutEqualsTheChain() {
        NDArray base = f32(64, 48);
        NDArray t = base.T();                               // (48,64), column-major
        NDArray flipped = f32(48, 64).flip(0, 1);          // negative strides
        NDArray every2 = f32(48, 128).get(":, ::2");       // a strided slice
        NDArray row = f32(64);                              // broadcast along rows
        NDArray col = f32(48, 1);                           // broadcast along columns
        NDArray zeroD = Nd.full(new int[0], 0.75).astype(DType.FLOAT32);
        NDArray contiguous = f32(48, 64);
        Expr e = Expr.of(t).mul(flipped).add(every2).sub(row).div(Expr.of(col).abs().add(1.0))
                .maximum(zeroD).sqrt().add(contiguous);
        NDArray chain = t.mul(flipped).add(every2).sub(row).div(col.abs().add(1.0)).maximum(zeroD).sqrt().add(contiguous);
        assertBits(chain, e.eval());
        // an expression whose only array operands are broadcast: nothing read in place
        assertBits(col.add(row).exp(), Expr.of(col).add(row).exp().eval());
        // rows of 7 against blocks of 2048: gathers that cross many rows, with a float64 conversion
        NDArray odd = f32(700, 7).T();
        NDArray odd64 = RS.standardNormal(7, 700);
        assertBits(odd.mul(odd64).tanh(), Expr.of(odd).mul(odd64).tanh().eval());
    }

    @Test
    void conditionsAndWhere() {
        NDArray x = f32(3000);
        NDArray y = f32(3000);
        Expr fused = Expr.where(Expr.of(x).gt(Expr.of(y)), Expr.of(x).sub(y), Expr.of(y).square())
                .add(Expr.where(Expr.of(y).le(0.0), 1.0, Expr.of(x)))
                .add(Expr.where(Expr.of(x.gt(0.5)), Expr.of(y), -2.0));
        NDArray one = Nd.full(new int[0], 1.0).astype(DType.FLOAT32);
        NDArray minus2 = Nd.full(new int[0], -2.0).astype(DType.FLOAT32);
        NDArray chain = Nd.where(x.gt(y), x.sub(y), y.square()).add(Nd.where(y.le(0.0), one, x))
                .add(Nd.where(x.gt(0.5), y, minus2));
        assertBits(chain, fused.eval());
        assertBits(x.lt(0.0).astype(DType.INT64), Expr.of(x).lt(0.0).eval().astype(DType.INT64));
    }

    @Test
    void sharedSubexpressionsAndRepeatedOperands() {
        NDArray x = f32(5000);
        Expr e = Expr.of(x).mul(0.1).exp();
        NDArray ec = x.mul(0.1).exp();
        assertBits(ec.mul(ec).add(ec), e.mul(e).add(e).eval());
        Expr s = Expr.of(x).add(1.0);
        NDArray sc = x.add(1.0);
        assertBits(sc.mul(sc).sub(sc.div(sc.add(3.0))), s.mul(s).sub(s.div(s.add(3.0))).eval());
        // s read twice by its last reader, then a new step while that product is still needed
        NDArray y = f32(5000);
        assertBits(sc.mul(sc).add(y.exp()), s.mul(s).add(Expr.of(y).exp()).eval());
    }

    @Test
    void dtypesFollowNumpy() {
        NDArray x = f32(4);
        assertEquals(DType.FLOAT32, Expr.of(x).mul(2.0).add(1e300).dtype()); // weak scalar: float32 stays
        assertEquals(DType.FLOAT64, Expr.of(x).add(x.astype(DType.FLOAT64)).dtype());
        NDArray i = Nd.array(1, 2, 3, 4).astype(DType.INT32);
        assertEquals(DType.INT32, Expr.of(i).mul(Expr.of(i)).dtype());
        assertEquals(DType.FLOAT64, Expr.of(i).mul(1.5).dtype());
        assertEquals(DType.FLOAT64, Expr.of(i).exp().dtype());
        assertEquals(DType.FLOAT64, Expr.of(i).div(Expr.of(i)).dtype());
        assertEquals(DType.BOOL, Expr.of(x).gt(0.0).dtype());
        // 1e300 rounds to float32 infinity, as np.float32(x) + 1e300 does
        assertEquals(Float.POSITIVE_INFINITY, Expr.of(x).add(1e300).eval().toFloatArray()[0]);
        assertBits(i.exp(), Expr.of(i).exp().eval());
        assertBits(i.mul(i).sub(i), Expr.of(i).mul(Expr.of(i)).sub(i).eval());
    }

    @Test
    void zeroDimensionalEmptyAndBareOperands() {
        NDArray z = Nd.full(new int[0], 0.3).astype(DType.FLOAT32);
        assertBits(z.exp().mul(2.0), Expr.of(z).exp().mul(2.0).eval());
        NDArray empty = f32(0, 3);
        assertArrayEquals(new int[] {0, 3}, Expr.of(empty).exp().add(1.0).eval().shape());
        NDArray x = f32(10);
        NDArray copy = Expr.of(x).eval();
        assertNotSame(x, copy);
        assertBits(x, copy);
        assertBits(x.flip(0), Expr.of(x.flip(0)).eval());
    }

    @Test
    void outForms() {
        NDArray x = f32(200, 30);
        NDArray c = f32(30);
        NDArray d = f32(200, 1);
        NDArray want = gaussianChain(x, c, d);
        NDArray out = Nd.zeros(DType.FLOAT32, 200, 30);
        assertSame(out, gaussian(x, c, d).eval(out));
        assertBits(want, out);
        NDArray out64 = Nd.zeros(DType.FLOAT64, 200, 30);
        gaussian(x, c, d).eval(out64);
        assertBits(want.astype(DType.FLOAT64), out64);
        NDArray outT = Nd.zeros(DType.FLOAT32, 30, 200).T();
        gaussian(x, c, d).eval(outT);
        assertBits(want, outT);
        // out bigger than the operands' broadcast shape, as np.add(a, b, out=bigger) allows
        NDArray small = f32(30);
        NDArray big = Nd.zeros(DType.FLOAT32, 4, 30);
        Expr.of(small).exp().add(1.0).eval(big);
        assertBits(small.exp().add(1.0).broadcastTo(4, 30).copy(), big);
    }

    @Test
    void inPlaceAndOverlappingOut() {
        NDArray x = f32(70000);
        NDArray c = f32(70000);
        NDArray want = gaussianChain(x, c, c);
        gaussian(x, c, c).eval(x); // x = exp(-0.5*x*x)*c + c, each block read before it is written
        assertBits(want, x);
        NDArray y = f32(5000);
        NDArray rev = y.flip(0); // out is y reversed: reading y while writing it would see new values
        NDArray wantRev = rev.mul(2.0).add(y);
        Expr.of(rev).mul(2.0).add(y).eval(y);
        assertBits(wantRev, y);
        NDArray m = f32(8, 8);
        NDArray wantRow = m.add(m.get("0"));
        Expr.of(m).add(m.get("0")).eval(m); // a broadcast row of out itself
        assertBits(wantRow, m);
    }

    @Test
    void errorsAreNumpysAndLeaveOutAlone() {
        NDArray a = f32(2, 3);
        NDArray b = f32(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expr.of(a).add(b));
        assertEquals("operands could not be broadcast together with shapes (2,3) (4,)", e.getMessage());
        NDArray out3 = Nd.zeros(DType.FLOAT32, 3);
        e = assertThrows(IllegalArgumentException.class, () -> Expr.of(a).exp().eval(out3));
        assertEquals("non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
                e.getMessage());
        NDArray outInt = Nd.zeros(DType.INT32, 2, 3);
        e = assertThrows(IllegalArgumentException.class, () -> Expr.of(a).exp().eval(outInt));
        assertEquals("Cannot cast ufunc 'expr' output from dtype('float32') to dtype('int32') with casting rule "
                + "'same_kind'", e.getMessage());
        assertArrayEquals(new long[6], outInt.toLongArray());
        NDArray readOnly = Nd.zeros(DType.FLOAT32, 3).broadcastTo(2, 3);
        assertThrows(IllegalStateException.class, () -> Expr.of(a).exp().eval(readOnly));
        NDArray flags = Nd.array(true, false);
        e = assertThrows(IllegalArgumentException.class, () -> Expr.of(flags).add(1.0));
        assertEquals("Expr add takes integer or float operands, not dtype('bool'); convert with astype first",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Expr.where(Expr.of(a), Expr.of(a), Expr.of(a)));
        assertEquals("Expr where() takes a bool condition (a comparison), not dtype('float32')", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Expr.of(Nd.array("a", "b")));
        assertThrows(NullPointerException.class, () -> Expr.of(a).eval(null));
    }

    /**
     * np.clip keeps the element on a tie with a bound (a signed zero shows which operand won):
     * NumPy 2.4.6 gives {@code np.clip([-0.0, 0.0, nan, 2, -3, 1.5], 0.0, 1.5)} =
     * {@code [-0.0, 0.0, nan, 1.5, 0.0, 1.5]} and {@code np.clip([0.0], -0.0, 1.5)} = {@code [0.0]},
     * in float32 and float64; the fused clip and NDArray.clip both.
     */
    @Test
    void clipKeepsTheElementOnATieAsNumpyDoes() {
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NDArray x = Nd.array(new double[] {-0.0, 0.0, Double.NaN, 2, -3, 1.5}).astype(t);
            double[] want = {-0.0, 0.0, Double.NaN, 1.5, 0.0, 1.5};
            for (NDArray got : new NDArray[] {Expr.of(x).clip(0.0, 1.5).eval(), x.clip(0.0, 1.5)}) {
                assertEquals(t, got.dtype());
                for (int i = 0; i < want.length; i++) {
                    assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(got.getDouble(i)),
                            t + " element " + i + " of " + got);
                }
            }
            NDArray zero = Nd.array(new double[] {0.0}).astype(t);
            assertEquals(0L, Double.doubleToLongBits(Expr.of(zero).clip(-0.0, 1.5).eval().getDouble(0)));
            assertEquals(0L, Double.doubleToLongBits(zero.clip(-0.0, 1.5).getDouble(0)));
        }
    }
}
