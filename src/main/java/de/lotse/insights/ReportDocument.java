package de.lotse.insights;

/** Renders a quarterly report as its accessible PDF; the web layer implements it with the report's template. */
public interface ReportDocument {

    byte[] pdf(ReportData report);
}
