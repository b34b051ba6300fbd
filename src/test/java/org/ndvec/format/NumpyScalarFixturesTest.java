package org.ndvec.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ArrayFormatter#scalarStr} against {@code str(np.float64(x))} and
 * {@code str(np.float32(x))} for a few thousand random bit patterns, powers of two and short
 * decimals ({@code fixtures/print/scalars.txt}, written by {@code gen_print_fixtures.py}).
 */
class NumpyScalarFixturesTest {

    @Test
    void scalarsPrintAsNumpy() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/print/scalars.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                String actual = f[0].equals("f64")
                        ? ArrayFormatter.scalarStr(Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16)))
                        : ArrayFormatter.scalarStr(Float.intBitsToFloat(Integer.parseUnsignedInt(f[1], 16)));
                if (!actual.equals(f[2])) {
                    failures.add(line + " -> " + actual);
                }
                checked++;
            }
        }
        assertTrue(checked > 3000, "scalars checked: " + checked);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }
}
