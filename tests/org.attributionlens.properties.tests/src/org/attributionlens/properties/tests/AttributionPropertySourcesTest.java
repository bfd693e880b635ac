package org.attributionlens.properties.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.attributionlens.internal.properties.CellPropertySource;
import org.attributionlens.internal.properties.FilePropertySource;
import org.attributionlens.model.AttributionCell;
import org.attributionlens.model.AttributionFile;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.view.ColumnSpan;
import org.attributionlens.model.view.DisplayedCell;
import org.attributionlens.model.view.DisplayedMatrix;
import org.attributionlens.model.view.ViewPipeline;
import org.attributionlens.model.view.ViewSettings;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.junit.jupiter.api.Test;

/** The adapter factory declared in plugin.xml, and what its property sources report. */
class AttributionPropertySourcesTest {
	private static AttributionFile division() throws Exception {
		Path sample = Path.of(System.getProperty("attributionlens.samples", "../../samples"), "division.attr.json");
		return new AttributionFile("/samples/division.attr.json", AttributionReaders.read(sample));
	}

	private static AttributionFile small() {
		AttributionMatrix matrix = AttributionMatrix.of(List.of("a", "b", "c"), List.of("x", "y"),
				new float[] { 1f, -4f, -3f, Float.NaN, 1f, 2f }, "token-attribution v1", Map.of("model", "tiny"));
		return new AttributionFile("small.attr.json", matrix);
	}

	private static Map<Object, Object> values(IPropertySource source) {
		return Arrays.stream(source.getPropertyDescriptors())
				.collect(Collectors.toMap(IPropertyDescriptor::getId, d -> source.getPropertyValue(d.getId())));
	}

	@Test
	void cellAdaptsThroughTheDeclaredFactory() throws Exception {
		// the figure's row "▁/" (output 7), column "4900 / 100 = 49" (input 2)
		AttributionCell cell = new AttributionCell(division(), 2, 7);
		IPropertySource source = Adapters.adapt(cell, IPropertySource.class);
		assertInstanceOf(CellPropertySource.class, source);
		Map<Object, Object> values = values(source);
		assertEquals(7, values.get(CellPropertySource.OUTPUT));
		assertEquals("\"▁/\"", values.get(CellPropertySource.OUTPUT_TOKEN));
		assertEquals(2, values.get(CellPropertySource.INPUT));
		assertEquals("\"4900 / 100 = 49\"", values.get(CellPropertySource.INPUT_TOKEN));
		assertEquals("1.9074", values.get(CellPropertySource.VALUE), "the value once, as the shortest decimal of the float");
		assertEquals("1 of 5", values.get(CellPropertySource.RANK_AMONG_INPUTS));
		assertEquals("1 of 13", values.get(CellPropertySource.RANK_AMONG_OUTPUTS));
		assertEquals("5 input tokens × 13 output tokens", values.get(FilePropertySource.SHAPE));
		assertEquals("/samples/division.attr.json", values.get(FilePropertySource.PATH));
		assertEquals(cell, source.getEditableValue());
	}

	@Test
	void aMergedColumnNamesItsMembersAndTheViewItsSpans() throws Exception {
		AttributionFile raw = division();
		// output tokens 1-2 ("1", "6") merged, transposed as the editor shows a Captum file
		ViewSettings settings = ViewSettings.DEFAULT.plusColumnSpan(new ColumnSpan(1, 3)).withDecimals(2)
				.withTranspose(true);
		DisplayedMatrix displayed = ViewPipeline.apply(raw.matrix(), settings);
		Map<Object, Object> values = values(new CellPropertySource(new DisplayedCell(raw, displayed, 2, 1)));
		assertEquals("\"1\" + \"6\"", values.get(CellPropertySource.OUTPUT_MEMBERS));
		assertEquals("\"1 | 6\"", values.get(CellPropertySource.OUTPUT_TOKEN));
		assertEquals("several raw cells merged", values.get(CellPropertySource.RAW_VALUE));
		assertEquals("5 input tokens × 13 output tokens", values.get(FilePropertySource.SHAPE), "the file's shape");
		String view = String.valueOf(values.get(CellPropertySource.SETTINGS));
		assertTrue(view.contains("merged output spans 1-2"), view);
		assertTrue(view.contains("2 decimals"), view);
	}

	@Test
	void shareRankAndMissingOnASmallMatrix() {
		// rows a,b,c x columns x,y: a=(1,-4) b=(-3,NaN) c=(1,2)
		AttributionFile file = small();
		Map<Object, Object> b = values(new CellPropertySource(new AttributionCell(file, 1, 0)));
		// column x: |1|+|-3|+|1| = 5; b's share 3/5
		assertEquals("60.00 %", b.get(CellPropertySource.OUTPUT_SHARE));
		assertEquals("1 of 3", b.get(CellPropertySource.RANK_AMONG_INPUTS));
		Map<Object, Object> missing = values(new CellPropertySource(new AttributionCell(file, 1, 1)));
		assertEquals("missing", missing.get(CellPropertySource.VALUE));
		assertEquals("missing", missing.get(CellPropertySource.RANK_AMONG_INPUTS));
		Map<Object, Object> a = values(new CellPropertySource(new AttributionCell(file, 0, 0)));
		// a and c tie at |1| behind b: competition ranking gives both rank 2
		assertEquals("2 of 3", a.get(CellPropertySource.RANK_AMONG_INPUTS));
	}

	@Test
	void fileShowsShapeExtremesMissingAndMeta() {
		IPropertySource source = Adapters.adapt(small(), IPropertySource.class);
		assertInstanceOf(FilePropertySource.class, source);
		Map<Object, Object> values = values(source);
		assertEquals("3 input tokens × 2 output tokens", values.get(FilePropertySource.SHAPE));
		assertEquals("2.0 at input 2 \"c\", output 1 \"y\"", values.get(FilePropertySource.MAX));
		assertEquals("-4.0 at input 0 \"a\", output 1 \"y\"", values.get(FilePropertySource.MIN));
		assertEquals("1 of 6", values.get(FilePropertySource.MISSING));
		assertEquals("tiny", values.get(FilePropertySource.META_PREFIX + "model"));
		assertEquals("token-attribution v1", values.get(FilePropertySource.FORMAT));
	}

	@Test
	void everyPropertyIsReadOnlyAndCategorised() throws Exception {
		IPropertySource source = Adapters.adapt(new AttributionCell(division(), 0, 0), IPropertySource.class);
		assertNotNull(source);
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			PropertyDescriptor plain = assertInstanceOf(PropertyDescriptor.class, descriptor);
			assertEquals(null, plain.createPropertyEditor(null), "no cell editor: read-only");
			assertNotNull(descriptor.getCategory());
		}
		source.setPropertyValue(CellPropertySource.VALUE, "0");
		assertTrue(String.valueOf(source.getPropertyValue(CellPropertySource.VALUE)).startsWith("-0.0756"));
	}
}
