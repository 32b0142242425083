/** Ingest: reads articles from files, folders, JSON Lines, RSS/Atom feeds and WARC files, analyses and stores them. */
package org.assay.ingest;
