package org.attributionlens.render;

import java.util.List;
import java.util.Optional;

import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ColorScales;

/**
 * The colour scales a figure can use, looked up by name: those the model
 * offers, the default (RdYlGn) first.
 */
public final class ColorScaleCatalog {

	private ColorScaleCatalog() {
	}

	/** All scales, the default first. */
	public static List<ColorScale> all() {
		return ColorScales.all();
	}

	/** Their names, e.g. "RdYlGn" (matplotlib's spelling). */
	public static List<String> names() {
		return ColorScales.all().stream().map(ColorScale::name).toList();
	}

	/** The scale of that name, ignoring case. */
	public static Optional<ColorScale> find(String name) {
		return ColorScales.byId(name);
	}
}
