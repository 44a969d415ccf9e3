package com.fintune.ml.features;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.underwriting.AgencyEligibility;
import com.fintune.ml.underwriting.Criterion;
import com.fintune.ml.underwriting.MortgageInsurance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes an application as the short, canonical English text the encoder reads: facts with their bins in words
 * (e.g. "DTI 47.2% (above 45% limit)") followed by the underwriter's notes. Kept terse because the shipped
 * model reads at most 128 tokens: facts that are unremarkable (principal residence, no derogatories, a normal
 * credit file, within program limits) are left out, so what is said is what matters. The notes arrive masked
 * ({@link ProtectedMentionMasker}).
 */
final class CombinedTextRenderer {

    private static final Set<Criterion> PROGRAM_RULES = Set.of(Criterion.CREDIT_SCORE, Criterion.DTI,
            Criterion.LTV, Criterion.LOAN_LIMIT, Criterion.OCCUPANCY, Criterion.PURPOSE, Criterion.PROPERTY_TYPE,
            Criterion.INCOME_CAP);

    /** Only older homes get their year built in the text (age matters to collateral condition). */
    static final int OLD_PROPERTY_YEARS = 40;

    /** @param notes the underwriter's notes as the model may read them (already masked), or blank */
    String render(LoanApplication a, ApplicationFeatures f, String notes) {
        StringBuilder t = new StringBuilder(512);
        t.append(capitalize(a.product().words())).append(' ').append(a.purpose().words()).append(", ");
        if (a.occupancy() != Occupancy.PRINCIPAL_RESIDENCE) {
            t.append(a.occupancy().words()).append(", ");
        }
        t.append(a.propertyType() == null ? "property type not reported" : a.propertyType().words());
        if (f.propertyAge() != null && f.propertyAge() >= OLD_PROPERTY_YEARS) {
            t.append(" built ").append(a.propertyYearBuilt());
        }
        if (a.lienStatus() == LienStatus.SUBORDINATE) {
            t.append(", second lien");
        }
        if (a.termMonths() != 360) {
            t.append(", ").append(a.termMonths() / 12).append("-yr term");
        }
        t.append(". Loan ").append(money(a.loanAmount()));
        t.append(a.propertyValue() == null ? ", value not reported. " : ", value " + money(a.propertyValue()) + ". ");
        if (a.ltvPercent() != null) {
            t.append("LTV ").append(pct(a.ltvPercent())).append(" (").append(f.ltvCategory().words()).append(')');
            if (a.cltvPercent() != null && a.cltvPercent() > a.ltvPercent() + 0.5) {
                t.append(", CLTV ").append(pct(a.cltvPercent()));
            }
            t.append(". ");
        }
        t.append(a.creditScore() == null ? "No credit score. "
                : "Score " + a.creditScore() + " (" + f.creditTier().words() + "). ");
        t.append("DTI ").append(a.dtiPercent() == null ? "not reported" : pct(a.dtiPercent()) + " ("
                + f.dtiCategory().words() + ")").append(". ");
        if (a.annualIncome() != null) {
            t.append("Income ").append(money(a.annualIncome()));
            Double housing = AgencyEligibility.housingRatio(a);
            if (housing != null) {
                t.append(", housing ").append(Math.round(housing)).append("% of it")
                        .append(housing > AgencyEligibility.MAX_HOUSING_RATIO ? " (over 40%)" : "");
            }
            t.append(". ");
        }
        employment(t, a);
        assets(t, a);
        creditFile(t, a);
        unverified(t, a);
        List<String> program = new ArrayList<>();
        for (Criterion c : f.failedCriteria()) {
            if (PROGRAM_RULES.contains(c)) {
                program.add(c.words());
            }
        }
        if (!program.isEmpty()) {
            t.append("Fails program: ").append(String.join(", ", program)).append(". ");
        }
        if (MortgageInsurance.requiresPrivateMi(a)) {
            t.append("MI required. ");
        }
        if (notes != null && !notes.isBlank()) {
            t.append("Notes: ").append(notes.strip().replaceAll("\\s+", " "));
        }
        return t.toString().strip();
    }

    private static void employment(StringBuilder t, LoanApplication a) {
        if (a.employmentStatus() == null && a.yearsEmployed() == null) {
            return;
        }
        t.append(capitalize(a.employmentStatus() == null ? "employment" : a.employmentStatus().words()));
        if (a.yearsEmployed() != null) {
            t.append(' ').append(String.format(Locale.ROOT, "%.1f", a.yearsEmployed())).append(" yrs");
            if (a.yearsEmployed() < AgencyEligibility.MIN_YEARS_EMPLOYED
                    && a.employmentStatus() != EmploymentStatus.RETIRED) {
                t.append(" (under 2 yrs)");
            }
        }
        t.append(". ");
    }

    private static void assets(StringBuilder t, LoanApplication a) {
        Double shortfall = AgencyEligibility.cashShortfall(a);
        if (shortfall == null) {
            return;
        }
        t.append("Cash to close ").append(money(a.cashToClose()));
        if (shortfall > 0) {
            t.append(", short ").append(money(shortfall));
        } else if (a.monthlyHousingPayment() != null && a.monthlyHousingPayment() > 0) {
            double months = (a.liquidReserves() - a.cashToClose()) / a.monthlyHousingPayment();
            t.append(", reserves ").append(String.format(Locale.ROOT, "%.1f", months)).append(" mo");
        }
        t.append(". ");
    }

    private static void creditFile(StringBuilder t, LoanApplication a) {
        if (AgencyEligibility.isThinFile(a) && (a.creditHistoryMonths() != null || a.tradelines() != null)) {
            t.append("Thin credit file:");
            if (a.creditHistoryMonths() != null) {
                t.append(' ').append(a.creditHistoryMonths() / 12).append(" yrs");
            }
            if (a.tradelines() != null) {
                t.append(", ").append(a.tradelines()).append(" accts");
            }
            t.append(". ");
        }
        List<String> marks = new ArrayList<>();
        if (Boolean.TRUE.equals(a.priorBankruptcy())) {
            marks.add("bankruptcy");
        }
        if (Boolean.TRUE.equals(a.priorForeclosure())) {
            marks.add("foreclosure");
        }
        if (a.collectionsCount() != null && a.collectionsCount() > 0) {
            marks.add(a.collectionsCount() + " collections");
        }
        if (a.latePayments24m() != null && a.latePayments24m() > 0) {
            marks.add(a.latePayments24m() + " lates in 24 mo");
        }
        if (!marks.isEmpty()) {
            t.append("Derogatory: ").append(String.join(", ", marks)).append(". ");
        }
    }

    private static void unverified(StringBuilder t, LoanApplication a) {
        List<String> no = new ArrayList<>();
        if (Boolean.FALSE.equals(a.incomeVerified())) {
            no.add("income");
        }
        if (Boolean.FALSE.equals(a.employmentVerified())) {
            no.add("employment");
        }
        if (Boolean.FALSE.equals(a.assetsVerified())) {
            no.add("assets");
        }
        if (!no.isEmpty()) {
            t.append("Not verified: ").append(String.join(", ", no)).append(". ");
        }
    }

    static String money(double dollars) {
        double abs = Math.abs(dollars);
        if (abs >= 1_000_000) {
            return String.format(Locale.ROOT, "$%.2fM", dollars / 1_000_000);
        }
        if (abs >= 1_000) {
            return String.format(Locale.ROOT, "$%.0fk", dollars / 1_000);
        }
        return String.format(Locale.ROOT, "$%.0f", dollars);
    }

    private static String pct(double p) {
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%.1f%%", p);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
