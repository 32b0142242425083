/**
 * Verdicts: claims checked against reference datasets (CSV + manifest, bundled pack plus user folders), edition-aware,
 * with named tolerances, evidence and a one-sentence explanation. Front door: {@link org.assay.verify.ReferenceVerifier}.
 */
package org.assay.verify;
