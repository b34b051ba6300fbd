"""Known answers for ndvec's reductions, statistics, softmax and losses, from NumPy.

Run from the repository root:  python3 src/test/python/reductions_fixtures.py
Writes src/test/resources/fixtures/reductions/*.tsv. Each line is one case, tab-separated:
    op  args  in_dtype  in_shape  layout  in_data  out_dtype  out_shape  out_data
In folds.tsv the four input fields are replaced by `@id`, defined once by a line
    @id  in_dtype  in_shape  layout  in_data
`layout` is C (data is the input in C order) or T (data is the C-order transpose; the test
builds it and takes .T, so the input is a non-contiguous view). `out_data` is either the
values in C order or `ERROR:<NumPy's message>`. Floats are written with repr (nan/inf spelled
as Python spells them), so float64 values round-trip exactly.
"""
import os
import warnings

import numpy as np

OUT = os.path.join("src", "test", "resources", "fixtures", "reductions")
warnings.simplefilter("ignore")  # all-NaN slices and empty means warn; the values are the point


def fmt_values(a):
    a = np.asarray(a)
    if a.dtype == np.bool_:
        return ",".join("1" if v else "0" for v in a.ravel())
    if a.dtype.kind in "iu":
        return ",".join(str(int(v)) for v in a.ravel())
    if a.dtype == np.float32:
        return ",".join("%.9g" % v for v in a.ravel())
    return ",".join(repr(float(v)) for v in a.ravel())


def shape_str(s):
    return "x".join(str(d) for d in s) if len(s) else "scalar"


def line(op, args, a, layout, result):
    stored = a.T if layout == "T" else a
    if isinstance(result, Exception):
        out = ("-", "-", "ERROR:" + str(result))
    else:
        r = np.asarray(result)
        out = (str(r.dtype), shape_str(r.shape), fmt_values(r))
    return "\t".join([op, args, str(a.dtype), shape_str(stored.shape), layout, fmt_values(stored), *out])


def call(f):
    try:
        return f()
    except Exception as e:  # NumPy's error text is part of the contract
        return e


def inputs():
    """(array, layouts) pairs: every dtype on a matrix, floats on every shape, NaN variants."""
    rng = np.random.default_rng(20261122)

    def make(shape, dtype):
        if dtype == "bool":
            return rng.integers(0, 2, size=shape).astype(bool)
        if dtype.startswith("int"):
            return rng.integers(-5, 6, size=shape).astype(dtype)
        return rng.standard_normal(size=shape).round(3).astype(dtype)

    for dtype in ["float64", "float32", "int64", "int32", "bool"]:
        yield make((3, 4), dtype), ("C", "T")
    for shape in [(7,), (2, 3, 5), (4, 1, 3), (0, 3), ()]:
        for dtype in ["float64", "int32"]:
            yield make(shape, dtype), ("C", "T") if len(shape) == 3 and dtype == "float64" else ("C",)
    yield make((2, 3, 5), "float32"), ("C",)
    for shape in [(3, 4), (2, 3, 5)]:
        for dtype in ["float64", "float32"]:
            b = make(shape, dtype)
            flat = b.reshape(-1)
            flat[rng.integers(0, flat.size, size=2)] = np.nan
            yield b, ("C",)
    # an all-NaN column for the nan-functions
    yield np.array([[np.nan, 1.0, 2.0], [np.nan, np.nan, 5.0]]), ("C",)


FOLDS = {
    "sum": np.sum, "prod": np.prod, "mean": np.mean, "max": np.max, "min": np.min, "ptp": np.ptp,
    "all": np.all, "any": np.any, "count_nonzero": np.count_nonzero, "nansum": np.nansum,
    "nanmean": np.nanmean, "nanmax": np.nanmax, "nanmin": np.nanmin,
}


def axis_variants(nd):
    vs = [None] + list(range(nd)) + [-1] if nd else [None]
    if nd >= 2:
        vs.append((0, 1))
    if nd >= 3:
        vs.append((0, 2))
        vs.append((-1, 0, 1))
    return vs


