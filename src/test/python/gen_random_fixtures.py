"""Golden values for org.ndvec.random.RandomState from NumPy's legacy np.random.RandomState.

Run from the repository root:  python3 src/test/python/gen_random_fixtures.py
Writes src/test/resources/fixtures/random/*.txt, read by RandomStateFixtureTest.

Format (one token stream per line, space separated):
  case NAME
  seed N | seedarray K0 K1 ...
  OP ARGS... => DTYPE SHAPE full V...          every value
  OP ARGS... => DTYPE SHAPE hash H V...        polynomial hash of all values, then the first 10
  state POS HASGAUSS                           MT19937 position and cached-normal flag afterwards
  end
SHAPE is comma separated, '()' for 0-d. float64 values are the 16 hex digits of their
IEEE-754 bits; integers are decimal; bool is 0/1. The hash is
h = h * 0x9E3779B97F4A7C15 + w (mod 2**64) over the 64-bit words (double bits, integers
sign-extended), in C order, written as 16 hex digits.
"""
import os
import numpy as np

OUT = os.path.join("src", "test", "resources", "fixtures", "random")
FULL_LIMIT = 200
M = np.uint64(0x9E3779B97F4A7C15)


def words(a):
    a = np.ascontiguousarray(a)
    if a.dtype == np.float64:
        return a.reshape(-1).view(np.uint64)
    return a.reshape(-1).astype(np.int64).view(np.uint64)


def poly_hash(a):
    w = words(a)
    if w.size == 0:
        return 0
    with np.errstate(over="ignore"):
        pows = np.ones(w.size, dtype=np.uint64)
        if w.size > 1:
            pows[1:] = M
            pows = np.cumprod(pows, dtype=np.uint64)[::-1]
        return int(np.sum(w * pows, dtype=np.uint64))


def fmt_values(a):
    a = np.asarray(a)
    flat = a.reshape(-1)
    if a.dtype == np.float64:
        return ["%016x" % int(v) for v in flat.view(np.uint64)]
    return [str(int(v)) for v in flat]


def dtype_name(a):
    return {"float64": "f8", "int64": "i8", "int32": "i4", "bool": "b1"}[str(np.asarray(a).dtype)]


def shape_str(s):
    return ",".join(str(d) for d in s) if len(s) else "()"


def result_line(op, a):
    a = np.asarray(a)
    head = "%s => %s %s" % (op, dtype_name(a), shape_str(a.shape))
    vals = fmt_values(a)
    if a.size <= FULL_LIMIT:
        return head + " full " + " ".join(vals)
    return head + " hash %016x " % poly_hash(a) + " ".join(vals[:10])


class Case:
    def __init__(self, name, seed):
        self.lines = ["case " + name]
        if isinstance(seed, list):
            self.rs = np.random.RandomState(seed)
            self.lines.append("seedarray " + " ".join(str(k) for k in seed))
        else:
            self.rs = np.random.RandomState(seed)
            self.lines.append("seed %d" % seed)

    def op(self, text, fn):
        self.lines.append(result_line(text, fn(self.rs)))
        return self

    def finish(self):
        st = self.rs.get_state()
        self.lines.append("state %d %d" % (st[2], st[3]))
        self.lines.append("end")
        return "\n".join(self.lines)


def size_arg(shape):
    return shape_str(shape)


def tup(s):
    return tuple(s)


def uniform_cases():
    cases = []
    for seed in [0, 1, 42, 123, 1234, 2**32 - 1, [0], [1, 2, 3], [2**32 - 1, 0, 12345], list(range(700))]:
        name = "uniform_" + (("a" + str(len(seed))) if isinstance(seed, list) else str(seed))
        c = Case(name, seed)
        for shape in [(1,), (5,), (2, 3), (), (0,), (313,), (700,)]:
            c.op("rand " + size_arg(shape), lambda r, s=shape: r.random_sample(tup(s)))
        c.op("uniform -2.5 7.25 4,3", lambda r: r.uniform(-2.5, 7.25, (4, 3)))
        c.op("uniform 1.0 0.0 5", lambda r: r.uniform(1.0, 0.0, 5))
        cases.append(c.finish())
    return cases


