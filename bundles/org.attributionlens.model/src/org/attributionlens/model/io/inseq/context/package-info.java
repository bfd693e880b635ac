/**
 * Reads the JSON that Inseq's {@code attribute-context} command saves (PECoRe, MIRAGE): entry point
 * {@link org.attributionlens.model.io.inseq.context.AttributeContextReader}; the rest walks the
 * document and assembles its matrix.
 */
package org.attributionlens.model.io.inseq.context;
