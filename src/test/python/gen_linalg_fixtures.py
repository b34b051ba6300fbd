#!/usr/bin/env python3
"""NumPy known answers for the matrix products and np.linalg (issue 5).

Run from the repository root: python3 src/test/python/gen_linalg_fixtures.py
Writes src/test/resources/fixtures/linalg/{products,linalg}.txt, one case per block:
    case <op> [<param>]
    in <dtype> <shape,comma,separated or -> <values...>
    out <dtype> <shape> <values...>       (or: err <exact NumPy message>)
Values are repr() of Python floats/ints, so float64 round-trips exactly.
"""
import numpy as np

rng = np.random.default_rng(5)
NAMES = {np.float64: "float64", np.float32: "float32", np.int32: "int32", np.int64: "int64", np.bool_: "bool"}


def arr_line(tag, a):
    a = np.asarray(a)
    dt = NAMES[a.dtype.type]
    shape = ",".join(str(d) for d in a.shape) or "-"
    if a.dtype == np.bool_:
        vals = " ".join("1" if v else "0" for v in a.ravel())
    elif a.dtype.kind == "f":
        vals = " ".join(repr(float(v)) for v in a.ravel())
    else:
        vals = " ".join(str(int(v)) for v in a.ravel())
    return f"{tag} {dt} {shape} {vals}".rstrip()


def ints(shape, dtype, lo=-4, hi=5):
    return rng.integers(lo, hi, size=shape).astype(dtype)


def case(out, op, ins, fn, param=None):
    lines = [f"case {op}" + (f" {param}" if param is not None else "")]
    lines += [arr_line("in", a) for a in ins]
    try:
        r = fn(*ins)
        if isinstance(r, tuple):
            lines += [arr_line("out", x) for x in r]
        else:
            lines.append(arr_line("out", r))
    except Exception as e:  # the exact message is the expected answer
        lines.append(f"err {e}")
    out.append("\n".join(lines))


def products():
    out = []
    f64, f32, i32, i64, b = np.float64, np.float32, np.int32, np.int64, np.bool_
    mm = np.matmul
    for sa, sb in [((2, 3), (3, 4)), ((3,), (3, 2)), ((2, 3), (3,)), ((4,), (4,)), ((2, 1, 2, 3), (3, 3, 2)),
                   ((3,), (2, 3, 4)), ((2, 2, 3), (3,)), ((2, 3), (2, 4)), ((2, 2, 3), (3, 3, 4)), ((0, 3), (3, 2)),
                   ((2, 0), (0, 3))]:
        case(out, "matmul", [ints(sa, f64), ints(sb, f64)], mm)
    for da, db in [(i32, i32), (i32, i64), (i32, f32), (f32, f32), (b, f32), (i64, f64), (f32, f64)]:
        case(out, "matmul", [ints((3, 4), da), ints((4, 2), db)], mm)
    case(out, "matmul", [rng.integers(0, 2, (3, 4)).astype(b), rng.integers(0, 2, (4, 5)).astype(b)], mm)
    case(out, "matmul", [np.array(2.0), ints((3,), f64)], mm)
    case(out, "matmul", [ints((3,), f64), np.array(2.0)], mm)
    for sa, sb in [((), (3,)), ((2, 3), ()), ((3,), (3,)), ((2, 3), (3, 4)), ((2, 3), (3,)), ((2, 3, 4), (4,)),
                   ((2, 3, 4), (5, 4, 2)), ((3,), (4,)), ((2, 3), (4, 5)), ((2, 3, 4), (3, 5, 2))]:
        case(out, "dot", [ints(sa, f64), ints(sb, f64)], np.dot)
    case(out, "dot", [ints((2, 3), i32), np.array(3, dtype=i32)], np.dot)
    for sa, sb in [((3,), (3,)), ((2, 3), (4, 3)), ((2, 2, 3), (3,)), ((), (2, 2)), ((2, 3), (5, 4))]:
        case(out, "inner", [ints(sa, f64), ints(sb, f64)], np.inner)
    for sa, sb in [((3,), (4,)), ((2, 2), (3,))]:
        case(out, "outer", [ints(sa, f64), ints(sb, i32)], np.outer)
    case(out, "outer", [rng.integers(0, 2, (3,)).astype(b), rng.integers(0, 2, (2,)).astype(b)], np.outer)
    for sa, sb in [((2, 3), (3, 2)), ((3,), (4,))]:
        case(out, "vdot", [ints(sa, f64), ints(sb, f64)], np.vdot)
    for sa, sb, ax in [((2, 3, 4), (3, 4, 5), 2), ((2, 3), (4, 5), 0), ((2, 3), (3, 2), 1), ((2, 3), (4, 5), 1)]:
        case(out, "tensordot", [ints(sa, f64), ints(sb, f64)], lambda x, y, ax=ax: np.tensordot(x, y, ax), ax)
    for sa, sb, ax in [((3, 4, 5), (4, 3, 2), "1,0;0,1"), ((2, 3, 4), (4, 2), "-1,0;0,1"), ((2, 3), (2, 3), "0;1")]:
        pa, pb = ([int(v) for v in part.split(",")] for part in ax.split(";"))
        case(out, "tensordot", [ints(sa, f64), ints(sb, f64)],
             lambda x, y, pa=pa, pb=pb: np.tensordot(x, y, (pa, pb)), ax)
    return out


