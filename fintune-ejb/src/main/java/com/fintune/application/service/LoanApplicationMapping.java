package com.fintune.application.service;

import com.fintune.application.domain.LoanTerms;
import com.fintune.application.domain.MortgageApplication;
import com.fintune.application.domain.PropertyDetails;
import com.fintune.application.domain.UnderwritingDetail;
import com.fintune.application.domain.UnderwritingFacts;
import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.LoanType;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.underwriting.ProductCatalogue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one translation between stored applications and fintune-ml's {@link LoanApplication} (what the model reads).
 * Codes are fintune-ml's enum names; ratios are stored as fractions (0.4312) and read back as percentages (43.12).
 * An application stored from a {@code LoanApplication} reads back equal to it (amounts to the cent).
 */
public final class LoanApplicationMapping {

    private LoanApplicationMapping() {
    }

    public static LoanTerms terms(LoanApplication a) {
        return new LoanTerms(money(a.loanAmount()), a.purpose().name(), a.loanType().name(), a.termMonths(),
                a.lienStatus().name(), a.occupancy().name(), null);
    }

    public static UnderwritingFacts facts(LoanApplication a) {
        return new UnderwritingFacts(money(a.propertyValue()), money(a.annualIncome()), a.creditScore(),
                fraction(a.dtiPercent()), fraction(a.ltvPercent()), fraction(a.cltvPercent()),
                a.employmentStatus() == null ? null : a.employmentStatus().name(),
                a.yearsEmployed() == null ? null : BigDecimal.valueOf(a.yearsEmployed()).setScale(2, RoundingMode.HALF_UP));
    }

    /** @param hmdaActionTaken null while undecided; @param riskTarget null when unknown */
    public static UnderwritingDetail detail(LoanApplication a, Integer hmdaActionTaken, Double riskTarget,
                                            String dataSource) {
        return new UnderwritingDetail(a.product().name(), money(a.monthlyDebts()), money(a.monthlyHousingPayment()),
                money(a.liquidReserves()), money(a.cashToClose()), a.priorBankruptcy(), a.priorForeclosure(),
                a.collectionsCount(), a.latePayments24m(), a.creditHistoryMonths(), a.tradelines(),
                a.incomeVerified(), a.employmentVerified(), a.assetsVerified(), hmdaActionTaken,
                riskTarget == null ? null : BigDecimal.valueOf(riskTarget).setScale(2, RoundingMode.HALF_UP), dataSource);
    }

    public static PropertyDetails property(LoanApplication a) {
        PropertyDetails p = new PropertyDetails(a.propertyType().name(), money(a.propertyValue()), a.propertyYearBuilt());
        p.locatedAt(null, null, a.state(), null, a.county(), null);
        p.setConstructionMethod(a.propertyType() == PropertyType.MANUFACTURED ? "MANUFACTURED" : "SITE_BUILT");
        p.setUnits(a.propertyType().hmdaTotalUnits());
        return p;
    }

    /** What the model reads about a stored application. */
    public static LoanApplication toLoanApplication(MortgageApplication m) {
        LoanTerms t = m.getTerms();
        UnderwritingFacts f = m.getFacts() == null
                ? new UnderwritingFacts(null, null, null, null, null, null, null, null) : m.getFacts();
        UnderwritingDetail d = m.getDetail() == null ? new UnderwritingDetail(null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null) : m.getDetail();
        PropertyDetails p = m.getProperty();
        double amount = t.loanAmount().doubleValue();
        MortgageProduct product = d.productCode() != null ? MortgageProduct.valueOf(d.productCode())
                : ProductCatalogue.programFor(LoanType.valueOf(t.loanType()), amount);
        return LoanApplication.builder()
                .loanAmount(amount).purpose(LoanPurpose.valueOf(t.loanPurpose())).product(product)
                .termMonths(t.loanTermMonths()).lienStatus(LienStatus.valueOf(t.lienStatus()))
                .occupancy(Occupancy.valueOf(t.occupancy()))
                .propertyValue(dollars(f.propertyValue() != null ? f.propertyValue() : p == null ? null : p.getPropertyValue()))
                .propertyType(p == null ? null : PropertyType.valueOf(p.getPropertyType()))
                .propertyYearBuilt(p == null ? null : p.getYearBuilt())
                .state(p == null ? null : p.getStateCode()).county(p == null ? null : p.getCountyCode())
                .annualIncome(dollars(f.annualIncome())).monthlyDebts(dollars(d.monthlyDebts()))
                .monthlyHousingPayment(dollars(d.monthlyHousingPayment())).creditScore(f.creditScore())
                .dtiPercent(percent(f.debtToIncome())).ltvPercent(percent(f.loanToValue()))
                .cltvPercent(percent(f.combinedLoanToValue()))
                .employmentStatus(f.employmentStatus() == null ? null : EmploymentStatus.valueOf(f.employmentStatus()))
                .yearsEmployed(dollars(f.yearsEmployed())).liquidReserves(dollars(d.liquidReserves()))
                .cashToClose(dollars(d.cashToClose())).priorBankruptcy(d.priorBankruptcy())
                .priorForeclosure(d.priorForeclosure()).collectionsCount(d.collectionsCount())
                .latePayments24m(d.latePayments24m()).creditHistoryMonths(d.creditHistoryMonths())
                .tradelines(d.tradelines()).incomeVerified(d.incomeVerified())
                .employmentVerified(d.employmentVerified()).assetsVerified(d.assetsVerified())
                .underwriterNotes(m.getUnderwriterNotes())
                .build();
    }

    private static BigDecimal money(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal fraction(Double percent) {
        return percent == null ? null : BigDecimal.valueOf(percent).movePointLeft(2).setScale(4, RoundingMode.HALF_UP);
    }

    private static Double dollars(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }

    private static Double percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).doubleValue();
    }
}
