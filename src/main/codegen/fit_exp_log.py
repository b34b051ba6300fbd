"""Fits the polynomials of our own exp and log kernels (ScalarFloat32Math / ScalarFloat64Math and
their Vector API lanes, VectorFloat32Math / VectorFloat64Math), and prints them as Java constants.

Every fit is minimax in the error that reaches the result, by Lawson's iteratively reweighted
least squares on Chebyshev nodes, in 50-digit mpmath arithmetic. The coefficients are then rounded
to the kernel's precision one at a time, lowest power first, refitting the remaining ones after
each rounding (so the higher coefficients absorb the rounding of the lower ones).

  exp, float32:  e^r = 1 + r + r^2 P(r),  P of degree 4,  |r| <= ln2/2   (k = round(x / ln2))
  exp, float64:  e^r = 1 + r + r^2 P(r),  P of degree 9,  |r| <= ln2/2
  log, float32:  log(1 + f) = f + f^2 Q(f),  Q of degree 8,  f = m - 1, m in [2/3, 4/3)
  log, float64:  log(1 + f) = f - f^2/2 + s (f^2/2 + R(s^2)),  s = f / (2 + f),  R(z) = z R1(z),
                 R1 of degree 6, m in [sqrt(2)/2, sqrt(2)) (fdlibm's form of the reduction)
  float64 expm1 (inside tanh) reuses exp's P.

The fit error of each (printed) is a small fraction of an ulp; the kernels' measured bounds
(UnaryOp's Javadoc, TranscendentalAccuracyTest) are dominated by the roundings of the
evaluation, not by these. Run: python3 src/main/codegen/fit_exp_log.py (about a minute).
"""
import struct

import mpmath as mp

mp.mp.dps = 50
NODES, ITERATIONS = 300, 25


def lawson(g, w, powers, a, b, fixed=()):
    """min over c of max |w (g - sum c_j x^p_j - fixed)|, on Chebyshev nodes of [a, b]."""
    xs = [(a + b) / 2 - (b - a) / 2 * mp.cos(mp.pi * (i + mp.mpf(0.5)) / NODES) for i in range(NODES)]
    gs = [g(x) - mp.fsum(c * x ** p for p, c in fixed) for x in xs]
    ws = [w(x) for x in xs]
    rows = [[x ** p for p in powers] for x in xs]
    n = len(powers)
    lam = [mp.mpf(1) / NODES] * NODES
    best = None
    for _ in range(ITERATIONS):
        a_mat = mp.matrix(n, n)
        v = mp.matrix(n, 1)
        for k in range(NODES):
            c = lam[k] * ws[k] ** 2
            for i in range(n):
                v[i] += c * rows[k][i] * gs[k]
                for j in range(i, n):
                    a_mat[i, j] += c * rows[k][i] * rows[k][j]
        for i in range(n):
            for j in range(i):
                a_mat[i, j] = a_mat[j, i]
        coef = mp.lu_solve(a_mat, v)
        errs = [ws[k] * (gs[k] - mp.fsum(coef[j] * rows[k][j] for j in range(n))) for k in range(NODES)]
        worst = max(abs(e) for e in errs)
        if best is None or worst < best[1]:
            best = ([coef[j] for j in range(n)], worst)
        total = mp.fsum(lam[k] * abs(errs[k]) for k in range(NODES))
        lam = [lam[k] * abs(errs[k]) / total for k in range(NODES)]
    return best


def to_float(v):
    return struct.unpack("f", struct.pack("f", float(v)))[0]


def fit_rounded(g, w, powers, a, b, rnd):
    """Fit, then round each coefficient in turn (lowest power first), refitting the rest."""
    fixed = []
    for i in range(len(powers)):
        coef, _ = lawson(g, w, powers[i:], a, b, fixed)
        fixed.append((powers[i], mp.mpf(rnd(coef[0]))))
    _, err = lawson(g, w, [powers[-1] + 1], a, b, fixed)  # error of the rounded set (one dummy power)
    xs = [a + (b - a) * mp.mpf(i) / 4000 for i in range(4001)]
    err = max(abs(w(x) * (g(x) - mp.fsum(c * x ** p for p, c in fixed))) for x in xs if x != 0)
    return [c for _, c in fixed], err


def java_float(v):
    return "%sf" % float(v).hex().replace("0x1.", "0x1.").replace("00000p", "p")


def emit(name, coef, kind):
    for j, c in enumerate(coef):
        if kind == "float":
            print("    static final float %s%d = %s; // %s" % (name, j, hex_float(float(c), 24), repr(to_float(c))))
        else:
            print("    static final double %s%d = %s; // %s" % (name, j, float(c).hex(), repr(float(c))))


def hex_float(v, bits):
    h = v.hex()  # 0x1.xxxxxxxxxxxxxp+e
    mant, exp = h.split("p")
    mant = mant.rstrip("0")
    if mant.endswith("."):
        mant = mant[:-1]
    return "%sp%s%s" % (mant, exp, "f" if bits == 24 else "")


def main():
    half_ln2 = mp.log(2) / 2 * mp.mpf("1.0005")  # k is rounded from x log2(e) in float: |r| a hair over ln2/2
    exp_g = lambda r: mp.exp(r) - 1 - r
    exp_w = lambda r: 1 / mp.exp(r)
    coef, err = fit_rounded(exp_g, exp_w, list(range(2, 7)), -half_ln2, half_ln2, to_float)
    print("// exp float32: max relative error %.3g (%.3f units of 2^-24)" % (err, err / 2.0 ** -24))
    emit("EXP_P", coef, "float")
    coef, err = fit_rounded(exp_g, exp_w, list(range(2, 12)), -half_ln2, half_ln2, float)
    print("// exp float64: max relative error %.3g (%.3f units of 2^-53)" % (err, err / 2.0 ** -53))
    emit("EXP_P", coef, "double")

    lo, hi = to_float(mp.mpf(2) / 3) - 1, mp.mpf(4) / 3 - 1
    coef, err = fit_rounded(lambda f: mp.log1p(f) - f, lambda f: 1 / abs(mp.log1p(f)), list(range(2, 11)),
                            mp.mpf(lo), hi, to_float)
    print("// log float32: max relative error %.3g (%.3f units of 2^-24)" % (err, err / 2.0 ** -24))
    emit("LOG_Q", coef, "float")

    zmax = ((mp.sqrt(2) - 1) / (mp.sqrt(2) + 1)) ** 2 * mp.mpf("1.001")
    coef, err = fit_rounded(lambda z: 2 * mp.atanh(mp.sqrt(z)) / mp.sqrt(z) - 2 if z > 0 else mp.mpf(0),
                            lambda z: mp.mpf(1), list(range(1, 8)), mp.mpf(0), zmax, float)
    # R's error reaches log(1 + f) ~ 2s multiplied by s: relative, it is about half of it
    print("// log float64: max error of R %.3g (%.3f units of 2^-53)" % (err, err / 2.0 ** -53))
    emit("LOG_R", coef, "double")


if __name__ == "__main__":
    main()
