/**
 * Runs Lotse on its embedded default, an embedded PostgreSQL and mail server and generated keys, whenever nothing external is configured; and what operations need on any runtime: metrics readings, the log format, personal data kept out of logs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded runtime")
package de.lotse.runtime;
