package org.attributionlens.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;

/** Test matrices (the repository's samples and generated ones) and the figures written from them. */
final class Figures {

	private Figures() {
	}

	/**
	 * A file under samples/. Tycho runs tests in this fragment's directory, other launchers often at
	 * the repository root, so the root is found by walking up.
	 */
	static AttributionMatrix sample(String name) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("samples").resolve(name);
			if (Files.isRegularFile(candidate)) {
				try {
					return AttributionReaders.read(candidate);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				} catch (AttributionFormatException e) {
					throw new AssertionError(candidate + ":" + e.getMessage(), e);
				}
			}
		}
		throw new IllegalStateException("samples/" + name + " not found above " + Path.of("").toAbsolutePath());
	}

	static AttributionMatrix division() {
		return sample("division.attr.json");
	}

	/**
	 * A figure of {@code matrix} as the tool that wrote it draws it: for the reference figures,
	 * Captum's plot_token_attr, output tokens as rows.
	 */
	static HeatmapFigure.Builder published(AttributionMatrix matrix) {
		return HeatmapFigure.builder(matrix).orientation(matrix.writtenOrientation());
	}

	/**
	 * A rows x columns matrix of deterministic values in [-1, 1] that vary smoothly along a row, so
	 * that neighbouring cells often share a colour; every 97th cell missing when asked.
	 */
	static AttributionMatrix generated(int rows, int columns, boolean withMissing) {
		float[] values = new float[rows * columns];
		for (int i = 0; i < values.length; i++) {
			int row = i / columns;
			int column = i % columns;
			values[i] = withMissing && i % 97 == 0 ? Float.NaN
					: (float) Math.sin(row * 0.37 + column * 0.011) * (float) Math.cos(column * 0.05 - row * 0.002);
		}
		List<String> rowTokens = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			rowTokens.add("\u2581in" + row);
		}
		List<String> columnTokens = new ArrayList<>();
		for (int column = 0; column < columns; column++) {
			columnTokens.add("out" + column);
		}
		return AttributionMatrix.of(rowTokens, columnTokens, values, "generated", Map.of());
	}

	static SvgDocument svg(HeatmapFigure figure) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			figure.writeSvg(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return SvgDocument.parse(out.toByteArray());
	}

	static BufferedImage png(HeatmapFigure figure, double scale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			figure.writePng(out, scale);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
			if (image == null) {
				throw new AssertionError("ImageIO cannot decode the PNG");
			}
			return image;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String hex(int rgb) {
		return String.format("#%06x", rgb & 0xFFFFFF);
	}
}
