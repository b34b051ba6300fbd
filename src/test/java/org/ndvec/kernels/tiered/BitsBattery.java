package org.ndvec.kernels.tiered;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.linalg.Linalg;

/**
 * A fixed battery of public operations whose results must not depend on which kernels ran them:
 * every elementwise family and activation that has a vector loop, reductions along each axis,
 * softmax and losses, small and packed products, casts and the plane-rotation kernels of the SVD,
 * on tail-heavy shapes. Each result is reduced to a digest of its bits (NaN canonicalized: its
 * payload is not part of any result we promise). {@link TieredBitsTest} runs it in separate JVMs
 * (scalar, vector, tiered cold and warm) and compares the digests.
 *
 * <p>{@code main(mode)}: {@code once} prints one digest per operation; {@code repeat} runs the
 * battery 30 times and reports any operation whose digest changed between the first (interpreted)
 * run and a later (compiled) one; {@code warm} runs it cold, warms every tier
 * ({@link Warmup#warmNow}), and runs it again, printing both.
 */
public final class BitsBattery {
    private BitsBattery() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "once";
        Map<String, String> first = run();
        switch (mode) {
            case "repeat" -> {
                for (int r = 1; r < 30; r++) {
                    Map<String, String> again = run();
                    for (var e : again.entrySet()) {
                        if (!e.getValue().equals(first.get(e.getKey()))) {
                            System.out.println("CHANGED " + e.getKey() + " on run " + r);
                        }
                    }
                }
                print("", first);
            }
            case "warm" -> {
                print("cold ", first);
                for (Tier t : Warmup.tiers()) {
                    Tier.State s = Warmup.warmNow(t);
                    // with ndvec.tier.hot=0 the background thread may hold the tier (warmNow then
                    // says WARMING): wait for it, so that the warm run and Nd.info() see one state
                    for (int waited = 0; s == Tier.State.WARMING && waited < 120_000; waited += 10) {
                        sleep(10);
                        s = t.state();
                    }
                }
                print("warm ", run());
                // tier states and Nd.info() from one moment: a tier C2 had not compiled in time is
                // back to counting, and the warm run may have started its retry in the background
                while (true) {
                    List<String> states = states();
                    org.ndvec.NdInfo info = org.ndvec.Nd.info();
                    if (states.equals(states())) {
                        states.forEach(st -> System.out.println("tier " + st));
                        System.out.println("info " + info.kernels() + " " + info.vectorOperators().size());
                        break;
                    }
                }
            }
            default -> print("", first);
        }
    }

    private static List<String> states() {
        return Warmup.tiers().stream().map(t -> t.name() + " " + t.state()).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void print(String prefix, Map<String, String> digests) {
        digests.forEach((k, v) -> System.out.println(prefix + k + " " + v));
    }

    /** Every operation of the battery, in a fixed order, with the digest of its result. */
    static Map<String, String> run() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            String p = t == DType.FLOAT32 ? "f32 " : "f64 ";
            NDArray x = data(t, 1037, 1, -6, 6);
            NDArray y = data(t, 1037, 2, -6, 6);
            NDArray pos = data(t, 1037, 3, 1e-3, 40);
            NDArray m = data(t, 37 * 53, 4, -8, 8).reshape(37, 53);
            NDArray row = data(t, 53, 5, -2, 2);
            NDArray special = special(t);
            put(out, p + "add", () -> x.add(y));
            put(out, p + "sub scalar", () -> x.sub(1.25));
            put(out, p + "mul", () -> x.mul(y));
            put(out, p + "div", () -> x.div(pos));
            put(out, p + "maximum", () -> x.maximum(y));
            put(out, p + "minimum", () -> x.minimum(y));
            put(out, p + "add row", () -> m.add(row));
            put(out, p + "fma", () -> Nd.fma(x, y, pos));
            put(out, p + "neg", x::neg);
            put(out, p + "abs", x::abs);
            put(out, p + "square", x::square);
            put(out, p + "sqrt", pos::sqrt);
            put(out, p + "relu", x::relu);
            put(out, p + "exp", x::exp);
            put(out, p + "exp wide", () -> data(t, 1037, 6, -100, 100).exp());
            put(out, p + "log", pos::log);
            put(out, p + "tanh", x::tanh);
            put(out, p + "sigmoid", x::sigmoid);
            put(out, p + "silu", x::silu);
            put(out, p + "gelu", x::gelu);
            put(out, p + "gelu tanh", x::geluTanh);
            put(out, p + "softplus", x::softplus);
            for (String op : new String[] {"exp", "log", "tanh", "sigmoid", "sqrt", "relu", "abs"}) {
                put(out, p + op + " special", () -> unary(special, op));
            }
            put(out, p + "sum", x::sum);
            put(out, p + "sum axis0", () -> m.sum(0));
            put(out, p + "sum axis1", () -> m.sum(1));
            put(out, p + "mean axis0", () -> m.mean(0));
            put(out, p + "var axis0", () -> m.var(0));
            put(out, p + "std axis1", () -> m.std(1));
            put(out, p + "max axis0", () -> m.max(0));
            put(out, p + "min axis1", () -> m.min(1));
            put(out, p + "argmax axis1", () -> m.argmax(1));
            put(out, p + "argmin axis0", () -> m.argmin(0));
            put(out, p + "nansum", special::nansum);
            put(out, p + "sum view", () -> m.get("::-1, 1::3").sum(0));
            put(out, p + "softmax axis1", () -> Nd.softmax(m, 1));
            put(out, p + "softmax axis0", () -> Nd.softmax(m, 0));
            put(out, p + "log softmax", () -> Nd.logSoftmax(m, 1));
            put(out, p + "logsumexp", () -> Nd.logSumExp(m, 1, false));
            NDArray labels = Nd.arange(37).mul(7).floorDivide(5).mod(53);
            put(out, p + "cross entropy", () -> Nd.crossEntropy(Nd.softmax(m, 1), labels));
            put(out, p + "cross entropy logits", () -> Nd.crossEntropyWithLogits(m, labels));
            NDArray a = data(t, 37 * 61, 7, -1, 1).reshape(37, 61);
            NDArray b = data(t, 61 * 29, 8, -1, 1).reshape(61, 29);
            put(out, p + "matmul packed", () -> a.matmul(b));
            put(out, p + "matmul transposed", () -> a.T().matmul(a));
            NDArray c = data(t, 130 * 120, 9, -1, 1).reshape(130, 120);
            put(out, p + "matmul 130x120x130", () -> c.matmul(c.T()));
            NDArray s = data(t, 32 * 10, 10, -1, 1).reshape(32, 10);
            NDArray w = data(t, 10 * 5, 11, -1, 1).reshape(10, 5);
            NDArray bias = data(t, 5, 12, -1, 1);
            put(out, p + "linear layer", () -> s.matmul(w).add(bias));
            put(out, p + "cast", () -> x.astype(t == DType.FLOAT32 ? DType.FLOAT64 : DType.FLOAT32));
        }
        for (DType t : new DType[] {DType.INT32, DType.INT64}) {
            String p = t == DType.INT32 ? "i32 " : "i64 ";
            NDArray x = data(DType.FLOAT64, 1037, 13, -1000, 1000).astype(t);
            NDArray y = data(DType.FLOAT64, 1037, 14, -40, 40).astype(t);
            put(out, p + "add", () -> x.add(y));
            put(out, p + "mul", () -> x.mul(y));
            put(out, p + "maximum", () -> x.maximum(y));
            put(out, p + "and", () -> x.bitwiseAnd(y));
            put(out, p + "shift", () -> x.leftShift(y));
            put(out, p + "neg", x::neg);
            put(out, p + "to float", () -> x.astype(DType.FLOAT64));
        }
        NDArray sq = data(DType.FLOAT64, 24 * 24, 15, -1, 1).reshape(24, 24);
        put(out, "f64 svd", () -> Linalg.svd(sq).s());
        put(out, "f64 eigh", () -> Linalg.eigh(sq.add(sq.T())).eigenvalues());
        return out;
    }

    private static NDArray unary(NDArray a, String op) {
        return switch (op) {
            case "exp" -> a.exp();
            case "log" -> a.log();
            case "tanh" -> a.tanh();
            case "sigmoid" -> a.sigmoid();
            case "sqrt" -> a.sqrt();
            case "relu" -> a.relu();
            default -> a.abs();
        };
    }

    private static void put(Map<String, String> out, String name, Supplier<NDArray> op) {
        out.put(name, digest(op.get()));
    }

    /** Values from a fixed LCG, uniform in [lo, hi), in dtype {@code t}. */
    static NDArray data(DType t, int n, int seed, double lo, double hi) {
        double[] v = new double[n];
        long s = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < n; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            v[i] = lo + (hi - lo) * ((s >>> 11) * 0x1p-53);
        }
        return NDArray.wrap(v, n).astype(t);
    }

    /** Zeros, infinities, NaN, subnormals, extremes, and ordinary values between them (67 elements). */
    static NDArray special(DType t) {
        double tiny = t == DType.FLOAT32 ? Float.MIN_VALUE : Double.MIN_VALUE;
        double big = t == DType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
        double[] v = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, tiny, -tiny,
            big, -big, 1e-30, -1e-30, 88.7, -88.7, 89.5, -104.0, 709.9, -745.2, 20, -20, 1, -1, 0.5, 1e-8};
        double[] all = new double[67];
        for (int i = 0; i < all.length; i++) {
            all[i] = i < v.length ? v[i] : (i - 45) * 0.37;
        }
        return NDArray.wrap(all, all.length).astype(t);
    }

    /** SHA-256 of the result's dtype, shape and element bits, NaN canonicalized; 16 hex digits. */
    static String digest(NDArray r) {
        NDArray c = r.copy();
        ByteBuffer buf = ByteBuffer.allocate(16 + 8 * Math.max(1, c.size()) + 4 * c.ndim());
        buf.putInt(c.dtype().ordinal());
        for (int d : c.shape()) {
            buf.putInt(d);
        }
        switch (c.dtype()) {
            case FLOAT32 -> {
                for (float f : c.toFloatArray()) {
                    buf.putInt(Float.isNaN(f) ? 0x7fc00000 : Float.floatToRawIntBits(f));
                }
            }
            case FLOAT64 -> {
                for (double d : c.toDoubleArray()) {
                    buf.putLong(Double.isNaN(d) ? 0x7ff8000000000000L : Double.doubleToRawLongBits(d));
                }
            }
            default -> {
                for (long l : c.toLongArray()) {
                    buf.putLong(l);
                }
            }
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(java.util.Arrays.copyOf(buf.array(), buf.position()));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
