package de.lotse.organisation;

/** A Jobcenter using Lotse; its reference prefix starts every concern reference (HH-2026-…). */
public record Jobcenter(JobcenterId id, String code, String name, String referencePrefix) {
}
