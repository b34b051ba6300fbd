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
  err;FILE;TEXT    ndvec must refuse FILE with a message containing TEXT (NumPy refuses it too:
                   a bad CRC-32 is NumPy's own text; for size lies NumPy reports the CRC, ndvec what it caught)
  bomb;FILE;BYTES  FILE holds BYTES uncompressed bytes (a bound below that must refuse it)

--verify DIR loads every DIR/*.npz that NpzTest wrote (with -Dndvec.npz.export=DIR) in NumPy
and compares it with the fixture of the same name: same names in the same order, same dtypes,
shapes and values; stored files must use ZIP_STORED and compressed ones ZIP_DEFLATED.
"""
import io
import os
import struct
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
        z.writestr(fixed_time("x.npy"), buf.getvalue())
        z.writestr(fixed_time("readme.txt"), "not an array")
    lines.append("err;notnpy.npz;entry 'readme.txt' is not a .npy array")
    lines += corrupt_archives()
    # 8 MB of zeros deflate to a few KB: loading it with a 1 MB bound must be refused.
    np.savez_compressed(os.path.join(OUT, "bomb.npz"), zeros=np.zeros(1_000_000))
    lines.append("bomb;bomb.npz;8000128")
    with open(os.path.join(OUT, "manifest.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def fixed_time(name, compress_type=zipfile.ZIP_STORED):
    """A zip entry with a fixed timestamp, so that rerunning this script rewrites the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = compress_type
    return info


def numpy_error(path):
    """NumPy's error when loading every array of path (each must raise)."""
    try:
        with np.load(path) as z:
            for name in z.files:
                z[name]
    except Exception as e:  # noqa: BLE001 - the error is the fixture
        return f"{type(e).__name__}: {e}"
    raise AssertionError(f"NumPy loaded {path}")


def patch_sizes(path, size):
    """Rewrites the uncompressed size that the only entry's local header and central directory declare."""
    b = bytearray(open(path, "rb").read())
    info = zipfile.ZipFile(path).infolist()[0]
    struct.pack_into("<I", b, info.header_offset + 22, size)
    struct.pack_into("<I", b, b.index(b"PK\x01\x02") + 24, size)
    open(path, "wb").write(b)


def corrupt_archives():
    """Archives NumPy refuses; each line gives NumPy's error and what ndvec's message must contain."""
    lines = []
    # one bit flipped in the data of a stored entry: only the CRC-32 tells
    path = os.path.join(OUT, "badcrc.npz")
    np.savez(path, x=np.array([1.0, 2.0, 3.0]))
    b = bytearray(open(path, "rb").read())
    b[b.index(struct.pack("<d", 3.0)) + 7] ^= 0x40
    open(path, "wb").write(b)
    err = numpy_error(path)
    assert err == "BadZipFile: Bad CRC-32 for file 'x.npy'", err
    lines.append("err;badcrc.npz;" + err.split(": ", 1)[1])
    # 8 MB of zeros deflated, declaring 1000 bytes: its header asks for more than the entry declares
    path = os.path.join(OUT, "liar_header.npz")
    np.savez_compressed(path, x=np.zeros(1_000_000))
    patch_sizes(path, 1000)
    assert numpy_error(path).startswith("BadZipFile: Bad CRC-32"), numpy_error(path)
    lines.append("err;liar_header.npz;needs 8000000 bytes, zip entry 'x.npy' declares 872")
    # a consistent 1000-byte array (header 128 + 109 doubles) followed by 8 MB more, declaring
    # 1000 bytes: the inflated stream runs past its declared size
    path = os.path.join(OUT, "liar_stream.npz")
    buf = io.BytesIO()
    np.save(buf, np.zeros(109))
    assert len(buf.getvalue()) == 1000
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(fixed_time("x.npy", zipfile.ZIP_DEFLATED), buf.getvalue() + bytes(8_000_000))
    patch_sizes(path, 1000)
    assert numpy_error(path).startswith("BadZipFile: Bad CRC-32"), numpy_error(path)
    lines.append("err;liar_stream.npz;entry 'x.npy' inflates to more than the 1000 bytes its zip header declares")
    return lines


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
