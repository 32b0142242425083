package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.nlp.Token;
import org.junit.jupiter.api.Test;

/** Which earlier person a description such as "the senator" stands for, on hand-tagged token lists. */
class DescribedPersonTest {

    /** Tokens from "word/TAG" pairs, one space apart, all in sentence 0. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            out.add(new Token(out.size(), word, pair.substring(slash + 1), "O", offset, offset + word.length(), 0));
            offset += word.length() + 1;
        }
        return out;
    }

    private static Entity person(String id, String name, List<String> titles, String affiliation, int at) {
        return new Entity(id, name, EntityType.PERSON, titles, affiliation, List.of(), List.of(new Span(at, at + 4)));
    }

    private static final List<Token> SENTENCE = tokens(
            "Earlier/RB the/DT Ohio/NNP senator/NN said/VBD the/DT former/JJ secretary/NN of/IN state/NN spoke/VBD");

    @Test
    void theOnePersonWithTheTitleWrittenShortIsTheOneDescribed() {
        Entities entities = new Entities(List.of(person("e1", "Ann Vale", List.of("Sen."), "Ohio", 0)), List.of());
        assertThat(new DescribedPerson(SENTENCE, entities).of(1, 4)).map(Entity::name).contains("Ann Vale");
    }

    @Test
    void theOnlyTitledPersonIsNotDescribedByAPlaceNotKnownOfThem() {
        Entities entities = new Entities(List.of(person("e1", "Ann Vale", List.of("Sen."), null, 0)), List.of());
        assertThat(new DescribedPerson(SENTENCE, entities).of(1, 4)).isEmpty();
    }

    @Test
    void twoPeopleWithTheTitleLeaveTheDescriptionUnresolved() {
        Entities entities = new Entities(List.of(person("e1", "Ann Vale", List.of("senator"), "Ohio", 0),
                person("e2", "Bo Reed", List.of("Senator"), "Ohio", 0)), List.of());
        assertThat(new DescribedPerson(SENTENCE, entities).of(1, 4)).isEmpty();
    }

    @Test
    void aPlaceInTheDescriptionMustBeKnownOfThePerson() {
        Entities entities = new Entities(List.of(person("e1", "Ann Vale", List.of("senator"), "Iowa", 0),
                person("e2", "Bo Reed", List.of("senator"), "Ohio", 0)), List.of());
        assertThat(new DescribedPerson(SENTENCE, entities).of(1, 4)).map(Entity::name).contains("Bo Reed");
    }

    @Test
    void theHeadBeforeOfNamesTheRole() {
        Entities entities = new Entities(List.of(person("e1", "Cy Lund", List.of("secretary"), null, 0)), List.of());
        assertThat(new DescribedPerson(SENTENCE, entities).of(5, 10)).map(Entity::name).contains("Cy Lund");
    }

    @Test
    void aPersonFirstNamedAfterTheDescriptionIsNotTheOneDescribed() {
        Entities entities = new Entities(List.of(person("e1", "Ann Vale", List.of("senator"), null, 80)), List.of());
        assertThat(new DescribedPerson(SENTENCE, entities).of(1, 4)).isEmpty();
    }

    @Test
    void aPhraseWithoutTheIsNoDescription() {
        Entities entities = new Entities(List.of(person("e1", "Ann Vale", List.of("senator"), null, 0)), List.of());
        assertThat(new DescribedPerson(SENTENCE, entities).of(2, 4)).isEmpty();
    }
}
