package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounCompoundsTest {

    /** Tokens of "word/TAG" items; an item written "+word/TAG" touches the one before it (no space). */
    private static List<Token> tokens(String... items) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String item : items) {
            boolean touching = item.startsWith("+");
            String[] parts = (touching ? item.substring(1) : item).split("/");
            int start = out.isEmpty() || touching ? at : at + 1;
            out.add(new Token(out.size(), parts[0], parts[1], "O", start, start + parts[0].length(), 0));
            at = start + parts[0].length();
        }
        return out;
    }

    private static List<String> retagged(List<Token> tokens) {
        NounCompounds.retag(tokens, 0, tokens.size());
        return tokens.stream().map(Token::tag).toList();
    }

    @Test
    void aFractionThatNoNounFollowsIsANoun() {
        assertThat(retagged(tokens("Nearly/RB", "a/DT", "third/JJ", "said/VBD"))).containsExactly("RB", "DT", "NN", "VBD");
        assertThat(retagged(tokens("a/DT", "third/JJ", "term/NN"))).containsExactly("DT", "JJ", "NN");
        assertThat(retagged(tokens("two/CD", "thirds/JJ", "agreed/VBD"))).containsExactly("CD", "NNS", "VBD");
    }

    @Test
    void aHyphenatedNounEndingInAParticleIsANoun() {
        assertThat(retagged(tokens("a/DT", "voice/NN", "+-/HYPH", "+over/RB", "in/IN")))
                .containsExactly("DT", "NN", "HYPH", "NN", "IN");
        assertThat(retagged(tokens("voice/NN", "-/HYPH", "over/RB"))).containsExactly("NN", "HYPH", "RB");
        assertThat(retagged(tokens("mother/NN", "+-/HYPH", "+in/IN", "+-/HYPH", "+law/NN")))
                .containsExactly("NN", "HYPH", "IN", "HYPH", "NN");
    }
}
