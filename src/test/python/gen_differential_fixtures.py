"""Random programs run by NumPy, for the differential test (DifferentialTest.java).

Run from the repository root:  python3 src/test/python/gen_differential_fixtures.py
Writes src/test/resources/fixtures/differential/programs.tsv.gz (deterministic: a fixed seed,
NumPy 2.4.6). Each program is one op (OPS below) applied to inputs of a random dtype, rank
0-4 and layout (contiguous, transposed, strided, reversed, broadcast, or two of these), with
weak Python scalars, out= arrays and in-place forms whose output aliases an input. NumPy's
result, or its error, is recorded together with every base array's contents afterwards, so
the replay checks the returned array, what was written through views, and that a failed
operation wrote nothing.

One program per line, tab-separated:
  id  op  params  bases  args  expect  after
params  key=value pairs joined by ';' (form, axis, keepdims, ddof, index, dtype, tol, ...)
bases   arrays the inputs are views of, joined by ';': dtype|shape|values
args    joined by ';':  V|base|steps  a view of a base: steps joined by '&', each
                                      i=<NumPy index>, t=<axes> (transpose) or b=<shape> (broadcast_to)
                        O|base|steps  the out= array, a view as above
                        S|kind|value  a weak Python scalar: int, float (float.hex) or bool
expect  OK|dtype|shape|values, STR|text (repr/str), or ERR|ErrorType|message
after   the bases after the call (same format as bases), or '-' when nothing may be written
        (a failed call must leave every base as it was)
Values: floats as float.hex (nan, inf, -inf), integers in decimal, bools 0/1, strings and
messages percent-encoded (urllib.parse.quote; '-' is the empty string). tol: absent = bit for bit; ulp:N = within N
units in the last place (transcendentals, whose last bits are the libm's); abs:H = within the
absolute float H (sums and products, whose rounding order NumPy leaves to SIMD and pairwise
blocking, and matmul).

To add an op: write a function that takes the generator and returns a Program (see the
existing ones), register it in OPS with a weight, and add its Java call to
DifferentialTest.OPS under the same name.
"""
import gzip
import math
import os
import urllib.parse
import warnings

import numpy as np

warnings.simplefilter("ignore")

# NDVEC_DIFF_SEED / NDVEC_DIFF_COUNT explore beyond the committed programs (then regenerate them)
SEED = int(os.environ.get("NDVEC_DIFF_SEED", 20261205))
COUNT = int(os.environ.get("NDVEC_DIFF_COUNT", 60000))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "differential")

DTYPES = ["bool", "int32", "int64", "float32", "float64"]
NUMERIC = ["int32", "int64", "float32", "float64"]
FLOATS = ["float32", "float64"]
INTS = ["int32", "int64"]


# ---------------------------------------------------------------- encoding

def q(text):
    return urllib.parse.quote(text, safe="")


def enc_values(a):
    k = a.dtype.kind
    flat = a.ravel(order="C")
    if k == "f":
        return " ".join(float(v).hex() if np.isfinite(v) else ("nan" if np.isnan(v) else ("inf" if v > 0 else "-inf"))
                        for v in flat)
    if k == "U":
        # '-' stands for the empty string (so values stay space-separated tokens)
        return " ".join(q(str(v)).replace("-", "%2D") if str(v) else "-" for v in flat)
    return " ".join(str(int(v)) for v in flat)


def dtype_text(a):
    return a.dtype.str if a.dtype.kind == "U" else str(a.dtype)


def enc_array(a):
    a = np.asarray(a)
    return f"{dtype_text(a)}|{','.join(map(str, a.shape))}|{enc_values(a)}"


# ---------------------------------------------------------------- inputs

class Base:
    """A C-contiguous array inputs are views of (the Java side rebuilds it from the fixture)."""

    def __init__(self, array):
        self.array = np.array(array, order="C", copy=True)  # ascontiguousarray would make 0-d 1-d
        self.original = self.array.copy()


class View:
    """base[steps]: NumPy index expressions, transposes and broadcasts, applied in order."""

    def __init__(self, base, steps):
        self.base = base
        self.steps = steps

    def numpy(self):
        a = self.base.array
        for kind, arg in self.steps:
            if kind == "i":
                a = a[eval_index(arg)]
            elif kind == "t":
                a = a.transpose(arg)
            else:
                a = np.broadcast_to(a, arg)
        return a

    def encode(self, tag, bases):
        steps = "&".join(f"{k}={arg if k == 'i' else ','.join(map(str, arg))}" for k, arg in self.steps)
        return f"{tag}|{bases.index(self.base)}|{steps}"


