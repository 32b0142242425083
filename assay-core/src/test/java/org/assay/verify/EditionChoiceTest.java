package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionChoiceTest {

    private static final ReferenceData DATA = ReferenceData.load(List.of());
    private static final String USGS = "usgs-mcs-rare-earths";

    @Test
    void theEditionCurrentOnTheArticlesDateIsChosen() {
        assertThat(DATA.choose(USGS, LocalDate.of(2025, 2, 25)).current().id()).isEqualTo("usgs-mcs2025-rare-earths");
        assertThat(DATA.choose(USGS, LocalDate.of(2024, 11, 1)).current().id()).isEqualTo("usgs-mcs2024-rare-earths");
    }

    @Test
    void anEditionIsCurrentFromItsPublicationDay() {
        assertThat(DATA.choose(USGS, LocalDate.of(2025, 1, 31)).current().edition()).isEqualTo("2025-01");
        assertThat(DATA.choose(USGS, LocalDate.of(2025, 1, 30)).current().edition()).isEqualTo("2024-01");
    }

    @Test
    void theOtherEditionsAreKeptForRevisionNotes() {
        ReferenceData.Choice c = DATA.choose(USGS, LocalDate.of(2025, 2, 25));
        assertThat(c.others()).extracting(Dataset::edition).containsExactly("2024-01");
        assertThat(c.note()).isEmpty();
    }

    @Test
    void anArticleOlderThanEveryEditionGetsTheEarliestWithANote() {
        ReferenceData.Choice c = DATA.choose(USGS, LocalDate.of(2020, 5, 1));
        assertThat(c.current().edition()).isEqualTo("2024-01");
        assertThat(c.note()).contains("No edition was out yet");
    }

    @Test
    void anUndatedArticleGetsTheLatestEditionWithANote() {
        ReferenceData.Choice c = DATA.choose(USGS, null);
        assertThat(c.current().edition()).isEqualTo("2025-01");
        assertThat(c.note()).contains("date is unknown");
    }
}
