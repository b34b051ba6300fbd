#!/usr/bin/env python3
"""Writes src/test/resources/fixtures/print/arrays.txt: arrays and NumPy's str()/repr() of them.

Run from the repository root with NumPy 2.x: python3 src/test/python/gen_print_fixtures.py
The output is deterministic (fixed RandomState seeds), so re-running must not change it.

Record format, one case after another (counts make blank and space-ended lines safe):
    case <name>
    dtype <float64|float32|int64|int32|bool>
    shape <dims separated by spaces, nothing for 0-d>
    data <elements in C order>   float64: 16 hex digits of the IEEE bits, float32: 8;
                                 ints: decimal; bool: 0/1
    str <n>       followed by n lines
    repr <n>      followed by n lines
"""
import os
import struct

import numpy as np

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures", "print", "arrays.txt"))

cases = []


def add(name, a):
    a = np.asarray(a)
    assert a.dtype.name in ("float64", "float32", "int64", "int32", "bool"), a.dtype
    cases.append((name, a))


def element_text(a):
    flat = np.ascontiguousarray(a).ravel()
    if a.dtype == np.float64:
        return [struct.pack(">d", float(x)).hex() for x in flat]
    if a.dtype == np.float32:
        return [struct.pack(">f", x).hex() for x in flat]
    if a.dtype == np.bool_:
        return ["1" if x else "0" for x in flat]
    return [str(int(x)) for x in flat]


def specials():
    f64 = [0.1, 1e-05, 100.0, 1e16, 1.5e16, 9999999999999998.0, 0.0001, 9.999999999999999e-05,
           float("nan"), float("inf"), -float("inf"), -0.0, 0.0, 123456789.0, 0.1 + 0.2, 1 / 3,
           5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e23, 2.0 ** 53 + 2, -2.5,
           1e-310, 0.5, 1.0, 2.0 ** -9, 1e22, 12345678.9, 3.141592653589793, -1e-100]
    for i, x in enumerate(f64):
        add(f"scalar_f64_{i}", np.array(x, dtype=np.float64))
        with np.errstate(over="ignore"):
            add(f"scalar_f32_{i}", np.array(x, dtype=np.float32))
    for i, x in enumerate([0, 5, -7, 2 ** 31 - 1, -2 ** 31]):
        add(f"scalar_i32_{i}", np.array(x, dtype=np.int32))
    for i, x in enumerate([0, 5, -7, 2 ** 63 - 1, -2 ** 63, 10 ** 12]):
        add(f"scalar_i64_{i}", np.array(x, dtype=np.int64))
    add("scalar_bool_t", np.array(True))
    add("scalar_bool_f", np.array(False))
    add("f32_third", np.array([1 / 3], dtype=np.float32))


def small_1d():
    add("known_rand2", np.random.RandomState(1234).rand(2))
    add("known_12", np.array([1.0, 2.0]))
    add("known_678", np.array([6, 7, 8]))
    add("known_neg", np.array([-1, 0, 10]))
    add("known_2x3", np.array([[1, 2, 3], [4, 5, 6]]))
    rows = {
        "halfs": [1.5, 2.0, -3.25],
        "zeros": [0.0, -0.0, 0.0],
        "negzero_pos": [-0.0, 1.0],
        "negzero_exp": [-0.0, 1e-5],
        "nan_only": [float("nan")],
        "nan_inf": [float("nan"), float("inf"), -float("inf")],
        "nan_pos": [float("nan"), 1.5],
        "ninf_exp": [-float("inf"), 1e-7, 3.0],
        "ratio_1000": [1.0, 1000.0],
        "ratio_over": [1.0, 1000.0001],
        "max_1e8": [99999999.0, 1.0e7],
        "at_1e8": [1e8, 2e8],
        "min_1e4": [1e-4, 0.05],
        "below_1e4": [9.99e-5, 0.05],
        "exp_wide": [1e-5, 1e100],
        "exp_neg": [-1e-5, 1e10, -3.5e3],
        "exp_prec": [0.1, 1.23456789e-5],
        "tie_9": [2.0 ** -9, 0.5],
        "tie_10": [3 * 2.0 ** -10, 1.0],
        "tie_up": [0.0029296875 + 2.0 ** -30],
        "cut8": [0.123456785, 0.987654321, 1.000000005],
        "round_up_carry": [0.999999999, 9.999999996],
        "sum": [0.1 + 0.2, 0.3],
        "big": [1e16, 1.0],
        "big_int_like": [123456789.0, 1.0],
        "denormal": [5e-324, 1e-310],
        "pi_e": [np.pi, np.e, -np.pi],
        "thirds": [1 / 3, 2 / 3, 1.0],
        "small_ints": [1.0, 2.0, 3.0, 40.0, 500.0],
        "mixed_sign": [-1.5, 22.25, -333.125],
    }
    for name, vals in rows.items():
        add(f"f64_{name}", np.array(vals, dtype=np.float64))
        with np.errstate(over="ignore"):
            add(f"f32_{name}", np.array(vals, dtype=np.float32))
    add("f32_1e6", np.array([1e6, 1.0], dtype=np.float32))
    add("f32_below_1e6", np.array([999999.0, 1000.0], dtype=np.float32))
    add("f32_1e4_exact", np.array([np.float32(1e-4), np.float32(0.5)], dtype=np.float32))
    add("f32_9digits", np.array([0.1, 1.00000005e-5, 3.4028235e38], dtype=np.float32))
    add("f32_next1", np.array([np.nextafter(np.float32(1), np.float32(2)), 1e-5], dtype=np.float32))
    ints = {
        "neg": [-5, 3, 10],
        "wide": [1, -1000000, 7],
        "zero": [0],
        "big": [2 ** 31 - 1, -2 ** 31],
    }
    for name, vals in ints.items():
        add(f"i64_{name}", np.array(vals, dtype=np.int64))
        add(f"i32_{name}", np.array(vals, dtype=np.int32))
    add("i64_extreme", np.array([2 ** 63 - 1, -2 ** 63, 0], dtype=np.int64))
    add("bool_row", np.array([True, False, True]))
    add("bool_false", np.array([False, False]))
    add("bool_2d", np.array([[True, False], [False, True]]))


