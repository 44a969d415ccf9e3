package com.fintune.dataimport.service;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.application.domain.MortgageApplication;
import com.fintune.application.service.LoanApplicationMapping;
import com.fintune.ml.data.generator.GeneratedCase;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.ml.data.lar.LarImportException;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.platform.database.DatabaseVendor;
import com.fintune.platform.database.SchemaState;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationLoaderTest {

    private H2Jpa db;
    private EntityManager em;
    private ApplicationLoader loader;

    @BeforeEach
    void open(org.junit.jupiter.api.TestInfo info) {
        db = new H2Jpa(info.getTestMethod().orElseThrow().getName());
        em = db.entityManager();
        loader = new ApplicationLoader();
        loader.em = em;
        loader.catalog = new ProductCatalog();
        loader.catalog.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void generatedApplicationsAreStoredOnceAndReadBackAsTheModelSawThem() {
        List<GeneratedCase> cases = new SyntheticLender(GeneratorOptions.withSeed(11)).generateCases(250);
        LoadResult first = db.inTransaction(em, () -> loader.loadGenerated(cases));
        LoadResult again = db.inTransaction(em, () -> loader.loadGenerated(cases));
        assertEquals(new LoadResult(250, 0), first);
        assertEquals(new LoadResult(0, 250), again);
        assertEquals(250, loader.countApplications());
        assertEquals(250L, count("select count(d) from ApplicantDemographics d"));
        assertEquals(5L, count("select count(p) from MortgageProduct p"));
        long denied = cases.stream().filter(c -> !c.labeled().reasons().isEmpty()).count();
        assertEquals(denied, count("select count(a) from MortgageApplication a where a.decision = 'DENIED'"));

        em.clear();
        FeaturePipeline pipeline = new FeaturePipeline();
        for (GeneratedCase c : cases) {
            MortgageApplication stored = em.createQuery("select a from MortgageApplication a where a.reference = :r",
                    MortgageApplication.class).setParameter("r", c.labeled().id()).getSingleResult();
            assertEquals(c.labeled().application(), LoanApplicationMapping.toLoanApplication(stored), c.labeled().id());
            assertEquals(pipeline.combinedText(c.labeled().application()),
                    pipeline.combinedText(LoanApplicationMapping.toLoanApplication(stored)));
            assertEquals(c.labeled().reasons().stream().sorted().map(Enum::name).toList(), stored.denialReasons());
        }
    }

    @Test
    void larImportIsAllOrNothingAndSkipsUlisItHolds() throws Exception {
        Path sample = Path.of(System.getProperty("fintune.fixtures"), "hmda",
                "clean_file_5k_rows_Bank0_syntax_validity.txt");
        String content = Files.readString(sample);
        LarImportService service = new LarImportService();
        service.loader = loader;

        List<String> lines = new java.util.ArrayList<>(content.lines().toList());
        String[] fields = lines.get(4000).split("\\|", -1);
        fields[10] = "X";
        lines.set(4000, String.join("|", fields));
        WrappedImportFailure wrapped = assertThrows(WrappedImportFailure.class,
                () -> db.inTransaction(em, () -> importUnchecked(service, String.join("\n", lines))));
        LarImportException bad = (LarImportException) wrapped.getCause();
        assertEquals("line 4001: Action Taken (field 11): 'X' is not a valid code", bad.problems().get(0).toString());
        assertEquals(0, loader.countApplications());

        LarImportService.Outcome first = db.inTransaction(em, () -> importUnchecked(service, content));
        assertEquals(new LoadResult(5000, 0), first.load());
        assertEquals(5000, first.file().records());
        LarImportService.Outcome again = db.inTransaction(em, () -> importUnchecked(service, content));
        assertEquals(new LoadResult(0, 5000), again.load());
        assertEquals(5000, loader.countApplications());
        assertEquals(500L, count("select count(a) from MortgageApplication a where a.decision = 'DENIED'"));
        assertEquals(850L, count("select count(a) from MortgageApplication a where a.status = "
                + "com.fintune.application.domain.ApplicationStatus.WITHDRAWN"));
    }

    @Test
    void storedDecisionsExportAsALarThatReadsBack() throws Exception {
        List<GeneratedCase> cases = new SyntheticLender(GeneratorOptions.withSeed(12)).generateCases(150);
        db.inTransaction(em, () -> loader.loadGenerated(cases));
        LarExportService export = new LarExportService();
        export.em = em;
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        com.fintune.ml.data.lar.Transmittal filer = new com.fintune.ml.data.lar.Transmittal("FinTune Demo Bank", year,
                4, "Ops", "555-555-0100", "ops@example.com", "1 Main St", "Columbus", "OH", "43215", 9, 0,
                "12-3456789", "549300FINTUNE0DEMO01");
        java.io.StringWriter out = new java.io.StringWriter();
        int written = export.export(filer, out);
        var back = new com.fintune.ml.data.lar.LarReader().read(out.toString());
        assertEquals(150, written);
        assertEquals(150, back.applications().size());
        long denied = cases.stream().filter(c -> !c.labeled().reasons().isEmpty()).count();
        assertEquals(denied, back.summary().byAction().get(com.fintune.ml.taxonomy.HmdaActionTaken.DENIED).longValue());
        for (int i = 0; i < 150; i++) {
            assertEquals(cases.get(i).labeled().demographics(), back.applications().get(i).demographics());
            assertEquals(cases.get(i).labeled().application().loanAmount(),
                    back.applications().get(i).application().loanAmount());
        }
    }

    @Test
    void demoSeedRunsOnlyOnAnEmptyEmbeddedDatabase() {
        DemoDataSeeder seeder = new DemoDataSeeder();
        seeder.loader = loader;
        seeder.count = 120;
        seeder.seed = 5;
        SchemaState postgres = new SchemaState(DatabaseVendor.POSTGRESQL, "1.1", 2, 2, Instant.now(), null);
        SchemaState h2 = new SchemaState(DatabaseVendor.H2, "1.1", 2, 2, Instant.now(), null);
        db.inTransaction(em, () -> seeder.seedIfEmpty(postgres));
        assertEquals(0, loader.countApplications());
        assertEquals(120, db.inTransaction(em, () -> seeder.seedIfEmpty(h2)));
        assertEquals(0, db.inTransaction(em, () -> seeder.seedIfEmpty(h2)));
        assertEquals(120, loader.countApplications());
    }

    /** Lets a checked LarImportException cross the Supplier of inTransaction unchanged. */
    private static LarImportService.Outcome importUnchecked(LarImportService s, String content) {
        try {
            return s.importLar(content);
        } catch (LarImportException e) {
            throw new WrappedImportFailure(e);
        }
    }

    private static final class WrappedImportFailure extends RuntimeException {
        WrappedImportFailure(LarImportException e) {
            super(e);
        }
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
