package org.assay.verify;

/**
 * One piece of reference data a verdict rests on.
 *
 * @param dataset the dataset's id ("usgs-mcs2025-rare-earths")
 * @param edition the edition used ("2025-01")
 * @param detail  the figures, in words a reader can check
 */
public record Evidence(String dataset, String edition, String detail) {
}
