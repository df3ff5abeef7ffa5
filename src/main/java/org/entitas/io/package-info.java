/**
 * The formats entitas reads and writes, each in one place: the JSON Lines schema of tagged documents with its
 * writer and reader ({@link org.entitas.io.JsonLines}), the IOB2 codec ({@link org.entitas.io.IobSpans}), CSV
 * fields ({@link org.entitas.io.Csv}), the output formats of {@code tag} ({@link org.entitas.io.OutputFormat}),
 * CoNLL-style token files, CoNLL-U treebanks, brat standoff annotations and text files. Uses the root package's
 * values only.
 */
package org.entitas.io;
