"""Known answers for the elementwise engine, computed by NumPy.

Run from the repository root:  python3 src/test/python/elementwise_fixtures.py
Writes src/test/resources/fixtures/elementwise/{binary,unary,broadcast}.txt, read by
ElementwiseFixtureTest. One case per line, fields separated by '|':

  binary:    ufunc | a | b | result        (operands: dtype:shape:values or py<kind>:value)
  unary:     ufunc | a | result
  broadcast: ufunc | a | b | result
  result:    dtype:shape:values, or !ExceptionName:message

Values are comma-separated reprs (nan, inf, -inf, -0.0 kept); shapes like 2x3 ('' for 0-d).
"""
import os
import warnings

import numpy as np

warnings.simplefilter("ignore")
OUT = os.path.join("src", "test", "resources", "fixtures", "elementwise")
DTYPES = ["bool", "int32", "int64", "float32", "float64"]
VALUES = {
    "bool": [True, False, True, True, False, False, True, False],
    "int32": [7, -7, 0, 3, -3, 2147483647, -2147483648, 1],
    "int64": [7, -7, 0, 3, -3, 9223372036854775807, -9223372036854775808, 1],
    "float32": [7.5, -7.25, 0.0, -0.0, np.nan, np.inf, -np.inf, 3.0],
    "float64": [7.5, -7.25, 0.0, -0.0, np.nan, np.inf, -np.inf, 1e-310],
}
SECOND = {  # second operands: different order and a zero divisor
    "bool": [True, True, False, True, False, True, False, False],
    "int32": [2, 2, -2, 0, -2, 1, -1, 0],
    "int64": [2, 2, -2, 0, -2, 1, -1, 0],
    "float32": [2.0, -0.0, 0.0, 3.0, 1.0, -np.inf, np.nan, -2.0],
    "float64": [2.0, -0.0, 0.0, 3.0, 1.0, -np.inf, np.nan, -2.5],
}
BINARY = ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "power",
          "maximum", "minimum", "fmax", "fmin", "bitwise_and", "bitwise_or", "bitwise_xor",
          "left_shift", "right_shift",
          "equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
          "logical_and", "logical_or", "logical_xor"]
UNARY = ["negative", "absolute", "sign", "square", "reciprocal", "sqrt", "exp", "expm1", "log",
         "log1p", "log2", "log10", "sin", "cos", "tan", "tanh", "floor", "ceil", "rint", "invert",
         "logical_not", "isnan", "isinf", "isfinite"]
SCALARS = [("pyint", 3), ("pyint", -2), ("pyfloat", 1.5), ("pyfloat", -0.0), ("pybool", True)]


def fmt_value(v):
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (np.floating, float)):
        if np.isnan(v):
            return "nan"
        return repr(float(v)) if np.dtype(type(v)) != np.float32 else repr(float(v))
    return str(int(v))


def fmt_array(a):
    a = np.asarray(a)
    shape = "x".join(str(d) for d in a.shape)
    return "%s:%s:%s" % (a.dtype, shape, ",".join(fmt_value(v) for v in a.ravel()))


def result(fn):
    try:
        return fmt_array(fn())
    except Exception as e:  # the message is the known answer
        return "!%s:%s" % (type(e).__name__, str(e).replace("\n", " "))


def binary_cases():
    lines = []
    for op in BINARY:
        f = getattr(np, op)
        for ta in DTYPES:
            for tb in DTYPES:
                a = np.array(VALUES[ta], dtype=ta)
                b = np.array(SECOND[tb], dtype=tb)
                if op == "power" and tb.startswith("int"):
                    b = np.abs(b)  # negative integer exponents only raise; keep values to compare
                lines.append("|".join([op, fmt_array(a), fmt_array(b), result(lambda: f(a, b))]))
            for kind, v in SCALARS:
                a = np.array(VALUES[ta], dtype=ta)
                lines.append("|".join([op, fmt_array(a), "%s:%s" % (kind, v), result(lambda: f(a, v))]))
    # shift counts around and past the width, and negative ones
    for op in ["left_shift", "right_shift"]:
        for t in ["int32", "int64"]:
            bits = np.dtype(t).itemsize * 8
            a = np.array([1, -1, 5, -8, 123456789, -123456789, 7, -7, 1, -1], dtype=t)
            b = np.array([0, 1, bits - 1, bits - 1, bits, bits, bits + 1, -1, 100, -100], dtype=t)
            lines.append("|".join([op, fmt_array(a), fmt_array(b), result(lambda: getattr(np, op)(a, b))]))
    return lines


def unary_cases():
    lines = []
    for op in UNARY:
        f = getattr(np, op)
        for t in DTYPES:
            a = np.array(VALUES[t], dtype=t)
            lines.append("|".join([op, fmt_array(a), result(lambda: f(a))]))
    return lines


def broadcast_cases():
    rng = np.random.default_rng(3)
    pairs = [((2, 3), (3,)), ((2, 1), (1, 3)), ((4, 1, 3), (2, 1)), ((), (2, 2)), ((0, 3), (1,)),
             ((3,), (4,)), ((2, 3), (3, 2)), ((1,), (5,)), ((2, 0), (2, 1))]
    lines = []
    for sa, sb in pairs:
        a = rng.integers(-5, 6, size=sa).astype(np.float64)
        b = rng.integers(-5, 6, size=sb).astype(np.float64)
        for op in ["add", "subtract", "maximum"]:
            lines.append("|".join([op, fmt_array(a), fmt_array(b), result(lambda: getattr(np, op)(a, b))]))
    return lines


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, cases in [("binary", binary_cases()), ("unary", unary_cases()), ("broadcast", broadcast_cases())]:
        with open(os.path.join(OUT, name + ".txt"), "w") as fh:
            fh.write("# generated by src/test/python/elementwise_fixtures.py with NumPy %s\n" % np.__version__)
            fh.write("\n".join(cases) + "\n")


if __name__ == "__main__":
    main()
