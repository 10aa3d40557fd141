package dev.marquee.cli;

import dev.marquee.config.AppVersion;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar target/marquee.jar <command>}. */
@Command(name = "marquee",
        mixinStandardHelpOptions = true,
        versionProvider = Marquee.Version.class,
        description = "Tags entertainment news with films, people and awards and joins them with award records, on Kafka Streams.",
        subcommands = {
                DemoCommand.class,
                RunCommand.class,
                LoadAwardsCommand.class,
                LoadFilmsCommand.class,
                TopicsCommand.class,
                TagCommand.class,
                EvalCommand.class,
                ReplayDeadLettersCommand.class,
                ResetCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Marquee implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree with Marquee's error handling, shared by main and the CLI tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Marquee());
        withHelpOptions(cli);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ConfigException) {
                commandLine.getErr().println("Configuration error: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cli;
    }

    // Every command, including ones added later, answers --help and --version the same way.
    private static void withHelpOptions(CommandLine command) {
        command.getCommandSpec().mixinStandardHelpOptions(true);
        command.getCommandSpec().versionProvider(new Version());
        command.getSubcommands().values().forEach(Marquee::withHelpOptions);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"marquee " + AppVersion.get()};
        }
    }
}
