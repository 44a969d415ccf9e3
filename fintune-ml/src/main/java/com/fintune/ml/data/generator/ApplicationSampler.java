package com.fintune.ml.data.generator;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.underwriting.AgencyEligibility;
import com.fintune.ml.underwriting.ProductLimits;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import static com.fintune.ml.data.generator.Sampling.*;

/**
 * Draws one application's structured facts. Mixes and distributions approximate HMDA 2022-2023 national
 * aggregates (see docs/data.md); an {@link AdverseProfile} drawn first says which weaknesses the applicant brings,
 * and without one the applicant is drawn within the program's limits (DTI, LTV, reserves, tenure).
 */
final class ApplicationSampler {

    private static final String[][] COUNTIES = {
        {"CA", "06037"}, {"CA", "06073"}, {"TX", "48201"}, {"TX", "48113"}, {"FL", "12086"}, {"FL", "12095"},
        {"NY", "36047"}, {"NY", "36103"}, {"PA", "42101"}, {"IL", "17031"}, {"OH", "39049"}, {"GA", "13121"},
        {"NC", "37119"}, {"MI", "26163"}, {"AZ", "04013"}, {"WA", "53033"}, {"CO", "08031"}, {"IA", "19153"},
        {"MS", "28049"}};
    private static final double[] COUNTY_WEIGHTS =
        {9, 4, 6, 4, 5, 3, 4, 2, 4, 5, 3, 3, 3, 3, 4, 3, 2, 1, 1};
    private static final MortgageProduct[] PRODUCTS = MortgageProduct.values();

    private final EventSampler events = new EventSampler();
    private final CreditSampler creditSampler = new CreditSampler();

