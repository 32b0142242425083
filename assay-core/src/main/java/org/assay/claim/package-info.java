/**
 * Claims: check-worthy factual assertions, their numbers, claimant and cited source.
 *
 * <p>{@link org.assay.claim.ClaimExtractor} is the stage. Every {@link org.assay.claim.Claim} carries, beside the
 * contract's fields, its {@link org.assay.claim.ClaimParts} (the figures as {@link org.assay.claim.Quantity} with
 * {@link org.assay.claim.Unit} and {@link org.assay.claim.Hedge}, the {@link org.assay.claim.Rank}s, the
 * {@link org.assay.claim.Comparison}, the {@link org.assay.claim.Change}, the entities it is about as
 * {@link org.assay.claim.EntityRef}s, the metric, topic, share, year and poll date, a place "one of the largest" gives
 * as {@link org.assay.claim.NearTop}, world and share words, a denial) and the article's own
 * {@link org.assay.claim.Stance}. The checker takes what a claim states from its parts; a claim given as a bare
 * sentence is read by {@link org.assay.claim.ClaimExtractor#claimOf}.
 */
package org.assay.claim;
