package org.assay.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.assay.article.UnreadableArticleException;
import org.assay.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code assay}: the command line. Maps errors to exit statuses in one place. */
@Command(name = "assay", mixinStandardHelpOptions = true, version = "assay 0.1.0",
        description = "Who said what in the news, what was claimed, and whether the numbers hold up.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class, CheckCommand.class,
            DatasetsCommand.class, PackCommand.class, TrainTaggersCommand.class, TrainCuesCommand.class,
            IngestCommand.class, ServeCommand.class,
            ExportCommand.class})
public final class Main {

    /** Exit status for unusable input (docs/CONTRACT.md). */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status;
        try {
            status = run(out, err, args);
        } catch (OutOfMemoryError e) {
            err.println("assay: out of memory; give Java more heap (ASSAY_JAVA_OPTS=-Xmx4g) or lower --threads");
            status = 1;
        }
        out.flush();
        System.exit(status);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, parsedArgs) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("assay: " + e.getMessage() + " (see: " + cmd.getCommandSpec().qualifiedName()
                    + " --help)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserError || e instanceof UnreadableArticleException) {
                cmd.getErr().println("assay: " + e.getMessage());
                return BAD_INPUT;
            }
            cmd.getErr().println("assay: internal error: " + e);
            return 1;
        });
        return cli.execute(args);
    }
}
