package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assay.analysis.Analysis;
import org.assay.analysis.Analyzer;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import org.assay.article.Span;
import org.assay.nlp.NlpPipeline;
import org.assay.verify.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the seed article (../shared/seed): every gold claim is found (a predicted claim overlaps its text) with
 * the gold kind, claimant and cited source, and few claims are found that gold does not list. Fails, never skips,
 * when the seed is missing.
 */
class ClaimSeedIT {

    /** Claims beyond gold that are tolerated: real, check-worthy statements the gold file does not list. */
    private static final int MAX_EXTRA = 2;

    private static JsonNode gold;
    private static String text;
    private static List<Claim> claims;

    @BeforeAll
    static void analyse() throws IOException {
        Path seed = Path.of(System.getProperty("assay.shared", "../../shared"), "seed");
        assertThat(seed.resolve("article.txt")).as("seed article (set -Dassay.shared)").exists();
        gold = new ObjectMapper().readTree(seed.resolve("article.gold.json").toFile());
        text = Files.readString(seed.resolve("article.txt"), StandardCharsets.UTF_8);
        Article article = new PlainTextReader().read("article.txt", text)
                .withPublished(LocalDate.parse(gold.get("published").asText()));
        Analysis analysis = new Analyzer(NlpPipeline.load(), Verifier.NONE).analyze(article);
        claims = analysis.claims();
    }

    @Test
    void everyGoldClaimIsFoundWithItsKindClaimantAndCitedSource() {
        List<String> problems = new ArrayList<>();
        for (JsonNode g : gold.get("claims")) {
            String goldText = g.get("text").asText();
            int at = text.indexOf(goldText);
            assertThat(at).as("gold claim text in article: %s", goldText).isGreaterThanOrEqualTo(0);
            Span goldSpan = new Span(at, at + goldText.length());
            Claim found = claims.stream().filter(c -> c.span().overlaps(goldSpan))
                    .max((a, b) -> Integer.compare(a.span().overlap(goldSpan), b.span().overlap(goldSpan)))
                    .orElse(null);
            if (found == null) {
                problems.add("missed: " + goldText);
                continue;
            }
            if (!found.kind().name().equals(g.get("kind").asText())) {
                problems.add(goldText + ": kind " + found.kind() + " != " + g.get("kind").asText());
            }
            if (!sameSpeaker(found.claimant().name(), g.get("claimant").asText())) {
                problems.add(goldText + ": claimant " + found.claimant().name() + " != " + g.get("claimant").asText());
            }
            String goldSource = g.hasNonNull("citedSource") ? g.get("citedSource").asText() : null;
            if (goldSource != null && !goldSource.equalsIgnoreCase(found.citedSource())) {
                problems.add(goldText + ": cited source " + found.citedSource() + " != " + goldSource);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void fewClaimsAreFoundThatGoldDoesNotList() {
        List<Span> goldSpans = new ArrayList<>();
        for (JsonNode g : gold.get("claims")) {
            int at = text.indexOf(g.get("text").asText());
            goldSpans.add(new Span(at, at + g.get("text").asText().length()));
        }
        long extra = claims.stream().filter(c -> goldSpans.stream().noneMatch(g -> g.overlaps(c.span()))).count();
        assertThat(extra).as("claims not in gold: %s", claims).isLessThanOrEqualTo(MAX_EXTRA);
    }

    @Test
    void theArticlesFalseClaimIsDisputedAndLinkedToItsCorrection() {
        Claim disputed = claims.stream().filter(c -> c.text().contains("four percent")).findFirst().orElseThrow();
        assertThat(disputed.stance().kind()).isEqualTo(Stance.Kind.DISPUTED);
        Claim correction = claims.stream().filter(c -> c.id().equals(disputed.stance().related())).findFirst()
                .orElseThrow();
        assertThat(correction.stance().kind()).isEqualTo(Stance.Kind.CORRECTION);
        assertThat(correction.parts().quantities()).singleElement()
                .satisfies(q -> assertThat(q.hedge()).isEqualTo(Hedge.WELL_OVER));
    }

    private static boolean sameSpeaker(String predicted, String goldName) {
        if (predicted.equalsIgnoreCase(goldName)) {
            return true;
        }
        for (JsonNode e : gold.get("entities")) {
            if (e.get("name").asText().equalsIgnoreCase(goldName)) {
                for (JsonNode alias : e.get("aliases")) {
                    if (alias.asText().toLowerCase(Locale.ROOT).equals(predicted.toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
