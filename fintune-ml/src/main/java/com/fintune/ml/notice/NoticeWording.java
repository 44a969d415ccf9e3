package com.fintune.ml.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The fixed sentences of the notice, shared by the PDF and the plain text so that both say the same words: the ECOA
 * notice of 12 CFR 1002.9(b)(1) and the FCRA 615(a)/(h) statements as Regulation B's form C-1 words them.
 */
public final class NoticeWording {

    public static final String TITLE = "Statement of Specific Reasons for Action Taken";
    public static final String REASONS_HEADING = "Principal reason(s) for the action taken on your application:";
    public static final String ECOA_HEADING = "Notice under the Equal Credit Opportunity Act";
    public static final String FCRA_HEADING = "Your credit score and your consumer report";
    public static final String NO_SCORE = "No credit score was used in making this decision.";
    public static final String REPORT_USED = "Our credit decision was based in whole or in part on information "
            + "obtained in a report from the consumer reporting agency listed below. You have a right under the Fair "
            + "Credit Reporting Act to know the information contained in your credit file at the consumer reporting "
            + "agency. The reporting agency played no part in our decision and is unable to supply specific reasons "
            + "why we have denied credit to you.";
    public static final String FREE_REPORT = "You have a right to a free copy of your report from the reporting "
            + "agency, if you request it no later than 60 days after you receive this notice. In addition, if you "
            + "find that any information contained in the report you receive is inaccurate or incomplete, you have "
            + "the right to dispute the matter with the reporting agency.";
    public static final String SCORE_USED = "We also obtained your credit score from this consumer reporting agency "
            + "and used it in making our credit decision. Your credit score is a number that reflects the information "
            + "in your consumer report. Your credit score can change, depending on how the information in your "
            + "consumer report changes.";
    public static final String KEY_FACTORS_HEADING = "Key factors that adversely affected your credit score:";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private NoticeWording() {
    }

    /** 12 CFR 1002.9(b)(1), naming the agency that administers compliance for this creditor. */
    public static String ecoaParagraph(Party agency) {
        return "The Federal Equal Credit Opportunity Act prohibits creditors from discriminating against credit "
                + "applicants on the basis of race, color, religion, national origin, sex, marital status, age "
                + "(provided the applicant has the capacity to enter into a binding contract); because all or part of "
                + "the applicant's income derives from any public assistance program; or because the applicant has "
                + "in good faith exercised any right under the Consumer Credit Protection Act. The Federal agency that "
                + "administers compliance with this law concerning this creditor is " + agency.oneLine() + ".";
    }

    /** The reason's line as the notice prints it: its Regulation B sample-form text. */
    public static String reasonLine(int rank, com.fintune.ml.taxonomy.ReasonCategory reason) {
        return rank + ". " + reason.noticeText();
    }

    public static String scoreLine(CreditScoreDisclosure s) {
        return "Your credit score: " + s.score() + "    Date: " + date(s.scoredOn());
    }

    public static String rangeLine(CreditScoreDisclosure s) {
        return "Scores range from a low of " + s.lowest() + " to a high of " + s.highest() + ".";
    }

    public static String sourceLine(CreditScoreDisclosure s) {
        return "Consumer reporting agency: " + s.source().oneLine() + ". If you have any questions regarding your "
                + "credit score, you should contact " + s.source().name() + ".";
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
