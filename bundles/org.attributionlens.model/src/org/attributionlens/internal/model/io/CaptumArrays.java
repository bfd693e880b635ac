package org.attributionlens.internal.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.SequenceOutOfRangeException;

/**
 * The arrays of Captum's result as binary files hold them ({@code token_attr} of shape
 * (n_output, n_input), the tokens, {@code seq_attr}, {@code output_probs}), made into a matrix the
 * way the native JSON reader makes its own: rows are input tokens, and the matrix declares that
 * Captum draws it with a row per output token, so the file opens in Captum's orientation.
 */
public final class CaptumArrays {

	private final String format;
	private final ReadLimits limits;
	private int outputs = -1;
	private int inputs = -1;
	/** token_attr, input-major (one row per input token), as the matrix keeps it. */
	private float[] inputMajor;
	private List<String> inputTokens;
	private List<String> outputTokens;
	private float[] seqAttr;
	private float[] outputProbs;
	private Map<String, Object> meta = Map.of();

	/** @param format the format's label, e.g. "numpy .npz" */
	public CaptumArrays(String format, ReadLimits limits) {
		this.format = format;
		this.limits = limits;
	}

	/** These files hold one matrix: only sequence 0 is there. */
	public void checkSequence(int requested) throws SequenceOutOfRangeException {
		if (requested != 0) {
			throw new SequenceOutOfRangeException(0, 0, "sequence " + requested + " was requested, but a " + format
					+ " file holds a single sequence (0)", requested, 1);
		}
	}

	/**
	 * Checks a declared shape of token_attr against the limits, before anything is allocated for
	 * it; returns its cell count.
	 */
	public long checkShape(long[] shape, String what, SourcePosition at) throws AttributionFormatException {
		if (shape.length != 2) {
			throw at.error(what + " has shape " + shapeText(shape)
					+ "; token_attr must have two dimensions, (n_output, n_input), as Captum's token_attr has");
		}
		if (shape[0] < 1 || shape[1] < 1) {
			throw at.error(what + " has shape " + shapeText(shape)
					+ "; at least one output token and one input token are required");
		}
		if (Math.multiplyHigh(shape[0], shape[1]) != 0 || shape[0] * shape[1] > limits.maxCells()) {
			throw at.error(what + " has shape " + shapeText(shape) + ", "
					+ (Math.multiplyHigh(shape[0], shape[1]) != 0 ? "too many cells to count"
							: LimitMessages.count(shape[0] * shape[1]) + " cells")
					+ ", which " + LimitMessages.cells(limits));
		}
		long cells = shape[0] * shape[1];
		if (cells > ArrayLength.MAX) {
			throw at.error(what + " has " + LimitMessages.count(cells) + " cells, more than can be held");
		}
		return cells;
	}

	/**
	 * Checks that token_attr of this (checked) shape fits in the free memory.
	 *
	 * @param copies how many float arrays of its size the reader holds at once (2 when it is
	 *               transposed)
	 */
	public void checkMemory(long[] shape, int copies, SourcePosition at) throws AttributionFormatException {
		MemoryBudget.check(shape[0] * shape[1] * Float.BYTES * copies, "the matrix of " + LimitMessages.count(shape[0])
				+ " x " + LimitMessages.count(shape[1]) + " cells", at);
	}

	/** Checks a declared count of per-token values or tokens against the limits. */
	public void checkCount(long count, String what, SourcePosition at) throws AttributionFormatException {
		if (count > limits.maxTokens()) {
			throw at.error(what + " has " + LimitMessages.count(count) + " elements, " + LimitMessages.cellsAllow(limits));
		}
	}

