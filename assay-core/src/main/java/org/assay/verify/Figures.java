package org.assay.verify;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Figures and lists in the words of an explanation: "44,000,000 t", "57%", "China, Brazil and India". */
final class Figures {

    private Figures() {
    }

    static String format(double value, String unit) {
        String pattern = value == Math.rint(value) ? "#,##0" : Math.abs(value) < 10 ? "#,##0.##" : "#,##0.#";
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        String n = f.format(value);
        if (unit == null || unit.isEmpty()) {
            return n;
        }
        return unit.equals("percent") || unit.equals("%") ? n + "%" : n + " " + unit;
    }

    static String percent(double value) {
        return format(Math.round(value * 10) / 10.0, "percent");
    }

    /** "the United States'", "China's". */
    static String possessive(String name) {
        String n = country(name);
        return n.endsWith("s") ? n + "'" : n + "'s";
    }

    /** "Russia's " for a place, "" for none: words that go before a measure's name. */
    static String possessiveOrNone(String place) {
        return place == null ? "" : possessive(place) + " ";
    }

    /** A country's name as a sentence uses it: "the United States", "the Netherlands", "China". */
    static String country(String name) {
        return name.matches("United .*|Netherlands|Philippines|Bahamas|Gambia|Czech Republic|Democratic Republic of .*"
                + "|Central African Republic") ? "the " + name : name;
    }

    /** "first", "second" ... "tenth", then "11th". */
    static String ordinal(int n) {
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        if (n >= 1 && n <= words.length) {
            return words[n - 1];
        }
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
