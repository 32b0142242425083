package org.assay.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.assay.verify.Dataset;
import org.assay.verify.LoadProblem;
import org.assay.verify.Manifest;
import org.assay.verify.Measure;
import org.assay.verify.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "datasets", mixinStandardHelpOptions = true, description = "The reference datasets claims are checked against: what, which edition, "
        + "from where, and any problems loading them.")
final class DatasetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "mark the edition current on this date (default: today)")
    LocalDate asOf;

    @Override
    public Integer call() {
        ReferenceData reference = ReferenceData.load(data.folders());
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<Dataset>> families = new LinkedHashMap<>();
        reference.datasets().forEach(d -> families.computeIfAbsent(d.manifest().family(), k -> new ArrayList<>())
                .add(d));
        out.println(reference.datasets().size() + " datasets in " + families.size() + " families (editions current on "
                + date + " marked *)");
        for (Map.Entry<String, List<Dataset>> family : families.entrySet()) {
            Dataset current = reference.choose(family.getKey(), date).current();
            out.println();
            out.println(family.getKey());
            for (Dataset d : family.getValue()) {
                Manifest m = d.manifest();
                out.println((d.id().equals(current.id()) ? "  * " : "    ") + d.id() + "  edition " + m.edition() + ", published "
                        + m.published() + ", " + d.rows().size() + " rows");
                out.println("      " + m.publisher() + ": " + m.title());
                out.println("      measures: " + m.measures().stream().map(DatasetsCommand::measure)
                        .collect(Collectors.joining("; ")));
                out.println("      key: " + m.key().column() + " (" + m.key().kind() + "); subject: " + m.subject());
                out.println("      source: " + m.source());
                out.println("      licence: " + m.licence());
                out.println("      loaded from: " + d.origin());
            }
        }
        if (!reference.problems().isEmpty()) {
            out.println();
            out.println("Problems (" + reference.problems().size() + "):");
            for (LoadProblem p : reference.problems()) {
                out.println("  " + p);
            }
        }
        out.flush();
        return 0;
    }

    private static String measure(Measure m) {
        return m.label() + " [" + m.unit() + "]" + (m.qualifierColumn() == null ? "" : " qualified by "
                + m.qualifierColumn());
    }
}
