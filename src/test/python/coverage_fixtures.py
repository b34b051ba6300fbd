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
  kind     the Python exception: ValueError, TypeError, IndexError, AxisError, ZeroDivisionError,
           RuntimeError

An input used by several cases is written once, on a line "!  key  ARRAY" before the cases, and
referenced as name=$key.
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
        ZeroDivisionError: "ZeroDivisionError", RuntimeError: "RuntimeError"}


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
        self.defs = {}

    def ref(self, encoded):
        """A long input seen before is written once and referenced."""
        if len(encoded) < 120:
            return encoded
        if encoded not in self.defs:
            self.defs[encoded] = f"d{len(self.defs)}"
        return "$" + self.defs[encoded]

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
                enc_in.append(name + "=" + self.ref(enc_array(v.base, v.view)))
                arrays[name] = v.array()
            elif isinstance(v, Formula):
                enc_in.append(name + "=" + v.encode())
                arrays[name] = v.value
            else:
                enc_in.append(name + "=" + self.ref(enc_array(v)))
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
            for encoded, key in self.defs.items():
                f.write(f"!\t{key}\t{encoded}\n")
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


def binning():
    """histogram, bincount, digitize, searchsorted, isin, unique, intersect1d, union1d, setdiff1d.
    Weighted histograms with given edges sum random weights by NumPy's cumulative differences:
    compared within 2 ulps (ulps=2) because NumPy's unstable argsort may order equal values
    differently; every other case is compared bit for bit."""
    c = Cases("binning")
    data = floats((7, 9))
    data32 = data.astype(np.float32)
    ties = np.round(floats((50,))) / 4
    edge_hits = np.linspace(-3.0, 7.0, 41)  # values on and near the edges of range (-3, 7)
    edge_hits = np.concatenate([edge_hits, np.nextafter(edge_hits, np.inf), np.nextafter(edge_hits, -np.inf)])
    w = RS.random_sample((7, 9))
    for dt in ["float64", "float32", "int64", "int32", "bool"]:
        x = typed(data, dt)
        for bins in [1, 3, 10, 17]:
            c.add("histogram", {"bins": bins, "range": "None", "density": False}, {"a": x},
                  lambda a, bins=bins: np.histogram(a, bins), tag=dt)
        for rng in [(-5.0, 5.0), (0.1, 0.7), (-20.0, 33.3), (2.0, 2.0)]:
            c.add("histogram", {"bins": 8, "range": list(rng), "density": False}, {"a": x},
                  lambda a, rng=rng: np.histogram(a, 8, range=rng), tag=dt + "_range")
        c.add("histogram", {"bins": 5, "range": "None", "density": True}, {"a": x},
              lambda a: np.histogram(a, 5, density=True), tag=dt + "_density")
        for wdt in ["float64", "float32", "int64"]:
            wv = (w * 8).astype(wdt) if wdt == "int64" else w.astype(wdt)
            c.add("histogram", {"bins": 6, "range": "None", "density": False}, {"a": x, "weights": wv},
                  lambda a, weights: np.histogram(a, 6, weights=weights), tag=dt + "_w" + wdt)
    for dt in ["float64", "float32"]:
        for bins in [10, 40, 7]:
            c.add("histogram", {"bins": bins, "range": [-3.0, 7.0], "density": False}, {"a": edge_hits.astype(dt)},
                  lambda a, bins=bins: np.histogram(a, bins, range=(-3.0, 7.0)), tag=dt + "_edges")
            c.add("histogram", {"bins": bins, "range": "None", "density": False}, {"a": edge_hits.astype(dt)},
                  lambda a, bins=bins: np.histogram(a, bins), tag=dt + "_edges")
    c.add("histogram", {"bins": 4, "range": "None", "density": False}, {"a": np.array([2.5, 2.5, 2.5])},
          lambda a: np.histogram(a, 4), tag="onevalue")
    c.add("histogram", {"bins": 4, "range": "None", "density": False}, {"a": np.array([7, 7], np.int32)},
          lambda a: np.histogram(a, 4), tag="onevalue_int")
    c.add("histogram", {"bins": 4, "range": "None", "density": False},
          {"a": np.array([1.5, 1.5], np.float32)}, lambda a: np.histogram(a, 4), tag="onevalue_f32")
    c.add("histogram", {"bins": 4, "range": "None", "density": False},
          {"a": np.array([-2 ** 62, 2 ** 62, 5])}, lambda a: np.histogram(a, 4), tag="bigint")
    c.add("histogram", {"bins": 3, "range": "None", "density": False}, {"a": np.zeros(0)},
          lambda a: np.histogram(a, 3), tag="empty")
    c.add("histogram", {"bins": 3, "range": "None", "density": False}, {"a": np.zeros(0, np.float32)},
          lambda a: np.histogram(a, 3), tag="empty")
    c.add("histogram", {"bins": 3, "range": "None", "density": False}, {"a": View(data, "::-2, 1::3")},
          lambda a: np.histogram(a, 3), tag="view")
    c.add("histogram", {"bins": 3, "range": "None", "density": False},
          {"a": np.array([0.0, 1.7976931348623157e308, -1.7976931348623157e308])},
          lambda a: np.histogram(a, 3), tag="overflow")
    c.add("histogram", {"bins": 3, "range": "None", "density": False}, {"a": np.array([1.0, np.nan])},
          lambda a: np.histogram(a, 3), tag="nan")
    c.add("histogram", {"bins": 3, "range": "None", "density": False}, {"a": np.array([1.0, np.inf])},
          lambda a: np.histogram(a, 3), tag="inf")
    c.add("histogram", {"bins": 3, "range": "None", "density": False}, {"a": np.array([1.0, np.inf], np.float32)},
          lambda a: np.histogram(a, 3), tag="inf32")
    c.add("histogram", {"bins": 3, "range": [0.0, 2.0], "density": False}, {"a": np.array([1.0, np.nan, np.inf])},
          lambda a: np.histogram(a, 3, range=(0.0, 2.0)), tag="nan_range")
    c.add("histogram", {"bins": 0, "range": "None", "density": False}, {"a": data},
          lambda a: np.histogram(a, 0), tag="zero")
    c.add("histogram", {"bins": 3, "range": [2.0, 1.0], "density": False}, {"a": data},
          lambda a: np.histogram(a, 3, range=(2.0, 1.0)), tag="badrange")
    c.add("histogram", {"bins": 3, "range": [0.0, float("inf")], "density": False}, {"a": data},
          lambda a: np.histogram(a, 3, range=(0.0, float("inf"))), tag="infrange")
    c.add("histogram", {"bins": 3, "range": "None", "density": False}, {"a": data, "weights": w[:, :3]},
          lambda a, weights: np.histogram(a, 3, weights=weights), tag="badweights")
    c.add("histogram", {"bins": 1000, "range": [0.0, 1e-310], "density": False}, {"a": data},
          lambda a: np.histogram(a, 1000, range=(0.0, 1e-310)), tag="toomany")
    edges = np.array([-10.0, -2.5, 0.0, 0.0, 1.0, 4.75, 20.0])
    for dt in ["float64", "float32", "int64", "int32"]:
        x = typed(data, dt)
        for e in [edges, edges.astype(np.float32), np.array([-5, 0, 3, 10]), np.array([1.0])]:
            c.add("histogram_edges", {"density": False}, {"a": x, "edges": e},
                  lambda a, edges: np.histogram(a, bins=edges), tag=dt)
        for wdt in ["float64", "float32", "int64"]:
            wv = (w * 8).astype(wdt) if wdt == "int64" else w.astype(wdt)
            c.add("histogram_edges", {"density": False, "ulps": 2}, {"a": x, "edges": edges, "weights": wv},
                  lambda a, edges, weights: np.histogram(a, bins=edges, weights=weights), tag=dt + "_w" + wdt)
        c.add("histogram_edges", {"density": True}, {"a": x, "edges": edges},
              lambda a, edges: np.histogram(a, bins=edges, density=True), tag=dt + "_density")
    c.add("histogram_edges", {"density": False}, {"a": ties, "edges": np.array([-2.0, -0.5, 0.0, 0.25, 3.0])},
          lambda a, edges: np.histogram(a, bins=edges), tag="ties")
    c.add("histogram_edges", {"density": False}, {"a": np.array([1.0, np.nan, 5.0]), "edges": np.array([0.0, 2.0, 5.0])},
          lambda a, edges: np.histogram(a, bins=edges), tag="nan")
    c.add("histogram_edges", {"density": False}, {"a": data, "edges": np.array([0.0, 2.0, 1.0])},
          lambda a, edges: np.histogram(a, bins=edges), tag="nonmono")
    c.add("histogram_edges", {"density": False}, {"a": data, "edges": np.zeros((2, 2))},
          lambda a, edges: np.histogram(a, bins=edges), tag="2d")

    counts = RS.randint(0, 12, size=40)
    for dt in ["int64", "int32", "bool"]:
        x = typed(counts, dt) if dt != "bool" else counts > 5
        for minlength in [0, 5, 20]:
            c.add("bincount", {"minlength": minlength}, {"x": x}, lambda x, minlength=minlength: np.bincount(x, minlength=minlength),
                  tag=dt)
        for wdt in ["float64", "float32", "int64"]:
            wv = RS.random_sample(40).astype(wdt) if wdt != "int64" else RS.randint(-5, 5, 40)
            c.add("bincount", {"minlength": 3}, {"x": x, "weights": wv},
                  lambda x, weights: np.bincount(x, weights=weights, minlength=3), tag=dt + "_w" + wdt)
    c.add("bincount", {"minlength": 0}, {"x": View(np.arange(20) % 7, "::-3")}, lambda x: np.bincount(x), tag="view")
    c.add("bincount", {"minlength": 4}, {"x": np.zeros(0, np.int64)}, lambda x: np.bincount(x, minlength=4), tag="empty")
    c.add("bincount", {"minlength": 2}, {"x": np.zeros(0, np.int64), "weights": np.zeros(0)},
          lambda x, weights: np.bincount(x, weights=weights, minlength=2), tag="empty")
    c.add("bincount", {"minlength": 0}, {"x": np.array([1.0, 2.0])}, lambda x: np.bincount(x), tag="float")
    c.add("bincount", {"minlength": 0}, {"x": np.array([1, -1])}, lambda x: np.bincount(x), tag="negative")
    c.add("bincount", {"minlength": -1}, {"x": np.array([1, 2])}, lambda x: np.bincount(x, minlength=-1), tag="minlength")
    c.add("bincount", {"minlength": 0}, {"x": np.zeros((2, 2), np.int64)}, lambda x: np.bincount(x), tag="2d")
    c.add("bincount", {"minlength": 0}, {"x": np.array(3)}, lambda x: np.bincount(x), tag="0d")
    c.add("bincount", {"minlength": 0}, {"x": np.array([1, 2]), "weights": np.ones(3)},
          lambda x, weights: np.bincount(x, weights=weights), tag="badweights")
    c.add("bincount", {"minlength": 0}, {"x": Formula(100000, 7919, 1000, 1.0, 0.0, 0, "int64")},
          lambda x: np.bincount(x), tag="long")

    inc = np.array([-3.0, -1.0, 0.0, 0.0, 2.5, 4.0])
    for dt in ["float64", "float32", "int64", "int32"]:
        x = typed(np.concatenate([ties, [np.nan, -0.0, np.inf]]) if dt.startswith("float") else np.round(ties), dt)
        for bins in [inc, inc[::-1].copy(), np.array([1, 1, 1]), np.array([5, 1, 1, -2]), np.array([], np.float64),
                     np.array([0.0, np.nan, 2.0]), np.array([1.0, 0.0, 2.0])]:
            for right in [False, True]:
                c.add("digitize", {"right": right}, {"x": x, "bins": bins},
                      lambda x, bins, right=right: np.digitize(x, bins, right=right), tag=dt)
    c.add("digitize", {"right": False}, {"x": View(data, "::2, ::-3"), "bins": inc},
          lambda x, bins: np.digitize(x, bins), tag="view")
    c.add("digitize", {"right": False}, {"x": data, "bins": np.zeros((2, 2))},
          lambda x, bins: np.digitize(x, bins), tag="2d")
    c.add("digitize", {"right": False}, {"x": data, "bins": np.array(1.0)},
          lambda x, bins: np.digitize(x, bins), tag="0d")

    sorted_f = np.sort(np.concatenate([ties, [np.nan, np.nan]]))
    needles = np.array([-100.0, -0.0, 0.0, 0.25, 1.0, np.nan, np.inf, -np.inf, 2.75])
    for a_dt in ["float64", "float32", "int64", "int32"]:
        hay = typed(sorted_f if a_dt.startswith("float") else np.sort(np.round(ties)), a_dt)
        for v_dt in ["float64", "int64", "int32", "bool"]:
            v = typed(needles if v_dt == "float64" else np.array([-3, 0, 1, 2, 100]), v_dt)
            for right in [False, True]:
                c.add("searchsorted", {"right": right}, {"a": hay, "v": v},
                      lambda a, v, right=right: np.searchsorted(a, v, side="right" if right else "left"),
                      tag=a_dt + "_" + v_dt)
    unsorted = floats((30,), ties=True)
    sorter = np.argsort(unsorted, kind="stable")
    for right in [False, True]:
        c.add("searchsorted", {"right": right}, {"a": unsorted, "v": needles.reshape(3, 3), "sorter": sorter},
              lambda a, v, sorter, right=right: np.searchsorted(a, v, side="right" if right else "left", sorter=sorter),
              tag="sorter")
        c.add("searchsorted", {"right": right}, {"a": View(sorted_f, "::-1")[::1] if False else View(sorted_f[::-1].copy(), "::-1"),
                                                  "v": View(needles.reshape(3, 3), "T")},
              lambda a, v, right=right: np.searchsorted(a, v, side="right" if right else "left"), tag="view")
    words = np.array(["apple", "b", "banana", "cherry", "\u00e9t\u00e9", "\U0001f600", "zz"])
    c.add("searchsorted", {"right": False}, {"a": np.sort(words), "v": np.array(["", "b", "ba", "\uffff", "\U0001f600x"])},
          lambda a, v: np.searchsorted(a, v), tag="strings")
    c.add("searchsorted", {"right": False}, {"a": np.zeros((2, 2)), "v": needles},
          lambda a, v: np.searchsorted(a, v), tag="2d")
    c.add("searchsorted", {"right": False}, {"a": np.array(1.0), "v": needles},
          lambda a, v: np.searchsorted(a, v), tag="0d")
    c.add("searchsorted", {"right": False}, {"a": unsorted, "v": needles, "sorter": sorter[:5]},
          lambda a, v, sorter: np.searchsorted(a, v, sorter=sorter), tag="sortersize")
    c.add("searchsorted", {"right": False}, {"a": unsorted, "v": needles, "sorter": sorter.astype(float)},
          lambda a, v, sorter: np.searchsorted(a, v, sorter=sorter), tag="sorterfloat")

    el = np.array([[1.0, np.nan, -0.0, 3.0], [2.0, 7.0, np.inf, 1.0]])
    tests = np.array([0.0, np.nan, 1.0, np.inf, 9.0])
    for e_dt in ["float64", "float32", "int64", "int32", "bool"]:
        for t_dt in ["float64", "int64", "int32", "bool"]:
            e = typed(el if e_dt.startswith("float") else np.nan_to_num(el, posinf=5), e_dt)
            t = typed(tests if t_dt == "float64" else np.array([0, 1, 2, 5]), t_dt)
            for invert in [False, True]:
                c.add("isin", {"invert": invert}, {"element": e, "test": t},
                      lambda element, test, invert=invert: np.isin(element, test, invert=invert), tag=e_dt + "_" + t_dt)
    c.add("isin", {"invert": False}, {"element": np.array(["a", "bb", ""]), "test": np.array(["bb", "", "c"])},
          lambda element, test: np.isin(element, test), tag="strings")
    c.add("isin", {"invert": False}, {"element": np.array(["a", "1"]), "test": np.array([1, 2])},
          lambda element, test: np.isin(element, test), tag="mixed")
    c.add("isin", {"invert": False}, {"element": View(el, "::-1, 1::2"), "test": tests},
          lambda element, test: np.isin(element, test), tag="view")

    def uniq(a, axis=None, equal_nan=True):
        return list(np.unique(a, return_index=True, return_inverse=True, return_counts=True, axis=axis,
                              equal_nan=equal_nan))

    udata = np.array([[1.0, np.nan, 2.0], [np.nan, 1.0, 2.0], [1.0, np.nan, 2.0], [0.0, -0.0, 5.0]])
    rows = np.array([[3, 1, 3], [1, 3, 1], [3, 1, 3], [0, 0, 0]])
    for dt in ["float64", "float32", "int64", "int32", "bool"]:
        x = typed(rows, dt)
        for axis in [None, 0, 1, -1]:
            c.add("unique", {"axis": axis_param(axis), "equal_nan": True}, {"a": x},
                  lambda a, axis=axis: uniq(a, axis), tag=dt)
    for axis in [None, 0, 1]:
        for eq in [True, False]:
            c.add("unique", {"axis": axis_param(axis), "equal_nan": eq}, {"a": udata},
                  lambda a, axis=axis, eq=eq: uniq(a, axis, eq), tag="nan")
    strs = np.array([["b", "a", "b"], ["ab", "", "\U0001f600"], ["b", "a", "b"]])
    for axis in [None, 0, 1]:
        c.add("unique", {"axis": axis_param(axis), "equal_nan": True}, {"a": strs}, lambda a, axis=axis: uniq(a, axis),
              tag="strings")
    for shape, axis in [((0, 3), 0), ((3, 0), 0), ((0, 3), 1), ((0,), "None")]:
        c.add("unique", {"axis": axis, "equal_nan": True}, {"a": np.zeros(shape)},
              lambda a, axis=axis: uniq(a, None if axis == "None" else axis), tag="empty")
    c.add("unique", {"axis": 0, "equal_nan": True}, {"a": View(rows, "::-1, ::2")}, lambda a: uniq(a, 0), tag="view")
    c.add("unique", {"axis": 2, "equal_nan": True}, {"a": rows}, lambda a: uniq(a, 2), tag="axiserr")

    s1 = np.array([3.0, 1.0, np.nan, 2.0, 1.0, 0.0, np.nan])
    s2 = np.array([[np.nan, -0.0], [2.0, 5.0], [2.0, 1.0]])
    for d1 in ["float64", "int64", "int32", "bool"]:
        for d2 in ["float64", "float32", "int64"]:
            a = typed(s1 if d1 == "float64" else np.array([3, 1, 4, 2, 1, 0, 4]), d1)
            b = typed(s2 if d2.startswith("float") else np.array([[4, 0], [2, 5], [2, 1]]), d2)
            c.add("intersect1d", {"assume_unique": False}, {"a": a, "b": b},
                  lambda a, b: list(np.intersect1d(a, b, return_indices=True)), tag=d1 + "_" + d2)
            # which of -0.0 and 0.0 np.unique keeps is its sort's choice (x86-simd-sort here): + 0.0
            # leaves one zero; intersect1d (return_indices: a stable sort) keeps the -0.0 above
            b0 = b + np.zeros((), b.dtype) if b.dtype.kind == "f" else b
            c.add("union1d", {}, {"a": a, "b": b0}, lambda a, b: np.union1d(a, b), tag=d1 + "_" + d2)
            c.add("setdiff1d", {"assume_unique": False}, {"a": a, "b": b0}, lambda a, b: np.setdiff1d(a, b),
                  tag=d1 + "_" + d2)
    ua = np.array([5, 3, 9, 1])
    ub = np.array([1, 4, 5, 7])
    c.add("intersect1d", {"assume_unique": True}, {"a": ua, "b": ub},
          lambda a, b: list(np.intersect1d(a, b, assume_unique=True, return_indices=True)), tag="assume")
    c.add("intersect1d", {"assume_unique": True}, {"a": np.array([1, 1, 2]), "b": np.array([1, 3])},
          lambda a, b: list(np.intersect1d(a, b, assume_unique=True, return_indices=True)), tag="assume_repeat")
    c.add("setdiff1d", {"assume_unique": True}, {"a": ua, "b": ub},
          lambda a, b: np.setdiff1d(a, b, assume_unique=True), tag="assume")
    c.add("intersect1d", {"assume_unique": False}, {"a": np.array(["b", "a", "c"]), "b": np.array(["c", "b", "d"])},
          lambda a, b: list(np.intersect1d(a, b, return_indices=True)), tag="strings")
    c.add("union1d", {}, {"a": np.array(["b", "a"]), "b": np.array(["c", "bb"])}, lambda a, b: np.union1d(a, b),
          tag="strings")
    c.add("setdiff1d", {"assume_unique": False}, {"a": np.array(["b", "a", "b"]), "b": np.array(["a"])},
          lambda a, b: np.setdiff1d(a, b), tag="strings")
    c.add("union1d", {}, {"a": View(s2, "::-1, ::-1"), "b": np.zeros(0)}, lambda a, b: np.union1d(a, b), tag="view")
    c.write()


