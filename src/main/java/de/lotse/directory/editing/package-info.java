/**
 * Partner editing of the directory: editors of the partner organisations propose changes of their own entries, the
 * coordinator reviews and publishes them; every change stays as the entry's history.
 */
package de.lotse.directory.editing;
