package org.attributionlens.model.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.attributionlens.model.AttributionMatrix;
import org.junit.jupiter.api.Test;

/** The sentences exported tables and figures carry about how they were made. */
class ViewDescriptionTest {

	@Test
	void aTableSaysItsSequenceAndReductionBeforeTheTransforms() {
		AttributionMatrix raw = AttributionMatrix.builder(List.of("a", "b"), List.of("x"), new float[] { 1f, 2f }, "test")
				.sequence(1, 3).reduction("L2 norm over the embedding dimension (768)").build();
		DisplayedMatrix view = ViewPipeline.apply(raw,
				ViewSettings.DEFAULT.withTranspose(true).withNormalization(Normalization.COLUMN_MAX_ABS));
		assertEquals(List.of("Sequence 1 of the 3 in the file (0-based).",
				"Values: L2 norm over the embedding dimension (768).", "Normalised: each output token's largest |value| is 1.",
				"Output tokens as rows, input tokens as columns (as Captum draws it)."), ViewDescription.ofTable(view));
		assertEquals(List.of("Normalised: each output token's largest |value| is 1.",
				"Output tokens as rows, input tokens as columns (as Captum draws it)."), ViewDescription.sentences(view),
				"a figure says the sequence and the reduction itself, from its matrix");
	}

	@Test
	void everySentenceReadsItsQuotesOnce() {
		AttributionMatrix raw = AttributionMatrix.builder(List.of("a"), List.of("x"), new float[] { 1f }, "test").build();
		for (Normalization normalization : Normalization.values()) {
			ViewSettings settings = ViewSettings.DEFAULT.withNormalization(normalization)
					.withHighlight(new Highlight.TopKPerColumn(1));
			for (String sentence : ViewDescription.ofTable(ViewPipeline.apply(raw, settings))) {
				assertFalse(sentence.contains("''"), sentence);
			}
		}
	}

	@Test
	void aFileOfOneSequenceAsWrittenSaysOnlyItsOrientation() {
		AttributionMatrix raw = AttributionMatrix.builder(List.of("a"), List.of("x"), new float[] { 1f }, "test").build();
		assertEquals(List.of("Input tokens as rows, output tokens as columns (as Inseq draws it)."),
				ViewDescription.ofTable(ViewPipeline.apply(raw, ViewSettings.DEFAULT)));
	}
}
