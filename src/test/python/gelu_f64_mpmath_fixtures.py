"""Exact float64 GELU values (erf form and tanh form), for GeluFloat64AccuracyTest.

Run from the repository root:  python3 src/test/python/gelu_f64_mpmath_fixtures.py
Writes src/test/resources/fixtures/elementwise/gelu_f64_mpmath.tsv, one line per x:
    x  gelu_hi  gelu_lo  gelu_tanh_hi  gelu_tanh_lo        (all float.hex)
where hi + lo is the mpmath value (60 digits) as an unevaluated pair of doubles (hi the value
rounded to double, lo the rest rounded), so the test measures errors in ulps without the 0.5 ulp
of a rounded reference. The functions, with the decimal constant 0.044715 taken exactly:
    gelu(x)      = x/2 erfc(-x / sqrt 2)
    gelu_tanh(x) = x / (1 + exp(-2u)),  u = sqrt(2/pi) (x + 0.044715 x^3)
                   (= x/2 (1 + tanh u), the form that does not cancel for negative x)
The points: a dense even sweep of [-10, 4] (where issue 16 found gelu's cancellation below
x = -1.3 and gelu_tanh's 5-6 ulp near -2.5), a coarser one of [-40, -10] down to underflow,
and pseudo-random points of [-6, -1] from a fixed seed. Deterministic: same file on every run.
"""
import os
import random

import mpmath as mp

OUT = os.path.join("src", "test", "resources", "fixtures", "elementwise", "gelu_f64_mpmath.tsv")
mp.mp.dps = 60
C = mp.mpf("0.044715")
S = mp.sqrt(2 / mp.pi)


def gelu(x):
    x = mp.mpf(x)
    return x / 2 * mp.erfc(-x / mp.sqrt(2))


def gelu_tanh(x):
    x = mp.mpf(x)
    u = S * (x + C * x ** 3)
    return x / (1 + mp.exp(-2 * u))


def pair(v):
    hi = float(v)
    lo = float(v - mp.mpf(hi))
    return hi.hex(), lo.hex()


def points():
    xs = [-10 + 14 * i / 12000 for i in range(12001)]
    xs += [-40 + 30 * i / 2000 for i in range(2000)]
    rng = random.Random(16)
    xs += [rng.uniform(-6, -1) for _ in range(2000)]
    # the worst points seen by hand before the fix (see GeluFloat64AccuracyTest)
    xs += [-1.3, -2.5, -2.4999999999999996, -5.0, -8.0, -37.5, -38.5]
    return xs


def main():
    with open(OUT, "w") as f:
        for x in points():
            f.write("\t".join((x.hex(),) + pair(gelu(x)) + pair(gelu_tanh(x))) + "\n")


if __name__ == "__main__":
    main()