	/**
	 * token_attr as read.
	 *
	 * @param outputMajor whether {@code values} are row-major (C order: one row per output token);
	 *                    else column-major (Fortran order), which is already input-major
	 */
	public void tokenAttr(float[] values, int outputs, int inputs, boolean outputMajor, SourcePosition at)
			throws AttributionFormatException {
		for (int k = 0; k < values.length; k++) {
			if (Float.isInfinite(values[k])) {
				int output = outputMajor ? k / inputs : k % outputs;
				int input = outputMajor ? k % inputs : k / outputs;
				throw at.error("token_attr[" + output + "][" + input + "] is " + (values[k] > 0 ? "" : "-")
						+ "infinite (or beyond the range of a 32-bit float); only finite numbers and NaN (missing) are allowed");
			}
		}
		this.outputs = outputs;
		this.inputs = inputs;
		if (!outputMajor) {
			inputMajor = values;
			return;
		}
		float[] transposed = new float[values.length];
		for (int output = 0; output < outputs; output++) {
			int row = output * inputs;
			for (int input = 0; input < inputs; input++) {
				transposed[input * outputs + output] = values[row + input];
			}
		}
		inputMajor = transposed;
	}

	public boolean hasTokenAttr() {
		return inputMajor != null;
	}

	public void inputTokens(List<String> tokens) {
		inputTokens = tokens;
	}

	public void outputTokens(List<String> tokens) {
		outputTokens = tokens;
	}

	public void seqAttr(float[] values) {
		seqAttr = values;
	}

	public void outputProbs(float[] values) {
		outputProbs = values;
	}

	public void meta(Map<String, Object> values) {
		meta = values;
	}

	/**
	 * The matrix, once token_attr and the tokens agree.
	 *
	 * @param at where token_attr is, for the messages about counts
	 */
	public AttributionMatrix build(SourcePosition at) throws AttributionFormatException {
		if (inputMajor == null) {
			throw at.error("there is no token_attr; expected an array token_attr of shape (n_output, n_input)");
		}
		List<String> in = checkTokens(inputTokens, inputs, "input_tokens", "input", at);
		List<String> out = checkTokens(outputTokens, outputs, "output_tokens", "output", at);
		checkValues(seqAttr, inputs, "seq_attr", "input", at);
		checkValues(outputProbs, outputs, "output_probs", "output", at);
		return AttributionMatrix.builder(in, out, inputMajor, format).meta(meta).sequenceAttribution(seqAttr)
				.outputProbabilities(outputProbs).writtenOrientation(Orientation.OUTPUTS_AS_ROWS).build();
	}

	/** The tokens, or when the file has none, their numbers "0", "1", ... */
	private static List<String> checkTokens(List<String> tokens, int expected, String key, String side, SourcePosition at)
			throws AttributionFormatException {
		if (tokens == null) {
			List<String> numbers = new ArrayList<>(expected);
			for (int k = 0; k < expected; k++) {
				numbers.add(Integer.toString(k));
			}
			return numbers;
		}
		if (tokens.size() != expected) {
			throw at.error(key + " has " + tokens.size() + " tokens but token_attr has " + expected + " " + side
					+ " tokens (its shape is (n_output, n_input), one row per output token)");
		}
		return tokens;
	}

	private static void checkValues(float[] values, int expected, String key, String side, SourcePosition at)
			throws AttributionFormatException {
		if (values == null) {
			return;
		}
		if (values.length != expected) {
			throw at.error(key + " has " + values.length + " values, expected " + expected + " (one per " + side + " token)");
		}
		for (int k = 0; k < values.length; k++) {
			if (Float.isInfinite(values[k])) {
				throw at.error(key + "[" + k + "] is infinite (or beyond the range of a 32-bit float); only finite numbers and NaN are allowed");
			}
		}
	}

	/** "(3, 4)", as numpy writes shapes. */
	public static String shapeText(long[] shape) {
		StringBuilder text = new StringBuilder("(");
		for (int k = 0; k < shape.length; k++) {
			text.append(k == 0 ? "" : ", ").append(shape[k]);
		}
		return text.append(shape.length == 1 ? ",)" : ")").toString();
	}
}
