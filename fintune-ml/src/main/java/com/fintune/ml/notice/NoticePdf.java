package com.fintune.ml.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders an {@link AdverseActionNotice} to PDF with the JasperReports template {@code adverse-action-notice.jrxml}
 * (this package's resources), filled from a map data source (one row per principal reason) and exported with
 * JasperReports' PDF exporter.
 *
 * <p>The template is compiled once, when this renderer is made, by the Eclipse compiler (jasperreports-jdt): it reads
 * the classes it compiles against through the class loader, so it works on a plain JRE and inside the application
 * server, offline, where the JDK's javac (a file class path, a JDK) would not. Keep one instance and reuse it: it is
 * thread-safe after construction (each render fills its own print).
 *
 * <p>Reproducible: the PDF's creation and modification dates are the notice date, its producer is fixed and its file
 * id is derived from the content ({@link ReproduciblePdf}), so the same notice gives the same bytes on the same
 * machine. Text layout is measured with the JVM's fonts, so another machine's fonts may move a line break; compare
 * {@link NoticeText} (or the PDF's extracted text) across machines.
 */
public final class NoticePdf {

    /** The PDF's producer, fixed so that a library upgrade does not by itself change the bytes. */
    public static final String PRODUCER = "FinTune adverse-action notice";
    private static final String TEMPLATE = "adverse-action-notice.jrxml";

    private final JasperReport report;

    public NoticePdf() {
        try (InputStream in = NoticePdf.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the notice template " + TEMPLATE + " is not on the class path");
            }
            report = JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notice template", e);
        } catch (JRException e) {
            throw new IllegalStateException("the notice template does not compile: " + e.getMessage(), e);
        }
    }

    /** The notice as PDF bytes. */
    public byte[] render(AdverseActionNotice notice) {
        try {
            JasperPrint print = JasperFillManager.fillReport(report, parameters(notice), reasons(notice));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
            config.setMetadataTitle(NoticeWording.TITLE);
            config.setMetadataAuthor(notice.creditor().name());
            config.setMetadataCreator(PRODUCER);
            config.setMetadataProducer(PRODUCER);
            config.setCompressed(true);
            exporter.setConfiguration(config);
            exporter.exportReport();
            return ReproduciblePdf.fix(out.toByteArray(), notice.noticeDate());
        } catch (JRException e) {
            throw new IllegalStateException("the notice could not be rendered: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> parameters(AdverseActionNotice n) {
        Map<String, Object> p = new HashMap<>();
        p.put("CreditorName", n.creditor().name());
        p.put("CreditorAddress", String.join("\n", n.creditor().address()));
        p.put("Title", NoticeWording.TITLE);
        p.put("Particulars", String.join("\n", "Date: " + NoticeWording.date(n.noticeDate()),
                "Applicant: " + n.applicant(), "Application: " + n.applicationReference(),
                "Action taken: " + n.actionTaken()));
        p.put("ReasonsHeading", NoticeWording.REASONS_HEADING);
        p.put("FcraHeading", NoticeWording.FCRA_HEADING);
        p.put("ScoreBlock", String.join("\n", NoticeText.scoreBlock(n)));
        p.put("EcoaHeading", NoticeWording.ECOA_HEADING);
        p.put("EcoaParagraph", NoticeWording.ecoaParagraph(n.agency()));
        return p;
    }

    private static JRMapCollectionDataSource reasons(AdverseActionNotice n) {
        List<Map<String, ?>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < n.reasons().size(); i++) {
            rows.add(Map.of("line", NoticeWording.reasonLine(i + 1, n.reasons().get(i))));
        }
        return new JRMapCollectionDataSource(rows);
    }
}