class Scalar:
    def __init__(self, value):
        self.value = value

    def encode(self):
        v = self.value
        if isinstance(v, bool):
            return f"S|bool|{int(v)}"
        if isinstance(v, int):
            return f"S|int|{v}"
        if isinstance(v, str):
            return f"S|str|{q(v)}"
        return "S|float|" + (v.hex() if math.isfinite(v) else ("nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")))


def eval_index(text):
    """A NumPy index expression as Python evaluates it inside a[...]."""
    return eval(f"np.s_[{text}]", {"np": np, "None": None})


class Gen:
    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)

    def choice(self, xs, p=None):
        return xs[int(self.rng.choice(len(xs), p=p))]

    def chance(self, p):
        return self.rng.random() < p

    def shape(self, rank=None, max_dim=3, allow_zero=True):
        if rank is None:
            rank = self.choice([0, 1, 2, 3, 4], p=[0.12, 0.3, 0.3, 0.18, 0.1])
        dims = []
        for _ in range(rank):
            if allow_zero and self.chance(0.06):
                dims.append(0)
            else:
                dims.append(int(self.rng.integers(1, max_dim + 1)))
        return tuple(dims)

    def values(self, dtype, n, special=True, small=False, huge=True):
        r = self.rng
        if dtype == "bool":
            return r.random(n) < 0.5
        if dtype in INTS:
            v = r.integers(-6, 7, n).astype(np.int64)
            if special and not small:
                for i in range(n):
                    if self.chance(0.05):
                        info = np.iinfo(dtype)
                        v[i] = int(self.choice([info.min, info.max, info.min + 1, info.max - 1]))
            return v.astype(dtype)
        v = r.integers(-12, 13, n) / 4.0
        for i in range(n):
            if self.chance(0.25):
                v[i] = r.normal() * 10 ** int(r.integers(-3, 4))
            if special and self.chance(0.08):
                v[i] = self.choice([np.nan, np.inf, -np.inf, -0.0, 0.0, 5e-324 if dtype == "float64" else 1e-45]
                                   + ([1e300 if dtype == "float64" else 3e38] if huge else []))
        return v.astype(dtype)

    def array(self, dtype, shape, **kw):
        n = int(np.prod(shape)) if shape else 1
        return self.values(dtype, n, **kw).reshape(shape)

    def view(self, dtype, shape, bases, layout=None, writable=False, **kw):
        """A view of the given shape over a new base, in a random layout."""
        layouts = ["contiguous", "transposed", "strided", "reversed", "broadcast", "two"]
        if writable:
            layouts = layouts[:4]
        if layout is None:
            layout = self.choice(layouts, p=[0.3, 0.15, 0.15, 0.15, 0.15, 0.1] if not writable else [0.4, 0.2, 0.2, 0.2])
        if len(shape) == 0 and layout != "broadcast":
            layout = "contiguous"
        if layout == "two":
            inner = self.choice(["transposed", "strided", "reversed"])
            outer = self.choice(["reversed", "strided"])
            base_shape, steps1 = self.layout_steps(inner, shape)
            base_shape2, steps2 = self.layout_steps(outer, base_shape)
            steps = steps2 + steps1
            base_shape = base_shape2
        else:
            base_shape, steps = self.layout_steps(layout, shape)
        base = Base(self.array(dtype, base_shape, **kw))
        bases.append(base)
        return View(base, steps)

    def layout_steps(self, layout, shape):
        """(base shape, steps) such that applying steps to a base of that shape gives shape."""
        r = len(shape)
        if layout == "contiguous" or r == 0 and layout != "broadcast":
            return shape, []
        if layout == "transposed":
            perm = [int(x) for x in self.rng.permutation(r)]
            base_shape = [0] * r
            for i, p in enumerate(perm):
                base_shape[p] = shape[i]
            return tuple(base_shape), [("t", tuple(perm))]
        if layout == "strided":
            ax = int(self.rng.integers(r))
            start = int(self.rng.integers(2))
            base_shape = list(shape)
            base_shape[ax] = shape[ax] * 2 + start
            parts = [":"] * r
            parts[ax] = f"{start}::2"
            return tuple(base_shape), [("i", ", ".join(parts))]
        if layout == "reversed":
            parts = [self.choice([":", "::-1"]) for _ in range(r)]
            parts[int(self.rng.integers(r))] = "::-1"
            return shape, [("i", ", ".join(parts))]
        # broadcast: drop some leading dims, set some to 1
        lead = int(self.rng.integers(0, r + 1)) if r > 0 else 0
        base_shape = [1 if self.chance(0.5) else d for d in shape[lead:]]
        return tuple(base_shape), [("b", tuple(shape))]

    def axis(self, r, extra=0):
        """Mostly a valid axis of rank r (+extra for ops that insert one), sometimes out of range."""
        n = r + extra
        if n == 0 or self.chance(0.1):
            return int(self.rng.integers(-n - 2, n + 2))
        return int(self.rng.integers(-n, n))

    def out_dtype(self, compute):
        """The dtype of compute() most of the time (a same_kind cast otherwise), so out= forms mostly run."""
        if self.chance(0.65):
            try:
                t = str(np.asarray(compute()).dtype)
                if t in DTYPES:
                    return t
            except Exception:  # noqa: BLE001 - the call fails whatever out is
                pass
        return self.choice(DTYPES)

    def scalar(self, kind=None):
        kind = kind or self.choice(["int", "float", "int", "bigint", "bool"], p=[0.4, 0.35, 0.0, 0.15, 0.1])
        if kind == "int":
            return Scalar(int(self.rng.integers(-5, 6)))
        if kind == "bigint":
            return Scalar(int(self.choice([2 ** 31, -(2 ** 31) - 1, 2 ** 40, 2 ** 63 - 1, -(2 ** 63),
                                           2 ** 60 + 2 ** 36 + 1, 2 ** 53 + 1])))
        if kind == "bool":
            return Scalar(bool(self.chance(0.5)))
        v = float(self.choice([0.5, -1.5, 2.0, 0.0, -0.0, 3.25, 1e-3, np.nan, np.inf, 1e40, 0.1]))
        return Scalar(v)


