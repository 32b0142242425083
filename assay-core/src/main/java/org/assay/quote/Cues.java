package org.assay.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assay.entity.BundledTable;

/**
 * The closed vocabulary of reporting cues: verbs of saying ("said", "told", "warned"), of thinking ("believes"), of
 * naming ("called", "dubbed") and the phrase "according to". Word forms are listed, not lemmas, because the pipeline
 * runs without a lemma-dependent stage here.
 */
final class Cues {

    private static final Set<String> SPEECH = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "ask", "asks", "asked", "asking", "explain", "explains", "explained", "explaining", "note", "notes",
            "noted", "noting", "write", "writes", "wrote", "written", "writing", "claim", "claims", "claimed",
            "claiming", "argue", "argues", "argued", "arguing", "insist", "insists", "insisted", "insisting",
            "stated", "declare", "declares", "declared", "declaring", "continued", "reply", "replies", "replied",
            "respond", "responds", "responded", "answered", "recall", "recalls", "recalled", "recalling", "warn",
            "warns", "warned", "warning", "caution", "cautions", "cautioned", "affirm", "affirms", "affirmed",
            "praise", "praises", "praised", "praising", "acknowledge", "acknowledges", "acknowledged",
            "acknowledging", "admit", "admits", "admitted", "announce", "announces", "announced", "announcing",
            "complain", "complains", "complained", "suggest", "suggests", "suggested", "suggesting", "urge",
            "urges", "urged", "urging", "tweet", "tweets", "tweeted", "tweeting", "posted", "joke", "joked",
            "jokes", "quipped", "quips", "concede", "concedes", "conceded", "counter", "countered", "predict",
            "predicts", "predicted", "promise", "promises", "promised", "vow", "vows", "vowed", "stress",
            "stresses", "stressed", "emphasize", "emphasized", "emphasised", "observed", "remarked", "reported",
            "describe", "describes", "described", "describing", "call", "calls", "called", "calling", "dubbed",
            "labeled", "labelled", "branded", "accuse", "accuses", "accused", "accusing", "blasted", "slammed",
            "criticized", "criticised", "testified", "confirm", "confirms", "confirmed", "deny", "denies",
            "denied", "assert", "asserts", "asserted", "contend", "contends", "contended", "maintained",
            "mentioned", "shouted", "yelled", "retorted", "concluded", "allege", "alleges", "alleged", "boasted",
            "bragged", "charged", "lamented", "mused", "wondered", "pointed", "reiterated",
            "agreed", "disagreed", "indicated", "revealed", "recounted", "summed", "chimed", "pleaded", "begged",
            "demanded", "thundered", "fumed", "scoffed", "sniped", "quoted", "reads",
            "opined", "proclaimed", "speculated", "estimated", "conceding", "assured", "chanted", "confessed",
            "pressed", "pledged", "welcomed", "reacted", "citing", "cited", "lambasted", "touted", "hailed",
            "decried", "derided", "mocked", "ridiculed", "dismissed", "questioned", "blamed", "attacked",
            "condemned", "denounced", "promising", "texted", "emailed", "characterized",
            "deemed", "termed", "likened", "compared", "rejected", "defended", "thanked", "lauded",
            "applauded", "railed", "ranted", "cried", "laughed", "sighed", "elaborated", "clarified",
            "threatened", "implored", "recommended", "proposed", "advised", "responding",
            "referring", "referred", "chided", "chiding", "snapped", "shot", "fired", "interjected",
            "exclaimed", "whispered", "screamed", "state", "concludes", "continues", "answers", "posts", "emails",
            "texts", "chant", "chants", "echoed", "echoes", "repeated", "repeats", "shouts", "yells", "projected",
            "sang", "sings", "commented", "typed", "scrawled", "penned", "ruled", "rules", "referenced", "references",
            "cites", "rated", "rates");

    private static final Set<String> COGNITION = Set.of(
            "believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped", "feel",
            "feels", "felt", "know", "knows", "knew", "expect", "expects", "expected", "fear", "fears", "feared",
            "worry", "worries", "worried");

    /** Cues that take a clause of reported content ("said that ...", "warned the deal ..."). */
    private static final Set<String> CLAUSAL = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "explain", "explains", "explained", "note", "notes", "noted", "noting", "write", "writes", "wrote",
            "claim", "claims", "claimed", "claiming", "argue", "argues", "argued", "arguing", "insist", "insists",
            "insisted", "stated", "declare", "declares", "declared", "warn", "warns", "warned", "warning",
            "caution", "cautioned", "affirm", "affirms", "affirmed", "acknowledge", "acknowledged", "admit",
            "admits", "admitted", "announce", "announced", "complained", "suggest", "suggests", "suggested",
            "tweeted", "conceded", "countered", "predict", "predicts", "predicted", "promise", "promised",
            "vowed", "stressed", "emphasized", "emphasised", "reported", "testified", "confirm", "confirmed",
            "denied", "assert", "asserted", "contend", "contends", "contended", "maintained", "alleged",
            "allege", "alleges", "believe", "believes", "believed", "think", "thinks", "thought", "reiterated",
            "indicated", "revealed", "hope", "hopes", "fear", "fears", "expects", "expect", "estimated",
            "speculated", "recalled", "recalls", "replied", "responded", "agreed", "pointed");

    /**
     * Verbs of showing and finding that take a following clause of reported content ("polls show <i>Clinton is
     * ahead</i>", "the survey found that <i>...</i>") but, unlike speech cues, do not end a clause they follow.
     */
    private static final Set<String> FINDING = Set.of(
            "show", "shows", "showed", "finds", "found", "worries", "worried", "feared");

    /**
     * Cues of commitment that take a to-infinitive of reported content ("vowed <i>to repeal the law</i>", "refused
     * <i>to comment</i>"). Verbs of mere wanting or planning are left out: their subject is rarely the one reporting.
     */
    private static final Set<String> INFINITIVAL = Set.of(
            "promise", "promises", "promised", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "refuse",
            "refuses", "refused", "decline", "declines", "declined", "hope", "hopes", "hoped", "vowing", "pledging",
            "promising", "refusing", "declining");

    /**
     * Cues of request: what is asked is reported as a to-infinitive after the addressee ("urged voters <i>to stay
     * home</i>", "asked him <i>to run</i>", "called on the council <i>to resign</i>").
     */
    private static final Set<String> REQUESTS = Set.of(
            "urge", "urges", "urged", "urging", "implored", "encouraged", "encourages", "pressed", "challenged",
            "begged", "called", "calls", "calling", "asked", "asks", "asking");

    /** Cues that report a question ("asked whether …", "wondered why …"). */
    private static final Set<String> QUESTIONS = Set.of(
            "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "questioned", "queried",
            "inquired", "enquired");

    /**
     * Verbs of saying whose content is their object, with the words each takes before it: one set of alternatives a
     * word ("railed" → [against]; "lashed" → [out], [at]; "talked" → [about, of]); empty for none.
     */
    private static final Map<String, List<Set<String>>> OBJECTS = new HashMap<>();

    static {
        for (String[] row : BundledTable.read(Cues.class, "object-cues.tsv")) {
            List<Set<String>> particles = new ArrayList<>();
            if (row.length > 1 && !row[1].isBlank()) {
                for (String word : row[1].trim().split(" ")) {
                    particles.add(Set.of(word.toLowerCase(Locale.ROOT).split("\\|")));
                }
            }
            OBJECTS.put(row[0].toLowerCase(Locale.ROOT), List.copyOf(particles));
        }
    }

    private Cues() {
    }

    /**
     * For a verb of saying whose content is its object ("criticised the plan", "railed against the plan"), the words
     * it takes before the object, each a set of alternatives (empty for none); null for any other word.
     */
    static List<Set<String>> objectParticles(String word) {
        return OBJECTS.get(word.toLowerCase(Locale.ROOT));
    }

    /** A verb of saying whose content is its object, right after it ("criticised the plan"). */
    static boolean takesBareObject(String word) {
        List<Set<String>> particles = objectParticles(word);
        return particles != null && particles.isEmpty();
    }

    /** Cues that report a question: "asked whether …", "wondered why …". */
    static boolean asks(String word) {
        return QUESTIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * True for a cue word, in any of its listed forms or in the present-participle or third-person form of a listed
     * past form ("predicting" and "predicts" from "predicted", "echoing" from "echoed").
     */
    static boolean isCue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return listed(w) || w.length() > 5 && w.endsWith("ing") && pastListed(w.substring(0, w.length() - 3))
                || w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && pastListed(w.substring(0, w.length() - 1));
    }

    /**
     * True for a cue word with part-of-speech tag {@code tag}: {@link #isCue(String)}, or the present-tense base
     * form (tag VBP) of a listed past form ("reports reveal", "they conclude"). An infinitive ("would continue",
     * "to offer") is not a cue by this rule: it is rarely the act of saying itself.
     */
    static boolean isCue(String word, String tag) {
        String w = word.toLowerCase(Locale.ROOT);
        return isCue(w) || tag.equals("VBP") && w.length() > 3 && pastListed(w);
    }

    /** Any cue of this class, in the form tagged {@code tag}: saying, thinking, finding, commitment or request. */
    static boolean anyCue(String word, String tag) {
        return isCue(word, tag) || takesInfinitive(word) || requests(word) || takesFollowingClause(word);
    }

    private static boolean listed(String w) {
        return SPEECH.contains(w) || COGNITION.contains(w);
    }

    /** Whether {@code stem} + "ed" (or "d", or "y" turned "ied") is a listed past form. */
    private static boolean pastListed(String stem) {
        return listed(stem + "ed") || listed(stem + "d") || stem.endsWith("ie") && listed(stem.substring(0,
                stem.length() - 2) + "ied") || stem.endsWith("e") && listed(stem + "d");
    }

    static boolean isCognition(String word) {
        return COGNITION.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean takesClause(String word) {
        return CLAUSAL.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Verbs of showing and finding whose content follows them as a clause ("the poll found <i>...</i>"). */
    static boolean takesFollowingClause(String word) {
        return FINDING.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Cues of commitment whose content is a to-infinitive ("promised to ...", "refuses to ..."). */
    static boolean takesInfinitive(String word) {
        return INFINITIVAL.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Cues of request that take an addressee and a to-infinitive ("urged <i>voters</i> to <i>stay home</i>"). */
    static boolean requests(String word) {
        return REQUESTS.contains(word.toLowerCase(Locale.ROOT));
    }
}
