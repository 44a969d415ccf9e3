package com.fintune.ml.data.lar;

import com.fintune.ml.data.ApplicationValidator;
import com.fintune.ml.data.Demographics;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.LoanType;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.taxonomy.HmdaActionTaken;
import com.fintune.ml.underwriting.ProductCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps one LAR record onto a {@link LarApplication}, or records why it cannot. Assumptions (docs/data.md): a
 * missing loan term reads as 360 months; income is reported in thousands; a negative income reads as 0; a credit
 * score outside 300-850 (8888 not applicable, 1111 exempt, other scales) reads as not reported; the LTV of a
 * first lien is taken to equal its reported combined LTV.
 */
final class LarRecordMapper {

    private static final Pattern ULI = Pattern.compile("[A-Za-z0-9]{1,45}");
    private static final Pattern LEI = Pattern.compile("[A-Za-z0-9]{20}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern COUNTY = Pattern.compile("\\d{5}");
    static final int DEFAULT_TERM_MONTHS = 360;

    private final DenialReasonMapper reasons = new DenialReasonMapper();
    private final ApplicationValidator validator = new ApplicationValidator();

    /** The mapped record, or null after adding at least one problem. */
    LarApplication map(LarRow row, String uliWhenAbsent, List<LarProblem> problems) {
        int before = problems.size();
        LarValues v = new LarValues(row, problems);
        String uli = row.carries(LarField.ULI) ? row.get(LarField.ULI) : uliWhenAbsent;
        if (!ULI.matcher(uli).matches()) {
            v.problem(LarField.ULI, uli.isEmpty() ? "is required" : "must be 1-45 letters or digits");
        }
        String lei = row.get(LarField.LEI);
        if (!LEI.matcher(lei).matches()) {
            v.problem(LarField.LEI, "must be 20 letters or digits");
        }
        int type = v.code(LarField.LOAN_TYPE, 1, 2, 3, 4);
        int purpose = v.code(LarField.LOAN_PURPOSE, 1, 2, 31, 32, 4, 5);
        int construction = v.code(LarField.CONSTRUCTION_METHOD, 1, 2);
        int occupancy = v.code(LarField.OCCUPANCY, 1, 2, 3);
        int action = v.code(LarField.ACTION_TAKEN, 1, 2, 3, 4, 5, 6, 7, 8);
        int lien = v.code(LarField.LIEN_STATUS, 1, 2);
        double amount = v.positive(LarField.LOAN_AMOUNT);
        Double units = v.number(LarField.TOTAL_UNITS);
        List<Integer> codes = denialCodes(v, row, action);
        Double income = v.number(LarField.INCOME);
        Double value = v.number(LarField.PROPERTY_VALUE);
        Double dti = v.number(LarField.DTI);
        Double cltv = v.number(LarField.CLTV);
        Double term = v.number(LarField.LOAN_TERM);
        Double score = row.carries(LarField.CREDIT_SCORE) ? v.number(LarField.CREDIT_SCORE) : null;
        Double age = v.number(LarField.AGE);
        var applicationDate = v.date(LarField.APPLICATION_DATE);
        var actionDate = v.date(LarField.ACTION_DATE);
        if (problems.size() > before) {
            return null;
        }
        String state = v.text(LarField.STATE);
        String county = v.text(LarField.COUNTY);
        LoanApplication app = LoanApplication.builder()
                .loanAmount(amount).purpose(LoanPurpose.fromHmdaCode(purpose))
                .product(ProductCatalogue.programFor(LoanType.fromHmdaCode(type), amount))
                .termMonths(term == null || term < 1 || term > 480 ? DEFAULT_TERM_MONTHS : (int) Math.round(term))
                .lienStatus(LienStatus.fromHmdaCode(lien)).occupancy(Occupancy.fromHmdaCode(occupancy))
                .propertyValue(value == null || value <= 0 ? null : value)
                .propertyType(PropertyType.fromHmda(construction, units == null ? 1 : (int) Math.floor(units)))
                .state(state != null && STATE.matcher(state).matches() ? state : null)
                .county(county != null && COUNTY.matcher(county).matches() ? county : null)
                .annualIncome(income == null ? null : Math.max(0, income) * 1000)
                .creditScore(score == null || score < 300 || score > 850 ? null : (int) Math.round(score))
                .dtiPercent(dti).cltvPercent(cltv).ltvPercent(lien == 1 ? cltv : null)
                .underwriterNotes(codes.contains(9) && v.text(LarField.DENIAL_TEXT) != null
                        ? "Other denial reason: " + v.text(LarField.DENIAL_TEXT) : null)
                .build();
        for (FieldError e : validator.check(app)) {
            problems.add(new LarProblem(row.line(), e.field(), e.message()));
        }
        if (problems.size() > before) {
            return null;
        }
        Demographics who = new Demographics(HmdaDemographics.race(row.get(LarField.RACE)),
                HmdaDemographics.ethnicity(row.get(LarField.ETHNICITY)), HmdaDemographics.sex(row.get(LarField.SEX)),
                age == null ? Demographics.AgeBand.NOT_PROVIDED : Demographics.AgeBand.of((int) Math.floor(age)));
        return new LarApplication(uli, lei, applicationDate, actionDate, app, HmdaActionTaken.fromCode(action), codes,
                codes.contains(9) ? v.text(LarField.DENIAL_TEXT) : null, reasons.map(codes, app), who);
    }

    /** Reason 1 is 1-10; reasons 2-4 blank or 1-9, no repeats; denials (3, 7) need a reason, others need 10. */
    private static List<Integer> denialCodes(LarValues v, LarRow row, int action) {
        List<Integer> codes = new ArrayList<>();
        int first = v.code(LarField.DENIAL_1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        if (first > 0 && first != 10) {
            codes.add(first);
        }
        for (LarField f : new LarField[] {LarField.DENIAL_2, LarField.DENIAL_3, LarField.DENIAL_4}) {
            Integer c = v.optionalCode(f, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            if (c != null) {
                if (first == 10 || codes.contains(c)) {
                    v.problem(f, first == 10 ? "must be blank when Reason for Denial: 1 is 10" : "repeats code " + c);
                } else {
                    codes.add(c);
                }
            }
        }
        boolean denied = action == 3 || action == 7;
        if (action > 0 && first > 0 && denied == (first == 10)) {
            v.problem(LarField.DENIAL_1, denied ? "a denial (action " + action + ") needs a reason 1-9"
                    : "must be 10 (not applicable) unless the action taken is 3 or 7, was " + first);
        }
        return codes;
    }
}
