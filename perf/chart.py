#!/usr/bin/env python3
"""Draws perf/compare's ratios: perf/target/compare.json -> perf/target/compare.svg.

    python3 perf/chart.py [COMPARE_JSON [SVG]]

One horizontal bar per workload, ratio = NumPy time / ndvec time on a log axis (so 2x faster and
2x slower are the same length), with the 1.0 line where both take the same time; bars right of it
are workloads where ndvec is faster. Workloads without a NumPy twin (ratio null) are listed under
the chart. Needs matplotlib; without it this prints why to stderr, writes nothing and exits 0, so
perf/compare still finishes with its table.
"""
import json
import os
import sys


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join("perf", "target", "compare.json")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join("perf", "target", "compare.svg")
    try:
        import matplotlib
    except ImportError:
        print("matplotlib is not installed for " + sys.executable + " (import matplotlib failed): no chart "
              "written. Install it for this python (pip install matplotlib; Debian's python3-matplotlib serves "
              "/usr/bin/python3) and rerun python3 perf/chart.py to draw " + out + " from " + src + ".",
              file=sys.stderr)
        return 0
    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    with open(src) as f:
        rows = json.load(f)
    measured = sorted((r["ratio"], name) for name, r in rows.items() if r.get("ratio"))
    missing = sorted(name for name, r in rows.items() if not r.get("ratio"))
    if not measured:
        print("no workload in " + src + " has a ratio (no NumPy column): no chart written.", file=sys.stderr)
        return 0

    height = 1.2 + 0.22 * len(measured) + (0.3 if missing else 0)
    fig, ax = plt.subplots(figsize=(9, height))
    names = [n for _, n in measured]
    ratios = [r for r, _ in measured]
    colors = ["#2a7ab0" if r >= 1 else "#c8553d" for r in ratios]
    # each bar runs from the 1.0 line to its ratio: right for faster, left for slower
    ax.barh(range(len(ratios)), [r - 1.0 for r in ratios], left=1.0, color=colors)
    ax.set_xscale("log")
    lo = min(ratios + [0.5]) / 1.6
    hi = max(ratios + [2.0]) * 1.6
    ax.set_xlim(lo, hi)
    ax.axvline(1.0, color="black", linewidth=1)
    ax.text(1.0, len(ratios) - 0.3, " 1.0: same speed", va="bottom", fontsize=8)
    ax.text(lo * 1.05, len(ratios) - 0.3, "ndvec slower", va="bottom", fontsize=8, color="#c8553d")
    ax.text(hi / 1.05, len(ratios) - 0.3, "ndvec faster", va="bottom", ha="right", fontsize=8, color="#2a7ab0")
    ax.set_yticks(range(len(names)))
    ax.set_yticklabels(names, fontsize=7)
    ax.set_ylim(-0.6, len(ratios) + 0.4)
    ax.set_xlabel("NumPy time / ndvec time (log scale; > 1: ndvec faster)")
    ax.set_title("perf/compare: ndvec against NumPy, %d workloads" % len(ratios), fontsize=10)
    for i, r in enumerate(ratios):
        ax.text(r * (1.04 if r >= 1 else 0.96), i, "%.3g" % r, va="center",
                ha="left" if r >= 1 else "right", fontsize=6)
    if missing:
        fig.text(0.01, 0.005, "no NumPy twin: " + ", ".join(missing), fontsize=6, wrap=True)
    fig.tight_layout(rect=(0, 0.02 if missing else 0, 1, 1))
    fig.savefig(out, format=os.path.splitext(out)[1][1:] or "svg")
    print("chart of %d ratios written to %s" % (len(ratios), out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
