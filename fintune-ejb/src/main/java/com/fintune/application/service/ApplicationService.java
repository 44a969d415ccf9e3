package com.fintune.application.service;

import com.fintune.application.domain.ApplicationStatus;
import com.fintune.application.domain.Customer;
import com.fintune.application.domain.LoanTerms;
import com.fintune.application.domain.MortgageApplication;
import com.fintune.application.domain.UnderwritingFacts;
import com.fintune.application.infrastructure.CustomerRepository;
import com.fintune.application.infrastructure.MortgageApplicationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/** Registers and reads mortgage applications. */
@Stateless
public class ApplicationService {

    @Inject
    MortgageApplicationRepository applications;

    @Inject
    CustomerRepository customers;

    /**
     * Registers a new application for a customer known by the lender's reference, creating the customer the first
     * time it is seen.
     */
    public MortgageApplication register(String reference, String customerRef, String customerName, LoanTerms terms,
                                        UnderwritingFacts facts) {
        if (applications.findByReference(reference).isPresent()) {
            throw new IllegalArgumentException("an application with reference " + reference + " exists already");
        }
        Customer customer = customers.findByExternalRef(customerRef)
                .orElseGet(() -> customers.store(new Customer(customerName, customerRef)));
        return applications.store(new MortgageApplication(reference, customer, terms, facts));
    }

    public Optional<MortgageApplication> find(String reference) {
        return applications.findByReference(reference);
    }

    public long count() {
        return applications.count();
    }

    public Map<ApplicationStatus, Long> countByStatus() {
        return applications.countByStatus();
    }
}
