package com.fintune.dataimport.service;

import com.fintune.application.domain.ApplicationDocument;
import com.fintune.application.domain.Customer;
import com.fintune.application.domain.MortgageApplication;
import com.fintune.application.domain.MortgageProduct;
import com.fintune.application.domain.PropertyDetails;
import com.fintune.application.service.LoanApplicationMapping;
import com.fintune.ml.data.Decision;
import com.fintune.ml.data.Demographics;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.generator.GeneratedCase;
import com.fintune.ml.data.generator.LoanDocument;
import com.fintune.ml.data.lar.LarApplication;
import com.fintune.ml.taxonomy.HmdaActionTaken;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.monitoring.domain.ApplicantDemographics;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes applications with their customer, property, product, decision, demographics and documents. Each call is
 * one transaction (the caller's, if any): it all lands or none of it does. Applications whose reference is already
 * stored are skipped, so loading the same data twice creates no duplicates.
 */
@Stateless
public class ApplicationLoader {

    static final String SYNTHETIC = "SYNTHETIC";
    static final String HMDA_LAR = "HMDA_LAR";
    private static final int FLUSH_EVERY = 200;

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    @EJB
    ProductCatalog catalog;

    public long countApplications() {
        return em.createQuery("select count(a) from MortgageApplication a", Long.class).getSingleResult();
    }

    public LoadResult loadGenerated(List<GeneratedCase> cases) {
        Map<com.fintune.ml.data.MortgageProduct, Long> products = catalog.ensureProducts();
        Set<String> existing = existingReferences(cases.stream().map(c -> c.labeled().id()).toList());
        int loaded = 0;
        for (GeneratedCase c : cases) {
            var l = c.labeled();
            if (existing.add(l.id())) {
                store(l.id(), c.customerId(), "Synthetic applicant " + c.customerId(), l.application(), l.decision(),
                        l.reasons(), l.demographics(), l.riskTarget(), SYNTHETIC, c.documents(), products);
                loaded++;
                flushNow(loaded);
            }
        }
        return new LoadResult(loaded, cases.size() - loaded);
    }

    public LoadResult loadLar(List<LarApplication> records) {
        Map<com.fintune.ml.data.MortgageProduct, Long> products = catalog.ensureProducts();
        Set<String> existing = existingReferences(records.stream().map(LarApplication::uli).toList());
        int loaded = 0;
        for (LarApplication r : records) {
            if (existing.add(r.uli())) {
                store(r.uli(), "LAR-" + r.uli(), "HMDA applicant " + r.uli(), r.application(), r.decision(),
                        r.reasons(), r.demographics(), null, HMDA_LAR, List.of(), products);
                loaded++;
                flushNow(loaded);
            }
        }
        return new LoadResult(loaded, records.size() - loaded);
    }

    /** Which of these references are stored already (queried in chunks). */
    Set<String> existingReferences(Collection<String> references) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(references);
        for (int i = 0; i < all.size(); i += 500) {
            found.addAll(em.createQuery("select a.reference from MortgageApplication a where a.reference in :refs",
                            String.class)
                    .setParameter("refs", all.subList(i, Math.min(all.size(), i + 500))).getResultList());
        }
        return found;
    }

    private void store(String reference, String customerRef, String customerName, LoanApplication a,
                       Decision decision, Set<ReasonCategory> reasons, Demographics who, Double risk, String source,
                       List<LoanDocument> documents, Map<com.fintune.ml.data.MortgageProduct, Long> products) {
        Customer customer = new Customer(customerName, customerRef);
        customer.employment(a.employmentStatus() == null ? null : a.employmentStatus().name(), null,
                a.yearsEmployed() == null ? null : BigDecimal.valueOf(a.yearsEmployed()),
                a.annualIncome() == null ? null : BigDecimal.valueOf(a.annualIncome()));
        customer.creditScore(a.creditScore(), a.creditScore() == null ? null : "FICO");
        em.persist(customer);
        PropertyDetails property = LoanApplicationMapping.property(a);
        em.persist(property);
        HmdaActionTaken action = decision.actionTaken();
        MortgageApplication app = new MortgageApplication(reference, customer, LoanApplicationMapping.terms(a),
                LoanApplicationMapping.facts(a));
        app.securedBy(property);
        app.offeredAs(em.getReference(MortgageProduct.class, products.get(a.product())));
        app.describedBy(LoanApplicationMapping.detail(a, action == null ? null : action.code(), risk, source));
        app.setUnderwriterNotes(a.underwriterNotes());
        if (action == HmdaActionTaken.WITHDRAWN) {
            app.withdraw();
        } else if (action == null) {
            app.startReview();
        } else {
            app.decide(decisionName(action), reasons.stream().sorted().map(Enum::name).toList());
        }
        em.persist(app);
        em.persist(new ApplicantDemographics(app.getId(), who.race().name(), who.ethnicity().name(),
                who.sex().name(), ageBand(who.ageBand())));
        for (LoanDocument d : documents) {
            if (d.status() != LoanDocument.Status.MISSING) {
                ApplicationDocument doc = new ApplicationDocument(app, d.type().name(),
                        d.type().name().toLowerCase(java.util.Locale.ROOT) + ".pdf", null);
                if (d.status() == LoanDocument.Status.VERIFIED) {
                    doc.markVerified();
                }
                em.persist(doc);
            }
        }
    }

    private void flushNow(int loaded) {
        if (loaded % FLUSH_EVERY == 0) {
            em.flush();
            em.clear();
        }
    }

    /** The DECISION column's words: APPROVED, DENIED, or the HMDA action's name. */
    static String decisionName(HmdaActionTaken action) {
        return switch (action) {
            case ORIGINATED -> "APPROVED";
            case DENIED, PREAPPROVAL_DENIED -> "DENIED";
            default -> action.name();
        };
    }

    /** HMDA public-file age bands, as the APPLICANT_DEMOGRAPHICS table documents them. */
    static String ageBand(Demographics.AgeBand band) {
        return switch (band) {
            case UNDER_25 -> "<25";
            case AGE_25_34 -> "25-34";
            case AGE_35_44 -> "35-44";
            case AGE_45_54 -> "45-54";
            case AGE_55_64 -> "55-64";
            case AGE_65_74 -> "65-74";
            case OVER_74 -> ">74";
            case NOT_PROVIDED -> "NA";
        };
    }
}
