#!/usr/bin/env python3
"""Writes the register-tiled GEMM micro-kernels (src/main/java/org/ndvec/kernels/vector/gemm/Gemm*Tiles.java).

Why generated: the Vector API only stays in registers when every accumulator is its own local
variable (an array of vectors is a heap object C2 cannot scalarize across the loop), so an
MR x NR tile needs MR*NV named locals and an explicitly unrolled body. Run from the repository
root: python3 src/main/codegen/gen_gemm_tiles.py; the output is committed and must not be edited by hand.
"""
import sys

# (class name, vector bits, f32 (MR, vectors per row), f64 (MR, vectors per row))
# 512-bit (AVX-512, 32 vector registers): 6 rows x 4 vectors = 24 accumulators + 4 B vectors + 1
# broadcast. Measured with a quick n=1024 float loop on Zen 4 (2.6 GHz, practical peak 84 GFLOP/s):
# 12x2 50, 8x2 41, 14x2 50, 4x4 65, 5x4 59, 6x4 71, 7x4 70, 4x6 71-77, 3x8 65, 5x5 57, 4x7 20 (spills)
# GFLOP/s. 6x4 keeps NR at 64 floats (4x6 would pad n=128 to 192 columns). For double, n=512
# under heavy load (f32 in the same runs ~19): 4x6 12.6-13.4, 6x4 9.9-10.7, 8x3 8.5-10.1 GFLOP/s;
# 4x6 is NR = 48 doubles, which pads 128 to 144 columns only.
# Re-measured after indexing the k loop by p (issue 5 session 2, one JVM alternating class
# loaders, best thread CPU time, % of the FMA peak): float 6x4, 12x2, 8x3, 14x2 all 94% alone on
# an L2-resident block and 58-75% inside n = 512-1024 products (differences within the noise);
# double at n = 256/512/1024: 4x6 77/73/76, 6x4 79/71/74, 12x2 76/68/68. The shapes stay.
# After the narrow edge tiles and KC = 1024 (same method): double 8x3 82/83% at n = 512/1024
# against 4x6 86/88%; 4x6 stays.
# 256-bit (AVX2, 16 vector registers): 4 rows x 2 vectors = 8 accumulators + 4 broadcasts + 2 B
# vectors = 14 registers, which fits even when C2 schedules every broadcast of a k step before
# the FMAs. It does that when the k loop is not strip-mined (-XX:+UseParallelGC or SerialGC, or
# -XX:-UseCountedLoopSafepoints): the former 6x2 then needs 6 + 2 + 12 = 20 registers and keeps 4
# accumulators on the stack (a load, FMA and store per step). Measured on Zen 3 (EPYC, AVX2, FMA
# peak 101 GFLOP/s float / 51 double), kernel alone on an L1/L2-resident block (kc 256/1024, best
# of 25, ParallelGC | G1 GFLOP/s): float 6x2 44 | 97, 4x2 94-96 | 95-98, 5x2 37 | 91, 3x3 78-98
# | 91-96, 2x4 47-96 | 81, 8x1 60 | 51, 4x3 and 3x4 44 | 44 (spill under both); double 6x2
# 22 | 48, 4x2 48 | 48. 3x3 would pad n = 128 to 144 columns; 4x2 keeps NR = 16 floats.
VARIANTS = [
    ("Gemm512Tiles", 512, (6, 4), (4, 6)),
    ("Gemm256Tiles", 256, (4, 2), (4, 2)),
]


