import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fenced code blocks of README.md, as the README checks read them (ConsumerBuild: the consumer
 * pom; ReadmeJava: every java block and the commands of "Using it"). A block opens with a line
 * that starts with three backticks, optionally followed by its language, and closes at the next
 * line that is exactly three backticks. Source-launcher programs in this folder share this file.
 */
final class ReadmeBlocks {
    /**
     * One fenced block: its language ("" for none), its text (with a final newline), the
     * "## " heading above it ("" before the first) and the README line of its opening fence.
     */
    record Block(String language, String text, String section, int line) {
    }

    private ReadmeBlocks() {
    }

    static List<Block> read(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("## ")) {
                section = l.substring(3).strip();
            } else if (l.startsWith("```")) {
                int open = i;
                StringBuilder text = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                if (i == lines.size()) {
                    throw new IllegalStateException("README.md line " + (open + 1) + ": the block never closes");
                }
                blocks.add(new Block(l.substring(3).strip(), text.toString(), section, open + 1));
            }
        }
        return blocks;
    }

    /** The blocks of one language ("java", "xml", ...) under the heading "## section", in order. */
    static List<Block> in(List<Block> blocks, String section, String language) {
        return blocks.stream().filter(b -> b.section().equals(section) && b.language().equals(language)).toList();
    }

    /** The blocks of one language in the whole README, in order. */
    static List<Block> all(List<Block> blocks, String language) {
        return blocks.stream().filter(b -> b.language().equals(language)).toList();
    }
}
