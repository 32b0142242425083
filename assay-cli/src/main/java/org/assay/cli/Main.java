package org.assay.cli;

import org.assay.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code assay}: the command line. Maps errors to exit statuses in one place. */
@Command(name = "assay", mixinStandardHelpOptions = true, version = "assay 0.1.0",
        description = "Who said what in the news, what was claimed, and whether the numbers hold up.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, IngestCommand.class, ServeCommand.class,
                ExportCommand.class})
public final class Main {

    /** Exit status for unusable input (docs/CONTRACT.md). */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserError u) {
                cmd.getErr().println("assay: " + u.getMessage());
                return BAD_INPUT;
            }
            cmd.getErr().println("assay: internal error: " + e);
            return 1;
        });
        return cli.execute(args);
    }
}
