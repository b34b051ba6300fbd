#!/usr/bin/env python3
"""NumPy 2.4's answers for the functions of issue 20 (order statistics, binning and counting,
linear-algebra helpers, array functions, string arrays, RobustScaler/QuantileBinner).

Run from the repository root:  python3 src/test/python/coverage_fixtures.py
Writes src/test/resources/fixtures/coverage/<area>.tsv. Deterministic: every input comes from a
seeded RandomState or a formula, so rerunning rewrites the same bytes.

One case per line, tab-separated:

  id  op  params  inputs  OK   outputs
  id  op  params  inputs  ERR  kind  message

  params   k=v pairs joined by ';' (floats as float.hex(), lists comma-separated); the Java test
           passes them to the ndvec call named by op
  inputs   name=ARRAY pairs joined by ';'
  outputs  ARRAY joined by ';' (a function returning several arrays lists them in order)
  ARRAY    dtype|shape|values[|view]: dtype as NumPy names it (float64, int32, bool, <U5),
           shape comma-separated ('' is 0-d), values in C order, comma-separated (floats
           float.hex(), nan, inf, -inf; ints decimal; bools 0/1; strings percent-encoded). A
           view is a NumPy index expression applied to the array ('T' transposes),
           percent-encoded: the input is base[view], a non-contiguous array, on both sides.
  kind     the Python exception: ValueError, TypeError, IndexError, AxisError, ZeroDivisionError
"""
import math
import os
import sys
import urllib.parse
import warnings

import numpy as np

warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "fixtures", "coverage"))


# ---------------------------------------------------------------------------- encoding

