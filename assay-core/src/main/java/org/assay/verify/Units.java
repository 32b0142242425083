package org.assay.verify;

import java.util.Locale;
import org.assay.claim.Quantity;
import org.assay.claim.Unit;

/**
 * Whether a claim's figure is in the unit of a measure: tonnes against "t", people against "people", dollars against
 * "USD" (and "USD per barrel"), a bare number against any level that counts things. Stateless.
 */
final class Units {

    private Units() {
    }

    /** The unit of exchange rates quoted as units of a currency per US dollar (see {@link ConversionCheck}). */
    private static final String RATE_UNIT = "currency units per usd";

    static boolean fits(Quantity q, Measure m) {
        String unit = m.unit().toLowerCase(Locale.ROOT);
        if (q.isPercent() || q.unit() == Unit.PERCENTAGE_POINTS) {
            return m.kind() == Measure.Kind.PERCENT || m.kind() == Measure.Kind.GROWTH || m.isPercent();
        }
        if (q.unit().isCurrency()) {
            if (unit.contains(" per ") && scaled(q)) {
                return false; // "$20bn" is a sum, never a price or a rate ("USD per barrel")
            }
            String code = q.unit().name().toLowerCase(Locale.ROOT);
            // "158 yen" counts units of a currency per dollar: an exchange rate quoted as the other currency's units
            boolean perDollar = unit.equals(RATE_UNIT) && q.unit() != Unit.USD;
            return unit.equals(code) || unit.startsWith(code + " per ") || perDollar;
        }
        return switch (q.unit()) {
            case TONNE -> unit.equals("t");
            case PEOPLE -> unit.equals("people");
            case NONE -> m.kind() == Measure.Kind.LEVEL && !isMoney(unit);
            default -> false;
        };
    }

    private static final java.util.regex.Pattern SCALED = java.util.regex.Pattern.compile(
            "(?i)\\d\\s*(?:k|m|bn|tn|mn|million|billion|trillion|thousand)\\b");

    /** Whether a figure is written with a scale word ("$20bn", "7.4bn", "£600m"): a sum, never a price or a rate. */
    static boolean scaled(Quantity q) {
        return SCALED.matcher(q.text()).find();
    }

    /** Whether a measure's figures are a price, or a rate of one currency in another ("USD per barrel", per dollar). */
    static boolean isPrice(Measure m) {
        String unit = m.unit().toLowerCase(Locale.ROOT);
        return unit.contains(" per ") && (isMoney(unit) || unit.equals(RATE_UNIT));
    }

    /** Whether a measure's figures are money ("USD", "USD per barrel"). */
    static boolean isMoney(Measure m) {
        return isMoney(m.unit().toLowerCase(Locale.ROOT));
    }

    static boolean isCurrency(Quantity q) {
        return q.unit().isCurrency();
    }

    /** A unit that is a currency or a price in one ("USD", "USD per barrel"). */
    private static boolean isMoney(String unit) {
        return unit.matches("[a-z]{3}( per .*)?") && !unit.equals("kg") && !unit.equals("m3");
    }
}
