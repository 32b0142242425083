package org.assay.verify;

import java.util.ArrayList;
import java.util.List;
import org.assay.claim.Stance;

/**
 * Adds what the article itself says of a claim to its verdict: a sentence in the explanation and an evidence line
 * whose dataset is {@value #ARTICLE}. The status stays the reference data's own.
 */
final class StanceNote {

    /** The evidence "dataset" name for the article's own stance. */
    static final String ARTICLE = "(article)";

    private StanceNote() {
    }

    static Verdict add(Verdict v, Stance stance) {
        String note = switch (stance.kind()) {
            case NONE -> "";
            case DISPUTED -> "The article itself disputes this claim" + cue(stance)
                    + (stance.related() == null ? "." : " and answers it with claim " + stance.related() + ".");
            case CORRECTION -> "This is the article's own correction of claim " + stance.related() + ".";
            case ENDORSED -> "The article itself endorses this claim" + cue(stance) + ".";
        };
        if (note.isEmpty()) {
            return v;
        }
        List<Evidence> evidence = new ArrayList<>(v.evidence());
        evidence.add(new Evidence(ARTICLE, "", note));
        return new Verdict(v.status(), v.explanation() + " " + note, evidence);
    }

    private static String cue(Stance s) {
        return s.cue().isEmpty() || s.cue().startsWith("(") ? "" : " (\"" + s.cue() + "\")";
    }
}
