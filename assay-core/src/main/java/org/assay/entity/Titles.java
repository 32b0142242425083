package org.assay.entity;

import java.util.Locale;
import java.util.Set;

/** The closed vocabulary of titles, roles and honorifics that news prose puts before or after a person's name. */
final class Titles {

    private static final Set<String> TITLE_WORDS = Set.of(
            "president", "vice", "prime", "minister", "deputy", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "senator", "sen.", "rep.", "representative", "gov.", "governor", "chancellor", "king",
            "queen", "prince", "princess", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "director",
            "leader", "ambassador", "general", "gen.", "mayor", "judge", "justice", "chief", "executive", "officer",
            "adviser", "advisor", "aide", "candidate", "nominee", "lawmaker", "attorney", "commissioner",
            "councilman", "councilwoman", "congressman", "congresswoman", "speaker", "majority", "minority", "whip",
            "foreign", "defense", "defence", "interior", "finance", "press", "pope", "cardinal", "bishop", "rabbi",
            "sheikh", "emir", "sultan", "founder", "co-founder", "analyst", "economist", "professor", "prof.",
            "strategist", "pollster", "manager", "host", "anchor", "correspondent", "editor", "columnist", "official",
            "head", "commander", "envoy", "diplomat", "negotiator", "member", "counsel", "lawyer", "lt.", "col.",
            "sgt.", "capt.", "adm.", "admiral", "colonel", "lieutenant", "captain", "sergeant", "supreme", "senior",
            "acting", "interim", "assistant", "associate", "campaign", "national", "security", "state", "health",
            "treasury", "trade", "energy", "economy", "education", "commerce", "homeland", "staff",
            "director-general", "secretary-general", "premier", "president-elect", "mp", "gop", "democratic",
            "republican", "house", "senate", "party", "chairperson", "gubernatorial", "presidential");

    /** Words that name a role on their own (the head of a title phrase), as opposed to modifiers like "foreign". */
    private static final Set<String> HEADS = Set.of(
            "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "senator", "sen.",
            "rep.", "representative", "gov.", "governor", "chancellor", "king", "queen", "prince", "princess", "ceo",
            "cfo", "coo", "chairman", "chairwoman", "chair", "director", "leader", "ambassador", "general", "gen.",
            "mayor", "judge", "justice", "officer", "adviser", "advisor", "aide", "candidate", "nominee", "lawmaker",
            "attorney", "commissioner", "councilman", "councilwoman", "congressman", "congresswoman", "speaker",
            "whip", "pope", "cardinal", "bishop", "rabbi", "sheikh", "emir", "sultan", "founder", "co-founder",
            "analyst", "economist", "professor", "prof.", "strategist", "pollster", "manager", "host", "anchor",
            "correspondent", "editor", "columnist", "official", "head", "commander", "envoy", "diplomat",
            "negotiator", "member", "counsel", "lawyer", "lt.", "col.", "sgt.", "capt.", "adm.", "admiral",
            "colonel", "lieutenant", "captain", "sergeant", "director-general", "secretary-general", "premier",
            "president-elect", "mp", "chairperson");

    private static final Set<String> HONORIFICS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "former", "then",
            "the", "late");

    private Titles() {
    }

    static boolean isTitleWord(String word) {
        return TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isHead(String word) {
        return HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Mr.", "Dr.", "former": words that go before a name or title but are neither. */
    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
    }
}
