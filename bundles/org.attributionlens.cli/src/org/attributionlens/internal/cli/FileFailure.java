package org.attributionlens.internal.cli;

/** The file cannot be used (unreadable or invalid); carries the complete line for stderr. Exit code 1. */
final class FileFailure extends Exception {

	private static final long serialVersionUID = 1L;

	FileFailure(String line) {
		super(line);
	}
}