def empties():
    for shape in [(0,), (0, 3), (2, 0), (2, 0, 3), (0, 0)]:
        for dt in ["float64", "float32", "int64", "int32", "bool"]:
            add(f"empty_{dt}_{'x'.join(map(str, shape))}", np.zeros(shape, dtype=dt))


def random_data():
    shapes = [(5,), (3, 4), (2, 3, 4), (2, 2, 2, 3), (1, 1), (4, 1, 2), (1,)]
    scales = [1e-6, 1e-3, 0.1, 1.0, 1e3, 1e5, 1e7, 1e9, 1e20, 1e-20]
    seed = 0
    for shape in shapes:
        for scale in scales:
            for dt in [np.float64, np.float32]:
                seed += 1
                rs = np.random.RandomState(seed)
                data = rs.randn(*shape) * scale if seed % 2 else rs.rand(*shape) * scale
                with np.errstate(over="ignore", under="ignore"):
                    add(f"rand_{np.dtype(dt).name}_{seed}", data.astype(dt))
    for i, shape in enumerate(shapes):
        rs = np.random.RandomState(100 + i)
        add(f"randint_i64_{i}", rs.randint(-10 ** 9, 10 ** 9, size=shape).astype(np.int64))
        add(f"randint_i32_{i}", rs.randint(-50, 1000, size=shape).astype(np.int32))
        add(f"randbool_{i}", rs.rand(*shape) > 0.5)
    # mixed magnitudes, one per row, and specials sprinkled in
    rs = np.random.RandomState(7)
    m = rs.randn(4, 5) * np.array([1e-3, 1.0, 1e3, 1e6])[:, None]
    add("mixed_rows", m)
    m2 = m.copy()
    m2[1, 2] = np.nan
    m2[3, 0] = -np.inf
    add("mixed_specials", m2)
    add("mixed_specials_f32", m2.astype(np.float32))
    r = np.round(rs.randn(3, 4), 2)
    r[0, 0] = np.nan
    add("rounded_nan", r)


def long_rows():
    add("arange_f64_100", np.arange(100, dtype=np.float64))
    add("arange_i64_100", np.arange(100))
    add("arange_i32_neg", np.arange(-60, 60, dtype=np.int32))
    add("rand_30", np.random.RandomState(3).rand(30))
    add("rand_30_f32", np.random.RandomState(3).rand(30).astype(np.float32))
    add("rand_2x40", np.random.RandomState(4).randn(2, 40))
    add("exp_40", np.random.RandomState(5).rand(40) * 1e-6)
    add("exp_2x3x12", np.random.RandomState(6).randn(2, 3, 12) * 1e12)
    add("bool_60", np.random.RandomState(8).rand(60) > 0.3)
    add("int_3x30", np.random.RandomState(9).randint(-99999, 99999, size=(3, 30)))
    add("linspace_13", np.linspace(0, 1, 13))
    add("row_of_74", np.full(15, 1.25))
    for n in range(8, 15):
        add(f"wrap_edge_{n}", np.arange(n, dtype=np.float64) * 1.1111)
        add(f"wrap_edge_int_{n}", np.arange(n, dtype=np.int64) * 11111111)
    add("nan_long", np.where(np.arange(30) % 7 == 0, np.nan, np.arange(30.0)))


