package org.attributionlens.model.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.List;

import org.attributionlens.model.AttributionMatrix;

/**
 * One file format that Attribution Lens reads: what it is called, which file names it usually
 * has, how its content is recognised, and its reader. {@link AttributionFormats} knows them all;
 * the readers' façade, the IDE's content type, the editor's file associations and the command
 * line's help all go through it, so a new format is one class and one line there.
 */
public interface AttributionFormat {

	/** How strongly a format recognises a file; the strongest wins, ties go to the registry's order. */
	enum Match {
		/** Not this format. */
		NONE,
		/** The content is not anyone's for sure, but it is shaped like this format's (a last resort). */
		SHAPE,
		/** The file's name says so (its extension). */
		NAME,
		/** The content's structure says so, whatever the name. */
		CONTENT
	}

	/** A short stable identifier, for messages and tests: {@code native}, {@code inseq}, {@code table}. */
	String id();

	/** The name users know the format by. */
	String name();

	/** The extensions such files usually have, lower case, without the dot (gzip's {@code gz} comes on top of any). */
	List<String> fileExtensions();

	/** How strongly this format claims a file: by the structure of its content, its name or its shape. */
	Match match(FileHead head) throws IOException;

	/**
	 * The claim of a binary format: its magic decides ({@link #matchContent}), else a name of
	 * its own, so that a file so named that is none is read by it and told what it lacks.
	 */
	static Match contentOrName(AttributionFormat format, FileHead head) throws IOException {
		Match content = format.matchContent(head);
		if (content != Match.NONE) {
			return content;
		}
		return head.hasExtension(format.fileExtensions()) ? Match.NAME : Match.NONE;
	}

	/**
	 * How strongly the content alone (no name: the IDE's content type) is this format's; at most
	 * {@link Match#SHAPE} for formats without a structure of their own.
	 */
	Match matchContent(FileHead head) throws IOException;

	/**
	 * Reads the whole file.
	 *
	 * @param in     the (decompressed) content from its start, read to the end, not closed
	 * @param source the open file {@code in} reads, when it is an uncompressed file; else null
	 */
	AttributionMatrix read(BufferedInputStream in, FileHead head, ReadOptions options, FileChannel source)
			throws IOException, AttributionFormatException;
}
