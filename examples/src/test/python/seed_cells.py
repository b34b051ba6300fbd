#!/usr/bin/env python3
"""Runs every code cell of the two seed tutorials (../shared/seeds/*.md) under NumPy,
in order, and records what each cell prints: the reference the Java tour
(org.ndvec.examples.Tour) is compared against.

    python3 examples/src/test/python/seed_cells.py [SEEDS_DIR] > examples/src/test/resources/tour/expected.txt

Cells are extracted from the Markdown as they stand (```python fences in one
tutorial, "In [None]:" cells in the other), so the reference cannot drift from the
seeds. Each cell's output is preceded by a line "### <tutorial> cell <n>".
"""
import contextlib
import io
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEEDS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "seeds"))


def fenced_cells(text):
    """```python blocks, possibly indented inside admonitions."""
    cells = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)```python", lines[i])
        if m:
            indent = len(m.group(1))
            body = []
            i += 1
            while not re.match(r"^\s*```\s*$", lines[i]):
                body.append(lines[i][indent:] if lines[i].strip() else "")
                i += 1
            cells.append("\n".join(body))
        i += 1
    return cells


def notebook_cells(text):
    """'In [None]:' cells: code up to the next Markdown heading or cell."""
    cells = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("In [None]:"):
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("In [None]:") and not lines[i].startswith("## "):
                body.append(lines[i])
                i += 1
            cells.append(textwrap.dedent("\n".join(body)).strip("\n"))
            continue
        i += 1
    return cells


def run(name, cells):
    env = {"__name__": "__seed__"}
    for n, code in enumerate(cells, 1):
        print(f"### {name} cell {n}")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(compile(code, f"{name}-cell-{n}", "exec"), env)  # noqa: S102 - the seeds' own code
        sys.stdout.write(buf.getvalue())


def main():
    seeds = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SEEDS
    with open(os.path.join(seeds, "madewithml-numpy.md")) as f:
        run("madewithml", fenced_cells(f.read()))
    with open(os.path.join(seeds, "numpy-essentials-for-ml.md")) as f:
        run("essentials", notebook_cells(f.read()))


if __name__ == "__main__":
    main()
