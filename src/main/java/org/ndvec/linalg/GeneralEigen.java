package org.ndvec.linalg;

/**
 * Eigenvalues and right eigenvectors of a general real matrix: Householder reduction to upper
 * Hessenberg form, then the Francis double-shift QR iteration (the EISPACK hqr scheme: deflation
 * on negligible subdiagonals, exceptional shifts after 10 and 20 stalled iterations), then one
 * eigenvector per eigenvalue by inverse iteration on A - lambda I (a real 2n x 2n system for a
 * complex lambda). Vectors have unit 2-norm with their largest component real, as LAPACK's geev.
 */
final class GeneralEigen {
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 30;

    final double[] wr;
    final double[] wi;
    final double[] vr;
    final double[] vi;

    GeneralEigen(double[] a, int n, boolean vectors) {
        double[] h = hessenberg(a, n);
        wr = new double[n];
        wi = new double[n];
        francis(h, n, wr, wi);
        if (vectors) {
            vr = new double[n * n];
            vi = new double[n * n];
            inverseIteration(a, n);
        } else {
            vr = null;
            vi = null;
        }
    }

    private static double[] hessenberg(double[] a, int n) {
        double[] h = a.clone();
        for (int k = 0; k < n - 2; k++) {
            int len = n - k - 1;
            double[] v = new double[len];
            double norm2 = 0;
            for (int i = 0; i < len; i++) {
                v[i] = h[(k + 1 + i) * n + k];
                norm2 += v[i] * v[i];
            }
            if (norm2 == 0) {
                continue;
            }
            double alpha = -Math.copySign(Math.sqrt(norm2), v[0]);
            double vn2 = 2 * (norm2 - v[0] * alpha);
            v[0] -= alpha;
            // H A H: rows k+1.. from the left, then columns k+1.. from the right
            Decompositions.reflect(h, n, k + 1, 0, n, v, vn2);
            for (int r = 0; r < n; r++) {
                double s = 0;
                for (int i = 0; i < len; i++) {
                    s += h[r * n + k + 1 + i] * v[i];
                }
                double f = 2 * s / vn2;
                for (int i = 0; i < len; i++) {
                    h[r * n + k + 1 + i] -= f * v[i];
                }
            }
            for (int i = k + 2; i < n; i++) {
                h[i * n + k] = 0;
            }
        }
        return h;
    }

    private static double sign(double a, double b) {
        return b >= 0 ? Math.abs(a) : -Math.abs(a);
    }

