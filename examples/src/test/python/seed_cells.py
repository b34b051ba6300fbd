#!/usr/bin/env python3
"""Runs every code cell of the two seed tutorials (../shared/seeds/*.md) under NumPy,
in order, and records what each cell prints: the reference the Java tour
(org.ndvec.examples.Tour) is compared against.

    python3 examples/src/test/python/seed_cells.py [SEEDS_DIR] > examples/src/test/resources/tour/expected.txt

Cells are extracted from the Markdown as they stand (```python fences in one
tutorial, "In [None]:" cells in the other), so the reference cannot drift from the
seeds. Each tutorial starts with a line "## <file>: <title>" (its front-matter title or
first heading), and each cell's output is preceded by a line
"### <file> cell <n>: <section>", the section being the "## " heading the cell stands
under (no ": <section>" before the first heading). These header lines are the tour's own (NumPy prints nothing there); taking them
from the seeds here lets TourTest check that the tour names the tutorial and section of
every cell it transcribes.
"""
import contextlib
import io
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEEDS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "seeds"))


def section_of(line):
    """The title of a Markdown "## " heading (not "###"), or None."""
    m = re.match(r"^## (.+?)\s*$", line)
    return m.group(1) if m else None


def fenced_cells(text):
    """(section, code) of each ```python block, possibly indented inside admonitions."""
    cells = []
    lines = text.splitlines()
    section = ""
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
            cells.append((section, "\n".join(body)))
        elif section_of(lines[i]):
            section = section_of(lines[i])
        i += 1
    return cells


def notebook_cells(text):
    """(section, code) of each 'In [None]:' cell: code up to the next Markdown heading or cell."""
    cells = []
    lines = text.splitlines()
    section = ""
    i = 0
    while i < len(lines):
        if lines[i].startswith("In [None]:"):
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("In [None]:") and not lines[i].startswith("## "):
                body.append(lines[i])
                i += 1
            cells.append((section, textwrap.dedent("\n".join(body)).strip("\n")))
            continue
        if section_of(lines[i]):
            section = section_of(lines[i])
        i += 1
    return cells


def title_of(text):
    """The front matter's 'title:' or else the first '# ' heading."""
    m = re.search(r"^title: *(.+?)\s*$", text, re.M) or re.search(r"^# (.+?)\s*$", text, re.M)
    return m.group(1)


def run(file, text, cells):
    print(f"## {file}: {title_of(text)}")
    env = {"__name__": "__seed__"}
    for n, (section, code) in enumerate(cells, 1):
        print(f"### {file} cell {n}: {section}" if section else f"### {file} cell {n}")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(compile(code, f"{file}-cell-{n}", "exec"), env)  # noqa: S102 - the seeds' own code
        sys.stdout.write(buf.getvalue())


def main():
    seeds = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SEEDS
    for file, cells_of in (("madewithml-numpy.md", fenced_cells), ("numpy-essentials-for-ml.md", notebook_cells)):
        with open(os.path.join(seeds, file)) as f:
            text = f.read()
        run(file, text, cells_of(text))


if __name__ == "__main__":
    main()
