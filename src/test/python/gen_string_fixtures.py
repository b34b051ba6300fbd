#!/usr/bin/env python3
"""Writes src/test/resources/fixtures/strings/: NumPy's behaviour of fixed-width unicode (<U) arrays.

Run from anywhere with NumPy 2.x: python3 src/test/python/gen_string_fixtures.py
The output is deterministic (fixed seeds), so re-running must not change it.

Strings are written as the hex of their UTF-8 bytes ("~" for the empty string), so quotes,
tabs, newlines and non-ASCII text survive a line-based format. Lists are space separated,
shapes comma separated (empty for 0-d).

arrays.txt, one case after another:
    case <name>
    width <NumPy's itemsize // 4>
    shape <dims>
    data <elements in C order>
    str <n>    followed by n lines of str(a)
    repr <n>   followed by n lines of repr(a)

ops.txt, tab-separated lines:
    unique <width> <shape> <data> <values> <inverse> <counts>   np.unique(a, return_inverse=True, return_counts=True)
    eq     <width> <shape> <data> <value> <a == value as 0/1> <a != value as 0/1>
    set    <width> <value> <stored>                             a = np.zeros(1, f'<U{width}'); a[0] = value
    float  <text> <16 hex digits of the float64 bits | ERR>     np.array([text]).astype(np.float64)
    int    <text> <int64 decimal | ERR>                         np.array([text]).astype(np.int64)
    bool   <text> <0/1>                                         np.array([text]).astype(bool)
    astr   <dtype> <numbers> <width> <texts>                   np.array(numbers, dtype).astype(str)
"""
import os
import struct

import numpy as np

HERE = os.path.dirname(__file__)
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "fixtures", "strings"))


def enc(s):
    return s.encode("utf-8").hex() if s else "~"


def enc_list(items):
    return " ".join(enc(str(x)) for x in items)


def shape_text(shape):
    return ",".join(str(d) for d in shape)


NAMES = ['Alice', 'Bob', 'Charlie', 'Diana', 'Eve', 'Frank', 'Grace', 'Henry']


def print_cases():
    cases = []

    def add(name, a):
        a = np.asarray(a)
        assert a.dtype.kind == "U", a.dtype
        cases.append((name, a))

    names = np.array(NAMES)
    add("names", names)
    mask = np.array([False, True, False, True, True, False, True, False])
    add("names_mask", names[mask])
    add("names_fancy", names[[7, 0, 2]])
    add("names_slice_keeps_width", names[1:3])
    add("names_reversed", names[::-1])
    add("names_2d", names.reshape(2, 4))
    add("names_3d", names.reshape(2, 2, 2))
    add("names_transposed", names.reshape(2, 4).T)
    add("ragged_2d", np.array([['a', 'bbb'], ['cc', 'd']]))
    add("quotes", np.array(["it's", 'say "hi"', 'both \' "', 'back\\slash']))
    add("escapes", np.array(['tab\there', 'nl\nx', 'cr\r', 'bell\x07', 'del\x7f', 'nbsp\xa0', 'zw\u200b']))
    add("unicode_bmp", np.array(['é', '日本語', 'Ünïcödé', 'Ω≈ç√', 'ß']))
    add("unicode_astral", np.array(['😀', 'a😀b', '𝄞']))
    add("empty_strings", np.array(['', 'x', '']))
    add("all_empty", np.array(['', '']))
    add("empty_1d", np.array([], dtype=str))
    add("empty_2d", np.zeros((2, 0), dtype='<U3'))
    add("zero_d", np.array('Alice'))
    add("zero_d_empty", np.array(''))
    add("single", np.array(['solo']))
    add("spaces", np.array([' lead', 'trail ', ' ', 'in side']))
    add("digits", np.array(['1', '2.5', '-3', 'nan']))
    rs = np.random.RandomState(8)
    words = np.array([''.join(rs.choice(list('abcdefghij'), rs.randint(1, 12))) for _ in range(40)])
    add("wrap_40", words)
    add("wrap_40_2d", words.reshape(4, 10))
    add("wrap_long_elements", np.array(['x' * 30] * 5))
    add("wrap_very_long", np.array(['y' * 80, 'z' * 10]))
    add("wrap_unicode", np.array(['ζωή' * 3] * 12))
    add("wrap_astral", np.array(['😀𝄞' * 4] * 12))
    add("wrap_astral_2d", np.array(['😀' * 9] * 12).reshape(2, 6))
    add("summarized_1d", np.array(['%d' % i for i in range(1001)]))
    add("summarized_2d", np.array(['%d' % (i * 7 % 1000) for i in range(33 * 31)]).reshape(33, 31))
    add("summarized_3d", np.array(['%d' % (i % 97) for i in range(11 * 10 * 10)]).reshape(11, 10, 10))
    add("at_threshold", np.array(['%d' % i for i in range(1000)]))
    return cases