def axes_arg(ax):
    if ax is None:
        return "None"
    if isinstance(ax, tuple):
        return ",".join(str(x) for x in ax)
    return str(ax)


def dedupe_inputs(lines):
    """Writes each input once as `@id dtype shape layout data`; cases then say `@id` in place of those four fields."""
    ids = {}
    out = []
    for ln in lines:
        f = ln.split("\t")
        key = tuple(f[2:6])
        if key not in ids:
            ids[key] = "@%d" % len(ids)
            out.append("\t".join([ids[key], *key]))
        out.append("\t".join([f[0], f[1], ids[key], *f[6:]]))
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for a, layouts in inputs():
        for layout in layouts:
            for ax in axis_variants(a.ndim):
                for keep in (False, True):
                    args = "axes=%s;keepdims=%d" % (axes_arg(ax), keep)
                    for name, f in FOLDS.items():
                        if keep and name not in ("sum", "max", "mean", "count_nonzero"):
                            continue
                        lines.append(line(name, args, a, layout, call(lambda: f(a, axis=ax, keepdims=keep))))
                    for ddof in (0, 1) if not keep else ():
                        dargs = args + ";ddof=%d" % ddof
                        lines.append(line("var", dargs, a, layout, call(lambda: np.var(a, axis=ax, ddof=ddof, keepdims=keep))))
                        lines.append(line("std", dargs, a, layout, call(lambda: np.std(a, axis=ax, ddof=ddof, keepdims=keep))))
            single = [None] + list(range(a.ndim)) + ([-1] if a.ndim else [])
            for ax in single:
                args = "axis=%s" % axes_arg(ax)
                lines.append(line("argmax", args, a, layout, call(lambda: np.argmax(a, axis=ax))))
                lines.append(line("argmin", args, a, layout, call(lambda: np.argmin(a, axis=ax))))
                lines.append(line("cumsum", args, a, layout, call(lambda: np.cumsum(a, axis=ax))))
                lines.append(line("cumprod", args, a, layout, call(lambda: np.cumprod(a, axis=ax))))
    with open(os.path.join(OUT, "folds.tsv"), "w") as f:
        f.write("\n".join(dedupe_inputs(lines)) + "\n")

    # softmax family, with an independent float64 formula (SciPy's definitions)
    def softmax(x, axis):
        e = np.exp(x - np.max(x, axis=axis, keepdims=True))
        return e / np.sum(e, axis=axis, keepdims=True)

    def log_softmax(x, axis):
        m = np.max(x, axis=axis, keepdims=True)
        return x - m - np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))

    def logsumexp(x, axis):
        m = np.max(x, axis=axis, keepdims=True)
        return (m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))).squeeze(axis)

    rng = np.random.default_rng(7)
    soft = []
    cases = [
        np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]),
        np.array([[1e4, 1e4 + 1, 1e4 - 1], [-1e4, 0.0, 1e4]]),
        rng.standard_normal((3, 4, 5)).round(3),
        (rng.standard_normal((5, 37)) * 4).round(3),
    ]
    for x in cases:
        for dtype in ("float64", "float32"):
            xd = x.astype(dtype)
            for axis in range(-1, x.ndim):
                args = "axis=%d" % axis
                ref = xd.astype(np.float64)
                soft.append(line("softmax", args, xd, "C", softmax(ref, axis).astype(dtype)))
                soft.append(line("log_softmax", args, xd, "C", log_softmax(ref, axis).astype(dtype)))
                soft.append(line("logsumexp", args, xd, "C", logsumexp(ref, axis).astype(dtype)))
    with open(os.path.join(OUT, "softmax.tsv"), "w") as f:
        f.write("\n".join(soft) + "\n")

    # losses and metrics; the label array rides in the args field
    loss = []
    logits = (rng.standard_normal((6, 4)) * 2).round(3)
    labels = np.array([0, 3, 1, 1, 2, 3])
    probs = softmax(logits, 1)
    onehot = np.eye(4)[labels]
    soft_t = softmax(rng.standard_normal((6, 4)), 1)
    n = len(labels)
    per_p = -np.log(probs[np.arange(n), labels])
    lse = logsumexp(logits, 1)
    per_l = lse - logits[np.arange(n), labels]
    per_soft_p = -np.sum(soft_t * np.log(probs), axis=1)
    per_soft_l = np.sum(soft_t * (lse[:, None] - logits), axis=1)
    for dtype in ("float64", "float32"):
        for red in ("MEAN", "SUM", "NONE"):
            fold = {"MEAN": np.mean, "SUM": np.sum, "NONE": lambda v: v}[red]
            lab = "labels=" + fmt_values(labels)
            tgt = "targets=" + fmt_values(onehot)
            sft = "targets=" + fmt_values(soft_t)
            loss.append(line("ce_probs", lab + ";reduction=" + red, probs.astype(dtype), "C", np.asarray(fold(per_p)).astype(dtype)))
            loss.append(line("ce_probs", tgt + ";reduction=" + red, probs.astype(dtype), "C", np.asarray(fold(per_p)).astype(dtype)))
            loss.append(line("ce_probs", sft + ";reduction=" + red, probs.astype(dtype), "C", np.asarray(fold(per_soft_p)).astype(dtype)))
            loss.append(line("ce_logits", lab + ";reduction=" + red, logits.astype(dtype), "C", np.asarray(fold(per_l)).astype(dtype)))
            loss.append(line("ce_logits", tgt + ";reduction=" + red, logits.astype(dtype), "C", np.asarray(fold(per_l)).astype(dtype)))
            loss.append(line("ce_logits", sft + ";reduction=" + red, logits.astype(dtype), "C", np.asarray(fold(per_soft_l)).astype(dtype)))
    big = np.array([[1e4, 0.0, -1e4], [0.0, 1e4, 1e4]])
    loss.append(line("ce_logits", "labels=0,2;reduction=NONE", big, "C", np.array([0.0, np.log(2.0)])))
    pred = rng.standard_normal((4, 3)).round(3)
    target = rng.standard_normal((4, 3)).round(3)
    tgt = "target=" + fmt_values(target)
    loss.append(line("mse", tgt, pred, "C", np.mean((pred - target) ** 2)))
    loss.append(line("rmse", tgt, pred, "C", np.sqrt(np.mean((pred - target) ** 2))))
    loss.append(line("mae", tgt, pred, "C", np.mean(np.abs(pred - target))))
    loss.append(line("accuracy", "labels=" + fmt_values(labels), logits, "C", np.mean(np.argmax(logits, 1) == labels)))
    loss.append(line("one_hot", "k=4", labels, "C", np.eye(4)[labels]))
    loss.append(line("one_hot", "k=4", np.array([[1, -1], [0, 2]]), "C", np.eye(4)[np.array([[1, -1], [0, 2]])]))
    # tutorial-like feature statistics: standardize the columns of a small table
    table = np.array([[5.1, 3.5, 1.4, 0.2], [4.9, 3.0, 1.4, 0.2], [6.2, 3.4, 5.4, 2.3],
                      [5.9, 3.0, 5.1, 1.8], [6.4, 3.2, 4.5, 1.5], [5.5, 2.3, 4.0, 1.3]])
    loss.append(line("feature_mean", "axis=0", table, "C", table.mean(axis=0)))
    loss.append(line("feature_std", "axis=0", table, "C", table.std(axis=0)))
    loss.append(line("feature_std_ddof1", "axis=0", table, "C", table.std(axis=0, ddof=1)))
    with open(os.path.join(OUT, "losses.tsv"), "w") as f:
        f.write("\n".join(loss) + "\n")
    print(len(lines), len(soft), len(loss))


if __name__ == "__main__":
    main()
