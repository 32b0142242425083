package org.assay.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a reference dataset is: who published it, which edition, where it comes from and what its columns mean.
 * Read from the {@code dataset.json} beside the CSV (see {@link ManifestReader} for the format).
 *
 * @param id             unique dataset id ("usgs-mcs2025-rare-earths")
 * @param family         the series its editions belong to ("usgs-mcs-rare-earths"); the id when it has no family
 * @param publisher      who published the figures
 * @param title          the publication's title
 * @param edition        the edition label ("2025-01")
 * @param published      when the edition came out: the edition is current from this date on
 * @param source         where the figures can be checked (URL or citation)
 * @param licence        the licence or legal status of the figures
 * @param provenance     how the figures got into this pack
 * @param publisherNames names a text may use to cite the publisher ("USGS")
 * @param file           the CSV file's name, relative to the manifest
 * @param key            the key column
 * @param subject        what the figures are about ("rare earths", "Volodymyr Zelensky")
 * @param subjectTerms   words that name the subject in prose
 * @param measures       the measure columns
 * @param period         the columns giving each row's date range (polls' fieldwork), or {@code null} for a table
 * @param population     for polls: the country whose people were asked, or {@code null}
 * @param sourceColumn   a column citing each row's own source, or {@code null}
 * @param notes          the publisher's footnotes worth showing with a verdict
 * @param attribution    the credit the licence asks for ("World Bank, World Development Indicators"), or {@code null}
 * @param time           how rows are dated in a long table, or {@code null} for a fixed-year edition (one row per key)
 */
public record Manifest(String id, String family, String publisher, String title, String edition, LocalDate published,
                       String source, String licence, String provenance, List<String> publisherNames, String file,
                       KeyColumn key, String subject, List<String> subjectTerms, List<Measure> measures, Period period,
                       String population, String sourceColumn, List<String> notes, String attribution,
                       TimeAxis time) {

    /** Every key of {@code dataset.json}, in the order docs/datasets.md lists them (and the pack writes them). */
    public static final List<String> KEYS = List.of("id", "family", "publisher", "title", "edition", "published",
            "source", "licence", "attribution", "provenance", "publisherNames", "file", "key", "time", "subject",
            "subjectTerms", "measures", "period", "population", "sourceColumn", "notes");

    /** The columns giving a row's date range. */
    public record Period(String start, String end) {
        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /**
     * How the rows of a long table are dated.
     *
     * @param column the time column: cells "2004", "2004-Q3", "2004-08" or "2004-08-31"
     * @param axis   one figure per year, quarter, month or day
     * @param step   a row's figure holds until the next row's date (a policy rate listed on the days it changed)
     */
    public record TimeAxis(String column, Axis axis, boolean step) {
        public TimeAxis {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(axis, "axis");
        }
    }

    /** The step of a long table's time column. */
    public enum Axis { YEAR, QUARTER, MONTH, DAY }

    public Manifest {
        Objects.requireNonNull(id, "id");
        family = family == null ? id : family;
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(subject, "subject");
        publisherNames = List.copyOf(publisherNames);
        subjectTerms = List.copyOf(subjectTerms);
        measures = List.copyOf(measures);
        notes = List.copyOf(notes);
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs at least one measure");
        }
    }

    /** Rows are one per key and time (a long table), not one per key. */
    public boolean isLong() {
        return time != null;
    }

    /** Rows are dated observations (polls), not one row per key. */
    public boolean isSeries() {
        return period != null;
    }

    /** "U.S. Geological Survey, Mineral Commodity Summaries 2025 ... (edition 2025-01)". */
    public String citation() {
        return publisher + ", " + title + " (edition " + edition + ")";
    }

    /** The credit a verdict gives: the attribution the licence asks for, else the publisher. */
    public String credit() {
        return attribution == null ? publisher : attribution;
    }
}
