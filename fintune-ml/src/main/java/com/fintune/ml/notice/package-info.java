/**
 * The adverse-action notice (Regulation B 12 CFR 1002.9, FCRA section 615(a)/(h)) as a value, its plain-text form and
 * its PDF (a JasperReports template in this package's resources). Plain Java: may use the taxonomy, the serving
 * answer ({@code PredictionAnswer}) and JasperReports, never Jakarta, a database or the model; the caller supplies the reasons in order.
 */
package com.fintune.ml.notice;
