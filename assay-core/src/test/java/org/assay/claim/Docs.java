package org.assay.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.article.Article;
import org.assay.article.Span;
import org.assay.entity.Entities;
import org.assay.entity.Entity;
import org.assay.entity.EntityType;
import org.assay.entity.Mention;
import org.assay.nlp.Annotated;
import org.assay.nlp.Sentence;
import org.assay.quote.Quote;
import org.assay.quote.QuoteKind;
import org.assay.quote.Speaker;

/** Builds hand-made stage inputs for claim tests, without loading any model. */
final class Docs {

    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?][”\"’)]*(?=\\s|$)|$)", Pattern.MULTILINE);

    private Docs() {
    }

    static String resource(String name) {
        try (InputStream in = Docs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text split into sentences at final stops and line ends; no tokens. */
    static Annotated doc(String text, LocalDate published) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group();
            int start = m.start() + (s.length() - s.stripLeading().length());
            int end = m.start() + s.stripTrailing().length();
            if (end > start) {
                sentences.add(new Sentence(sentences.size(), start, end, 0, 0));
            }
        }
        Article article = new Article("t", null, published, null, null, text, List.of());
        return new Annotated(article, article.analysisText(), List.of(), sentences, List.of());
    }

    static Annotated doc(String text) {
        return doc(text, LocalDate.of(2025, 3, 1));
    }

    /** One entity known to the test. */
    record Known(String name, EntityType type, String... surfaces) {
    }

    static Known person(String name, String... surfaces) {
        return new Known(name, EntityType.PERSON, surfaces);
    }

    static Known country(String name, String... surfaces) {
        return new Known(name, EntityType.COUNTRY, surfaces);
    }

    static Known org(String name, String... surfaces) {
        return new Known(name, EntityType.ORGANIZATION, surfaces);
    }

    /** Entities with a mention at every whole-word occurrence of each surface form (the name included). */
    static Entities entities(String text, Known... known) {
        List<Entity> all = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int n = 0;
        for (Known k : known) {
            String id = "e" + (++n);
            List<String> forms = new ArrayList<>(List.of(k.surfaces()));
            forms.add(0, k.name());
            List<Span> spans = new ArrayList<>();
            for (String form : forms) {
                Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(form) + "(?![\\p{L}])").matcher(text);
                while (m.find()) {
                    Span s = new Span(m.start(), m.end());
                    if (spans.stream().noneMatch(x -> x.overlaps(s))) {
                        spans.add(s);
                    }
                }
            }
            spans.sort(null);
            all.add(new Entity(id, k.name(), k.type(), List.of(), null, List.of(k.surfaces()), spans));
            spans.forEach(s -> mentions.add(new Mention(s, id, k.type(), 0, 0)));
        }
        return new Entities(all, mentions);
    }

    /** A quote over the first occurrence of {@code words}, attributed to {@code speaker} (an entity of {@code ents}). */
    static Quote quote(String text, String words, QuoteKind kind, String cue, String speaker, Entities ents) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        String id = ents.all().stream().filter(e -> e.name().equals(speaker)).map(Entity::id).findFirst().orElse(null);
        return new Quote("q" + start, kind, words, start, start + words.length(), cue,
                new Speaker(id, speaker, new Span(0, 1)), 0.9);
    }
}
