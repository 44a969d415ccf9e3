package com.fintune.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The rest of what underwriting (and the model) reads beyond {@link UnderwritingFacts}: the requested program,
 * payments, assets, the credit file's marks and depth, verification, and where the record came from with its
 * HMDA action. Amounts in dollars.
 */
@Embeddable
public record UnderwritingDetail(
        @Column(name = "PRODUCT_CODE", length = 20) String productCode,
        @Column(name = "MONTHLY_DEBTS", precision = 14, scale = 2) BigDecimal monthlyDebts,
        @Column(name = "MONTHLY_HOUSING_PAYMENT", precision = 14, scale = 2) BigDecimal monthlyHousingPayment,
        @Column(name = "LIQUID_RESERVES", precision = 14, scale = 2) BigDecimal liquidReserves,
        @Column(name = "CASH_TO_CLOSE", precision = 14, scale = 2) BigDecimal cashToClose,
        @Column(name = "PRIOR_BANKRUPTCY") Boolean priorBankruptcy,
        @Column(name = "PRIOR_FORECLOSURE") Boolean priorForeclosure,
        @Column(name = "COLLECTIONS_COUNT") Integer collectionsCount,
        @Column(name = "LATE_PAYMENTS_24M") Integer latePayments24m,
        @Column(name = "CREDIT_HISTORY_MONTHS") Integer creditHistoryMonths,
        @Column(name = "TRADELINES") Integer tradelines,
        @Column(name = "INCOME_VERIFIED") Boolean incomeVerified,
        @Column(name = "EMPLOYMENT_VERIFIED") Boolean employmentVerified,
        @Column(name = "ASSETS_VERIFIED") Boolean assetsVerified,
        @Column(name = "HMDA_ACTION_TAKEN") Integer hmdaActionTaken,
        @Column(name = "RISK_TARGET", precision = 5, scale = 2) BigDecimal riskTarget,
        @Column(name = "DATA_SOURCE", length = 20) String dataSource) {
}
