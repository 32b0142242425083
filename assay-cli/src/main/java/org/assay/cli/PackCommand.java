package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.assay.pack.PackBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Build the bundled world reference pack from the verbatim upstream files (docs/datasets.md).")
final class PackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", description = "the upstream sources (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/reference/world")
    Path from;

    @Option(names = "--to", paramLabel = "DIR", description = "the pack folder to write (default: ${DEFAULT-VALUE})",
            defaultValue = "assay-core/src/main/resources/org/assay/verify/pack")
    Path to;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(from.resolve("country-codes"))) {
            throw new UserError("no upstream sources in " + from + " (it needs country-codes/ and the other folders)");
        }
        Files.createDirectories(to);
        PrintWriter err = spec.commandLine().getErr();
        List<PackBuilder.Built> built = new PackBuilder().build(from, to, b ->
                err.println("pack: " + b.recipe() + ": " + b.datasets() + " datasets, " + b.rows() + " rows"));
        spec.commandLine().getOut().println("wrote " + built.stream().mapToInt(PackBuilder.Built::datasets).sum()
                + " datasets to " + to);
        return 0;
    }
}
