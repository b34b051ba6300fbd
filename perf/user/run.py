#!/usr/bin/env python3
"""User-level rows of perf/compare: what a user gets, not the warmed-up ceiling JMH shows.

    python3 perf/user/run.py [REGEX] [--runs N]   -> JSON {"row": {"ndvec_s", "numpy_s", "ratio"}, ...}
    python3 perf/user/run.py --list               -> the row names, one per line
    python3 perf/user/run.py --java               -> the JDK 25 java this script (and perf/compare) uses
    python3 perf/user/run.py REGEX --jvm "FLAGS"  -> the same rows with extra JVM flags on the Java side, to
                                                     measure what a flag does (README "Running fast"); such
                                                     runs are experiments, never the user-level rows

Every Java program runs as a fresh process with exactly the flags the README tells users to pass
(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED): default collector, default
heap, no warm-up, no tuning. Rows:

  user_train_cold         whole-process wall time of MinibatchTraining (softmax regression, 2,000 x 20
                          float32, batch 32, 30 epochs) against minibatch_training.py
  user_train_cold_scalar  the same Java program with -Dndvec.kernels=scalar (the row to compare
                          user_train_cold with: tiering must never be slower than scalar kernels)
  user_iris_cold          whole-process wall time of examples' IrisSoftmax against iris_softmax.py
  user_mixed_<step>       median time per call of each step of MixedSequence (one JVM: large ops,
                          then small linear layers, then softmax) against mixed_sequence.py
  user_latency_call_<k>   time of call #k (1, 100, 1000, 10000) of a 32x10 @ 10x5 + bias layer in a
                          fresh JVM (LinearLayerLatency) against linear_layer_latency.py
  user_pca_<path>_call_<k> time of call #k (1, 10) of PCA of 100,000 x 64 float64 samples in a fresh JVM,
                          through eigh of the covariance, then through the SVD of the centred data
                          (PcaFirstCalls) against pca_first_calls.py

Whole-process rows are the median of --runs runs (default 5), Java and Python interleaved so both
see the same machine load; in-process rows are the medians of the per-run medians.
"""
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
README_FLAGS = ["--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"]
FLAGS = list(README_FLAGS)


def java25():
    """The JDK 25 java: $NDVEC_JAVA, $JAVA_HOME, or any JDK under /usr/lib/jvm that reports 25 or later."""
    candidates = [os.environ.get("NDVEC_JAVA"), os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "java")]
    candidates += sorted(glob.glob("/usr/lib/jvm/*/bin/java"), reverse=True)
    for c in candidates:
        if not c or not os.access(c, os.X_OK):
            continue
        out = subprocess.run([c, "-version"], capture_output=True, text=True).stderr
        m = re.search(r'version "(\d+)', out)
        if m and int(m.group(1)) >= 25:
            return c
    sys.exit("perf/user/run.py: no JDK 25 found (set NDVEC_JAVA or JAVA_HOME)")


def classpath(*jars):
    for j in jars:
        if not os.path.exists(os.path.join(ROOT, j)):
            sys.exit("perf/user/run.py: %s is missing; run `mvn -q -DskipTests package` first" % j)
    return os.pathsep.join(os.path.join(ROOT, j) for j in jars)


def timed(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("perf/user/run.py: %s failed:\n%s" % (" ".join(cmd), p.stderr[-2000:]))
    return wall, p.stdout


def last_json(stdout):
    return json.loads([l for l in stdout.splitlines() if l.startswith("{")][-1])


def names():
    return ["user_train_cold", "user_train_cold_scalar", "user_iris_cold"] + [
        p + k for p, ks in KEYS.items() for k in ks]


def main():
    args = sys.argv[1:]
    if args == ["--list"]:
        print("\n".join(names()))
        return
    if args == ["--java"]:
        print(java25())
        return
    runs = 5
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    extra = []
    if "--jvm" in args:
        i = args.index("--jvm")
        extra = args[i + 1].split()
        del args[i:i + 2]
    regex = re.compile(args[0] if args else ".*")
    FLAGS.extend(extra)
    java = java25()
    bench = classpath("perf/target/benchmarks.jar")
    iris = classpath("src/target/ndvec-0.1.0-SNAPSHOT.jar", "examples/target/ndvec-examples-0.1.0-SNAPSHOT.jar")
    py = sys.executable
    rows = {}

    def whole(name, java_cmd, py_cmd):
        if not regex.search(name):
            return
        jt, pt = [], []
        for _ in range(runs):
            jt.append(timed(java_cmd)[0])
            if py_cmd:
                pt.append(timed(py_cmd)[0])
        rows[name] = {"ndvec_s": statistics.median(jt), "numpy_s": statistics.median(pt) if pt else None}

    def inprocess(prefix, java_cmd, py_cmd):
        if not any(regex.search(prefix + k) for k in KEYS[prefix]):
            return
        js, ps = {}, {}
        for _ in range(runs):
            for k, v in last_json(timed(java_cmd)[1]).items():
                js.setdefault(k, []).append(v)
            for k, v in last_json(timed(py_cmd)[1]).items():
                ps.setdefault(k, []).append(v)
        for k in KEYS[prefix]:
            if regex.search(prefix + k):
                rows[prefix + k] = {"ndvec_s": statistics.median(js[k]) * 1e-9,
                                    "numpy_s": statistics.median(ps[k]) * 1e-9}

    train = ["org.ndvec.perf.user.MinibatchTraining"]
    whole("user_train_cold", [java] + FLAGS + ["-cp", bench] + train,
          [py, "perf/user/minibatch_training.py"])
    whole("user_train_cold_scalar", [java] + FLAGS + ["-Dndvec.kernels=scalar", "-cp", bench] + train,
          [py, "perf/user/minibatch_training.py"])
    # the loss picture goes to perf/target, not the working tree's root
    whole("user_iris_cold", [java] + FLAGS + ["-cp", iris, "org.ndvec.examples.IrisSoftmax",
                                               os.path.join(ROOT, "perf", "target", "iris-loss.svg")],
          [py, "examples/src/test/python/iris_softmax.py"])
    inprocess("user_mixed_", [java] + FLAGS + ["-cp", bench, "org.ndvec.perf.user.MixedSequence"],
              [py, "perf/user/mixed_sequence.py"])
    inprocess("user_latency_", [java] + FLAGS + ["-cp", bench, "org.ndvec.perf.user.LinearLayerLatency"],
              [py, "perf/user/linear_layer_latency.py"])
    inprocess("user_pca_", [java] + FLAGS + ["-cp", bench, "org.ndvec.perf.user.PcaFirstCalls"],
              [py, "perf/user/pca_first_calls.py"])
    for r in rows.values():
        r["ratio"] = r["numpy_s"] / r["ndvec_s"] if r["numpy_s"] else None
    print(json.dumps(rows))


KEYS = {
    "user_mixed_": ["add_4m", "add_out_4m", "muladd_4m", "exp_4m", "sum_4m", "mean_axis0_2048x2048", "expr_gaussian_1m",
                    "chain_gaussian_1m", "linear_32x10x5", "softmax_32x5"],
    "user_latency_": ["call_1", "call_100", "call_1000", "call_10000", "median_last_1000"],
    "user_pca_": ["eigh_call_1", "eigh_call_10", "svd_call_1", "svd_call_10"],
}

if __name__ == "__main__":
    main()
