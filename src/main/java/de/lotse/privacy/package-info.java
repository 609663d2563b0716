/**
 * Accountability for personal data: every read of a citizen's data is written to the access log, so the citizen and
 * the data protection officer can see who looked, when and why.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package de.lotse.privacy;
