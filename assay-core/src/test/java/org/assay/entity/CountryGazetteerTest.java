package org.assay.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryGazetteerTest {

    private final CountryGazetteer gazetteer = CountryGazetteer.bundled();

    private String country(String surface) {
        return gazetteer.lookup(surface).map(e -> e.country().name()).orElse(null);
    }

    @Test
    void abbreviationsNamesAndDemonymsFoldIntoOneCountry() {
        assertThat(country("US")).isEqualTo("United States");
        assertThat(country("U.S.")).isEqualTo("United States");
        assertThat(country("America")).isEqualTo("United States");
        assertThat(country("American")).isEqualTo("United States");
        assertThat(country("Americans")).isEqualTo("United States");
        assertThat(country("Russian Federation")).isEqualTo("Russia");
        assertThat(country("Ukrainian")).isEqualTo("Ukraine");
        assertThat(country("French")).isEqualTo("France");
        assertThat(country("Israelis")).isEqualTo("Israel");
    }

    @Test
    void lookupsAreCaseSensitiveSoThePronounUsIsNoCountry() {
        assertThat(country("us")).isNull();
    }

    @Test
    void everyMemberStateIsThere() {
        for (String name : new String[] {"Bhutan", "Eswatini", "Tuvalu", "Zimbabwe", "Kyrgyzstan", "Suriname"}) {
            assertThat(country(name)).as(name).isEqualTo(name);
        }
        assertThat(gazetteer.lookup("Côte d’Ivoire")).isPresent();
        assertThat(gazetteer.lookup("Germany").orElseThrow().country().iso3()).isEqualTo("DEU");
    }

    @Test
    void demonymsAreMarkedAsSuch() {
        assertThat(gazetteer.lookup("Ukrainian").orElseThrow().form()).isEqualTo(CountryGazetteer.Form.DEMONYM);
        assertThat(gazetteer.lookup("Ukraine").orElseThrow().form()).isEqualTo(CountryGazetteer.Form.NAME);
    }

    @Test
    void countriesCarryTheirRegions() {
        assertThat(gazetteer.lookup("Germany").orElseThrow().country().regions())
                .containsExactly("Europe", "European Union");
        assertThat(gazetteer.lookup("Russia").orElseThrow().country().regions()).contains("Europe", "Asia");
        assertThat(gazetteer.countries()).allSatisfy(c -> assertThat(c.regions()).as(c.name()).isNotEmpty());
    }

    @Test
    void capitalsAreKeptApartFromTheCountrysNames() {
        assertThat(gazetteer.lookup("China").orElseThrow().country().capitals()).containsExactly("Beijing");
        assertThat(gazetteer.lookup("Beijing")).isEmpty();
        assertThat(gazetteer.surfaces()).contains("Ukraine", "Ukrainian", "Ukrainians").doesNotContain("Kyiv");
    }

    @Test
    void listedPluralsOfDemonymsAreFound() {
        assertThat(country("Poles")).isEqualTo("Poland");
        assertThat(country("New Zealanders")).isEqualTo("New Zealand");
    }
}
