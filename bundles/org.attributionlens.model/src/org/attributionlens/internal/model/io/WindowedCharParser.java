package org.attributionlens.internal.model.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;

/**
 * Jackson's character parser for lanes that scan its buffer themselves: a lane takes a unit (a
 * {@code , number} pair, a group of four base64 characters) only when it lies whole in the
 * buffer, so that it can leave a unit it does not take to the general parser unread. Jackson's
 * own refill discards what is left of the buffer; {@link #fill(int)} keeps it.
 */
public abstract class WindowedCharParser extends ReaderBasedJsonParser {

	protected WindowedCharParser(IOContext context, int features, Reader reader, ObjectCodec codec,
			CharsToNameCanonicalizer symbols) {
		super(context, features, reader, codec, symbols);
	}

	/**
	 * Moves the unread characters to the front of the buffer and reads more behind them until
	 * {@code window} characters are unread or the input ends, keeping the parser's counts of
	 * processed characters and of the line start consistent.
	 *
	 * @return false when nothing is left unread
	 */
	protected final boolean fill(int window) throws IOException {
		if (_reader == null) {
			return _inputPtr < _inputEnd;
		}
		int remaining = _inputEnd - _inputPtr;
		if (_inputPtr > 0) {
			System.arraycopy(_inputBuffer, _inputPtr, _inputBuffer, 0, remaining);
			_currInputProcessed += _inputPtr;
			_currInputRowStart -= _inputPtr;
			_inputPtr = 0;
			_inputEnd = remaining;
		}
		while (_inputEnd < _inputBuffer.length) {
			int count;
			try {
				count = _reader.read(_inputBuffer, _inputEnd, _inputBuffer.length - _inputEnd);
			} catch (CharacterCodingException e) {
				// the text fails again when the parser reads there, which reports it at the right place
				break;
			}
			if (count < 0) {
				break;
			}
			_inputEnd += count;
			if (_inputEnd - _inputPtr >= window) {
				break;
			}
		}
		return _inputEnd > _inputPtr;
	}
}
