package org.assay.entity;

/** What an entity is. Countries are kept apart from other locations so that demonyms fold into them. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, LOCATION, GROUP, MISC
}
