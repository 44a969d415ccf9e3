package com.fintune.interfaces.console;

/**
 * The eight screens of the console, in menu order, with their page and (for screens still to come) the issue that
 * delivers them.
 */
public enum ConsoleScreen {
    DASHBOARD("Dashboard", "/index.xhtml", "pi pi-home", null),
    TRAINING("Training performance & denial reasons", "/training.xhtml", "pi pi-chart-bar", null),
    PREDICTION_VOLUME("Prediction volume & accuracy (7 days)", "/predictions.xhtml", "pi pi-chart-line",
            "issue 7 (prediction service)"),
    MODEL("Model", "/model.xhtml", "pi pi-box", null),
    DATA("Data", "/data.xhtml", "pi pi-database", "issue 5 (loan data and LAR import)"),
    MONITORING("Monitoring", "/monitoring.xhtml", "pi pi-eye", "issue 7 (prediction service) and issue 6 (fairness)"),
    PREDICTION_ANALYSIS("Prediction analysis", "/analysis.xhtml", "pi pi-search", "issue 7 (prediction service)"),
    LAR_REPORT("Prediction analysis report (LAR)", "/lar.xhtml", "pi pi-file", "issue 5 (LAR export)");

    private final String title;
    private final String page;
    private final String icon;
    private final String arrivesWith;

    ConsoleScreen(String title, String page, String icon, String arrivesWith) {
        this.title = title;
        this.page = page;
        this.icon = icon;
        this.arrivesWith = arrivesWith;
    }

    public String getTitle() { return title; }
    public String getPage() { return page; }
    public String getIcon() { return icon; }
    public String getArrivesWith() { return arrivesWith; }
    public boolean isReady() { return arrivesWith == null; }
}
