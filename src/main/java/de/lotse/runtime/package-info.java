/**
 * Runs Lotse on its embedded default, an embedded PostgreSQL and mail server and generated keys, whenever nothing external is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded runtime")
package de.lotse.runtime;
