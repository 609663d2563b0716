/**
 * The direct line: independent counselling centres refer a client's conflict (Klärungsfall) straight to the
 * responsible site management — only under the client's recorded consent, with agreed clocks, an escalation ladder
 * (site → area → executive management) and the deadline guard beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Direct line")
package de.lotse.directline;
