package org.assay.verify;

/**
 * How far a true figure may sit from a stated one and the claim still hold. Each constant says why it has its size.
 */
final class Tolerance {

    /**
     * An exact figure may be off by 2%: publishers round to two or three significant digits (USGS to two), and reporters
     * round again or convert units, so "44 million" for 43.6 million is a faithful report.
     */
    static final double EXACT_RELATIVE = 0.02;

    /**
     * Rounding to the claim's last significant digit counts, but never for more than 5%: "40 million" reads as
     * "40 million give or take a little", not as anything from 35 to 45 million.
     */
    static final double ROUNDING_CAP = 0.05;

    /** "About", "around", "roughly": within 10%, the usual reading of an approximate figure in news prose. */
    static final double ABOUT = 0.10;

    /**
     * "Nearly", "almost": less than 7.5% below (and not above). Closer than "about": a writer with 270,000 says "about
     * 270,000" or "more than a quarter million", not "nearly 300,000".
     */
    static final double NEARLY = 0.075;

    /** "Well over": at least 10% above, otherwise the writer would have said "just over" or "over". */
    static final double WELL_OVER = 0.10;

    /**
     * "Significantly more", "far more", "much larger": at least 25% more. Smaller differences are within the spread of
     * revisions between two editions of the same publication (USGS revised Russia's reserves by 62% in one edition).
     */
    static final double SIGNIFICANT_RATIO = 1.25;

    /** "Twice", "three times" as much: within 15% of the stated multiple, since both figures are rounded. */
    static final double MULTIPLE = 0.15;

    /**
     * A poll's figure is read with three percentage points either way: the sampling error of a 1,000-2,000-person
     * national poll at 95% confidence.
     */
    static final double POLL_MARGIN = 3.0;

    /**
     * Polls whose fieldwork ended up to 60 days before the claim's date describe public opinion at that date; older ones
     * describe another moment.
     */
    static final int POLL_WINDOW_DAYS = 60;

    /**
     * A rate in percent (growth, inflation, unemployment) from a series published more than a year after the article
     * may sit half a percentage point from the figure reported at the time and the claim still hold: statistics
     * offices revise such rates by that much as fuller data arrive (the World Bank's China growth for 2004 reads 10.1
     * today, 9.5 as first reported).
     */
    static final double REVISION_POINTS = 0.5;

    /**
     * A measure's words must stand within 60 characters of the claim's figure, rank or change verb for the figure to be
     * read as that measure: about one clause ("cut 200 jobs in Sweden, where ... imported brands" is not imports).
     */
    static final int TERM_DISTANCE = 60;

    /**
     * A claimed level more than ten times the reference figure, or under a tenth of it, read against a dataset the claim
     * names only by measure words ("workforce", "exports"), is of something else (a firm's workforce read as a
     * country's, a figure per person read as a total): no reporting error is that large as often as a misread measure
     * is, so such a claim is not refuted.
     */
    static final double OTHER_THING = 10;

    /**
     * A rate from statistics published long after the article that differs from the claim by up to three percentage
     * points does not refute it: first estimates of annual GDP growth are revised by one to two points in many
     * economies (Singapore's 2004 growth, first 8.1%, reads 9.9% today), so the claim may have been right when made.
     */
    static final double REVISION_LIMIT = 3.0;

    /**
     * "The highest since 1981": an earlier year counts as higher only when it beats the claim's year by more than this
     * share, since yearly figures are rounded and a tie is no record broken.
     */
    static final double PAST_RANK_TIE = 0.005;

    /** "The highest since 1981": at most this share of the years between may lack a figure, or the run is unknown. */
    static final double PAST_RANK_GAPS = 0.2;

    /** "One of the largest": in the top five of the countries the dataset lists. */
    static final int ONE_OF_THE_TOP = 5;

    private Tolerance() {
    }

    /**
     * The slack an exact figure gets: half its rounding step ({@code precision}), capped at {@link #ROUNDING_CAP}, and at
     * least {@link #EXACT_RELATIVE}.
     */
    static double slack(double value, double precision) {
        double v = Math.abs(value);
        return Math.max(Math.min(precision / 2, v * ROUNDING_CAP), v * EXACT_RELATIVE);
    }
}