def enc_float(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x.hex()


def enc_values(a):
    flat = np.asarray(a).ravel(order="C")
    k = flat.dtype.kind
    if k == "f":
        return ",".join(enc_float(v) for v in flat)
    if k == "b":
        return ",".join("1" if v else "0" for v in flat)
    if k in "iu":
        return ",".join(str(int(v)) for v in flat)
    if k == "U":
        return ",".join(urllib.parse.quote(str(v), safe="") for v in flat)
    raise TypeError(f"cannot encode dtype {flat.dtype}")


def dtype_name(a):
    a = np.asarray(a)
    return a.dtype.str if a.dtype.kind == "U" else str(a.dtype)


class Formula:
    """A long input written as its formula, not its values: element i is ((i * mul) % mod) / div - sub,
    NaN where i % nan_every == nan_every - 1 (nan_every 0: never), cast to dtype. Java computes the
    same doubles (integer product and remainder, one division, one subtraction)."""

    def __init__(self, n, mul, mod, div, sub, nan_every, dtype):
        self.spec = (n, mul, mod, div, sub, nan_every, dtype)
        i = np.arange(n, dtype=np.int64)
        x = ((i * mul) % mod) / float(div) - float(sub)
        if nan_every:
            x[i % nan_every == nan_every - 1] = np.nan
        self.value = x.astype(dtype)

    def encode(self):
        n, mul, mod, div, sub, nan_every, dtype = self.spec
        return f"{dtype}|{n}|@{mul},{mod},{enc_float(div)},{enc_float(sub)},{nan_every}"


def enc_array(a, view=None):
    a = np.asarray(a)
    s = dtype_name(a) + "|" + ",".join(str(d) for d in a.shape) + "|" + enc_values(a)
    if view is not None:
        s += "|" + urllib.parse.quote(view, safe="")
    return s


def apply_view(base, view):
    if view is None:
        return base
    if view == "T":
        return base.T
    return eval("base[" + view + "]", {"base": base, "None": None})


def enc_param(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        return enc_float(v)
    if isinstance(v, (list, tuple)):
        return ",".join(enc_param(x) for x in v)
    if v is None:
        return "None"
    return str(v)


class View:
    """An input given as base[view]: both sides build the same non-contiguous array."""

    def __init__(self, base, view):
        self.base = np.asarray(base)
        self.view = view

    def array(self):
        return apply_view(self.base, self.view)


KIND = {ValueError: "ValueError", TypeError: "TypeError", IndexError: "IndexError",
        ZeroDivisionError: "ZeroDivisionError"}


def kind_of(e):
    if isinstance(e, np.exceptions.AxisError):
        return "AxisError"
    for t, name in KIND.items():
        if isinstance(e, t):
            return name
    raise e


class Cases:
    def __init__(self, area):
        self.area = area
        self.lines = []
        self.ids = set()

    def add(self, op, params, inputs, fn, tag=""):
        """Records fn(**arrays) for the inputs (dict name -> array or View) under op and params."""
        n = sum(1 for l in self.lines if l.split("\t", 2)[1] == op)
        cid = f"{op}{n}" + (f"_{tag}" if tag else "")
        assert cid not in self.ids, cid
        self.ids.add(cid)
        enc_in = []
        arrays = {}
        for name, v in inputs.items():
            if isinstance(v, View):
                enc_in.append(name + "=" + enc_array(v.base, v.view))
                arrays[name] = v.array()
            elif isinstance(v, Formula):
                enc_in.append(name + "=" + v.encode())
                arrays[name] = v.value
            else:
                enc_in.append(name + "=" + enc_array(v))
                arrays[name] = np.asarray(v)
        ps = ";".join(f"{k}={enc_param(v)}" for k, v in params.items())
        head = [cid, op, ps, ";".join(enc_in)]
        try:
            r = fn(**arrays)
        except Exception as e:  # noqa: BLE001 - every NumPy error is recorded with its text
            msg = str(e)
            assert "\t" not in msg and "\n" not in msg, msg
            self.lines.append("\t".join(head + ["ERR", kind_of(e), msg]))
            return
        outs = r if isinstance(r, (list, tuple)) else [r]
        self.lines.append("\t".join(head + ["OK", ";".join(enc_array(o) for o in outs)]))

    def write(self):
        os.makedirs(OUT, exist_ok=True)
        with open(os.path.join(OUT, self.area + ".tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write(f"# generated by src/test/python/coverage_fixtures.py with NumPy {np.__version__}\n")
            for line in self.lines:
                f.write(line + "\n")
        print(f"{self.area}: {len(self.lines)} cases", file=sys.stderr)


def axis_param(axis):
    return "None" if axis is None else axis


# ---------------------------------------------------------------------------- data

RS = np.random.RandomState(20)


def floats(shape, nan_fraction=0.0, ties=False, rs=RS):
    x = rs.standard_normal(shape) * 10
    if ties:
        x = np.round(x)
    if nan_fraction:
        x[rs.random_sample(shape) < nan_fraction] = np.nan
    return x


def ints(shape, lo=-50, hi=50, rs=RS):
    return rs.randint(lo, hi, size=shape)


DTYPES = ["float64", "float32", "int64", "int32", "bool"]


def typed(x, dtype):
    if dtype == "bool":
        return np.asarray(x) > 0
    return np.asarray(x).astype(dtype)


# ---------------------------------------------------------------------------- order statistics

METHODS = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf",
           "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher",
           "midpoint", "nearest"]


def order_statistics():
    c = Cases("order_statistics")
    base = floats((4, 7), ties=True)
    nan = floats((5, 6), nan_fraction=0.2)
    nan[1, :] = np.nan  # an all-NaN row
    wide = floats((3, 4, 5))
    extremes = np.array([[-0.0, 0.0, np.inf, -np.inf, 1e308, -1e308, 5e-324],
                         [3.0, 1.0, 2.0, 2.0, 1.0, 3.0, 2.0]])
    big_int = np.array([2 ** 62, -(2 ** 62), 2 ** 62 + 1, 7, -9], dtype=np.int64)
    wrap32 = np.array([2 ** 31 - 1, -(2 ** 31), 5, -3], dtype=np.int32)
    inputs = {
        "base": base, "nan": nan, "wide": wide, "extremes": extremes,
    }
    # median: dtypes x axes x keepdims, NaN, empty, views
    for dt in DTYPES:
        for axis in [None, 0, 1, -1, (0, 1)]:
            for keep in ([False, True] if axis is not None else [False]):
                x = typed(base, dt)
                c.add("median", {"axis": axis_param(axis), "keepdims": keep}, {"a": x},
                      lambda a, axis=axis, keep=keep: np.median(a, axis=axis, keepdims=keep), tag=dt)
    for name in ["nan", "wide", "extremes"]:
        for axis in [None, 0, 1, -1] + ([(0, 2), (2, 0), (1, 2)] if name == "wide" else []):
            for op, fn in [("median", np.median), ("nanmedian", np.nanmedian)]:
                x = inputs[name]
                c.add(op, {"axis": axis_param(axis), "keepdims": False}, {"a": x},
                      lambda a, axis=axis, fn=fn: fn(a, axis=axis), tag=name)
    for dt in ["float32", "int32", "int64"]:
        c.add("nanmedian", {"axis": 1, "keepdims": True}, {"a": typed(nan if dt == "float32" else base, dt)},
              lambda a: np.nanmedian(a, axis=1, keepdims=True), tag=dt)
    c.add("median", {"axis": "None", "keepdims": False}, {"a": big_int}, lambda a: np.median(a), tag="bigint")
    c.add("median", {"axis": "None", "keepdims": False}, {"a": wrap32}, lambda a: np.median(a), tag="int32")
    for shape, axis in [((0,), None), ((0, 3), 0), ((0, 3), 1), ((3, 0), 1), ((3, 0), 0)]:
        for op, fn in [("median", np.median), ("nanmedian", np.nanmedian)]:
            for dt in ["float64", "float32", "int64"]:
                c.add(op, {"axis": axis_param(axis), "keepdims": False}, {"a": np.zeros(shape, dt)},
                      lambda a, axis=axis, fn=fn: fn(a, axis=axis), tag="empty")
    for view in ["::-1, ::2", "T", "1:, 5:0:-2"]:
        for op, fn in [("median", np.median), ("nanmedian", np.nanmedian)]:
            for axis in [None, 0, 1]:
                c.add(op, {"axis": axis_param(axis), "keepdims": False}, {"a": View(nan, view)},
                      lambda a, axis=axis, fn=fn: fn(a, axis=axis), tag="view")
    c.add("median", {"axis": 2, "keepdims": False}, {"a": base}, lambda a: np.median(a, axis=2), tag="axiserr")
    c.add("median", {"axis": "0,0", "keepdims": False}, {"a": base}, lambda a: np.median(a, axis=(0, 0)),
          tag="repeat")
    # one long lane of ties, and one with all-equal values
    # + 0.0 turns the -0.0 of rounding into 0.0: which zero NumPy's partition picks among equal
    # ones is not specified (ndvec orders -0.0 before 0.0)
    c.add("median", {"axis": "None", "keepdims": False}, {"a": np.round(floats((1201,))) + 0.0},
          lambda a: np.median(a), tag="long")
    c.add("median", {"axis": "None", "keepdims": False}, {"a": np.full(1000, 2.5)}, lambda a: np.median(a), tag="equal")

    # quantile/percentile families: every method, scalar (weak) and array q, dtypes, axes
    qs_scalar = [0.0, 0.3, 0.5, 0.75, 1.0, 0.01, 0.99]
    for fam in ["quantile", "percentile", "nanquantile", "nanpercentile"]:
        fn = getattr(np, fam)
        scale = 100.0 if "percentile" in fam else 1.0
        for method in METHODS:
            for dt in DTYPES:
                x = typed(base if not fam.startswith("nan") or dt != "float64" else nan, dt)
                for q in ([0.3, 0.5] if dt != "float64" else qs_scalar):
                    qv = q * scale
                    c.add(fam, {"q": qv, "axis": 1, "keepdims": False, "method": method}, {"a": x},
                          lambda a, qv=qv, method=method: fn(a, qv, axis=1, method=method), tag=dt)
                # array q: non-weak, result has q's axis first
                qa = np.array([0.0, 0.25, 0.5, 0.9, 1.0]) * scale
                c.add(fam, {"axis": 0, "keepdims": True, "method": method}, {"a": x, "q": qa},
                      lambda a, q, method=method: fn(a, q, axis=0, method=method, keepdims=True), tag=dt + "_qarr")
        # n = 1 and n = 2 lanes, all methods, every q edge
        for method in METHODS:
            for n in [1, 2, 3]:
                x = np.array([[5.5, -1.25, 3.0][:n]])
                qa = np.array([0.0, 0.1, 0.5, 0.6, 0.9, 1.0]) * scale
                c.add(fam, {"axis": 1, "keepdims": False, "method": method}, {"a": x, "q": qa},
                      lambda a, q, method=method: fn(a, q, axis=1, method=method), tag=f"n{n}")
        # axes, keepdims, views, NaN, 2-d q
        for axis in [None, 0, (0, 2), (2, 1), -1]:
            for keep in [False, True]:
                c.add(fam, {"q": 0.4 * scale, "axis": axis_param(axis), "keepdims": keep, "method": "linear"},
                      {"a": wide}, lambda a, axis=axis, keep=keep: fn(a, 0.4 * scale, axis=axis, keepdims=keep),
                      tag="wide")
        for view in ["::-1, ::2", "T"]:
            for axis in [None, 1]:
                c.add(fam, {"q": 0.7 * scale, "axis": axis_param(axis), "keepdims": False, "method": "linear"},
                      {"a": View(nan, view)}, lambda a, axis=axis: fn(a, 0.7 * scale, axis=axis), tag="view")
        q2 = np.array([[0.1, 0.2], [0.6, 1.0]]) * scale
        c.add(fam, {"axis": 1, "keepdims": False, "method": "linear"}, {"a": nan, "q": q2},
              lambda a, q: fn(a, q, axis=1), tag="q2d")
        c.add(fam, {"axis": 1, "keepdims": False, "method": "linear"}, {"a": nan, "q": np.zeros((1, 2, 2))},
              lambda a, q: fn(a, q, axis=1), tag="q3d")
        for bad in [-0.5, 1.5 * scale, float("nan")]:
            c.add(fam, {"q": bad, "axis": "None", "keepdims": False, "method": "linear"}, {"a": base},
                  lambda a, bad=bad: fn(a, bad), tag="badq")
        c.add(fam, {"q": 0.5 * scale, "axis": 3, "keepdims": False, "method": "linear"}, {"a": base},
              lambda a: fn(a, 0.5 * scale, axis=3), tag="axiserr")
        for shape, axis in [((0,), None), ((0, 3), 0), ((0, 3), 1), ((3, 0), 1)]:
            for dt in ["float64", "float32", "int32"]:
                c.add(fam, {"q": 0.5 * scale, "axis": axis_param(axis), "keepdims": False, "method": "linear"},
                      {"a": np.zeros(shape, dt)}, lambda a, axis=axis: fn(a, 0.5 * scale, axis=axis), tag="empty")
            c.add(fam, {"axis": axis_param(axis), "keepdims": True, "method": "lower"},
                  {"a": np.zeros(shape), "q": np.array([0.5 * scale, scale])},
                  lambda a, q, axis=axis: fn(a, q, axis=axis, keepdims=True, method="lower"), tag="empty_qarr")
        for x, tag in [(extremes, "extremes"), (big_int, "bigint"), (wrap32, "wrap32")]:
            for method in ["linear", "midpoint", "nearest", "hazen"]:
                c.add(fam, {"axis": "None", "keepdims": False, "method": method},
                      {"a": x, "q": np.array([0.0, 0.2, 0.5, 0.8, 1.0]) * scale},
                      lambda a, q, method=method: fn(a, q, method=method), tag=tag)
        c.add(fam, {"q": 0.37 * scale, "axis": "None", "keepdims": False, "method": "linear"},
              {"a": np.round(floats((1001,)))}, lambda a: fn(a, 0.37 * scale), tag="long")
    # lanes long enough for the parallel radix path (ndvec switches at 2^16): dtypes, NaN, ties
    for dt in ["float64", "float32", "int64", "int32"]:
        for nan_every in ([0, 101] if dt.startswith("float") else [0]):
            for n, mod in [(70001, 100003), (140000, 1000)]:
                x = Formula(n, 7919, mod, 7.0 if dt.startswith("float") else 1.0, mod // 2, nan_every, dt)
                c.add("median", {"axis": "None", "keepdims": False}, {"a": x}, lambda a: np.median(a), tag="radix")
                c.add("nanmedian", {"axis": "None", "keepdims": False}, {"a": x}, lambda a: np.nanmedian(a),
                      tag="radix")
                for fam in ["quantile", "nanquantile"]:
                    fn = getattr(np, fam)
                    for method in ["linear", "lower", "higher", "midpoint", "hazen", "inverted_cdf"]:
                        qa = np.array([0.0, 1e-6, 0.25, 0.5, 0.999999, 1.0])
                        c.add(fam, {"axis": "None", "keepdims": False, "method": method}, {"a": x, "q": qa},
                              lambda a, q, method=method, fn=fn: fn(a, q, method=method), tag="radix")
    c.add("median", {"axis": "None", "keepdims": False}, {"a": Formula(70000, 0, 7, 1.0, 2.5, 0, "float64")},
          lambda a: np.median(a), tag="radix_equal")
    c.write()


def statistics():
    """nanvar, nanstd, nanargmax, nanargmin, average. Float sums: NumPy's pairwise order (float32 in
    float32) against ndvec's compensated float64, so random floats carry ulps=4 (float64) or 2 (float32,
    NumPy's float32 rounding at each step lands within 2 ulp of the exact result for these sizes);
    small integers and dyadic weights make every sum exact and are compared bit for bit (no ulps)."""
    c = Cases("statistics")
    nan = floats((5, 6), nan_fraction=0.25)
    nan[2, :] = np.nan
    nan[:, 4] = np.nan
    small = ints((4, 5), -8, 8)
    wide = floats((3, 4, 5), nan_fraction=0.1)
    for fam in ["nanvar", "nanstd"]:
        fn = getattr(np, fam)
        for dt in ["float64", "float32", "int64", "int32", "bool"]:
            x = typed(nan if dt.startswith("float") else small, dt)
            for axis in [None, 0, 1, -1, (0, 1)]:
                for ddof in [0, 1, 5]:
                    for keep in ([False, True] if axis in (None, 1) else [False]):
                        params = {"axis": axis_param(axis), "keepdims": keep, "ddof": ddof}
                        if dt == "float64":
                            params["ulps"] = 4
                        elif dt == "float32":
                            params["ulps"] = 2
                        else:
                            params["ulps"] = 2  # ndvec's var of integers: compensated sums as well
                        c.add(fam, params, {"a": x},
                              lambda a, axis=axis, ddof=ddof, keep=keep, fn=fn: fn(a, axis=axis, ddof=ddof,
                                                                                   keepdims=keep), tag=dt)
        # dyadic values whose lane means are exact: every deviation and square is exact too
        exact = np.array([[1.0, np.nan, 3.0, 5.0, 2.0], [0.5, 0.25, np.nan, -1.0, 1.25]])
        for axis in [None, 0, 1]:
            c.add(fam, {"axis": axis_param(axis), "keepdims": False, "ddof": 0}, {"a": exact},
                  lambda a, axis=axis, fn=fn: fn(a, axis=axis), tag="exact")
        for view in ["::-1, ::2", "T", "1:, ::-3"]:
            c.add(fam, {"axis": 1, "keepdims": False, "ddof": 1, "ulps": 4}, {"a": View(nan, view)},
                  lambda a, fn=fn: fn(a, axis=1, ddof=1), tag="view")
        for axis in [(0, 2), (2, 1), None]:
            c.add(fam, {"axis": axis_param(axis), "keepdims": True, "ddof": 0, "ulps": 4}, {"a": wide},
                  lambda a, axis=axis, fn=fn: fn(a, axis=axis, keepdims=True), tag="wide")
        for shape, axis in [((0,), None), ((0, 3), 0), ((3, 0), 1), ((0, 3), 1)]:
            c.add(fam, {"axis": axis_param(axis), "keepdims": False, "ddof": 0}, {"a": np.zeros(shape)},
                  lambda a, axis=axis, fn=fn: fn(a, axis=axis), tag="empty")
        c.add(fam, {"axis": 2, "keepdims": False, "ddof": 0}, {"a": nan}, lambda a, fn=fn: fn(a, axis=2),
              tag="axiserr")
    argdata = np.array([[np.nan, 2.0, 7.0, 7.0], [-np.inf, np.nan, -np.inf, np.nan], [1.0, np.nan, 0.5, -2.0]])
    for fam in ["nanargmax", "nanargmin"]:
        fn = getattr(np, fam)
        for dt in ["float64", "float32", "int64", "int32", "bool"]:
            x = typed(argdata if dt.startswith("float") else small, dt)
            for axis in [None, 0, 1, -1]:
                for keep in [False, True]:
                    c.add(fam, {"axis": axis_param(axis), "keepdims": keep}, {"a": x},
                          lambda a, axis=axis, keep=keep, fn=fn: fn(a, axis=axis, keepdims=keep), tag=dt)
        for axis in [None, 0, 1]:
            c.add(fam, {"axis": axis_param(axis), "keepdims": False}, {"a": nan},
                  lambda a, axis=axis, fn=fn: fn(a, axis=axis), tag="allnan")
            c.add(fam, {"axis": axis_param(axis), "keepdims": False}, {"a": View(nan, "[:2, :4]" if False else ":2, 5::-1")},
                  lambda a, axis=axis, fn=fn: fn(a, axis=axis), tag="view")
        c.add(fam, {"axis": 1, "keepdims": False}, {"a": np.array([[np.nan, -np.inf], [np.nan, np.inf]])},
              lambda a, fn=fn: fn(a, axis=1), tag="inf")
        for shape, axis in [((0,), None), ((0, 3), 0), ((0, 3), 1), ((2, 0), 1), ((2, 0), 0)]:
            c.add(fam, {"axis": axis_param(axis), "keepdims": False}, {"a": np.zeros(shape)},
                  lambda a, axis=axis, fn=fn: fn(a, axis=axis), tag="empty")
        c.add(fam, {"axis": 3, "keepdims": False}, {"a": argdata}, lambda a, fn=fn: fn(a, axis=3), tag="axiserr")
    # average: weights of a's shape and of the axes' shape, returned, keepdims, dtypes
    w_full = RS.randint(0, 4, size=(4, 5)).astype(np.float64) / 4
    w_axis1 = np.array([0.5, 1.0, 0.0, 2.0, 0.25])
    w_axes = np.array([[1.0, 2.0, 0.5, 0.25, 1.0], [0.5, 0.5, 1.0, 2.0, 4.0], [1.0, 0.0, 0.0, 1.0, 1.0],
                       [2.0, 1.0, 1.0, 1.0, 0.5]])
    for dt in ["float64", "float32", "int64", "int32", "bool"]:
        x = typed(small, dt)
        for wdt in ["float64", "float32", "int64"]:
            for axis, w in [(None, w_full), (1, w_full), (0, w_full), (1, w_axis1), ((1, 0), w_axes.T), ((0, 1), w_axes)]:
                wv = (w * 4).astype(wdt) if wdt == "int64" else w.astype(wdt)
                for keep in [False, True]:
                    c.add("average", {"axis": axis_param(axis), "keepdims": keep, "returned": 1},
                          {"a": x, "weights": wv},
                          lambda a, weights, axis=axis, keep=keep: np.average(a, axis=axis, weights=weights,
                                                                              returned=True, keepdims=keep),
                          tag=dt + "_" + wdt)
        for axis in [None, 0, 1, (0, 1)]:
            c.add("average", {"axis": axis_param(axis), "keepdims": False, "returned": 1}, {"a": x},
                  lambda a, axis=axis: np.average(a, axis=axis, returned=True), tag=dt + "_noweights")
    rnd = floats((6, 7))
    rw = RS.random_sample((6, 7))
    for axis in [None, 0, 1]:
        c.add("average", {"axis": axis_param(axis), "keepdims": False, "returned": 1, "ulps": 4},
              {"a": rnd, "weights": rw}, lambda a, weights, axis=axis: np.average(a, axis=axis, weights=weights,
                                                                                  returned=True), tag="random")
        c.add("average", {"axis": axis_param(axis), "keepdims": False, "returned": 0, "ulps": 4},
              {"a": View(rnd, "::-1, ::2"), "weights": View(rw, "::2, 1::2")},
              lambda a, weights, axis=axis: np.average(a, axis=axis, weights=weights), tag="view")
    c.add("average", {"axis": "None", "keepdims": False, "returned": 0}, {"a": small, "weights": w_axis1},
          lambda a, weights: np.average(a, weights=weights), tag="noaxis")
    c.add("average", {"axis": 0, "keepdims": False, "returned": 0}, {"a": small, "weights": w_axis1},
          lambda a, weights: np.average(a, axis=0, weights=weights), tag="badshape")
    c.add("average", {"axis": 1, "keepdims": False, "returned": 0}, {"a": small, "weights": np.zeros(5)},
          lambda a, weights: np.average(a, axis=1, weights=weights), tag="zerosum")
    c.add("average", {"axis": 1, "keepdims": False, "returned": 0}, {"a": np.zeros((0, 3))},
          lambda a: np.average(a, axis=1), tag="empty")
    c.add("average", {"axis": "None", "keepdims": False, "returned": 1}, {"a": np.zeros((0, 3))},
          lambda a: np.average(a, returned=True), tag="empty")
    c.add("average", {"axis": 2, "keepdims": False, "returned": 0}, {"a": small},
          lambda a: np.average(a, axis=2), tag="axiserr")
    c.write()


def main():
    order_statistics()
    statistics()


if __name__ == "__main__":
    main()
