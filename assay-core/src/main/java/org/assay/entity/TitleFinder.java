package org.assay.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.assay.nlp.Token;

/**
 * Reads a person's titles and affiliation from the words around one of their mentions:
 * <ul>
 *   <li>pre-modifiers: "Kremlin spokesman Dmitry Peskov" (spokesman; Kremlin), "French President Emmanuel Macron"
 *       (President; France), "Secretary of State John Kerry", "Russia's foreign minister Sergei Lavrov";</li>
 *   <li>a possessive owner: "the Kremlin's Peskov" (Kremlin);</li>
 *   <li>an apposition: "Jane Roe, a member of the Senate Finance Committee," (member; Senate Finance Committee).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class TitleFinder {

    /** What the prose says a person is. */
    record Role(List<String> titles, String affiliation) {
        Role {
            titles = List.copyOf(titles);
        }
    }

    private static final int MAX_APPOSITION = 12;
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?");
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z].*");
    private static final Pattern APPOSITION_STOP = Pattern.compile("[,;:()\"“”]|--|—");
    private static final Pattern APPOSITION_OPENER = Pattern.compile("(?i)a|an|the|former");
    private static final Pattern AFFILIATION_LINK = Pattern.compile("of|for|at|with");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final CountryGazetteer gazetteer;

    TitleFinder(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Role around(String text, List<Token> tokens, int first, int end, List<EntityRecognizer.Raw> raws) {
        List<String> titles = new ArrayList<>();
        String affiliation = null;
        int sentence = tokens.get(first).sentence();
        int i = first - 1;
        while (i >= 0 && tokens.get(i).sentence() == sentence && Titles.isHonorific(tokens.get(i).word())
                && !tokens.get(i).word().equalsIgnoreCase("the")) {
            i--;
        }
        int titleEnd = i + 1;
        while (i >= 0 && tokens.get(i).sentence() == sentence && titleToken(tokens, i)) {
            i--;
        }
        int titleStart = i + 1;
        String title = titleText(text, tokens, titleStart, titleEnd);
        if (title != null) {
            titles.add(title);
        }
        if (i >= 0 && tokens.get(i).sentence() == sentence) {
            int owner = POSSESSIVE.matcher(tokens.get(i).word()).matches() ? i - 1 : i;
            if (title != null || owner < i) {
                affiliation = ownerName(tokens, owner, raws).orElse(null);
            }
        }
        Role apposition = apposition(text, tokens, end, raws);
        for (String t : apposition.titles()) {
            if (!titles.contains(t)) {
                titles.add(t);
            }
        }
        return new Role(titles, affiliation != null ? affiliation : apposition.affiliation());
    }

    private static boolean titleToken(List<Token> tokens, int i) {
        String w = tokens.get(i).word();
        if (Titles.isTitleWord(w) && !w.equalsIgnoreCase("the")) {
            return true;
        }
        return (w.equals("of") || w.equals("for")) && i > 0 && Titles.isHead(tokens.get(i - 1).word());
    }

    /** The title between [from, to), trimmed to end on a head word; null when there is none. */
    private static String titleText(String text, List<Token> tokens, int from, int to) {
        int last = to - 1;
        while (last >= from && !Titles.isHead(tokens.get(last).word())
                && !CAPITALISED.matcher(tokens.get(last).word()).matches()) {
            last--;
        }
        boolean hasHead = false;
        for (int t = from; t <= last; t++) {
            hasHead |= Titles.isHead(tokens.get(t).word());
        }
        while (from <= last && (tokens.get(from).word().equals("of") || tokens.get(from).word().equals("for"))) {
            from++;
        }
        if (!hasHead || from > last) {
            return null;
        }
        return WHITE_SPACE.matcher(text.substring(tokens.get(from).start(), tokens.get(last).end())).replaceAll(" ");
    }

    private Optional<String> ownerName(List<Token> tokens, int i, List<EntityRecognizer.Raw> raws) {
        if (i < 0) {
            return Optional.empty();
        }
        for (EntityRecognizer.Raw r : raws) {
            if (r.firstToken() <= i && i < r.endToken() && r.type() != EntityType.PERSON) {
                return Optional.of(r.key());
            }
        }
        Token t = tokens.get(i);
        if (t.isProperNoun() && Character.isUpperCase(t.word().charAt(0))) {
            return Optional.of(gazetteer.lookup(t.word()).map(e -> e.country().name()).orElse(t.word()));
        }
        return Optional.empty();
    }

    /** ", a member of the Y committee," right after the name. */
    private Role apposition(String text, List<Token> tokens, int end, List<EntityRecognizer.Raw> raws) {
        if (end >= tokens.size() || !tokens.get(end).word().equals(",")) {
            return new Role(List.of(), null);
        }
        int sentence = tokens.get(end).sentence();
        int stop = end + 1;
        while (stop < tokens.size() && stop - end <= MAX_APPOSITION && tokens.get(stop).sentence() == sentence
                && !APPOSITION_STOP.matcher(tokens.get(stop).word()).matches()) {
            stop++;
        }
        if (stop >= tokens.size() || !tokens.get(stop).word().equals(",") && !tokens.get(stop).word().equals(".")) {
            return new Role(List.of(), null);
        }
        int from = end + 1;
        if (from < stop && APPOSITION_OPENER.matcher(tokens.get(from).word()).matches()) {
            from++;
        }
        int head = -1;
        for (int t = from; t < stop; t++) {
            if (Titles.isHead(tokens.get(t).word())) {
                head = t;
                break;
            }
            if (tokens.get(t).isVerb()) {
                return new Role(List.of(), null);
            }
        }
        if (head < 0) {
            return new Role(List.of(), null);
        }
        int titleStart = head;
        // "chief executive", "chief economic adviser": the title runs on to its last head word
        for (int t = head + 1; t < stop && (Titles.isTitleWord(tokens.get(t).word()) || t + 1 < stop
                && tokens.get(t).tag().equals("JJ") && Titles.isHead(tokens.get(t + 1).word())); t++) {
            if (Titles.isHead(tokens.get(t).word())) {
                head = t;
            }
        }
        while (titleStart > from && Titles.isTitleWord(tokens.get(titleStart - 1).word())) {
            titleStart--;
        }
        String title = text.substring(tokens.get(titleStart).start(), tokens.get(head).end());
        String affiliation = null;
        if (titleStart > from) {
            boolean possessive = POSSESSIVE.matcher(tokens.get(titleStart - 1).word()).matches();
            int owner = possessive ? titleStart - 2 : titleStart - 1;
            affiliation = ownerName(tokens, owner, raws).orElse(null);
        }
        if (affiliation == null && head + 1 < stop && AFFILIATION_LINK.matcher(tokens.get(head + 1).word()).matches()) {
            int a = head + 2;
            if (a < stop && tokens.get(a).word().equalsIgnoreCase("the")) {
                a++;
            }
            if (a < stop && Character.isUpperCase(tokens.get(a).word().charAt(0))) {
                affiliation = text.substring(tokens.get(a).start(), tokens.get(stop - 1).end());
                affiliation = gazetteer.lookup(affiliation).map(e -> e.country().name()).orElse(affiliation);
            }
        }
        return new Role(List.of(title), affiliation);
    }
}
