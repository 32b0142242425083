package org.assay.claim;

import static org.assay.claim.Docs.country;
import static org.assay.claim.Docs.org;
import static org.assay.claim.Docs.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.assay.entity.Entities;
import org.assay.nlp.Annotated;
import org.assay.quote.Quote;
import org.assay.quote.QuoteKind;
import org.assay.verify.VerdictStatus;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static final String ARTICLE = Docs.resource("cobalt-deal.txt");

    private final ClaimExtractor extractor = new ClaimExtractor();

    private static Entities cobaltEntities() {
        return Docs.entities(ARTICLE,
                person("Ingrid Dahl", "Dahl"),
                person("Paul Hart", "Hart"),
                country("Norway", "Norwegian"),
                country("Congo"),
                country("Australia"),
                country("Sweden"),
                country("Europe"),
                org("Geological Survey of Norway"));
    }

    private List<Claim> cobalt(List<Quote> quotes) {
        return extractor.extract(Docs.doc(ARTICLE), cobaltEntities(), quotes);
    }

    private static Optional<Claim> containing(List<Claim> claims, String words) {
        return claims.stream().filter(c -> c.text().contains(words)).findFirst();
    }

    @Test
    void rankingWithAccordingToIsTheArticlesClaimCitingTheSource() {
        Claim c = containing(cobalt(List.of()), "third-largest").orElseThrow();
        assertThat(c.kind()).isEqualTo(ClaimKind.RANKING);
        assertThat(c.claimant()).isEqualTo(Claimant.ARTICLE);
        assertThat(c.citedSource()).isEqualTo("Geological Survey of Norway");
        assertThat(c.text()).isEqualTo("Norway has the world’s third-largest cobalt reserves after Congo and Australia");
        assertThat(c.parts().ranks()).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(3);
            assertThat(r.ahead()).containsExactly("Congo", "Australia");
        });
        assertThat(c.parts().subjects()).extracting(EntityRef::name).containsExactly("Norway");
        assertThat(c.parts().metric()).isEqualTo("reserves");
        assertThat(c.parts().topic()).isEqualTo("cobalt reserves");
        assertThat(c.verdict().status()).isEqualTo(VerdictStatus.UNCHECKED);
    }

    @Test
    void anAccordingToQuoteCitesASourceAndDoesNotBecomeTheClaimant() {
        String source = "the Geological Survey of Norway";
        Entities ents = cobaltEntities();
        Quote according = Docs.quote(ARTICLE, "Norway has the world’s third-largest cobalt reserves after Congo and "
                + "Australia", QuoteKind.INDIRECT, "according to", "Geological Survey of Norway", ents);
        Claim c = containing(extractor.extract(Docs.doc(ARTICLE), ents, List.of(according)), "third-largest")
                .orElseThrow();
        assertThat(c.claimant()).isEqualTo(Claimant.ARTICLE);
        assertThat(c.citedSource()).isEqualTo(source.substring(4));
    }

    @Test
    void insertedHeSaidTakesTheOverlappingQuotesSpeaker() {
        Entities ents = cobaltEntities();
        Quote partial = Docs.quote(ARTICLE, "far more cobalt than Sweden.", QuoteKind.PARTIAL, "said", "Ingrid Dahl", ents);
        Claim c = containing(extractor.extract(Docs.doc(ARTICLE), ents, List.of(partial)), "far more cobalt")
                .orElseThrow();
        assertThat(c.kind()).isEqualTo(ClaimKind.COMPARISON);
        assertThat(c.claimant().name()).isEqualTo("Ingrid Dahl");
        assertThat(c.parts().comparison().intensifier()).isEqualTo("far");
        assertThat(c.parts().comparison().greater()).isTrue();
        assertThat(c.parts().comparison().than()).extracting(EntityRef::name).containsExactly("Sweden");
        assertThat(c.parts().subjects()).extracting(EntityRef::name).contains("Norway").doesNotContain("Sweden");
    }

    @Test
    void aPronounReporterWithoutQuotesResolvesToTheLastPersonNamed() {
        Claim c = containing(cobalt(List.of()), "far more cobalt").orElseThrow();
        assertThat(c.claimant().name()).isEqualTo("Ingrid Dahl");
    }

    @Test
    void aShareOfAWholeIsAPercentageWithItsWholeAndHedge() {
        Claim c = containing(cobalt(List.of()), "70 percent").orElseThrow();
        assertThat(c.kind()).isEqualTo(ClaimKind.PERCENTAGE);
        assertThat(c.parts().shareOf()).isEqualTo("global cobalt production");
        assertThat(c.parts().quantities()).singleElement().satisfies(q -> {
            assertThat(q.hedge()).isEqualTo(Hedge.NEARLY);
            assertThat(q.value()).isEqualTo(70.0);
        });
        assertThat(c.claimant()).isEqualTo(Claimant.ARTICLE);
    }

    @Test
    void falselyClaimedIsDisputedAndTheParentheticalFigureIsItsCorrection() {
        List<Claim> claims = cobalt(List.of());
        Claim disputed = containing(claims, "fallen to 2,000 tons").orElseThrow();
        Claim correction = containing(claims, "rose to 5,400 tons").orElseThrow();
        assertThat(disputed.claimant().name()).isEqualTo("Paul Hart");
        assertThat(disputed.stance().kind()).isEqualTo(Stance.Kind.DISPUTED);
        assertThat(disputed.stance().cue()).isEqualTo("falsely claimed");
        assertThat(disputed.stance().related()).isEqualTo(correction.id());
        assertThat(disputed.kind()).isEqualTo(ClaimKind.CHANGE);
        assertThat(disputed.parts().change().to().value()).isEqualTo(2000.0);
        assertThat(disputed.parts().change().direction()).isEqualTo(Change.Direction.DOWN);
        assertThat(correction.stance().kind()).isEqualTo(Stance.Kind.CORRECTION);
        assertThat(correction.stance().related()).isEqualTo(disputed.id());
        assertThat(correction.claimant()).isEqualTo(Claimant.ARTICLE);
        assertThat(correction.citedSource()).isEqualTo("customs data");
        assertThat(correction.parts().metric()).isEqualTo("exports");
    }

    @Test
    void aDocumentThatSaysSomethingIsACitedSourceNotAClaimant() {
        Claim c = containing(cobalt(List.of()), "fell 12 percent").orElseThrow();
        assertThat(c.claimant()).isEqualTo(Claimant.ARTICLE);
        assertThat(c.citedSource()).isEqualTo("survey");
        assertThat(c.kind()).isEqualTo(ClaimKind.CHANGE);
        assertThat(c.parts().change().by().value()).isEqualTo(12.0);
        assertThat(c.parts().year()).isEqualTo(2024);
        assertThat(c.parts().timeText()).isEqualTo("last year");
    }

    @Test
    void questionsOpinionsPredictionsAndQuotedBoastsAreNotClaims() {
        List<Claim> claims = cobalt(List.of());
        assertThat(containing(claims, "cut costs")).isEmpty();
        assertThat(containing(claims, "great thing")).isEmpty();
        assertThat(containing(claims, "double cobalt sales")).isEmpty();
        assertThat(containing(claims, "ready to sell")).isEmpty();
        assertThat(containing(claims, "courts buyers")).isEmpty();
    }

    @Test
    void claimsAreNumberedInTextOrderAndTheirSpansHoldTheirText() {
        List<Claim> claims = cobalt(List.of());
        assertThat(claims).hasSizeBetween(5, 6);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            assertThat(c.id()).isEqualTo("c" + (i + 1));
            assertThat(ARTICLE.substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(c.checkworthiness()).isBetween(0.5, 1.0);
        }
    }

    @Test
    void aTermQuoteDoesNotMakeItsSpeakerTheClaimant() {
        String text = "The so-called “reform” cut the tax rate to 19 percent in 2023, official figures show.";
        Entities ents = Docs.entities(text, person("Ana Ruiz", "Ruiz"));
        Quote term = Docs.quote(text, "reform", QuoteKind.TERM, null, "Ana Ruiz", ents);
        List<Claim> claims = extractor.extract(Docs.doc(text), ents, List.of(term));
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.claimant()).isEqualTo(Claimant.ARTICLE);
            assertThat(c.citedSource()).isEqualTo("official figures");
            assertThat(c.parts().year()).isEqualTo(2023);
        });
    }

    @Test
    void trailingSaidWithATitledSpeakerNamesTheSpeaker() {
        String text = "Unemployment rose to 7.2 percent in March, Finance Minister Ana Ruiz said on Tuesday.";
        Entities ents = Docs.entities(text, person("Ana Ruiz", "Ruiz"));
        Annotated doc = Docs.doc(text);
        assertThat(extractor.extract(doc, ents, List.of())).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Unemployment rose to 7.2 percent in March");
            assertThat(c.claimant().name()).isEqualTo("Ana Ruiz");
            assertThat(c.claimant().entity()).isEqualTo("e1");
            assertThat(c.kind()).isEqualTo(ClaimKind.CHANGE);
            assertThat(c.parts().metric()).isEqualTo("unemployment");
        });
    }

    @Test
    void aGroupThatIsNoEntityIsNamedByItsWords() {
        String text = "Economists said inflation reached 9 percent in 2022.";
        List<Claim> claims = extractor.extract(Docs.doc(text), Entities.NONE, List.of());
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.claimant().name()).isEqualTo("Economists"));
    }

    @Test
    void aShortAsideInParenthesesStaysInsideItsClause() {
        String text = "Profits rose 76% to $1.13bn (£600m) for the three months to December, from $639m a year earlier.";
        List<Claim> claims = extractor.extract(Docs.doc(text), Entities.NONE, List.of());
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).startsWith("Profits rose").endsWith("a year earlier");
            assertThat(c.kind()).isEqualTo(ClaimKind.CHANGE);
            assertThat(c.parts().change().by().value()).isEqualTo(76.0);
            assertThat(c.parts().change().to().value()).isEqualTo(1.13e9, org.assertj.core.api.Assertions.within(1.0));
        });
    }

    @Test
    void saidWithAColonFramesTheQuotedClaim() {
        String text = "Ana Ruiz said: \"We have cut waiting lists by 40% since 2019.\"";
        Entities ents = Docs.entities(text, person("Ana Ruiz", "Ruiz"));
        assertThat(extractor.extract(Docs.doc(text), ents, List.of())).singleElement().satisfies(c -> {
            assertThat(c.claimant().name()).isEqualTo("Ana Ruiz");
            assertThat(c.text()).startsWith("\"We have cut");
        });
    }

    @Test
    void wordsBeforeACueThatAreNoGroupGiveTheArticleNotAGarbledName() {
        String text = "But it would not discuss reports that sales reached 2 million units in 2023.";
        assertThat(extractor.extract(Docs.doc(text), Entities.NONE, List.of()))
                .allSatisfy(c -> assertThat(c.claimant()).isEqualTo(Claimant.ARTICLE));
    }

    @Test
    void aStrayClosingMarkBeforeTheSpeakerDoesNotHideTheCue() {
        String text = "\" Tom Price, of Acme Bank, said: \"Borrowing will hit £8bn this year.\"";
        Entities ents = Docs.entities(text, person("Tom Price"), org("Acme Bank"));
        assertThat(extractor.extract(Docs.doc(text), ents, List.of()))
                .allSatisfy(c -> assertThat(c.claimant().name()).isEqualTo("Tom Price"));
    }

    @Test
    void aSurveyForSomeoneIsACitedSource() {
        String text = "Some 69% of pensioners always vote, a survey for the charity found.";
        assertThat(extractor.extract(Docs.doc(text), Entities.NONE, List.of())).singleElement().satisfies(c -> {
            assertThat(c.claimant()).isEqualTo(Claimant.ARTICLE);
            assertThat(c.citedSource()).isEqualTo("survey for the charity");
        });
    }

    @Test
    void moreThanBeforeAFigureIsAHedgeNotAComparison() {
        String text = "The rally drew more than 3,000 people in Reno on Sunday.";
        assertThat(extractor.extract(Docs.doc(text), Entities.NONE, List.of())).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.QUANTITY);
            assertThat(c.parts().comparison()).isNull();
            assertThat(c.parts().quantities().get(0).hedge()).isEqualTo(Hedge.MORE_THAN);
        });
    }

    @Test
    void aClaimInsideAQuotationWithNoKnownSpeakerIsNotTheArticles() {
        String text = "“We cut the deficit by $2 billion in 2015.”";
        Quote unattributed = new Quote("q1", QuoteKind.DIRECT, text.substring(1, text.length() - 1), 1,
                text.length() - 1, null, null, 0.2);
        assertThat(extractor.extract(Docs.doc(text), Entities.NONE, List.of(unattributed))).singleElement()
                .satisfies(c -> assertThat(c.claimant()).isEqualTo(Claimant.UNKNOWN));
    }

    @Test
    void relativeTimeResolvesAgainstThePublicationDate() {
        String text = "Output fell 8 percent last month, the ministry said.";
        Annotated doc = Docs.doc(text, java.time.LocalDate.of(2025, 1, 15));
        assertThat(extractor.extract(doc, Entities.NONE, List.of())).singleElement().satisfies(c -> {
            assertThat(c.parts().year()).isEqualTo(2024);
            assertThat(c.parts().timeText()).isEqualTo("last month");
            assertThat(c.claimant().name()).isEqualTo("ministry");
        });
    }

    @Test
    void aSentenceAloneIsReadIntoOneClaimWithPartsSpannedInTheSentence() {
        String s = "Freedonia's tin output more than tripled last year";
        Claim c = extractor.claimOf(s, null, java.time.LocalDate.of(2025, 3, 10));
        assertThat(c.kind()).isEqualTo(ClaimKind.CHANGE);
        assertThat(c.start()).isZero();
        assertThat(c.parts().change().factor()).isEqualTo(3.0);
        assertThat(c.parts().change().span().start()).isEqualTo(s.indexOf("more than"));
        assertThat(c.parts().year()).isEqualTo(2024);
        assertThat(c.parts().subjects()).isEmpty();
        assertThat(c.claimant()).isEqualTo(Claimant.ARTICLE);
    }

    @Test
    void placesTheFinderNamesAreTiedToTheAnalysisEntities() {
        PlaceFinder finder = (text, span) -> {
            List<PlaceRef> out = new java.util.ArrayList<>();
            for (String name : List.of("Norway", "Congo")) {
                for (int at = text.indexOf(name, span.start()); at >= 0 && at + name.length() <= span.end();
                     at = text.indexOf(name, at + 1)) {
                    out.add(new PlaceRef(name, name, new org.assay.article.Span(at, at + name.length()), false, false,
                            null));
                }
            }
            out.sort(java.util.Comparator.comparing(PlaceRef::span));
            return out;
        };
        Entities entities = cobaltEntities();
        Claim c = containing(new ClaimExtractor(finder).extract(Docs.doc(ARTICLE), entities, List.of()),
                "third-largest").orElseThrow();
        assertThat(c.parts().places()).extracting(PlaceRef::name).containsExactly("Norway", "Congo");
        assertThat(c.parts().places()).allSatisfy(p -> assertThat(entities.byId(p.entityId()))
                .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo(p.name())));
    }
}
