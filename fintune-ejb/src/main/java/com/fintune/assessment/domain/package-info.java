/**
 * Risk assessments: what the model said about an application (twelve reason probabilities, risk score, reasons,
 * decision), with the model version, input hash and request id that make it reproducible, and
 * what a shadow version said about the same input (ShadowPrediction, kept apart, never an answer). JPA only.
 */
package com.fintune.assessment.domain;