def write_arrays():
    with open(os.path.join(OUT, "arrays.txt"), "w", encoding="utf-8", newline="\n") as f:
        for name, a in print_cases():
            s = str(a).split("\n")
            r = repr(a).split("\n")
            f.write("case %s\n" % name)
            f.write("width %d\n" % (a.dtype.itemsize // 4))
            f.write("shape %s\n" % shape_text(a.shape))
            f.write("data %s\n" % enc_list(np.ascontiguousarray(a).ravel()))
            f.write("str %d\n" % len(s))
            for line in s:
                f.write(line + "\n")
            f.write("repr %d\n" % len(r))
            for line in r:
                f.write(line + "\n")


def write_ops():
    rows = []

    def unique(a):
        a = np.asarray(a)
        v, inv, cnt = np.unique(a, return_inverse=True, return_counts=True)
        assert v.dtype == a.dtype
        rows.append(["unique", str(a.dtype.itemsize // 4), shape_text(a.shape), enc_list(a.ravel()),
                     enc_list(v), " ".join(str(int(x)) for x in inv.ravel()), " ".join(str(int(x)) for x in cnt)])

    rs = np.random.RandomState(3)
    unique(np.array(NAMES))
    unique(np.array(['b', 'a', 'b', 'c']))
    unique(np.array([['b', 'a'], ['b', 'c']]))
    unique(rs.choice(['cat', 'dog', 'bird', 'fish'], 50))
    unique(rs.choice(['setosa', 'versicolor', 'virginica'], (6, 5)))
    unique(np.array(['', 'a', '', 'A', 'a ', 'Z']))
    # code point order, not UTF-16 order: U+FFFD sorts before U+1F600
    unique(np.array(['😀', '\ufffd', 'z', 'é', '😀', 'e']))
    unique(np.array([], dtype='<U3'))

    def eq(a, value):
        a = np.asarray(a)
        rows.append(["eq", str(a.dtype.itemsize // 4), shape_text(a.shape), enc_list(a.ravel()), enc(value),
                     " ".join("1" if x else "0" for x in (a == value).ravel()),
                     " ".join("1" if x else "0" for x in (a != value).ravel())])

    names = np.array(NAMES)
    eq(names, 'Bob')
    eq(names, 'bob')
    eq(names, 'Bo')
    eq(names, 'Charlies')
    eq(names.reshape(2, 4), 'Eve')
    eq(np.array(['', 'a', '']), '')
    eq(np.array(['é', 'e', '😀']), '😀')

    for width, value in [(5, 'Alexander'), (5, 'Alexa'), (5, 'Al'), (1, 'xyz'), (3, ''), (2, '😀😀😀'),
                         (3, 'ab\x00'), (4, '\x00a'), (6, 'tab\tnl\n')]:
        a = np.zeros(1, dtype='<U%d' % width)
        a[0] = value
        rows.append(["set", str(width), enc(value), enc(str(a[0]))])

    for text in ['1.5', ' 2 ', '-3', '+5', '1e3', '1E-2', '.5', '5.', '1_000', '1_000.5', 'nan', '-NaN', 'inf',
                 '-Infinity', 'INF', 'abc', '', '  ', '0x10', '1__0', '_1', '1.5.2', '1e', '--1', '\t7\n',
                 '99999999999999999999', '1.7976931348623157e308', '1e999']:
        try:
            v = np.array([text]).astype(np.float64)[0]
            out = struct.pack(">d", float(v)).hex()
        except ValueError:
            out = "ERR"
        rows.append(["float", enc(text), out])
    for text in ['7', ' 7 ', '-3', '+5', '1_000', '007', '1.5', '1e5', 'abc', '', '0x10', 'nan',
                 '9223372036854775807', '-9223372036854775808', '99999999999999999999', '1__0']:
        try:
            out = str(int(np.array([text]).astype(np.int64)[0]))
        except (ValueError, OverflowError):
            out = "ERR"
        rows.append(["int", enc(text), out])
    for text in ['', 'a', 'False', '0', ' ']:
        rows.append(["bool", enc(text), "1" if np.array([text]).astype(bool)[0] else "0"])

    def astr(dtype, numbers):
        a = np.array(numbers, dtype=dtype)
        s = a.astype(str)
        rows.append(["astr", dtype, " ".join(repr(x) for x in numbers), str(s.dtype.itemsize // 4), enc_list(s)])

    astr("float64", [1.5, 2.0, 0.1, 1e20, 1e-5, float('nan'), float('-inf'), -0.0, 123456789.123])
    astr("float32", [0.1, 1.5, 16777217.0, 1e-5])
    astr("int64", [0, -7, 9223372036854775807])
    astr("int32", [5, -2147483648])
    astr("bool", [True, False])

    with open(os.path.join(OUT, "ops.txt"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write_arrays()
    write_ops()
