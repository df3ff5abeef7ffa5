/**
 * The OpenNLP side of extraction: model loading, the per-thread sentence detector, tokenizer and name finder
 * ({@code Annotator}), and the feature generators the project's name finder models use. Internal: the public
 * API is {@link org.entitas.EntityExtractor}; the public classes here are public only because the facade and
 * OpenNLP's model loader need to reach them.
 */
package org.entitas.pipeline;
