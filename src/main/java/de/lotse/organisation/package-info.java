/**
 * Jobcenters (tenants), their sites, the editable postcode table that routes a concern to the responsible site, and
 * the accounts of staff and of the approved counselling centres' counsellors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package de.lotse.organisation;
