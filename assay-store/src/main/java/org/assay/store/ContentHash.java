package org.assay.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.assay.article.Article;

/**
 * The identity of an article in the store: SHA-256 of its headline and text. Two inputs with the same headline and
 * text are the same article, whatever file or feed they came from.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** 64 lower-case hex digits. */
    public static String of(Article article) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((article.title() == null ? "" : article.title()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
