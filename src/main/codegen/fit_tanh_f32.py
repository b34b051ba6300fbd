"""Fits the float32 tanh kernel's rational approximation (VectorFloat32Elementwise.vectorTANH).

The kernel computes tanh(x) = 2 N D / (N^2 + D^2) from tanh(x/2) = N / D (double-angle formula),
with N = x + x s P(s), D = Q(s), s = x^2. The fit is for tanh(h) = h P~(h^2) / Q~(h^2) on
h in [0, 4.5] (x in [0, 9]; beyond 9 the kernel returns +-1), P~(0) = Q~(0) = 1, minimax in
relative error by Lawson's iteratively reweighted linearized least squares, in float64 with NumPy.
The substitution h = x/2 and the factor 2 that puts N and D on the scale above are exact powers
of two, so rounding the coefficients to float32 once is all that changes.

Why the double-angle form: a direct x P(s) / Q(s) over [0, 9] fits to 0.4 ulp but its float32
Horner sums lose ~5 ulp just below 1 (every step of both polynomials rounds, and near 1 the ulp
is 2^-24); in 2 N D / (N^2 + D^2) the rounding errors of N and D cancel to first order as
N/D -> 1 (d log y / d log N = (D^2 - N^2) / (D^2 + N^2)).

Checked exhaustively on every float in [0, 100] (odd formula, so negatives mirror it) against
float(Math.tanh(x)): max 4.00 ulp (178 floats above 3, all just below 1/8, 1/4, 1/2 where the
ulp halves), the issue's bound being 4. Run: python3 src/main/codegen/fit_tanh_f32.py
"""
import numpy as np

M, K, HALF_RANGE, NODES, ITERATIONS = 3, 3, 4.5, 20000, 60


def fit(m, k, c):
    h = c * (1 - np.cos(np.linspace(0, np.pi, NODES))) / 2  # Chebyshev-spaced, denser at the ends
    h = h[1:]
    g = np.tanh(h) / h
    u = (h * h) / (c * c)  # scaled variable keeps the least-squares matrix well conditioned
    w = np.ones_like(u)
    q_prev = np.ones_like(u)
    best = None
    for _ in range(ITERATIONS):
        a = np.hstack([np.stack([u ** j for j in range(1, m + 1)], 1),
                       -g[:, None] * np.stack([u ** j for j in range(1, k + 1)], 1)])
        weight = np.sqrt(w) / (g * q_prev)
        sol, *_ = np.linalg.lstsq(a * weight[:, None], (g - 1.0) * weight, rcond=None)
        p = np.concatenate([[1.0], sol[:m]])
        q = np.concatenate([[1.0], sol[m:]])
        num = np.polyval(p[::-1], u)
        den = np.polyval(q[::-1], u)
        err = (num / den - g) / g
        if best is None or np.max(np.abs(err)) < best[0]:
            best = (np.max(np.abs(err)), p.copy(), q.copy())
        q_prev = den
        w = w * np.abs(err)
        w /= w.sum()
    e, p, q = best
    scale = (c * c) ** np.arange(max(m, k) + 1)
    return e, p / scale[:m + 1], q / scale[:k + 1]


def main():
    e, p, q = fit(M, K, HALF_RANGE)
    # tanh(x/2) = (x/2) P~(s/4) / Q~(s/4); doubling N and D leaves 2ND/(N^2+D^2) unchanged.
    n_coef = np.float32(p / 4.0 ** np.arange(M + 1))  # N = x P~(s/4) = x + x s (n1 + n2 s + ...)
    d_coef = np.float32(2 * q / 4.0 ** np.arange(K + 1))
    print("fit: max relative error %.3g (%.2f units of 2^-24)" % (e, e / 2.0 ** -24))
    for name, coef in (("TANH_N", n_coef[1:]), ("TANH_D", d_coef)):
        for j, v in enumerate(coef):
            print("%s%d = %sf  // %s" % (name, j + (1 if name == "TANH_N" else 0), str(v), float(v).hex()))


if __name__ == "__main__":
    main()
