package org.assay.verify;

/**
 * One piece of reference data a verdict rests on.
 *
 * @param dataset the dataset's id ("usgs-mcs2025-rare-earths")
 * @param edition the edition used ("2025-01")
 * @param detail  the figures, in words a reader can check
 * @param credit  who published the figures, as the licence asks them to be credited ("World Bank, World Development
 *                Indicators"), or {@code null}
 * @param source  where the figures can be checked (a URL), or {@code null}
 * @param licence the figures' licence or legal status, or {@code null}
 */
public record Evidence(String dataset, String edition, String detail, String credit, String source, String licence) {

    /** Evidence with no credit, source or licence (a claim's own figures, or a test). */
    public Evidence(String dataset, String edition, String detail) {
        this(dataset, edition, detail, null, null, null);
    }

    /** Evidence from a dataset, credited as its manifest says. */
    static Evidence of(Dataset d, String detail) {
        Manifest m = d.manifest();
        return new Evidence(d.id(), d.edition(), detail, m.credit(), m.source(), m.licence());
    }
}
