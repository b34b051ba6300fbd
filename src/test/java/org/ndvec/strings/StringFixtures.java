package org.ndvec.strings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reads the files written by {@code src/test/python/gen_string_fixtures.py} (format described there). */
final class StringFixtures {
    private StringFixtures() {
    }

    /** One {@code arrays.txt} case: NumPy's width, shape, elements in C order, str and repr. */
    record PrintCase(String name, int width, int[] shape, String[] data, String str, String repr) {
    }

    static BufferedReader open(String file) {
        InputStream in = StringFixtures.class.getResourceAsStream("/fixtures/strings/" + file);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + file);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static String text(String hex) {
        return hex.equals("~") ? "" : new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    }

    static String[] texts(String list) {
        return list.isEmpty() ? new String[0] : Stream.of(list.split(" ")).map(StringFixtures::text)
                .toArray(String[]::new);
    }

    static int[] shape(String s) {
        return s.isEmpty() ? new int[0] : Stream.of(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    static long[] longs(String list) {
        return list.isEmpty() ? new long[0] : Stream.of(list.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    static List<PrintCase> printCases() {
        List<PrintCase> cases = new ArrayList<>();
        try (BufferedReader r = open("arrays.txt")) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("case ")) {
                    continue;
                }
                String name = line.substring(5);
                int width = Integer.parseInt(field(r.readLine(), "width"));
                int[] shape = shape(field(r.readLine(), "shape"));
                String[] data = texts(field(r.readLine(), "data"));
                cases.add(new PrintCase(name, width, shape, data, block(r, "str"), block(r, "repr")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** {@code ops.txt} rows of one kind, split at tabs (empty trailing fields kept). */
    static List<String[]> ops(String kind) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = open("ops.txt")) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f[0].equals(kind)) {
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no " + kind + " rows in ops.txt");
        }
        return rows;
    }

    private static String field(String line, String tag) {
        if (!line.equals(tag) && !line.startsWith(tag + " ")) {
            throw new IllegalStateException("expected " + tag + ": " + line);
        }
        return line.substring(tag.length()).strip();
    }

    private static String block(BufferedReader r, String tag) throws IOException {
        int n = Integer.parseInt(field(r.readLine(), tag));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(r.readLine());
        }
        return String.join("\n", lines);
    }
}