def normal_cases():
    cases = []
    for seed in [0, 1, 42, 123, 2**32 - 1, [7, 8]]:
        name = "normal_" + (("a" + str(len(seed))) if isinstance(seed, list) else str(seed))
        c = Case(name, seed)
        # Odd then odd: the second call starts with the cached value of the first.
        c.op("randn 3", lambda r: r.randn(3))
        c.op("randn 1", lambda r: r.randn(1))
        c.op("randn 5", lambda r: r.randn(5))
        c.op("rand 2", lambda r: r.random_sample(2))  # uniforms do not touch the cache
        c.op("randn 2", lambda r: r.randn(2))
        c.op("randn 4,5", lambda r: r.randn(4, 5))
        c.op("randn ()", lambda r: r.standard_normal(()))
        c.op("normal 10.0 0.5 7", lambda r: r.normal(10.0, 0.5, 7))
        c.op("normal -1.5 3.0 2,2", lambda r: r.normal(-1.5, 3.0, (2, 2)))
        c.op("normal 1.0 0.0 3", lambda r: r.normal(1.0, 0.0, 3))
        c.op("randn 1001", lambda r: r.randn(1001))
        c.op("randn 20000", lambda r: r.randn(20000))
        cases.append(c.finish())
    return cases


def randint_cases():
    cases = []
    ranges = [(0, 256), (0, 2), (0, 1), (5, 6), (-10, 10), (-2**31, 2**31 - 1), (0, 2**32),
              (0, 2**32 + 1), (-2**40, 2**40), (-2**63, 2**63 - 1), (0, 2**63 - 1),
              (-2**63, 0), (1000, 1001), (3, 10), (0, 3)]
    for seed in [0, 42, 123, 2**32 - 1]:
        c = Case("randint_%d" % seed, seed)
        for lo, hi in ranges:
            c.op("randint %d %d 9 int64" % (lo, hi), lambda r, lo=lo, hi=hi: r.randint(lo, hi, 9))
        c.op("randint 0 256 4,5,3 int64", lambda r: r.randint(0, 256, (4, 5, 3)))
        c.op("randint 7 8 () int64", lambda r: r.randint(7, 8, ()))
        for lo, hi in [(0, 256), (-2**31, 2**31 - 1), (-5, 5), (0, 1), (-2**31, -2**31 + 1), (0, 2**31 - 1)]:
            c.op("randint %d %d 11 int32" % (lo, hi), lambda r, lo=lo, hi=hi: r.randint(lo, hi, 11, dtype=np.int32))
        for lo, hi in [(0, 2), (0, 1), (1, 2)]:
            c.op("randint %d %d 70 bool" % (lo, hi), lambda r, lo=lo, hi=hi: r.randint(lo, hi, 70, dtype=bool))
        c.op("randint 0 2 5 bool", lambda r: r.randint(0, 2, 5, dtype=bool))
        c.op("randint 0 256 0 int64", lambda r: r.randint(0, 256, 0))
        c.op("randint 0 100000 3000 int64", lambda r: r.randint(0, 100000, 3000))
        cases.append(c.finish())
    return cases


def permutation_cases():
    cases = []
    for seed in [0, 1, 42, 123, 2**32 - 1]:
        c = Case("permutation_%d" % seed, seed)
        for n in [0, 1, 2, 10, 100, 1000]:
            c.op("permutation %d" % n, lambda r, n=n: r.permutation(n))
        for shape in [(7,), (5, 3), (4, 2, 3), (6, 0), (1, 4)]:
            c.op("permutation_arange " + shape_str(shape),
                 lambda r, s=shape: r.permutation(np.arange(int(np.prod(s)), dtype=np.int64).reshape(s)))
        for shape in [(9,), (6, 2), (3, 2, 2), (1,), (0,)]:
            def sh(r, s=shape):
                a = np.arange(int(np.prod(s)), dtype=np.int64).reshape(s)
                r.shuffle(a)
                return a
            c.op("shuffle_arange " + shape_str(shape), sh)
        cases.append(c.finish())
    return cases