def linalg_helpers():
    """cov, corrcoef, trace, diagonal, diag, triu, tril, tri, kron, einsum. cov and corrcoef multiply
    through ndvec's GEMM and average with ndvec's sums (NumPy: OpenBLAS and pairwise sums): compared
    within 8 ulps or an absolute 1e-12 (entries that cancel to near zero, data of scale 10); float
    traces and einsum sums within 4 ulps; integer data, views and products bit for bit."""
    c = Cases("linalg_helpers")
    m = floats((3, 8))
    obs = floats((9, 4))
    tol = {"ulps": 8, "atol": 1e-12}
    for dt in ["float64", "float32", "int64", "int32", "bool"]:
        x = typed(m, dt)
        for rowvar in [True, False]:
            for bias, ddof in [(False, "None"), (True, "None"), (False, 0), (False, 2), (True, 3)]:
                p = dict(tol, rowvar=rowvar, bias=bias, ddof=ddof)
                c.add("cov", p, {"m": x}, lambda m, rowvar=rowvar, bias=bias, ddof=ddof: np.cov(
                    m, rowvar=rowvar, bias=bias, ddof=None if ddof == "None" else ddof), tag=dt)
        c.add("corrcoef", dict(tol, rowvar=True), {"x": x}, lambda x: np.corrcoef(x), tag=dt)
        c.add("corrcoef", dict(tol, rowvar=False), {"x": typed(obs, dt)}, lambda x: np.corrcoef(x, rowvar=False), tag=dt)
    fw = np.array([1, 2, 0, 3, 1, 1, 4, 2])
    aw = RS.random_sample(8)
    for ddof in ["None", 0, 1, 2]:
        for which in ["f", "a", "fa"]:
            ins = {"m": m}
            if "f" in which:
                ins["fweights"] = fw
            if "a" in which:
                ins["aweights"] = aw
            c.add("cov", dict(tol, rowvar=True, bias=False, ddof=ddof), ins,
                  lambda m, fweights=None, aweights=None, ddof=ddof: np.cov(
                      m, ddof=None if ddof == "None" else ddof, fweights=fweights, aweights=aweights), tag="w" + which)
    y = floats((2, 8))
    c.add("cov", dict(tol, rowvar=True, bias=False, ddof="None"), {"m": m, "y": y}, lambda m, y: np.cov(m, y), tag="y")
    c.add("cov", dict(tol, rowvar=False, bias=False, ddof="None"), {"m": obs, "y": floats((9, 2))},
          lambda m, y: np.cov(m, y, rowvar=False), tag="y")
    c.add("corrcoef", dict(tol, rowvar=True), {"x": m, "y": y}, lambda x, y: np.corrcoef(x, y), tag="y")
    c.add("cov", dict(tol, rowvar=True, bias=False, ddof="None"), {"m": m[0]}, lambda m: np.cov(m), tag="1d")
    c.add("corrcoef", dict(tol, rowvar=True), {"x": m[0]}, lambda x: np.corrcoef(x), tag="1d")
    c.add("cov", dict(tol, rowvar=True, bias=False, ddof="None"), {"m": View(m, "::-1, ::2")},
          lambda m: np.cov(m), tag="view")
    c.add("cov", dict(tol, rowvar=True, bias=False, ddof="None"), {"m": np.array([[1.0, 2.0]])},
          lambda m: np.cov(m), tag="dof")
    c.add("cov", dict(tol, rowvar=True, bias=False, ddof=5), {"m": np.array([[1.0, 2.0]])},
          lambda m: np.cov(m, ddof=5), tag="dof")
    c.add("cov", dict(tol, rowvar=True, bias=False, ddof="None"), {"m": np.zeros((0, 3))}, lambda m: np.cov(m),
          tag="empty")
    c.add("cov", dict(tol, rowvar=True, bias=False, ddof="None"), {"m": np.zeros((2, 2, 2))}, lambda m: np.cov(m),
          tag="3d")
    for bad, tag in [(np.array([1.5] * 8), "fnonint"), (np.array([1] * 7), "fcount"), (np.array([[1] * 8]), "f2d"),
                     (np.array([-1] + [1] * 7), "fneg")]:
        c.add("cov", dict(tol, rowvar=True, bias=False, ddof="None"), {"m": m, "fweights": bad},
              lambda m, fweights: np.cov(m, fweights=fweights), tag=tag)
    for bad, tag in [(np.array([1.0] * 7), "acount"), (np.array([-1.0] + [1.0] * 7), "aneg")]:
        c.add("cov", dict(tol, rowvar=True, bias=False, ddof="None"), {"m": m, "aweights": bad},
              lambda m, aweights: np.cov(m, aweights=aweights), tag=tag)

    sq = ints((4, 5))
    cube = ints((3, 4, 5))
    for dt in ["float64", "float32", "int64", "int32", "bool"]:
        for x, tag in [(sq, "2d"), (cube, "3d")]:
            xx = typed(x if not dt.startswith("float") else floats(x.shape), dt)
            for off, a1, a2 in [(0, 0, 1), (1, 0, 1), (-2, 0, 1), (0, 1, 0), (2, -1, 0), (7, 0, 1), (-9, 0, 1)]:
                if tag == "3d" or a1 in (0, 1, -1) and a2 in (0, 1):
                    p = {"offset": off, "axis1": a1, "axis2": a2}
                    c.add("diagonal", p, {"a": xx}, lambda a, off=off, a1=a1, a2=a2: np.diagonal(a, off, a1, a2),
                          tag=dt + tag)
                    c.add("trace", dict(p, ulps=4), {"a": xx}, lambda a, off=off, a1=a1, a2=a2: np.trace(a, off, a1, a2),
                          tag=dt + tag)
            if tag == "3d":
                c.add("trace", {"offset": 0, "axis1": 2, "axis2": 1, "ulps": 4}, {"a": xx},
                      lambda a: np.trace(a, 0, 2, 1), tag=dt)
    for err in [(0, 0, 0), (0, 2, 0), (0, 0, -3)]:
        p = {"offset": err[0], "axis1": err[1], "axis2": err[2]}
        c.add("diagonal", p, {"a": sq}, lambda a, err=err: np.diagonal(a, *err), tag="err")
        c.add("trace", p, {"a": sq}, lambda a, err=err: np.trace(a, *err), tag="err")
    c.add("diagonal", {"offset": 0, "axis1": 0, "axis2": 1}, {"a": np.arange(3)}, lambda a: np.diagonal(a), tag="1d")
    c.add("trace", {"offset": 0, "axis1": 0, "axis2": 1}, {"a": np.arange(3)}, lambda a: np.trace(a), tag="1d")
    c.add("diagonal", {"offset": 1, "axis1": 0, "axis2": 1}, {"a": View(sq, "::-1, 1::2")},
          lambda a: np.diagonal(a, 1), tag="view")
    for v, tag in [(np.arange(4), "1d"), (np.arange(4.0), "1df"), (sq, "2d"), (np.array([True, False]), "bool"),
                   (np.zeros(0), "empty"), (View(sq, "T"), "view")]:
        for k in [0, 1, -2, 6]:
            c.add("diag", {"k": k}, {"v": v}, lambda v, k=k: np.diag(v, k), tag=tag)
    c.add("diag", {"k": 0}, {"v": cube}, lambda v: np.diag(v), tag="3d")
    c.add("diag", {"k": 0}, {"v": np.array(3.0)}, lambda v: np.diag(v), tag="0d")
    for dt in ["float64", "float32", "int64", "int32", "bool"]:
        for x, tag in [(sq, "2d"), (cube, "3d"), (np.arange(1, 5), "1d")]:
            for k in [0, 1, -1, 3, -5]:
                c.add("triu", {"k": k}, {"m": typed(x, dt)}, lambda m, k=k: np.triu(m, k), tag=dt + tag)
                c.add("tril", {"k": k}, {"m": typed(x, dt)}, lambda m, k=k: np.tril(m, k), tag=dt + tag)
    c.add("triu", {"k": 0}, {"m": View(cube, "::-1, ::2, 1:")}, lambda m: np.triu(m), tag="view")
    for n, mm, k in [(3, 4, 0), (4, 2, -1), (2, 5, 2), (0, 3, 0)]:
        c.add("tri", {"n": n, "m": mm, "k": k}, {}, lambda n=n, mm=mm, k=k: np.tri(n, mm, k, dtype=bool), tag="")
    ka = ints((2, 3), -3, 4)
    kb = ints((3, 2), -3, 4)
    for da in ["float64", "float32", "int64", "int32", "bool"]:
        for db in ["float64", "int32", "bool"]:
            a = typed(ka if da != "float64" else floats((2, 3)), da)
            b = typed(kb if db != "float64" else floats((3, 2)), db)
            c.add("kron", {}, {"a": a, "b": b}, lambda a, b: np.kron(a, b), tag=da + "_" + db)
    for a, b, tag in [(np.arange(3), ints((2, 2)), "1d2d"), (ints((2, 2, 2)), np.arange(3), "3d1d"),
                      (np.array(2.5), ints((2, 3)), "0d"), (View(ints((3, 4)), "::-1, ::2"), np.arange(2), "view"),
                      (np.zeros((0, 2)), ints((2, 3)), "empty")]:
        c.add("kron", {}, {"a": a, "b": b}, lambda a, b: np.kron(a, b), tag=tag)

    A = ints((2, 3), -5, 6)
    B = ints((3, 4), -5, 6)
    S = ints((3, 3), -5, 6)
    V3 = ints((3,), -5, 6)
    V4 = ints((4,), -5, 6)
    BA = ints((5, 2, 3), -5, 6)
    BB = ints((5, 3, 4), -5, 6)
    T3 = ints((2, 3, 4), -5, 6)
    exprs = [
        ("ij,jk->ik", [A, B]), ("ij,jk", [A, B]), ("ik,kj->ij", [A, B]), ("bij,bjk->bik", [BA, BB]),
        ("bij,bjk->bki", [BA, BB]), ("ij->ji", [A]), ("ij", [A]), ("ji", [A]), ("ii", [S]), ("ii->i", [S]),
        ("ij->", [A]), ("ij->i", [A]), ("ij->j", [A]), ("i,j->ij", [V3, V4]), ("i,j", [V3, V4]), ("i,i->", [V3, V3]),
        ("i,i", [V3, V3]), ("i,i->i", [V3, V3]), ("ij,j->i", [B.T, V3]), ("ij,ij->ij", [A, A]), ("ij,ij->", [A, A]),
        ("ijk->kji", [T3]), ("ijk->j", [T3]), ("ijk,ikl->ijl", [T3, ints((2, 4, 5), -5, 6)]), ("...ij->...ji", [T3]),
        ("...ij,...jk->...ik", [BA, BB]), ("ij...,jk...->ik...", [T3, ints((3, 5, 4), -5, 6)]), ("i...->...", [T3]),
        ("ij,jk,kl->il", [A, B, ints((4, 2), -5, 6)]), ("ij,jk,kl", [A, B, ints((4, 2), -5, 6)]), ("", [np.array(3)]),
        (",->", [np.array(2), np.array(5)]), ("i,->i", [V3, np.array(4)]), ("bi,bi->b", [ints((4, 3)), ints((4, 3))]),
        ("iij->j", [ints((3, 3, 2))]), ("ijj", [ints((2, 3, 3))]), ("Ab,bC->AC", [A, B]), ("ij , jk -> ik", [A, B]),
        ("ij,kj->ik", [A, ints((4, 3))]), ("ij,jk->ik", [ints((2, 1)), ints((3, 4))]),
        ("ij,ij->ij", [ints((2, 3)), ints((1, 3))]), ("ij,jk->ik", [np.zeros((2, 0)), np.zeros((0, 3))]),
    ]
    for sub, ops in exprs:
        for dt in ["int64", "float64", "int32", "bool", "float32"]:
            ins = {f"op{i}": typed(o if not dt.startswith("float") else o + 0.25, dt) for i, o in enumerate(ops)}
            p = {"subscripts": urllib.parse.quote(sub, safe=""), "n": len(ops)}
            if dt.startswith("float"):
                p["ulps"] = 4
            c.add("einsum", p, ins, lambda sub=sub, **kw: np.einsum(sub, *[kw[f"op{i}"] for i in range(len(kw))]),
                  tag=dt)
    mixed = [("ij,jk->ik", [A.astype(np.int32), B.astype(np.float32)]), ("ij,jk->ik", [A > 0, B.astype(np.int32)]),
             ("i,i->", [V3.astype(np.float32), V3.astype(np.int64)]), ("ij->ji", [View(S, "::-1, ::2")]),
             ("ij,jk->ik", [View(ints((3, 4)), "::-1, :3").array() if False else View(ints((3, 4)), "::-1, :3"), View(B, "::-1")])]
    for sub, ops in mixed:
        ins = {f"op{i}": o for i, o in enumerate(ops)}
        c.add("einsum", {"subscripts": urllib.parse.quote(sub, safe=""), "n": len(ops), "ulps": 4}, ins,
              lambda sub=sub, **kw: np.einsum(sub, *[kw[f"op{i}"] for i in range(len(kw))]), tag="mixed")
    bad = [("ij,jk->ik", [A, ints((4, 5))]), ("ij,jk->ik", [A, B, B]), ("ij,jk,kl->il", [A, B]), ("i1,jk->ik", [A, B]),
           ("ijk,jk->ik", [A, B]), ("i,jk->ik", [A, B]), ("ij,jk->ix", [A, B]), ("ij,jk->ii", [A, B]),
           ("ij,jk->ik->", [A, B]), ("ii", [A]), ("i.j", [A]), ("ij-", [A]), ("i,i", [V3, V4]),
           ("...ij,...jk->ik", [BA, BB]), ("ij->i.", [A]), ("ij,jk->ik", [T3, B]), ("bij,bjk->bik", [BA, ints((4, 3, 4))])]
    for sub, ops in bad:
        ins = {f"op{i}": o for i, o in enumerate(ops)}
        c.add("einsum", {"subscripts": urllib.parse.quote(sub, safe=""), "n": len(ops)}, ins,
              lambda sub=sub, **kw: np.einsum(sub, *[kw[f"op{i}"] for i in range(len(kw))]), tag="err")
    c.write()


