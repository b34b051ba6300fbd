"""Times the NumPy side of perf/compare.

  python3 perf/numpy/runner.py list                 -> workload names, one per line
  python3 perf/numpy/runner.py run REGEX            -> JSON {"workload": seconds per op}
  python3 perf/numpy/runner.py one NAME             -> seconds per op of one workload (internal)

Each workload runs in its own subprocess with OPENBLAS_NUM_THREADS set from the area's THREADS
table (default 1) and OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE removed, so BLAS threading is
chosen per workload. Timing mirrors the JMH settings of perf/compare: about 1 s of warm-up,
then 5 measurement iterations of at least 0.5 s; the score is the mean time per operation over
the measurement iterations, as JMH's AverageTime score is.
"""
import glob
import importlib.util
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def areas():
    for path in sorted(glob.glob(os.path.join(HERE, "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        if name == "runner":
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        yield mod


def workloads():
    table = {}
    for mod in areas():
        threads = getattr(mod, "THREADS", {})
        for name, (setup, run) in mod.WORKLOADS.items():
            table[name] = (setup, run, threads.get(name, 1))
    return table


def time_one(setup, run, warmup=1.0, iterations=5, min_time=0.5):
    state = setup()
    end = time.perf_counter() + warmup
    while time.perf_counter() < end:
        run(state)
    means = []
    for _ in range(iterations):
        count = 0
        start = time.perf_counter()
        while True:
            run(state)
            count += 1
            elapsed = time.perf_counter() - start
            if elapsed >= min_time:
                break
        means.append(elapsed / count)
    return sum(means) / len(means)


def main():
    cmd = sys.argv[1]
    table = workloads()
    if cmd == "list":
        print("\n".join(table))
    elif cmd == "one":
        setup, run, _ = table[sys.argv[2]]
        print(time_one(setup, run))
    elif cmd == "run":
        pattern = re.compile(sys.argv[2] if len(sys.argv) > 2 else ".*")
        results = {}
        for name, (_, _, threads) in table.items():
            if not pattern.search(name):
                continue
            env = dict(os.environ)
            env.pop("OPENBLAS_CORETYPE", None)
            env.pop("OPENBLAS_L2_SIZE", None)
            env["OPENBLAS_NUM_THREADS"] = str(threads)
            out = subprocess.run([sys.executable, os.path.abspath(__file__), "one", name], env=env,
                                 check=True, capture_output=True, text=True).stdout
            results[name] = float(out.strip().splitlines()[-1])
            print("numpy %-32s %.6g s" % (name, results[name]), file=sys.stderr)
        print(json.dumps(results))


if __name__ == "__main__":
    main()
