package com.fintune.ml.features;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words by which a note can reveal an ECOA prohibited basis (Regulation B, 12 CFR 1002.2(z)): race and colour,
 * religion, national origin (ethnicity, nationality, language, immigration status), sex (gender, gendered person and
 * kin words, pronouns, titles), marital status (spouse words included), age and receipt of public assistance. Each
 * rule names the neutral word the mention becomes; {@link ProtectedMentionMasker} applies them in this order
 * (longer, more specific phrases first).
 *
 * <p>Deliberately <em>not</em> masked, because they carry underwriting content: "retired", "retiree", "pension",
 * "Social Security" (income sources), "single-family", "single wide", "senior lien", "senior engineer", "disability
 * insurance", "alimony" and "child support" (obligations the lender must count), "separated from the employer"
 * (an employment gap), "engaged an attorney", "race track", "in the black".
 */
final class ProtectedMentions {

    /** One pattern and the neutral word each of its matches becomes ("" removes the match). */
    record Rule(String name, Pattern pattern, String neutral) {
    }

    private static final String PERSON = "(?:borrower|applicant|co-?borrower|co-?applicant|buyer|homeowner|man|"
            + "woman|men|women|male|female|person|people|couple|individual|guy|lady|professional)s?";
    private static final String PEOPLE = "(?:" + PERSON + "|famil(?:y|ies)|households?)";
    private static final String SUBJECT = "(?:borrower|applicant|co-borrower|co-applicant|he|she|they)";
    private static final String AFTER_IS = "(?:is|are|was|were|identifies as|self-identifies as|describes "
            + "(?:himself|herself|themselves|themself) as)";

