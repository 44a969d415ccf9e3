package com.fintune.ml.notice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.taxonomy.ReasonCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders notices through the JasperReports template and reads them back with PDFBox. */
class NoticePdfTest {

    private static NoticePdf renderer;

    @BeforeAll
    static void compileOnce() {
        renderer = new NoticePdf();
    }

    @Test
    void everyReasonTheEcoaNoticeAndTheScoreBlockArePrinted() throws IOException {
        AdverseActionNotice notice = NoticeFixtures.withScore();
        byte[] pdf = renderer.render(notice);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        String text = flat(text(pdf));
        for (ReasonCategory r : notice.reasons()) {
            assertTrue(text.contains(flat(r.noticeText())), () -> "missing reason " + r + " in " + text);
        }
        assertTrue(text.indexOf("1. Excessive obligations") < text.indexOf("4. Insufficient funds"), "reasons in order");
        assertTrue(text.contains(flat(NoticeWording.ecoaParagraph(NoticeFixtures.AGENCY))), text);
        assertTrue(text.contains("Your credit score: 655"), text);
        assertTrue(text.contains("Scores range from a low of 300 to a high of 850."), text);
        assertTrue(text.contains("- Debt-to-income ratio") && text.contains("- Delinquent credit obligations"), text);
        assertTrue(text.contains(flat(NoticeWording.FREE_REPORT)), "free report within 60 days and dispute: " + text);
        assertTrue(text.contains("Example Credit Bureau"), text);
        assertFalse(text.contains(NoticeWording.NO_SCORE), text);
    }

    @Test
    void withoutAScoreTheBlockSaysNoneWasUsed() throws IOException {
        String text = flat(text(renderer.render(NoticeFixtures.withoutScore())));
        assertTrue(text.contains(NoticeWording.NO_SCORE), text);
        assertFalse(text.contains("Your credit score:"), text);
        assertTrue(text.contains(flat(ReasonCategory.INCOME.noticeText())), text);
    }

    @Test
    void theSameNoticeGivesTheSameBytesDatedOnTheNoticeDate() throws IOException {
        AdverseActionNotice notice = NoticeFixtures.withScore();
        byte[] first = renderer.render(notice);
        assertArrayEquals(first, new NoticePdf().render(notice));
        try (PDDocument doc = Loader.loadPDF(first)) {
            var created = doc.getDocumentInformation().getCreationDate().toInstant().atOffset(ZoneOffset.UTC);
            assertEquals(notice.noticeDate(), created.toLocalDate());
            assertEquals(NoticePdf.PRODUCER, doc.getDocumentInformation().getProducer());
        }
    }

    @Test
    void thePdfSaysWhatThePlainTextSays() throws IOException {
        AdverseActionNotice notice = NoticeFixtures.withScore();
        assertEquals(flat(NoticeText.render(notice)), flat(text(renderer.render(notice))));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Line breaks in the PDF fall where the layout puts them: compare words separated by single spaces. */
    static String flat(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
