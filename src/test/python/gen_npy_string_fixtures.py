#!/usr/bin/env python3
"""Writes the '<U' string .npy fixtures that NpyStringTest reads, using real NumPy.

    python3 src/test/python/gen_npy_string_fixtures.py   # (re)write src/test/resources/fixtures/npy_strings

manifest.txt, one line per file, '|'-separated:
  ok|FILE|DESCR|SHAPE|SAVED|VALUES
    DESCR  the dtype NumPy loads the file as (np.load(f).dtype.str), e.g. <U5 or >U3
    SHAPE  comma-separated dims, empty for 0-d
    SAVED  1 if the file is exactly what np.save writes for the array loaded from it (as a
           little-endian array), so ndvec must write the same bytes, else 0
    VALUES the elements in C order, space-separated; each element is its code points in hex
           joined by '.', or '-' for the empty string
  err|FILE|TEXT  ndvec must refuse FILE with a message containing TEXT
"""
import io
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "fixtures", "npy_strings"))
lines = []


def enc(s):
    return ".".join("%x" % ord(c) for c in s) if s else "-"


def ok(name, a, saved=True):
    path = os.path.join(OUT, name + ".npy")
    np.save(path, a)
    back = np.load(path)
    if saved:
        buf = io.BytesIO()
        np.save(buf, back.astype(back.dtype.newbyteorder("<")))
        with open(path, "rb") as f:
            assert f.read() == buf.getvalue(), name
    shape = ",".join(str(d) for d in back.shape)
    values = " ".join(enc(str(s)) for s in back.ravel(order="C"))
    lines.append("|".join(["ok", name + ".npy", back.dtype.str, shape, "1" if saved else "0", values]))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    names = np.array(["Alice", "Bob", "Diana"])
    ok("names", names)
    # Beyond the BMP (emoji, a CJK extension B ideograph), accents, empty, an inner NUL.
    uni = np.array(["\u00e9t\u00e9", "\u65e5\u672c\u8a9e", "\U0001F600x", "", "a\x00b", "\U00020000"])
    ok("unicode", uni)
    ok("unicode_rev", uni[::-1])
    ok("matrix", np.array([["a", "bb", "ccc"], ["dddd", "", "f"]]))
    ok("fortran", np.array([["a", "bb", "ccc"], ["dddd", "", "f"]]).T)
    ok("strided", np.array([["a", "bb", "ccc"], ["dddd", "", "f"]])[:, ::2])
    ok("wide", np.array(["x", "y"], dtype="U40"))
    ok("allempty", np.array(["", ""]))
    ok("zerod", np.array("hi\U0001F600"))
    ok("empty", np.zeros((0, 3), dtype="U2"))
    ok("bigendian", np.array(["abc", "\U0001F600"], dtype=">U3"), saved=False)
    # A code unit beyond U+10FFFF: NumPy loads it (and fails to print it); a Java String cannot hold it.
    bad = io.BytesIO()
    np.save(bad, np.array(["ab"]))
    raw = bytearray(bad.getvalue())
    raw[-8:-4] = (0x110000).to_bytes(4, "little")
    with open(os.path.join(OUT, "badcodepoint.npy"), "wb") as f:
        f.write(raw)
    lines.append("err|badcodepoint.npy|invalid code point 0x110000")
    with open(os.path.join(OUT, "manifest.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
