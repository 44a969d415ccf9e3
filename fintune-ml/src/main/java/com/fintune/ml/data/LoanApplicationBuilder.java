package com.fintune.ml.data;

/** Fluent construction of a {@link LoanApplication}; unset fields stay null (or 0). */
public final class LoanApplicationBuilder {
    private double loanAmount;
    private LoanPurpose purpose;
    private MortgageProduct product;
    private int termMonths;
    private LienStatus lienStatus;
    private Occupancy occupancy;
    private Double propertyValue;
    private PropertyType propertyType;
    private Integer propertyYearBuilt;
    private String state;
    private String county;
    private Double annualIncome;
    private Double monthlyDebts;
    private Double monthlyHousingPayment;
    private Integer creditScore;
    private Double dtiPercent;
    private Double ltvPercent;
    private Double cltvPercent;
    private EmploymentStatus employmentStatus;
    private Double yearsEmployed;
    private Double liquidReserves;
    private Double cashToClose;
    private Boolean priorBankruptcy;
    private Boolean priorForeclosure;
    private Integer collectionsCount;
    private Integer latePayments24m;
    private Integer creditHistoryMonths;
    private Integer tradelines;
    private Boolean incomeVerified;
    private Boolean employmentVerified;
    private Boolean assetsVerified;
    private String underwriterNotes;

    public static LoanApplicationBuilder from(LoanApplication a) {
        LoanApplicationBuilder b = new LoanApplicationBuilder();
        b.loanAmount = a.loanAmount();
        b.purpose = a.purpose();
        b.product = a.product();
        b.termMonths = a.termMonths();
        b.lienStatus = a.lienStatus();
        b.occupancy = a.occupancy();
        b.propertyValue = a.propertyValue();
        b.propertyType = a.propertyType();
        b.propertyYearBuilt = a.propertyYearBuilt();
        b.state = a.state();
        b.county = a.county();
        b.annualIncome = a.annualIncome();
        b.monthlyDebts = a.monthlyDebts();
        b.monthlyHousingPayment = a.monthlyHousingPayment();
        b.creditScore = a.creditScore();
        b.dtiPercent = a.dtiPercent();
        b.ltvPercent = a.ltvPercent();
        b.cltvPercent = a.cltvPercent();
        b.employmentStatus = a.employmentStatus();
        b.yearsEmployed = a.yearsEmployed();
        b.liquidReserves = a.liquidReserves();
        b.cashToClose = a.cashToClose();
        b.priorBankruptcy = a.priorBankruptcy();
        b.priorForeclosure = a.priorForeclosure();
        b.collectionsCount = a.collectionsCount();
        b.latePayments24m = a.latePayments24m();
        b.creditHistoryMonths = a.creditHistoryMonths();
        b.tradelines = a.tradelines();
        b.incomeVerified = a.incomeVerified();
        b.employmentVerified = a.employmentVerified();
        b.assetsVerified = a.assetsVerified();
        b.underwriterNotes = a.underwriterNotes();
        return b;
    }

    public LoanApplicationBuilder loanAmount(double value) {
        this.loanAmount = value;
        return this;
    }

    public LoanApplicationBuilder purpose(LoanPurpose value) {
        this.purpose = value;
        return this;
    }

    public LoanApplicationBuilder product(MortgageProduct value) {
        this.product = value;
        return this;
    }

    public LoanApplicationBuilder termMonths(int value) {
        this.termMonths = value;
        return this;
    }

    public LoanApplicationBuilder lienStatus(LienStatus value) {
        this.lienStatus = value;
        return this;
    }

    public LoanApplicationBuilder occupancy(Occupancy value) {
        this.occupancy = value;
        return this;
    }

    public LoanApplicationBuilder propertyValue(Double value) {
        this.propertyValue = value;
        return this;
    }

    public LoanApplicationBuilder propertyType(PropertyType value) {
        this.propertyType = value;
        return this;
    }

    public LoanApplicationBuilder propertyYearBuilt(Integer value) {
        this.propertyYearBuilt = value;
        return this;
    }

    public LoanApplicationBuilder state(String value) {
        this.state = value;
        return this;
    }

    public LoanApplicationBuilder county(String value) {
        this.county = value;
        return this;
    }

    public LoanApplicationBuilder annualIncome(Double value) {
        this.annualIncome = value;
        return this;
    }

    public LoanApplicationBuilder monthlyDebts(Double value) {
        this.monthlyDebts = value;
        return this;
    }

    public LoanApplicationBuilder monthlyHousingPayment(Double value) {
        this.monthlyHousingPayment = value;
        return this;
    }

    public LoanApplicationBuilder creditScore(Integer value) {
        this.creditScore = value;
        return this;
    }

    public LoanApplicationBuilder dtiPercent(Double value) {
        this.dtiPercent = value;
        return this;
    }

    public LoanApplicationBuilder ltvPercent(Double value) {
        this.ltvPercent = value;
        return this;
    }

    public LoanApplicationBuilder cltvPercent(Double value) {
        this.cltvPercent = value;
        return this;
    }

    public LoanApplicationBuilder employmentStatus(EmploymentStatus value) {
        this.employmentStatus = value;
        return this;
    }

    public LoanApplicationBuilder yearsEmployed(Double value) {
        this.yearsEmployed = value;
        return this;
    }

    public LoanApplicationBuilder liquidReserves(Double value) {
        this.liquidReserves = value;
        return this;
    }

    public LoanApplicationBuilder cashToClose(Double value) {
        this.cashToClose = value;
        return this;
    }

    public LoanApplicationBuilder priorBankruptcy(Boolean value) {
        this.priorBankruptcy = value;
        return this;
    }

    public LoanApplicationBuilder priorForeclosure(Boolean value) {
        this.priorForeclosure = value;
        return this;
    }

    public LoanApplicationBuilder collectionsCount(Integer value) {
        this.collectionsCount = value;
        return this;
    }

    public LoanApplicationBuilder latePayments24m(Integer value) {
        this.latePayments24m = value;
        return this;
    }

    public LoanApplicationBuilder creditHistoryMonths(Integer value) {
        this.creditHistoryMonths = value;
        return this;
    }

    public LoanApplicationBuilder tradelines(Integer value) {
        this.tradelines = value;
        return this;
    }

    public LoanApplicationBuilder incomeVerified(Boolean value) {
        this.incomeVerified = value;
        return this;
    }

    public LoanApplicationBuilder employmentVerified(Boolean value) {
        this.employmentVerified = value;
        return this;
    }

    public LoanApplicationBuilder assetsVerified(Boolean value) {
        this.assetsVerified = value;
        return this;
    }

    public LoanApplicationBuilder underwriterNotes(String value) {
        this.underwriterNotes = value;
        return this;
    }

    public LoanApplication build() {
        return new LoanApplication(
                loanAmount, purpose, product, termMonths, lienStatus, occupancy, propertyValue, propertyType,
                propertyYearBuilt, state, county, annualIncome, monthlyDebts, monthlyHousingPayment, creditScore,
                dtiPercent, ltvPercent, cltvPercent, employmentStatus, yearsEmployed, liquidReserves, cashToClose,
                priorBankruptcy, priorForeclosure, collectionsCount, latePayments24m, creditHistoryMonths,
                tradelines, incomeVerified, employmentVerified, assetsVerified, underwriterNotes);
    }
}
