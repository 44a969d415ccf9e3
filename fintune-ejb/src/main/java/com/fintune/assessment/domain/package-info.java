/**
 * Risk assessments: what the model said about an application (twelve reason probabilities, risk score, reasons,
 * decision), with the model version, input hash and request id that make it reproducible. JPA only.
 */
package com.fintune.assessment.domain;
