package org.assay.claim;

/**
 * The run of past years a ranking holds over, when the prose ranks a figure against its own past rather than among
 * places: "the highest since 1981" (since year 1981), "the lowest unemployment for 29 years" (29 years), "the highest
 * since the 1960s" (since 1969, the decade's last year), "the highest on record" (neither).
 *
 * @param sinceYear the last year the figure does not beat, or {@code null}
 * @param years     how many years back the figure is unbeaten, counting its own, or {@code null}
 * @param text      the words as they stand ("since 1981", "for 29 years", "on record")
 */
public record PastRun(Integer sinceYear, Integer years, String text) {

    /** The last year the figure does not beat, for a figure of {@code year}; {@code null} when the words give none. */
    public Integer since(int year) {
        return sinceYear != null ? sinceYear : years != null ? year - years : null;
    }
}
