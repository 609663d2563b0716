package de.lotse.insights.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders the report's XHTML as a tagged PDF (PDF/UA: structure tree, language, title, embedded font), so that screen
 * readers can read it as well as the web page. Tables only: the page's charts have the same numbers in their tables.
 */
final class ReportPdf {

    static final String FONT = "/fonts/DejaVuSans.ttf";

    private ReportPdf() {
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONT), "DejaVu Sans");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be rendered as PDF", e);
        }
        return pdf.toByteArray();
    }
}
