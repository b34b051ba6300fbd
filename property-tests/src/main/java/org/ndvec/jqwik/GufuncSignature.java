package org.ndvec.jqwik;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed gufunc signature such as {@code (m?,n),(n,p?)->(m?,p?)}: the core dims of each input
 * and of the one output, each a name, a name with {@code ?} (optional), or a fixed size.
 */
record GufuncSignature(List<List<String>> inputs, List<String> output) {
    private static final Pattern ARGUMENT = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern ARGUMENTS = Pattern.compile("\\([^()]*\\)(,\\([^()]*\\))*");
    private static final Pattern DIM = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\??|[0-9]+");

    static GufuncSignature parse(String signature) {
        String s = signature.replace(" ", "");
        int arrow = s.indexOf("->");
        if (arrow < 0 || s.indexOf("->", arrow + 2) >= 0) {
            throw new IllegalArgumentException("not a gufunc signature (one '->' expected): " + signature);
        }
        List<List<String>> in = arguments(s.substring(0, arrow), signature);
        List<List<String>> out = arguments(s.substring(arrow + 2), signature);
        if (in.isEmpty() || out.size() != 1) {
            throw new IllegalArgumentException("a gufunc signature needs inputs and exactly one output: " + signature);
        }
        return new GufuncSignature(in, out.get(0));
    }

    private static List<List<String>> arguments(String part, String signature) {
        if (!ARGUMENTS.matcher(part).matches()) {
            throw new IllegalArgumentException("not a gufunc signature: " + signature);
        }
        List<List<String>> args = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(part);
        while (m.find()) {
            List<String> dims = new ArrayList<>();
            if (!m.group(1).isEmpty()) {
                for (String d : m.group(1).split(",", -1)) {
                    if (!DIM.matcher(d).matches()) {
                        throw new IllegalArgumentException("not a core dimension '" + d + "' in " + signature);
                    }
                    dims.add(d);
                }
            }
            args.add(dims);
        }
        return args;
    }

    /** Every dim name (without its '?'), in order of first appearance. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (List<String> arg : inputs) {
            for (String d : arg) {
                if (!Character.isDigit(d.charAt(0))) {
                    names.add(name(d));
                }
            }
        }
        for (String d : output) {
            if (!Character.isDigit(d.charAt(0))) {
                names.add(name(d));
            }
        }
        return names;
    }

    /** The core shape of one argument given each name's size and whether optional names are present. */
    int[] core(List<String> dims, Map<String, Integer> index, List<Integer> sizes, List<Boolean> present) {
        List<Integer> shape = new ArrayList<>();
        for (String d : dims) {
            if (Character.isDigit(d.charAt(0))) {
                shape.add(Integer.parseInt(d));
            } else {
                int i = index.get(name(d));
                if (!d.endsWith("?") || present.get(i)) {
                    shape.add(sizes.get(i));
                }
            }
        }
        return Shapes.toArray(shape);
    }

    private static String name(String dim) {
        return dim.endsWith("?") ? dim.substring(0, dim.length() - 1) : dim;
    }
}
