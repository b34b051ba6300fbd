#!/usr/bin/env python3
"""Writes the .npy fixtures that org.ndvec.io tests read, using real NumPy.

    python3 src/test/python/gen_npy_fixtures.py            # (re)write src/test/resources/fixtures/npy
    python3 src/test/python/gen_npy_fixtures.py --verify DIR

The first form writes small .npy files (every dtype ndvec supports, 0-d, empty, 3-d, Fortran
order, big-endian, format versions 2.0 and 3.0, hand-written headers NumPy accepts, and corrupt
files NumPy or ndvec must refuse), plus two manifests:

  manifest.txt  one line per file, '|'-separated:
                  ok|FILE|DTYPE|SHAPE|ORDER|SAVED|VALUES
                    DTYPE  ndvec dtype name (bool, int32, int64, float32, float64)
                    SHAPE  comma-separated dims, empty for 0-d
                    ORDER  C or F: the file's fortran_order
                    SAVED  1 if the file is exactly what np.save writes for the array (so
                           ndvec must reproduce it byte for byte), else 0
                    VALUES the elements in C order, space-separated; floats as float.hex()
                           (or NaN, Infinity, -Infinity), ints in decimal, bools 0/1
                  err|FILE|TEXT  ndvec must refuse FILE with a message containing TEXT
  headers.txt   DTYPE|SHAPE|ORDER|HEX: the header np.save writes for many shapes, chosen to
                hit every padding case (including a full 64-byte pad)

The --verify form checks what the Java tests exported (NpyRoundTripTest with
-Dndvec.npy.export=DIR): every ok fixture, loaded by ndvec and saved again, must load in NumPy
with the same dtype, shape and values as NumPy's own file, and SAVED files must be identical
byte for byte, and the larger arrays in JAVA_BUILT, which the Java side builds itself, must
equal NumPy's and be saved byte for byte as np.save saves them. The Java side writes view_*.npy from views it builds itself (not from the
loaded file), so those check that ndvec writes views as np.save does.
"""
import io
import os
import struct
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "fixtures", "npy"))

NAMES = {np.dtype(np.bool_): "bool", np.dtype(np.int32): "int32", np.dtype(np.int64): "int64",
         np.dtype(np.float32): "float32", np.dtype(np.float64): "float64"}

manifest = []


def write_header(fp, d):
    """np.save's own header writer (private; it moved to _format_impl in NumPy 2)."""
    impl = getattr(np.lib, "_format_impl", np.lib.format)
    impl._write_array_header(fp, d)


def fmt_value(v, kind):
    if kind == "b":
        return "1" if v else "0"
    if kind in "iu":
        return str(int(v))
    v = float(v)
    if np.isnan(v):
        return "NaN"
    if np.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v.hex()


def record_ok(name, path_or_bytes=None):
    """Loads the file back with NumPy and records what it holds: NumPy is the truth."""
    a = np.load(os.path.join(OUT, name))
    dt = NAMES[np.dtype(a.dtype.name)]
    order = "F" if (a.flags.f_contiguous and not a.flags.c_contiguous) else "C"
    with open(os.path.join(OUT, name), "rb") as f:
        raw = f.read()
    buf = io.BytesIO()
    np.save(buf, a)
    saved = "1" if buf.getvalue() == raw and a.dtype.byteorder != ">" else "0"
    values = " ".join(fmt_value(v, a.dtype.kind) for v in np.ascontiguousarray(a).reshape(-1))
    shape = ",".join(str(d) for d in a.shape)
    manifest.append(f"ok|{name}|{dt}|{shape}|{order}|{saved}|{values}")


def save(name, a):
    np.save(os.path.join(OUT, name), a)
    record_ok(name)


def write_version(name, a, version):
    with open(os.path.join(OUT, name), "wb") as f:
        np.lib.format.write_array(f, a, version=version)
    record_ok(name)


