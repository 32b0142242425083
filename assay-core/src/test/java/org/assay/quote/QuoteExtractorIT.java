package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import org.assay.entity.EntityRecognizer;
import org.assay.nlp.Annotated;
import org.assay.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quote finding and attribution on short articles written for these tests, one per family of shapes. */
class QuoteExtractorIT {

    private static NlpPipeline nlp;
    private static List<Quote> shapes;
    private static List<Quote> styles;
    private static List<Quote> clauses;
    private static List<Quote> cues;
    private static List<Quote> signatures;

    @BeforeAll
    static void analyse() throws IOException {
        nlp = NlpPipeline.load();
        shapes = quotes("shapes.txt");
        styles = quotes("styles.txt");
        clauses = quotes("clauses.txt");
        cues = quotes("cues.txt");
        signatures = quotes("signatures.txt");
    }

    private static List<Quote> quotes(String fixture) throws IOException {
        try (InputStream in = QuoteExtractorIT.class.getResourceAsStream(fixture)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Article article = new PlainTextReader().read(fixture, text);
            Annotated doc = nlp.annotate(article);
            return new QuoteExtractor().extract(doc, new EntityRecognizer().recognize(doc));
        }
    }

    private static Quote quote(List<Quote> quotes, String start) {
        Optional<Quote> q = quotes.stream().filter(x -> x.text().startsWith(start)).findFirst();
        assertThat(q).as("a quote starting with '%s' in %s", start, quotes).isPresent();
        return q.get();
    }