    Draft sample(Random r) {
        MortgageProduct product = PRODUCTS[pick(r, 62, 18, 10, 6, 4)];
        LoanPurpose purpose = purpose(r, product);
        AdverseProfile profile = AdverseProfile.draw(r, purpose);
        Occupancy occupancy = occupancy(r, product);
        PropertyType type = PropertyType.values()[pick(r, 72, 10, 8, 5, product == MortgageProduct.JUMBO ? 0 : 5)];
        if (product == MortgageProduct.USDA && type == PropertyType.TWO_TO_FOUR_UNIT && r.nextDouble() < 0.9) {
            type = PropertyType.SINGLE_FAMILY;
        }
        int yearBuilt = r.nextDouble() < 0.1 ? 2022 + r.nextInt(3) : 2024 - (int) Math.min(124, -30 * Math.log(1 - r.nextDouble()));
        String[] county = COUNTIES[pick(r, COUNTY_WEIGHTS)];
        double income = round(switch (product) {
            case JUMBO -> logNormal(r, 420_000, 0.40);
            case FHA -> logNormal(r, 78_000, 0.45);
            case USDA -> logNormal(r, 62_000, 0.30);
            default -> logNormal(r, 108_000, 0.55);
        }, 100);
        int term = new int[] {360, 180, 240}[pick(r, 85, 10, 5)];
        double rate = product == MortgageProduct.FHA || product == MortgageProduct.VA ? normal(r, 6.4, 0.35, 5, 8.5)
                : normal(r, 6.9, 0.4, 5, 9);
        double frontRatio = switch (product) {
            case FHA -> normal(r, 27, 5, 8, 36);
            case USDA -> normal(r, 23, 4, 8, 29);
            case JUMBO -> normal(r, 25, 5, 8, 36);
            default -> normal(r, 24, 6, 6, 36);
        };
        double maxLtv = AgencyEligibility.maxLtv(LoanApplication.builder().product(product).purpose(purpose)
                .occupancy(occupancy).propertyType(type).build());
        Loan loan = loan(r, product, purpose, occupancy, income * frontRatio / 1200, rate, term, maxLtv,
                profile.overLeveraged());
        double housing = round(loan.housing, 1);
        if (housing / (income / 12) * 100 > 38) {
            income = round(housing * 1200 / frontRatio, 100);
        }
        double monthlyIncome = income / 12;
        double housingRatio = housing / monthlyIncome * 100;
        double otherDebtRatio = normal(r, product == MortgageProduct.FHA || product == MortgageProduct.VA ? 11 : 8, 5.5, 0, 40);
        double loanDebtRatio = loan.otherLienPayment / monthlyIncome * 100;
        double dtiTarget = housingRatio + loanDebtRatio + otherDebtRatio;
        if (profile.highDti()) {
            dtiTarget = ProductLimits.of(product).maxDti() + uniform(r, 0.5, 16);
        } else if (dtiTarget > ProductLimits.of(product).maxDti()) {
            dtiTarget = ProductLimits.of(product).maxDti() - uniform(r, 0.2, 9);
        }
        double debts = round(Math.max(loan.otherLienPayment, (dtiTarget - housingRatio) / 100 * monthlyIncome), 10);
        double dti = round((debts + housing) / monthlyIncome * 100, 0.1);
        EmploymentStatus status = EmploymentStatus.values()[pick(r, 76, 12, 4, 7.7, 0.3)];
        Set<NoteEvent> ev = EnumSet.noneOf(NoteEvent.class);
        double years = round(status == EmploymentStatus.NOT_EMPLOYED ? 0
                : 2 + Math.min(40, -6 * Math.log(1 - r.nextDouble())), 0.1);
        if (status != EmploymentStatus.NOT_EMPLOYED && status != EmploymentStatus.RETIRED
                && (profile.shortTenure() || r.nextDouble() < 0.04)) {
            years = round(uniform(r, 0.1, 1.9), 0.1);
            if (!profile.shortTenure()) {
                ev.add(NoteEvent.SAME_LINE_OF_WORK);
            }
        }
        double cashToClose = round(loan.down + loan.amount * (purpose == LoanPurpose.PURCHASE ? 0.03 : 0.01), 100);
        int requiredMonths = ProductLimits.of(product).reserveMonths() > 0 || occupancy == Occupancy.INVESTMENT
                || type == PropertyType.TWO_TO_FOUR_UNIT ? 6 : 0;
        double reserveMonths = profile.shortOfCash() ? requiredMonths - uniform(r, 0.5, 6)
                : requiredMonths + 0.3 + logNormal(r, 5, 0.8);
        double assets = round(Math.max(500, cashToClose + reserveMonths * housing), 100);
        CreditSampler.CreditFile credit = creditSampler.sample(r, product, purpose, loan.ltv, profile);
        if (credit.openJudgment()) {
            ev.add(NoteEvent.OPEN_JUDGMENT);
        }
        if (profile.overLeveraged() && loan.conditionProblem) {
            ev.add(NoteEvent.PROPERTY_CONDITION);
        }
        LoanApplication draft = LoanApplication.builder()
                .loanAmount(loan.amount).purpose(purpose).product(product).termMonths(term)
                .lienStatus(loan.subordinate ? LienStatus.SUBORDINATE : LienStatus.FIRST).occupancy(occupancy)
                .propertyValue(loan.value).propertyType(type).propertyYearBuilt(yearBuilt)
                .state(county[0]).county(county[1]).annualIncome(income).monthlyDebts(debts)
                .monthlyHousingPayment(housing).creditScore(credit.score()).dtiPercent(dti)
                .ltvPercent(round(loan.ltv, 0.1)).cltvPercent(round(loan.cltv, 0.1))
                .employmentStatus(status).yearsEmployed(years).liquidReserves(assets).cashToClose(cashToClose)
                .priorBankruptcy(credit.bankruptcyFlag()).priorForeclosure(credit.foreclosureFlag())
                .collectionsCount(credit.collections()).latePayments24m(credit.lates())
                .creditHistoryMonths(credit.historyMonths()).tradelines(credit.tradelines())
                .incomeVerified(true).employmentVerified(true).assetsVerified(true)
                .build();
        ev.addAll(events.sample(r, draft, profile.notesEventFactor()));
        return new Draft(events.applyToFlags(r, draft, ev), ev, credit.bankruptcyYearsAgo(),
                credit.foreclosureYearsAgo());
    }

    private static LoanPurpose purpose(Random r, MortgageProduct p) {
        if (p == MortgageProduct.USDA) {
            return r.nextDouble() < 0.985 ? LoanPurpose.PURCHASE : LoanPurpose.CASH_OUT_REFINANCE;
        }
        return LoanPurpose.values()[pick(r, 58, 9, 12, 17, 4)];
    }

    private static Occupancy occupancy(Random r, MortgageProduct p) {
        if (ProductLimits.of(p).principalResidenceOnly()) {
            return r.nextDouble() < 0.993 ? Occupancy.PRINCIPAL_RESIDENCE : Occupancy.INVESTMENT;
        }
        return Occupancy.values()[pick(r, 86, 5, 9)];
    }

