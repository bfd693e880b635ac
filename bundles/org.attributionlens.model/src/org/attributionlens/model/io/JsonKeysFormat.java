package org.attributionlens.model.io;

import java.io.IOException;
import java.util.List;

import org.attributionlens.internal.model.io.StructureDetector;

/**
 * A JSON format recognised only by its top-level keys, wherever they are in the file
 * ({@link StructureDetector}): its files are {@code .json} like the others', so the name never
 * decides for it.
 */
public abstract class JsonKeysFormat extends DescribedFormat {

	private final StructureDetector.Kind kind;

	protected JsonKeysFormat(String id, String name, StructureDetector.Kind kind) {
		super(id, name, List.of("json"));
		this.kind = kind;
	}

	@Override
	public final Match match(FileHead head) throws IOException {
		return matchContent(head);
	}

	@Override
	public final Match matchContent(FileHead head) throws IOException {
		return head.structure() == kind ? Match.CONTENT : Match.NONE;
	}
}
