package org.assay.eval;

/**
 * One quote the scorer holds against the analysis, for {@code assay eval --errors}.
 *
 * @param article          the article's id
 * @param figure           which figure it counts against ("quotes", "indirect")
 * @param type             what went wrong
 * @param start            offset of the quote in the article
 * @param text             the quote's text (the gold text for a miss, else the predicted text)
 * @param predictedSpeaker the predicted speaker's name, or {@code null}
 * @param predictedMention the words the predicted attribution rests on ({@code speaker.mention}), or {@code null}
 * @param goldSpeaker      the gold speaker, or {@code null} for a spurious quote
 */
public record QuoteError(String article, String figure, Type type, int start, String text, String predictedSpeaker,
                         String predictedMention, String goldSpeaker) {

    /** What went wrong. */
    public enum Type {
        /** A gold quote no prediction matches. */
        MISSED,
        /** A prediction that matches no gold quote. */
        SPURIOUS,
        /** A match whose speaker is wrong. */
        WRONG_SPEAKER
    }
}
