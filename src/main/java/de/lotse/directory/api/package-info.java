/**
 * The directory's open interfaces: an Open Referral HSDS 3 shaped read API, the open-data exports (CSV and HSDS JSON,
 * under the Datenlizenz Deutschland – Namensnennung 2.0) and the coordinator's import of both formats.
 */
package de.lotse.directory.api;