class Program:
    def __init__(self, op, params, bases, args, call, writes=False, probe=None):
        self.probe = probe  # the call without out=, whose dtype is NumPy's loop dtype
        self.op = op
        self.params = params
        self.bases = bases
        self.args = args
        self.call = call  # () -> result, run on the NumPy views
        self.writes = writes


# ---------------------------------------------------------------- ops

BINARY = {
    "add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.true_divide,
    "floor_divide": np.floor_divide, "remainder": np.remainder, "power": np.power,
    "maximum": np.maximum, "minimum": np.minimum, "fmax": np.fmax, "fmin": np.fmin,
    "bitwise_and": np.bitwise_and, "bitwise_or": np.bitwise_or, "bitwise_xor": np.bitwise_xor,
    "left_shift": np.left_shift, "right_shift": np.right_shift,
    "equal": np.equal, "not_equal": np.not_equal, "less": np.less, "less_equal": np.less_equal,
    "greater": np.greater, "greater_equal": np.greater_equal,
    "logical_and": np.logical_and, "logical_or": np.logical_or, "logical_xor": np.logical_xor,
}
COMPARE = {"equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
           "logical_and", "logical_or", "logical_xor"}
NO_SCALAR = {"logical_and", "logical_or", "logical_xor"}  # ndvec has no scalar overloads for these
NO_INPLACE = COMPARE  # no eqi(...)
BITWISE = {"bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift"}
NO_FLOAT_SCALAR = BITWISE  # bitwiseAnd(long) only
NO_OUT_SCALAR = COMPARE | BITWISE  # no eq(double, out), no bitwiseAnd(long, out)

UNARY = {
    "negative": np.negative, "absolute": np.absolute, "sign": np.sign, "square": np.square,
    "reciprocal": np.reciprocal, "floor": np.floor, "ceil": np.ceil, "rint": np.rint, "sqrt": np.sqrt,
    "exp": np.exp, "log": np.log, "expm1": np.expm1, "log1p": np.log1p, "log2": np.log2, "log10": np.log10,
    "sin": np.sin, "cos": np.cos, "tan": np.tan, "tanh": np.tanh,
    "relu": lambda x, **kw: np.maximum(x, 0, **kw),
    "invert": np.invert, "logical_not": np.logical_not,
    "isnan": np.isnan, "isinf": np.isinf, "isfinite": np.isfinite,
}
TRANSCENDENTAL = {"exp", "log", "expm1", "log1p", "log2", "log10", "sin", "cos", "tan", "tanh"}
NO_OUT_UNARY = {"invert", "logical_not", "isnan", "isinf", "isfinite"}  # no out= overloads in ndvec