def arrays():
    """diff, gradient, interp, meshgrid, lexsort, concatenate(axis=None), pad in every mode. All bit
    for bit, but pad's mean mode on random floats: ndvec's mean is correctly rounded, NumPy's float32
    mean accumulates in float32, so means that cancel to near 0 differ by its rounding error (atol
    1e-5 for float32 data of scale 10, 1e-13 for float64)."""
    c = Cases("arrays")
    x = ints((4, 6), -20, 20)
    fx = floats((4, 6))
    for dt in ["float64", "float32", "int64", "int32", "bool"]:
        a = typed(x if not dt.startswith("float") else fx, dt)
        for n, axis in [(1, -1), (2, 0), (3, 1), (0, 0), (6, 1), (7, 1)]:
            c.add("diff", {"n": n, "axis": axis}, {"a": a}, lambda a, n=n, axis=axis: np.diff(a, n, axis), tag=dt)
        c.add("diff", {"n": 1, "axis": 0}, {"a": a, "prepend": typed(np.array(3), dt), "append": typed(x[:2], dt)},
              lambda a, prepend, append: np.diff(a, 1, 0, prepend=prepend, append=append), tag=dt + "_pa")
    c.add("diff", {"n": 1, "axis": 0}, {"a": x, "prepend": np.array(2.5)}, lambda a, prepend: np.diff(a, 1, 0, prepend=prepend),
          tag="mixed")
    c.add("diff", {"n": -1, "axis": 0}, {"a": x}, lambda a: np.diff(a, -1), tag="neg")
    c.add("diff", {"n": 1, "axis": 0}, {"a": np.array(3.0)}, lambda a: np.diff(a), tag="0d")
    c.add("diff", {"n": 1, "axis": 2}, {"a": x}, lambda a: np.diff(a, axis=2), tag="axiserr")
    c.add("diff", {"n": 1, "axis": 1}, {"a": View(x, "::-1, ::2")}, lambda a: np.diff(a, axis=1), tag="view")
    c.add("diff", {"n": 2, "axis": 0}, {"a": np.array([2 ** 31 - 1, -5, 7], np.int32)}, lambda a: np.diff(a, 2),
          tag="wrap")

    g = floats((5, 7))
    gi = ints((5, 7), -20, 20)
    coords0 = np.array([0.0, 0.5, 1.5, 1.75, 3.0])
    coords1 = np.cumsum(RS.random_sample(7) + 0.1)
    for dt in ["float64", "float32", "int64", "int32"]:
        f = typed(g if dt.startswith("float") else gi, dt)
        for eo in [1, 2]:
            for sp in [[], [0.5], [2.0, 0.25]]:
                c.add("gradient", {"spacing": sp if sp else "", "edge_order": eo, "axis": "None"}, {"f": f},
                      lambda f, sp=sp, eo=eo: list(np.gradient(f, *sp, edge_order=eo)), tag=dt)
            for axis in [0, 1, -1]:
                c.add("gradient1", {"spacing": 0.3, "edge_order": eo, "axis": axis}, {"f": f},
                      lambda f, axis=axis, eo=eo: np.gradient(f, 0.3, axis=axis, edge_order=eo), tag=dt)
            cs = [coords0, coords1]
            for cdt in ["float64", "float32", "int64"]:
                cc = [typed(np.round(cs[0] * 4) if cdt == "int64" else cs[0], cdt),
                      typed(np.round(cs[1] * 4) if cdt == "int64" else cs[1], cdt)]
                c.add("gradient_arrays", {"edge_order": eo, "axis": "None"},
                      {"f": f, "s0": cc[0], "s1": cc[1]},
                      lambda f, s0, s1, eo=eo: list(np.gradient(f, s0, s1, edge_order=eo)), tag=dt + "_" + cdt)
            c.add("gradient_arrays", {"edge_order": eo, "axis": "None"},
                  {"f": f, "s0": np.array(0.5), "s1": np.arange(f.shape[1]) * 0.5},
                  lambda f, s0, s1, eo=eo: list(np.gradient(f, s0, s1, edge_order=eo)), tag=dt + "_scalararr")
            c.add("gradient_arrays", {"edge_order": eo, "axis": "None"},
                  {"f": f, "s0": np.array(0.5, np.float32), "s1": np.arange(f.shape[1], dtype=np.float32) * 0.5},
                  lambda f, s0, s1, eo=eo: list(np.gradient(f, s0, s1, edge_order=eo)), tag=dt + "_scalararr32")
    c.add("gradient1", {"spacing": 1.0, "edge_order": 2, "axis": 0}, {"f": np.array([1.0, 2.0])},
          lambda f: np.gradient(f, 1.0, axis=0, edge_order=2), tag="small")
    c.add("gradient1", {"spacing": 1.0, "edge_order": 3, "axis": 0}, {"f": g}, lambda f: np.gradient(f, 1.0, axis=0, edge_order=3),
          tag="order3")
    c.add("gradient_arrays", {"edge_order": 1, "axis": "None"}, {"f": g, "s0": coords0[:4], "s1": coords1},
          lambda f, s0, s1: np.gradient(f, s0, s1), tag="badlen")
    c.add("gradient_arrays", {"edge_order": 1, "axis": "None"}, {"f": g, "s0": np.zeros((5, 2)), "s1": coords1},
          lambda f, s0, s1: np.gradient(f, s0, s1), tag="bad2d")
    c.add("gradient_arrays", {"edge_order": 1, "axis": "None"}, {"f": g, "s0": coords0, "s1": coords1, "s2": coords1},
          lambda f, s0, s1, s2: np.gradient(f, s0, s1, s2), tag="badcount")
    c.add("gradient1", {"spacing": 1.0, "edge_order": 1, "axis": 1}, {"f": View(g, "::-1, 1::2")},
          lambda f: np.gradient(f, 1.0, axis=1), tag="view")

    xp = np.array([-2.0, -1.0, 0.0, 0.5, 2.0, 3.0, 3.0, 7.5, 10.0])
    fp = floats((9,))
    fp[6] = fp[5]
    xs = np.concatenate([np.linspace(-4, 12, 37), xp, [np.nan, np.inf, -np.inf, -0.0]])
    RS.shuffle(xs)
    for xdt in ["float64", "float32", "int64"]:
        xv = typed(xs if xdt.startswith("float") else np.round(np.nan_to_num(xs, posinf=20, neginf=-20)), xdt)
        for left, right in [("None", "None"), (-1.5, 99.0)]:
            p = {"left": left, "right": right, "period": "None"}
            c.add("interp", p, {"x": xv, "xp": xp, "fp": fp},
                  lambda x, xp, fp, left=left, right=right: np.interp(x, xp, fp, None if left == "None" else left,
                                                                      None if right == "None" else right), tag=xdt)
    for n in [1, 2, 3, 4, 5]:
        c.add("interp", {"left": "None", "right": "None", "period": "None"},
              {"x": xs[:20], "xp": xp[:n], "fp": fp[:n].astype(np.float32)},
              lambda x, xp, fp: np.interp(x, xp, fp), tag=f"n{n}")
    c.add("interp", {"left": "None", "right": "None", "period": "None"},
          {"x": np.array([0.5, 1.5]), "xp": np.array([0.0, 1.0, 2.0]), "fp": np.array([np.inf, 1.0, 1.0])},
          lambda x, xp, fp: np.interp(x, xp, fp), tag="inf")
    c.add("interp", {"left": "None", "right": "None", "period": "None"},
          {"x": np.array([0.5, 1.5]), "xp": np.array([0.0, 1.0, 2.0]), "fp": np.array([np.inf, np.inf, 1.0])},
          lambda x, xp, fp: np.interp(x, xp, fp), tag="inf2")
    for period in [360.0, -7.5]:
        c.add("interp", {"left": "None", "right": "None", "period": period},
              {"x": np.array([-180.0, -30.0, 0.0, 10.0, 355.0, 360.0, 725.5, np.nan]),
               # no two points equal modulo either period: NumPy's argsort of ties is unstable
               "xp": np.array([350.0, 10.0, 91.0, 182.0, -87.2]), "fp": np.array([1.0, 2.0, 3.0, 4.0, 5.0])},
              lambda x, xp, fp, period=period: np.interp(x, xp, fp, period=period), tag="period")
    c.add("interp", {"left": "None", "right": "None", "period": 0.0}, {"x": xs, "xp": xp, "fp": fp},
          lambda x, xp, fp: np.interp(x, xp, fp, period=0.0), tag="period0")
    c.add("interp", {"left": "None", "right": "None", "period": "None"}, {"x": xs, "xp": xp, "fp": fp[:5]},
          lambda x, xp, fp: np.interp(x, xp, fp), tag="len")
    c.add("interp", {"left": "None", "right": "None", "period": "None"}, {"x": xs, "xp": xp[:0], "fp": fp[:0]},
          lambda x, xp, fp: np.interp(x, xp, fp), tag="empty")
    c.add("interp", {"left": "None", "right": "None", "period": "None"},
          {"x": View(floats((3, 4)), "::-1, ::2"), "xp": xp, "fp": fp}, lambda x, xp, fp: np.interp(x, xp, fp), tag="view")

    v1 = np.arange(3)
    v2 = np.array([0.5, 1.5])
    v3 = np.array([[1, 2], [3, 4]])
    for ins in [[v1], [v1, v2], [v1, v2, v3], [v2, v1.astype(np.int32), np.array([True])]]:
        for indexing in ["xy", "ij"]:
            for sparse in [False, True]:
                for copy in [True, False]:
                    d = {f"x{i}": v for i, v in enumerate(ins)}
                    c.add("meshgrid", {"n": len(ins), "indexing": indexing, "sparse": sparse, "copy": copy}, d,
                          lambda indexing=indexing, sparse=sparse, copy=copy, **kw: list(np.meshgrid(
                              *[kw[f"x{i}"] for i in range(len(kw))], indexing=indexing, sparse=sparse, copy=copy)))
    c.add("meshgrid", {"n": 2, "indexing": "yx", "sparse": False, "copy": True}, {"x0": v1, "x1": v2},
          lambda x0, x1: np.meshgrid(x0, x1, indexing="yx"), tag="err")

    k1 = np.array([3, 1, 3, 2, 1, 3, 2])
    k2 = np.array([0.5, np.nan, -1.0, 0.5, 2.0, -1.0, 0.5])
    k3 = np.array(["b", "a", "b", "c", "a", "a", "b"])
    for keys in [[k1], [k1, k2], [k2, k1], [k3, k1], [k1, k3, k2], [k1.astype(bool), k1.astype(np.int32)]]:
        d = {f"k{i}": k for i, k in enumerate(keys)}
        c.add("lexsort", {"n": len(keys), "axis": -1}, d,
              lambda **kw: np.lexsort([kw[f"k{i}"] for i in range(len(kw))]))
    m1 = ints((3, 4), 0, 3)
    m2 = ints((3, 4), 0, 3)
    for axis in [0, 1, -1]:
        c.add("lexsort", {"n": 2, "axis": axis}, {"k0": m1, "k1": m2},
              lambda k0, k1, axis=axis: np.lexsort([k0, k1], axis=axis), tag="2d")
    c.add("lexsort_array", {}, {"keys": np.stack([k1, k2])}, lambda keys: np.lexsort(keys), tag="array")
    c.add("lexsort_array", {}, {"keys": k1}, lambda keys: np.lexsort(keys), tag="array1d")
    c.add("lexsort", {"n": 2, "axis": -1}, {"k0": k1, "k1": k1[:3]}, lambda k0, k1: np.lexsort([k0, k1]), tag="shape")
    c.add("lexsort", {"n": 1, "axis": -1}, {"k0": View(m1, "::-1, 1::2")}, lambda k0: np.lexsort([k0]), tag="view")

    for ins in [[x, fx], [np.array(3), v1, v3], [x.astype(np.int32), np.array([True])], [View(x, "::2, ::-3"), fx]]:
        d = {f"a{i}": v for i, v in enumerate(ins)}
        c.add("concatenate_none", {"n": len(ins)}, d,
              lambda **kw: np.concatenate([kw[f"a{i}"] for i in range(len(kw))], axis=None))

    p1 = np.array([1, 2, 3, 5])
    p2 = ints((2, 3), -9, 9)
    p3 = ints((2, 2, 3), -9, 9)
    pf = floats((3, 4))
    modes = ["constant", "edge", "linear_ramp", "maximum", "mean", "median", "minimum", "reflect", "symmetric", "wrap"]
    widths_list = [[[2, 3]], [[0, 0]], [[9, 1]], [[1, 2], [3, 0]], [[5, 7], [0, 1], [2, 2]]]
    for mode in modes:
        for arr, tag in [(p1, "1d"), (p2, "2d"), (p3, "3d"), (pf, "f64"), (pf.astype(np.float32), "f32"),
                         (p2.astype(np.int32), "i32"), (p2 > 0, "bool")]:
            for widths in widths_list:
                if len(widths) not in (1, arr.ndim):
                    continue
                if mode in ("mean", "median") and tag == "bool":
                    continue
                p = {"mode": mode, "widths": [w for pair in widths for w in pair], "pairs": len(widths)}
                if mode == "mean" and tag in ("f64", "f32"):
                    p["atol"] = 1e-5 if tag == "f32" else 1e-13
                pw = [tuple(w) for w in widths] if len(widths) > 1 else tuple(widths[0])
                c.add("pad", p, {"a": arr}, lambda a, pw=pw, mode=mode: np.pad(a, pw, mode=mode), tag=tag)
    for arr, tag in [(p2, "2d"), (pf, "f64"), (pf.astype(np.float32), "f32"), (p2.astype(np.int32), "i32")]:
        c.add("pad", {"mode": "constant", "widths": [1, 2, 2, 1], "pairs": 2, "values": [1.5, -2.0, 7.0, 0.25]},
              {"a": arr}, lambda a: np.pad(a, ((1, 2), (2, 1)), constant_values=((1.5, -2.0), (7.0, 0.25))), tag=tag)
        c.add("pad", {"mode": "linear_ramp", "widths": [3, 2, 4, 1], "pairs": 2, "values": [0.1, -2.0, 7.0, 100.0]},
              {"a": arr}, lambda a: np.pad(a, ((3, 2), (4, 1)), mode="linear_ramp",
                                           end_values=((0.1, -2.0), (7.0, 100.0))), tag=tag)
        # one pair of end values: numpy scalars (float64 ramps); pairs per axis: Python floats
        c.add("pad", {"mode": "linear_ramp", "widths": [3, 2], "pairs": 1, "values": [0.1, -2.0]},
              {"a": arr}, lambda a: np.pad(a, (3, 2), mode="linear_ramp", end_values=(0.1, -2.0)), tag=tag + "_onepair")
        for mode in ["maximum", "mean", "median", "minimum"]:
            p = {"mode": mode, "widths": [2, 3], "pairs": 1, "stat": [1, 2], "statpairs": 1}
            if mode == "mean" and tag.startswith("f"):
                p["atol"] = 1e-5 if tag == "f32" else 1e-13
            c.add("pad", p, {"a": arr}, lambda a, mode=mode: np.pad(a, (2, 3), mode=mode, stat_length=(1, 2)), tag=tag)
        for mode in ["reflect", "symmetric"]:
            for widths in [[2, 3], [7, 9]]:
                c.add("pad", {"mode": mode, "widths": widths, "pairs": 1, "odd": 1}, {"a": arr},
                      lambda a, mode=mode, widths=widths: np.pad(a, tuple(widths), mode=mode, reflect_type="odd"), tag=tag)
    c.add("pad", {"mode": "reflect", "widths": [3, 2], "pairs": 1}, {"a": np.array([[4.0, 5.0, 6.0]])},
          lambda a: np.pad(a, (3, 2), mode="reflect"), tag="singleton")
    c.add("pad", {"mode": "edge", "widths": [2, 2], "pairs": 1}, {"a": View(p3, "::-1, :, ::2")},
          lambda a: np.pad(a, 2, mode="edge"), tag="view")
    c.add("pad", {"mode": "wrap", "widths": [1, 1], "pairs": 1}, {"a": np.zeros((0, 3))},
          lambda a: np.pad(a, 1, mode="wrap"), tag="empty")
    c.add("pad", {"mode": "wrap", "widths": [0, 0, 1, 1], "pairs": 2}, {"a": np.zeros((0, 3))},
          lambda a: np.pad(a, ((0, 0), (1, 1)), mode="wrap"), tag="empty")
    c.add("pad", {"mode": "constant", "widths": [1, 1], "pairs": 1}, {"a": np.zeros((0, 3))},
          lambda a: np.pad(a, 1), tag="empty")
    c.add("pad", {"mode": "edge", "widths": [-1, 1], "pairs": 1}, {"a": p1}, lambda a: np.pad(a, (-1, 1), mode="edge"),
          tag="neg")
    c.add("pad", {"mode": "maximum", "widths": [1, 1], "pairs": 1, "stat": [0, 0], "statpairs": 1}, {"a": p1},
          lambda a: np.pad(a, 1, mode="maximum", stat_length=0), tag="stat0")
    c.add("pad", {"mode": "edge", "widths": [1, 1], "pairs": 1, "values": [1.0, 1.0]}, {"a": p1},
          lambda a: np.pad(a, 1, mode="edge", constant_values=1), tag="kwarg")
    c.write()


