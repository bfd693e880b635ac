package org.attributionlens.internal.model.io;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;

/** A JSON factory whose character parsers are a reader's lane, a {@link WindowedCharParser}. */
public final class LaneJsonFactory extends JsonFactory {

	private static final long serialVersionUID = 1L;

	/** The lane's constructor. */
	@FunctionalInterface
	public interface Lane {
		WindowedCharParser create(IOContext context, int features, Reader reader, ObjectCodec codec,
				CharsToNameCanonicalizer symbols);
	}

	/** Not serialised: a factory read back makes Jackson's own parsers. */
	private final transient Lane lane;

	public LaneJsonFactory(JsonFactoryBuilder builder, Lane lane) {
		super(builder);
		this.lane = lane;
	}

	@Override
	protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
		if (lane == null) {
			return super._createParser(reader, context);
		}
		return lane.create(context, _parserFeatures, reader, _objectCodec, _rootCharSymbols.makeChild());
	}
}