    /** Francis double-shift QR on the Hessenberg matrix h (destroyed); eigenvalues into wr/wi. */
    private static void francis(double[] h, int n, double[] wr, double[] wi) {
        double anorm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(i - 1, 0); j < n; j++) {
                anorm += Math.abs(h[i * n + j]);
            }
        }
        int nn = n - 1;
        double t = 0;
        while (nn >= 0) {
            int its = 0;
            int l;
            do {
                // look for a negligible subdiagonal element to split the problem
                for (l = nn; l >= 1; l--) {
                    double s = Math.abs(h[(l - 1) * n + l - 1]) + Math.abs(h[l * n + l]);
                    if (s == 0) {
                        s = anorm;
                    }
                    if (Math.abs(h[l * n + l - 1]) + s == s) {
                        h[l * n + l - 1] = 0;
                        break;
                    }
                }
                double x = h[nn * n + nn];
                if (l == nn) {
                    wr[nn] = x + t;
                    wi[nn] = 0;
                    nn--;
                } else {
                    double y = h[(nn - 1) * n + nn - 1];
                    double w = h[nn * n + nn - 1] * h[(nn - 1) * n + nn];
                    if (l == nn - 1) {
                        // a trailing 2x2 block: its two eigenvalues in closed form
                        double p = 0.5 * (y - x);
                        double q = p * p + w;
                        double z = Math.sqrt(Math.abs(q));
                        x += t;
                        if (q >= 0) {
                            z = p + sign(z, p);
                            wr[nn - 1] = x + z;
                            wr[nn] = z != 0 ? x - w / z : x + z;
                            wi[nn - 1] = 0;
                            wi[nn] = 0;
                        } else {
                            wr[nn - 1] = x + p;
                            wr[nn] = x + p;
                            wi[nn - 1] = z;
                            wi[nn] = -z;
                        }
                        nn -= 2;
                    } else {
                        if (its == MAX_ITERATIONS) {
                            throw new ArithmeticException("Eigenvalues did not converge");
                        }
                        if (its == 10 || its == 20) {
                            // exceptional shift breaks a cycle of the standard shifts
                            t += x;
                            for (int i = 0; i <= nn; i++) {
                                h[i * n + i] -= x;
                            }
                            double s = Math.abs(h[nn * n + nn - 1]) + Math.abs(h[(nn - 1) * n + nn - 2]);
                            x = 0.75 * s;
                            y = x;
                            w = -0.4375 * s * s;
                        } else {
                            // LAPACK's dlahqr (what np.linalg.eig runs) departs from EISPACK here: when
                            // the trailing 2x2 has two real eigenvalues it shifts twice by the one
                            // nearer h[nn][nn] instead of once by each. The shifts decide which
                            // eigenvalue converges where, so this keeps eig's order NumPy's.
                            double tr = 0.5 * (x + y);
                            double det = (y - tr) * (x - tr) - w;
                            if (det < 0) {
                                double rt = Math.sqrt(-det);
                                double mu = Math.abs(tr + rt - x) <= Math.abs(tr - rt - x) ? tr + rt : tr - rt;
                                x = mu;
                                y = mu;
                                w = 0;
                            }
                        }
                        its++;
                        doubleShiftStep(h, n, l, nn, x, y, w);
                    }
                }
            } while (l < nn - 1);
        }
    }

    private static void doubleShiftStep(double[] h, int n, int l, int nn, double x, double y, double w) {
        int m;
        double p = 0;
        double q = 0;
        double r = 0;
        double z;
        // find two consecutive small subdiagonals, so the bulge can start at row m
        for (m = nn - 2; m >= l; m--) {
            z = h[m * n + m];
            double rr = x - z;
            double ss = y - z;
            p = (rr * ss - w) / h[(m + 1) * n + m] + h[m * n + m + 1];
            q = h[(m + 1) * n + m + 1] - z - rr - ss;
            r = h[(m + 2) * n + m + 1];
            double s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= s;
            q /= s;
            r /= s;
            if (m == l) {
                break;
            }
            double u = Math.abs(h[m * n + m - 1]) * (Math.abs(q) + Math.abs(r));
            double v = Math.abs(p) * (Math.abs(h[(m - 1) * n + m - 1]) + Math.abs(z) + Math.abs(h[(m + 1) * n + m + 1]));
            if (u + v == v) {
                break;
            }
        }
        for (int i = m + 2; i <= nn; i++) {
            h[i * n + i - 2] = 0;
            if (i != m + 2) {
                h[i * n + i - 3] = 0;
            }
        }
        // chase the bulge down with 3-element Householder reflections
        for (int k = m; k <= nn - 1; k++) {
            if (k != m) {
                p = h[k * n + k - 1];
                q = h[(k + 1) * n + k - 1];
                r = k != nn - 1 ? h[(k + 2) * n + k - 1] : 0;
                x = Math.abs(p) + Math.abs(q) + Math.abs(r);
                if (x != 0) {
                    p /= x;
                    q /= x;
                    r /= x;
                }
            }
            double s = sign(Math.sqrt(p * p + q * q + r * r), p);
            if (s == 0) {
                continue;
            }
            if (k == m) {
                if (l != m) {
                    h[k * n + k - 1] = -h[k * n + k - 1];
                }
            } else {
                h[k * n + k - 1] = -s * x;
            }
            p += s;
            x = p / s;
            y = q / s;
            z = r / s;
            q /= p;
            r /= p;
            for (int j = k; j <= nn; j++) {
                double pp = h[k * n + j] + q * h[(k + 1) * n + j];
                if (k != nn - 1) {
                    pp += r * h[(k + 2) * n + j];
                    h[(k + 2) * n + j] -= pp * z;
                }
                h[(k + 1) * n + j] -= pp * y;
                h[k * n + j] -= pp * x;
            }
            int mmin = Math.min(nn, k + 3);
            for (int i = l; i <= mmin; i++) {
                double pp = x * h[i * n + k] + y * h[i * n + k + 1];
                if (k != nn - 1) {
                    pp += z * h[i * n + k + 2];
                    h[i * n + k + 2] -= pp * r;
                }
                h[i * n + k + 1] -= pp * q;
                h[i * n + k] -= pp;
            }
        }
    }

    /** Column j of (vr, vi) for each eigenvalue; equal eigenvalues get vectors kept independent. */
    private void inverseIteration(double[] a, int n) {
        double anorm = 0;
        for (double x : a) {
            anorm = Math.max(anorm, Math.abs(x));
        }
        double tiny = Math.max(anorm, 1) * EPS;
        for (int j = 0; j < n; j++) {
            double re = wr[j];
            double im = wi[j];
            int dim = im == 0 ? n : 2 * n;
            double[] m = new double[dim * dim];
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    double v = a[r * n + c] - (r == c ? re : 0);
                    m[r * dim + c] = v;
                    if (im != 0) {
                        // [[A - re, im I], [-im I, A - re]] [x; y] acts as (A - lambda) (x + i y)
                        m[(r + n) * dim + c + n] = v;
                    }
                }
                if (im != 0) {
                    m[r * dim + r + n] = im;
                    m[(r + n) * dim + r] = -im;
                }
            }
            Lu lu = new Lu(m, dim);
            double[] x = new double[dim];
            for (int i = 0; i < dim; i++) {
                // a start vector unlikely to be orthogonal to the eigenvector, different per j
                x[i] = 1 + 0.1 * ((i * 7 + j * 13) % 17) / 17.0;
            }
            for (int iter = 0; iter < 3; iter++) {
                orthogonalizeAgainstEqual(x, j, n, im != 0);
                x = lu.solve(x, 1, tiny);
                normalize(x);
            }
            store(x, j, n, im != 0);
        }
    }

    /** For a repeated eigenvalue, removes the components along vectors already found for it. */
    private void orthogonalizeAgainstEqual(double[] x, int j, int n, boolean complex) {
        if (complex) {
            return;
        }
        for (int prev = 0; prev < j; prev++) {
            boolean same = wi[prev] == 0 && Math.abs(wr[prev] - wr[j]) <= 1e3 * EPS * Math.max(1, Math.abs(wr[j]));
            if (!same) {
                continue;
            }
            double d = 0;
            for (int i = 0; i < n; i++) {
                d += x[i] * vr[i * n + prev];
            }
            for (int i = 0; i < n; i++) {
                x[i] -= d * vr[i * n + prev];
            }
        }
    }

    private static void normalize(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        s = Math.sqrt(s);
        if (s > 0 && Double.isFinite(s)) {
            for (int i = 0; i < x.length; i++) {
                x[i] /= s;
            }
        }
    }

    private void store(double[] x, int j, int n, boolean complex) {
        if (!complex) {
            for (int i = 0; i < n; i++) {
                vr[i * n + j] = x[i];
            }
            return;
        }
        // rotate the phase so the largest component is real and positive (unit norm is kept)
        int big = 0;
        double bigMag = -1;
        for (int i = 0; i < n; i++) {
            double mag = Math.hypot(x[i], x[i + n]);
            if (mag > bigMag) {
                bigMag = mag;
                big = i;
            }
        }
        double cr = x[big] / bigMag;
        double ci = -x[big + n] / bigMag;
        for (int i = 0; i < n; i++) {
            double re = x[i] * cr - x[i + n] * ci;
            double imv = x[i] * ci + x[i + n] * cr;
            vr[i * n + j] = re;
            vi[i * n + j] = imv;
        }
    }
}
