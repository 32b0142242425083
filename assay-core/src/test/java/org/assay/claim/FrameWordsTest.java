package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameWordsTest {

    @Test
    void worldWordsSpeakOfTheWorldAsAWhole() {
        assertThat(FrameWords.world("global tin output rose")).isTrue();
        assertThat(FrameWords.world("Freedonia's tin output rose")).isFalse();
    }

    @Test
    void shareWordsCallAFigureAPartOfAWhole() {
        assertThat(FrameWords.share("40 percent of the world's tin")).isTrue();
        assertThat(FrameWords.share("a 40 percent share")).isTrue();
        assertThat(FrameWords.share("40 percent of voters")).isFalse();
    }

    @Test
    void aDenialIsNegationButNotOnlyIsNot() {
        assertThat(FrameWords.negated("Freedonia isn’t the largest tin producer")).isTrue();
        assertThat(FrameWords.negated("Freedonia is no longer the largest tin producer")).isTrue();
        assertThat(FrameWords.negated("Freedonia is not only the largest tin producer")).isFalse();
        assertThat(FrameWords.negated("The pact - meant to ensure members do not borrow too much - caps deficits at 3%"))
                .isFalse();
        assertThat(FrameWords.negated("Exports (which did not fall) rose 5%")).isFalse();
    }
}
