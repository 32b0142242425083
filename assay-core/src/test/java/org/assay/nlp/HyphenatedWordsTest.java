package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenatedWordsTest {

    /** The tokens of {@code text} split at spaces and around each hyphen, with their offsets. */
    private static List<CoreLabel> tokens(String text) {
        List<CoreLabel> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = i + 1;
            while (text.charAt(i) != '-' && end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '-') {
                end++;
            }
            CoreLabel label = new CoreLabel();
            label.setWord(text.substring(i, end));
            label.setBeginPosition(i);
            label.setEndPosition(end);
            out.add(label);
            i = end;
        }
        return out;
    }

    @Test
    void aWordSplitAtItsHyphensIsReadWhole() {
        List<CoreLabel> tokens = tokens("Ban Ki-moon met Jean-Claude - and Rolls-Royce");
        int[] of = HyphenatedWords.wordOf(tokens);
        String[] words = tokens.stream().map(CoreLabel::word).toArray(String[]::new);
        assertThat(HyphenatedWords.join(words, of))
                .containsExactly("Ban", "Ki-moon", "met", "Jean-Claude", "-", "and", "Rolls-Royce");
        assertThat(of).containsExactly(0, 1, 1, 1, 2, 3, 3, 3, 4, 5, 6, 6, 6);
    }

    @Test
    void nothingSplitGivesTheWordsAsTheyAre() {
        String[] words = {"no", "hyphen", "here"};
        assertThat(HyphenatedWords.join(words, HyphenatedWords.wordOf(tokens("no hyphen here")))).isSameAs(words);
    }
}
