package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApostrophesTest {

    /** Tokens of {@code text} split at spaces and before a trailing apostrophe, with the given tags. */
    private static List<Token> tokens(String text, String... tags) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = i;
            if ("’'‘".indexOf(text.charAt(i)) >= 0) {
                end = i + 1;
            } else {
                while (end < text.length() && text.charAt(end) != ' ' && "’'".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
            }
            out.add(new Token(out.size(), text.substring(i, end), tags[out.size()], "O", i, end, 0));
            i = end;
        }
        return out;
    }

    private static List<String> retagged(String text, String... tags) {
        List<Token> tokens = tokens(text, tags);
        Apostrophes.retag(tokens, 0, tokens.size(), text);
        return tokens.stream().map(Token::tag).toList();
    }

    @Test
    void aPluralPossessiveTakenForAClosingQuoteIsAPossessive() {
        assertThat(retagged("Weaver , Sanders’ campaign manager", "NNP", ",", "NNP", "''", "NN", "NN"))
                .containsExactly("NNP", ",", "NNP", "POS", "NN", "NN");
    }

    @Test
    void aVerbTagAfterThePossessiveBecomesANoun() {
        assertThat(retagged("with Sanders’ comments Tuesday", "IN", "NNP", "''", "VBZ", "NNP"))
                .containsExactly("IN", "NNP", "POS", "NNS", "NNP");
    }

    @Test
    void aClosingQuoteAfterAnOpeningOneStaysAQuote() {
        assertThat(retagged("the ‘winners’ list", "DT", "``", "NNS", "''", "NN"))
                .containsExactly("DT", "``", "NNS", "''", "NN");
    }

    @Test
    void aMarkNotAfterAWordEndingInSStaysAQuote() {
        assertThat(retagged("he won’ said", "PRP", "VBD", "''", "VBD"))
                .containsExactly("PRP", "VBD", "''", "VBD");
    }
}
