package org.attributionlens.internal.render;

import java.util.Objects;

/**
 * What a figure file says about itself besides what it shows: a title and a description of how
 * the figure was made (orientation, colours, transforms), for readers, screen readers and
 * whoever finds the file later. Written as SVG {@code <title>} and {@code <desc>}, and as PNG text
 * chunks with the registered keywords "Title" and "Description".
 *
 * @param title       one line
 * @param description sentences
 */
public record FigureMetadata(String title, String description) {

	public FigureMetadata {
		Objects.requireNonNull(title, "title"); //$NON-NLS-1$
		Objects.requireNonNull(description, "description"); //$NON-NLS-1$
	}
}
