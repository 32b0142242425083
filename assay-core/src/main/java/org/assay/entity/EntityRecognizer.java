package org.assay.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.assay.article.Span;
import org.assay.nlp.Annotated;
import org.assay.nlp.NameSpan;
import org.assay.nlp.Token;

/**
 * Finds the people, organisations, countries and places of an article and clusters their mentions.
 *
 * <ul>
 *   <li>Countries come from the bundled {@link CountryGazetteer}, whatever the NER said: names, abbreviations and
 *       demonyms ("U.S.", "Americans", "Russian Federation", "Ukrainian") all fold into one COUNTRY entity. A match
 *       inside a longer organisation or place name ("American Medical Association", "New Mexico") is not a country.</li>
 *   <li>Person spans lose leading titles, honorifics and demonyms the model tagged as part of the name
 *       ("President Donald Trump" is the person "Donald Trump"); a surname or shorter form joins the full name.</li>
 *   <li>Titles and affiliations come from {@link TitleFinder}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; linear in the number of tokens.
 */
public final class EntityRecognizer {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_NOISE = Pattern.compile("['’]s?|[.,]");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    /** Honorifics that announce a name ("Dr. Ann Lee"). */
    private static final Set<String> NAME_HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");

    private final CountryGazetteer gazetteer;
    private final TitleFinder titles;

    public EntityRecognizer() {
        this(CountryGazetteer.bundled());
    }

    public EntityRecognizer(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.titles = new TitleFinder(gazetteer);
    }

    /** A mention before clustering. */
    record Raw(EntityType type, String key, String surface, int start, int end, int firstToken, int endToken) {
        int words() {
            return WHITE_SPACE.split(surface).length;
        }
    }

