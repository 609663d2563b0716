/**
 * The languages Lotse speaks with citizens: which ones, how they are written (left to right or right to left), and
 * which of them the pages are already translated into.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Languages")
package de.lotse.language;