def binary_program(g, name):
    bases = []
    f = BINARY[name]
    da, db = g.choice(DTYPES), g.choice(DTYPES)
    sa, sb = broadcast_pair(g)
    form = g.choice(["new", "new", "scalar", "out", "out_a", "inplace", "alias"])
    if form == "scalar" and name in NO_SCALAR:
        form = "new"
    if form == "inplace" and name in NO_INPLACE:
        form = "out_a"
    params = {"form": form}
    if name == "power":
        params["tol"] = "ulp:2"  # libm's pow against Java's: each within an ulp of the exact power
    if form == "scalar" or (form in ("out", "inplace", "out_a") and g.chance(0.3) and name not in NO_SCALAR):
        a = g.view(da, sa, bases, writable=form in ("inplace", "out_a"))
        kind = g.choice(["int", "float", "bigint", "bool"], p=[0.45, 0.3, 0.15, 0.1])
        if name in NO_FLOAT_SCALAR and kind == "float":
            kind = "int"
        if kind == "bool":
            kind = "int"  # ndvec has no boolean overloads; Python True is int-like anyway
        s = g.scalar(kind)
        if form in ("out", "inplace", "out_a") and name in NO_OUT_SCALAR:
            form = "scalar"
            params["form"] = form
        args = [a, s]
        params["scalar"] = "1"
        if form == "scalar":
            return Program(name, params, bases, args, lambda: f(a.numpy(), s.value))
        if form == "out":
            o = g.view(g.out_dtype(lambda: f(a.numpy(), s.value)), np.broadcast_shapes(sa), bases, writable=True)
            return Program(name, params, bases, args + [("out", o)],
                           lambda: f(a.numpy(), s.value, out=o.numpy()), writes=True, probe=lambda: f(a.numpy(), s.value))
        return Program(name, params, bases, args, lambda: f(a.numpy(), s.value, out=a.numpy()), writes=True,
                       probe=lambda: f(a.numpy(), s.value))
    if form == "alias":
        # out is the reverse of a's base, and b (or a) reads that same storage: overlapping operands
        shape = g.shape(max_dim=4)
        base = Base(g.array(da, shape if shape else ()))
        bases.append(base)
        rev = ", ".join("::-1" for _ in shape)
        a = View(base, [])
        o = View(base, [("i", rev)] if shape else [])
        b = g.view(db, shape, bases) if g.chance(0.5) else View(base, [("i", rev)] if shape else [])
        return Program(name, params, bases, [a, b, ("out", o)],
                       lambda: f(a.numpy(), b.numpy(), out=o.numpy()), writes=True, probe=lambda: f(a.numpy(), b.numpy()))
    a = g.view(da, sa, bases, writable=form in ("inplace", "out_a"))
    b = g.view(db, sb, bases)
    if form == "new":
        return Program(name, params, bases, [a, b], lambda: f(a.numpy(), b.numpy()))
    if form == "out":
        try:
            shape = np.broadcast_shapes(sa, sb)
        except ValueError:
            shape = sa
        o = g.view(g.out_dtype(lambda: f(a.numpy(), b.numpy())), shape, bases, writable=True)
        return Program(name, params, bases, [a, b, ("out", o)],
                       lambda: f(a.numpy(), b.numpy(), out=o.numpy()), writes=True, probe=lambda: f(a.numpy(), b.numpy()))
    return Program(name, params, bases, [a, b], lambda: f(a.numpy(), b.numpy(), out=a.numpy()), writes=True,
                   probe=lambda: f(a.numpy(), b.numpy()))


def broadcast_pair(g):
    s = g.shape()
    r = len(s)
    t = list(s)
    mode = g.choice(["same", "ones", "suffix", "bad"], p=[0.45, 0.25, 0.22, 0.08])
    if mode == "ones":
        t = [1 if g.chance(0.5) else d for d in t]
    elif mode == "suffix":
        t = t[int(g.rng.integers(0, r + 1)):]
    elif mode == "bad" and r > 0:
        ax = int(g.rng.integers(r))
        t[ax] = t[ax] + 1 if t[ax] > 1 else 2
    t = tuple(t)
    return (s, t) if g.chance(0.5) else (t, s)


def unary_program(g, name):
    bases = []
    f = UNARY[name]
    dtype = g.choice(DTYPES)
    shape = g.shape()
    form = g.choice(["new", "new", "out", "out_a"]) if name not in NO_OUT_UNARY else "new"
    params = {"form": form}
    if name in TRANSCENDENTAL:
        params["tol"] = "ulp:4"
    a = g.view(dtype, shape, bases, writable=form == "out_a")
    if form == "new":
        return Program(name, params, bases, [a], lambda: f(a.numpy()))
    if form == "out":
        o = g.view(g.out_dtype(lambda: f(a.numpy())), shape, bases, writable=True)
        return Program(name, params, bases, [a, ("out", o)], lambda: f(a.numpy(), out=o.numpy()), writes=True,
                       probe=lambda: f(a.numpy()))
    return Program(name, params, bases, [a], lambda: f(a.numpy(), out=a.numpy()), writes=True, probe=lambda: f(a.numpy()))


