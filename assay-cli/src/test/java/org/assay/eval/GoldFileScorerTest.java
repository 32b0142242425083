package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assay.analysis.Analysis;
import org.assay.article.Article;
import org.assay.article.Span;
import org.assay.claim.Claim;
import org.assay.claim.ClaimKind;
import org.assay.claim.Claimant;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.quote.Quote;
import org.assay.quote.QuoteKind;
import org.assay.verify.Verdict;
import org.junit.jupiter.api.Test;

class GoldFileScorerTest {

    private static final Path GOLD = Path.of("src/test/resources/eval/harbour.gold.json");

    private static String text() throws IOException {
        return Files.readString(Path.of("src/test/resources/eval/harbour.txt"));
    }

    private static Entity person(String id, String name, List<String> titles, List<String> aliases) {
        return new Entity(id, name, EntityType.PERSON, titles, null, aliases, List.of(new Span(0, 1)));
    }

    @Test
    void readsTheGoldFileBesideItsArticle() throws IOException {
        GoldFile gold = GoldFileReader.read(GOLD);

        assertThat(gold.article().getFileName().toString()).isEqualTo("harbour.txt");
        assertThat(gold.published()).hasToString("2024-03-05");
        assertThat(gold.quotes()).hasSize(2);
        assertThat(gold.quotes().get(1).optional()).isTrue();
    }

    @Test
    void aSpeakerNamedByAnAliasIsRightAndAnOptionalQuoteCountsNeitherWay() throws IOException {
        String text = text();
        List<Quote> quotes = List.of(
                Fixtures.quote(text, "We are nearly there", QuoteKind.DIRECT, "lee", "Lee told"),
                Fixtures.quote(text, "serious", QuoteKind.TERM, null, null),
                Fixtures.quote(text, "the harbour would reopen next week", QuoteKind.INDIRECT, "Tom Rand", "Rand"));
        Analysis analysis = new Analysis(Article.of("harbour.txt", text), List.of(), quotes, List.of());

        ArticleResult result = GoldFileScorer.score(GoldFileReader.read(GOLD), analysis);

        assertThat(result.scores().get("quotes")).isEqualTo(Score.oneToOne(1, 1, 1, 1));
        assertThat(result.scores().get("indirect")).isEqualTo(Score.oneToOne(2, 1, 1, 0));
        assertThat(result.errors()).extracting(QuoteError::type)
                .containsExactly(QuoteError.Type.WRONG_SPEAKER, QuoteError.Type.MISSED);
    }

    @Test
    void peopleAreFoundByAnyNameAndTheirTitlesCompared() throws IOException {
        List<Entity> entities = List.of(
                person("e1", "Ann Lee", List.of("mayor"), List.of("Lee")),
                person("e2", "Rand", List.of(), List.of()),
                person("e3", "Harbour", List.of(), List.of()));
        Analysis analysis = new Analysis(Article.of("harbour.txt", text()), entities, List.of(), List.of());

        ArticleResult result = GoldFileScorer.score(GoldFileReader.read(GOLD), analysis);

        assertThat(result.scores().get("people")).isEqualTo(Score.oneToOne(2, 3, 2, 1));
        assertThat(result.scores().get("entities")).isEqualTo(Score.oneToOne(3, 3, 2, 2));
    }

    @Test
    void aClaimOverlappingTheGoldIsFoundAndItsPartsComparedOneByOne() throws IOException {
        String text = text();
        int start = text.indexOf("said repairs cost");
        int end = text.indexOf(" euros") + 6;
        Claim claim = new Claim("c1", ClaimKind.QUANTITY, text.substring(start, end), start, end, 0.8,
                new Claimant(null, "Rand"), "the city council", Verdict.UNCHECKED);
        Analysis analysis = new Analysis(Article.of("harbour.txt", text), List.of(), List.of(), List.of(claim));

        ArticleResult result = GoldFileScorer.score(GoldFileReader.read(GOLD), analysis);

        assertThat(result.scores().get("claims")).isEqualTo(Score.oneToOne(1, 1, 1, 1));
        assertThat(result.scores().get("claims claimant").rightGold()).isEqualTo(1);
        assertThat(result.scores().get("claims citedSource").rightGold()).isEqualTo(1);
        assertThat(result.scores().get("claims verdict").rightGold()).isEqualTo(1);
    }
}
