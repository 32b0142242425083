package org.assay.quote;

import java.util.List;
import org.assay.nlp.Token;

/**
 * A quotation of a few words inside the phrase that names a speaker ({@code Bill Eastland, wearing “Ted Cruz” pins,
 * said}): phrase readers step over it instead of stopping at its marks. Its marks are tagged as opening and closing
 * quotes, with no other quotation mark between them and at most {@value #MAX_TOKENS} tokens inside. Stateless.
 */
final class ShortQuotation {

    private static final int MAX_TOKENS = 5;

    private ShortQuotation() {
    }

    /** When token {@code k} opens a short quotation closing before {@code limit}: the token after it; else {@code k}. */
    static int endFrom(List<Token> tokens, int k, int limit) {
        if (!tokens.get(k).tag().equals("``")) {
            return k;
        }
        for (int m = k + 1; m < limit && m <= k + MAX_TOKENS + 1; m++) {
            if (SpeakerFinder.isQuoteMark(tokens.get(m))) {
                return tokens.get(m).tag().equals("''") && m > k + 1 ? m + 1 : k;
            }
        }
        return k;
    }

    /**
     * When token {@code k} closes a short quotation opening at or after {@code floor}: its opening mark's token;
     * else {@code k}.
     */
    static int startBefore(List<Token> tokens, int k, int floor) {
        if (!tokens.get(k).tag().equals("''")) {
            return k;
        }
        for (int m = k - 1; m >= floor && m >= k - MAX_TOKENS - 1; m--) {
            if (SpeakerFinder.isQuoteMark(tokens.get(m))) {
                return tokens.get(m).tag().equals("``") && m < k - 1 ? m : k;
            }
        }
        return k;
    }
}
