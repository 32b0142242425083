/** Claims: check-worthy factual assertions, their numbers, claimant and cited source. */
package org.assay.claim;