def strings():
    """String arrays (<U): sort and argsort in code-point order, the six comparisons of two string
    arrays with broadcasting (and with numbers), where with string branches, concatenate and stack of
    string and numeric arrays (NumPy 2.4 makes strings of the numbers, <U21 for int64, <U32 for
    floats), lexsort and unique of strings, triu of strings. All exact."""
    c = Cases("strings")
    words = np.array(["pear", "apple", "", "Apple", "\u00e9clair", "\U0001f600", "\uffff", "apple pie", "b", "\u00e9"])
    grid = words[:8].reshape(2, 4)
    for axis in [-1, 0]:
        c.add("sort", {"axis": axis}, {"a": grid}, lambda a, axis=axis: np.sort(a, axis=axis, kind="stable"))
        c.add("argsort", {"axis": axis}, {"a": grid}, lambda a, axis=axis: np.argsort(a, axis=axis, kind="stable"))
    c.add("sort", {"axis": -1}, {"a": words}, lambda a: np.sort(a, kind="stable"), tag="1d")
    c.add("argsort", {"axis": -1}, {"a": np.array(["b", "a", "b", "a", "c"])}, lambda a: np.argsort(a, kind="stable"),
          tag="ties")
    c.add("sort", {"axis": 1}, {"a": View(grid, "::-1, ::-2")}, lambda a: np.sort(a, axis=1), tag="view")
    c.add("sort", {"axis": 0}, {"a": np.zeros((0, 2), "<U3")}, lambda a: np.sort(a, axis=0), tag="empty")
    left = np.array(["apple", "b", "", "\U0001f600", "ab"])
    right = np.array([["b"], ["apple"], ["\uffff"]])
    for op in ["eq", "ne", "lt", "le", "gt", "ge"]:
        # the operators (a == b, a < b, ...), which is what NDArray.eq/lt/... stand for: == and != of a
        # string and a number give False/True where the ufunc np.equal raises
        import operator
        fn = {"eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le, "gt": operator.gt,
              "ge": operator.ge}[op]
        c.add("compare", {"op": op}, {"a": left, "b": right}, lambda a, b, fn=fn: fn(a, b), tag="broadcast")
        c.add("compare", {"op": op}, {"a": right, "b": left}, lambda a, b, fn=fn: fn(a, b), tag="swapped")
        c.add("compare", {"op": op}, {"a": left, "b": left[::-1].copy()}, lambda a, b, fn=fn: fn(a, b), tag="same")
        c.add("compare", {"op": op}, {"a": View(np.array([["x", "ab"], ["a", ""]]), "T"), "b": np.array(["a"])},
              lambda a, b, fn=fn: fn(a, b), tag="view")
        for num in [np.array([1, 2, 3, 4, 5]), np.array([1.5]), np.array([True]), np.array([1], np.int32),
                    np.array([1.0], np.float32)]:
            c.add("compare", {"op": op}, {"a": left, "b": num}, lambda a, b, fn=fn: fn(a, b), tag="numeric")
        c.add("compare", {"op": op}, {"a": np.array([3]), "b": left}, lambda a, b, fn=fn: fn(a, b), tag="numeric_first")
        c.add("compare", {"op": op}, {"a": left, "b": np.array(["a", "b"])}, lambda a, b, fn=fn: fn(a, b), tag="shape")
    cond = np.array([True, False, True, False, True])
    for y in [np.array(["xyzuvw"]), np.array([1, 2, 3, 4, 5]), np.array([1.5, 2.0, 0.1, 1e20, np.nan]),
              np.array([True]), np.array([7], np.int32), np.array([2.5], np.float32), np.array("z")]:
        c.add("where", {}, {"c": cond, "x": left, "y": y}, lambda c, x, y: np.where(c, x, y))
        c.add("where", {}, {"c": cond, "x": y, "y": left}, lambda c, x, y: np.where(c, x, y), tag="swapped")
    c.add("where", {}, {"c": np.array([[1], [0]]), "x": left, "y": right[:2]}, lambda c, x, y: np.where(c, x, y),
          tag="broadcast")
    c.add("where", {}, {"c": np.array([False, True, True, False, True]),
                        "x": View(np.array(["p", "q", "r", "s", "t", "u"]), "4::-1"), "y": left},
          lambda c, x, y: np.where(c, x, y), tag="view")
    for others in [[np.array([1, 2])], [np.array([1.5, 2.0], np.float32)], [np.array([1], np.int32)],
                   [np.array([True, False])], [np.array([0.1, 1e20, np.nan, -0.0, np.inf, 1e-300, 123456789.0])],
                   [np.array([1, 2]), np.array(["a much longer string than twenty-one"])]]:
        arrs = [left] + others
        d = {f"a{i}": v for i, v in enumerate(arrs)}
        c.add("concatenate", {"n": len(arrs), "axis": 0}, d,
              lambda **kw: np.concatenate([kw[f"a{i}"] for i in range(len(kw))]))
        rev = list(reversed(arrs))
        d = {f"a{i}": v for i, v in enumerate(rev)}
        c.add("concatenate", {"n": len(rev), "axis": 0}, d,
              lambda **kw: np.concatenate([kw[f"a{i}"] for i in range(len(kw))]), tag="reversed")
    c.add("concatenate", {"n": 2, "axis": 1}, {"a0": right, "a1": np.array([[1.5], [2.0], [3.0]])},
          lambda a0, a1: np.concatenate([a0, a1], axis=1), tag="axis1")
    c.add("stack", {"n": 2, "axis": 0}, {"a0": left, "a1": np.arange(5)}, lambda a0, a1: np.stack([a0, a1]))
    c.add("stack", {"n": 2, "axis": 1}, {"a0": np.arange(5.0), "a1": left}, lambda a0, a1: np.stack([a0, a1], axis=1))
    c.add("triu", {"k": 0}, {"m": np.array([["a", "bb"], ["ccc", "d"]])}, lambda m: np.triu(m), tag="strings")
    c.write()


