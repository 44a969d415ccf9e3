package com.fintune.ml.data.generator;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
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
    /** Base rate of each event found after the application (see {@link #foundAfterApplication}). */
    static final double FOUND_LATER = 0.003;

    /**
     * The file's events; {@code factor} scales the rates of the adverse ones (refinance and home-improvement files
     * run into more trouble than purchases, see {@link AdverseProfile}).
     */
    Set<NoteEvent> sample(Random r, LoanApplication a, double factor) {
        Set<NoteEvent> ev = EnumSet.noneOf(NoteEvent.class);
        double u = r.nextDouble() / factor;
        if (u < 0.004) {
            ev.add(NoteEvent.EMPLOYER_UNVERIFIABLE);
        } else if (u < 0.009) {
            ev.add(NoteEvent.INCOME_UNVERIFIABLE);
        } else if (u < 0.012) {
            ev.add(NoteEvent.ASSETS_UNVERIFIABLE);
        }
        double v = r.nextDouble() / factor;
        if (v < 0.008) {
            ev.add(NoteEvent.MISSING_DOCUMENTS);
        } else if (v < 0.013) {
            ev.add(NoteEvent.BORROWER_UNRESPONSIVE);
        }
        boolean working = a.employmentStatus() != EmploymentStatus.NOT_EMPLOYED
                && a.employmentStatus() != EmploymentStatus.RETIRED;
        if (working && r.nextDouble() < 0.003 * factor) {
            ev.add(NoteEvent.EMPLOYMENT_GAP);
        }
        if (a.employmentStatus() == EmploymentStatus.CONTRACT && r.nextDouble() < 0.05 * factor) {
            ev.add(NoteEvent.CONTRACT_ENDING);
        }
        if (working && r.nextDouble() < 0.003 * factor) {
            ev.add(NoteEvent.JOB_LOSS);
        }
        if (r.nextDouble() < 0.0035 * factor) {
            ev.add(NoteEvent.INCOME_DECLINING);
        }
        if (r.nextDouble() < 0.002 * factor) {
            ev.add(NoteEvent.PROPERTY_CONDITION);
        }
        foundAfterApplication(r, ev, factor);
        if (a.propertyType() == PropertyType.CONDO && r.nextDouble() < 0.06) {
            ev.add(NoteEvent.NON_WARRANTABLE_CONDO);
        }
        if (a.ltvPercent() != null && ProductLimits.of(a.product()).requiresPrivateMi(a.ltvPercent())) {
            ev.add(MortgageInsurance.insurerDeclines(a) ? NoteEvent.MI_DECLINED : NoteEvent.MI_APPROVED);
        }
        if (!ev.contains(NoteEvent.EMPLOYER_UNVERIFIABLE) && !ev.contains(NoteEvent.JOB_LOSS)
                && working && r.nextDouble() < 0.35) {
            ev.add(NoteEvent.VOE_COMPLETED);
        }
        if (a.purpose() == LoanPurpose.PURCHASE && r.nextDouble() < 0.12) {
            ev.add(NoteEvent.GIFT_DOCUMENTED);
        }
        return ev;
    }

    /**
     * What a credit refresh or a closer look turns up after the application: each at {@value #FOUND_LATER} (times
     * the profile's factor), independent of the figures, which therefore look clean in most of these files.
     */
    private static void foundAfterApplication(Random r, Set<NoteEvent> ev, double factor) {
        for (NoteEvent e : new NoteEvent[] {NoteEvent.NEW_DEBT, NoteEvent.NEW_LATES, NoteEvent.LIMITED_CREDIT,
            NoteEvent.FUNDS_SHORT, NoteEvent.INELIGIBLE_USE}) {
            if (r.nextDouble() < FOUND_LATER * factor) {
                ev.add(e);
            }
        }
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
