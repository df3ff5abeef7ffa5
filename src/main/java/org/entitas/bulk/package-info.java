/**
 * Bulk tagging: reading archives of documents in many formats, tagging them on several threads in input order
 * with bounded memory, writing results and failures so that a run can be resumed, and reporting progress.
 */
package org.entitas.bulk;
