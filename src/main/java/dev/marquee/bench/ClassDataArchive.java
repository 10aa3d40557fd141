package dev.marquee.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class data sharing archive, recorded the way the Docker image records the app's (docker/Dockerfile): one training
 * run with {@code -XX:ArchiveClassesAtExit}, whose loaded classes later JVMs of the same JDK and class path map
 * instead of loading, parsing and verifying them again. With it {@code bench startup --cds} measures the app as the
 * image starts it.
 *
 * <p>A JVM given an archive that does not fit its class path starts without it and says so only in a warning, which
 * would turn a measurement with the archive into one without. So an archive is used only after a start that must map
 * it ({@code -Xshare:on}) has succeeded.
 */
final class ClassDataArchive {

    private static final long TRAINING_TIMEOUT_MINUTES = 10;
    private static final int OUTPUT_LINES_REPORTED = 40;

    private ClassDataArchive() {
    }

    /** The JVM option that starts a JVM with this archive. */
    static String option(Path archive) {
        return "-XX:SharedArchiveFile=" + archive;
    }

    /**
     * Runs {@code java -XX:ArchiveClassesAtExit=ARCHIVE -cp CLASSPATH MAINCLASS TRAINING...} to its end, then checks
     * that a JVM of this class path maps the archive ({@link #check}).
     *
     * @param training the main class's arguments, e.g. {@code demo}
     * @return the archive
     * @throws IllegalStateException if the training run fails or its archive cannot be mapped, with the JVM's output
     */
    static Path record(Path archive, String classPath, String mainClass, List<String> training) throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        Path output = archive.resolveSibling(archive.getFileName() + ".training.log");
        List<String> command = new ArrayList<>(List.of(mainClass));
        command.addAll(training);
        int exit = run(java(List.of("-XX:ArchiveClassesAtExit=" + archive), classPath, command), output);
        if (exit != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run " + String.join(" ", command) + " exited with " + exit
                    + (Files.isRegularFile(archive) ? "" : " and wrote no archive") + "; its output:\n" + tail(output));
        }
        check(archive, classPath, mainClass);
        return archive;
    }

    /**
     * Runs {@code java -Xshare:on -XX:SharedArchiveFile=ARCHIVE -cp CLASSPATH MAINCLASS --version}: a short start that
     * the JVM refuses unless it maps the archive.
     *
     * @throws IllegalStateException if it does not, with the JVM's output
     */
    static void check(Path archive, String classPath, String mainClass) throws IOException, InterruptedException {
        Path output = archive.resolveSibling(archive.getFileName() + ".check.log");
        if (run(java(List.of("-Xshare:on", option(archive)), classPath, List.of(mainClass, "--version")), output) != 0) {
            throw new IllegalStateException("a JVM of this class path cannot use the class data archive " + archive
                    + " (recorded by another JDK or for another class path?); its output:\n" + tail(output));
        }
    }

    private static List<String> java(List<String> options, String classPath, List<String> command) {
        List<String> java = new ArrayList<>();
        java.add(AppProcess.jdkTool("java").toString());
        java.addAll(options);
        java.addAll(List.of("-cp", classPath));
        java.addAll(command);
        return java;
    }

    private static int run(List<String> command, Path output) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(TRAINING_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + TRAINING_TIMEOUT_MINUTES + " minutes");
        }
        return process.exitValue();
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - OUTPUT_LINES_REPORTED), lines.size()));
    }
}
