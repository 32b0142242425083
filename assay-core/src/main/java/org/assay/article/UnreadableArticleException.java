package org.assay.article;

/**
 * The input cannot be read as an article: empty, binary, malformed JSON, no text, over the size limit. The message is
 * one line saying what is wrong (the caller adds where); the command line turns it into exit status 2.
 */
public final class UnreadableArticleException extends RuntimeException {

    public UnreadableArticleException(String message) {
        super(message, null, false, false);
    }
}
