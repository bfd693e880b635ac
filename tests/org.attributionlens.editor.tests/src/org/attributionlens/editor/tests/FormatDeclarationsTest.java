package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.model.io.AttributionFormats;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.junit.jupiter.api.Test;

/**
 * The content type (model plugin.xml) and the editor's association (editor plugin.xml) are written
 * by hand, as extension points require; this keeps both equal to what the format registry reads.
 */
class FormatDeclarationsTest {

	@Test
	void theContentTypeListsExactlyTheRegistrysExtensions() {
		IContentType type = Platform.getContentTypeManager().getContentType("org.attributionlens.model.attributionJson");
		assertNotNull(type);
		assertEquals(new TreeSet<>(AttributionFormats.fileExtensions()),
				new TreeSet<>(Arrays.asList(type.getFileSpecs(IContentType.FILE_EXTENSION_SPEC | IContentType.IGNORE_USER_DEFINED))));
	}

	@Test
	void theHeatmapEditorIsAssociatedWithExactlyTheRegistrysExtensions() {
		Set<String> declared = new TreeSet<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.editors")) {
			if (HeatmapEditor.ID.equals(element.getAttribute("id"))) {
				declared.addAll(Arrays.asList(element.getAttribute("extensions").split(",")));
			}
		}
		assertEquals(new TreeSet<>(AttributionFormats.fileExtensions()), declared);
	}
}