def robust_scaler_reference(x, xt, with_centering, with_scaling, quantile_range, unit_variance):
    """scikit-learn's RobustScaler.fit/transform/inverse_transform written out in NumPy (scikit-learn is
    not installed here): its fit is np.nanmedian and per-column np.nanpercentile, its transform in-place
    arithmetic on a float copy."""
    from scipy import stats
    X = np.array(x, dtype=x.dtype if x.dtype.kind == "f" else np.float64)
    q_min, q_max = quantile_range
    if not 0 <= q_min <= q_max <= 100:
        raise ValueError("Invalid quantile range: %s" % str(quantile_range))
    center = np.nanmedian(X, axis=0) if with_centering else None
    scale = None
    if with_scaling:
        quantiles = np.transpose([np.nanpercentile(X[:, j], quantile_range) for j in range(X.shape[1])])
        scale = quantiles[1] - quantiles[0]
        scale[scale < 10 * np.finfo(scale.dtype).eps] = 1.0
        if unit_variance:
            adjust = stats.norm.ppf(q_max / 100.0) - stats.norm.ppf(q_min / 100.0)
            scale = scale / adjust
    Z = np.array(xt, dtype=xt.dtype if xt.dtype.kind == "f" else np.float64)
    if with_centering:
        Z -= center
    if with_scaling:
        Z /= scale
    B = Z.copy()
    if with_scaling:
        B *= scale
    if with_centering:
        B += center
    outs = [center if center is not None else np.zeros(0), scale if scale is not None else np.zeros(0), Z, B]
    return outs


