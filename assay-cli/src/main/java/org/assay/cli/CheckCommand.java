package org.assay.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.assay.analysis.Analysis;
import org.assay.analysis.AnalysisJson;
import org.assay.article.Article;
import org.assay.claim.Claim;
import org.assay.claim.Claimant;
import org.assay.verify.Evidence;
import org.assay.verify.ReferenceVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Checks the claims of one sentence against the reference data, as of a date.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SENTENCE", description = "the sentence to check, in quotes")
    String sentence;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "the date the sentence was written: picks the data edition current then (default: today)")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Mixin
    DataOptions data;

    @Mixin
    NlpOptions nlp;

    @Override
    public Integer call() {
        if (sentence == null || sentence.isBlank()) {
            throw new UserError("check: the sentence is empty");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new UserError("check: unknown format " + format + " (text or json)");
        }
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        ReferenceVerifier verifier = Engines.verifier(data.folders());
        Article article = Article.of("check", sentence).withPublished(date);
        Analysis analysis = Engines.analyzer(verifier, nlp.taggers()).analyze(article);
        List<Claim> claims = analysis.claims();
        boolean whole = claims.isEmpty();
        if (whole) {
            Claim c = verifier.claimOf(sentence, null, date);
            claims = List.of(c.withVerdict(verifier.check(c, date)));
            analysis = new Analysis(analysis.article(), analysis.entities(), analysis.quotes(), claims);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(AnalysisJson.toJson(analysis).toPrettyString());
            out.flush();
            return 0;
        }
        out.println("As of " + date + (whole ? " (no claim extracted: the sentence was checked as a whole)" : ""));
        for (Claim c : claims) {
            out.println();
            out.println(c.id() + " " + c.kind() + ": " + c.text());
            if (!Claimant.ARTICLE_NAME.equals(c.claimant().name())) {
                out.println("   claimed by " + c.claimant().name());
            }
            out.println("   " + c.verdict().status() + ": " + c.verdict().explanation());
            for (Evidence e : c.verdict().evidence()) {
                out.println("   evidence " + e.dataset() + " (edition " + e.edition() + "): " + e.detail());
            }
        }
        out.flush();
        return 0;
    }
}
