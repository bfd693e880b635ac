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
		AttributionCell cell = new AttributionCell(division(), 7, 2);
		IPropertySource source = Adapters.adapt(cell, IPropertySource.class);
		assertInstanceOf(CellPropertySource.class, source);
		Map<Object, Object> values = values(source);
		assertEquals(7, values.get(CellPropertySource.ROW));
		assertEquals("\"▁/\"", values.get(CellPropertySource.ROW_TOKEN));
		assertEquals(2, values.get(CellPropertySource.COLUMN));
		assertEquals("\"4900 / 100 = 49\"", values.get(CellPropertySource.COLUMN_TOKEN));
		assertTrue(String.valueOf(values.get(CellPropertySource.VALUE)).startsWith("1.9074  (1.9074"));
		assertEquals("1 of 13", values.get(CellPropertySource.RANK_IN_COLUMN));
		assertEquals("1 of 5", values.get(CellPropertySource.RANK_IN_ROW));
		assertEquals("/samples/division.attr.json", values.get(FilePropertySource.PATH));
		assertEquals(cell, source.getEditableValue());
	}

	@Test
	void aMergedColumnNamesItsMembersAndTheViewItsSpans() throws Exception {
		AttributionFile raw = division();
		ViewSettings settings = ViewSettings.DEFAULT.plusColumnSpan(new ColumnSpan(1, 3)).withDecimals(2);
		DisplayedMatrix displayed = ViewPipeline.apply(raw.matrix(), settings);
		AttributionFile shown = new AttributionFile(raw.location(), displayed.matrix());
		Map<Object, Object> values = values(new CellPropertySource(new DisplayedCell(shown, displayed, 7, 1)));
		assertEquals("\"7 x 5 = 35\" + \"4900 / 100 = 49\"", values.get(CellPropertySource.COLUMN_MEMBERS));
		String view = String.valueOf(values.get(CellPropertySource.SETTINGS));
		assertTrue(view.contains("merged output columns 1-2"), view);
		assertTrue(view.contains("2 decimals"), view);
	}

	@Test
	void shareRankAndMissingOnASmallMatrix() {
		// rows a,b,c x columns x,y: a=(1,-4) b=(-3,NaN) c=(1,2)
		AttributionFile file = small();
		Map<Object, Object> b = values(new CellPropertySource(new AttributionCell(file, 1, 0)));
		// column x: |1|+|-3|+|1| = 5; b's share 3/5
		assertEquals("60.00 %", b.get(CellPropertySource.COLUMN_SHARE));
		assertEquals("1 of 3", b.get(CellPropertySource.RANK_IN_COLUMN));
		Map<Object, Object> missing = values(new CellPropertySource(new AttributionCell(file, 1, 1)));
		assertEquals("missing", missing.get(CellPropertySource.VALUE));
		assertEquals("missing", missing.get(CellPropertySource.RANK_IN_COLUMN));
		Map<Object, Object> a = values(new CellPropertySource(new AttributionCell(file, 0, 0)));
		// a and c tie at |1| behind b: competition ranking gives both rank 2
		assertEquals("2 of 3", a.get(CellPropertySource.RANK_IN_COLUMN));
	}

	@Test
	void fileShowsShapeExtremesMissingAndMeta() {
		IPropertySource source = Adapters.adapt(small(), IPropertySource.class);
		assertInstanceOf(FilePropertySource.class, source);
		Map<Object, Object> values = values(source);
		assertEquals("3 input tokens × 2 output tokens", values.get(FilePropertySource.SHAPE));
		assertEquals("2.0000 at row 2 \"c\", column 1 \"y\"", values.get(FilePropertySource.MAX));
		assertEquals("-4.0000 at row 0 \"a\", column 1 \"y\"", values.get(FilePropertySource.MIN));
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
