/**
 * A Jobcenter's own wording: administrators override any shipped text in any language for their Jobcenter, without a
 * redeploy; pages and mails read the overrides through the application's message source, every change is kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobcenter wording")
package de.lotse.wording;
