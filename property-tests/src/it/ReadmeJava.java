import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Keeps README.md's Java honest, taking everything from the README at build time:
 * <ol>
 *   <li>the commands of "Using it" (its ```shell blocks) run exactly as printed, each block in a
 *       fresh folder holding this build's jar under the README's name, the section's first java
 *       block at the path its package names and, when a command names it, the section's
 *       {@code module ...} block as module-info.java; every {@code java} run must print the section's
 *       first ```text block and nothing on stderr but the JVM's incubator notice;</li>
 *   <li>the first class-path command again without {@code --enable-native-access} (the restricted
 *       -method warning must appear) and without {@code --add-modules jdk.incubator.vector}
 *       (ndvec's scalar-kernel notice must appear, the output must not change): what the README says
 *       the flags do;</li>
 *   <li>every other ```java block compiles against this build's jars (ndvec, ndvec-jqwik,
 *       ndvec-spark and their dependencies): a block that declares a top-level type as a file of
 *       its own; a fragment (a method or statements) inside a class, with the imports of the last
 *       complete block before it, which it continues;</li>
 *   <li>the ```xml snippets of "Using it" are parts of the complete pom of "Property testing your
 *       own code", which ConsumerBuild builds and runs.</li>
 * </ol>
 * Run by exec:exec in property-tests' integration-test phase:
 *   java ReadmeJava.java ROOT VERSION CLASSPATH
 */
public class ReadmeJava {
    private static final String USING_IT = "Using it";
    /** Printed by the JVM itself whenever jdk.incubator.vector is resolved; no flag removes it. */
    private static final String INCUBATOR_NOTICE = "WARNING: Using incubator modules: jdk.incubator.vector\n";
    private static final Pattern TOP_LEVEL_TYPE =
            Pattern.compile("(?m)^(?:public |final |abstract |sealed )*(?:class|record|interface|enum) (\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern JAR_NAME = Pattern.compile("ndvec-[^ :;]*\\.jar");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        String version = args[1];
        String classPath = args[2];
        Path jar = root.resolve("src/target/ndvec-" + version + ".jar");
        if (!Files.exists(jar)) {
            ConsumerBuild.fail(jar + " is missing: the README check runs after `package`");
        }
        Path work = root.resolve("property-tests/target/readme-java");
        ConsumerBuild.deleteTree(work);
        Files.createDirectories(work);

        List<ReadmeBlocks.Block> blocks = ReadmeBlocks.read(root.resolve("README.md"));
        List<ReadmeBlocks.Block> java = ReadmeBlocks.all(blocks, "java");
        List<ReadmeBlocks.Block> usingJava = ReadmeBlocks.in(blocks, USING_IT, "java");
        List<ReadmeBlocks.Block> texts = ReadmeBlocks.in(blocks, USING_IT, "text");
        if (usingJava.isEmpty() || texts.isEmpty() || java.get(0) != usingJava.get(0)) {
            ConsumerBuild.fail("README.md's first ```java block must be in '## " + USING_IT
                    + "', followed there by a ```text block of what it prints");
        }
        ReadmeBlocks.Block first = usingJava.get(0);
        ReadmeBlocks.Block module = usingJava.stream().filter(b -> isModule(b.text())).findFirst().orElse(null);

        int commands = runUsingIt(ReadmeBlocks.in(blocks, USING_IT, "shell"), first, module, texts.get(0).text(),
                jar, version, work);
        int compiled = compileTheOthers(java, first, module, classPath, work);
        int snippets = checkPomSnippets(blocks);
        System.out.println("README: " + commands + " commands of 'Using it' ran as printed; " + compiled
                + " other java blocks compiled; " + snippets + " xml snippets found in the checked pom");
    }

    // ------------------------------------------------------------------ "Using it", run as printed

    static int runUsingIt(List<ReadmeBlocks.Block> shells, ReadmeBlocks.Block first, ReadmeBlocks.Block module,
                          String expected, Path jar, String version, Path work) throws Exception {
        if (shells.isEmpty()) {
            ConsumerBuild.fail("'## " + USING_IT + "' has no ```shell block of commands");
        }
        Matcher pkg = PACKAGE.matcher(first.text());
        Matcher type = TOP_LEVEL_TYPE.matcher(first.text());
        if (!pkg.find() || !type.find()) {
            ConsumerBuild.fail("README.md line " + first.line() + ": the first java block needs a package and a class");
        }
        Path source = Path.of(pkg.group(1).replace('.', '/'), type.group(1) + ".java");
        String readmeJar = "ndvec-" + version + ".jar";
        int run = 0;
        boolean negativesDone = false;
        for (int s = 0; s < shells.size(); s++) {
            ReadmeBlocks.Block shell = shells.get(s);
            Path dir = work.resolve("using-it-" + (s + 1));
            Files.createDirectories(dir.resolve(source).getParent());
            Files.writeString(dir.resolve(source), first.text());
            Files.copy(jar, dir.resolve(readmeJar), StandardCopyOption.REPLACE_EXISTING);
            if (shell.text().contains("module-info.java")) {
                if (module == null) {
                    ConsumerBuild.fail("README.md line " + shell.line() + " compiles module-info.java, but '## "
                            + USING_IT + "' has no module block");
                }
                Files.writeString(dir.resolve("module-info.java"), module.text());
            }
            for (String line : shell.text().split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher jars = JAR_NAME.matcher(line);
                while (jars.find()) {
                    if (!jars.group().equals(readmeJar)) {
                        ConsumerBuild.fail("README.md line " + shell.line() + " names " + jars.group()
                                + ", but this build makes " + readmeJar);
                    }
                }
                List<String> command = List.of(line.strip().split("\\s+"));
                Run r = run(dir, command);
                run++;
                if (r.exit() != 0) {
                    ConsumerBuild.fail("README.md line " + shell.line() + ": `" + line + "` exited with " + r.exit()
                            + ":\n" + r.out() + r.err());
                }
                if (command.get(0).equals("java")) {
                    expect(expected, r.out(), line, "its output differs from the README's text block");
                    expect(INCUBATOR_NOTICE, r.err(), line, "it printed more than the JVM's incubator notice on stderr");
                    if (!negativesDone && line.contains(" -cp ")) {
                        checkTheFlagsMatter(dir, command, expected);
                        negativesDone = true;
                    }
                }
            }
        }
        if (!negativesDone) {
            ConsumerBuild.fail("'## " + USING_IT + "' has no class-path (-cp) java command");
        }
        return run;
    }

    /** What the README says about the two flags: each one is what removes its warning. */
    static void checkTheFlagsMatter(Path dir, List<String> command, String expected) throws Exception {
        List<String> noNative = command.stream().filter(a -> !a.startsWith("--enable-native-access")).toList();
        Run r = run(dir, noNative);
        expect(expected, r.out(), String.join(" ", noNative), "its output differs without native access");
        if (!r.err().contains("WARNING: A restricted method in java.lang.foreign.Linker has been called")) {
            ConsumerBuild.fail("without --enable-native-access the restricted-method warning did not appear,"
                    + " so the README's explanation of the flag is wrong:\n" + r.err());
        }
        List<String> noVector = new ArrayList<>(command);
        int i = noVector.indexOf("--add-modules");
        if (i < 0 || !noVector.get(i + 1).equals("jdk.incubator.vector")) {
            ConsumerBuild.fail("the class-path command has no --add-modules jdk.incubator.vector: " + command);
        }
        noVector.subList(i, i + 2).clear();
        r = run(dir, noVector);
        expect(expected, r.out(), String.join(" ", noVector), "its output differs with the scalar kernels");
        if (!r.err().contains("ndvec: using scalar kernels: module jdk.incubator.vector is not resolved")) {
            ConsumerBuild.fail("without --add-modules ndvec did not log its scalar-kernel notice:\n" + r.err());
        }
    }

    record Run(int exit, String out, String err) {
    }

    /** Runs a README command with `java`/`javac` taken from this JDK (the toolchain's JDK 25). */
    static Run run(Path dir, List<String> command) throws Exception {
        List<String> c = new ArrayList<>(command);
        if (!c.get(0).equals("java") && !c.get(0).equals("javac")) {
            ConsumerBuild.fail("README command does not start with java or javac: " + command);
        }
        c.set(0, Path.of(System.getProperty("java.home"), "bin", c.get(0)).toString());
        Process p = new ProcessBuilder(c).directory(dir.toFile()).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        return new Run(p.waitFor(), out, err.join());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void expect(String expected, String actual, String command, String what) {
        if (!expected.equals(actual)) {
            ConsumerBuild.fail("`" + command + "`: " + what + ".\nexpected:\n" + expected + "actual:\n" + actual);
        }
    }

    // ------------------------------------------------------------------ every other java block compiles

    static int compileTheOthers(List<ReadmeBlocks.Block> java, ReadmeBlocks.Block first, ReadmeBlocks.Block module,
                                String classPath, Path work) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int n = 0;
        String imports = "";
        for (ReadmeBlocks.Block b : java) {
            if (b == first || b == module) {
                continue;   // compiled and run by the commands of "Using it"
            }
            if (isModule(b.text())) {
                ConsumerBuild.fail("README.md line " + b.line() + ": a module block outside '## " + USING_IT
                        + "', which no check compiles");
            }
            String source;
            String name;
            Matcher type = TOP_LEVEL_TYPE.matcher(b.text());
            if (type.find()) {
                source = b.text();
                name = type.group(1);
                imports = importLines(b.text());
            } else if (firstCodeLine(b.text()).isEmpty()) {
                // a block of imports only (the ones the README's NumPy -> ndvec lines need): they must resolve
                name = "ReadmeImportsAtLine" + b.line();
                source = b.text() + "\nclass " + name + " {\n}\n";
            } else {
                name = "ReadmeFragmentAtLine" + b.line();
                String body = b.text();
                boolean member = firstCodeLine(body).startsWith("@")
                        || firstCodeLine(body).matches("[\\w<>\\[\\], .?]+\\s+\\w+\\s*\\(.*");
                source = imports + "\nclass " + name + " {\n"
                        + (member ? body : "void fragment() throws Exception {\n" + body + "}\n") + "}\n";
            }
            Path dir = work.resolve("block-at-line-" + b.line());
            Files.createDirectories(dir.resolve("classes"));
            Path file = dir.resolve(name + ".java");
            Files.writeString(file, source);
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                StringWriter out = new StringWriter();
                boolean ok = javac.getTask(out, files, diagnostics,
                        List.of("-proc:none", "-classpath", classPath, "-d", dir.resolve("classes").toString()),
                        null, files.getJavaFileObjects(file)).call();
                if (!ok) {
                    StringBuilder why = new StringBuilder();
                    diagnostics.getDiagnostics().forEach(d -> why.append(d).append('\n'));
                    ConsumerBuild.fail("README.md's java block at line " + b.line() + " does not compile (as " + file
                            + "):\n" + why + out);
                }
            }
            n++;
        }
        return n;
    }

    static boolean isModule(String text) {
        return firstCodeLine(text).startsWith("module ");
    }

    private static String firstCodeLine(String text) {
        for (String l : text.split("\n")) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("import ") && !t.startsWith("package ")) {
                return t;
            }
        }
        return "";
    }

    private static String importLines(String text) {
        StringBuilder sb = new StringBuilder();
        for (String l : text.split("\n")) {
            if (l.startsWith("import ")) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ Maven snippets of "Using it"

    /** Each xml snippet of "Using it", whitespace aside, is part of the pom ConsumerBuild builds. */
    static int checkPomSnippets(List<ReadmeBlocks.Block> blocks) {
        List<ReadmeBlocks.Block> pom = ReadmeBlocks.in(blocks, "Property testing your own code", "xml");
        if (pom.size() != 1) {
            ConsumerBuild.fail("'## Property testing your own code' must have one ```xml block (the checked pom)");
        }
        String whole = squeeze(pom.get(0).text());
        int n = 0;
        for (ReadmeBlocks.Block b : ReadmeBlocks.in(blocks, USING_IT, "xml")) {
            if (!whole.contains(squeeze(b.text()))) {
                ConsumerBuild.fail("README.md's xml block at line " + b.line() + " is not part of the complete pom in "
                        + "'Property testing your own code' (which the build runs): keep them the same");
            }
            n++;
        }
        return n;
    }

    private static String squeeze(String xml) {
        return xml.replaceAll("\\s+", " ").replace("> <", "><").strip();
    }
}