def kbins_reference(x, xt, n_bins, method):
    """scikit-learn's KBinsDiscretizer(n_bins, encode='ordinal', strategy='quantile') fit and transform,
    written out in NumPy: percentile edges, bins narrower than 1e-8 dropped, searchsorted on the inner
    edges (side='right'); codes as int64."""
    X = np.array(x, dtype=x.dtype if x.dtype.kind == "f" else np.float64)
    if n_bins < 2:
        raise ValueError("KBinsDiscretizer received an invalid number of bins. Received {}, expected at least 2."
                         .format(n_bins))
    edges = []
    for j in range(X.shape[1]):
        col = X[:, j]
        if col.min() == col.max():
            edges.append(np.array([-np.inf, np.inf]))
            continue
        e = np.asarray(np.percentile(col, np.linspace(0, 100, n_bins + 1), method=method))
        e = e[np.ediff1d(e, to_begin=np.inf) > 1e-8]
        edges.append(e)
    Xt = np.array(xt, dtype=xt.dtype if xt.dtype.kind == "f" else np.float64)
    codes = np.zeros(Xt.shape, np.int64)
    for j in range(Xt.shape[1]):
        codes[:, j] = np.searchsorted(edges[j][1:-1], Xt[:, j], side="right")
    return edges + [codes]