def raw_file(name, dict_text, data=b"", version=(1, 0), pad=True, encoding="latin1"):
    """A file with a hand-written header dict, padded the way NumPy pads."""
    text = dict_text.encode(encoding) if isinstance(dict_text, str) else dict_text
    lenfmt = "<H" if version[0] == 1 else "<I"
    prefix = 8 + struct.calcsize(lenfmt)
    if pad:
        total = prefix + len(text) + 1
        text = text + b" " * ((64 - total % 64) % 64) + b"\n"
    head = b"\x93NUMPY" + bytes(version) + struct.pack(lenfmt, len(text))
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(head + text + data)


def write_bytes(name, content):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(content)


corrupt = []


def record_err(name, text, numpy_too=True):
    """numpy_too: NumPy refuses the file as well (checked); False where only ndvec refuses it."""
    manifest.append(f"err|{name}|{text}")
    if numpy_too:
        corrupt.append(name)


def numpy_refuses(name):
    try:
        np.load(os.path.join(OUT, name), allow_pickle=False)
    except Exception:  # noqa: BLE001 - any refusal will do
        return True
    return False


def generate():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))

    # -- every dtype, C order, as np.save writes it
    save("f8_2d.npy", np.array([[0.0, -0.0, 1.5, np.nan],
                                [np.inf, -np.inf, 1e-300, 5e-324],
                                [1 / 3, -2.5, 1e300, 0.1]]))
    save("f4_1d.npy", np.array([0.1, -1.5, np.nan, np.inf, 3.4028235e38, 1e-45, -0.0], dtype=np.float32))
    save("i4_2d.npy", np.array([[-2**31, 2**31 - 1, 0], [1, -1, 42]], dtype=np.int32))
    save("i8_1d.npy", np.array([-2**63, 2**63 - 1, 0, 1, -1, 123456789012], dtype=np.int64))
    save("b1_2d.npy", np.array([[True, False, True], [False, False, True]]))
    # -- 0-d, empty, 3-d, many dims, a long first dim (less growth padding)
    save("f8_0d.npy", np.array(3.25))
    save("i8_0d.npy", np.array(-7, dtype=np.int64))
    save("b1_0d.npy", np.array(True))
    save("f8_empty_0x3.npy", np.zeros((0, 3)))
    save("i4_empty_1d.npy", np.zeros(0, dtype=np.int32))
    save("f4_empty_bigdim.npy", np.zeros((1234567, 0), dtype=np.float32))
    save("i8_3d.npy", np.arange(24, dtype=np.int64).reshape(2, 3, 4) - 5)
    save("i4_14d.npy", np.arange(128, dtype=np.int32).reshape((1, 2) * 7))
    save("f4_2d.npy", (np.arange(15, dtype=np.float32).reshape(3, 5) - 7) / 3)
    # -- Fortran order
    save("f8_fortran_2d.npy", np.asfortranarray(np.arange(12.0).reshape(3, 4) / 8))
    save("i4_fortran_3d.npy", np.asfortranarray(np.arange(24, dtype=np.int32).reshape(2, 3, 4)))
    save("b1_fortran_2d.npy", np.asfortranarray(np.array([[True, False, False], [True, True, False]])))
    save("f4_fortran_empty.npy", np.asfortranarray(np.zeros((2, 0, 3), dtype=np.float32)))
    # -- big-endian data
    save("f8_big_2d.npy", (np.arange(6.0).reshape(2, 3) - 2.5).astype(">f8"))
    save("f4_big_1d.npy", np.array([1.5, -0.25, np.inf, np.nan], dtype=">f4"))
    save("i4_big_1d.npy", np.array([1, -2, 2**31 - 1, -2**31], dtype=">i4"))
    save("i8_big_2d.npy", np.array([[1, -2], [2**40, -2**62]], dtype=">i8"))
    save("f8_big_fortran.npy", np.asfortranarray(np.arange(6.0).reshape(2, 3).astype(">f8")))
    # -- format versions 2.0 and 3.0
    write_version("f8_v2.npy", np.arange(6.0).reshape(2, 3) * 0.5, (2, 0))
    write_version("i4_v2_fortran.npy", np.asfortranarray(np.arange(6, dtype=np.int32).reshape(3, 2)), (2, 0))
    write_version("i8_v3.npy", np.arange(5, dtype=np.int64) * -3, (3, 0))
    write_version("b1_v3.npy", np.array([False, True]), (3, 0))
    # -- views: what np.save writes for a strided, a reversed, a broadcast, a transposed view
    save("view_strided.npy", np.arange(24.0).reshape(4, 6)[::2, ::-1])
    save("view_broadcast.npy", np.broadcast_to(np.arange(3, dtype=np.int64), (2, 3)))
    save("view_transposed.npy", np.arange(6, dtype=np.int32).reshape(2, 3).T)
    save("view_empty_transposed.npy", np.zeros((3, 0, 2), dtype=np.float32).T)
    save("view_column.npy", np.arange(12.0, dtype=np.float32).reshape(3, 4)[:, 1:2])

    # -- hand-written headers that NumPy accepts too (checked below)
    data = np.arange(3.0).tobytes()
    raw_file("hdr_key_order.npy", "{'shape': (3,), 'fortran_order': False, 'descr': '<f8'}", data)
    raw_file("hdr_double_quotes.npy", '{"descr": "<f8", "fortran_order": False, "shape": (3,)}', data)
    raw_file("hdr_spacing.npy", "{ 'descr' : '<f8' ,\n 'fortran_order':False,'shape':( 3 , ) , }", data)
    raw_file("hdr_long_suffix.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (3L,), }", data)
    raw_file("hdr_no_pad.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (3,)}", data, pad=False)
    raw_file("hdr_bool_lt.npy", "{'descr': '<b1', 'fortran_order': False, 'shape': (2,), }", b"\x00\x05")
    # fortran_order True where NumPy never writes it: 1-d, 0-d and empty arrays
    raw_file("hdr_fortran_1d.npy", "{'descr': '<f8', 'fortran_order': True, 'shape': (3,), }", data)
    raw_file("hdr_fortran_0d.npy", "{'descr': '<i4', 'fortran_order': True, 'shape': (), }", b"\x07\0\0\0")
    raw_file("hdr_fortran_empty.npy", "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 0, 3), }")
    for name in ["hdr_key_order.npy", "hdr_double_quotes.npy", "hdr_spacing.npy", "hdr_long_suffix.npy",
                 "hdr_no_pad.npy", "hdr_bool_lt.npy", "hdr_fortran_1d.npy", "hdr_fortran_0d.npy",
                 "hdr_fortran_empty.npy"]:
        record_ok(name)

    # -- corrupt or unsupported files
    good = np.arange(12.0).reshape(3, 4)
    buf = io.BytesIO()
    np.save(buf, good)
    whole = buf.getvalue()
    write_bytes("bad_truncated.npy", whole[:-16])
    record_err("bad_truncated.npy", "Npy: data size mismatch: shape (3, 4) of <f8 needs 96 bytes, file has 80")
    write_bytes("bad_trailing.npy", whole + b"\0" * 8)
    record_err("bad_trailing.npy", "Npy: data size mismatch: shape (3, 4) of <f8 needs 96 bytes, file has 104", numpy_too=False)
    write_bytes("bad_magic.npy", b"\x93NUMPZ" + whole[6:])
    record_err("bad_magic.npy", "the magic string is not correct")
    write_bytes("bad_short.npy", whole[:5])
    record_err("bad_short.npy", "EOF: reading magic string")
    write_bytes("bad_empty.npy", b"")
    record_err("bad_empty.npy", "EOF: reading magic string, expected 8 bytes got 0")
    write_bytes("bad_header_eof.npy", whole[:40])
    record_err("bad_header_eof.npy", "EOF: reading array header, expected 118 bytes got 30")
    write_bytes("bad_huge_header.npy", b"\x93NUMPY\x01\x00" + struct.pack("<H", 60000) + b"{" * 64)
    record_err("bad_huge_header.npy", "header length 60000 exceeds the limit of 10000 bytes")
    write_bytes("bad_huge_header_v2.npy", b"\x93NUMPY\x02\x00" + struct.pack("<I", 0xFFFFFFF0) + b"{" * 64)
    record_err("bad_huge_header_v2.npy", "header length 4294967280 exceeds the limit")
    write_bytes("bad_version.npy", b"\x93NUMPY\x04\x00" + whole[8:])
    record_err("bad_version.npy", "unsupported format version 4.0")
    np.save(os.path.join(OUT, "bad_object.npy"), np.array([1, "a", None], dtype=object))
    record_err("bad_object.npy", "descr '|O' is an object array")
    np.save(os.path.join(OUT, "bad_i2.npy"), np.arange(3, dtype=np.int16))
    record_err("bad_i2.npy", "unsupported descr '<i2'", numpy_too=False)
    np.save(os.path.join(OUT, "bad_u8.npy"), np.arange(3, dtype=np.uint64))
    record_err("bad_u8.npy", "unsupported descr '<u8'", numpy_too=False)
    np.save(os.path.join(OUT, "bad_u1.npy"), np.arange(3, dtype=np.uint8))
    record_err("bad_u1.npy", "unsupported descr '|u1'", numpy_too=False)
    np.save(os.path.join(OUT, "bad_c16.npy"), np.arange(3, dtype=np.complex128))
    record_err("bad_c16.npy", "unsupported descr '<c16'", numpy_too=False)
    np.save(os.path.join(OUT, "bad_structured.npy"), np.zeros(2, dtype=[("x", "<f8"), ("y", "<i4")]))
    record_err("bad_structured.npy", "unsupported descr [('x', '<f8'), ('y', '<i4')]: structured dtypes", numpy_too=False)
    # Hand-written headers: (file, dict text, message, NumPy refuses it too, data after the header).
    # The last three claim shapes no Java array holds, or 8 GB the file does not have: refused
    # before anything is allocated.
    bad_headers = [
        ("bad_negative_dim.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (-1, 3), }",
         "negative dimensions are not allowed", True, b""),
        ("bad_missing_comma.npy", "{'descr': '<f8' 'fortran_order': False, 'shape': (3,), }",
         "cannot parse header: expected ',' or '}'", True, data),
        ("bad_missing_key.npy", "{'descr': '<f8', 'shape': (3,), }",
         "Header does not contain the correct keys: ['descr', 'shape']", True, data),
        ("bad_extra_key.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), 'x': 1, }",
         "Header does not contain the correct keys: ['descr', 'fortran_order', 'shape', 'x']", True, data),
        ("bad_duplicate_key.npy", "{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (3,)}",
         "duplicate key 'descr'", False, data),
        ("bad_fortran_int.npy", "{'descr': '<f8', 'fortran_order': 0, 'shape': (3,), }",
         "fortran_order is not a valid bool: 0", True, data),
        ("bad_shape_list.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': [3], }",
         "shape is not valid: [3]", True, data),
        ("bad_shape_paren_int.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (3), }",
         "shape is not valid: (3)", True, data),
        ("bad_shape_float.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (3.0,), }",
         "cannot parse header", True, data),
        ("bad_not_dict.npy", "['descr', '<f8']", "cannot parse header: expected '{'", True, data),
        ("bad_after_dict.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), } x",
         "unexpected text after the dict", True, data),
        ("bad_too_big.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (2000000000, 2000000000), }",
         "array is too big", False, b""),
        ("bad_claims_8gb.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000,), }",
         "needs 8000000000 bytes, file has 0", False, b""),
        ("bad_dim_overflow.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296,), }",
         "dimension 4294967296 of shape (4294967296,) is larger than", False, b""),
    ]
    for name, text, message, numpy_too, payload in bad_headers:
        raw_file(name, text, payload)
        record_err(name, message, numpy_too=numpy_too)
    raw_file("bad_v3_utf8.npy", b"{'descr': '<f8', 'fortran_order': False, 'shape': (3,), } \xff", data,
             version=(3, 0))
    record_err("bad_v3_utf8.npy", "version 3.0 header is not valid UTF-8")

    for name in corrupt:
        if not numpy_refuses(name):
            sys.exit(f"NumPy accepts {name}, which the manifest says is corrupt")

    with open(os.path.join(OUT, "manifest.txt"), "w") as f:
        f.write("\n".join(manifest) + "\n")

    # -- headers np.save writes, for shapes that walk through every padding length
    lines = []
    shapes = [(), (0,), (1,), (7,), (10,), (123456789,), (2147483647,), (3, 4), (0, 3), (2, 3, 4),
              (1, 2) * 7, (2147483647,) * 10, (5,) * 32, (1,) * 64]
    shapes += [(10 ** k,) * r for k in range(0, 10, 3) for r in range(2, 9)]
    seen_full_pad = False
    for i, shape in enumerate(shapes):
        # Every descr we write has 3 characters, so one dtype per shape covers the padding.
        dt = ["<f8", "|b1", "<i4"][i % 3]
        for fortran in (False, True):
            d = {"descr": dt, "fortran_order": fortran, "shape": shape}
            b = io.BytesIO()
            write_header(b, d)
            header = b.getvalue()
            seen_full_pad |= header.endswith(b" " * 64 + b"\n")
            lines.append(f"{NAMES[np.dtype(dt)]}|{','.join(map(str, shape))}|{'F' if fortran else 'C'}|"
                         + header.hex())
    if not seen_full_pad:
        sys.exit("no shape hits the 64-byte padding case; add one")
    with open(os.path.join(OUT, "headers.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(manifest)} fixtures and {len(lines)} headers to {OUT}")


# Larger arrays the Java side builds itself (several I/O chunks each): name -> the same array in NumPy.
JAVA_BUILT = {
    "java_arange_f8_big.npy": lambda: np.arange(300001.0),
    "java_arange_i8_fortran.npy": lambda: np.arange(300000).reshape(500, 600).T,
    "java_arange_f4_strided.npy": lambda: np.arange(600000, dtype=np.float32).reshape(600, 1000)[::-1, 1::2],
}


def verify(directory):
    checked = 0
    for name, make in JAVA_BUILT.items():
        expected = make()
        buf = io.BytesIO()
        np.save(buf, expected)
        with open(os.path.join(directory, name), "rb") as f:
            if f.read() != buf.getvalue():
                sys.exit(f"{name}: bytes differ from np.save's")
        if not np.array_equal(np.load(os.path.join(directory, name)), expected):
            sys.exit(f"{name}: values differ")
        checked += 1
    for line in open(os.path.join(OUT, "manifest.txt")):
        parts = line.rstrip("\n").split("|")
        if parts[0] != "ok":
            continue
        name, saved = parts[1], parts[5] == "1"
        mine = os.path.join(directory, name)
        if not os.path.exists(mine):
            sys.exit(f"missing Java-written {mine}")
        ours = np.load(mine)
        theirs = np.load(os.path.join(OUT, name))
        if ours.dtype != theirs.dtype.newbyteorder("<") and ours.dtype != theirs.dtype:
            sys.exit(f"{name}: dtype {ours.dtype} != {theirs.dtype}")
        if ours.shape != theirs.shape:
            sys.exit(f"{name}: shape {ours.shape} != {theirs.shape}")
        if not np.array_equal(ours, theirs, equal_nan=ours.dtype.kind == "f"):
            sys.exit(f"{name}: values differ:\n{ours}\n{theirs}")
        if ours.dtype.kind == "f" and not np.array_equal(np.signbit(ours), np.signbit(theirs)):
            sys.exit(f"{name}: signs of zero differ")
        if saved:
            with open(mine, "rb") as a, open(os.path.join(OUT, name), "rb") as b:
                if a.read() != b.read():
                    sys.exit(f"{name}: bytes differ from np.save's")
        checked += 1
    print(f"verified {checked} Java-written files in {directory} with NumPy {np.__version__}")


if __name__ == "__main__":
    # Python 2 style headers (3L) are fixtures on purpose; NumPy warns about them.
    warnings.simplefilter("ignore", UserWarning)
    if len(sys.argv) == 3 and sys.argv[1] == "--verify":
        verify(sys.argv[2])
    elif len(sys.argv) == 1:
        generate()
    else:
        sys.exit(__doc__)
