package org.attributionlens.render;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ColorScales;

/**
 * The colour scales a figure can use, looked up by name: every scale that {@link ColorScales}
 * offers as a public constant, so that a scale added there is available here (and in the command
 * line's {@code --colormap}) without further changes.
 */
public final class ColorScaleCatalog {

	private static final List<ColorScale> SCALES = discover();

	private ColorScaleCatalog() {
	}

	private static List<ColorScale> discover() {
		List<ColorScale> scales = new ArrayList<>();
		for (Field field : ColorScales.class.getFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
					&& ColorScale.class.isAssignableFrom(field.getType())) {
				try {
					scales.add((ColorScale) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		scales.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		return List.copyOf(scales);
	}

	/** All scales, by name. */
	public static List<ColorScale> all() {
		return SCALES;
	}

	/** Their names, e.g. "RdYlGn" (matplotlib's spelling). */
	public static List<String> names() {
		return SCALES.stream().map(ColorScale::name).toList();
	}

	/** The scale of that name, ignoring case. */
	public static Optional<ColorScale> find(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		return SCALES.stream().filter(scale -> scale.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
	}
}
