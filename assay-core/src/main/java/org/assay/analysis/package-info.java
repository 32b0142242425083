/** The front door ({@link org.assay.analysis.Analyzer}) and its one result, {@link org.assay.analysis.Analysis}. */
package org.assay.analysis;
