package org.assay.entity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The vocabulary of titles, roles and honorifics that news prose puts before or after a person's name, read from the
 * bundled {@code titles.tsv}: heads name a role on their own ("minister", "champion"), modifiers only qualify one
 * ("foreign", "deputy"), honorifics go before a name or a title ("Mr", "former"). A hyphenated word whose last part
 * is a head is a head ("co-chairman", "ex-minister").
 */
public final class Titles {

    private static final Set<String> HEADS = new HashSet<>();
    private static final Set<String> TITLE_WORDS = new HashSet<>();
    private static final Set<String> HONORIFICS = new HashSet<>();

    static {
        for (String[] row : BundledTable.read(Titles.class, "titles.tsv")) {
            String word = row[0].toLowerCase(Locale.ROOT);
            switch (row.length > 1 ? row[1] : "") {
                case "head" -> {
                    HEADS.add(word);
                    TITLE_WORDS.add(word);
                }
                case "modifier" -> TITLE_WORDS.add(word);
                case "honorific" -> HONORIFICS.add(word);
                default -> throw new IllegalStateException("titles.tsv: unknown kind in line " + String.join(" ", row));
            }
        }
    }

    private Titles() {
    }

    public static boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return TITLE_WORDS.contains(w) || HEADS.contains(lastPart(w));
    }

    public static boolean isHead(String word) {
        return HEADS.contains(lastPart(word.toLowerCase(Locale.ROOT)));
    }

    /** "Mr.", "Dr.", "former": words that go before a name or title but are neither. */
    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The part after the last hyphen of a word written with a prefix ("co-chairman"), or the word. */
    public static String lastPart(String w) {
        int dash = w.lastIndexOf('-');
        return dash > 0 && dash < w.length() - 1 ? w.substring(dash + 1) : w;
    }
}
