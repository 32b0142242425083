package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assay.entity.Entities;
import org.junit.jupiter.api.Test;

class CheckworthinessTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private double score(String sentence) {
        return extractor.checkworthiness(Docs.doc(sentence), Entities.NONE);
    }

    @Test
    void aFigureWithAUnitOutscoresTheSameSentenceWithoutOne() {
        assertThat(score("Exports reached 4.2 million tonnes in 2023."))
                .isGreaterThan(score("Exports reached a new level in 2023."));
    }

    @Test
    void questionsPredictionsAndOpinionsScoreBelowStatements() {
        double statement = score("Unemployment fell to 5 percent in March.");
        assertThat(score("Will unemployment fall to 5 percent in March?")).isLessThan(statement);
        assertThat(score("Unemployment will probably fall to 5 percent in March.")).isLessThan(statement);
        assertThat(score("I think the plan is a great thing for everyone.")).isLessThan(0.5);
    }

    @Test
    void aRankingAndANamedComparisonAreCheckWorthy() {
        assertThat(score("Chile has the world's largest copper reserves.")).isGreaterThanOrEqualTo(0.5);
        assertThat(extractor.checkworthiness(Docs.doc("Chile mines more copper than Peru."),
                Docs.entities("Chile mines more copper than Peru.", Docs.country("Chile"), Docs.country("Peru"))))
                .isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        for (String s : List.of("", "?", "Really?", "In 2020 the 3 largest of 5 firms sold 40% more than in 2019, "
                + "according to data from the agency, rising 12% to $3bn.")) {
            assertThat(score(s)).isBetween(0.0, 1.0);
        }
    }
}
