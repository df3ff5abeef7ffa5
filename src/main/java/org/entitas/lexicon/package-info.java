/**
 * The Indonesian word lists bundled with entitas ({@link org.entitas.lexicon.WordList}: titles, organization
 * heads, place cues, abbreviations), read in one place by the trainers of {@code org.entitas.train} and by the
 * knowledge graph of {@code org.entitas.graph}. Nothing here depends on OpenNLP.
 */
package org.entitas.lexicon;
