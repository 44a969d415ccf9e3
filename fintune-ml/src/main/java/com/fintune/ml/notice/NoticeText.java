package com.fintune.ml.notice;

import java.util.ArrayList;
import java.util.List;

/**
 * The notice as plain text, with the same words as its PDF in the same order: what tests read and what a content
 * hash is taken over (the PDF's bytes also depend on the fonts of the machine that laid it out).
 */
public final class NoticeText {

    private NoticeText() {
    }

    public static String render(AdverseActionNotice n) {
        List<String> lines = new ArrayList<>();
        lines.add(n.creditor().name());
        lines.addAll(n.creditor().address());
        lines.add("");
        lines.add(NoticeWording.TITLE);
        lines.add("Date: " + NoticeWording.date(n.noticeDate()));
        lines.add("Applicant: " + n.applicant());
        lines.add("Application: " + n.applicationReference());
        lines.add("Action taken: " + n.actionTaken());
        lines.add("");
        lines.add(NoticeWording.REASONS_HEADING);
        for (int i = 0; i < n.reasons().size(); i++) {
            lines.add(NoticeWording.reasonLine(i + 1, n.reasons().get(i)));
        }
        lines.add("");
        lines.add(NoticeWording.FCRA_HEADING);
        lines.addAll(scoreBlock(n));
        lines.add("");
        lines.add(NoticeWording.ECOA_HEADING);
        lines.add(NoticeWording.ecoaParagraph(n.agency()));
        return String.join("\n", lines) + "\n";
    }

    /** The FCRA block: the score disclosure, or the one sentence saying no score was used. */
    static List<String> scoreBlock(AdverseActionNotice n) {
        if (n.creditScore() == null) {
            return List.of(NoticeWording.NO_SCORE);
        }
        CreditScoreDisclosure s = n.creditScore();
        List<String> lines = new ArrayList<>();
        lines.add(NoticeWording.REPORT_USED);
        lines.add("");
        lines.add(NoticeWording.FREE_REPORT);
        lines.add("");
        lines.add(NoticeWording.SCORE_USED);
        lines.add("");
        lines.add(NoticeWording.scoreLine(s));
        lines.add(NoticeWording.rangeLine(s));
        if (!s.keyFactors().isEmpty()) {
            lines.add(NoticeWording.KEY_FACTORS_HEADING);
            s.keyFactors().forEach(f -> lines.add("- " + f));
        }
        lines.add("");
        lines.add(NoticeWording.sourceLine(s));
        return lines;
    }
}
