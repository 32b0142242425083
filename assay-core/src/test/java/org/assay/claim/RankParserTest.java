package org.assay.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankParserTest {

    private final RankParser parser = new RankParser();

    private Rank only(String text) {
        List<Rank> found = parser.parse(text);
        assertThat(found).as("ranks in: %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void ordinalSuperlativeWithTheNamesAheadAndTheWorldAsScope() {
        Rank r = only("Norway has the world's fifth-largest reserves after Chile, Peru, Mexico and Canada, a survey said.");
        assertThat(r.position()).isEqualTo(5);
        assertThat(r.superlative()).isEqualTo("largest");
        assertThat(r.largestFirst()).isTrue();
        assertThat(r.scope()).isEqualTo("world");
        assertThat(r.ahead()).containsExactly("Chile", "Peru", "Mexico", "Canada");
        assertThat(r.text()).isEqualTo("world's fifth-largest");
        assertThat(r.hedge()).isEqualTo(Hedge.EXACT);
    }

    @Test
    void ordinalsWithSpacesNumeralsAndOtherSuperlatives() {
        assertThat(only("the third-largest producer").position()).isEqualTo(3);
        assertThat(only("the second biggest economy").position()).isEqualTo(2);
        assertThat(only("its 4th largest market").position()).isEqualTo(4);
        assertThat(only("the twenty-first largest city").position()).isEqualTo(21);
        Rank low = only("the second-lowest turnout");
        assertThat(low.largestFirst()).isFalse();
    }

    @Test
    void secondOnlyToNamesTheOneAhead() {
        Rank r = only("Its reserves are second only to China.");
        assertThat(r.position()).isEqualTo(2);
        assertThat(r.ahead()).containsExactly("China");
        assertThat(r.superlative()).isEmpty();
    }

    @Test
    void plainSuperlativeAfterTheOrAPossessiveIsFirstPlace() {
        Rank r = only("It is the largest producer in Europe.");
        assertThat(r.position()).isEqualTo(1);
        assertThat(r.scope()).isEqualTo("Europe");
        Rank owned = only("Poland's biggest mine");
        assertThat(owned.position()).isEqualTo(1);
        assertThat(owned.scope()).isEqualTo("Poland");
    }

    @Test
    void oneOfTheLargestAndOpinionsAreNotRankings() {
        assertThat(parser.parse("one of the largest producers")).isEmpty();
        assertThat(parser.parse("among the world's biggest exporters")).isEmpty();
        assertThat(parser.parse("Several of Poland's biggest firms")).isEmpty();
        assertThat(parser.parse("the best deal and the most important question")).isEmpty();
    }

    @Test
    void ranksAndTopN() {
        assertThat(only("The country ranks fourth in output.").position()).isEqualTo(4);
        Rank top = only("It is among the top five producers.");
        assertThat(top.position()).isEqualTo(5);
        assertThat(top.hedge()).isEqualTo(Hedge.AT_MOST);
    }

    @Test
    void behindListsTheNamesAhead() {
        Rank r = only("It was the third-largest exporter, behind the U.S. and Brazil.");
        assertThat(r.ahead()).containsExactly("U.S.", "Brazil");
    }

    @Test
    void oneOfTheLargestIsAPlaceNearTheTopWithoutAPosition() {
        String s = "Freedonia is one of the world's largest tin producers";
        NearTop n = parser.nearTop(s, 100);
        assertThat(n.superlative()).isEqualTo("largest");
        assertThat(n.text()).isEqualTo("one of the world's largest");
        assertThat(n.span().start()).isEqualTo(100 + s.indexOf("one of"));
        assertThat(parser.parse(s)).isEmpty();
        assertThat(parser.nearTop("Freedonia is the largest tin producer", 0)).isNull();
    }

    @Test
    void aRankingAgainstThePastKeepsItsRunOfYears() {
        PastRun since = only("Freedonia's inflation in 2019 was the highest since 1994").past();
        assertThat(since.sinceYear()).isEqualTo(1994);
        assertThat(since.since(2019)).isEqualTo(1994);
        assertThat(only("the lowest jobless rate since the 1970s").past().sinceYear()).isEqualTo(1979);
        PastRun run = only("unemployment is at its lowest level for 18 years").past();
        assertThat(run.years()).isEqualTo(18);
        assertThat(run.since(2010)).isEqualTo(1992);
        assertThat(only("the highest rate in a decade").past().years()).isEqualTo(10);
        PastRun record = only("the highest price on record").past();
        assertThat(record.since(2010)).isNull();
        assertThat(only("the third-largest producer, ahead of Peru").past()).isNull();
        Rank weakest = only("growth was the weakest since 1976");
        assertThat(weakest.largestFirst()).isFalse();
        assertThat(weakest.past().sinceYear()).isEqualTo(1976);
        assertThat(parser.parse("the weakest economy")).isEmpty();
        assertThat(only("the world's largest port, Rotterdam").ranked()).isEqualTo("port");
        assertThat(only("the largest in Europe").ranked()).isEmpty();
    }

    @Test
    void theNamesARankingLeavesOutAreRead() {
        assertThat(only("Outside China, Myanmar is the biggest rare earth producer").excluded()).containsExactly("China");
        assertThat(only("Excluding China and Myanmar, Australia is the largest producer").excluded())
                .containsExactly("China", "Myanmar");
        assertThat(only("The US is the largest producer apart from China").excluded()).containsExactly("China");
        assertThat(only("The US is the largest producer").excluded()).isEmpty();
    }
}
