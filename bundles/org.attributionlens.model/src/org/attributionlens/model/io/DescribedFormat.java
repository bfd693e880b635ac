package org.attributionlens.model.io;

import java.util.List;

/** What every format says of itself: its id, its name and its usual extensions, given once. */
public abstract class DescribedFormat implements AttributionFormat {

	private final String id;
	private final String name;
	private final List<String> fileExtensions;

	protected DescribedFormat(String id, String name, List<String> fileExtensions) {
		this.id = id;
		this.name = name;
		this.fileExtensions = List.copyOf(fileExtensions);
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final List<String> fileExtensions() {
		return fileExtensions;
	}
}
