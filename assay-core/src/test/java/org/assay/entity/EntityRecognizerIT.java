package org.assay.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.assay.article.PlainTextReader;
import org.assay.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entities, titles and affiliations on a short article written for this test. */
class EntityRecognizerIT {

    private static Entities entities;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = EntityRecognizerIT.class.getResourceAsStream("roles.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            entities = new EntityRecognizer().recognize(NlpPipeline.load().annotate(new PlainTextReader().read("roles", text)));
        }
    }

    private static Entity named(String name) {
        return entities.all().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + entities.all()));
    }

    @Test
    void titleAndOrganisationBeforeTheNameAndTheSurnameLaterJoinOnePerson() {
        Entity orlov = named("Dmitry Orlov");
        assertThat(orlov.type()).isEqualTo(EntityType.PERSON);
        assertThat(orlov.titles()).containsExactly("spokesman");
        assertThat(orlov.affiliation()).isEqualTo("Kremlin");
        assertThat(orlov.aliases()).contains("Orlov");
        assertThat(orlov.mentions()).hasSize(2);
    }

    @Test
    void demonymBeforeATitleIsTheCountryOfAffiliation() {
        assertThat(named("Marie Lacroix").titles()).contains("President");
        assertThat(named("Marie Lacroix").affiliation()).isEqualTo("France");
        assertThat(named("Olga Petrenko").titles()).containsExactly("Deputy Prime Minister");
        assertThat(named("Olga Petrenko").affiliation()).isEqualTo("Ukraine");
    }

    @Test
    void appositionAddsATitle() {
        assertThat(named("Marie Lacroix").titles()).contains("member");
    }

    @Test
    void abbreviationsDemonymsAndLongNamesFoldIntoCountries() {
        assertThat(named("United States").type()).isEqualTo(EntityType.COUNTRY);
        assertThat(named("United States").aliases()).contains("U.S.", "Americans");
        assertThat(named("Russia").aliases()).contains("Russian Federation");
        assertThat(named("France").aliases()).contains("French");
        assertThat(named("Ukraine").aliases()).contains("Ukrainian");
    }

    @Test
    void aSeatOfGovernmentIsAnOrganisation() {
        assertThat(named("Kremlin").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aSurnameUsedAsAModifierJoinsThePerson() {
        assertThat(entities.all()).noneMatch(e -> e.name().equals("Petrenko"));
        assertThat(named("Olga Petrenko").mentions()).hasSize(3);
    }

    @Test
    void adjectivesTheModelCallsMiscAreNotEntities() {
        assertThat(entities.all()).noneMatch(e -> e.type() == EntityType.MISC);
    }

    @Test
    void aPronounFindsTheNearestPersonBeforeIt() {
        int offset = named("Olga Petrenko").mentions().get(1).end() + 1;
        assertThat(entities.personBefore(offset, 0)).map(Mention::entityId).contains(named("Olga Petrenko").id());
    }

    @Test
    void aTitleAnnouncesAPersonTheModelMissed() {
        assertThat(named("Ban Ki-moon").type()).isEqualTo(EntityType.PERSON);
        assertThat(named("Ban Ki-moon").titles()).contains("Secretary General");
    }
}
