/** {@code assay eval}: scores the analysis against gold files (docs/CONTRACT.md) and PolNeAR brat folders. */
package org.assay.eval;
