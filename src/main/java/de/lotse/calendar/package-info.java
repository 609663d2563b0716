/**
 * The Hamburg business calendar: which days are working days, from the statutory public holidays and the one-off
 * holidays the Senate may declare; used by service-level clocks and legal deadlines alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business calendar")
package de.lotse.calendar;
