/**
 * The directory of independent counselling centres, shaped on Open Referral HSDS 3 (organization, service, location,
 * schedule, language, accessibility, taxonomy, contact, verification date): searched by citizens, linked and embedded
 * on the Jobcenter's homepage, co-edited with the partners, open as an HSDS-shaped API and open data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package de.lotse.directory;
