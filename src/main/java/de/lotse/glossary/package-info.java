/**
 * The glossary for citizens: the words of the Jobcenter they meet in letters and on Lotse's pages, each explained in
 * plain words (and in Leichte Sprache), with an anchor of its own so that any text can link to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Glossary")
package de.lotse.glossary;
