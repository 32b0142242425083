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
