package org.attributionlens.internal.editor.grid;

import org.attributionlens.model.color.ColorScale;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The SWT colours of a colour scale, created once through the control's resource
 * manager so that painting is an array lookup and nothing is allocated per cell.
 * 256 levels, as matplotlib quantises its colour maps.
 */
public final class ScalePalette {
	public static final int LEVELS = 256;

	private final ColorScale scale;
	private final Color[] colors = new Color[LEVELS];

	public ScalePalette(ColorScale scale, ResourceManager resources) {
		this.scale = scale;
		for (int i = 0; i < LEVELS; i++) {
			colors[i] = resources.create(ColorDescriptor.createFrom(rgb(scale.rgb(i / (double) (LEVELS - 1)))));
		}
	}

	static RGB rgb(int packed) {
		return new RGB(packed >> 16 & 0xff, packed >> 8 & 0xff, packed & 0xff);
	}

	public ColorScale scale() {
		return scale;
	}

	/** @param t position on the scale, 0..1 */
	public Color color(double t) {
		int index = (int) (t * LEVELS);
		return colors[Math.max(0, Math.min(LEVELS - 1, index))];
	}
}
