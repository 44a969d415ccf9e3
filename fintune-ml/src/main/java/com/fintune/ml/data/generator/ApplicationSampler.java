package com.fintune.ml.data.generator;

import static com.fintune.ml.data.generator.Sampling.*;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.underwriting.ProductLimits;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * Draws one application's structured facts. Mixes and distributions approximate HMDA 2022-2023 national
 * aggregates (see docs/data.md), with some programs and adverse conditions over-sampled so that every denial
 * reason has support.
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

    Draft sample(Random r) {
        MortgageProduct product = PRODUCTS[pick(r, 62, 18, 10, 6, 4)];
        LoanPurpose purpose = purpose(r, product);
        Occupancy occupancy = occupancy(r, product);
        PropertyType type = PropertyType.values()[pick(r, 72, 10, 8, 5, 5)];
        int yearBuilt = r.nextDouble() < 0.1 ? 2022 + r.nextInt(3) : 2024 - (int) Math.min(124, -30 * Math.log(1 - r.nextDouble()));
        String[] county = COUNTIES[pick(r, COUNTY_WEIGHTS)];
        double income = round(switch (product) {
            case JUMBO -> logNormal(r, 420_000, 0.40);
            case FHA -> logNormal(r, 78_000, 0.45);
            case USDA -> logNormal(r, 72_000, 0.40);
            default -> logNormal(r, 108_000, 0.55);
        }, 100);
        // refinance and home-improvement applicants score lower and are denied more often than buyers (HMDA 2022-23)
        double refinanceOffset = purpose == LoanPurpose.PURCHASE ? 0 : -30;
        Integer score = r.nextDouble() < (product == MortgageProduct.FHA || product == MortgageProduct.USDA ? 0.035 : 0.01)
                ? null : (int) Math.round(Math.max(480, refinanceOffset + switch (product) {
                    case JUMBO -> normal(r, 762, 38, 600, 850);
                    case FHA -> normal(r, 672, 48, 480, 850);
                    case VA -> normal(r, 702, 58, 480, 850);
                    case USDA -> normal(r, 688, 48, 480, 850);
                    default -> normal(r, 732, 58, 480, 850);
                }));
        int term = new int[] {360, 180, 240}[pick(r, 85, 10, 5)];
        double rate = product == MortgageProduct.FHA || product == MortgageProduct.VA ? normal(r, 6.4, 0.35, 5, 8.5)
                : normal(r, 6.9, 0.4, 5, 9);
        double frontRatio = switch (product) {
            case FHA -> normal(r, 28, 6, 8, 55);
            case USDA -> normal(r, 24, 5, 8, 50);
            case JUMBO -> normal(r, 26, 5, 8, 50);
            default -> normal(r, 25, 7, 6, 55);
        };
        Loan loan = loan(r, product, purpose, occupancy, income * frontRatio / 1200, rate, term);
        double housing = round(loan.housing, 1);
        double otherDebtRatio = switch (product) {
            case FHA -> normal(r, 13, 7, 0, 45);
            case VA -> normal(r, 12, 7, 0, 45);
            case USDA, JUMBO -> normal(r, 8, 5, 0, 40);
            default -> normal(r, 8.5, 6.5, 0, 45);
        };
        double monthlyIncome = income / 12;
        double debts = round(otherDebtRatio / 100 * monthlyIncome + loan.otherLienPayment, 10);
        double dti = round((debts + housing) / monthlyIncome * 100, 0.1);
        EmploymentStatus status = EmploymentStatus.values()[pick(r, 75, 12, 5, 6.5, 1.5)];
        double years = round(status == EmploymentStatus.NOT_EMPLOYED ? 0 : r.nextDouble() < 0.05
                ? uniform(r, 0.1, 2) : 2 + Math.min(40, -6 * Math.log(1 - r.nextDouble())), 0.1);
        double cashToClose = round(loan.down + loan.amount * (purpose == LoanPurpose.PURCHASE ? 0.03 : 0.01), 100);
        int requiredMonths = ProductLimits.of(product).reserveMonths() > 0 || occupancy == Occupancy.INVESTMENT
                || type == PropertyType.TWO_TO_FOUR_UNIT ? 6 : 0;
        double reserveMonths = r.nextDouble() < 0.05 ? requiredMonths - uniform(r, 0.5, 6)
                : requiredMonths + logNormal(r, 5, 0.8);
        double assets = round(Math.max(500, cashToClose + reserveMonths * housing), 100);
        int creditMonths = r.nextDouble() < 0.02 ? 3 + r.nextInt(21) : 24 + r.nextInt(360);
        int tradelines = r.nextDouble() < 0.02 ? r.nextInt(3) : 3 + poisson(r, 6);
        int s = score == null ? 640 : score;
        double riskiness = s < 620 ? 1.6 : s < 680 ? 0.5 : 0.08;
        int lates = poisson(r, riskiness);
        int collections = poisson(r, riskiness * 0.6);
        Double bkYears = r.nextDouble() < (s < 640 ? 0.10 : 0.025) ? round(uniform(r, 0.5, 10), 0.5) : null;
        Double fcYears = r.nextDouble() < (s < 640 ? 0.05 : 0.01) ? round(uniform(r, 0.5, 9), 0.5) : null;
        Set<NoteEvent> ev = EnumSet.noneOf(NoteEvent.class);
        LoanApplication draft = LoanApplication.builder()
                .loanAmount(loan.amount).purpose(purpose).product(product).termMonths(term)
                .lienStatus(loan.subordinate ? LienStatus.SUBORDINATE : LienStatus.FIRST).occupancy(occupancy)
                .propertyValue(loan.value).propertyType(type).propertyYearBuilt(yearBuilt)
                .state(county[0]).county(county[1]).annualIncome(income).monthlyDebts(debts)
                .monthlyHousingPayment(housing).creditScore(score).dtiPercent(dti)
                .ltvPercent(round(loan.ltv, 0.1)).cltvPercent(round(loan.cltv, 0.1))
                .employmentStatus(status).yearsEmployed(years).liquidReserves(assets).cashToClose(cashToClose)
                .priorBankruptcy(bkYears != null).priorForeclosure(fcYears != null).collectionsCount(collections)
                .latePayments24m(lates).creditHistoryMonths(creditMonths).tradelines(tradelines)
                .incomeVerified(true).employmentVerified(true).assetsVerified(true)
                .build();
        ev.addAll(events.sample(r, draft));
        return new Draft(events.applyToFlags(r, draft, ev), ev, bkYears, fcYears);
    }

    private static LoanPurpose purpose(Random r, MortgageProduct p) {
        if (p == MortgageProduct.USDA) {
            return r.nextDouble() < 0.93 ? LoanPurpose.PURCHASE : LoanPurpose.CASH_OUT_REFINANCE;
        }
        return LoanPurpose.values()[pick(r, 58, 9, 12, 17, 4)];
    }

    private static Occupancy occupancy(Random r, MortgageProduct p) {
        if (ProductLimits.of(p).principalResidenceOnly()) {
            return r.nextDouble() < 0.97 ? Occupancy.PRINCIPAL_RESIDENCE : Occupancy.INVESTMENT;
        }
        return Occupancy.values()[pick(r, 86, 5, 9)];
    }

    private record Loan(double amount, double value, double ltv, double cltv, double down, boolean subordinate,
                        double housing, double otherLienPayment) {
    }

    /**
     * Sizes the loan from what the borrower can pay (a front-end housing ratio of income), then the value from the
     * LTV: housing = P&I + taxes and insurance (1.6% of value a year) + mortgage insurance (0.7% a year when due).
     */
    private static Loan loan(Random r, MortgageProduct p, LoanPurpose purpose, Occupancy occupancy, double capacity,
                             double rate, int term) {
        double ltv;
        double cltv;
        boolean subordinate = false;
        if (purpose == LoanPurpose.PURCHASE) {
            ltv = switch (p) {
                case FHA -> r.nextDouble() < 0.8 ? 96.5 : uniform(r, 80, 96.9);
                case VA -> r.nextDouble() < 0.75 ? 100 : uniform(r, 80, 101);
                case USDA -> r.nextDouble() < 0.85 ? 100 : uniform(r, 92, 100.8);
                case JUMBO -> r.nextDouble() < 0.5 ? 80 : uniform(r, 55, 86);
                default -> new double[] {80, 95, 97, 90, uniform(r, 50, 80), uniform(r, 96, 100)}
                        [pick(r, 28, 14, 11, 13, 33, 1)];
            };
            if (occupancy != Occupancy.PRINCIPAL_RESIDENCE && r.nextDouble() < 0.9) {
                ltv = Math.min(ltv, occupancy == Occupancy.INVESTMENT ? uniform(r, 60, 85) : uniform(r, 60, 90));
            }
            cltv = ltv;
        } else if (purpose == LoanPurpose.HOME_IMPROVEMENT && p == MortgageProduct.CONVENTIONAL && r.nextDouble() < 0.6) {
            subordinate = true;
            ltv = uniform(r, 5, 20);
            cltv = ltv + uniform(r, 40, 76);
        } else {
            ltv = purpose == LoanPurpose.CASH_OUT_REFINANCE ? uniform(r, 45, 84) : uniform(r, 35, 93);
            if (r.nextDouble() < 0.01) {
                ltv = uniform(r, 92, 110);
            }
            cltv = ltv;
        }
        double mi = ProductLimits.of(p).requiresPrivateMi(cltv) || p == MortgageProduct.FHA ? 0.007 / 12 : 0;
        double perDollar = Sampling.payment(1, rate, term) + 0.016 / 12 / (cltv / 100) + mi;
        double total = capacity / perDollar;
        if (p == MortgageProduct.JUMBO && total * ltv / cltv <= ProductLimits.of(p).minLoanAmount()) {
            total = ProductLimits.of(p).minLoanAmount() * uniform(r, 1.02, 1.8) * cltv / ltv;
        } else if (total * ltv / cltv > ProductLimits.of(p).maxLoanAmount() && r.nextDouble() < 0.8) {
            total = ProductLimits.of(p).maxLoanAmount() * uniform(r, 0.6, 1.0) * cltv / ltv;
        }
        double value = round(total / (cltv / 100), 1000);
        double amount = Math.max(10_000, round(value * ltv / 100, 1000));
        double otherLien = subordinate ? Sampling.payment(value * (cltv - ltv) / 100, 4.5, 360) : 0;
        double housing = Sampling.payment(amount, rate, term) + value * 0.016 / 12 + amount * mi;
        ltv = amount / value * 100;
        cltv = Math.max(cltv, ltv);
        double down = purpose == LoanPurpose.PURCHASE ? Math.max(0, value - amount) : 0;
        return new Loan(amount, value, ltv, cltv, down, subordinate, housing, otherLien);
    }
}