    private record Loan(double amount, double value, double ltv, double cltv, double down, boolean subordinate,
                        double housing, double otherLienPayment, boolean conditionProblem) {
    }

    /**
     * Sizes the loan from what the borrower can pay (a front-end housing ratio of income), then the value from the
     * LTV: housing = P&I + taxes and insurance (1.6% of value a year) + mortgage insurance (0.7% a year when due).
     * The CLTV stays within the program's maximum unless the applicant is over-leveraged: then either the value
     * does not support the loan (CLTV above the maximum) or the appraisal finds a condition problem (notes only).
     */
    private static Loan loan(Random r, MortgageProduct p, LoanPurpose purpose, Occupancy occupancy, double capacity,
                             double rate, int term, double maxLtv, boolean overLeveraged) {
        double ltv;
        double cltv;
        boolean subordinate = false;
        if (purpose == LoanPurpose.PURCHASE) {
            ltv = switch (p) {
                case FHA -> r.nextDouble() < 0.8 ? 96.5 : uniform(r, 80, 96.5);
                case VA -> r.nextDouble() < 0.75 ? 100 : uniform(r, 80, 100);
                case USDA -> r.nextDouble() < 0.85 ? 100 : uniform(r, 92, 100);
                case JUMBO -> r.nextDouble() < 0.5 ? 80 : uniform(r, 55, 80);
                default -> new double[] {80, 95, 97, 90, uniform(r, 50, 80)}[pick(r, 28, 14, 11, 13, 34)];
            };
            if (occupancy != Occupancy.PRINCIPAL_RESIDENCE) {
                ltv = Math.min(ltv, occupancy == Occupancy.INVESTMENT ? uniform(r, 60, 85) : uniform(r, 60, 90));
            }
            cltv = ltv;
        } else if (purpose == LoanPurpose.HOME_IMPROVEMENT && p == MortgageProduct.CONVENTIONAL && r.nextDouble() < 0.7) {
            subordinate = true;
            ltv = uniform(r, 5, 20);
            cltv = ltv + uniform(r, 35, 70);
        } else {
            ltv = purpose == LoanPurpose.CASH_OUT_REFINANCE ? uniform(r, 40, 80) : uniform(r, 35, 92);
            cltv = ltv;
        }
        boolean condition = false;
        if (overLeveraged && r.nextDouble() < 0.35) {
            condition = true;
        } else if (overLeveraged) {
            double over = maxLtv + (purpose == LoanPurpose.PURCHASE ? uniform(r, 1, 6) : uniform(r, 1, 14));
            ltv = subordinate ? ltv : over;
            cltv = over;
        }
        if (!overLeveraged || condition) {
            double cap = maxLtv - 0.05;
            ltv = Math.min(ltv, cap);
            cltv = Math.min(cltv, cap);
        }
        double mi = ProductLimits.of(p).requiresPrivateMi(cltv) || p == MortgageProduct.FHA ? 0.007 / 12 : 0;
        double perDollar = Sampling.payment(1, rate, term) + 0.016 / 12 / (cltv / 100) + mi;
        double total = capacity / perDollar;
        if (p == MortgageProduct.JUMBO && total * ltv / cltv <= ProductLimits.of(p).minLoanAmount()) {
            total = ProductLimits.of(p).minLoanAmount() * uniform(r, 1.02, 1.8) * cltv / ltv;
        } else if (total * ltv / cltv > ProductLimits.of(p).maxLoanAmount() && r.nextDouble() < 0.97) {
            total = ProductLimits.of(p).maxLoanAmount() * uniform(r, 0.6, 1.0) * cltv / ltv;
        }
        double value = round(total / (cltv / 100), 1000);
        double amount = Math.max(10_000, Math.floor(value * ltv / 100 / 1000) * 1000);
        double otherLien = subordinate ? Sampling.payment(value * (cltv - ltv) / 100, 4.5, 360) : 0;
        double housing = Sampling.payment(amount, rate, term) + value * 0.016 / 12 + amount * mi;
        ltv = amount / value * 100;
        cltv = Math.max(cltv, ltv);
        double down = purpose == LoanPurpose.PURCHASE ? Math.max(0, value - amount) : 0;
        return new Loan(amount, value, ltv, cltv, down, subordinate, housing, otherLien, condition);
    }
}
