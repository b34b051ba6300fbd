import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a consumer project exactly as the README tells users to: its pom.xml is the xml block of
 * README.md's "Property testing your own code", taken from the README at build time; its
 * property classes are src/it/consumer. ndvec and ndvec-jqwik come from this build's jars, laid
 * out in a private local repository under target/ (never ~/.m2, which other builds share); every
 * other artifact resolves from ~/.m2 (read as a file repository, releases only) or Maven Central.
 * Fails when the consumer build fails, or runs fewer tests than its classes declare (0 included).
 *
 * Run by exec:exec in property-tests' integration-test phase:
 *   java ConsumerBuild.java ROOT MAVEN_HOME VERSION
 */
public class ConsumerBuild {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path mvn = Path.of(args[1], "bin", isWindows() ? "mvn.cmd" : "mvn");
        String version = args[2];
        Path target = root.resolve("property-tests/target");
        Path project = target.resolve("consumer");
        Path repo = target.resolve("consumer-repo");
        deleteTree(project);
        deleteTree(repo);
        Files.createDirectories(project);

        Files.writeString(project.resolve("pom.xml"), readmePom(root.resolve("README.md")));
        copyTree(root.resolve("property-tests/src/it/consumer/src"), project.resolve("src"));

        // this build's artifacts, where Maven looks for a locally installed SNAPSHOT
        install(repo, "ndvec-parent", version, root.resolve("pom.xml"), null);
        install(repo, "ndvec", version, root.resolve("src/pom.xml"), root.resolve("src/target/ndvec-" + version + ".jar"));
        install(repo, "ndvec-jqwik", version, root.resolve("property-tests/pom.xml"),
                target.resolve("ndvec-jqwik-" + version + ".jar"));
        Path settings = target.resolve("consumer-settings.xml");
        Files.writeString(settings, settings(repo, Path.of(System.getProperty("user.home"), ".m2", "repository")));

        Path log = target.resolve("consumer-build.log");
        List<String> command = List.of(mvn.toString(), "-B", "-s", settings.toString(), "test");
        Process p = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        if (exit != 0) {
            fail("the consumer build (" + String.join(" ", command) + " in " + project + ") failed with exit "
                    + exit + "; its output, " + log + ", ends:\n" + tail(log, 60));
        }
        int declared = declaredProperties(project.resolve("src/test/java"));
        int[] run = testsRun(project.resolve("target/surefire-reports"));
        if (run[0] == 0 || run[0] < declared || run[1] > 0) {
            fail("the consumer build ran " + run[0] + " tests (" + run[1] + " failed or skipped) of the "
                    + declared + " its classes declare; see " + log + ":\n" + tail(log, 40));
        }
        System.out.println("README consumer project: " + run[0] + " properties passed (pom.xml taken from README.md)");
    }

    /** The one xml block in the README's "Property testing your own code" section. */
    static String readmePom(Path readme) throws IOException {
        List<ReadmeBlocks.Block> xml = ReadmeBlocks.in(ReadmeBlocks.read(readme), "Property testing your own code", "xml");
        if (xml.size() != 1) {
            fail("README.md's 'Property testing your own code' has " + xml.size() + " ```xml blocks, not one");
        }
        return xml.get(0).text();
    }

    static void install(Path repo, String artifact, String version, Path pom, Path jar) throws IOException {
        Path dir = repo.resolve("org/ndvec/" + artifact + "/" + version);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifact + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            if (!Files.exists(jar)) {
                fail(jar + " is missing: the consumer check runs after `package`");
            }
            Files.copy(jar, dir.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String settings(Path repo, Path userRepo) {
        String userUrl = userRepo.toUri().toString();
        String repositories = """
                    <repository>
                      <id>user-local</id>
                      <url>%s</url>
                      <releases><enabled>true</enabled></releases>
                      <snapshots><enabled>false</enabled></snapshots>
                    </repository>
                """.formatted(userUrl);
        return """
                <settings>
                  <localRepository>%s</localRepository>
                  <profiles>
                    <profile>
                      <id>user-local-first</id>
                      <repositories>
                %s      </repositories>
                      <pluginRepositories>
                %s      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>user-local-first</activeProfile></activeProfiles>
                </settings>
                """.formatted(repo, repositories, repositories.replace("repository>", "pluginRepository>"));
    }

    static int declaredProperties(Path sources) throws IOException {
        int n = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("@(Property|Example|Test)\\b").matcher(Files.readString(f));
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Tests run and tests failed, errored or skipped, from surefire's XML reports. */
    static int[] testsRun(Path reports) throws IOException {
        int[] total = new int[2];
        if (!Files.isDirectory(reports)) {
            return total;
        }
        Pattern suite = Pattern.compile("<testsuite [^>]*");
        try (Stream<Path> files = Files.list(reports)) {
            for (Path f : files.filter(x -> x.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
                Matcher m = suite.matcher(Files.readString(f));
                if (m.find()) {
                    String head = m.group();
                    total[0] += attribute(head, "tests");
                    total[1] += attribute(head, "failures") + attribute(head, "errors") + attribute(head, "skipped");
                }
            }
        }
        return total;
    }

    static int attribute(String tag, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"(\\d+)\"").matcher(tag);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            java.util.Collections.reverse(all);
            for (Path f : all) {
                Files.delete(f);
            }
        }
    }

    static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase().contains("win");
    }

    static void fail(String message) {
        System.err.println("ConsumerBuild: " + message);
        System.exit(1);
    }
}