def large():
    add("big_arange_i64", np.arange(2000))
    a = np.arange(2000, dtype=np.float64)
    a[1000] = 1e20  # hidden by the summary: must not switch to scientific
    add("big_hidden_outlier", a)
    add("big_rand_1001", np.random.RandomState(11).rand(1001))
    add("big_f32_40x30", np.random.RandomState(12).randn(40, 30).astype(np.float32))
    add("big_i32_10x10x11", np.random.RandomState(13).randint(-500, 500, size=(10, 10, 11)).astype(np.int32))
    add("big_2x3x200", np.random.RandomState(14).rand(2, 3, 200) * 1e-5)
    add("big_bool_1001", np.random.RandomState(15).rand(1001) > 0.5)
    add("big_4d", np.arange(7 * 6 * 5 * 6, dtype=np.int64).reshape(7, 6, 5, 6))
    add("big_1001x1", np.arange(1001, dtype=np.float32).reshape(1001, 1))
    add("big_exactly_1000", np.arange(1000, dtype=np.int32))


def random_bits():
    """Arrays of random bit patterns and of short decimals: Dragon4's corner cases at random."""
    rs = np.random.RandomState(2024)
    for i in range(30):
        bits = rs.randint(0, 2 ** 62, size=4, dtype=np.int64) * rs.choice([1, 2], size=4) + rs.randint(0, 2, size=4)
        v = bits.view(np.float64)
        v[~np.isfinite(v)] = 1.0
        add(f"bits_f64_{i}", v)
        fbits = rs.randint(0, 2 ** 31 - 1, size=4).astype(np.uint32) | (rs.randint(0, 2, size=4).astype(np.uint32) << 31)
        f = fbits.view(np.float32)
        f[~np.isfinite(f)] = 1.0
        add(f"bits_f32_{i}", f)
    for i in range(20):
        k = rs.randint(0, 12)
        v = rs.randint(-10 ** 6, 10 ** 6, size=5) / 10.0 ** k
        add(f"decimals_f64_{i}", v)
        add(f"decimals_f32_{i}", v.astype(np.float32))
    for i in range(10):
        e = rs.randint(-30, 60)
        v = np.array([2.0 ** e, 2.0 ** (e + 1), 2.0 ** e * (1 + 2.0 ** -52), 3 * 2.0 ** (e - 2)])
        add(f"pow2_f64_{i}", v)
        add(f"pow2_f32_{i}", v.astype(np.float32))


def scalars():
    """str(np.float64(x)) and str(np.float32(x)) for random bit patterns and powers of two."""
    rs = np.random.RandomState(99)
    out = ["# generated by src/test/python/gen_print_fixtures.py with NumPy " + np.__version__,
           "# <f64|f32> <hex of IEEE bits> <str of the NumPy scalar>"]
    d = rs.randint(0, 2 ** 63 - 1, size=1500, dtype=np.int64).view(np.float64)
    d = np.concatenate([d, 2.0 ** np.arange(-1074, 1024, 7), rs.randint(-10 ** 6, 10 ** 6, 300) / 10.0 ** rs.randint(0, 10, 300),
                        [0.1, 1e-05, 100.0, 1e16, 1e23, 9.999999999999999e22, 5e-324, -0.0]])
    for x in d:
        if np.isfinite(x):
            out.append(f"f64 {struct.pack('>d', float(x)).hex()} {str(np.float64(x))}")
    f = rs.randint(0, 2 ** 31 - 1, size=1500).astype(np.uint32).view(np.float32)
    with np.errstate(over="ignore"):
        f = np.concatenate([f, (2.0 ** np.arange(-149, 128, 3)).astype(np.float32),
                            (rs.randint(-10 ** 6, 10 ** 6, 300) / 10.0 ** rs.randint(0, 10, 300)).astype(np.float32)])
    for x in f:
        if np.isfinite(x):
            out.append(f"f32 {struct.pack('>f', x).hex()} {str(np.float32(x))}")
    path = os.path.join(os.path.dirname(OUT), "scalars.txt")
    with open(path, "w", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"{len(out) - 2} scalars, {os.path.getsize(path)} bytes -> {path}")


def main():
    scalars()
    specials()
    small_1d()
    empties()
    random_data()
    long_rows()
    large()
    random_bits()
    lines = ["# generated by src/test/python/gen_print_fixtures.py with NumPy " + np.__version__]
    names = set()
    for name, a in cases:
        assert name not in names, name
        names.add(name)
        s, r = str(a), repr(a)
        lines.append(f"case {name}")
        lines.append(f"dtype {a.dtype.name}")
        lines.append("shape" + "".join(f" {d}" for d in a.shape))
        lines.append("data" + "".join(" " + t for t in element_text(a)))
        for tag, text in (("str", s), ("repr", r)):
            body = text.split("\n")
            lines.append(f"{tag} {len(body)}")
            lines.extend(body)
    with open(OUT, "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(cases)} cases, {os.path.getsize(OUT)} bytes -> {OUT}")


if __name__ == "__main__":
    main()
