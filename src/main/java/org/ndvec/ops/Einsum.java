package org.ndvec.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.indexing.Diagonals;
import org.ndvec.layout.Shapes;
import org.ndvec.linalg.Products;

/**
 * {@code np.einsum} for any subscripts NumPy accepts (letters, {@code ...} broadcasting, implicit
 * or explicit output), executed as a chain of the library's own operations: repeated labels in one
 * operand become diagonal views, labels that only one operand has and the output lacks are summed
 * away first, and each pair of operands is contracted by one batched {@code matmul} (the packed,
 * multithreaded GEMM for floats) after moving its axes into (batch, free, contracted) order.
 * Operands are first cast to NumPy's result type, so {@code int32} stays {@code int32} and
 * {@code bool} gives the logical or of ands. Parse errors and size mismatches are reported with
 * NumPy's messages. Results are new arrays (NumPy returns a view for some one-operand cases); the
 * sums run in GEMM's order, so float results can differ from NumPy's in the last bits.
 */
public final class Einsum {
    /** Labels of the ellipsis dims, above every letter's code. */
    private static final int ELLIPSIS_BASE = 1 << 16;

    private Einsum() {
    }

    /** One operand with one label per axis. */
    private record Term(NDArray array, int[] labels) {
    }

    /**
     * {@code np.einsum(subscripts, *operands)}.
     *
     * @throws IllegalArgumentException NumPy's messages, e.g. {@code invalid subscript '1' in einstein sum
     *     subscripts string, subscripts must be letters}, {@code einstein sum subscripts string contains too
     *     many subscripts for operand 0}, {@code operands could not be broadcast together with remapped shapes
     *     [original->remapped]: (2,3)->(2,newaxis,3) (4,5)->(5,4) }
     */
    public static NDArray einsum(String subscripts, NDArray... operands) {
        int arrow = subscripts.indexOf("->");
        int dash = subscripts.indexOf('-');
        int gt = subscripts.indexOf('>');
        if (dash >= 0 && (arrow < 0 || dash < arrow) || gt >= 0 && (arrow < 0 || gt < arrow + 1)) {
            throw new IllegalArgumentException("einstein sum subscript string does not contain proper '->' output specified");
        }
        String inputs = arrow < 0 ? subscripts : subscripts.substring(0, arrow);
        String[] parts = inputs.split(",", -1);
        // NumPy's wording, which reads the other way round: "fewer" when operands are left over
        if (parts.length < operands.length) {
            throw new IllegalArgumentException("fewer operands provided to einstein sum function than specified in the "
                    + "subscripts string");
        }
        if (parts.length > operands.length) {
            throw new IllegalArgumentException("more operands provided to einstein sum function than specified in the "
                    + "subscripts string");
        }
        int[][] parsed = new int[operands.length][];
        int maxEllipsis = 0;
        for (int k = 0; k < operands.length; k++) {
            parsed[k] = parseOperand(parts[k], operands[k].ndim(), k);
            maxEllipsis = Math.max(maxEllipsis, ellipsisDims(parsed[k], operands[k].ndim()));
        }
        // labels per axis, the ellipsis expanded right-aligned into shared broadcast labels
        List<Term> terms = new ArrayList<>();
        int[] counts = new int[ELLIPSIS_BASE + Math.max(maxEllipsis, 0) + 1];
        for (int k = 0; k < operands.length; k++) {
            int[] labels = expand(parsed[k], operands[k].ndim(), maxEllipsis);
            terms.add(new Term(operands[k], labels));
            for (int l : labels) {
                counts[l]++;
            }
        }
        int[] output;
        if (arrow >= 0) {
            output = parseOutput(subscripts.substring(arrow + 2), counts, maxEllipsis);
        } else {
            List<Integer> out = new ArrayList<>();
            for (int e = 0; e < maxEllipsis; e++) {
                out.add(ELLIPSIS_BASE + e);
            }
            for (int l = 0; l < ELLIPSIS_BASE; l++) {
                if (counts[l] == 1) {
                    out.add(l);
                }
            }
            output = out.stream().mapToInt(Integer::intValue).toArray();
        }
        Map<Integer, Integer> sizes = labelSizes(terms, output);
        DType t = operands.length == 0 ? DType.FLOAT64 : operands[0].dtype();
        for (NDArray a : operands) {
            t = Promotion.promote(t, a.dtype());
        }
        for (int k = 0; k < terms.size(); k++) {
            Term term = diagonals(terms.get(k), k);
            terms.set(k, new Term(term.array().dtype() == t ? term.array() : term.array().astype(t), term.labels()));
        }
        // contract left to right, summing labels as soon as no later operand or the output needs them
        Term acc = reduceUnneeded(terms.get(0), terms.subList(1, terms.size()), output, t);
        for (int k = 1; k < terms.size(); k++) {
            List<Term> later = terms.subList(k + 1, terms.size());
            Term next = reduceUnneeded(terms.get(k), combine(later, acc), output, t);
            acc = contract(acc, next, later, output, sizes, t);
        }
        NDArray result = arrange(acc, output, sizes);
        for (NDArray a : operands) {
            if (org.ndvec.Nd.mayShareMemory(a, result)) {
                return result.copy(); // a relabelled operand: the result is always a new array
            }
        }
        return result;
    }

