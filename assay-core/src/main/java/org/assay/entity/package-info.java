/** Entities: mentions clustered into people, organisations, countries and places, with titles and affiliations. */
package org.assay.entity;
