package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assay.analysis.Analysis;
import org.assay.analysis.Analyzer;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import org.assay.article.Span;
import org.assay.claim.Claim;
import org.assay.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's gold claims get their gold verdicts through the whole analyzer (models loaded). */
class SeedVerdictsIT {

    private static Analysis analysis;
    private static JsonNode gold;
    private static String text;

    @BeforeAll
    static void analyseTheSeed() throws IOException {
        Path seed = Path.of(System.getProperty("assay.shared", "../../shared"), "seed");
        text = Files.readString(seed.resolve("article.txt"), StandardCharsets.UTF_8);
        gold = new ObjectMapper().readTree(seed.resolve("article.gold.json").toFile());
        Article article = new PlainTextReader().read("seed", text)
                .withPublished(LocalDate.parse(gold.get("published").asText()));
        analysis = new Analyzer(NlpPipeline.load(), new ReferenceVerifier(ReferenceData.load(List.of())))
                .analyze(article);
    }

    @Test
    void everyGoldClaimGetsTheGoldVerdict() {
        for (JsonNode g : gold.get("claims")) {
            int at = text.indexOf(g.get("text").asText());
            Span goldSpan = new Span(at, at + g.get("text").asText().length());
            Claim found = analysis.claims().stream().filter(c -> c.span().overlaps(goldSpan)).findFirst()
                    .orElseThrow(() -> new AssertionError("no claim over " + g.get("text").asText()));
            assertThat(found.verdict().status().name()).as(found.text() + ": " + found.verdict().explanation())
                    .isEqualTo(g.get("verdict").asText());
        }
    }

    @Test
    void theRankingVerdictUsesTheCurrentEditionAndNotesTheEarlierRank() {
        Claim ranking = analysis.claims().stream().filter(c -> c.text().contains("fifth-largest")).findFirst()
                .orElseThrow();
        assertThat(ranking.verdict().evidence().get(0).edition()).isEqualTo("2025-01");
        assertThat(ranking.verdict().explanation()).contains("ranked fourth").contains("Vietnam");
    }
}
