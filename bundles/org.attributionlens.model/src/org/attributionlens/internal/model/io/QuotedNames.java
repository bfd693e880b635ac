package org.attributionlens.internal.model.io;

import java.util.List;

import org.attributionlens.model.InertText;

/** The first few names of a file's members or tensors, quoted inertly, for a message about what a file holds instead. */
public final class QuotedNames {

	/** How many names a message lists. */
	public static final int SHOWN = 8;

	private QuotedNames() {
	}

	/** {@code "a", "b", ...}: at most {@link #SHOWN} names, an ellipsis when there are more. */
	public static String of(List<String> names) {
		StringBuilder text = new StringBuilder();
		for (int k = 0; k < names.size() && k < SHOWN; k++) {
			text.append(k == 0 ? "" : ", ").append(InertText.quote(names.get(k)));
		}
		return names.size() > SHOWN ? text.append(", ...").toString() : text.toString();
	}
}
