/**
 * The case core: a citizen's concern, its reference and private status link, its timeline and status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Concerns")
package de.lotse.concerns;