REDUCTIONS = {
    "sum": np.sum, "prod": np.prod, "mean": np.mean, "max": np.max, "min": np.min, "ptp": np.ptp,
    "any": np.any, "all": np.all, "count_nonzero": np.count_nonzero, "nansum": np.nansum,
    "nanmean": np.nanmean, "nanmax": np.nanmax, "nanmin": np.nanmin, "var": np.var, "std": np.std,
    "argmax": np.argmax, "argmin": np.argmin, "cumsum": np.cumsum, "cumprod": np.cumprod,
}
ACCUMULATING = {"sum", "mean", "nansum", "nanmean", "var", "std", "prod"}
ONE_AXIS = {"argmax", "argmin", "cumsum", "cumprod"}


def reduction_program(g, name):
    bases = []
    f = REDUCTIONS[name]
    dtype = g.choice(DTYPES)
    shape = g.shape()
    small = name in ("prod", "cumprod")
    # no values near the float range's end in sums: ndvec's float32 sums accumulate in double, so a
    # partial sum past float32's range stays finite where NumPy's overflows (README, a documented difference)
    a = g.view(dtype, shape, bases, small=small, huge=name not in ACCUMULATING)
    r = len(shape)
    params = {}
    kw = {}
    mode = g.choice(["none", "int", "tuple"], p=[0.25, 0.5, 0.25])
    if name in ONE_AXIS and mode == "tuple":
        mode = "int"
    if name in ("cumsum", "cumprod") and mode == "none":
        pass
    if mode == "int":
        ax = g.axis(r)
        params["axis"] = str(ax)
        kw["axis"] = ax
        if name in ("argmax", "argmin") and g.chance(0.4):
            kw["keepdims"] = True
            params["keepdims"] = "1"
    elif mode == "tuple":
        k = int(g.rng.integers(0, r + 1)) if r > 0 else int(g.rng.integers(0, 2))
        axes = [int(x) for x in g.rng.choice(max(r, 1), size=k, replace=False)] if r > 0 else [0] * k
        axes = [x - r if g.chance(0.3) else x for x in axes]
        if g.chance(0.05) and axes:
            axes.append(axes[0])  # a repeated axis
        keep = g.chance(0.5)
        params["axes"] = ",".join(map(str, axes))
        params["keepdims"] = "1" if keep else "0"
        kw["axis"] = tuple(axes)
        kw["keepdims"] = keep
    if name in ("var", "std"):
        ddof = int(g.choice([0, 0, 1, 2]))
        if ddof or mode == "tuple":
            params["ddof"] = str(ddof)
            kw["ddof"] = ddof
    if name in ACCUMULATING and (dtype in FLOATS or name in ("mean", "nanmean", "var", "std")):
        # NumPy's pairwise/SIMD order against ndvec's accurate sums: within a bound on the rounding
        # of any order, n * eps * (sum of |x| over the array); var/std square that scale.
        x = np.abs(a.numpy().astype(np.float64))
        x = x[np.isfinite(x)]
        n = max(a.numpy().size, 1)
        scale = float(np.sum(x)) if x.size else 0.0
        if name in ("var", "std"):
            scale = float(np.sum(x * x)) if x.size else 0.0
        if name == "prod":
            params["tol"] = f"ulp:{2 * n + 2}"
        else:
            eps = float(np.finfo(dtype if dtype in FLOATS else "float64").eps)
            bound = 4 * n * eps * scale + np.finfo(dtype if dtype in FLOATS else "float64").tiny
            if name == "std":
                bound = math.sqrt(bound) + 4 * eps * math.sqrt(scale)
            params["tol"] = "abs:" + float(bound).hex()
    return Program(name, params, bases, [a], lambda: f(a.numpy(), **kw))


def repr_program(g, name):
    bases = []
    dtype = g.choice(DTYPES + ["str"])
    shape = g.shape(max_dim=4)
    if dtype == "str":
        a = View(Base(np.array(["".join(g.choice(list("abcXYZ é")) for _ in range(int(g.rng.integers(0, 5))))
                                for _ in range(int(np.prod(shape)) if shape else 1)]).reshape(shape)), [])
        bases.append(a.base)
    else:
        a = g.view(dtype, shape, bases)
    fn = repr if name == "repr" else str
    return Program(name, {}, bases, [a], lambda: fn(a.numpy()))


