package org.assay.claim;

import java.util.Locale;

/** The words and signs that give a figure its {@link Unit}: "%", "percent", "tonnes", "$", "euros", "people". */
final class UnitWords {

    static final String CURRENCY_PREFIX = "(?:US\\$|\\$|€|£|¥|₴|₽|₹|(?:USD|EUR|GBP|UAH|RUB)\\s?)";
    static final String UNIT = "(?:%|percent(?:age\\s+points?)?\\b|per\\s+cent\\b|pct\\b"
            + "|(?:metric\\s+|short\\s+|long\\s+)?(?:tonnes?|tons?)\\b|t\\b|mt\\b"
            + "|(?:US\\s+)?dollars\\b|euros?\\b|pounds(?:\\s+sterling)?\\b|yen\\b|yuan\\b|renminbi\\b|roubles?\\b"
            + "|rubles?\\b|hryvnias?\\b|rupees?\\b|(?:US\\s+)?cents\\b|pence\\b"
            + "|people\\b|persons\\b|individuals\\b|residents\\b|inhabitants\\b|citizens\\b|voters\\b|workers\\b"
            + "|employees\\b|soldiers\\b|troops\\b|civilians\\b|refugees\\b|migrants\\b|children\\b|adults\\b"
            + "|respondents\\b)";

    private UnitWords() {
    }

    /** Hundredths of the unit: "85 cents" is $0.85, "50 pence" £0.50. */
    static double fraction(String unitWord) {
        String u = unitWord == null ? "" : unitWord.toLowerCase(Locale.ROOT).strip();
        return u.endsWith("cents") || u.equals("pence") ? 0.01 : 1;
    }

    /** The unit of a figure from its currency sign (or null) and its unit word (or null). */
    static Unit unitOf(String currency, String unitWord) {
        if (currency != null) {
            String c = currency.strip().toUpperCase(Locale.ROOT);
            return switch (c) {
                case "€", "EUR" -> Unit.EUR;
                case "£", "GBP" -> Unit.GBP;
                case "¥" -> Unit.JPY;
                case "₴", "UAH" -> Unit.UAH;
                case "₽", "RUB" -> Unit.RUB;
                case "₹" -> Unit.INR;
                default -> Unit.USD;
            };
        }
        if (unitWord == null) {
            return Unit.NONE;
        }
        String u = unitWord.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (u.equals("%") || u.startsWith("percent") && !u.contains("point") || u.equals("per cent") || u.equals("pct")) {
            return Unit.PERCENT;
        }
        if (u.contains("point")) {
            return Unit.PERCENTAGE_POINTS;
        }
        if (u.contains("ton") || u.equals("t") || u.equals("mt")) {
            return Unit.TONNE;
        }
        if (u.contains("dollar") || u.endsWith("cents")) {
            return Unit.USD;
        }
        if (u.equals("pence")) {
            return Unit.GBP;
        }
        if (u.startsWith("euro")) {
            return Unit.EUR;
        }
        if (u.startsWith("pound")) {
            return Unit.GBP;
        }
        if (u.equals("yen")) {
            return Unit.JPY;
        }
        if (u.equals("yuan") || u.equals("renminbi")) {
            return Unit.CNY;
        }
        if (u.startsWith("rouble") || u.startsWith("ruble")) {
            return Unit.RUB;
        }
        if (u.startsWith("hryvnia")) {
            return Unit.UAH;
        }
        if (u.startsWith("rupee")) {
            return Unit.INR;
        }
        return Unit.PEOPLE;
    }

}
