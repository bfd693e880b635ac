package org.attributionlens.model.io.inseq;

import org.attributionlens.internal.model.io.ArrayLength;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;

/**
 * What a tensor is for, which decides the shapes it may have and how it is reduced; checks a
 * declared shape against the limits before anything is allocated for it.
 */
enum TensorKind {
	/** [tokens, steps, ...]: reduced to [tokens, steps]. */
	ATTRIBUTION,
	/** [steps] (any shape with that many elements): kept as it is. */
	SCORES;

	static final int MAX_DIMS = 16;
	/** The largest Java array. */

	/**
	 * How a tensor of this kind with the given shape is reduced: checks the shape and the limits.
	 *
	 * @param what     e.g. "source_attributions: safetensors header"
	 * @param itemSize bytes per element as stored
	 * @param typeName the element type as the file names it
	 */
	Plan plan(long[] shape, int itemSize, String typeName, ReadLimits limits, SourcePosition at, String what)
			throws AttributionFormatException {
		String shapeText = Tensor.shapeText(shape);
		if (this == ATTRIBUTION && shape.length < 2) {
			throw at.error(what + " declares shape " + shapeText
					+ "; an attribution tensor has at least two dimensions: [tokens, generated steps, ...]");
		}
		if (shape.length < 1) {
			throw at.error(what + " declares shape []; a score tensor has one value per generated step");
		}
		if (shape.length > MAX_DIMS) {
			throw at.error(what + " declares " + shape.length + " dimensions; at most " + MAX_DIMS + " are supported");
		}
		for (long dim : shape) {
			if (dim <= 0) {
				throw at.error(what + " declares shape " + shapeText + ", which holds no values");
			}
		}
		long elements = product(shape, 0);
		long cells = this == ATTRIBUTION ? product(shape, 0, 2) : elements;
		long inner = this == ATTRIBUTION ? product(shape, 2) : 1;
		long cellLimit = Math.min(limits.maxCells(), ArrayLength.MAX);
		if (cells > cellLimit) {
			throw at.error(what + " declares shape " + shapeText + ", " + count(cells)
					+ (this == ATTRIBUTION && shape.length > 2 ? " cells after reduction" : " cells")
					+ ", more than the limit of " + cellLimit + " cells");
		}
		long bytes = elements == Long.MAX_VALUE || elements > Long.MAX_VALUE / itemSize ? Long.MAX_VALUE
				: elements * itemSize;
		if (bytes > limits.maxDecompressedBytes()) {
			throw at.error(what + " declares shape " + shapeText + " (" + count(bytes) + " bytes of " + typeName
					+ "), more than the limit of " + limits.maxDecompressedBytes() + " bytes");
		}
		// the reduced values are allocated before the data is read; twice, for the matrix built from them
		long needed = cells * Float.BYTES * 2;
		if (!MemoryBudget.fits(needed)) {
			throw at.error(MemoryBudget.tooLarge(needed, what + " with shape " + shapeText));
		}
		Reduction reduction = this == ATTRIBUTION ? Reduction.forAttribution(shape.length) : Reduction.NONE;
		return new Plan(reduction, (int) cells, inner, elements, bytes);
	}

	private static String count(long value) {
		return value == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(value);
	}

	/** Product of shape[from..], Long.MAX_VALUE on overflow. */
	static long product(long[] shape, int from) {
		return product(shape, from, shape.length);
	}

	static long product(long[] shape, int from, int to) {
		long result = 1;
		for (int i = from; i < to; i++) {
			if (shape[i] != 0 && result > Long.MAX_VALUE / shape[i]) {
				return Long.MAX_VALUE;
			}
			result *= shape[i];
		}
		return result;
	}

	/**
	 * @param cells    values after reduction
	 * @param inner    elements per cell
	 * @param elements elements in the tensor
	 * @param bytes    bytes of the stored elements
	 */
	record Plan(Reduction reduction, int cells, long inner, long elements, long bytes) {
		CellAccumulator reducer() {
			return new CellAccumulator(reduction, cells, inner);
		}
	}
}
