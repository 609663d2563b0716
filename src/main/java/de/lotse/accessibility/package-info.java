/**
 * Lotse's accessibility statement (BITV 2.0, EU 2016/2102 model) and its feedback route: reported barriers are kept
 * and forwarded to the Jobcenter's mailbox for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accessibility")
package de.lotse.accessibility;
