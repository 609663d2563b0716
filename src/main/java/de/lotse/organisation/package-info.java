/**
 * Jobcenters (tenants), their sites, and the editable postcode table that routes a concern to the responsible site.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package de.lotse.organisation;
