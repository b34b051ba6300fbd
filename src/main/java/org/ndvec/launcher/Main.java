package org.ndvec.launcher;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Properties;

/**
 * The jar's {@code Main-Class}: {@code java -jar ndvec-<version>.jar} prints what this JVM's ndvec
 * runs on ({@code Nd.info()}, NumPy's {@code np.show_config()}). On a JDK older than 25 it prints
 * one line naming ndvec and JDK 25 instead of an {@code UnsupportedClassVersionError}.
 *
 * <p>This class alone is compiled for release 8 (src/pom.xml recompiles it over the release-25
 * class), and it touches the rest of ndvec only through reflection after the version check: every
 * other class file is version 69, which a JVM before 25 refuses to load. So keep it to Java 8
 * language and library features.
 */
public final class Main {
    /** The first JDK feature release whose class files (version 69) ndvec is compiled to. */
    private static final int REQUIRED_FEATURE = 25;

    private Main() {
    }

    /**
     * Prints the configuration report, or the one line about the JDK (exit status 1).
     *
     * @param args ignored
     * @throws Exception if {@code Nd.info()} cannot be called on a JDK 25 (a broken jar)
     */
    public static void main(String[] args) throws Exception {
        int feature = feature(System.getProperty("java.specification.version", "0"));
        if (feature < REQUIRED_FEATURE) {
            System.err.println("ndvec " + version() + " needs JDK " + REQUIRED_FEATURE + " or later, but this is Java "
                    + System.getProperty("java.version", "?") + " (" + System.getProperty("java.home", "?")
                    + "): run it with a JDK " + REQUIRED_FEATURE + " java");
            System.exit(1);
        }
        Method info = Class.forName("org.ndvec.Nd").getMethod("info");
        System.out.println(info.invoke(null));
    }

    /** The feature release of a {@code java.specification.version}: "1.8" is 8, "17" is 17. */
    static int feature(String specification) {
        String s = specification.startsWith("1.") ? specification.substring(2) : specification;
        int dot = s.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? s : s.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** ndvec's version from the filtered version.properties, read without loading any release-25 class. */
    private static String version() {
        InputStream in = Main.class.getResourceAsStream("/org/ndvec/version.properties");
        if (in == null) {
            return "(unknown version)";
        }
        try {
            Properties p = new Properties();
            p.load(in);
            in.close();
            return p.getProperty("version", "(unknown version)");
        } catch (java.io.IOException e) {
            return "(unknown version)";
        }
    }
}