def pipeline():
    """RobustScaler and QuantileBinner against scikit-learn's formulas computed by NumPy (see the two
    reference functions). Exact, but unit_variance, whose normal quantiles ndvec computes itself (Acklam
    plus one Halley step, each quantile within about 3e-16 relative of SciPy's Cephes ndtri, whose
    difference and quotient then reach 5-7 ulps): 16 ulps."""
    c = Cases("pipeline")
    x = floats((40, 5))
    x[:, 1] = x[:, 1] * 100 + 7
    x[3, 1] = 1e6  # an outlier the median and IQR ignore
    x[:, 2] = 2.5  # constant: scale 1
    x[RS.random_sample((40, 5)) < 0.1] = np.nan
    x[:, 2] = 2.5
    xt = floats((8, 5))
    xt[0, 0] = np.nan
    clean = np.round(floats((60, 4)))  # ties: some quantile bins collapse
    clean[:, 3] = -1.0
    ct = floats((10, 4)) * 2
    for dt in ["float64", "float32", "int64"]:
        xx = typed(np.nan_to_num(x) if dt == "int64" else x, dt)
        tt = typed(np.nan_to_num(xt) if dt == "int64" else xt, dt)
        for wc, ws, qr, uv in [(True, True, (25.0, 75.0), False), (False, True, (10.0, 90.0), False),
                               (True, False, (25.0, 75.0), False), (True, True, (0.0, 100.0), False),
                               (True, True, (5.0, 95.0), True), (True, True, (30.0, 30.0), False)]:
            p = {"with_centering": wc, "with_scaling": ws, "qmin": qr[0], "qmax": qr[1], "unit_variance": uv}
            if uv:
                p["ulps"] = 16
                p["atol"] = 1e-12  # the restored rows: a value back at 0 may come back as 2^-52
            c.add("robust_scaler", p, {"x": xx, "xt": tt},
                  lambda x, xt, wc=wc, ws=ws, qr=qr, uv=uv: robust_scaler_reference(x, xt, wc, ws, qr, uv), tag=dt)
    c.add("robust_scaler", {"with_centering": True, "with_scaling": True, "qmin": 25.0, "qmax": 175.0,
                            "unit_variance": False}, {"x": x, "xt": xt},
          lambda x, xt: robust_scaler_reference(x, xt, True, True, (25.0, 175.0), False), tag="badrange")
    for dt in ["float64", "float32", "int64"]:
        xx = typed(clean, dt)
        tt = typed(ct if dt != "int64" else np.round(ct), dt)
        for n_bins in [2, 3, 5, 10]:
            for method in ["linear", "averaged_inverted_cdf", "inverted_cdf"]:
                c.add("quantile_binner", {"n_bins": n_bins, "method": method}, {"x": xx, "xt": tt},
                      lambda x, xt, n_bins=n_bins, method=method: kbins_reference(x, xt, n_bins, method), tag=dt)
    c.add("quantile_binner", {"n_bins": 4, "method": "linear"}, {"x": View(clean, "::-2, ::-1"), "xt": ct},
          lambda x, xt: kbins_reference(x, xt, 4, "linear"), tag="view")
    c.add("quantile_binner", {"n_bins": 1, "method": "linear"}, {"x": clean, "xt": ct},
          lambda x, xt: kbins_reference(x, xt, 1, "linear"), tag="onebin")
    c.write()


def main():
    order_statistics()
    statistics()
    binning()
    linalg_helpers()
    arrays()
    strings()
    pipeline()


if __name__ == "__main__":
    main()
