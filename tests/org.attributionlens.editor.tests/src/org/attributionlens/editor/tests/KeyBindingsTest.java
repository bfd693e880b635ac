package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.editor.handlers.ColumnSpanHandler;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/** The view toggles and column merging have key bindings of their own, shown in the grid's context menu. */
class KeyBindingsTest extends DivisionSampleTest {
	/** command id -> its key sequence in plugin.xml -> its label in the context menu. */
	private static final List<String[]> BINDINGS = List.of(
			new String[] { ViewHandler.TRANSPOSE, "M1+M3+R", "Transpose" },
			new String[] { ViewHandler.MERGE_SUBWORDS, "M1+M3+S", "Merge Subwords into Words" },
			new String[] { ViewHandler.HIGHLIGHT_TOP_K, "M1+M3+K", "Highlight Top 3 per Output Token" },
			new String[] { ColumnSpanHandler.MERGE, "M1+M3+M", "Merge Output Tokens" },
			new String[] { ColumnSpanHandler.UNMERGE, "M1+M3+U", "Unmerge Output Tokens" });

	@Test
	void eachKeyRunsItsCommandInTheHeatmapWithoutConflict() throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		for (String[] binding : BINDINGS) {
			KeySequence keys = KeySequence.getInstance(binding[1]);
			// a conflict (another command on the same keys in an active context) leaves no perfect match
			Binding match = bindings.getPerfectMatch(keys);
			assertNotNull(match, binding[1] + " is bound to exactly one command while the heatmap is active");
			assertEquals(binding[0], match.getParameterizedCommand().getId(), binding[1]);
		}
		// what the keys do: Ctrl+Alt+R transposes
		Commands.execute(bindings.getPerfectMatch(KeySequence.getInstance("M1+M3+R")).getParameterizedCommand()
				.getId(), Map.of());
		assertEquals(5, editor.getMatrix().rows());
	}

	@Test
	void theContextMenuShowsTheKeysOnceEach() throws Exception {
		Menu menu = editor.getGrid().getTable().getMenu();
		for (String[] binding : BINDINGS) {
			MenuItem item = MenuContent.item(menu, binding[2]);
			assertEquals(KeySequence.getInstance(binding[1]).format(), MenuContent.accelerator(item), binding[2]);
			assertEquals(1, Arrays.stream(menu.getItems()).filter(other -> MenuContent.label(other).equals(binding[2])).count(),
					binding[2] + " once in " + MenuContent.labels(menu));
		}
		assertTrue(MenuContent.accelerator(MenuContent.item(menu, "Transpose")).contains("R"));
	}
}
