/** Exports of the knowledge base: JSON Lines, CSV tables, schema.org ClaimReview JSON-LD. */
package org.assay.export;
