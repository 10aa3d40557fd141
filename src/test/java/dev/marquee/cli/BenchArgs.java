package dev.marquee.cli;

import picocli.CommandLine;

/** A bench mode's command object as the CLI parses {@code marquee bench <mode> <options>}, without running it. */
final class BenchArgs {

    private BenchArgs() {
    }

    static <T> T parse(String mode, String... options) {
        CommandLine cli = Marquee.commandLine();
        String[] args = new String[options.length + 2];
        args[0] = "bench";
        args[1] = mode;
        System.arraycopy(options, 0, args, 2, options.length);
        cli.parseArgs(args);
        return cli.getSubcommands().get("bench").getSubcommands().get(mode).getCommand();
    }
}
