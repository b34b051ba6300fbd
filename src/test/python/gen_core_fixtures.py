#!/usr/bin/env python3
"""Known answers from NumPy for the NDArray model (issue 2): creation, basic
indexing, views, reshape, shape manipulation, casting and error texts.

Writes src/test/resources/fixtures/core/*.txt, one case per line, fields separated
by tabs. Floats are written with float.hex() (nan/inf spelled out) so Java reads
them back exactly. Run from the repository root:  python3 src/test/python/gen_core_fixtures.py
"""
import itertools
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures", "core")


def fhex(x):
    x = float(x)
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    return x.hex()


def shape_str(s):
    return ",".join(str(d) for d in s)


def values(a):
    a = np.asarray(a)
    if a.dtype.kind == "f":
        return " ".join(fhex(v) for v in a.ravel())
    if a.dtype.kind == "b":
        return " ".join("1" if v else "0" for v in a.ravel())
    return " ".join(str(int(v)) for v in a.ravel())


def error_of(fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - we record NumPy's message, whatever its type
        return type(e).__name__, str(e).strip()
    raise AssertionError("expected an error")


def creation(f):
    # kind, args, dtype, shape, values
    cases = []
    for args in [(10,), (3, 9), (-5, 5), (10, 0, -3), (0, 10, 4), (5, 5), (7, 2)]:
        cases.append(("arange_int", args, np.arange(*args)))
    for args in [(0, 1, 0.1), (1.5, 7.3, 0.7), (0.0, 2.0, 0.3), (-1.0, 1.0, 0.25), (10.0, 0.0, -1.5),
                 (0.1, 0.9, 0.1), (1e-3, 2e-3, 1e-4), (3.0,), (2.5,)]:
        cases.append(("arange_float", args, np.arange(*args)))
    for args in [(0, 1, 5), (0, 1, 11), (-3.5, 7.25, 17), (1, 1, 4), (0, 1, 1), (0, 1, 0), (2.0, 3.0, 7),
                 (0.1, 0.7, 9), (-1e6, 1e6, 13)]:
        cases.append(("linspace", args, np.linspace(*args)))
    for args in [(0, 1, 5, False), (0.3, 1.7, 8, False), (5, 1, 6, False)]:
        cases.append(("linspace", args, np.linspace(args[0], args[1], args[2], endpoint=args[3])))
    for args in [(3,), (2, 4, 1), (4, 3, -1), (3, 5, 7), (3, 3, -5)]:
        cases.append(("eye", args, np.eye(*args)))
    for kind, args, a in cases:
        f.write("\t".join([kind, " ".join(repr(x) for x in args), str(a.dtype), shape_str(a.shape), values(a)]) + "\n")


BASIC_PIECES = [":", "0", "-1", "1:3", "::2", "::-1", "3:0:-1", "-2:", ":-2", "5:1", "None", "...", "1::-2",
                "-100:100", "::3", "-1:-7:-2"]


def basic_indexing(f):
    base = np.arange(90).reshape(3, 1, 5, 6)
    count = 0
    for n in range(1, 4):
        for combo in itertools.product(BASIC_PIECES, repeat=n):
            expr = ", ".join(combo)
            try:
                r = eval("base[" + expr + "]")  # noqa: S307 - our own fixed expressions
            except IndexError as e:
                f.write("\t".join(["error", expr, type(e).__name__, str(e)]) + "\n")
                continue
            r = np.asarray(r)
            strides = ",".join(str(s // base.itemsize) for s in r.strides)
            f.write("\t".join(["ok", expr, shape_str(r.shape), strides, values(r)]) + "\n")
            count += 1
    return count


def reshapes(f):
    # view expression over arange(n).reshape(shape), then reshape target: is it a view, and the values
    cases = []
    base = np.arange(120).reshape(4, 5, 6)
    views = {
        "": base,
        "T": base.T,
        "1:3": base[1:3],
        ":, ::2": base[:, ::2],
        ":, :, ::-1": base[:, :, ::-1],
        "::-1": base[::-1],
        ":, 1:4, :": base[:, 1:4, :],
        ":, :, 0": base[:, :, 0],
        "None, :, :, None": base[None, :, :, None],
        "2, None, :, 1:5": base[2, None, :, 1:5],
    }
    targets = [(-1,), (4, 30), (20, -1), (2, 2, 30), (1, 120), (-1, 1), (4, 5, 6, 1), (4, 1, 5, 1, 6),
               (2, 3, 4, 5), (6, -1), (5, 4, 6), (2, 2, -1)]
    for vexpr, v in views.items():
        for t in targets:
            try:
                r = v.reshape(t)
            except ValueError as e:
                f.write("\t".join(["error", vexpr, shape_str(t), str(e)]) + "\n")
                continue
            view = np.shares_memory(r, base)
            f.write("\t".join(["ok", vexpr, shape_str(t), shape_str(r.shape), "view" if view else "copy",
                               values(r)]) + "\n")


def casts(f):
    floats = np.array([0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e9, -1e9, 3e9, -3e9, 2**31, -2**31 - 1,
                       9.3e18, -9.3e18, 1e300, float("nan"), float("inf"), float("-inf"), 16777217.0, 1e-310],
                      dtype=np.float64)
    ints = np.array([0, 1, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**40 + 3, 2**53 + 1, 2**62 + 2**40 + 1,
                     -(2**63), 2**63 - 1, 16777217, 33554435], dtype=np.int64)
    import warnings
    warnings.simplefilter("ignore")
    for name, src in [("float64", floats), ("float32", floats.astype(np.float32)), ("int64", ints),
                      ("int32", ints.astype(np.int32)), ("bool", np.array([True, False, True]))]:
        for dst in ["float64", "float32", "int64", "int32", "bool"]:
            r = src.astype(dst)
            f.write("\t".join([name, values(src), dst, values(r)]) + "\n")


def errors(f):
    a = np.arange(6).reshape(2, 3)
    cases = {
        "reshape 4,-1": lambda: a.reshape(4, -1),
        "reshape -1,-1": lambda: a.reshape(-1, -1),
        "reshape 4": lambda: a.reshape(4),
        "reshape 5,2": lambda: a.reshape(5, 2),
        "reshape 4,-2": lambda: a.reshape(4, -2),
        "index 10 0": lambda: a[10, 0],
        "index 0 -4": lambda: a[0, -4],
        "index 0 0 0": lambda: a[0, 0, 0],
        "index ... ...": lambda: a[..., ...],
        "slice ::0": lambda: a[::0],
        "transpose 0,0": lambda: a.transpose(0, 0),
        "transpose 0,1,2": lambda: a.transpose(0, 1, 2),
        "transpose 0,2": lambda: a.transpose(0, 2),
        "swapaxes 0,2": lambda: a.swapaxes(0, 2),
        "squeeze 0": lambda: a.squeeze(0),
        "expand_dims 4": lambda: np.expand_dims(a, 4),
        "expand_dims 0,0": lambda: np.expand_dims(a, (0, 0)),
        "broadcast_to 4": lambda: np.broadcast_to(a, (4,)),
        "broadcast_to 3,3": lambda: np.broadcast_to(a, (3, 3)),
        "item": lambda: a.item(),
    }
    for k, fn in cases.items():
        t, msg = error_of(fn)
        f.write("\t".join([k, t, msg]) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "creation.txt"), "w") as f:
        creation(f)
    with open(os.path.join(OUT, "basic_indexing.txt"), "w") as f:
        basic_indexing(f)
    with open(os.path.join(OUT, "reshape.txt"), "w") as f:
        reshapes(f)
    with open(os.path.join(OUT, "casts.txt"), "w") as f:
        casts(f)
    with open(os.path.join(OUT, "errors.txt"), "w") as f:
        errors(f)
    print("numpy", np.__version__, "->", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
