package org.assay.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assay.export.Exports;
import org.assay.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the knowledge base out: JSON Lines (one analysis per article), CSV"
        + " (one table per kind, into a folder) or ClaimReview JSON-LD.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption db;

    @Option(names = "--format", required = true, description = "jsonl, csv or claimreview")
    String format;

    @Option(names = "--out", defaultValue = "-", description = "file (or - for standard output); for csv a folder")
    String out;

    @Option(names = "--base-url", description = "the server's address, to give each ClaimReview its url")
    String baseUrl;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl") && !format.equals("csv") && !format.equals("claimreview")) {
            throw new UserError("unknown export format '" + format + "' (want jsonl, csv or claimreview)");
        }
        if (format.equals("csv") && out.equals("-")) {
            throw new UserError("csv writes one file per table: give --out FOLDER");
        }
        if (!db.location.startsWith("jdbc:") && !Files.isRegularFile(Path.of(db.location))) {
            throw new UserError("no such database file: " + db.location);
        }
        try (Store store = db.open()) {
            if (format.equals("csv")) {
                Exports.csv(store, Path.of(out));
                return 0;
            }
            Writer w = out.equals("-") ? spec.commandLine().getOut()
                    : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
            try {
                if (format.equals("jsonl")) {
                    Exports.jsonLines(store, w);
                } else {
                    String base = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
                    Exports.claimReviews(store, w, id -> base == null ? null : base + "/claims/" + id);
                }
            } finally {
                if (out.equals("-")) {
                    w.flush();
                } else {
                    w.close();
                }
            }
        }
        return 0;
    }
}