def kernel(t, T, mr, nv, lanes, width=None, rows=None):
    # t: 'float'/'double', T: 'Float'/'Double'; width: vectors computed (an edge tile), default
    # all; rows: rows computed (a bottom edge tile), default MR
    nr = nv * lanes
    if width is not None:
        nv = width
    S = "F" if t == "float" else "D"
    o = []
    fn = 'f32' if t == 'float' else 'f64'
    if rows is not None:
        mr = rows
        o.append(f"    private static void {fn}r{rows}(int kc, {t}[] a, int aOff, {t}[] b, int bOff,")
    elif width is None:
        o.append(f"    @Override\n    public void {fn}(int kc, {t}[] a, int aOff, {t}[] b, int bOff,")
    else:
        o.append(f"    private static void {fn}w{width}(int kc, {t}[] a, int aOff, {t}[] b, int bOff,")
    o.append(f"            {t}[] c, int cOff, int ldc, boolean accumulate) {{")
    for i in range(mr):
        o.append("        " + " ".join(f"{T}Vector c{i}_{v} = {T}Vector.zero({S});" for v in range(nv)))
    # Indices written as offset + p * stride, not as separately stepped ai/bi counters: C2 only
    # eliminates the range checks of fromArray and a[...] for indices linear in the loop counter,
    # and the stepped form kept them in the loop (kernel alone, L2-resident A block, Zen 4: 6x64
    # float 80% of the FMA peak stepped, 94% indexed by p). A is read as MR row streams
    # (a[aOff + i*kc + p]), the layout GemmKernels documents, which measured the same speed.
    o.append(f"        for (int p = 0; p < kc; p++) {{")
    o.append(f"            int bi = bOff + p * {nr};")
    for v in range(nv):
        o.append(f"            {T}Vector b{v} = {T}Vector.fromArray({S}, b, bi + {v * lanes});")
    for i in range(mr):
        o.append(f"            {T}Vector a{i} = {T}Vector.broadcast({S}, a[aOff + {i} * kc + p]);")
        # acc = x.fma(y, acc): issue 5 measured the other operand order costing an extra register copy
        o.append("            " + " ".join(f"c{i}_{v} = a{i}.fma(b{v}, c{i}_{v});" for v in range(nv)))
    o.append("        }")
    o.append("        if (accumulate) {")
    for i in range(mr):
        for v in range(nv):
            o.append(f"            c{i}_{v} = c{i}_{v}.add({T}Vector.fromArray({S}, c, cOff + {i} * ldc + {v * lanes}));")
    o.append("        }")
    for i in range(mr):
        o.append("        " + " ".join(f"c{i}_{v}.intoArray(c, cOff + {i} * ldc + {v * lanes});" for v in range(nv)))
    o.append("    }")
    return "\n".join(o), nr


def edge(t, T, mr, nv, lanes):
    # Edge tiles narrower than NR: only the vectors that hold matrix columns are computed (the
    # B panel keeps its NR row stride). Before, an edge tile ran the full kernel into scratch, so
    # double n = 256 (5 full 48-column tiles + 16 columns) spent 12.5% of its FMAs on zero
    # padding (gemm_f64_256_1t). Per element the same fma sequence, so the same bits.
    fn = 'f32' if t == 'float' else 'f64'
    W = fn.upper()
    o = []
    o.append(f"    @Override\n    public int edgeCols{W}(int cols) {{")
    o.append(f"        return (cols + {lanes - 1}) / {lanes} * {lanes};")
    o.append("    }")
    o.append("")
    o.append(dispatch(f"{fn}Edge(int cols, int kc, {t}[] a, int aOff, {t}[] b, int bOff, {t}[] c, int cOff,",
                      f"(cols + {lanes - 1}) / {lanes}", fn, [(w, f"{fn}w{w}") for w in range(1, nv)]))
    for w in range(1, nv):
        o.append("")
        o.append(kernel(t, T, mr, nv, lanes, w)[0])
    return "\n".join(o)


def dispatch(head, selector, fn, cases):
    # an edge-tile entry point: a switch from the edge's extent to its own kernel, the full
    # kernel by default; head is the signature up to the line break before "int ldc"
    o = [f"    @Override\n    public void {head}", "            int ldc, boolean accumulate) {", f"        switch ({selector}) {{"]
    for value, name in cases:
        o.append(f"            case {value} -> {name}(kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);")
    o.append(f"            default -> {fn}(kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);")
    o.append("        }")
    o.append("    }")
    return "\n".join(o)


