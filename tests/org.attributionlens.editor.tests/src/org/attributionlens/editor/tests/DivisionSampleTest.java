package org.attributionlens.editor.tests;

import java.util.Locale;

import org.attributionlens.editor.HeatmapEditor;
import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that drive the heatmap of the division figure: a fresh project per test with
 * the sample in it, opened in the heatmap editor; closed and deleted afterwards.
 */
abstract class DivisionSampleTest {
	WorkbenchFixture fixture;
	IFile file;
	HeatmapEditor editor;

	@BeforeEach
	void openDivision() throws Exception {
		fixture = new WorkbenchFixture(getClass().getSimpleName().toLowerCase(Locale.ROOT));
		file = fixture.copySample("division.attr.json", "division.attr.json");
		editor = open();
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	/** Opens the sample (again) and waits for its grid. */
	HeatmapEditor open() throws Exception {
		return WorkbenchFixture.openHeatmap(file);
	}
}
