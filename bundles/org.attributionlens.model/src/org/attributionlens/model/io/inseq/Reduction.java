package org.attributionlens.model.io.inseq;

/** How the elements of one cell of a tensor become one value. */
enum Reduction {
	/** One element per cell: the tensor is already two-dimensional (or a score vector). */
	NONE,
	/** The vector L2 norm of the cell's elements (gradient methods: token x step x embedding). */
	L2,
	/** The mean of the cell's elements (attention: token x step x layer x head ...). */
	MEAN;

	/** The reduction Inseq's {@code show()} applies by default to a tensor with {@code dims} dimensions. */
	static Reduction forAttribution(int dims) {
		return dims <= 2 ? NONE : dims == 3 ? L2 : MEAN;
	}
}
