/**
 * Loan applications as the lender keeps them: the application, its customer, property, product and documents.
 * JPA entities and value enums only; depends on nothing but Jakarta Persistence.
 */
package com.fintune.application.domain;
