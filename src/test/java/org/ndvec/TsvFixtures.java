package org.ndvec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated fixture from the test resources: one case per non-empty line. */
final class TsvFixtures {
    private TsvFixtures() {
    }

    static List<String[]> read(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = TsvFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing fixture " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty()) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }
}
