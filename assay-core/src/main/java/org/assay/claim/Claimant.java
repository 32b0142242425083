package org.assay.claim;

/**
 * Who makes a claim: the speaker when it is made inside reported speech, else the article itself.
 *
 * @param entity the entity id, or {@code null}
 * @param name   the canonical name, or {@link #ARTICLE_NAME}, or {@link #UNKNOWN_NAME} inside an unattributed quotation
 */
public record Claimant(String entity, String name) {

    public static final String ARTICLE_NAME = "(article)";
    public static final Claimant ARTICLE = new Claimant(null, ARTICLE_NAME);
    /** The name given when the claim stands inside a quotation whose speaker nothing in the text names. */
    public static final String UNKNOWN_NAME = "(unknown)";
    public static final Claimant UNKNOWN = new Claimant(null, UNKNOWN_NAME);
}
