package org.assay.claim;

import static org.assay.claim.PatternGate.mentions;

import java.util.regex.Pattern;

/**
 * Words that frame what a claim states: whether it speaks of the world as a whole, whether it calls a figure a part of
 * a whole, and whether it denies its own statement. Each pattern runs only on text that holds a word it needs, since
 * most clauses hold none. Stateless and thread-safe.
 */
final class FrameWords {

    private static final Pattern WORLD = Pattern.compile("(?i)\\b(world|world's|global|globally|worldwide|total|the\\s+planet(?:['’]s)?)\\b");
    private static final Pattern SHARE = Pattern.compile("(?i)\\b(?:of|in)\\s+(?:the\\s+)?(?:world['’]?s?|global|"
            + "worldwide|total|all)\\b|\\bshare\\b");
    /** A denial of the claim's own statement; "not only", "not least" are no denial. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no\\s+longer|isn't|aren't|wasn't"
            + "|weren't|doesn't|don't|didn't|hasn't|haven't)\\b(?!\\s+(?:only|least|just|even)\\b)");

    private FrameWords() {
    }

    /** "world", "global", "worldwide", "total", "the planet": the claim speaks of the world as a whole. */
    static boolean world(String s) {
        return mentionsWhole(s) && WORLD.matcher(s).find();
    }

    /** "share", "of the world's", "of global", "of all": the claim calls a figure a part of a whole. */
    static boolean share(String s) {
        return (mentionsWhole(s) || mentions(s, "all") || mentions(s, "share")) && SHARE.matcher(s).find();
    }

    private static final Pattern AVERAGE = Pattern.compile("(?i)\\b(?:averag(?:e|ed|es|ing)|mean)\\b");

    /** "averaged", "on average", "the average price": the claim gives an average over its time, not one day's figure. */
    static boolean average(String s) {
        return (mentions(s, "averag") || mentions(s, "mean")) && AVERAGE.matcher(s).find();
    }

    /** "not", "never", "no longer", "isn't" ...: the claim denies what it states. */
    static boolean negated(String s) {
        boolean denies = mentions(s, "not") || mentions(s, "never") || mentions(s, "longer") || mentions(s, "n't")
                || mentions(s, "n’t");
        return denies && NEGATION.matcher(ASIDE.matcher(s.replace('’', '\'')).replaceAll(" ")).find();
    }

    /** An aside between dashes or in brackets ("- designed to ensure that countries do not borrow -"): not the claim's. */
    private static final Pattern ASIDE = Pattern.compile("\\s[-–—]\\s[^-–—]*?\\s[-–—]\\s|\\([^()]*\\)");

    /** "world", "global", "total" or "planet" written anywhere, in any case: what {@link #WORLD} needs. */
    private static boolean mentionsWhole(String s) {
        return mentions(s, "world") || mentions(s, "global") || mentions(s, "total") || mentions(s, "planet");
    }
}