def index_expr(g, shape, fancy=True):
    r = len(shape)
    parts = []
    k = int(g.rng.integers(1, r + 2))
    used_ellipsis = False
    for i in range(k):
        d = shape[i] if i < r else 1
        kind = g.choice(["int", "slice", "slice", "none", "ellipsis", "list"],
                        p=[0.3, 0.35, 0.0, 0.1, 0.1, 0.15] if fancy else [0.35, 0.45, 0.0, 0.1, 0.1, 0.0])
        if kind == "int":
            parts.append(str(int(g.rng.integers(-d - 1, d + 1)) if d > 0 else int(g.rng.integers(-1, 2))))
        elif kind == "slice":
            start = g.choice(["", str(int(g.rng.integers(-d - 1, d + 2)))])
            stop = g.choice(["", str(int(g.rng.integers(-d - 1, d + 2)))])
            step = g.choice(["", "", "2", "-1", "-2"])
            parts.append(f"{start}:{stop}" + (f":{step}" if step else ""))
        elif kind == "none":
            parts.append("None")
        elif kind == "ellipsis" and not used_ellipsis:
            parts.append("...")
            used_ellipsis = True
        elif kind == "list":
            n = int(g.rng.integers(0, 3))
            parts.append("[" + ", ".join(str(int(g.rng.integers(-d - 1, d + 1)) if d else 0) for _ in range(n)) + "]"
                         if n else "[]")
        else:
            parts.append(":")
    return ", ".join(parts)


def get_program(g, name):
    bases = []
    dtype = g.choice(DTYPES)
    shape = g.shape()
    a = g.view(dtype, shape, bases)
    expr = index_expr(g, shape)
    return Program(name, {"index": q(expr)}, bases, [a], lambda: np.asarray(a.numpy()[index_np(expr)]).copy())


def index_np(expr):
    # NumPy reads [] as an empty float array; an index list literal of ndvec is int64, as NumPy's
    # [1, 2]: empty lists become empty int arrays here
    ix = eval_index(expr)
    fix = lambda x: np.array([], dtype=np.intp) if isinstance(x, list) and not x else (np.array(x, dtype=np.intp) if isinstance(x, list) else x)
    return tuple(fix(x) for x in ix) if isinstance(ix, tuple) else fix(ix)


def set_program(g, name):
    bases = []
    dtype = g.choice(DTYPES)
    shape = g.shape()
    a = g.view(dtype, shape, bases, writable=not g.chance(0.05))
    expr = index_expr(g, shape)
    params = {"index": q(expr)}
    if g.chance(0.5):
        s = g.scalar(g.choice(["int", "float"]))

        def call():
            x = a.numpy()
            x[index_np(expr)] = s.value
            return x
        return Program(name, params, bases, [a, s], call, writes=True)
    try:
        target = np.asarray(a.numpy()[index_np(expr)]).shape
    except Exception:  # noqa: BLE001 - the error is the answer
        target = ()
    vshape = target[int(g.rng.integers(0, len(target) + 1)):] if target else ()
    if g.chance(0.1):
        vshape = tuple(d + 1 for d in vshape) or (2,)
    v = g.view(g.choice(NUMERIC + ["bool"]), vshape, bases)

    def call2():
        x = a.numpy()
        x[index_np(expr)] = v.numpy()
        return x
    return Program(name, params, bases, [a, v], call2, writes=True)


def take_program(g, name):
    bases = []
    dtype = g.choice(DTYPES)
    shape = g.shape()
    a = g.view(dtype, shape, bases)
    r = len(shape)
    ax = g.axis(r)
    d = shape[ax] if -r <= ax < r else 1
    ishape = g.shape(rank=int(g.rng.integers(0, 3)))
    idx = g.rng.integers(-d - 1, d + 1, int(np.prod(ishape)) if ishape else 1).reshape(ishape).astype(np.int64)
    ib = Base(idx)
    bases.append(ib)
    i = View(ib, [])
    return Program(name, {"axis": str(ax)}, bases, [a, i], lambda: np.take(a.numpy(), i.numpy(), axis=ax))


def join_program(g, name):
    bases = []
    k = int(g.rng.integers(1, 4))
    shape = g.shape(rank=int(g.rng.integers(0, 4)))
    r = len(shape)
    ax = g.axis(r, 0 if name == "concatenate" else 1)
    strings = g.chance(0.15)
    views = []
    for _ in range(k):
        s = list(shape)
        if name == "concatenate" and r and -r <= ax < r and g.chance(0.6):
            s[ax] = int(g.rng.integers(0, 4))
        if g.chance(0.05) and r:
            s[int(g.rng.integers(r))] += 1  # a mismatch
        if strings:
            width = int(g.rng.integers(1, 5))
            vals = np.array(["".join(g.choice(list("abc")) for _ in range(int(g.rng.integers(0, width + 1))))
                             for _ in range(int(np.prod(s)) if s else 1)] + ["x" * width])
            base_full = Base(vals)
            bases.append(base_full)
            # a view of the first n elements keeps the base's width, as [:n] does in NumPy
            n = int(np.prod(s)) if s else 1
            v = View(base_full, [("i", f":{n}")])
            views.append((v, tuple(s)))
        else:
            views.append((g.view(g.choice(DTYPES), tuple(s), bases), tuple(s)))
    f = np.concatenate if name == "concatenate" else np.stack

    def call():
        arrays = [v.numpy().reshape(s) if strings else v.numpy() for v, s in views]
        return f(arrays, axis=ax)
    params = {"axis": str(ax)}
    if strings:
        params["shapes"] = "/".join(",".join(map(str, s)) for _, s in views)
    return Program(name, params, bases, [v for v, _ in views], call)