def p_str(p):
    return "-" if p is None else ",".join(repr(float(v)) for v in p)


def choice_cases():
    cases = []
    p5 = [0.1, 0.2, 0.3, 0.15, 0.25]
    p4 = [0.5, 0.0, 0.25, 0.25]
    for seed in [0, 1, 42, 123]:
        c = Case("choice_%d" % seed, seed)
        for n, shape, replace, p in [(5, (10,), True, None), (5, (3, 2), True, None), (5, (10,), True, p5),
                                     (4, (12,), True, p4), (10, (10,), False, None), (10, (4,), False, None),
                                     (5, (3,), False, p5), (5, (5,), False, p5), (4, (3,), False, p4),
                                     (1000, (7,), True, None), (5, (), True, None), (5, (), True, p5)]:
            text = "choice %d %s %s %s" % (n, shape_str(shape), "T" if replace else "F", p_str(p))
            c.op(text, lambda r, n=n, s=shape, rep=replace, p=p: np.asarray(r.choice(n, s, rep, p)))
        for n, shape, replace, p in [(6, (8,), True, None), (5, (2, 2), False, p5), (6, (4,), False, None)]:
            text = "choice_arange_f8 %d %s %s %s" % (n, shape_str(shape), "T" if replace else "F", p_str(p))
            c.op(text, lambda r, n=n, s=shape, rep=replace, p=p: r.choice(np.arange(n) * 0.5, s, rep, p))
        cases.append(c.finish())
    return cases


def discrete_cases():
    cases = []
    for seed in [0, 1, 42, 123]:
        c = Case("discrete_%d" % seed, seed)
        for n, p in [(10, 0.5), (0, 0.5), (10, 0.0), (10, 1.0), (20, 0.3), (100, 0.7), (1000, 0.5), (1000, 0.02),
                     (50, 0.9), (100000, 0.3), (3, 0.999), (1000000, 0.45)]:
            c.op("binomial %d %r 40" % (n, p), lambda r, n=n, p=p: r.binomial(n, p, 40))
        for lam in [0.0, 0.5, 1.0, 3.7, 9.99, 10.0, 25.5, 100.0, 1e4, 1e7]:
            c.op("poisson %r 40" % lam, lambda r, lam=lam: r.poisson(lam, 40))
        for scale in [1.0, 0.5, 3.0, 0.0]:
            c.op("exponential %r 30" % scale, lambda r, s=scale: r.exponential(s, 30))
        c.op("standard_exponential 2,3", lambda r: r.standard_exponential((2, 3)))
        c.op("binomial 1000 0.4 3000", lambda r: r.binomial(1000, 0.4, 3000))
        c.op("poisson 50.0 3000", lambda r: r.poisson(50.0, 3000))
        c.op("exponential 2.0 5000", lambda r: r.exponential(2.0, 5000))
        cases.append(c.finish())
    return cases


