"""Writes the CSV fixtures: small files (np.savetxt output and hand-written messy ones) and what
NumPy reads from them, for src/test/java/org/ndvec/io/CsvFixturesTest.java.

Run from the repository root with NumPy 2.x:  python3 src/test/python/gen_csv_fixtures.py

fixtures/csv/cases.tsv, one case a line, tab-separated:
    name  file  options  reader  dtype  shape  values
options are the Csv.Options to use, as key=value pairs joined by '|' (delimiter=TAB is a tab), reader says
which NumPy function produced the truth (loadtxt, or genfromtxt for missing values, which
loadtxt refuses), values are floats as float.hex() or integers in decimal (bools 0/1).
fixtures/csv/savetxt.tsv: name  dtype  shape  values  for arrays whose <name>.csv was written
by np.savetxt(delimiter=','), so the test can check Csv.save reproduces the bytes.
"""
import io
import os
import random
import warnings
from fractions import Fraction

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures", "csv")

DTYPES = {"float64": np.float64, "float32": np.float32, "int32": np.int32, "int64": np.int64, "bool": np.bool_}


def hexs(a):
    a = np.asarray(a)
    if a.dtype.kind == "f":
        out = []
        for v in a.ravel().astype(np.float64):
            out.append("nan" if np.isnan(v) else ("inf" if v == np.inf else ("-inf" if v == -np.inf else float(v).hex())))
        return " ".join(out)
    return " ".join(str(int(v)) for v in a.ravel())


cases = []
saved = []


def write(name, text):
    with open(os.path.join(OUT, name + ".csv"), "w", newline="") as f:
        f.write(text)


def case(name, text, options="", reader="loadtxt", file=None):
    """Records NumPy's reading of text under options (a dict mirrored into Csv.Options)."""
    file = file or name
    if text is not None:
        write(file, text)
    opts = dict(kv.split("=", 1) for kv in options.split("|")) if options else {}
    dtype = opts.get("dtype", "float64")
    kw = {"delimiter": opts.get("delimiter", ",").replace("TAB", "\t"), "dtype": DTYPES[dtype], "ndmin": int(opts.get("ndmin", "0"))}
    if "useCols" in opts:
        kw["usecols"] = tuple(int(c) for c in opts["useCols"].split(","))
    if "maxRows" in opts:
        kw["max_rows"] = int(opts["maxRows"])
    path = os.path.join(OUT, file + ".csv")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if reader == "loadtxt":
            r = np.loadtxt(path, comments="#", skiprows=int(opts.get("skipRows", "0")), quotechar='"',
                           encoding="utf-8-sig", **kw)
        else:
            missing = opts.get("missingValues", "")
            r = np.genfromtxt(path, comments="#", skip_header=int(opts.get("skipRows", "0")),
                              missing_values=missing.split(",") if missing else None,
                              filling_values=np.nan, **kw)
    assert r.dtype == DTYPES[dtype], (name, r.dtype)
    cases.append("\t".join([name, file, options, reader, dtype, ",".join(map(str, r.shape)), hexs(r)]))


def savetxt(name, a, **kw):
    """np.savetxt's bytes for a; kw (header, footer, delimiter, fmt) are mirrored into Csv.SaveOptions."""
    buf = io.BytesIO()
    np.savetxt(buf, a, **{"delimiter": ",", **kw})
    with open(os.path.join(OUT, name + ".csv"), "wb") as f:
        f.write(buf.getvalue())
    options = "|".join(f"{k}={v}".replace("\n", "\\n") for k, v in kw.items())
    saved.append("\t".join([name, str(a.dtype), ",".join(map(str, a.shape)), hexs(a), options]))


