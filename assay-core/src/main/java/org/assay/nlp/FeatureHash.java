package org.assay.nlp;

/**
 * 64-bit hashes of a tagger's features: a template number and the characters (or numbers) it is filled with, hashed
 * straight from the characters so no feature string is built on the hot path. FNV-1a with a final mix; at a few
 * million features a collision is unlikely and costs one shared weight. Stateless.
 */
final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** The template alone (a bias). */
    static long of(int template) {
        return mix(step(OFFSET, template));
    }

    /** The template with {@code s.subSequence(from, to)}. */
    static long of(int template, CharSequence s, int from, int to) {
        long h = step(OFFSET, template);
        for (int i = from; i < to; i++) {
            h = step(h, s.charAt(i));
        }
        return mix(h);
    }

    /** The template with {@code s} lower-cased. */
    static long ofLower(int template, CharSequence s) {
        long h = step(OFFSET, template);
        for (int i = 0; i < s.length(); i++) {
            h = step(h, Character.toLowerCase(s.charAt(i)));
        }
        return mix(h);
    }

    /** The template with {@code s.subSequence(from, to)} lower-cased. */
    static long ofLower(int template, CharSequence s, int from, int to) {
        long h = step(OFFSET, template);
        for (int i = Math.max(0, from); i < to; i++) {
            h = step(h, Character.toLowerCase(s.charAt(i)));
        }
        return mix(h);
    }

    /**
     * The template with the word's shape: upper-case letters as {@code X}, lower-case {@code x}, digits {@code d}, other
     * characters as they are, runs of one kind cut to two ("McDonald's" is "XxXx'x", "1,500" "d,dd").
     */
    static long ofShape(int template, CharSequence word) {
        long h = step(OFFSET, template);
        char last = 0;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2) {
                h = step(h, k);
            }
        }
        return mix(h);
    }

    static long of(int template, CharSequence s) {
        return of(template, s, 0, s.length());
    }


    /** The template with two strings lower-cased, kept apart. */
    static long ofLower(int template, CharSequence a, CharSequence b) {
        long h = step(OFFSET, template);
        for (int i = 0; i < a.length(); i++) {
            h = step(h, Character.toLowerCase(a.charAt(i)));
        }
        h = step(h, 0xFFFF);
        for (int i = 0; i < b.length(); i++) {
            h = step(h, Character.toLowerCase(b.charAt(i)));
        }
        return mix(h);
    }

    /** The template with a string and a number (a word and the tag before it). */
    static long of(int template, CharSequence s, int value) {
        long h = step(OFFSET, template);
        for (int i = 0; i < s.length(); i++) {
            h = step(h, s.charAt(i));
        }
        return mix(step(step(h, 0xFFFF), value));
    }

    /** The template with a string lower-cased and a number (a verb and how far back it stands). */
    static long ofLower(int template, CharSequence s, int value) {
        long h = step(OFFSET, template);
        for (int i = 0; i < s.length(); i++) {
            h = step(h, Character.toLowerCase(s.charAt(i)));
        }
        return mix(step(step(h, 0xFFFF), value));
    }

    /** The template with numbers (class ids, cluster ids). */
    static long of(int template, int a, int b) {
        return mix(step(step(step(OFFSET, template), a), b));
    }

    static long of(int template, int a) {
        return mix(step(step(OFFSET, template), a));
    }

    private static long step(long h, int value) {
        return (h ^ value) * PRIME;
    }

    /** Murmur3's finaliser: spreads FNV's low bits, which the open-addressing tables index by. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
