package org.assay.entity;

import org.assay.article.Span;

/** One place in the text that refers to an entity: a name, a surname, a demonym, or a pronoun. */
public record Mention(Span span, String entityId) {
}
