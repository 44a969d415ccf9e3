package com.fintune.dataimport.service;

import com.fintune.application.domain.MortgageApplication;
import com.fintune.application.service.LoanApplicationMapping;
import com.fintune.ml.data.Decision;
import com.fintune.ml.data.Demographics;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.lar.LarApplication;
import com.fintune.ml.data.lar.LarFilingWriter;
import com.fintune.ml.data.lar.Transmittal;
import com.fintune.ml.taxonomy.HmdaActionTaken;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.monitoring.domain.ApplicantDemographics;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the stored applications that have a final HMDA action in a calendar year as a filing-format LAR (what
 * the LAR report screen offers for download). The filer's details come from the caller's transmittal sheet; its
 * record count is set to what is written.
 */
@Stateless
public class LarExportService {

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    /** @return the number of LAR records written */
    public int export(Transmittal filer, Writer out) throws IOException {
        Instant from = LocalDate.of(filer.year(), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(filer.year() + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<MortgageApplication> apps = em.createQuery("select a from MortgageApplication a "
                        + "where a.detail.hmdaActionTaken is not null and a.submittedAt >= :from and a.submittedAt < :to "
                        + "order by a.id", MortgageApplication.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, ApplicantDemographics> demographics = new HashMap<>();
        for (ApplicantDemographics d : em.createQuery("select d from ApplicantDemographics d",
                ApplicantDemographics.class).getResultList()) {
            demographics.put(d.getApplicationId(), d);
        }
        List<LarApplication> records = new ArrayList<>(apps.size());
        for (MortgageApplication a : apps) {
            records.add(record(a, demographics.get(a.getId()), filer.lei()));
        }
        Transmittal header = new Transmittal(filer.institutionName(), filer.year(), filer.quarter(),
                filer.contactName(), filer.contactPhone(), filer.contactEmail(), filer.street(), filer.city(),
                filer.state(), filer.zip(), filer.agencyCode(), records.size(), filer.taxId(), filer.lei());
        new LarFilingWriter().write(out, header, records);
        return records.size();
    }

    private static LarApplication record(MortgageApplication a, ApplicantDemographics d, String lei) {
        HmdaActionTaken action = HmdaActionTaken.fromCode(a.getDetail().hmdaActionTaken());
        Set<ReasonCategory> reasons = EnumSet.noneOf(ReasonCategory.class);
        a.denialReasons().forEach(r -> reasons.add(ReasonCategory.fromName(r)));
        double risk = a.getDetail().riskTarget() == null ? 0 : a.getDetail().riskTarget().doubleValue();
        LabeledApplication labeled = new LabeledApplication(a.getReference(),
                LoanApplicationMapping.toLoanApplication(a), action.isDenial() ? reasons : Set.of(), risk,
                Decision.fromHmda(action), demographics(d));
        return LarApplication.fromDecision(labeled, lei, date(a.getSubmittedAt()),
                date(a.getDecidedAt() == null ? a.getUpdatedAt() : a.getDecidedAt()));
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static Demographics demographics(ApplicantDemographics d) {
        if (d == null) {
            return Demographics.NOT_PROVIDED;
        }
        Demographics.AgeBand age = Demographics.AgeBand.NOT_PROVIDED;
        for (Demographics.AgeBand band : Demographics.AgeBand.values()) {
            if (ApplicationLoader.ageBand(band).equals(d.getAgeBand())) {
                age = band;
            }
        }
        return new Demographics(Demographics.Race.valueOf(d.getRace()),
                Demographics.Ethnicity.valueOf(d.getEthnicity()), Demographics.Sex.valueOf(d.getSex()), age);
    }
}