def correctly_rounded_f32(s, f):
    """True if np.float32 value f is the correctly rounded float32 of decimal s (NumPy rounds via float64)."""
    if not np.isfinite(f):
        return True
    x = Fraction(s)
    here = abs(x - Fraction(float(f)))
    for n in (np.nextafter(f, np.float32(np.inf)), np.nextafter(f, np.float32(-np.inf))):
        if np.isfinite(n) and abs(x - Fraction(float(n))) <= here:
            return False
    return True


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    rng = np.random.default_rng(20261122)

    # np.savetxt output: edge values, a %.18e rounding tie (2^46 + 2^-6 has 20 digits ending in 5)
    edge = np.array([[0.1, np.pi, np.nan], [-0.0, 1e300, 5e-324], [-np.inf, np.inf, 70368744177664.015625],
                     [2.2250738585072014e-308, -1.7976931348623157e308, 1 / 3]])
    savetxt("savetxt_edges", edge)
    case("savetxt_edges", None)
    r = rng.standard_normal((6, 4)) * 10.0 ** rng.integers(-30, 30, (6, 4))
    savetxt("savetxt_random", r)
    case("savetxt_random", None)
    f32 = (rng.standard_normal(7) * 1000).astype(np.float32)
    savetxt("savetxt_f32_1d", f32)
    case("savetxt_f32_1d", None, "dtype=float32")
    case("savetxt_f32_1d_as_f64", None, "", file="savetxt_f32_1d")
    savetxt("savetxt_1x1", np.array([[2.5]]))
    case("savetxt_1x1", None)
    savetxt("savetxt_1d", np.array([1.5, -2.25, 1e-10]))
    savetxt("savetxt_header", np.array([[1.0, 2.0], [3.0, 4.5]]), header="x;y\nsecond line", footer="end",
            delimiter=";")
    savetxt("savetxt_fmt", np.array([[1.0, -2.0], [np.pi, 1e6]]), fmt="%.6f")
    savetxt("savetxt_int64", np.array([[2**62 + 1, -5], [0, -2**63]]), fmt="%d")
    savetxt("savetxt_bool", np.array([True, False, True]), fmt="%d")

    messy = ("# generated by hand\n"
             "a,b,c\n"
             "1, 2.5 ,3\n"
             "# a comment line\n"
             "\n"
             "4,-5e-3,\t6   # trailing comment\n"
             "+.5,5.,-7E+2\n")
    case("header_comments", messy, "skipRows=2")
    case("header_comments_usecols", None, "skipRows=2|useCols=2,0", file="header_comments")
    case("header_comments_last", None, "skipRows=2|useCols=-1", file="header_comments")
    case("header_comments_maxrows", None, "skipRows=2|maxRows=2", file="header_comments")
    case("quotes", '"1.5",2,"3"\n"4","-0",6\n"7e1","8",  9\n')
    case("semicolons", "1;2;3\n4;5;6\n", "delimiter=;")
    case("tabs", "1\t2\n3\t4\n", "delimiter=TAB")
    case("crlf", "1,2\r\n3,4\r\n")
    case("no_final_newline", "1,2\n3,4")
    case("utf8_bom", "\ufeff1,2\n3,4\n")
    case("specials", "nan,NaN,inf,-Inf,+infinity,INF,-nan,Infinity\n")
    case("extremes", "1.7976931348623157e308,2.2250738585072014e-308,4.9e-324,1e-400,1e400,"
                     "0.30000000000000004,123456789012345678901234567890,-0.0,00012.50,"
                     "1.00000000000000000000000000000000000001,2.4703282292062327e-324,"
                     "2.4703282292062328e-324,9007199254740993,1e22,1e23,8.98846567431158e307\n")
    for nd in (0, 1, 2):
        case(f"single_row_ndmin{nd}", "1,2,3\n", f"ndmin={nd}", file="single_row")
        case(f"single_col_ndmin{nd}", "1\n2\n3\n", f"ndmin={nd}", file="single_col")
        case(f"single_value_ndmin{nd}", "42\n", f"ndmin={nd}", file="single_value")
        case(f"empty_ndmin{nd}", "", f"ndmin={nd}", file="empty")
        case(f"only_header_usecols_ndmin{nd}", "a,b,c\n", f"skipRows=1|useCols=0,2|ndmin={nd}", file="only_header")
    case("single_col_usecols", "1,2\n3,4\n5,6\n", "useCols=1")
    case("repeat_usecols", None, "useCols=0,0,-1", file="single_col_usecols")
    case("int32", "1,-2,3\n+4,0,2147483647\n-2147483648, 7 ,8\n", "dtype=int32")
    case("int64", "9223372036854775807,-9223372036854775808\n0,-1\n", "dtype=int64")
    case("bool", "0,1,2\n-1,0,00\n", "dtype=bool")
    case("float32", "0.1,3.4028235e38,1e-45,16777217,-0,1e39,7.006492e-46,0.3\n", "dtype=float32")
    case("missing", "1,,3\n4,NA,6\n,8,nan\n", "missingValues=NA", reader="genfromtxt")
    case("missing_f32", None, "missingValues=NA|dtype=float32", reader="genfromtxt", file="missing")

    # Random decimals of every shape: short ones take the fast path, long ones the JDK parser.
    py = random.Random(8)
    fields = []
    for _ in range(300):
        digits = "".join(py.choice("0123456789") for _ in range(py.randint(1, 25)))
        point = py.randint(0, len(digits))
        s = digits[:point] + "." + digits[point:] if py.random() < 0.7 else digits
        if py.random() < 0.5:
            s += py.choice("eE") + py.choice(["", "+", "-"]) + str(py.randint(0, 60 if py.random() < 0.8 else 330))
        fields.append(py.choice(["", "-", "+"]) + s)
    f32_fields = [s for s in fields if correctly_rounded_f32(s, np.float32(float(s)))]
    rows = [fields[i:i + 10] for i in range(0, len(fields), 10)]
    case("random_decimals", "\n".join(",".join(r) for r in rows) + "\n")
    f32_fields = f32_fields[:len(f32_fields) // 10 * 10]
    rows = [f32_fields[i:i + 10] for i in range(0, len(f32_fields), 10)]
    case("random_decimals_f32", "\n".join(",".join(r) for r in rows) + "\n", "dtype=float32")

    with open(os.path.join(OUT, "cases.tsv"), "w") as f:
        f.write("\n".join(cases) + "\n")
    with open(os.path.join(OUT, "savetxt.tsv"), "w") as f:
        f.write("\n".join(saved) + "\n")


if __name__ == "__main__":
    main()
