/** The {@code assay} command line: one command class per verb; exit statuses are mapped in {@link org.assay.cli.Main}. */
package org.assay.cli;