def edge_rows(t, T, mr, nv, lanes):
    # Bottom edge tiles of fewer than MR rows and full width: only those rows are computed and
    # written, straight into C. Before, they ran the whole MR-row kernel into a scratch tile:
    # float n = 128 (21 tiles of 6 rows + 2 rows) spent ~4% of its time there (gemm_f32_128_1t).
    fn = 'f32' if t == 'float' else 'f64'
    o = []
    o.append(dispatch(f"{fn}EdgeRows(int rows, int kc, {t}[] a, int aOff, {t}[] b, int bOff, {t}[] c, int cOff,",
                      "rows", fn, [(r, f"{fn}r{r}") for r in range(1, mr)]))
    for r in range(1, mr):
        o.append("")
        o.append(kernel(t, T, mr, nv, lanes, rows=r)[0])
    return "\n".join(o)


def copy_panel(t, T, nv, lanes):
    # the packed-B copy for a unit-column-stride B: NR values per row as whole vectors; the
    # System.arraycopy per row it replaces cost 0.16 ns per element at n = 128 (gemm_f32_128_1t)
    S = "F" if t == "float" else "D"
    o = []
    o.append(f"    @Override\n    public void copyPanel{'F32' if t == 'float' else 'F64'}({t}[] src, int srcOff, int srcRowStride, int rows, {t}[] dst, int dstOff) {{")
    o.append("        for (int r = 0; r < rows; r++) {")
    o.append("            int s = srcOff + r * srcRowStride;")
    o.append(f"            int d = dstOff + r * {nv * lanes};")
    for v in range(nv):
        o.append(f"            {T}Vector.fromArray({S}, src, s + {v * lanes}).intoArray(dst, d + {v * lanes});")
    o.append("        }")
    o.append("    }")
    return "\n".join(o)


def small(t, W):
    # products too small to pack: B rows with unit column stride load as vectors
    # (VectorGemmSmall); any other B layout (transposed, column-sliced) takes the scalar loops,
    # which compute the same bits
    fn = W.lower()
    return f"""    @Override
    public void small{W}(int m, int n, int k, {t}[] a, int aOff, int ars, int acs, {t}[] b, int bOff, int brs,
            int bcs, {t}[] c, int cOff, int ldc) {{
        if (bcs == 1) {{
            VectorGemmSmall.{fn}(m, n, k, a, aOff, ars, acs, b, bOff, brs, c, cOff, ldc);
        }} else {{
            ScalarGemmSmall.{fn}(m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, cOff, ldc);
        }}
    }}"""


def main():
    for name, bits, (fmr, fnv), (dmr, dnv) in VARIANTS:
        fl, dl = bits // 32, bits // 64
        fk, fnr = kernel("float", "Float", fmr, fnv, fl)
        dk, dnr = kernel("double", "Double", dmr, dnv, dl)
        fc = copy_panel("float", "Float", fnv, fl)
        dc = copy_panel("double", "Double", dnv, dl)
        fe = edge("float", "Float", fmr, fnv, fl)
        de = edge("double", "Double", dmr, dnv, dl)
        fr = edge_rows("float", "Float", fmr, fnv, fl)
        dr = edge_rows("double", "Double", dmr, dnv, dl)
        src = f"""// GENERATED by src/main/codegen/gen_gemm_tiles.py. DO NOT EDIT.
package org.ndvec.kernels.vector.gemm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.ndvec.kernels.GemmKernels;
import org.ndvec.kernels.scalar.gemm.ScalarGemmSmall;

/**
 * {bits}-bit register tiles: {fmr}x{fnr} float ({fmr * fnv} accumulators) and {dmr}x{dnr} double
 * ({dmr * dnv}), each k step {fnv} vector loads of B, {fmr} broadcasts of A and {fmr * fnv} FMAs.
 */
public final class {name} implements GemmKernels {{
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_{bits};
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_{bits};

    @Override
    public String name() {{
        return "vector{bits}";
    }}

    @Override
    public int mrF32() {{
        return {fmr};
    }}

    @Override
    public int nrF32() {{
        return {fnr};
    }}

    @Override
    public int mrF64() {{
        return {dmr};
    }}

    @Override
    public int nrF64() {{
        return {dnr};
    }}

{fk}

{dk}

{fe}

{de}

{fr}

{dr}

{fc}

{dc}

{small("float", "F32")}

{small("double", "F64")}
}}
"""
        with open(f"src/main/java/org/ndvec/kernels/vector/gemm/{name}.java", "w") as f:
            f.write(src)


if __name__ == "__main__":
    main()
