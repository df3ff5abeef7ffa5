/**
 * Bulk tagging: reading archives of documents in many formats as a stream of {@link org.entitas.Input}s, running
 * them through the extractor's tagging run ({@link org.entitas.bulk.BulkRun}), writing results and failures so
 * that a run can be resumed ({@link org.entitas.bulk.Sink}), and reporting progress. Uses the root package,
 * {@code io} and {@code internal}.
 */
package org.entitas.bulk;
