package org.assay.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assay.article.Span;
import org.junit.jupiter.api.Test;

class PolnearGoldTest {

    static final String TEXT = """
            The harbour master said the pier was "closed for repairs" until May.
            "We will reopen soon," she added, calling the delay "a nuisance".
            A sign read "No entry" and nobody said more.
            He wrote: "This goes on
            to a second line."
            """;

    static String ann() {
        return "T1\tSource " + Fixtures.brat(TEXT, "The harbour master") + "\tx\n"
                + "T2\tContent " + Fixtures.brat(TEXT, "the pier was \"closed for repairs\" until May") + "\tx\n"
                + "E1\tSource:T1 Content:T2\n"
                + "T3\tSource " + Fixtures.brat(TEXT, "she") + "\tx\n"
                + "T4\tContent " + Fixtures.brat(TEXT, "\"We will reopen soon,\"") + ";"
                + Fixtures.brat(TEXT, "calling the delay \"a nuisance\"") + "\tx\n"
                + "E2\tSource:T3 Content:T4\n"
                + "T5\tContent " + Fixtures.brat(TEXT, "\"No entry\"") + "\tx\n"
                + "E3\tContent:T5\n"
                + "T6\tSource " + Fixtures.brat(TEXT, "He") + "\tx\n"
                + "T7\tContent " + Fixtures.brat(TEXT, "\"This goes on\nto a second line.\"") + "\tx\n"
                + "E4\tSource:T6 Content:T7\n";
    }

    @Test
    void goldQuotesAreQuotedStretchesInsideTheContentOfARelationWithASource() {
        PolnearGold gold = PolnearGold.of(TEXT, BratDocument.parse(ann()));

        assertThat(gold.quotes()).extracting(q -> q.span().of(TEXT))
                .containsExactly("closed for repairs", "We will reopen soon,", "a nuisance");
        assertThat(gold.quotes()).extracting(PolnearGold.GoldQuote::speakerLabel)
                .containsExactly("The harbour master", "she", "she");
    }

    @Test
    void relationsWithoutASourceGiveNoAttribution() {
        PolnearGold gold = PolnearGold.of(TEXT, BratDocument.parse(ann()));

        assertThat(gold.attributions()).extracting(PolnearGold.Attribution::sourceText)
                .containsExactly("The harbour master", "she", "He");
    }

    @Test
    void stretchesStayWithinOneLineAndNeedTwoCharacters() {
        String text = "a \"b\" c \"de\" f \"open\nclose\" g “curly” h";

        List<Span> stretches = PolnearGold.quoteStretches(text);

        assertThat(stretches).extracting(s -> s.of(text)).containsExactly("de", "curly");
    }

    @Test
    void aRepeatedOpeningCurlyMarkStartsANewStretch() {
        String text = "“first part “second part”";

        assertThat(PolnearGold.quoteStretches(text)).extracting(s -> s.of(text))
                .containsExactly("first part ", "second part");
    }

    @Test
    void anOpeningCurlyMarkAfterAWordClosesWithoutOpeningAgain() {
        String text = "“yes“ and “no”";

        assertThat(PolnearGold.quoteStretches(text)).extracting(s -> s.of(text)).containsExactly("yes", "no");
    }

    @Test
    void contentSpansSeparatedOnlyByWhiteSpaceAreJoined() {
        String text = "one two, he said, three";

        List<Span> joined = PolnearGold.joinWhiteGaps(text, List.of(new Span(0, 3), new Span(4, 7), new Span(18, 23)));

        assertThat(joined).containsExactly(new Span(0, 7), new Span(18, 23));
    }

    @Test
    void aQuoteInTheGapOfADiscontinuousContentIsNotGold() {
        String text = "Taxes rise, Lee said on \"Morning Show\", and prices too.";
        String ann = "T1\tSource " + Fixtures.brat(text, "Lee") + "\tx\n"
                + "T2\tContent " + Fixtures.brat(text, "Taxes rise") + ";" + Fixtures.brat(text, "and prices too")
                + "\tx\nE1\tSource:T1 Content:T2\n";

        assertThat(PolnearGold.of(text, BratDocument.parse(ann)).quotes()).isEmpty();
    }
}
