package org.ndvec.strings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.internal.Internals;

/** unique, eq/ne, element assignment and casts against {@code fixtures/strings/ops.txt} from NumPy. */
class StringOpsFixturesTest {

    private static NDArray strings(String width, String shape, String data) {
        return Internals.access().wrapString(StringFixtures.texts(data), Integer.parseInt(width),
                StringFixtures.shape(shape));
    }

    private static boolean[] flags(String list) {
        String[] f = list.isEmpty() ? new String[0] : list.split(" ");
        boolean[] out = new boolean[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = f[i].equals("1");
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> unique() {
        return StringFixtures.ops("unique").stream().map(r -> DynamicTest.dynamicTest("shape (" + r[2] + ") " + r[3], () -> {
            NDArray a = strings(r[1], r[2], r[3]);
            UniqueStrings u = Nd.uniqueStrings(a);
            assertArrayEquals(StringFixtures.texts(r[4]), u.values().toStringArray());
            assertEquals(a.dtypeDescr(), u.values().dtypeDescr(), "np.unique keeps the input's dtype");
            assertEquals(DType.INT64, u.inverse().dtype());
            assertArrayEquals(a.shape(), u.inverse().shape());
            assertArrayEquals(StringFixtures.longs(r[5]), u.inverse().toLongArray());
            assertArrayEquals(StringFixtures.longs(r[6]), u.counts().toLongArray());
            // the same answer through a reversed view of the input
            if (a.ndim() == 1 && a.size() > 1) {
                UniqueStrings v = Nd.uniqueStrings(a.copy().get("::-1"));
                assertArrayEquals(u.values().toStringArray(), v.values().toStringArray());
            }
            // label encoding is the same pair and decodes back to the input
            LabelEncoding e = Nd.labelEncode(a);
            assertArrayEquals(u.values().toStringArray(), e.classes().toStringArray());
            NDArray back = e.decode();
            assertArrayEquals(a.shape(), back.shape());
            assertArrayEquals(a.toStringArray(), back.toStringArray());
            assertEquals(a.dtypeDescr(), back.dtypeDescr());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eqNe() {
        return StringFixtures.ops("eq").stream().map(r -> DynamicTest.dynamicTest(r[3] + " == " + r[4], () -> {
            NDArray a = strings(r[1], r[2], r[3]);
            String value = StringFixtures.text(r[4]);
            NDArray eq = a.eq(value);
            NDArray ne = a.ne(value);
            assertEquals(DType.BOOL, eq.dtype());
            assertArrayEquals(a.shape(), eq.shape());
            assertArrayEquals(flags(r[5]), eq.toBooleanArray());
            assertArrayEquals(flags(r[6]), ne.toBooleanArray());
            if (a.ndim() == 2) {
                // through a transposed view: the transpose of the answer
                assertArrayEquals(eq.T().toBooleanArray(), a.T().eq(value).toBooleanArray());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> assignmentTruncates() {
        return StringFixtures.ops("set").stream().map(r -> DynamicTest.dynamicTest("<U" + r[1] + " = " + r[2], () -> {
            int width = Integer.parseInt(r[1]);
            NDArray a = Internals.access().wrapString(new String[] {"", "keep"}, width, new int[] {2});
            a.setItem(new int[] {0}, StringFixtures.text(r[2]));
            assertEquals(StringFixtures.text(r[3]), a.getString(0));
            assertEquals("<U" + width, a.dtypeDescr(), "assignment never widens");
            // construction from the same value stores what assignment stores when it fits
            if (StringFixtures.text(r[2]).codePointCount(0, StringFixtures.text(r[2]).length()) <= width) {
                assertEquals(StringFixtures.text(r[3]), Nd.array(new String[] {StringFixtures.text(r[2])}).getString(0));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> astypeFloat() {
        return StringFixtures.ops("float").stream().map(r -> DynamicTest.dynamicTest(r[1], () -> {
            NDArray a = Nd.array(new String[] {StringFixtures.text(r[1])});
            if (r[2].equals("ERR")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.astype(DType.FLOAT64));
                assertTrue(e.getMessage().startsWith("could not convert string to float: "), e.getMessage());
                return;
            }
            double expected = Double.longBitsToDouble(Long.parseUnsignedLong(r[2], 16));
            double actual = a.astype(DType.FLOAT64).getDouble(0);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(actual), () -> "got " + actual);
            } else {
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), () -> "got " + actual);
            }
            assertEquals((float) expected, a.astype(DType.FLOAT32).getFloat(0));
        }));
    }

    @TestFactory
    Stream<DynamicTest> astypeInt() {
        return StringFixtures.ops("int").stream().map(r -> DynamicTest.dynamicTest(r[1], () -> {
            NDArray a = Nd.array(new String[] {StringFixtures.text(r[1])});
            if (r[2].equals("ERR")) {
                assertThrows(IllegalArgumentException.class, () -> a.astype(DType.INT64));
                return;
            }
            assertEquals(Long.parseLong(r[2]), a.astype(DType.INT64).getLong(0));
        }));
    }

    @TestFactory
    Stream<DynamicTest> astypeBool() {
        return StringFixtures.ops("bool").stream().map(r -> DynamicTest.dynamicTest("'" + r[1] + "'", () ->
                assertEquals(r[2].equals("1"), Nd.array(new String[] {StringFixtures.text(r[1])}).astype(DType.BOOL).getBoolean(0))));
    }

    @TestFactory
    Stream<DynamicTest> numbersToStrings() {
        return StringFixtures.ops("astr").stream().map(r -> DynamicTest.dynamicTest(r[1] + " " + r[2], () -> {
            DType dtype = DType.of(r[1]);
            double[] values = Arrays.stream(r[2].split(" "))
                    .mapToDouble(t -> switch (t) {
                        case "True" -> 1;
                        case "False" -> 0;
                        case "nan" -> Double.NaN;
                        case "-inf" -> Double.NEGATIVE_INFINITY;
                        default -> Double.parseDouble(t);
                    }).toArray();
            NDArray a = dtype.isInteger()
                    ? Nd.array(Arrays.stream(r[2].split(" ")).mapToLong(Long::parseLong).toArray()).astype(dtype)
                    : Nd.array(values).astype(dtype);
            NDArray s = a.astype(DType.STRING);
            assertEquals("<U" + r[3], s.dtypeDescr());
            assertArrayEquals(StringFixtures.texts(r[4]), s.toStringArray());
        }));
    }
}
