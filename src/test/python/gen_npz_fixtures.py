#!/usr/bin/env python3
"""Writes the .npz fixtures that NpzTest reads, using real NumPy, or checks ndvec's own files.

    python3 src/test/python/gen_npz_fixtures.py               # (re)write src/test/resources/fixtures/npz
    python3 src/test/python/gen_npz_fixtures.py --verify DIR  # check what NpzTest exported

manifest.txt, one line per array, ';'-separated (descrs like '|b1' hold a '|'):
  ok;FILE;NAME;DESCR;SHAPE;VALUES   in the archive's order
    DESCR  np.load(f)[NAME].dtype.str
    SHAPE  comma-separated dims, empty for 0-d
    VALUES C-order elements, space-separated: floats as float.hex(), ints decimal, bools 0/1,
           strings as hex code points joined by '.' ('-' for the empty string)
  err;FILE;TEXT
  bomb;FILE;BYTES  FILE holds BYTES uncompressed bytes (a bound below that must refuse it)  ndvec must refuse FILE with a message containing TEXT

--verify DIR loads every DIR/*.npz that NpzTest wrote (with -Dndvec.npz.export=DIR) in NumPy
and compares it with the fixture of the same name: same names in the same order, same dtypes,
shapes and values; stored files must use ZIP_STORED and compressed ones ZIP_DEFLATED.
"""
import io
import os
import sys
import zipfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "fixtures", "npz"))


def value(x, kind):
    if kind == "f":
        return float(x).hex()
    if kind == "b":
        return "1" if x else "0"
    if kind == "U":
        return ".".join("%x" % ord(c) for c in str(x)) if str(x) else "-"
    return str(int(x))


def arrays():
    rng = np.random.RandomState(8)
    return {
        "x": rng.randn(3, 4),
        "labels": np.array(["setosa", "versicolor", "", "\U0001F600"]),
        "counts": np.arange(6, dtype=np.int32).reshape(2, 3),
        "ids": np.array([-(2 ** 62), 0, 7], dtype=np.int64),
        "mask": np.array([True, False, True]),
        "w32": rng.randn(2, 2).astype(np.float32).T,
        "scalar": np.float64(2.5) * np.ones(()),
        "empty": np.zeros((0, 2)),
    }


def describe(fname, path):
    lines = []
    with np.load(path) as z:
        for name in z.files:
            a = z[name]
            vals = " ".join(value(v, a.dtype.kind) for v in a.ravel(order="C"))
            lines.append(";".join(["ok", fname, name, a.dtype.str, ",".join(map(str, a.shape)), vals]))
    return lines


def generate():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    lines = []
    np.savez(os.path.join(OUT, "stored.npz"), **arrays())
    np.savez_compressed(os.path.join(OUT, "deflated.npz"), **arrays())
    np.savez(os.path.join(OUT, "positional.npz"), np.arange(3.0), np.array(["a", "bc"]))
    for f in ["stored.npz", "deflated.npz", "positional.npz"]:
        lines += describe(f, os.path.join(OUT, f))
    with zipfile.ZipFile(os.path.join(OUT, "notnpy.npz"), "w") as z:
        buf = io.BytesIO()
        np.save(buf, np.arange(3))
        z.writestr("x.npy", buf.getvalue())
        z.writestr("readme.txt", "not an array")
    lines.append("err;notnpy.npz;entry 'readme.txt' is not a .npy array")
    # 8 MB of zeros deflate to a few KB: loading it with a 1 MB bound must be refused.
    np.savez_compressed(os.path.join(OUT, "bomb.npz"), zeros=np.zeros(1_000_000))
    lines.append("bomb;bomb.npz;8000128")
    with open(os.path.join(OUT, "manifest.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def verify(d):
    checked = 0
    for f in sorted(os.listdir(d)):
        if not f.endswith(".npz"):
            continue
        ours = describe(f, os.path.join(d, f))
        theirs = describe(f, os.path.join(OUT, f))
        assert ours == theirs, (f, ours, theirs)
        methods = {i.compress_type for i in zipfile.ZipFile(os.path.join(d, f)).infolist()}
        want = zipfile.ZIP_DEFLATED if f.startswith("deflated") else zipfile.ZIP_STORED
        assert methods == {want}, (f, methods)
        checked += 1
    assert checked >= 3, checked
    print("verified", checked, "archives written by ndvec")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--verify":
        verify(sys.argv[2])
    else:
        generate()
