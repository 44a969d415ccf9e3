package com.fintune.ml.data.generator;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.underwriting.MortgageInsurance;
import com.fintune.ml.underwriting.ProductLimits;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * Draws the underwriting events of one file (what the notes will tell). Mortgage-insurance decisions are not
 * random: the insurer declines by a fixed rule (see {@link MortgageInsurance#insurerDeclines}).
 */
final class EventSampler {

    /** Share of unverifiable files whose structured verification flag is also set to false. */
    static final double FLAG_SHARE = 0.4;

    Set<NoteEvent> sample(Random r, LoanApplication a) {
        Set<NoteEvent> ev = EnumSet.noneOf(NoteEvent.class);
        double u = r.nextDouble();
        if (u < 0.018) {
            ev.add(NoteEvent.EMPLOYER_UNVERIFIABLE);
        } else if (u < 0.032) {
            ev.add(NoteEvent.INCOME_UNVERIFIABLE);
        } else if (u < 0.042) {
            ev.add(NoteEvent.ASSETS_UNVERIFIABLE);
        }
        double v = r.nextDouble();
        if (v < 0.03) {
            ev.add(NoteEvent.MISSING_DOCUMENTS);
        } else if (v < 0.045) {
            ev.add(NoteEvent.BORROWER_UNRESPONSIVE);
        }
        if (r.nextDouble() < 0.015) {
            ev.add(NoteEvent.EMPLOYMENT_GAP);
        }
        if (a.employmentStatus() == EmploymentStatus.CONTRACT && r.nextDouble() < 0.3) {
            ev.add(NoteEvent.CONTRACT_ENDING);
        }
        if (a.yearsEmployed() != null && a.yearsEmployed() < 2 && a.employmentStatus() != EmploymentStatus.NOT_EMPLOYED
                && r.nextDouble() < 0.45) {
            ev.add(NoteEvent.SAME_LINE_OF_WORK);
        }
        if (r.nextDouble() < 0.02) {
            ev.add(NoteEvent.INCOME_DECLINING);
        }
        if (r.nextDouble() < 0.02) {
            ev.add(NoteEvent.PROPERTY_CONDITION);
        }
        if (a.propertyType() == PropertyType.CONDO && r.nextDouble() < 0.2) {
            ev.add(NoteEvent.NON_WARRANTABLE_CONDO);
        }
        if (r.nextDouble() < 0.015) {
            ev.add(NoteEvent.OPEN_JUDGMENT);
        }
        if (a.ltvPercent() != null && ProductLimits.of(a.product()).requiresPrivateMi(a.ltvPercent())) {
            ev.add(MortgageInsurance.insurerDeclines(a) ? NoteEvent.MI_DECLINED : NoteEvent.MI_APPROVED);
        }
        if (!ev.contains(NoteEvent.EMPLOYER_UNVERIFIABLE) && r.nextDouble() < 0.35) {
            ev.add(NoteEvent.VOE_COMPLETED);
        }
        if (a.purpose() == com.fintune.ml.data.LoanPurpose.PURCHASE && r.nextDouble() < 0.12) {
            ev.add(NoteEvent.GIFT_DOCUMENTED);
        }
        return ev;
    }

    /** Records part of the verification failures in the structured flags too. */
    LoanApplication applyToFlags(Random r, LoanApplication a, Set<NoteEvent> ev) {
        boolean flag = r.nextDouble() < FLAG_SHARE;
        if (!flag) {
            return a;
        }
        return a.toBuilder()
                .employmentVerified(!ev.contains(NoteEvent.EMPLOYER_UNVERIFIABLE))
                .incomeVerified(!ev.contains(NoteEvent.INCOME_UNVERIFIABLE))
                .assetsVerified(!ev.contains(NoteEvent.ASSETS_UNVERIFIABLE))
                .build();
    }
}