def linalg():
    out = []
    L = np.linalg
    a2 = np.array([[1.0, 2.0], [3.0, 4.0]])
    spd = (lambda m: m @ m.T + 4 * np.eye(4))(rng.standard_normal((4, 4)))
    g4 = rng.standard_normal((4, 4))
    r53 = rng.standard_normal((5, 3))
    case(out, "det", [a2], L.det)
    case(out, "det", [g4], L.det)
    case(out, "det", [ints((2, 3, 3), np.int32)], L.det)
    case(out, "slogdet", [g4], lambda m: tuple(L.slogdet(m)))
    case(out, "slogdet", [np.zeros((2, 2))], lambda m: tuple(L.slogdet(m)))
    case(out, "inv", [g4], L.inv)
    case(out, "inv", [np.array([[1.0, 2.0], [2.0, 4.0]])], L.inv)
    case(out, "inv", [np.zeros((2, 3))], L.inv)
    case(out, "inv", [np.ones(3)], L.inv)
    case(out, "inv", [a2.astype(np.float32)], L.inv)
    case(out, "solve", [g4, rng.standard_normal(4)], L.solve)
    case(out, "solve", [g4, rng.standard_normal((4, 2))], L.solve)
    case(out, "cholesky", [spd], L.cholesky)
    case(out, "cholesky", [-np.eye(2)], L.cholesky)
    case(out, "lstsq", [r53, rng.standard_normal(5)], lambda x, y: L.lstsq(x, y, rcond=None)[0])
    case(out, "svdvals", [r53], lambda m: L.svd(m, compute_uv=False))
    case(out, "svdvals", [g4], lambda m: L.svd(m, compute_uv=False))
    case(out, "eigvalsh", [spd], L.eigvalsh)
    case(out, "eigh", [np.array([[2.0, 1.0], [1.0, 2.0]])], lambda m: tuple(L.eigh(m)))
    rot = np.array([[0.0, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 2.0]])
    case(out, "eigvals", [rot], lambda m: (np.sort_complex(L.eigvals(m)).real, np.sort_complex(L.eigvals(m)).imag))
    case(out, "eigvals", [g4], lambda m: (np.sort_complex(L.eigvals(m)).real, np.sort_complex(L.eigvals(m)).imag))
    for o in ["None", "fro", "nuc", "1", "-1", "2", "-2", "inf", "-inf"]:
        ov = None if o == "None" else (o if o in ("fro", "nuc") else float(o))
        case(out, "norm", [a2], lambda m, ov=ov: np.asarray(L.norm(m, ov)), o)
    for o in ["None", "1", "2", "inf", "-inf", "0", "3"]:
        ov = None if o == "None" else float(o)
        case(out, "norm", [np.array([3.0, -4.0, 0.0, 1.0])], lambda v, ov=ov: np.asarray(L.norm(v, ov)), o)
    case(out, "norm", [np.ones((2, 2))], lambda m: L.norm(m, 3), "3")
    case(out, "norm", [np.ones(2)], lambda m: L.norm(m, "fro"), "fro")
    case(out, "matrix_rank", [np.array([[1.0, 2.0], [2.0, 4.0]])], lambda m: np.asarray(L.matrix_rank(m)))
    case(out, "matrix_rank", [r53], lambda m: np.asarray(L.matrix_rank(m)))
    case(out, "pinv", [r53], L.pinv)
    case(out, "pinv", [np.array([[1.0, 2.0], [2.0, 4.0]])], L.pinv)
    return out


def eig_order():
    """np.linalg.eigvals of random square matrices, in LAPACK's order (half of them symmetric):
    n|matrix|real parts|imaginary parts, floats as float.hex()."""
    rs = np.random.RandomState(7)
    out = []
    for t in range(200):
        n = rs.randint(2, 9)
        a = rs.randn(n, n)
        if t % 2 == 0:
            a = a + a.T
        w = np.linalg.eigvals(a)
        out.append("|".join([str(n), " ".join(float(x).hex() for x in a.ravel()),
                             " ".join(float(x).hex() for x in w.real), " ".join(float(x).hex() for x in w.imag)]))
    return out


def main():
    for name, cases in [("products", products()), ("linalg", linalg()), ("eig_order", eig_order())]:
        with open(f"src/test/resources/fixtures/linalg/{name}.txt", "w") as f:
            f.write("# GENERATED by src/test/python/gen_linalg_fixtures.py with NumPy " + np.__version__ + "\n")
            f.write("\n".join(cases) + "\n")


if __name__ == "__main__":
    main()