def sort_program(g, name):
    bases = []
    dtype = g.choice(NUMERIC + ["bool"])
    shape = g.shape(max_dim=5)
    a = g.view(dtype, shape, bases)
    r = len(shape)
    ax = g.axis(r)
    if name == "sort":
        return Program(name, {"axis": str(ax)}, bases, [a], lambda: np.sort(a.numpy(), axis=ax))
    return Program(name, {"axis": str(ax)}, bases, [a], lambda: np.argsort(a.numpy(), axis=ax, kind="stable"))


def shape_program(g, name):
    bases = []
    dtype = g.choice(DTYPES)
    shape = g.shape()
    a = g.view(dtype, shape, bases)
    r = len(shape)
    params = {}
    if name == "reshape":
        n = int(np.prod(shape)) if shape else 1
        divisors = [d for d in range(1, n + 1) if n % d == 0] or [1]
        d = int(g.choice(divisors))
        new = g.choice([(n,), (d, n // d if d else 0), (-1,), (d, -1), (1, n, 1), (n + 1,)])
        params["shape"] = ",".join(map(str, new))
        return Program(name, params, bases, [a], lambda: np.reshape(a.numpy(), new).copy())
    if name == "transpose":
        perm = [int(x) for x in g.rng.permutation(r)]
        if g.chance(0.1) and r:
            perm[0] = perm[-1]
        params["axes"] = ",".join(map(str, perm))
        return Program(name, params, bases, [a], lambda: np.transpose(a.numpy(), perm).copy())
    if name == "squeeze":
        ax = g.axis(r)
        params["axis"] = str(ax)
        return Program(name, params, bases, [a], lambda: np.squeeze(a.numpy(), ax).copy())
    if name == "expand_dims":
        ax = g.axis(r, 1)
        params["axis"] = str(ax)
        return Program(name, params, bases, [a], lambda: np.expand_dims(a.numpy(), ax).copy())
    if name == "flip":
        ax = g.axis(r)
        params["axis"] = str(ax)
        return Program(name, params, bases, [a], lambda: np.flip(a.numpy(), ax).copy())
    if name == "astype":
        to = g.choice(DTYPES)
        params["dtype"] = to
        if dtype in FLOATS and to in INTS:
            # NaN, inf and out-of-range floats into integers are undefined in C (NumPy warns): not these
            bases.clear()
            a = g.view(dtype, shape, bases, special=False)
        return Program(name, params, bases, [a], lambda: a.numpy().astype(to))
    raise AssertionError(name)


def where_program(g, name):
    bases = []
    shape = g.shape()
    c = g.view("bool", shape, bases)
    s1, s2 = broadcast_pair(g)
    x = g.view(g.choice(DTYPES), s1[len(s1) - min(len(s1), len(shape)):] if g.chance(0.7) else s1, bases)
    y = g.view(g.choice(DTYPES), s2[len(s2) - min(len(s2), len(shape)):] if g.chance(0.7) else s2, bases)
    return Program(name, {}, bases, [c, x, y], lambda: np.where(c.numpy(), x.numpy(), y.numpy()))


def clip_program(g, name):
    bases = []
    a = g.view(g.choice(NUMERIC), g.shape(), bases)
    lo = float(g.choice([-1.5, 0.0, -2.0, np.nan]))
    hi = float(g.choice([1.5, 2.0, 0.0, 3.0]))
    return Program(name, {}, bases, [a, Scalar(lo), Scalar(hi)], lambda: np.clip(a.numpy(), lo, hi))


def matmul_program(g, name):
    bases = []
    dt = g.choice(NUMERIC + ["bool"])
    m, k, n = (int(g.rng.integers(0, 4)) for _ in range(3))
    if g.chance(0.1):
        k2 = k + 1
    else:
        k2 = k
    batch = g.shape(rank=int(g.rng.integers(0, 2)))
    sa = batch + (m, k) if g.chance(0.85) else (k,)
    sb = (k2, n) if g.chance(0.85) else (k2,)
    a = g.view(dt, sa, bases, special=False, small=True)
    b = g.view(g.choice([dt, g.choice(NUMERIC)]), sb, bases, special=False, small=True)
    params = {}
    if dt in FLOATS or b.base.array.dtype.kind == "f":
        bound = 8 * max(k, 1) * float(np.finfo(np.float32).eps) * (
            float(np.sum(np.abs(a.numpy().astype(np.float64)))) * float(np.max(np.abs(b.numpy().astype(np.float64)),
                                                                               initial=0)) + 1)
        params["tol"] = "abs:" + float(bound).hex()
    return Program(name, params, bases, [a, b], lambda: np.matmul(a.numpy(), b.numpy()))


OPS = {}
for _n in BINARY:
    OPS[_n] = (binary_program, 3 if _n in ("add", "multiply", "divide", "power", "floor_divide", "remainder") else 2)
for _n in UNARY:
    OPS[_n] = (unary_program, 1)
for _n in REDUCTIONS:
    OPS[_n] = (reduction_program, 3)
OPS["repr"] = (repr_program, 3)
OPS["str"] = (repr_program, 2)
OPS["get"] = (get_program, 8)
OPS["set"] = (set_program, 8)
OPS["take"] = (take_program, 4)
OPS["concatenate"] = (join_program, 4)
OPS["stack"] = (join_program, 3)
OPS["sort"] = (sort_program, 2)
OPS["argsort"] = (sort_program, 2)
for _n in ("reshape", "transpose", "squeeze", "expand_dims", "flip", "astype"):
    OPS[_n] = (shape_program, 2)
OPS["where"] = (where_program, 2)
OPS["clip"] = (clip_program, 2)
OPS["matmul"] = (matmul_program, 3)


# ---------------------------------------------------------------- running

def run(program):
    bases = program.bases
    try:
        result = program.call()
        if isinstance(result, str):
            expect = "STR|" + q(result)
        else:
            expect = "OK|" + enc_array(np.asarray(result))
    except Exception as e:  # noqa: BLE001 - NumPy's error is the known answer
        expect = f"ERR|{type(e).__name__}|{q(str(e))}"
        # a failed call writes nothing in ndvec (CONTRIBUTING); NumPy may leave part of its
        # output written (power raising on a negative exponent mid-loop): the bases as before
        return expect, "-"
    after = ";".join(enc_array(b.array) for b in bases) if program.writes else "-"
    return expect, after


def unsupported_result(p):
    """NumPy answers in float16 or int8 for some bool inputs, dtypes ndvec lacks (README: it uses
    float32 and int64 there, a documented difference): such programs are drawn again."""
    def lacking(call):
        try:
            r = call()
        except Exception as e:  # noqa: BLE001
            return "float16" in str(e) or "int8" in str(e)
        finally:
            for b in p.bases:
                b.array = b.original.copy()
        return not isinstance(r, str) and np.asarray(r).dtype.name in ("float16", "int8", "uint8")

    # the call itself too: with out=, NumPy names its int8 loop in a cast error even where the
    # probe (no out=) fails on broadcasting instead
    return lacking(p.probe or p.call) or (p.probe is not None and lacking(p.call))


def main():
    g = Gen(SEED)
    names = list(OPS)
    weights = np.array([OPS[n][1] for n in names], dtype=float)
    weights /= weights.sum()
    lines = []
    for i in range(COUNT):
        name = names[int(g.rng.choice(len(names), p=weights))]
        p = OPS[name][0](g, name)
        while unsupported_result(p):
            p = OPS[name][0](g, name)
        before = ";".join(enc_array(b.array) for b in p.bases)
        args = []
        for x in p.args:
            if isinstance(x, tuple):
                args.append(x[1].encode("O", p.bases))
            elif isinstance(x, Scalar):
                args.append(x.encode())
            else:
                args.append(x.encode("V", p.bases))
        expect, after = run(p)
        params = ";".join(f"{k}={v}" for k, v in p.params.items())
        lines.append("\t".join([str(i), p.op, params, before, ";".join(args), expect, after]))
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "programs.tsv.gz")
    text = f"# generated by src/test/python/gen_differential_fixtures.py with NumPy {np.__version__}\n" + "\n".join(lines) + "\n"
    with open(path, "wb") as fh:
        # mtime 0 and no file name: the same programs give the same bytes
        with gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as z:
            z.write(text.encode("utf-8"))
    print(f"{len(lines)} programs -> {path} ({os.path.getsize(path)} bytes)")


if __name__ == "__main__":
    main()
