package org.attributionlens.model.io;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;

/** A JSON factory whose character parsers are {@link TokenAttrParser}s. */
final class NativeJsonFactory extends JsonFactory {

	private static final long serialVersionUID = 1L;

	NativeJsonFactory(JsonFactoryBuilder builder) {
		super(builder);
	}

	@Override
	protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
		return new TokenAttrParser(context, _parserFeatures, reader, _objectCodec, _rootCharSymbols.makeChild());
	}
}
