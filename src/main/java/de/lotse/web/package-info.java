/**
 * What every page shares: layout, language selection and message bundles, security headers, error pages, and the
 * start page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package de.lotse.web;
