package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private final QuoteMarks marks = new QuoteMarks();

    private static List<String> texts(String text, List<Quotation> found) {
        return found.stream().map(q -> text.substring(q.textStart(), q.textEnd())).toList();
    }

    @Test
    void curlyDoubleQuotesAreFoundWithoutTheirMarks() {
        String text = "“We are ready,” she said. He called it “a step.”";
        assertThat(texts(text, marks.find(text))).containsExactly("We are ready,", "a step.");
    }

    @Test
    void straightDoubleQuotesPairUpInOrder() {
        String text = "\"First,\" he said, \"and second.\"";
        assertThat(texts(text, marks.find(text))).containsExactly("First,", "and second.");
    }

    @Test
    void aQuotationReopenedAfterAFinishedSentenceIsTwoParagraphsOfOneQuote() {
        String text = "She said: \"We have doubled it. \"We will go further.\" She said more was coming.";
        List<Quotation> found = marks.find(text);
        assertThat(texts(text, found)).containsExactly("We have doubled it.", "We will go further.");
        assertThat(found.get(1).continues()).isTrue();
        String closed = "He said \"no.\" Then \"yes\" came.";
        assertThat(texts(closed, marks.find(closed))).containsExactly("no.", "yes");
    }

    @Test
    void inchMarksAfterDigitsDoNotOpenAQuote() {
        String text = "A 12\" pipe and a \"real\" problem.";
        assertThat(texts(text, marks.find(text))).containsExactly("real");
    }

    @Test
    void guillemetsAndLowHighQuotesAreQuotations() {
        String text = "Il a dit «nous partons» hier. Er sagte „wir gehen“ heute.";
        assertThat(texts(text, marks.find(text))).containsExactly("nous partons", "wir gehen");
    }

    @Test
    void singleQuotesAreToldApartFromApostrophes() {
        String text = "The mayor’s plan was called ‘a disaster’ by critics who don’t like it.";
        assertThat(texts(text, marks.find(text))).containsExactly("a disaster");
    }

    @Test
    void straightSingleQuotesSkipPluralPossessives() {
        String text = "The voters' choice was 'clear' and the players' union agreed.";
        assertThat(texts(text, marks.find(text))).containsExactly("clear");
    }

    @Test
    void singleQuotesNestedInADoubleQuoteBelongToIt() {
        String text = "“He told me ‘go home’ and left,” she said.";
        List<Quotation> found = marks.find(text);
        assertThat(texts(text, found)).containsExactly("He told me ‘go home’ and left,");
    }

    @Test
    void aQuoteLeftOpenRunsOnIntoTheNextParagraphThatReopensIt() {
        String text = "“The first paragraph of the speech.\n“The second one ends here,” he said.\n";
        List<Quotation> found = marks.find(text);
        assertThat(texts(text, found)).containsExactly("The first paragraph of the speech.",
                "The second one ends here,");
        assertThat(found.get(0).closed()).isFalse();
        assertThat(found.get(1).continues()).isTrue();
    }

    @Test
    void aCurlyQuoteMayRunOnWithoutRepeatingItsOpeningMark() {
        String text = "“My parents came here with nothing.\n\nThey built a shop.” ― Rosa Medina\n\nShe smiled. "
                + "\"Yes.\"\n";
        List<Quotation> found = marks.find(text);
        assertThat(texts(text, found)).containsExactly("My parents came here with nothing.", "They built a shop.",
                "Yes.");
        assertThat(found.get(1).continues()).isTrue();
        assertThat(found.get(1).closed()).isTrue();
        assertThat(found.get(2).continues()).isFalse();
    }

    @Test
    void aParagraphAfterAnOpenQuoteThatClosesNoneIsNotAContinuation() {
        String text = "“We will see.\n\nThe council met on Monday.\n";
        assertThat(texts(text, marks.find(text))).containsExactly("We will see.");
    }

    @Test
    void blankLinesSeparateParagraphsWhenTheTextHasThem() {
        String text = "“One paragraph\nwrapped over two lines,” she said.\n\n“Next.”";
        List<Quotation> found = marks.find(text);
        assertThat(texts(text, found)).containsExactly("One paragraph\nwrapped over two lines,", "Next.");
        assertThat(found.get(1).paragraph()).isEqualTo(found.get(0).paragraph() + 1);
    }

    @Test
    void lineBreaksSeparateParagraphsInATextWhoseLongLinesAreNotWrapped() {
        String line = "The mayor spoke for an hour about the harbour, the ferry fares and the roads that the town"
                + " has to repair before winter.";
        String text = line + "\n“We will pay for it,” she said.\n\n" + line + "\n“Not this year.”\n";
        int[] starts = QuoteMarks.paragraphStarts(text);
        assertThat(starts).hasSize(4);
        List<Quotation> found = marks.find(text);
        assertThat(found).hasSize(2);
        assertThat(starts[found.get(0).paragraph()]).isEqualTo(line.length() + 1);
        assertThat(text.substring(starts[found.get(1).paragraph()], found.get(1).open())).isBlank();
    }

    @Test
    void aStraightMarkBeforeAnAngleBracketClosesMarkupAndOpensNoQuote() {
        String text = "<tweet date=\"May 1,\n\">Ferries run on time.<tweet/>\nShe said \"yes\" twice.";
        assertThat(texts(text, marks.find(text))).contains("yes").noneMatch(t -> t.startsWith(">"));
    }

    @Test
    void aMisprintedOpeningMarkClosesTheQuote() {
        String text = "He called it “abhorrent“ on Sunday.";
        assertThat(texts(text, marks.find(text))).containsExactly("abhorrent");
    }

    @Test
    void doubledApostrophesAreNotSingleQuotationMarks() {
        String text = "''We will win,'' she said, and ''soon.''";
        assertThat(new QuoteMarks().find(text)).isEmpty();
    }

    @Test
    void aSingleQuoteNestedInDoubledApostrophesEndsAtTheFirstOfThree() {
        String text = "''He said, 'Not now,''' she said.";
        List<Quotation> found = new QuoteMarks().find(text);
        assertThat(found).extracting(q -> text.substring(q.textStart(), q.textEnd())).containsExactly("Not now,");
    }
}
