package com.fintune.ml.data.generator;

/**
 * Sentences that carry no underwriting fact: everyday file chatter, and mentions of characteristics the Equal
 * Credit Opportunity Act forbids deciding on (race, colour, religion, national origin, sex, marital status, age,
 * receipt of public assistance). The latter are inserted into some notes as invariance augmentation: they never
 * change a label, the risk or the decision (a masker replaces them before encoding). %D dollars, %N a day of the month, %A an age.
 */
final class AsideRemarks {

    static final String[] CHATTER = {
        "Bwr prefers text msgs.", "Appraisal scheduled for Tuesday.", "Rate locked 45 days.",
        "Realtor is very responsive.", "HOA dues $%D/mo.", "Title ordered.", "Closing target end of month.",
        "Flood cert zone X.", "HOI quote rcvd.", "Bwr has 2 dogs, n/a.", "Spoke w/ LO re timeline.",
        "Survey not required.", "Seller credit 2%% requested.", "Pest insp clear.", "Closing at the title office downtown.",
        "LO out Friday, cc processor.", "borrower asked about escrow for taxes", "Wants a 15-day lock extension if needed.",
        "Listing agent changed.", "Homeowner's policy effective at closing.", "Pls send CD to both emails.",
        "Buyer's agent: Dana at Keller.", "Inspection done, minor items only.", "re-disclosed after fee change",
        "Bwr will sign e-docs tonight.", "Sellers leaving appliances.", "Requested payoff from current servicer.",
        "Closing moved to the %Nth.", "Escrow waived? no - escrowing T&I.", "FYI file transferred from another LO."};

    static final String[] PROTECTED = {
        "Borrower is a %A-year-old widow.", "Applicants are recently married.", "bwr receives SSI in addition to wages.",
        "Co-borrower is her husband.", "Borrower recently divorced.", "Applicant is a single mother of two.",
        "Borrower is %A years old.", "Bwr is Hispanic, prefers docs in Spanish.",
        "Borrower moved here from Vietnam in 2009.", "Applicant is Black and a first-time buyer.",
        "Borrower attends the local mosque, asked about closing around Ramadan.",
        "Bwr is Jewish and cannot sign on Saturday.", "Borrower is a %A-year-old woman.",
        "Applicants are a same-sex couple.", "Borrower gets food stamps (SNAP) for the kids.",
        "Bwr is an immigrant from Mexico, now a citizen.", "Applicant is separated from her spouse.",
        "Borrower is elderly, daughter helps with paperwork.", "Co-bwr receives disability (SSDI).",
        "Borrower is Asian-American.", "Applicant is Catholic, asked to close after Easter.",
        "Borrower is a %A yo single male.", "Bwr is of Indian origin.", "Applicants are an older married couple.",
        "borrower is white, 50s", "Borrower receives TANF benefits.", "Applicant is Native American.",
        "Bwr is unmarried, lives with partner.", "Borrower is pregnant, closing before due date.",
        "Borrower speaks limited English, interpreter used."};

    private AsideRemarks() {
    }
}
