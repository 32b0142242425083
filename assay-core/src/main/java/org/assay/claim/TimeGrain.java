package org.assay.claim;

/** The finest stretch of time a claim names. */
public enum TimeGrain { DAY, WEEK, MONTH, QUARTER, YEAR }
