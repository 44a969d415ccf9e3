package com.fintune.assessment.application;

/** The way a prediction was asked for (stored in RISK_ASSESSMENTS.CHANNEL). */
public enum Channel {
    REST, SOAP, CONSOLE, BATCH
}