def mixed_cases():
    cases = []
    # The seed tour (numpy-essentials-for-ml): every random call in notebook order after seed(42).
    c = Case("tour_essentials", 42)
    c.op("randn 100,5", lambda r: r.randn(100, 5))
    c.op("randn 32,10,8", lambda r: r.randn(32, 10, 8))
    c.op("randint 0 256 8,28,28,3 int64", lambda r: r.randint(0, 256, size=(8, 28, 28, 3)))
    c.op("randn 100,5", lambda r: r.randn(100, 5))
    c.op("randn 1000,3", lambda r: r.randn(1000, 3))
    c.op("randn 32,10", lambda r: r.randn(32, 10))
    c.op("randn 10,5", lambda r: r.randn(10, 5))
    c.op("randn 5", lambda r: r.randn(5))
    c.op("randn 3,4", lambda r: r.randn(3, 4))
    c.op("randn 4,2", lambda r: r.randn(4, 2))
    c.op("randn 3,3", lambda r: r.randn(3, 3))
    c.op("randn 4,4", lambda r: r.randn(4, 4))
    c.op("randn 100,5", lambda r: r.randn(100, 5))
    c.op("randn 5,3", lambda r: r.randn(5, 3))
    c.op("randint 0 256 100,784 int64", lambda r: r.randint(0, 256, size=(100, 784)))
    c.op("randn 32,50,128", lambda r: r.randn(32, 50, 128))
    c.op("randn 16,10", lambda r: r.randn(16, 10))
    c.op("randn 16,10", lambda r: r.randn(16, 10))
    c.op("randn 16,10", lambda r: r.randn(16, 10))
    c.op("randn 100,5", lambda r: r.randn(100, 5))
    c.op("randn 100,3", lambda r: r.randn(100, 3))
    c.op("randn 1000000", lambda r: r.randn(1000000))
    c.op("randn 1000000", lambda r: r.randn(1000000))
    c.op("randn 1000,1000", lambda r: r.randn(1000, 1000))
    c.op("randn 32,10", lambda r: r.randn(32, 10))
    c.op("randint 0 3 32 int64", lambda r: r.randint(0, 3, size=(32,)))
    c.op("randn 1000,20", lambda r: r.randn(1000, 20))
    c.op("randint 0 5 1000 int64", lambda r: r.randint(0, 5, size=(1000,)))
    c.op("permutation 1000", lambda r: r.permutation(1000))
    cases.append(c.finish())

    c = Case("tour_madewithml", 1234)
    c.op("random 2,2", lambda r: r.random((2, 2)))
    c.op("random 2,3", lambda r: r.random((2, 3)))
    cases.append(c.finish())

    # Every kind of call interleaved on one state, the cache crossing call kinds.
    c = Case("mixed_interleaved", 7)
    c.op("randn 3", lambda r: r.randn(3))
    c.op("randint 0 10 5 int64", lambda r: r.randint(0, 10, 5))
    c.op("normal 2.0 3.0 1", lambda r: r.normal(2.0, 3.0, 1))
    c.op("permutation 6", lambda r: r.permutation(6))
    c.op("randn 1", lambda r: r.randn(1))
    c.op("choice 5 4 T 0.1,0.2,0.3,0.15,0.25", lambda r: r.choice(5, 4, True, [0.1, 0.2, 0.3, 0.15, 0.25]))
    c.op("binomial 20 0.3 3", lambda r: r.binomial(20, 0.3, 3))
    c.op("poisson 12.5 3", lambda r: r.poisson(12.5, 3))
    c.op("exponential 1.0 3", lambda r: r.exponential(1.0, 3))
    c.op("uniform 0.0 1.0 2", lambda r: r.uniform(0.0, 1.0, 2))
    c.op("randn 5", lambda r: r.randn(5))
    c.op("randint -5 5 3 int32", lambda r: r.randint(-5, 5, 3, dtype=np.int32))
    c.op("randint 0 2 33 bool", lambda r: r.randint(0, 2, 33, dtype=bool))
    c.op("randn 1", lambda r: r.randn(1))
    cases.append(c.finish())
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    groups = {
        "uniform.txt": uniform_cases(),
        "normal.txt": normal_cases(),
        "randint.txt": randint_cases(),
        "permutation.txt": permutation_cases(),
        "choice.txt": choice_cases(),
        "discrete.txt": discrete_cases(),
        "mixed.txt": mixed_cases(),
    }
    header = "# Generated by src/test/python/gen_random_fixtures.py with NumPy %s. Do not edit.\n" % np.__version__
    for name, cases in groups.items():
        with open(os.path.join(OUT, name), "w") as f:
            f.write(header)
            f.write("\n".join(cases))
            f.write("\n")


if __name__ == "__main__":
    main()
