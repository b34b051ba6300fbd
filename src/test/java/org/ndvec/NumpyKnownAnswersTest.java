package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The NDArray model against answers recorded from NumPy by
 * src/test/python/gen_core_fixtures.py: creation, basic indexing, reshape (views
 * vs copies), casting and error texts.
 */
class NumpyKnownAnswersTest {

    @Test
    void creationMatchesNumpyBitForBit() {
        List<String[]> cases = Fixtures.lines("/fixtures/core/creation.txt");
        assertTrue(cases.size() > 20);
        for (String[] c : cases) {
            String kind = c[0];
            String[] args = c[1].split(" ");
            NDArray a = switch (kind) {
                case "arange_int" -> switch (args.length) {
                    case 1 -> Nd.arange(Long.parseLong(args[0]));
                    case 2 -> Nd.arange(Long.parseLong(args[0]), Long.parseLong(args[1]));
                    default -> Nd.arange(Long.parseLong(args[0]), Long.parseLong(args[1]), Long.parseLong(args[2]));
                };
                case "arange_float" -> args.length == 1 ? Nd.arange(Double.parseDouble(args[0]))
                        : Nd.arange(Double.parseDouble(args[0]), Double.parseDouble(args[1]), Double.parseDouble(args[2]));
                case "linspace" -> args.length == 3
                        ? Nd.linspace(Double.parseDouble(args[0]), Double.parseDouble(args[1]), Integer.parseInt(args[2]))
                        : Nd.linspace(Double.parseDouble(args[0]), Double.parseDouble(args[1]),
                                Integer.parseInt(args[2]), Boolean.parseBoolean(args[3].toLowerCase()));
                case "eye" -> args.length == 1 ? Nd.eye(Integer.parseInt(args[0]))
                        : Nd.eye(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
                default -> throw new IllegalStateException(kind);
            };
            String ctx = kind + "(" + c[1] + ")";
            assertEquals(c[2], a.dtype().toString(), ctx);
            assertArrayEquals(Fixtures.shape(c[3]), a.shape(), ctx);
            Fixtures.assertValues(c[4], a, ctx);
        }
    }

    @Test
    void basicIndexingMatchesNumpy() {
        NDArray base = Nd.arange(90).reshape(3, 1, 5, 6);
        List<String[]> cases = Fixtures.lines("/fixtures/core/basic_indexing.txt");
        assertTrue(cases.size() > 4000);
        int views = 0;
        for (String[] c : cases) {
            String expr = c[1];
            if (c[0].equals("error")) {
                IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> base.get(expr), expr);
                assertEquals(c[3], e.getMessage(), expr);
                continue;
            }
            NDArray r = base.get(expr);
            int[] shape = Fixtures.shape(c[2]);
            assertArrayEquals(shape, r.shape(), expr);
            int[] npStrides = Fixtures.shape(c[3]);
            int[] ours = r.elementStrides();
            for (int k = 0; k < shape.length; k++) {
                // A stride only means something along a dim that has more than one element.
                if (shape[k] > 1) {
                    assertEquals(npStrides[k], ours[k], expr + " stride of axis " + k);
                }
            }
            Fixtures.assertValues(c[4], r, expr);
            if (r.size() > 0) {
                assertTrue(Nd.sharesMemory(r, base), expr + " must be a view");
                views++;
            }
        }
        assertTrue(views > 2000, "views checked: " + views);
    }

    @Test
    void typedIndexEqualsStringIndex() {
        NDArray base = Nd.arange(90).reshape(3, 1, 5, 6);
        NDArray typed = base.get(Index.slice(1L, null, -2L), Index.ellipsis(), Index.newAxis(), Index.at(-1));
        NDArray parsed = base.get("1::-2, ..., None, -1");
        assertArrayEquals(parsed.shape(), typed.shape());
        assertArrayEquals(parsed.toLongArray(), typed.toLongArray());
    }

