/**
 * The bulk run: a stream of {@link org.entitas.Input}s (as {@link org.entitas.io.Inputs} reads them) run through the
 * extractor's tagging run ({@link org.entitas.bulk.BulkRun}), each document reported to a
 * {@link org.entitas.bulk.BulkRun.Listener}, results and failures written so that a run can be resumed
 * ({@link org.entitas.bulk.Sink}: the file sink with its journal, or the writer sink). Uses the root package,
 * {@code io} and {@code internal}.
 */
package org.entitas.bulk;