    private static String speaker(List<Quote> quotes, String start) {
        Quote q = quote(quotes, start);
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void nameThenCueAfterTheQuote() {
        assertThat(speaker(shapes, "This bridge connects")).isEqualTo("Alice Moreno");
        assertThat(quote(shapes, "This bridge connects").kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void cueThenNameWithAnApposition() {
        assertThat(speaker(shapes, "We waited long enough")).isEqualTo("Victor Haines");
    }

    @Test
    void appositionBetweenNameAndCueBeforeAPartialQuote() {
        assertThat(speaker(shapes, "a turning point")).isEqualTo("Victor Haines");
        assertThat(quote(shapes, "a turning point").kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void pronounSpeakerResolvesToTheLastSpeakerAndMentionIsThePronoun() {
        Quote q = quote(shapes, "It will cost more");
        assertThat(q.speaker().name()).isEqualTo("Victor Haines");
        assertThat(q.speaker().mention().of(textOf("shapes.txt"))).isEqualTo("he");
    }

    @Test
    void toldSomeoneIntroducesTheSpeakersWords() {
        assertThat(speaker(shapes, "no major delays")).isEqualTo("Rita Osei");
    }

    @Test
    void colonIntroductionAfterSaidInAPost() {
        assertThat(speaker(shapes, "The steel arrives")).isEqualTo("Rita Osei");
    }

    @Test
    void aBareQuoteParagraphBelongsToThePreviousParagraphsSpeaker() {
        Quote q = quote(shapes, "The foundations are already poured");
        assertThat(q.speaker().name()).isEqualTo("Rita Osei");
        assertThat(q.confidence()).isLessThan(quote(shapes, "The steel arrives").confidence());
    }

    @Test
    void whichSheSaidResolvesToTheSubjectOfTheSentence() {
        assertThat(speaker(shapes, "steady hand")).isEqualTo("Alice Moreno");
        assertThat(speaker(shapes, "made this possible")).isEqualTo("Alice Moreno");
    }

    @Test
    void accordingToNamesAnInstitutionAsSpeaker() {
        assertThat(speaker(shapes, "a fantasy")).isEqualTo("Taxpayers League");
    }

    @Test
    void indirectSpeechKeepsItsContentSpanAndSpeaker() {
        Quote q = quote(shapes, "the bridge would open");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).isEqualTo("the bridge would open next spring");
        assertThat(q.speaker().name()).isEqualTo("Alice Moreno");
    }

    @Test
    void straightDoubleQuotesWithToldReporters() {
        assertThat(speaker(styles, "We are not going back")).isEqualTo("Tomas Berg");
    }

    @Test
    void singleQuotedPhraseIsAttributedToTheNamedAppositive() {
        assertThat(speaker(styles, "unrealistic and costly")).isEqualTo("Helen Marsh");
    }

    @Test
    void aQuoteRunningAcrossParagraphsSharesOneSpeaker() {
        assertThat(speaker(styles, "The workers have carried")).isEqualTo("Tomas Berg");
        assertThat(speaker(styles, "Now they are asking")).isEqualTo("Tomas Berg");
    }

    @Test
    void guillemetsAfterAColon() {
        assertThat(speaker(styles, "Nous attendons")).isEqualTo("Claire Dubois");
    }

    @Test
    void nestedSingleQuotesStayInsideTheOuterQuote() {
        assertThat(speaker(styles, "My father told me")).isEqualTo("Sam Okafor");
        assertThat(styles).noneMatch(q -> q.text().equals("never cross a picket line"));
    }

    @Test
    void aNameInAppositionAfterTheRoleIsTheSpeaker() {
        assertThat(speaker(styles, "The harbour will reopen")).isEqualTo("Ana Silva");
    }

    @Test
    void everyQuoteHasAConfidenceAndNumberedIds() {
        assertThat(shapes).allMatch(q -> q.confidence() > 0 && q.confidence() < 1);
        assertThat(shapes.get(0).id()).isEqualTo("q1");
    }

    private static String textOf(String fixture) {
        try (InputStream in = QuoteExtractorIT.class.getResourceAsStream(fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCoordinatedCueTakesTheMainClauseSubjectNotTheSubjectOfAReportedClause() {
        assertThat(speaker(clauses, "far too thin")).isEqualTo("Dana Whitfield");
    }

    @Test
    void aQuoteAfterAVerbOfThinkingBelongsToTheMentionOfTheOuterSpeechCue() {
        Quote q = quote(clauses, "a second pier");
        String text = textOf("clauses.txt");
        assertThat(q.speaker().name()).isEqualTo("Dana Whitfield");
        assertThat(q.speaker().mention().start()).isEqualTo(text.indexOf("She added"));
    }

    @Test
    void aQuoteWithoutACueTakesTheNearestEarlierMentionOfTheSameSpeaker() {
        Quote q = quote(clauses, "Families here plan");
        String text = textOf("clauses.txt");
        assertThat(q.speaker().name()).isEqualTo("Ines Calder");
        assertThat(q.speaker().mention().start()).isEqualTo(text.indexOf("She says"));
    }

    @Test
    void aContractedAuxiliaryBeforeAnIngCueKeepsTheShortQuote() {
        assertThat(quote(cues, "many, many more").speaker().mention().of(textOf("cues.txt"))).isEqualTo("He");
    }

    @Test
    void aCapitalisedCueAfterAnAppositionStillAttributes() {
        assertThat(speaker(cues, "Not our flyer")).isEqualTo("Dana Whitfield");
    }

    @Test
    void aQuotationAfterAColonBelongsToTheSubjectOfTheClause() {
        assertThat(speaker(cues, "Of the 9,000 residents")).contains("Harbor Gazette");
    }

    @Test
    void theObjectOfPromptedSpeaksTheInfinitive() {
        assertThat(speaker(cues, "Harbor has the most reliable")).contains("Coastal Almanac");
    }

    @Test
    void aShortWholeSentenceAfterACuedQuoteIsKeptWithTheSameSpeaker() {
        Quote q = quote(cues, "Very tight.");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker().name()).isEqualTo("Lena Ortiz");
    }

    @Test
    void aWordForSomeOfAGroupIsTheSpeakerAsWritten() {
        assertThat(speaker(cues, "Sail on!")).isEqualTo("some");
        assertThat(speaker(cues, "Keep it running")).isEqualTo("another");
        assertThat(speaker(cues, "no matter what")).isEqualTo("one resident");
    }

    @Test
    void aDocumentThatReadsTheQuotationIsItsSpeaker() {
        assertThat(speaker(cues, "Nobody wants another empty pier")).isEqualTo("editorial");
        assertThat(speaker(cues, "Fund the ferry")).isEqualTo("one banner");
    }

    @Test
    void aPossessiveApostropheInAnAppositionDoesNotHideTheName() {
        assertThat(speaker(cues, "The ferry is a lifeline")).isEqualTo("Jeff Brown");
        assertThat(speaker(cues, "It stays.")).isEqualTo("Jeff Brown");
    }

    @Test
    void aSentenceEndingInABareCueIntroducesTheNextQuotation() {
        assertThat(speaker(cues, "We will publish the timetable")).isEqualTo("Lena Ortiz");
    }

    @Test
    void asSomeonePutItIsACue() {
        assertThat(speaker(cues, "Every crossing")).isEqualTo("Rosa Pinto");
    }

    @Test
    void aPersonNamedJustBeforeTheColonSpeaks() {
        assertThat(speaker(cues, "The engines are old")).isEqualTo("Omar Haddad");
    }

    @Test
    void backToBackQuotationsShareASpeaker() {
        assertThat(speaker(cues, "We need them soon")).isEqualTo(speaker(cues, "We need new boats"));
    }

    @Test
    void anIngFormOfAListedCueIsACue() {
        assertThat(speaker(cues, "thank you")).isEqualTo("audience");
    }

    @Test
    void aNameAfterADashIntroducesTheQuotationWithAColon() {
        assertThat(speaker(cues, "Riders want a second boat")).isEqualTo("Nadia Kerr");
    }

    @Test
    void aLoneNumberWordAfterTheCueIsTheSpeaker() {
        assertThat(speaker(cues, "Bring back the night boat")).isEqualTo("one");
    }

    @Test
    void aColonClauseWithAVerbTaggedAsParticipleStillHasASubject() {
        assertThat(speaker(cues, "Crossings may be delayed")).isEqualTo("Harbor Line");
    }

    @Test
    void aDashSignatureAfterAQuotationNamesItsSpeaker() {
        assertThat(speaker(signatures, "I wanted my children")).isEqualTo("Marta Kowalski");
        assertThat(speaker(signatures, "The rent was half")).isEqualTo("Daniel Osei");
    }

    @Test
    void aSignedQuotationMayFollowAListMarker() {
        assertThat(speaker(signatures, "I want my children")).isEqualTo("Ana Diaz");
        assertThat(quote(signatures, "The ferry is all I care about").kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(speaker(signatures, "The ferry is all I care about")).isEqualTo("Luis Ortega");
    }

    @Test
    void aSignedQuotationRunningOverTwoParagraphsIsSignedWhole() {
        assertThat(speaker(signatures, "They built a boatyard")).isEqualTo("Rosa Medina");
        assertThat(speaker(signatures, "My parents came to the coast")).isEqualTo("Rosa Medina");
    }

    @Test
    void aNameAndItsDescriptionBeforeAColonPresentTheSpeaker() {
        assertThat(speaker(signatures, "I want the ferry back")).isEqualTo("Ana Diaz");
    }

    @Test
    void aSignatureMayDescribeItsSpeakerAtLengthAfterTheName() {
        assertThat(speaker(signatures, "I would not trade the ferry")).isEqualTo("Lena Brandt");
    }

    @Test
    void aSignatureOnTheNextLineNamesTheSpeakerOfAQuotationStandingAlone() {
        assertThat(speaker(signatures, "I came for a summer job")).isEqualTo("Priya Raman");
        assertThat(quote(signatures, "We sold the boat").speaker().name()).startsWith("Tom Hale");
    }

    @Test
    void aSignOffAfterAReportedQuoteOrADashBeforeASentenceIsNoSignature() {
        assertThat(speaker(signatures, "keep building homes")).isEqualTo("Ellen Croft");
        assertThat(speaker(signatures, "The harbour will be rebuilt")).isEqualTo("Ellen Croft");
        assertThat(quote(signatures, "Nobody here wanted").cue()).isNotEqualTo("-");
    }

    @Test
    void aNameAndACueAsASentenceOfTheirOwnAttributeTheQuotationBefore() {
        assertThat(speaker(cues, "Not this year")).endsWith("Okonjo");
        assertThat(speaker(cues, "We will publish every contract")).endsWith("Halvorsen");
    }

    @Test
    void aSpanOfTimeBeforeAgoIsNotTheSubject() {
        assertThat(speaker(cues, "beyond repair")).isEqualTo("port authority");
    }

    @Test
    void aHyphenInsideAWordBeforeAColonIsNoDash() {
        assertThat(speaker(cues, "The crane stays")).isEqualTo("Ines Duarte");
    }

    @Test
    void aNumberAndACapitalisedAdjectiveNameASpeaker() {
        assertThat(speaker(cues, "The pier will pay for itself")).isEqualTo("one Republican");
        assertThat(speaker(cues, "Nobody here doubts it")).isEqualTo("one Republican");
    }

    @Test
    void aSentenceThatOnlyPresentsTheQuotationNamesItsSpeaker() {
        assertThat(speaker(cues, "The pier will be finished")).endsWith("Halvorsen");
        assertThat(speaker(cues, "Most of the old cranes")).isEqualTo("report");
    }

    @Test
    void aVerbOfFindingRightBeforeAQuotationAttributesIt() {
        assertThat(speaker(cues, "most riders want an earlier boat")).isEqualTo("Coastal Institute");
    }

    @Test
    void theObjectOfARelativeClauseInTheSubjectIsNotTheSpeaker() {
        assertThat(speaker(cues, "all but signed")).isEqualTo("Two harbour officials");
    }

    @Test
    void aPluralPossessiveInTheSpeakersDescriptionIsNoQuotationMark() {
        assertThat(speaker(cues, "The night boat matters")).isEqualTo("Jeff Moreau");
        assertThat(speaker(cues, "The riders we serve today")).isEqualTo("Jeff Moreau");
    }

    @Test
    void aShortQuotationInsideTheSpeakersDescriptionIsPartOfIt() {
        assertThat(speaker(cues, "We have had calmer seasons")).isEqualTo("Bill Eastwick");
        assertThat(speaker(cues, "This is a big year for the harbour")).endsWith("Pryce");
        assertThat(speaker(cues, "velvet gloves")).isEqualTo("Nargis Kassim");
    }

    @Test
    void aNoBreakSpaceBeforeTheDashStillSigns() {
        assertThat(speaker(signatures, "The ferry keeps this island alive")).isEqualTo("Marta Quiroga");
        assertThat(speaker(signatures, "Without it we would have left")).isEqualTo("Joel Brandon");
        assertThat(quote(signatures, "Without it we would have left").text()).isEqualTo(
                "Without it we would have left years ago.");
    }

    @Test
    void aDocumentDescribedByAPrepositionalPhraseSpeaksForWhoeverIssuedIt() {
        assertThat(speaker(cues, "extraordinarily good health")).isEqualTo("Tom Ridley");
    }

    @Test
    void whoThinksInARelativeClauseIsNotTheSpeakerOfWhatTheSayerReports() {
        assertThat(speaker(cues, "but not among the vast majority")).isEqualTo("harbour chief");
    }

    @Test
    void aQuotationAfterASentenceWhoseSubjectHasAnAppositionBelongsToThatSubject() {
        assertThat(speaker(cues, "He showed again and again")).isEqualTo("Lawrence B. Cumming");
        assertThat(speaker(cues, "The younger people are sick")).isEqualTo("Bernard Sayles");
        assertThat(quote(cues, "The younger people are sick").cue()).isEqualTo("named");
    }

    @Test
    void aSymbolCutOutOfAMangledNameStaysInTheName() {
        assertThat(speaker(cues, "Let everyone know that the harbour")).isEqualTo("Hollard");
    }

    @Test
    void aVerbBetweenDashesIsNotTheOneAParticipleFollows() {
        assertThat(speaker(cues, "Hands up, don't shoot")).isEqualTo("Small groups of protesters");
    }

    @Test
    void verbsOfTypingAndReferringAreCues() {
        assertThat(speaker(cues, "nervous exhaustion")).isEqualTo("doctor");
        assertThat(speaker(cues, "political tensions")).isEqualTo("it");
    }

    @Test
    void aQuotationNamedByAParticipleIsNotWhatTheNextClauseSays() {
        assertThat(cues).noneMatch(q -> q.text().startsWith("medical problem"));
    }

    @Test
    void aParticiplePhraseAfterTheSubjectIsSteppedOver() {
        assertThat(speaker(cues, "What curfew?")).isEqualTo("Islanders");
    }

    @Test
    void aParticipleAfterAQuotationBelongsToTheMainSubjectNotTheReportedOne() {
        assertThat(speaker(cues, "overwhelming disclosure")).isEqualTo("Ann Lee");
    }

    @Test
    void aQuotationInsideTheClauseASayingNounReportsBelongsToItsOwner() {
        assertThat(speaker(cues, "thousands of crossings")).isEqualTo("Ann Lee");
        assertThat(speaker(cues, "the ferry is the most important thing")).isEqualTo("Ann Lee");
    }

    @Test
    void aRatingIsACue() {
        assertThat(speaker(cues, "pants on fire")).isEqualTo("Harbour Watch");
    }

    @Test
    void aCueTaggedAsAPluralNounAfterItsSubjectIsACue() {
        assertThat(speaker(cues, "They know the harbour matters")).isEqualTo("voice-over");
        assertThat(quote(cues, "They know the harbour matters").cue()).isEqualTo("states");
        assertThat(speaker(cues, "a levy of a fraction")).isNotNull();
        assertThat(quote(cues, "a levy of a fraction").cue()).isEqualTo("projects");
    }

    @Test
    void aBareQuotationAfterAParagraphThatOpensWithAPronounBelongsToItsPerson() {
        assertThat(speaker(cues, "Well, thank you so much")).isEqualTo("Ann Miller");
    }

    @Test
    void aNameAfterAPrepositionLikeAfterIsNoSubjectForAPronoun() {
        assertThat(speaker(cues, "unhinged")).isEqualTo("Jeb Lorne");
    }
}
