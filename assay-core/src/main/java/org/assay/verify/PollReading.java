package org.assay.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.assay.claim.Change;
import org.assay.claim.ClaimParts;
import org.assay.claim.EntityRef;
import org.assay.claim.Quantity;

/** Reads a claim about a series of opinion polls into a POLL {@link Lookup}. Immutable and thread-safe. */
final class PollReading {

    private final Places places = Places.bundled();

    /** Between a possessive name and the measure it holds: "’s approval", "'s job approval". */
    private static final Pattern HOLDER_GAP = Pattern.compile("['’]s\\s+(?:\\p{Ll}+\\s+){0,2}");

    /**
     * The lookup of a poll figure: its percentage, the day it speaks of, the people asked ("57% of Ukrainians"), the
     * measure's words as written; UNCHECKED when it is another person's rating ("Trump's approval", where the polls'
     * subject is not named), NOT_ENOUGH_DATA for a change between polls. {@code about} is the words the measure was
     * found in ({@code hit}'s span), starting at {@code aboutBase} in the text the parts point into.
     */
    Reading read(String about, List<EntityRef> possessives, int aboutBase, String family,
                        Vocabulary.Hit hit, ClaimParts parts, List<Quantity> numbers, LocalDate asOf,
                        boolean subjectNamed) {
        // "Trump's approval rating": a poll of another person's, which the loaded polls are not.
        for (EntityRef p : subjectNamed ? List.<EntityRef>of() : possessives) {
            int end = p.span().end() - aboutBase;
            if (end >= 0 && end <= hit.span().start()
                    && HOLDER_GAP.matcher(about.substring(end, hit.span().start())).matches()
                    && places.country(p.name()).isEmpty()) {
                return Reading.skip(VerdictStatus.UNCHECKED, "No reference dataset has polls about " + p.name() + ".");
            }
        }
        List<Quantity> percents = numbers.stream().filter(Quantity::isPercent).toList();
        if (percents.isEmpty()) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim states no percentage the polls could decide.");
        }
        Change said = parts.change();
        if (percents.size() >= 2 && said != null && said.direction() != Change.Direction.NONE) {
            return Reading.skip(VerdictStatus.NOT_ENOUGH_DATA, "The claim reports a change between polls; Assay checks a "
                    + "poll figure at one date, not a change between two.");
        }
        // "57% of Ukrainians": the people asked are the whole the claim's share is of.
        String population = parts.wholePlace() == null ? null : parts.wholePlace().name();
        return Reading.of(new Lookup(Lookup.Check.POLL, family, hit.metric(), null, false, null, null,
                Claimed.of(percents.get(0)), null, 0, false, 0, null, parts.when(), population, null, null,
                about.substring(hit.span().start(), hit.span().end()), false));
    }
}
