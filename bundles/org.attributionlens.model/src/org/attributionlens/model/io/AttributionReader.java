package org.attributionlens.model.io;

import java.io.IOException;
import java.io.InputStream;

import org.attributionlens.model.AttributionMatrix;

/** Reads one attribution file format. Implementations are stateless and thread-safe. */
public interface AttributionReader {

	/**
	 * Reads a whole matrix. The stream is read to its end but not closed: the caller owns it.
	 *
	 * @throws IOException                 when reading the stream fails
	 * @throws AttributionFormatException when the content is not a valid file of this format
	 */
	AttributionMatrix read(InputStream in) throws IOException, AttributionFormatException;
}