    public Entities recognize(Annotated doc) {
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        int[] nerSpan = new int[tokens.size()];
        java.util.Arrays.fill(nerSpan, -1);
        for (int n = 0; n < doc.names().size(); n++) {
            NameSpan s = doc.names().get(n);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                nerSpan[t] = n;
            }
        }
        boolean[] taken = new boolean[tokens.size()];
        List<Raw> raws = new ArrayList<>();
        countries(doc, nerSpan, taken, raws);
        for (NameSpan s : doc.names()) {
            names(doc, s, taken, raws);
        }
        titledNames(doc, nerSpan, taken, raws);
        honoredSurnames(doc, nerSpan, taken, raws);
        raws.sort(Comparator.comparingInt(Raw::start));
        return new Clusters(text, tokens, titles).build(raws);
    }

    private void countries(Annotated doc, int[] nerSpan, boolean[] taken, List<Raw> raws) {
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (!Character.isUpperCase(word.charAt(0)) || !gazetteer.mayStartWith(word)) {
                continue;
            }
            for (int n = Math.min(gazetteer.maxWords() + 2, tokens.size() - i); n >= 1; n--) {
                Token last = tokens.get(i + n - 1);
                if (last.sentence() != tokens.get(i).sentence()) {
                    continue;
                }
                String surface = oneSpaced(text.substring(tokens.get(i).start(), last.end()));
                Optional<CountryGazetteer.Entry> entry = gazetteer.lookup(surface);
                if (entry.isEmpty() || insideLongerName(doc, nerSpan, i, i + n)) {
                    continue;
                }
                raws.add(new Raw(EntityType.COUNTRY, entry.get().country().name(), surface, tokens.get(i).start(),
                        last.end(), i, i + n));
                for (int t = i; t < i + n; t++) {
                    taken[t] = true;
                }
                i += n - 1;
                break;
            }
        }
    }

    /** True when tokens [from, to) sit inside a longer non-person, non-MISC name ("New Mexico", "French Open"). */
    private boolean insideLongerName(Annotated doc, int[] nerSpan, int from, int to) {
        int n = nerSpan[from];
        if (n < 0) {
            return false;
        }
        NameSpan s = doc.names().get(n);
        if (s.type().equals("PERSON") || s.type().equals("MISC")) {
            return s.type().equals("PERSON") && from > s.firstToken();
        }
        if (s.firstToken() >= from && s.endToken() <= to) {
            return false;
        }
        String whole = oneSpaced(s.text());
        return gazetteer.lookup(whole).isEmpty();
    }

    private static void names(Annotated doc, NameSpan s, boolean[] taken, List<Raw> raws) {
        List<Token> tokens = doc.tokens();
        int from = s.firstToken();
        int to = s.endToken();
        while (from < to && (taken[from] || (s.type().equals("PERSON") && leadingNoise(tokens.get(from))))) {
            from++;
        }
        while (to > from && (taken[to - 1] || TRAILING_NOISE.matcher(tokens.get(to - 1).word()).matches())) {
            to--;
        }
        for (int t = from; t < to; t++) {
            if (taken[t]) {
                return;
            }
        }
        if (from >= to) {
            return;
        }
        if (!s.type().equals("PERSON") && tokens.get(from).word().equalsIgnoreCase("the")) {
            from++;
        }
        if (from >= to || !Character.isLetterOrDigit(tokens.get(from).word().charAt(0))) {
            return;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String surface = oneSpaced(doc.text().substring(start, end));
        EntityType type = switch (s.type()) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> INSTITUTIONS.contains(surface) || ORGANISATION_HEADS.contains(lastWord(surface))
                    ? EntityType.ORGANIZATION : EntityType.LOCATION;
            default -> EntityType.MISC;
        };
        if (type == EntityType.MISC || type == EntityType.PERSON && to - from == 1 && unlikelyName(tokens.get(from))
                && !(from > 0 && NAME_HONORIFICS.contains(tokens.get(from - 1).word()))) {
            return;
        }
        raws.add(new Raw(type, surface, surface, start, end, from, to));
    }

    /**
     * People the model missed but a title announces: a capitalised title or honorific ("Secretary General", "Dr.")
     * followed by two or more capitalised words it left unlabelled ("Ban Ki-moon"), and no further capitalised word.
     * A hyphen inside a word joins its parts.
     */
    private static void titledNames(Annotated doc, int[] nerSpan, boolean[] taken, List<Raw> raws) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isTitle(tokens.get(i)) || nerSpan[i] >= 0) {
                continue;
            }
            int first = i + 1;
            while (first < tokens.size() && isTitle(tokens.get(first)) && nerSpan[first] < 0) {
                first++;
            }
            int end = first;
            int words = 0;
            while (end < tokens.size() && nerSpan[end] < 0 && !taken[end]
                    && tokens.get(end).sentence() == tokens.get(i).sentence()) {
                Token t = tokens.get(end);
                if (t.isProperNoun() && Character.isUpperCase(t.word().charAt(0)) && !Titles.isTitleWord(t.word())) {
                    end++;
                    words++;
                } else if (t.word().equals("-") && end > first && end + 1 < tokens.size()
                        && tokens.get(end - 1).end() == t.start() && tokens.get(end + 1).start() == t.end()
                        && Character.isLetter(tokens.get(end + 1).word().charAt(0))) {
                    end += 2;
                } else {
                    break;
                }
            }
            boolean capitalisedAfter = end < tokens.size() && Character.isUpperCase(tokens.get(end).word().charAt(0))
                    && tokens.get(end).sentence() == tokens.get(i).sentence();
            if (words >= 2 && !capitalisedAfter) {
                int start = tokens.get(first).start();
                String surface = oneSpaced(doc.text().substring(start, tokens.get(end - 1).end()));
                if (!ORGANISATION_HEADS.contains(lastWord(surface))) {
                    raws.add(new Raw(EntityType.PERSON, surface, surface, start, tokens.get(end - 1).end(), first, end));
                    for (int t = first; t < end; t++) {
                        taken[t] = true;
                    }
                }
            }
            i = Math.max(i, end - 1);
        }
    }

    /**
     * Surnames the model left unlabelled after an honorific ("But Mr Balls, a prospective MP, said"): "Mr", "Mrs",
     * "Ms" or "Dr" and one capitalised word that is the last word of a person found elsewhere in the article.
     */
    private static void honoredSurnames(Annotated doc, int[] nerSpan, boolean[] taken, List<Raw> raws) {
        List<Token> tokens = doc.tokens();
        Set<String> surnames = new HashSet<>();
        for (Raw r : raws) {
            if (r.type() == EntityType.PERSON && r.endToken() - r.firstToken() >= 2) {
                surnames.add(tokens.get(r.endToken() - 1).word());
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token name = tokens.get(i + 1);
            if (NAME_HONORIFICS.contains(tokens.get(i).word()) && nerSpan[i + 1] < 0 && !taken[i + 1]
                    && surnames.contains(name.word()) && tokens.get(i).sentence() == name.sentence()
                    && (i + 2 >= tokens.size() || !Character.isUpperCase(tokens.get(i + 2).word().charAt(0)))) {
                raws.add(new Raw(EntityType.PERSON, name.word(), name.word(), name.start(), name.end(), i + 1, i + 2));
                taken[i + 1] = true;
            }
        }
    }

    private static boolean isTitle(Token t) {
        String w = t.word();
        return Character.isUpperCase(w.charAt(0)) && (Titles.isHead(w) || NAME_HONORIFICS.contains(w));
    }

    /** White space runs as single spaces; cheap when there is nothing to change. */
    static String oneSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && Character.isWhitespace(c) || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return WHITE_SPACE.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** Seats of government that stand for the institution ("the Kremlin said"), not for a place. */
    private static final Set<String> INSTITUTIONS = Set.of(
            "Kremlin", "White House", "Pentagon", "Downing Street", "Elysee", "Élysée", "Elysee Palace",
            "Élysée Palace", "Zhongnanhai", "Blue House", "Knesset", "Bundestag", "Duma", "State Duma", "Congress",
            "Capitol Hill", "Quai d'Orsay", "Foggy Bottom", "Whitehall", "Holy See");

    /** Last words that make a name an organisation whatever the model said ("United States Geological Survey"). */
    private static final Set<String> ORGANISATION_HEADS = Set.of(
            "Survey", "Department", "Agency", "Institute", "University", "Council", "Commission", "Committee",
            "Party", "Association", "Corporation", "Bank", "Fund", "Bureau", "Office", "Ministry", "Service",
            "Foundation", "Court", "Board", "Authority", "Organization", "Organisation", "Union", "News", "Times",
            "Post", "Company", "Group", "Administration", "Center", "Centre", "College", "School", "Inc.", "Corp.");

    private static String lastWord(String surface) {
        return surface.substring(surface.lastIndexOf(' ') + 1);
    }

    /** A lone plural noun or an all-capital word tagged as a person ("GCSEs", "NATO") is a tagging error. */
    private static boolean unlikelyName(Token t) {
        String w = t.word();
        return t.tag().equals("NNS") || t.tag().equals("NNPS") || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                || w.length() > 2 && w.endsWith("s") && Character.isUpperCase(w.charAt(w.length() - 2));
    }

    private static boolean leadingNoise(Token t) {
        return Titles.isTitleWord(t.word()) || Titles.isHonorific(t.word());
    }

    /** Groups raw mentions into entities and numbers them in order of first mention. */
    private static final class Clusters {
        private final String text;
        private final List<Token> tokens;
        private final TitleFinder titles;

        Clusters(String text, List<Token> tokens, TitleFinder titles) {
            this.text = text;
            this.tokens = tokens;
            this.titles = titles;
        }

        Entities build(List<Raw> raws) {
            List<Group> groups = new ArrayList<>();
            List<Raw> byLength = new ArrayList<>(raws);
            byLength.sort(Comparator.comparingInt(Raw::words).reversed().thenComparingInt(Raw::start));
            List<Group> assigned = new ArrayList<>();
            for (Raw r : byLength) {
                Group g = find(groups, r);
                if (g == null) {
                    g = new Group(r.type(), r.key());
                    groups.add(g);
                }
                g.raws.add(r);
                assigned.add(g);
            }
            groups.forEach(g -> g.raws.sort(Comparator.comparingInt(Raw::start)));
            groups.sort(Comparator.comparingInt(g -> g.raws.get(0).start()));
            List<Entity> entities = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            int n = 0;
            for (Group g : groups) {
                String id = "e" + (++n);
                Set<String> aliases = new LinkedHashSet<>();
                List<Span> spans = new ArrayList<>();
                for (Raw r : g.raws) {
                    aliases.add(r.surface());
                    spans.add(new Span(r.start(), r.end()));
                    mentions.add(new Mention(new Span(r.start(), r.end()), id, g.type, r.firstToken(), r.endToken()));
                }
                aliases.remove(g.name);
                List<String> found = new ArrayList<>();
                String affiliation = null;
                if (g.type == EntityType.PERSON) {
                    for (Raw r : g.raws) {
                        TitleFinder.Role role = titles.around(text, tokens, r.firstToken(), r.endToken(), raws);
                        role.titles().stream().filter(t -> !found.contains(t)).forEach(found::add);
                        if (affiliation == null) {
                            affiliation = role.affiliation();
                        }
                    }
                }
                entities.add(new Entity(id, g.name, g.type, found, affiliation, List.copyOf(aliases), spans));
            }
            return new Entities(entities, mentions);
        }

        private static Group find(List<Group> groups, Raw r) {
            for (Group g : groups) {
                if (g.name.equals(r.key()) && (g.type == r.type() || r.type() == EntityType.MISC)) {
                    return g;
                }
            }
            if (r.type() == EntityType.PERSON) {
                Group best = null;
                for (Group g : groups) {
                    if (g.type == EntityType.PERSON && endsWithWords(g.name, r.key())) {
                        if (best == null || nearestBefore(g, r) > nearestBefore(best, r)) {
                            best = g;
                        }
                    }
                }
                if (best != null) {
                    return best;
                }
            }
            if (r.type() != EntityType.COUNTRY && r.words() == 1) {
                for (Group g : groups) {
                    if (g.type == EntityType.PERSON && endsWithWords(g.name, r.key())) {
                        return g;
                    }
                }
            }
            if (r.type() == EntityType.PERSON && r.words() == 1) {
                // a first name alone after the full name ("Maria said" after "Maria Lopez"), when one person fits
                Group only = null;
                for (Group g : groups) {
                    if (g.type == EntityType.PERSON && g.name.startsWith(r.key() + " ") && nearestBefore(g, r) >= 0) {
                        if (only != null) {
                            return null;
                        }
                        only = g;
                    }
                }
                if (only != null) {
                    return only;
                }
            }
            if (r.type() == EntityType.ORGANIZATION && ACRONYM.matcher(r.key()).matches()) {
                for (Group g : groups) {
                    if (g.type == EntityType.ORGANIZATION && initials(g.name).equals(r.key())) {
                        return g;
                    }
                }
            }
            return null;
        }

        private static int nearestBefore(Group g, Raw r) {
            int best = -1;
            for (Raw o : g.raws) {
                if (o.start() < r.start()) {
                    best = Math.max(best, o.start());
                }
            }
            return best;
        }

        private static boolean endsWithWords(String name, String part) {
            return name.length() > part.length() && name.endsWith(part) && name.charAt(name.length() - part.length() - 1) == ' ';
        }

        private static String initials(String name) {
            StringBuilder b = new StringBuilder();
            for (String w : WHITE_SPACE.split(name)) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    b.append(w.charAt(0));
                }
            }
            return b.toString().toUpperCase(Locale.ROOT);
        }
    }

    private static final class Group {
        final EntityType type;
        final String name;
        final List<Raw> raws = new ArrayList<>();

        Group(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }
    }
}