    @Test
    void reshapeIsAViewExactlyWhenNumpysIs() {
        NDArray base = Nd.arange(120).reshape(4, 5, 6);
        List<String[]> cases = Fixtures.lines("/fixtures/core/reshape.txt");
        assertTrue(cases.size() > 100);
        for (String[] c : cases) {
            NDArray v = c[1].isEmpty() ? base : c[1].equals("T") ? base.T() : base.get(c[1]);
            int[] target = Fixtures.shape(c[2]);
            String ctx = "[" + c[1] + "].reshape" + Arrays.toString(target);
            if (c[0].equals("error")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.reshape(target), ctx);
                assertEquals(c[3], e.getMessage(), ctx);
                continue;
            }
            NDArray r = v.reshape(target);
            assertArrayEquals(Fixtures.shape(c[3]), r.shape(), ctx);
            assertEquals(c[4].equals("view"), Nd.sharesMemory(r, base), ctx + " view/copy");
            Fixtures.assertValues(c[5], r, ctx);
        }
    }

    @Test
    void astypeMatchesNumpysCasts() {
        List<String[]> cases = Fixtures.lines("/fixtures/core/casts.txt");
        assertEquals(25, cases.size());
        for (String[] c : cases) {
            DType from = DType.of(c[0]);
            DType to = DType.of(c[2]);
            NDArray src = Fixtures.array(from, c[1]);
            String ctx = c[0] + " -> " + c[2];
            Fixtures.assertValues(c[3], src.astype(to), ctx);
            // the strided path must agree with the contiguous one
            NDArray reversed = src.get("::-1").astype(to).get("::-1");
            Fixtures.assertValues(c[3], reversed, ctx + " (reversed view)");
        }
    }

    @Test
    void errorTextsMatchNumpy() {
        NDArray a = Nd.arange(6).reshape(2, 3);
        Map<String, Executable> calls = Map.ofEntries(
                Map.entry("reshape 4,-1", () -> a.reshape(4, -1)),
                Map.entry("reshape -1,-1", () -> a.reshape(-1, -1)),
                Map.entry("reshape 4", () -> a.reshape(4)),
                Map.entry("reshape 5,2", () -> a.reshape(5, 2)),
                Map.entry("reshape 4,-2", () -> a.reshape(4, -2)),
                Map.entry("index 10 0", () -> a.getLong(10, 0)),
                Map.entry("index 0 -4", () -> a.getLong(0, -4)),
                Map.entry("index 0 0 0", () -> a.get("0, 0, 0")),
                Map.entry("index ... ...", () -> a.get("..., ...")),
                Map.entry("slice ::0", () -> a.get("::0")),
                Map.entry("transpose 0,0", () -> a.transpose(0, 0)),
                Map.entry("transpose 0,1,2", () -> a.transpose(0, 1, 2)),
                Map.entry("transpose 0,2", () -> a.transpose(0, 2)),
                Map.entry("swapaxes 0,2", () -> a.swapaxes(0, 2)),
                Map.entry("squeeze 0", () -> a.squeeze(0)),
                Map.entry("expand_dims 4", () -> a.expandDims(4)),
                Map.entry("expand_dims 0,0", () -> a.expandDims(0, 0)),
                Map.entry("broadcast_to 4", () -> a.broadcastTo(4)),
                Map.entry("broadcast_to 3,3", () -> a.broadcastTo(3, 3)),
                Map.entry("item", a::item));
        List<String[]> cases = Fixtures.lines("/fixtures/core/errors.txt");
        assertEquals(calls.size(), cases.size());
        for (String[] c : cases) {
            Executable call = calls.get(c[0]);
            Class<? extends RuntimeException> type = c[1].equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            RuntimeException e = assertThrows(type, call, c[0]);
            assertEquals(c[2], e.getMessage(), c[0]);
        }
    }

    @Test
    void indexErrorsAlsoComeFromElementAccess() {
        NDArray a = Nd.arange(5);
        Supplier<Long> bad = () -> a.getLong(10);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, bad::get);
        assertEquals("index 10 is out of bounds for axis 0 with size 5", e.getMessage());
    }
}
