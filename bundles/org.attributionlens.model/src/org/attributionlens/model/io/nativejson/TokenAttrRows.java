package org.attributionlens.model.io.nativejson;

import org.attributionlens.internal.model.io.ArrayLength;
import org.attributionlens.internal.model.io.FloatList;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.ReadLimits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rows of {@code token_attr} as read, one per output token, each with the position where it
 * starts, in one of two storage modes:
 * <ul>
 * <li><b>direct</b>, when the number of output tokens is known before {@code token_attr} starts
 * (the usual order: Captum's fields, the README snippet): values go into the final row-major matrix
 * {@code [input][output]}, a block of rows at a time so that the transposing writes stay cache
 * friendly. The number of inputs is taken from {@code input_tokens} when known, else from the
 * first row. The matrix is only allocated once an eighth of the rows has arrived, so that a small
 * file cannot make the reader allocate for a huge matrix its token arrays merely announce; reading
 * then needs at most 4.5 bytes per cell. When a {@link TailReader} reads the end, the matrix is
 * allocated at the start instead ({@link #shareMatrix()}), for a file large enough to hold it.</li>
 * <li><b>list</b>, otherwise: rows are kept as read, because the token arrays that give the
 * expected lengths may come after {@code token_attr}, and transposed at the end (briefly 8 bytes
 * per cell).</li>
 * </ul>
 * A row that does not fit the direct layout (a different length, or more rows than output tokens)
 * switches to list mode, so that the consistency checks at the end see exactly what the file
 * holds and report it the same way in both modes.
 */
final class TokenAttrRows {

	/** Rows buffered before they are written into the matrix column by column. */
	private static final int BLOCK = 16;
	/** The part of the rows that must have arrived before the matrix is allocated. */
	private static final int FIRST_BLOCK_DIVISOR = 8;

	private final ReadLimits limits;
	private final Supplier<SourcePosition> where;
	/** Largest number of values kept: the cell limit, or what one array can hold. */
	private final long capacity;
	private final List<SourcePosition> starts = new ArrayList<>();
	private boolean inRow;

	// direct mode
	private boolean direct;
	private final int outputs;
	/** Row length in direct mode; -1 until the first row ends when input_tokens was not known. */
	private int inputs;
	private FloatList firstRow;
	private float[] matrix;
	/** Rows read but not yet in the matrix; the first block is larger (see the class comment). */
	private float[][] block;
	/** Index of the row in block[0]; rows before it are in the matrix. */
	private int blockStart;
	/** Completed rows in the block. */
	private int pending;
	private float[] currentRow;
	private int currentLength;
	/** The row of the matrix the first row read here goes to: 0, or where a tail starts. */
	private int rowOffset;

	// list mode
	private final List<FloatList> rows = new ArrayList<>();
	private FloatList current;
	private long cells;

	/**
	 * @param limits  the cell limit is enforced on the values kept
	 * @param where   the parser's position, only asked for when a limit is exceeded
	 * @param inputs  number of input tokens when already read, else -1
	 * @param outputs number of output tokens when already read, else -1
	 */
	TokenAttrRows(ReadLimits limits, Supplier<SourcePosition> where, int inputs, int outputs) {
		this.limits = limits;
		this.where = where;
		this.capacity = Math.min(limits.maxCells(), ArrayLength.MAX);
		this.outputs = outputs;
		this.inputs = inputs;
		this.direct = outputs > 0 && (inputs < 0 || inputs > 0 && (long) inputs * outputs <= capacity);
	}

	/**
	 * Starts a row; its values follow with {@link #add(float)}.
	 *
	 * @throws AttributionFormatException when there would be more rows than the limits allow tokens
	 */
	void startRow(SourcePosition start) throws AttributionFormatException {
		if (rowOffset + starts.size() >= limits.maxTokens()) {
			throw start.error("token_attr has more than " + LimitMessages.count(limits.maxTokens()) + " rows, "
					+ LimitMessages.cellsAllow(limits));
		}
		if (direct && rowOffset + starts.size() >= outputs) {
			toListMode();
		}
		starts.add(start);
		inRow = true;
		currentLength = 0;
		if (direct) {
			if (inputs < 0) {
				firstRow = new FloatList(64);
			} else {
				currentRow = rowBuffer();
			}
		} else {
			// sized like the previous row, since all rows should have the same length
			current = new FloatList(rows.isEmpty() ? 64 : rows.get(rows.size() - 1).size());
			rows.add(current);
		}
	}

	/**
	 * Adds a value to the current row.
	 *
	 * @throws AttributionFormatException when the values would exceed the cell limit
	 */
	void add(float value) throws AttributionFormatException {
		if (direct) {
			if (currentLength < inputs) {
				currentRow[currentLength++] = value;
				return;
			}
			if (inputs < 0 && (long) (firstRow.size() + 1) * outputs <= capacity) {
				firstRow.add(value);
				return;
			}
			toListMode();
		}
		if (cells >= capacity) {
			throw where.get().error("token_attr has more than " + LimitMessages.count(capacity) + " values, which "
					+ (capacity == limits.maxCells() ? LimitMessages.cells(limits) : "is more than can be held"));
		}
		cells++;
		current.add(value);
	}

	/**
	 * How many more values the current row takes before {@link #add(float)} would do more than
	 * store one: switch the storage mode or report the cell limit.
	 */
	int room() {
		if (direct) {
			if (inputs >= 0) {
				return inputs - currentLength;
			}
			return (int) Math.max(0, Math.min(Integer.MAX_VALUE, capacity / outputs - firstRow.size()));
		}
		return (int) Math.min(Integer.MAX_VALUE, capacity - cells);
	}

	/** Ends the current row. */
	void endRow() {
		if (direct) {
			endDirectRow();
		}
		inRow = false;
	}

	private void endDirectRow() {
		if (inputs < 0) {
			if (firstRow.size() == 0) {
				toListMode();
				return;
			}
			inputs = firstRow.size();
			currentRow = firstRow.toArray();
			currentLength = inputs;
			firstRow = null;
			block()[0] = currentRow;
		}
		if (currentLength != inputs) {
			toListMode();
			return;
		}
		pending++;
		if (pending == block.length) {
			flush();
		}
	}

	/** Called after the last row. */
	void finish() {
		if (direct) {
			if (inputs < 0) {
				toListMode();
			} else {
				flush();
			}
		}
	}

	int count() {
		return starts.size();
	}

	/**
	 * The rows of the end of {@code token_attr} that a {@link TailReader} reads, from output row
	 * {@code firstRow} on, straight into the matrix of the rows read from the start.
	 */
	static TokenAttrRows tail(ReadLimits limits, Supplier<SourcePosition> where, int inputs, int outputs, float[] matrix,
			int firstRow) {
		TokenAttrRows rows = new TokenAttrRows(limits, where, inputs, outputs);
		rows.matrix = matrix;
		rows.rowOffset = firstRow;
		rows.blockStart = firstRow;
		return rows;
	}

	/** Whether the rows go straight into the matrix (direct mode, the matrix allocated). */
	boolean readsIntoMatrix() {
		return direct && matrix != null;
	}

	/** Whether a tail holds every row from its first to the last, all in the matrix. */
	boolean filledToTheEnd() {
		return readsIntoMatrix() && rowOffset + starts.size() == outputs && pending == 0;
	}

	/**
	 * The matrix, allocated now, for a {@link TailReader} to fill its last rows while these are
	 * read; null unless reading straight into the matrix and no row has been read yet.
	 */
	float[] shareMatrix() {
		if (!direct || inputs <= 0 || !starts.isEmpty()) {
			return null;
		}
		matrix = new float[inputs * outputs];
		return matrix;
	}

	/** The rows from here to the end are in the matrix, put there by a {@link TailReader}. */
	void adoptTail(int rowCount, SourcePosition start) {
		flush();
		blockStart += rowCount;
		for (int i = 0; i < rowCount; i++) {
			starts.add(start);
		}
	}

	int length(int row) {
		return direct ? inputs : rows.get(row).size();
	}

	SourcePosition start(int row) {
		return starts.get(row);
	}

	boolean allHaveLength(int length) {
		if (direct) {
			return starts.isEmpty() || inputs == length;
		}
		return rows.stream().allMatch(row -> row.size() == length);
	}

	/**
	 * The values as a row-major array with one row per input token, the heatmap orientation.
	 * There must be one row per output token, each of {@code inputs} values. In direct mode this is
	 * the array filled while reading, not a copy.
	 */
	float[] transpose(int inputs) {
		if (direct && inputs == this.inputs && starts.size() == outputs && matrix != null && pending == 0) {
			float[] values = matrix;
			matrix = null;
			return values;
		}
		if (direct) {
			toListMode();
		}
		int outputs = rows.size();
		float[] values = new float[inputs * outputs];
		for (int output = 0; output < outputs; output++) {
			FloatList row = rows.get(output);
			for (int input = 0; input < inputs; input++) {
				values[input * outputs + output] = row.get(input);
			}
			rows.set(output, null);
		}
		return values;
	}

	/** The pending rows; the first block holds an eighth of the rows (at least a block). */
	private float[][] block() {
		if (block == null) {
			// with the matrix already there, nothing is gained by waiting for an eighth of the rows
			int first = matrix != null ? BLOCK : Math.max(BLOCK, (outputs + FIRST_BLOCK_DIVISOR - 1) / FIRST_BLOCK_DIVISOR);
			block = new float[Math.min(first, outputs)][];
		}
		return block;
	}

	/** A buffer for the next row, reused once its block has gone into the matrix. */
	private float[] rowBuffer() {
		float[][] rows = block();
		if (rows[pending] == null) {
			rows[pending] = new float[inputs];
		}
		return rows[pending];
	}

	/** Writes the pending rows into their columns of the matrix, allocating it the first time. */
	private void flush() {
		if (pending == 0) {
			return;
		}
		if (matrix == null) {
			matrix = new float[inputs * outputs];
		}
		for (int input = 0; input < inputs; input++) {
			int base = input * outputs + blockStart;
			for (int row = 0; row < pending; row++) {
				matrix[base + row] = block[row][input];
			}
		}
		blockStart += pending;
		pending = 0;
		if (block.length > BLOCK) {
			block = Arrays.copyOf(block, BLOCK);
		}
	}

	/** Rebuilds the rows read so far, including the one in progress, as lists; frees the matrix. */
	private void toListMode() {
		if (!direct) {
			return;
		}
		if (rowOffset > 0) {
			// the rows before a tail are not here to rebuild: the reader of the start reads on itself
			throw new NotATail();
		}
		direct = false;
		for (int row = 0; row < blockStart; row++) {
			FloatList list = new FloatList(inputs);
			for (int input = 0; input < inputs; input++) {
				list.add(matrix[input * outputs + row]);
			}
			rows.add(list);
		}
		for (int row = 0; row < pending; row++) {
			rows.add(copy(block[row], inputs));
		}
		if (inRow) {
			rows.add(firstRow != null ? firstRow : copy(currentRow, currentLength));
			current = rows.get(rows.size() - 1);
		}
		for (FloatList row : rows) {
			cells += row.size();
		}
		matrix = null;
		block = null;
		firstRow = null;
		currentRow = null;
	}

	private static FloatList copy(float[] values, int length) {
		FloatList list = new FloatList(length);
		for (int i = 0; i < length; i++) {
			list.add(values[i]);
		}
		return list;
	}
}
