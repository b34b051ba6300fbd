"""Known answers for the fused expression API (org.ndvec.Expr), computed by NumPy's ufunc chain.

Run from the repository root:  python3 src/test/python/expr_fixtures.py
Writes src/test/resources/fixtures/expr/cases.txt, read by ExprFixtureTest. The first lines hold
the operands, one per line:  operand <tab> name <tab> dtype <tab> shape <tab> values
Then one line per case:       case <tab> name <tab> dtype <tab> shape <tab> values
with the NumPy expression of each case named in EXPRESSIONS below (the Java test builds the same
chain). Float values are float.hex() (nan, inf, -inf spelled out); integers in decimal; shapes
like 5,7. Deterministic: a fixed seed and fixed special values.
"""
import os

import numpy as np

OUT = os.path.join("src", "test", "resources", "fixtures", "expr", "cases.txt")

rng = np.random.default_rng(19)
x64 = rng.standard_normal((5, 7)) * 3.0
# NaN, infinities, signed zeros, tiny and huge values where the expressions meet them
x64.flat[[0, 3, 8, 13, 21, 29, 34]] = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-30, 60.0]
OPERANDS = {
    "x": x64.astype(np.float32),                                 # (5, 7) float32
    "c": (rng.standard_normal(7) + 1.0).astype(np.float32),     # (7,) a row, broadcast
    "d": rng.standard_normal((5, 1)).astype(np.float32),        # (5, 1) a column, broadcast
    "x64": x64,                                                  # (5, 7) float64
    "i": rng.integers(-20, 20, size=(5, 7)).astype(np.int32),    # (5, 7) int32
}
x, c, d, x64_, i = (OPERANDS[k] for k in ("x", "c", "d", "x64", "i"))

with np.errstate(all="ignore"):
    EXPRESSIONS = {
        # the example; exp differs from NumPy's by a few ulp, the test says how many
        "gaussian": np.exp(-0.5 * x * x) * c + d,
        "rational": (x * x - 2.5) * c / (np.abs(d) + 1.0),
        "where_sqrt_clip": np.where(x > 0.0, np.sqrt(np.abs(x)), np.clip(x, -1.5, 1.0)),
        "tanh_max": np.tanh(x) * 0.5 + np.maximum(x, 0.0),
        "rsub_rdiv": (1.0 - x) / c - 2.0 / d,
        "mixed_f32_f64": x * 2.0 + x64_,
        "int_times_float": i * 1.5 + d,
        "int_times_int": i * i - i,
        "minimum_neg_square": np.minimum(-x, np.square(d)),
    }


def fmt(a):
    a = np.asarray(a)
    if a.dtype.kind == "f":
        vals = []
        for v in a.ravel():
            v = float(v)
            vals.append("nan" if np.isnan(v) else "inf" if v == np.inf else "-inf" if v == -np.inf else v.hex())
    else:
        vals = [str(int(v)) for v in a.ravel()]
    return "%s\t%s\t%s" % (a.dtype, ",".join(str(s) for s in a.shape), " ".join(vals))


os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    for name, a in OPERANDS.items():
        f.write("operand\t%s\t%s\n" % (name, fmt(a)))
    for name, a in EXPRESSIONS.items():
        f.write("case\t%s\t%s\n" % (name, fmt(a)))
