package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthSurnamesTest {

    /** Tokens of "word/TAG/NER" items separated by single spaces. */
    private static List<Token> tokens(String... items) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String item : items) {
            String[] p = item.split("/");
            out.add(new Token(out.size(), p[0], p[1], p[2], at, at + p[0].length(), 0));
            at += p[0].length() + 1;
        }
        return out;
    }

    private static List<String> names(List<Token> tokens) {
        MonthSurnames.relabel(tokens, 0, tokens.size());
        return tokens.stream().map(Token::ner).toList();
    }

    @Test
    void aMonthAfterAPersonsNameIsTheSurname() {
        assertThat(names(tokens("Theresa/NNP/PERSON", "May/NNP/O", "said/VBD/O")))
                .containsExactly("PERSON", "PERSON", "O");
    }

    @Test
    void aMonthWithADayOrAYearStaysAMonth() {
        assertThat(names(tokens("Smith/NNP/PERSON", "May/NNP/O", "2005/CD/O"))).containsExactly("PERSON", "O", "O");
        assertThat(names(tokens("in/IN/O", "May/NNP/O", "he/PRP/O"))).containsExactly("O", "O", "O");
    }
}
