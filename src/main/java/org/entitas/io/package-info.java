/**
 * The formats entitas reads and writes, each in one place. Output: the JSON Lines schema of tagged documents with its
 * writer and reader ({@link org.entitas.io.JsonLines}), the IOB2 codec ({@link org.entitas.io.IobSpans}), CSV
 * fields ({@link org.entitas.io.Csv}), the output formats of {@code tag} ({@link org.entitas.io.OutputFormat}).
 * Input: files, directories, archives (zip, tar, gzip), JSON Lines, WARC and HTML read as a stream of
 * {@link org.entitas.Input}s within read limits ({@link org.entitas.io.Inputs}), CoNLL-style token files, CoNLL-U
 * treebanks, brat standoff annotations and text files. Uses the root package's values, and {@code internal} for the
 * optional libraries of the archive and WARC formats.
 */
package org.entitas.io;
