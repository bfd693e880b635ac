package org.attributionlens.model.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.nativejson.NativeJsonReader;

/**
 * Locates the shared sample files and this fragment's fixtures, and reads them. Tycho runs the
 * tests with the fragment's directory as working directory, an IDE or a plain JUnit launcher
 * often with the repository root, so the repository root is found by walking up from there.
 */
public final class Fixtures {

	private static final String FRAGMENT = "tests/org.attributionlens.model.tests";
	private static final Path ROOT = findRoot();

	private Fixtures() {
	}

	private static Path findRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("samples/division.attr.json")) && Files.isDirectory(dir.resolve(FRAGMENT))) {
				return dir;
			}
		}
		throw new IllegalStateException("cannot find the repository (samples/ and " + FRAGMENT + ") above "
				+ Path.of("").toAbsolutePath());
	}

	/** A file under samples/ at the repository root. */
	public static Path sample(String name) {
		return existing(ROOT.resolve("samples").resolve(name));
	}

	/** A file under this fragment's fixtures/ folder. */
	public static Path fixture(String name) {
		return existing(ROOT.resolve(FRAGMENT).resolve("fixtures").resolve(name));
	}

	public static AttributionMatrix readSample(String name) {
		return read(sample(name));
	}

	/**
	 * A sample as its published figure lays it out: Captum's {@code plot_token_attr} puts the output
	 * tokens down the side, so the rows of this matrix are the generated characters and its columns
	 * the prompt's examples. For tests of what the figure shows, cell by cell; the file itself holds
	 * them the other way round, as Captum's {@code token_attr} does.
	 */
	public static AttributionMatrix readFigure(String name) {
		return org.attributionlens.model.view.ViewPipeline
				.apply(readSample(name), org.attributionlens.model.view.ViewSettings.DEFAULT.withTranspose(true)).matrix();
	}

	public static AttributionMatrix readFixture(String name) {
		return read(fixture(name));
	}

	/** Reads a file that must be valid; a format error fails the calling test with its message. */
	public static AttributionMatrix read(Path file) {
		try {
			return AttributionReaders.read(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (AttributionFormatException e) {
			throw new AssertionError(file + ":" + e.getMessage(), e);
		}
	}

	/** Parses JSON text given inline in a test, encoded as UTF-8. */
	public static AttributionMatrix parse(String json) throws AttributionFormatException {
		try {
			return new NativeJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path existing(Path file) {
		if (!Files.exists(file)) {
			throw new IllegalStateException("missing test file " + file);
		}
		return file;
	}
}
