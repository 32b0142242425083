/** The knowledge base: analyses kept in SQLite (default) or PostgreSQL, merged entities, full-text search. */
package org.assay.store;