    private static List<Term> combine(List<Term> later, Term also) {
        List<Term> all = new ArrayList<>(later);
        all.add(also);
        return all;
    }

    /**
     * The labels of one operand's subscripts: letter codes, -1 for the ellipsis.
     */
    private static int[] parseOperand(String s, int ndim, int index) {
        int[] labels = parseTerm(s, "operand " + index);
        boolean ellipsis = Arrays.stream(labels).anyMatch(l -> l == -1);
        int letters = labels.length - (ellipsis ? 1 : 0);
        if (letters > ndim) {
            throw new IllegalArgumentException("einstein sum subscripts string contains too many subscripts for operand "
                    + index);
        }
        if (!ellipsis && letters < ndim) {
            throw new IllegalArgumentException("operand has more dimensions than subscripts given in einstein sum, but "
                    + "no '...' ellipsis provided to broadcast the extra dimensions.");
        }
        return labels;
    }

    /** Letters as their codes and one {@code ...} as -1, spaces skipped; {@code where} names the term in errors. */
    private static int[] parseTerm(String s, String where) {
        List<Integer> labels = new ArrayList<>();
        boolean ellipsis = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c == '.') {
                if (ellipsis || i + 2 >= s.length() || s.charAt(i + 1) != '.' || s.charAt(i + 2) != '.') {
                    throw new IllegalArgumentException("einstein sum subscripts string contains a '.' that is not part of "
                            + "an ellipsis ('...') in " + where);
                }
                ellipsis = true;
                labels.add(-1);
                i += 2;
                continue;
            }
            if (!isLetter(c)) {
                throw new IllegalArgumentException("invalid subscript '" + c + "' in einstein sum subscripts string, "
                        + "subscripts must be letters");
            }
            labels.add((int) c);
        }
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int ellipsisDims(int[] parsed, int ndim) {
        boolean has = Arrays.stream(parsed).anyMatch(l -> l == -1);
        return has ? ndim - (parsed.length - 1) : 0;
    }

    /** Replaces the ellipsis by the labels of its dims, right-aligned among {@code maxEllipsis} shared ones. */
    private static int[] expand(int[] parsed, int ndim, int maxEllipsis) {
        int ell = ellipsisDims(parsed, ndim);
        int[] out = new int[ndim];
        int j = 0;
        for (int l : parsed) {
            if (l == -1) {
                for (int e = 0; e < ell; e++) {
                    out[j++] = ELLIPSIS_BASE + maxEllipsis - ell + e;
                }
            } else {
                out[j++] = l;
            }
        }
        return out;
    }

    private static int[] parseOutput(String s, int[] counts, int maxEllipsis) {
        List<Integer> labels = new ArrayList<>();
        boolean ellipsis = false;
        for (int l : parseTerm(s, "the output")) {
            if (l == -1) {
                ellipsis = true;
                for (int e = 0; e < maxEllipsis; e++) {
                    labels.add(ELLIPSIS_BASE + e);
                }
                continue;
            }
            if (labels.contains(l)) {
                throw new IllegalArgumentException("einstein sum subscripts string includes output subscript '" + (char) l
                        + "' multiple times");
            }
            if (counts[l] == 0) {
                throw new IllegalArgumentException("einstein sum subscripts string included output subscript '" + (char) l
                        + "' which never appeared in an input");
            }
            labels.add(l);
        }
        if (!ellipsis && maxEllipsis > 0) {
            throw new IllegalArgumentException("output has more dimensions than subscripts given in einstein sum, but "
                    + "no '...' ellipsis provided to broadcast the extra dimensions.");
        }
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Every label's size; repeated labels within an operand must agree ({@code dimensions in operand 0
     * for collapsing index 'i' don't match (2 != 3)}), across operands they broadcast (size 1), else
     * NumPy's iterator error naming each operand's shape mapped onto the iteration axes.
     */
    private static Map<Integer, Integer> labelSizes(List<Term> terms, int[] output) {
        for (int k = 0; k < terms.size(); k++) {
            Term term = terms.get(k);
            for (int i = 0; i < term.labels().length; i++) {
                for (int j = i + 1; j < term.labels().length; j++) {
                    if (term.labels()[i] == term.labels()[j] && term.array().shape(i) != term.array().shape(j)) {
                        throw new IllegalArgumentException("dimensions in operand " + k + " for collapsing index '"
                                + (char) term.labels()[i] + "' don't match (" + term.array().shape(i) + " != "
                                + term.array().shape(j) + ")");
                    }
                }
            }
        }
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        boolean mismatch = false;
        for (Term term : terms) {
            for (int i = 0; i < term.labels().length; i++) {
                int l = term.labels()[i];
                int s = term.array().shape(i);
                Integer old = sizes.get(l);
                if (old == null || old == 1) {
                    sizes.put(l, s);
                } else if (s != 1 && s != old) {
                    mismatch = true;
                }
            }
        }
        if (mismatch) {
            throw new IllegalArgumentException(broadcastError(terms, output));
        }
        return sizes;
    }

    /** NumPy's nditer message: iteration axes are the output labels, then the summed ones by code. */
    private static String broadcastError(List<Term> terms, int[] output) {
        List<Integer> iter = new ArrayList<>();
        for (int l : output) {
            iter.add(l);
        }
        java.util.TreeSet<Integer> summed = new java.util.TreeSet<>();
        for (Term term : terms) {
            for (int l : term.labels()) {
                if (!iter.contains(l)) {
                    summed.add(l);
                }
            }
        }
        iter.addAll(summed);
        StringBuilder sb = new StringBuilder("operands could not be broadcast together with remapped shapes "
                + "[original->remapped]: ");
        for (Term term : terms) {
            sb.append(Shapes.compact(term.array().shape())).append("->");
            int[] remapped = new int[iter.size()];
            for (int i = 0; i < remapped.length; i++) {
                int axis = -1;
                for (int a = 0; a < term.labels().length; a++) {
                    if (term.labels()[a] == iter.get(i)) {
                        axis = a;
                    }
                }
                remapped[i] = axis < 0 ? -1 : term.array().shape(axis);
            }
            sb.append(remappedShape(remapped)).append(' ');
        }
        return sb.toString();
    }

    /** NumPy's {@code npyiter_shape_string}: leading new axes are not printed, later ones as {@code newaxis}. */
    private static String remappedShape(int[] dims) {
        int i = 0;
        while (i < dims.length && dims[i] < 0) {
            i++;
        }
        if (i == dims.length) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(").append(dims[i++]);
        for (; i < dims.length; i++) {
            sb.append(',').append(dims[i] < 0 ? "newaxis" : Integer.toString(dims[i]));
        }
        return sb.append(dims.length == 1 ? ",)" : ")").toString();
    }

    /** Repeated labels within one operand become its diagonal (a view), one label each. */
    private static Term diagonals(Term term, int index) {
        NDArray a = term.array();
        int[] labels = term.labels();
        boolean again = true;
        while (again) {
            again = false;
            search:
            for (int i = 0; i < labels.length; i++) {
                for (int j = i + 1; j < labels.length; j++) {
                    if (labels[i] == labels[j]) {
                        a = Diagonals.diagonal(a, 0, i, j);
                        int[] rest = new int[labels.length - 1];
                        for (int k = 0, r = 0; k < labels.length; k++) {
                            if (k != i && k != j) {
                                rest[r++] = labels[k];
                            }
                        }
                        rest[labels.length - 2] = labels[i];
                        labels = rest;
                        again = true;
                        break search;
                    }
                }
            }
        }
        return new Term(a, labels);
    }

    /** Sums the axes whose labels neither the output nor any other operand has. */
    private static Term reduceUnneeded(Term term, List<Term> others, int[] output, DType t) {
        List<Integer> sumAxes = new ArrayList<>();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < term.labels().length; i++) {
            int l = term.labels()[i];
            if (contains(output, l) || others.stream().anyMatch(o -> contains(o.labels(), l))) {
                keep.add(l);
            } else {
                sumAxes.add(i);
            }
        }
        if (sumAxes.isEmpty()) {
            return term;
        }
        NDArray summed = sum(term.array(), sumAxes.stream().mapToInt(Integer::intValue).toArray(), t);
        return new Term(summed, keep.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A sum in einsum's dtype: int32 wraps and bool is the logical or, as einsum's own loops give. */
    private static NDArray sum(NDArray a, int[] axes, DType t) {
        NDArray s = Reductions.sum(a, axes, false);
        if (t == DType.BOOL) {
            return s.ne(0L);
        }
        return s.dtype() == t ? s : s.astype(t);
    }

    /**
     * Contracts two operands with one batched matmul: axes moved to (batch, free) for {@code a} and
     * (batch, contracted, free) for {@code b}, flattened to three dims each.
     */
    private static Term contract(Term a, Term b, List<Term> later, int[] output, Map<Integer, Integer> sizes, DType t) {
        List<Integer> batch = new ArrayList<>();
        List<Integer> summed = new ArrayList<>();
        List<Integer> leftFree = new ArrayList<>();
        List<Integer> rightFree = new ArrayList<>();
        for (int l : a.labels()) {
            if (contains(b.labels(), l)) {
                boolean needed = contains(output, l) || later.stream().anyMatch(o -> contains(o.labels(), l));
                (needed ? batch : summed).add(l);
            } else {
                leftFree.add(l);
            }
        }
        for (int l : b.labels()) {
            if (!contains(a.labels(), l)) {
                rightFree.add(l);
            }
        }
        NDArray a3 = arrangeAs(a, concat(batch, leftFree, summed), sizes);
        NDArray b3 = arrangeAs(b, concat(batch, summed, rightFree), sizes);
        int bt = product(batch, sizes);
        int m = product(leftFree, sizes);
        int kk = product(summed, sizes);
        int n = product(rightFree, sizes);
        NDArray r = Products.matmul(a3.reshape(bt, m, kk), b3.reshape(bt, kk, n));
        if (r.dtype() != t) {
            r = t == DType.BOOL ? r.ne(0L) : r.astype(t);
        }
        List<Integer> labels = concat(batch, leftFree, rightFree);
        int[] shape = labels.stream().mapToInt(sizes::get).toArray();
        return new Term(r.reshape(shape), labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The operand's axes in the order of {@code labels}, size-1 axes broadcast to the label's size. */
    private static NDArray arrangeAs(Term term, List<Integer> labels, Map<Integer, Integer> sizes) {
        int[] perm = new int[labels.size()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = indexOf(term.labels(), labels.get(i));
        }
        NDArray moved = term.array().transpose(perm);
        int[] target = labels.stream().mapToInt(sizes::get).toArray();
        return Arrays.equals(moved.shape(), target) ? moved : moved.broadcastTo(target);
    }

    /** The final operand: leftover labels summed, the rest ordered as the output. */
    private static NDArray arrange(Term term, int[] output, Map<Integer, Integer> sizes) {
        Term t = reduceUnneeded(term, List.of(), output, term.array().dtype());
        List<Integer> order = new ArrayList<>();
        for (int l : output) {
            order.add(l);
        }
        NDArray r = arrangeAs(t, order, sizes);
        return r.isContiguous() ? r : r.copy();
    }

    private static List<Integer> concat(List<Integer> x, List<Integer> y, List<Integer> z) {
        List<Integer> out = new ArrayList<>(x);
        out.addAll(y);
        out.addAll(z);
        return out;
    }

    private static int product(List<Integer> labels, Map<Integer, Integer> sizes) {
        int p = 1;
        for (int l : labels) {
            p = Math.multiplyExact(p, sizes.get(l));
        }
        return p;
    }

    private static boolean contains(int[] labels, int l) {
        return indexOf(labels, l) >= 0;
    }

    private static int indexOf(int[] labels, int l) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == l) {
                return i;
            }
        }
        return -1;
    }
}
