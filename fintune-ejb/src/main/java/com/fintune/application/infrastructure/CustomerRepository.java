package com.fintune.application.infrastructure;

import com.fintune.application.domain.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores and finds customers. */
@ApplicationScoped
public class CustomerRepository {

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    public Customer store(Customer customer) {
        em.persist(customer);
        return customer;
    }

    public Optional<Customer> findByExternalRef(String externalRef) {
        return em.createQuery("select c from Customer c where c.externalRef = :ref", Customer.class)
                .setParameter("ref", externalRef)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
    }
}
