/** Verdicts: claims checked against reference datasets, edition-aware, with evidence and an explanation. */
package org.assay.verify;
