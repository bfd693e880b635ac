package org.attributionlens.internal.model.io;

import java.util.List;
import java.util.stream.Collectors;

import org.attributionlens.model.io.AttributionFormat;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionFormats;

/**
 * A JSON object that no format reads: none of our native keys, and not the structure of any
 * other layout. Its message says so, names the layouts tried and the one whose keys it shares
 * most, and never asks for a key of ours as if the file had meant to be our format (a
 * {@code package.json} is not a token-attribution file missing {@code input_tokens}).
 */
public final class ForeignJson {

	/** A JSON layout another tool writes, which a file may come near to: its keys and the one that decides. */
	private record Layout(String description, List<String> keys, String decidingKey) {
	}

	private static final List<Layout> LAYOUTS = List.of(
			new Layout("an Inseq FeatureAttributionOutput", StructureDetector.INSEQ_LAYOUT_KEYS, "sequence_attributions"), //$NON-NLS-1$ //$NON-NLS-2$
			new Layout("an Inseq attribute-context file", StructureDetector.INSEQ_CONTEXT_LAYOUT_KEYS, "cci_scores")); //$NON-NLS-1$ //$NON-NLS-2$

	private ForeignJson() {
	}

	/**
	 * Whether a document is such an object: found complete ({@link StructureDetector.Kind#OTHER_JSON})
	 * without any of the native layout's keys, whose own reader then has the better message.
	 */
	public static boolean is(StructureDetector.Structure structure) {
		return structure.kind() == StructureDetector.Kind.OTHER_JSON
				&& StructureDetector.NATIVE_LAYOUT_KEYS.stream().noneMatch(structure.layoutKeys()::contains);
	}

	/** The message, located where the object starts. */
	public static AttributionFormatException error(StructureDetector.Structure structure) {
		return structure.objectStart().error("not a token-attribution file: a JSON object without input_tokens,"
				+ " output_tokens or token_attr; " + nearest(structure) + "; tried " + tried());
	}

	/** The layout with most keys present (the first on a tie), or a sentence that there is none. */
	private static String nearest(StructureDetector.Structure structure) {
		Layout best = null;
		List<String> bestKeys = List.of();
		for (Layout layout : LAYOUTS) {
			List<String> present = structure.layoutKeys().stream().filter(layout.keys()::contains).toList();
			if (present.size() > bestKeys.size()) {
				best = layout;
				bestKeys = present;
			}
		}
		if (best == null) {
			return "it has no key of any layout read here"; //$NON-NLS-1$
		}
		return "the nearest layout is " + best.description() + " (has " + String.join(", ", bestKeys) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "), but it has no " + best.decidingKey(); //$NON-NLS-1$
	}

	/** Every format of the registry, so that the list never falls behind it. */
	private static String tried() {
		return AttributionFormats.all().stream().map(AttributionFormat::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
