package dev.marquee.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive {@code bench startup --cds} starts the app with, recorded and checked with small programs of their own
 * jar (the JVM archives classes from jar files only, and the test class path has directories).
 */
class ClassDataArchiveTest {

    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void buildJar() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Files.writeString(sources.resolve("Greeter.java"), """
                public class Greeter {
                    public static void main(String[] args) {
                        System.out.println("hello " + String.join(" ", args));
                    }
                }
                """);
        Files.writeString(sources.resolve("Failing.java"), """
                public class Failing {
                    public static void main(String[] args) {
                        System.out.println("the training went wrong");
                        System.exit(3);
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(),
                sources.resolve("Greeter.java").toString(), sources.resolve("Failing.java").toString()));
        jar = dir.resolve("programs.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("Greeter.class", "Failing.class")) {
                out.putNextEntry(new JarEntry(name));
                out.write(Files.readAllBytes(classes.resolve(name)));
                out.closeEntry();
            }
        }
    }

    @Test
    void shouldRecordAnArchiveFromWhichAJvmOfTheSameClassPathLoadsTheTrainedClasses() throws Exception {
        Path archive = ClassDataArchive.record(dir.resolve("greeter.jsa"), jar.toString(), "Greeter", List.of("demo"));

        String log = java(ClassDataArchive.option(archive), "-Xshare:on", "-Xlog:class+load=info", "-cp", jar.toString(), "Greeter");
        assertTrue(log.contains("Greeter source: shared objects file"), "Greeter mapped from the archive:\n" + log);
        assertTrue(log.contains("hello"), log);
    }

    @Test
    void shouldRefuseAnArchiveRecordedForAnotherClassPath() throws Exception {
        Path archive = ClassDataArchive.record(dir.resolve("moved.jsa"), jar.toString(), "Greeter", List.of());
        Path elsewhere = Files.copy(jar, dir.resolve("programs-copy.jar"));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClassDataArchive.check(archive, elsewhere.toString(), "Greeter"));
        assertTrue(refused.getMessage().contains("cannot use the class data archive " + archive), refused.getMessage());
    }

    @Test
    void shouldReportATrainingRunThatFailsWithItsOutput() {
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> ClassDataArchive.record(dir.resolve("failing.jsa"), jar.toString(), "Failing", List.of()));
        assertTrue(failed.getMessage().contains("exited with 3"), failed.getMessage());
        assertTrue(failed.getMessage().contains("the training went wrong"), failed.getMessage());
    }

    private static String java(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output;
        try (var in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8));
        return new String(output, StandardCharsets.UTF_8);
    }
}