    static final List<Rule> RULES = List.of(
            // marital status in tax and legal language: keep the document, lose the status
            rule("tax filing status", "married filing (?:jointly|separately|joint|separate)", "tax filing"),
            rule("divorce decree", "(?:divorce|dissolution|separation) (?:decree|agreement|settlement)",
                    "court order"),
            rule("parental leave", "(?:maternity|paternity) leave", "leave"),
            // public assistance (12 CFR 1002.2(z)(3)): the amount stays, the program goes
            rule("public assistance", "(?:supplemental security income|ssi|ssdi|snap|food stamps?|ebt|tanf|wic|"
                    + "on disability|welfare|public assistance|government assistance|section 8|housing choice voucher|medicaid|"
                    + "medicare|disability (?:benefits?|income|payments?|checks?|pension))"
                    + "(?: housing)?(?: (?:benefits?|income|payments?|checks?|assistance|voucher|program))?",
                    "benefit income"),
            rule("disabled", "(?:disabled|handicapped)", "person"),
            // age
            rule("age in years", "\\d{1,3}\\s*(?:-\\s*)?(?:years?|yrs?|yo|y/o)(?:\\s*-\\s*|\\s+)old|\\d{1,3}\\s*y/?o|"
                    + "(?:age|aged|ages)\\s*:?\\s*\\d{1,3}|(?:turns|turned|turning|will turn)\\s+\\d{1,3}(?!\\s*(?:-?\\s*days?|%|percent))|"
                    + "(?:over|under) the age of \\d{2}|"
                    + "(?:in (?:his|her|their) )?(?:early |mid |late |mid-)?(?:twenties|thirties|forties|fifties|"
                    + "sixties|seventies|eighties|nineties)|in (?:his|her|their) (?:early |mid |late |mid-)?[2-9]0s|"
                    + "date of birth|dob|born (?:in|on) (?:19|20)\\d\\d|birthday|retirement age|"
                    + "(?<=" + SUBJECT + " (?:is|are) )\\d{2,3}(?!\\s*(?:%|percent|\\.\\d|months?|mo\\b|days?|k\\b))",
                    "person"),
            rule("age words", "elderly|aged|senior citizens?|millennials?|baby boomers?|boomers?|"
                    + "seniors?(?= " + PEOPLE + "\\b|\\s*[.,;!?]|$)|(?:young|younger|old|older|too old|too young)"
                    + "(?= " + PEOPLE + "\\b)|(?<=" + AFTER_IS + " )(?:young|old|elderly|senior)\\b(?!\\s+to\\b)",
                    "person"),
            // marital status and spouse words
            rule("marital status", "marital status|(?:un)?married|never married|marriage|wedding|divorced?|"
                    + "widow(?:ed|er)?s?|legally separated|separated from (?:his|her|their|the) (?:wife|husband|"
                    + "spouse|partner)|separated(?!\\s+from\\b)|(?:is|are|recently|newly|just|got) engaged|"
                    + "engaged to|single(?= (?:mother|father|parent|mom|dad|" + PERSON + ")\\b)|(?<=" + AFTER_IS
                    + " )single\\b(?![- ](?:family|wide|story|unit|level|income|lien))", "person"),
            rule("former spouse", "ex-?(?:wife|husband|spouse|partner)", "person"),
            rule("spouse", "(?:husband|wife|wives|spouses?|fianc[eé]e?s?|boyfriend|girlfriend|domestic partner|"
                    + "bride|groom|newlyweds?)", "household member"),
            // race and colour
            rule("race", "(?:african[- ]american|african|caucasian|hispanic|latin[oax]|latine|asian(?:[- ]american)?|"
                    + "native american|american indian|alaska(?:n)? native|native hawaiian|pacific islander|"
                    + "biracial|multiracial|mixed[- ]race|racial(?:ly)?|"
                    + "(?:race|ethnicity)\\s*(?:is|:|=|-)\\s*[a-z]+(?: or [a-z]+)?|ethnicity|ethnic(?:ally)?|"
                    + "of colou?r|skin colou?r|skin tone|"
                    + "race(?!\\s*(?:track|car|way|horse|course|day))|"
                    + "(?:black|white|brown)(?= " + PEOPLE + "\\b)|(?<=" + AFTER_IS + " )(?:black|white|brown)\\b)",
                    "person"),
            // religion
            rule("religion", "(?:christian|catholic|protestant|evangelical|baptist|methodist|lutheran|mormon|"
                    + "jehovah'?s witness|muslim|moslem|islam(?:ic)?|jewish|jews?|judaism|hindu|buddhist|sikh|"
                    + "atheist|agnostic|religion|religious|devout|rabbi|imam|pastor|priest|nun|sabbath|shabbat|ramadan|kosher|halal|"
                    + "(?:attends|goes to|member of|active in) (?:a |the |her |his |their |weekly |sunday )?"
                    + "(?:church|mosque|synagogue|temple|mass|services|worship)(?: (?:every|each) (?:week|sunday|"
                    + "saturday|friday))?)",
                    "person"),
            // national origin, nationality, language and immigration status
            rule("arrival", "(?:(?:immigrated|emigrated)(?: to (?:the )?(?:us|u\\.s\\.|united states|this country))?"
                    + "(?: from [a-z]+(?: (?!in\\b)[a-z]+)?)?|(?:moved|came|relocated) (?:here |to (?:the )?(?:us|u\\.s\\.|"
                    + "united states|this country) )?from [a-z]+(?: (?!in\\b)[a-z]+)?)(?:,? in (?:19|20)\\d\\d)?", "person"),
            rule("immigration", "(?:immigrant|immigrated|immigration(?: status)?|emigrated|foreign[- ]born|"
                    + "foreign national|non-?citizen|u\\.?s\\.? citizen|citizenship|citizen|green card(?: holder)?|"
                    + "permanent resident(?: alien)?|non-?permanent resident|resident alien|undocumented|daca|"
                    + "refugee|asylum(?: seeker)?|naturali[sz]ed|visa(?: holder| status)?|h-?1b|work permit|"
                    + "national origin|nationality|native of|born in [A-Z][a-z]+|(?:moved|came|relocated) here from "
                    + "[A-Z][a-z]+|originally from [A-Z][a-z]+)", "person"),
            rule("language", "(?:speaks|speaking|spoken) (?:only |mostly |limited |little |broken )?"
                    + "(?:english|spanish|chinese|mandarin|cantonese|vietnamese|korean|tagalog|arabic|russian|"
                    + "polish|portuguese|french|creole|hindi|urdu)|(?:spanish|chinese|vietnamese|korean|"
                    + "non-english)[- ]speaking|limited english(?: proficiency)?|english as a second language|"
                    + "esl|(?:needed|needs|used|through) an? (?:interpreter|translator)|first language", "person"),
            rule("nationality", "(?:mexican|mexico|guatemalan|guatemala|salvadoran|el salvador|honduran|"
                    + "honduras|cuban|cuba|puerto rican|puerto rico|dominican republic|dominican|haitian|haiti|"
                    + "colombian|colombia|venezuelan|venezuela|brazilian|brazil|peruvian|chinese|china|indian|"
                    + "india|pakistani|pakistan|bangladeshi|bangladesh|filipino|filipina|philippines|vietnamese|"
                    + "vietnam|korean|korea|japanese|japan|nigerian|nigeria|ethiopian|ethiopia|somali|somalia|"
                    + "ghanaian|kenyan|arab|arabic|middle eastern|iranian|persian|iraqi|syrian|afghan|"
                    + "(?-i:Polish)|poland|russian|russia|ukrainian|ukraine|italian|irish|german|greek|european|"
                    + "caribbean|jamaican|jamaica|canadian|british|hmong|somali|latin american)(?=s?\\b)",
                    "person"),
            // sex and gender
            rule("kin parent", "(?:mother|father|mom|dad)(?=s?\\b)", "parent"),
            rule("kin child", "(?:son|daughter)(?=s?\\b)", "child"),
            rule("kin sibling", "(?:brother|sister)(?=s?\\b)", "sibling"),
            rule("kin grandparent", "(?:grandmother|grandfather|grandma|grandpa)(?=s?\\b)", "grandparent"),
            rule("kin other", "(?:aunt|uncle|niece|nephew)(?=s?\\b)", "relative"),
            rule("gender", "(?:transgender|non-?binary|gender|sex|pregnancy|pregnant(?: with (?:her |their |a )?"
                    + "(?:first |second |third |fourth |another )?(?:child|baby|twins))?|expecting (?:a baby|twins|"
                    + "(?:her|their) (?:first|second|third) (?:child|baby))|gentleman|gentlemen|"
                    + "ladies|lady|girl|boy|guy|male|female|woman|women|man|men)(?!-made)", "person"),
            new Rule("title", Pattern.compile("\\b(?:Mr|Mrs|Ms|Mx|Miss|MR|MRS|MS)\\b\\.?(?=\\s+[A-Z])"), ""));

    private ProtectedMentions() {
    }

    private static Rule rule(String name, String regex, String neutral) {
        return new Rule(name, Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE), neutral);
    }
}
