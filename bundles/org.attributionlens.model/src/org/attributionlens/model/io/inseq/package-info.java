/**
 * Reads the JSON files of Inseq's {@code FeatureAttributionOutput.save(...)}: entry point
 * {@link org.attributionlens.model.io.inseq.InseqJsonReader}. Everything else in this package is
 * internal to it: the streaming walk over the document, the decoding of safetensors and legacy
 * {@code __ndarray__} tensors, the reduction of tensors with more than two dimensions, and the
 * assembly of one sequence into an {@link org.attributionlens.model.AttributionMatrix}.
 */
package org.attributionlens.model.io.inseq;
