/**
 * The lender's underwriting rules in one home: each program's limits ({@link com.fintune.ml.underwriting.ProductCatalogue},
 * {@link com.fintune.ml.underwriting.ProductLimits}), baseline agency eligibility, compensating factors, seasoning
 * of derogatory events, the mortgage-insurance rule, the products offered and which programs' terms an application
 * meets ({@link com.fintune.ml.underwriting.ProgramEligibility}). The feature pipeline, the decision policy
 * ({@code explain}), the synthetic lender ({@code data.generator}) and the server's MORTGAGE_PRODUCTS table
 * all read them from here. Depends only on {@code data} (the application records) and {@code taxonomy}.
 */
package com.fintune.ml.underwriting;
