"""NumPy side of the reduction workloads (issue 4); Java side: perf/.../ReductionBench.java.

WORKLOADS maps each workload name to (setup, run): setup() builds the state once, run(state)
performs one operation. Data are uniform in [-2, 2) like the Java side (values differ, sizes match).
crossentropy is the stable logits form a NumPy user writes: logsumexp(z) - z[y], averaged.
"""
import numpy as np

RNG = np.random.default_rng(1)


def _f32(*shape):
    return (RNG.random(shape, dtype=np.float64) * 4 - 2).astype(np.float32)


def _softmax(x):
    e = np.exp(x - x.max(axis=1, keepdims=True))
    e /= e.sum(axis=1, keepdims=True)
    return e


def _crossentropy(state):
    z, y = state
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    return np.mean(lse - z[np.arange(z.shape[0]), y])


WORKLOADS = {
    "sum_f32_16m": (lambda: _f32(1 << 24), lambda a: a.sum()),
    "max_f32_16m": (lambda: _f32(1 << 24), lambda a: a.max()),
    "mean_axis0_f32_4096x4096": (lambda: _f32(4096, 4096), lambda a: a.mean(axis=0)),
    "mean_axis0_f32_2048x2048": (lambda: _f32(2048, 2048), lambda a: a.mean(axis=0)),
    "mean_axis0_f64_4096x4096": (lambda: _f32(4096, 4096).astype(np.float64), lambda a: a.mean(axis=0)),
    "mean_axis1_f32_4096x4096": (lambda: _f32(4096, 4096), lambda a: a.mean(axis=1)),
    "std_axis0_f64_1000x20": (lambda: _f32(1000, 20).astype(np.float64), lambda a: a.std(axis=0)),
    "argmax_axis1_f32_4096x1000": (lambda: _f32(4096, 1000), lambda a: a.argmax(axis=1)),
    "softmax_axis1_f32_4096x1000": (lambda: _f32(4096, 1000), _softmax),
    "crossentropy_f32_4096x1000": (lambda: (_f32(4096, 1000), RNG.integers(0, 1000, 4096)), _crossentropy),
}


def lcg_floats(n, seed):
    """The unit test's LCG: x = 1664525 x + 1013904223 mod 2^32; value (x >> 8) * 2^-24 as float32.

    Jumps ahead in blocks: x[k+i] = A_i x[k] + C_i (mod 2^32), A_i = a^i, C_i = c (1 + a + ... + a^(i-1)).
    """
    a, c, mask, block = 1664525, 1013904223, 0xFFFFFFFF, 4096
    mult = np.empty(block, dtype=np.uint64)
    add = np.empty(block, dtype=np.uint64)
    ai, ci = 1, 0
    for i in range(block):
        ai, ci = (ai * a) & mask, (ci * a + c) & mask
        mult[i], add[i] = ai, ci
    out = np.empty(n, dtype=np.uint64)
    x = seed & mask
    for k in range(0, n, block):
        m = min(block, n - k)
        out[k:k + m] = (mult[:m] * np.uint64(x) + add[:m]) & np.uint64(mask)
        x = int(out[k + m - 1])
    return ((out >> np.uint64(8)).astype(np.float64) * 2.0 ** -24).astype(np.float32)


def sum_error_report(n=1 << 24, seed=12345):
    """|np.sum(float32) - exact| for the LCG data: the figure the Java test's bound is compared to."""
    from fractions import Fraction
    f = lcg_floats(n, seed)
    exact_units = int((f.astype(np.float64) * 2.0 ** 24).astype(np.int64).sum())
    exact = Fraction(exact_units, 1 << 24)
    got = np.sum(f)
    err = abs(Fraction(float(got)) - exact)
    print("n=%d numpy float32 sum=%r exact=%.10f |err|=%.6g ulp(sum)=%.6g" % (
        n, float(got), float(exact), float(err), float(np.spacing(got))))


if __name__ == "__main__":
    import sys
    import timeit
    if sys.argv[1:] == ["accuracy"]:
        sum_error_report()
        sys.exit()
    if sys.argv[1:2] == ["--per-call"]:
        # per-call minimum and median over ~2 s, the statistic JMH's -bm sample reports as p0.00 / p0.50:
        # on a shared, overloaded machine the minimum is the least disturbed figure
        import time
        for name in sys.argv[2:] or list(WORKLOADS):
            setup, run = WORKLOADS[name]
            state = setup()
            run(state)
            times = []
            end = time.perf_counter() + 2.0
            while time.perf_counter() < end or len(times) < 5:
                t = time.perf_counter()
                run(state)
                times.append(time.perf_counter() - t)
            times.sort()
            print("%-32s min %10.1f us  median %10.1f us  (%d calls)" % (
                name, times[0] * 1e6, times[len(times) // 2] * 1e6, len(times)))
        sys.exit()
    names = sys.argv[1:] or list(WORKLOADS)
    for name in names:
        setup, run = WORKLOADS[name]
        state = setup()
        run(state)
        number, total = 1, 0.0
        while total < 0.2:
            total = timeit.timeit(lambda: run(state), number=number)
            number *= 2
        reps = timeit.repeat(lambda: run(state), number=max(1, number // 2), repeat=5)
        best = min(reps) / max(1, number // 2)
        print("%-32s %12.1f us" % (name, best * 1e6))
