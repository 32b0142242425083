package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.assay.quote.Speaker;
import org.assay.verify.Evidence;
import org.assay.verify.Verdict;
import org.assay.verify.VerdictStatus;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final String TEXT = "Ferry plan approved\n\n\"We need it,\" said chair Osric Penhale. "
            + "Rhian Tolley said the island was cut off. \"Every summer,\" Penhale added. A \"floating bus\" it is.";

    private static Quote quote(String id, QuoteKind kind, String text, Speaker speaker) {
        int start = TEXT.indexOf(text);
        return new Quote(id, kind, text, start, start + text.length(), speaker == null ? null : "said", speaker, 0.9);
    }

    private static Analysis analysis() {
        Entity penhale = new Entity("e1", "Osric Penhale", EntityType.PERSON, List.of("chair"), "Westport",
                List.of("Penhale"), List.of(new Span(40, 53)));
        Entity tolley = new Entity("e2", "Rhian Tolley", EntityType.PERSON, List.of(), null, List.of(),
                List.of(new Span(55, 67)));
        Speaker byPenhale = new Speaker("e1", "Osric Penhale", new Span(40, 53));
        Speaker byTolley = new Speaker("e2", "Rhian Tolley", new Span(55, 67));
        List<Quote> quotes = List.of(
                quote("q1", QuoteKind.DIRECT, "We need it,", byPenhale),
                quote("q2", QuoteKind.INDIRECT, "the island was cut off", byTolley),
                quote("q3", QuoteKind.DIRECT, "Every summer,", byPenhale),
                quote("q4", QuoteKind.TERM, "floating bus", null));
        Claim claim = new Claim("c1", ClaimKind.EVENT, "the island was cut off", 80, 102, 0.6,
                new Claimant("e2", "Rhian Tolley"), "harbour records",
                new Verdict(VerdictStatus.SUPPORTED, "The records agree.", List.of(new Evidence("ferries", "2024-01", "x"))));
        Article article = new Article("ferry", "Ferry plan approved", LocalDate.of(2024, 3, 14), "Ledger", null, TEXT,
                List.of(), "Mara Quill");
        return new Analysis(article, List.of(penhale, tolley), quotes, List.of(claim));
    }

    @Test
    void headerGivesHeadlineDateBylineAndSource() {
        String report = TextReport.of(analysis());
        assertThat(report).startsWith("Ferry plan approved\n===================\n")
                .contains("published 2024-03-14 · by Mara Quill · Ledger · ferry,");
    }

    @Test
    void quotesAreGroupedBySpeakerInOrderOfFirstQuoteWithUnattributedLast() {
        String report = TextReport.of(analysis());
        int penhale = report.indexOf("  Osric Penhale (chair)\n");
        int tolley = report.indexOf("  Rhian Tolley\n");
        int unknown = report.indexOf("  (speaker unknown)\n");
        assertThat(penhale).isPositive().isLessThan(tolley);
        assertThat(tolley).isLessThan(unknown);
        String penhaleBlock = report.substring(penhale, tolley);
        assertThat(penhaleBlock).contains("“We need it,”", "“Every summer,”");
        assertThat(report.substring(tolley, unknown)).contains("INDIRECT the island was cut off");
        assertThat(report.substring(unknown)).contains("TERM     “floating bus”");
    }

    @Test
    void entitiesShowTitlesAffiliationAndAliasesAndClaimsShowTheirVerdict() {
        String report = TextReport.of(analysis());
        assertThat(report).contains("PERSON        Osric Penhale — chair, Westport (also Penhale) ×1")
                .contains("claimant: Rhian Tolley · source: harbour records")
                .contains("verdict: SUPPORTED — The records agree. [ferries, 2024-01]");
    }
}
