package org.assay.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.assay.article.Span;

/**
 * A gold annotation in the contract's format ({@code *.gold.json}, docs/CONTRACT.md "Gold files"), as read, before its
 * items are located in the article.
 *
 * @param article   the article file the gold annotates
 * @param published the article's date, or {@code null}
 */
record GoldFile(Path article, LocalDate published, List<Entity> entities, List<Quote> quotes, List<Quote> indirect,
                List<Claim> claims) {

    GoldFile {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        indirect = List.copyOf(indirect);
        claims = List.copyOf(claims);
    }

    /** A gold entity; {@code affiliation} may be {@code null}. */
    record Entity(String name, String type, List<String> aliases, List<String> titles, String affiliation) {
        Entity {
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
            titles = List.copyOf(titles);
        }

        /** True when {@code surface} is the name or an alias, ignoring case. */
        boolean isCalled(String surface) {
            return surface != null
                    && (name.equalsIgnoreCase(surface) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(surface)));
        }
    }

    /**
     * A gold quote or indirect statement.
     *
     * @param kind  DIRECT, PARTIAL, TERM, or {@code null} for an indirect statement
     * @param text  the words, or {@code null} when {@code given} places them (a gold file over an article whose text
     *              may not be copied gives offsets only)
     * @param given the span the gold states ({@code start}/{@code end}), or {@code null} to locate it by its text
     */
    record Quote(String text, String speaker, String kind, boolean optional, Span given) {
        Quote {
            if (text == null && given == null) {
                throw new NullPointerException("text or span");
            }
        }
    }

    /** A gold claim; {@code citedSource} and {@code verdict} may be {@code null}. */
    record Claim(String text, String claimant, String citedSource, String kind, String verdict, boolean optional) {
        Claim {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The gold entity called {@code name} (name or alias, ignoring case), or {@code null}. */
    Entity entityCalled(String name) {
        return entities.stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .or(() -> entities.stream().filter(e -> e.isCalled(name)).findFirst())
                .orElse(null);
    }

    /** True when {@code predicted} names the gold {@code expected}: equal to it or to an alias of its entity. */
    boolean sameName(String expected, String predicted) {
        if (expected == null || predicted == null) {
            return expected == null && predicted == null;
        }
        if (expected.equalsIgnoreCase(predicted.strip())) {
            return true;
        }
        Entity e = entityCalled(expected);
        return e != null && e.isCalled(predicted.strip());
    }
}
