package dev.marquee.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarqueeHelpTest {

    private static List<CommandLine> allCommands(CommandLine root) {
        List<CommandLine> out = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(sub -> out.addAll(allCommands(sub)));
        return out;
    }

    @Test
    void shouldAnswerHelpOnEveryCommandWithUsageAndExitZeroWithoutWarnings() {
        CommandLine root = Marquee.commandLine();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        for (CommandLine command : allCommands(root)) {
            if (command.getCommandName().equals("help")) {
                continue;
            }
            List<String> path = new ArrayList<>();
            for (CommandLine c = command; c.getParent() != null; c = c.getParent()) {
                path.add(0, c.getCommandName());
            }
            path.add("--help");
            StringWriter out = new StringWriter();
            CommandLine fresh = Marquee.commandLine();
            fresh.setOut(new PrintWriter(out));
            // picocli reports a description it cannot format (a bare '%') on stderr, then prints it unformatted.
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                assertEquals(0, fresh.execute(path.toArray(String[]::new)), String.join(" ", path));
            } finally {
                System.setErr(originalErr);
            }
            assertTrue(out.toString().startsWith("Usage: marquee"), String.join(" ", path) + " printed: " + out);
            assertEquals("", err.toString(StandardCharsets.UTF_8), String.join(" ", path) + " warned");
        }
    }

    @Test
    void shouldListEveryCommandWithAOneLineSummary() {
        StringWriter out = new StringWriter();
        CommandLine cli = Marquee.commandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--help"));
        for (String name : List.of("demo", "run", "load-awards", "topics", "tag", "eval")) {
            assertTrue(out.toString().contains("  " + name + " "), name + " missing from: " + out);
        }
    }
}
