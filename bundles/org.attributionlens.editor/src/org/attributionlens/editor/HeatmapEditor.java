package org.attributionlens.editor;

import org.attributionlens.internal.editor.AttributionInput;
import org.attributionlens.internal.editor.CellStatusMessage;
import org.attributionlens.internal.editor.CommandStates;
import org.attributionlens.internal.editor.ErrorPage;
import org.attributionlens.internal.editor.FileChangeWatcher;
import org.attributionlens.internal.editor.HeatmapPropertyTester;
import org.attributionlens.internal.editor.HeatmapSelectionProvider;
import org.attributionlens.internal.editor.MatrixLoadJob;
import org.attributionlens.internal.editor.Messages;
import org.attributionlens.internal.editor.ProblemMarkers;
import org.attributionlens.internal.editor.ReadOnlyEditorPart;
import org.attributionlens.internal.editor.SequenceBar;
import org.attributionlens.internal.editor.TokenFinder;
import org.attributionlens.internal.editor.ViewState;
import org.attributionlens.internal.editor.grid.HeaderMembers;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.grid.HeatmapLook;
import org.attributionlens.internal.editor.grid.TokenStrips;
import org.attributionlens.internal.editor.outline.KeyObservationsOutlinePage;
import org.attributionlens.internal.editor.preferences.ReadPreferences;
import org.attributionlens.internal.editor.preferences.ViewPreferences;
import org.attributionlens.model.AttributionCell;
import org.attributionlens.model.AttributionFile;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.view.DisplayedCell;
import org.attributionlens.model.view.DisplayedMatrix;
import org.attributionlens.model.view.DisplayedToken;
import org.attributionlens.model.view.ViewPipeline;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.menus.IMenuService;
import org.eclipse.ui.services.IEvaluationService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The attribution heatmap editor. Read-only: it shows the file as a heatmap (or,
 * when the file cannot be read, an error page with the located message and a
 * problem marker), follows changes of the file on disk, and publishes the
 * selected cell, or the file, as model objects to the workbench selection.
 */
public class HeatmapEditor extends ReadOnlyEditorPart {
	/** The editor id, as declared in plugin.xml. */
	public static final String ID = "org.attributionlens.editor.heatmap"; //$NON-NLS-1$
	/** Key bindings of the heatmap (zoom, ...) are active in this context while the editor is. */
	public static final String CONTEXT_ID = "org.attributionlens.editor.context"; //$NON-NLS-1$
	private static final String TOOLBAR_URI = "toolbar:org.attributionlens.editor.heatmap.toolbar"; //$NON-NLS-1$
	/** Id of the grid's context menu, for contributions (popup:org.attributionlens.editor.heatmap.context). */
	public static final String CONTEXT_MENU_ID = "org.attributionlens.editor.heatmap.context"; //$NON-NLS-1$

	/** The family of the jobs that read files for heatmap editors: join it to wait until every open editor shows its file. */
	public static final Object READ_JOB_FAMILY = MatrixLoadJob.FAMILY;

	private final HeatmapSelectionProvider selectionProvider = new HeatmapSelectionProvider();
	private AttributionInput input;
	private FileChangeWatcher watcher;
	private Composite pages;
	private StackLayout stack;
	private ErrorPage errorPage;
	private SequenceBar sequenceBar;
	private ToolBarManager toolBar;
	private MenuManager contextMenu;
	private Text findField;
	private TokenFinder.Match lastFind;
	private KeyObservationsOutlinePage outline;
	private ViewState state = ViewState.DEFAULT;
	private AttributionMatrix raw;
	private DisplayedMatrix displayed;
	private Label loadingPage;
	private HeatmapGrid grid;
	private AttributionFile file;
	private String problem;
	private MatrixLoadJob loadJob;
	private int sequence;

	@Override
	public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
		input = AttributionInput.of(editorInput);
		if (input == null) {
			throw new PartInitException(NLS.bind(Messages.Editor_unsupportedInput, editorInput.getName()));
		}
		setSite(site);
		setInput(editorInput);
		setPartName(editorInput.getName());
		setTitleToolTip(input.location());
		site.setSelectionProvider(selectionProvider);
		selectionProvider.setRequestHandler(this::selectFromRequest);
		if (input.workspaceFile() != null) {
			state = ViewState.load(input.workspaceFile());
			watcher = new FileChangeWatcher(input.workspaceFile(), this::reloadLater, this::closeLater);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		Composite top = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		createToolBar(top);
		findField = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		findField.setMessage(Messages.Find_hint);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).align(SWT.END, SWT.CENTER).applyTo(findField);
		findField.addListener(SWT.DefaultSelection, e -> findNext(findField.getText()));
		// a row of its own: beside the tool bar and the find field it was pushed past the editor's
		// right edge, out of reach, whenever the editor was narrower than all three
		sequenceBar = new SequenceBar(root, index -> {
			sequence = index;
			reload();
		});
		pages = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
		stack = new StackLayout();
		pages.setLayout(stack);
		errorPage = new ErrorPage(pages, this::reload);
		loadingPage = new Label(pages, SWT.NONE);
		loadingPage.setText(NLS.bind(Messages.Editor_loadJob, input.name()));
		stack.topControl = loadingPage;
		reload();
	}

	/** The editor's own tool bar, filled from plugin.xml (menus extension), and the key binding context. */
	private void createToolBar(Composite parent) {
		toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolBar.createControl(parent);
		IMenuService menus = getSite().getService(IMenuService.class);
		menus.populateContributionManager(toolBar, TOOLBAR_URI);
		toolBar.update(true);
		IContextService contexts = getSite().getService(IContextService.class);
		contexts.activateContext(CONTEXT_ID);
	}

	/** The grid's context menu: the view commands, Copy and Export (plugin.xml, menus extension). */
	private MenuManager contextMenu() {
		if (contextMenu == null) {
			contextMenu = new MenuManager();
			// emptied before each show and refilled once: the compatibility layer's renderer and the
			// site's menu extender both add the popup:CONTEXT_MENU_ID contributions, so a menu that
			// kept its items listed every command twice
			contextMenu.setRemoveAllWhenShown(true);
			contextMenu.addMenuListener(menu -> menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)));
			// registering fills it with the popup:CONTEXT_MENU_ID contributions on every show; filling it
			// ourselves as well would list every item twice. Without the editor input: its contributions
			// (Team, Replace With, ...) are about the file, not the heatmap
			getEditorSite().registerContextMenu(CONTEXT_MENU_ID, contextMenu, selectionProvider, false);
		}
		return contextMenu;
	}

	/** Reads the file again, in the background, and then shows it or the reason it cannot be shown. */
	public void reload() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		if (loadJob != null) {
			loadJob.cancel();
		}
		CellRef previous = selectedRawCell();
		MatrixLoadJob[] self = new MatrixLoadJob[1];
		// only the latest load may change what is shown
		ReadOptions options = ReadPreferences.readOptions().withSequence(sequence);
		self[0] = new MatrixLoadJob(input, options, outcome -> runInUi(() -> {
			if (self[0] == loadJob) {
				loaded(outcome, previous);
			}
		}));
		loadJob = self[0];
		loadJob.schedule();
	}

	private void loaded(MatrixLoadJob.Outcome outcome, CellRef previous) {
		if (outcome.cancelled()) {
			// not the file's fault: its markers, if any, still say what the last full read found
			showProblem(NLS.bind(Messages.Editor_readCancelled, input.name()), true);
			return;
		}
		if (outcome.matrix() != null) {
			show(outcome.matrix(), previous);
			problem = null;
		} else if (outcome.formatProblem() != null) {
			// name:line:col: reason, as compilers print it; a problem without a place reads name: reason
			AttributionFormatException located = outcome.formatProblem();
			showProblem(input.name() + (located.line() > 0 ? ":" : ": ") + located.getMessage(), false); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			showProblem(outcome.otherProblem(), false);
		}
		if (input.workspaceFile() != null) {
			ProblemMarkers.update(input.workspaceFile(), outcome.formatProblem());
		}
	}

	private void show(AttributionMatrix matrix, CellRef previous) {
		disposeGrid();
		raw = matrix;
		// Transpose flips the orientation the file opens in: Captum's as Captum draws it, by default
		Orientation orientation = ViewPreferences.orientation().resolve(matrix.writtenOrientation());
		if (state.view().transpose()) {
			orientation = orientation.flipped();
		}
		displayed = ViewPipeline.apply(matrix, state.view().withTranspose(orientation.rowsAreOutputs()));
		AttributionMatrix shown = displayed.matrix();
		file = new AttributionFile(input.location(), matrix);
		if (outline != null) {
			outline.setMatrix(displayed.semantic());
		}
		sequenceBar.show(matrix.sequenceIndex(), matrix.sequenceCount());
		HeatmapLook look = HeatmapLook.DEFAULT.withScale(state.scale()).withRange(state.rangeMode(), state.fixedBound())
				.withDecimals(state.view().decimals())
				.withDimmed(displayed.highlighting() ? displayed::dimmed : (row, column) -> false);
		grid = new HeatmapGrid(pages, shown, look, HeaderMembers.of(displayed), orientation, TokenStrips.of(displayed),
				this::gridSelectionChanged);
		grid.getTable().setMenu(contextMenu().createContextMenu(grid.getTable()));
		grid.onZoomChanged(CommandStates::zoomChanged);
		grid.onPointerCellChanged(this::showInStatusLine);
		CommandStates.zoomChanged();
		commandsMayHaveChanged();
		stack.topControl = grid.getControl();
		pages.layout(true, true);
		if (previous != null && previous.row() < matrix.rows() && previous.column() < matrix.columns()) {
			selectRawCell(previous.row(), previous.column());
		} else {
			selectionProvider.publish(file);
		}
	}

	/**
	 * The file's cell (input token, output token) behind the selected cell, the first of a merged
	 * one; null when none is selected. What stays selected when the view is turned, merged or read
	 * again.
	 */
	private CellRef selectedRawCell() {
		CellRef cell = grid == null || displayed == null ? null : grid.selectedCell();
		if (cell == null) {
			return null;
		}
		int input = displayed.inputOf(cell.row(), cell.column());
		int output = displayed.outputOf(cell.row(), cell.column());
		return new CellRef(displayed.inputMembers(input)[0], displayed.outputMembers(output)[0]);
	}

	/** The heatmap's commands are enabled only while a matrix is shown: have that evaluated again. */
	private void commandsMayHaveChanged() {
		IEvaluationService evaluation = getSite().getService(IEvaluationService.class);
		if (evaluation != null) {
			evaluation.requestEvaluation(HeatmapPropertyTester.SHOWS_MATRIX);
		}
	}

	/** How the file is viewed: transforms and colour scale. */
	public ViewState getViewState() {
		return state;
	}

	/**
	 * Shows the file with other view settings, without reading it again; the
	 * settings are kept for this file across reopening.
	 */
	public void setViewState(ViewState newState) {
		if (newState.equals(state)) {
			return;
		}
		state = newState;
		if (input.workspaceFile() != null && input.workspaceFile().exists()) {
			try {
				state.save(input.workspaceFile());
			} catch (CoreException e) {
				ILog.of(getClass()).log(e.getStatus());
			}
		}
		if (raw != null) {
			show(raw, selectedRawCell());
		}
	}

	/** The matrix as read, before the view's transforms; null when the file could not be read. */
	public AttributionMatrix getRawMatrix() {
		return file == null ? null : raw;
	}

	/** The view's transforms applied to the matrix; null when the file could not be read. */
	public DisplayedMatrix getDisplayedMatrix() {
		return file == null ? null : displayed;
	}

	/**
	 * Shows the error page instead of the grid; after a cancelled read too, so that no matrix of
	 * an older read, or half of one, stays on screen as if it were the file.
	 */
	private void showProblem(String message, boolean cancelled) {
		disposeGrid();
		file = null;
		// nor can a view change bring the older matrix back
		raw = null;
		problem = message;
		if (outline != null) {
			outline.setMatrix(null);
		}
		if (cancelled) {
			errorPage.showCancelled(message);
		} else {
			errorPage.show(message);
		}
		stack.topControl = errorPage.getControl();
		pages.layout(true, true);
		selectionProvider.publish(null);
		commandsMayHaveChanged();
	}

	private void disposeGrid() {
		if (grid != null) {
			grid.getControl().dispose();
			grid = null;
			showInStatusLine(null);
		}
	}

	/** The status line names the cell under the mouse pointer, as its tool tip does; it is empty elsewhere. */
	private void showInStatusLine(CellRef cell) {
		getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(cell == null || grid == null ? null : CellStatusMessage.of(displayedCell(cell), grid.getStyle()));
	}

	private void gridSelectionChanged(CellRef cell) {
		if (file == null) {
			return;
		}
		CommandStates.selectionChanged(getSite());
		selectionProvider.publish(selectedElement(cell));
	}

	/** What the grid's selection is in the model's terms: a token by its header, a cell, or the file. */
	private Object selectedElement(CellRef cell) {
		HeatmapGrid.Header header = grid == null ? null : grid.selectedHeader();
		if (header != null) {
			// a row header is an output token when the rows are output tokens
			boolean output = header.row() == displayed.transposed();
			return new DisplayedToken(file, displayed, output, header.index());
		}
		if (cell == null) {
			return file;
		}
		return displayedCell(cell);
	}

	/** A cell of the grid (row and column as shown) in the model's terms: input and output group of the view. */
	private DisplayedCell displayedCell(CellRef cell) {
		return new DisplayedCell(file, displayed, displayed.inputOf(cell.row(), cell.column()),
				displayed.outputOf(cell.row(), cell.column()));
	}

	private void selectFromRequest(ISelection requested) {
		if (grid == null) {
			return;
		}
		Object element = requested instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		if (element instanceof DisplayedCell cell && cell.view() == displayed) {
			selectInputOutput(cell.input(), cell.output());
		} else if (element instanceof AttributionCell cell && cell.file().matrix() == raw) {
			selectRawCell(cell.row(), cell.column());
		} else {
			grid.select(null);
			selectionProvider.publish(file);
		}
	}

	private void reloadLater() {
		runInUi(this::reload);
	}

	private void closeLater() {
		runInUi(() -> getSite().getPage().closeEditor(this, false));
	}

	private void runInUi(Runnable runnable) {
		if (pages != null && !pages.isDisposed()) {
			pages.getDisplay().asyncExec(() -> {
				if (!pages.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				// the observations are of the view in the model's orientation: input tokens as rows
				outline = new KeyObservationsOutlinePage(cell -> selectInputOutput(cell.row(), cell.column()),
						cell -> file == null || displayed == null ? null
								: new DisplayedCell(file, displayed, cell.row(), cell.column()));
				outline.setMatrix(displayed == null || file == null ? null : displayed.semantic());
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/**
	 * Selects the next cell whose input or output token contains the text (the
	 * find field's Enter); returns whether one was found.
	 */
	public boolean findNext(String text) {
		AttributionMatrix shown = getMatrix();
		if (shown == null || grid == null) {
			return false;
		}
		CellRef current = grid.selectedCell();
		// Enter again continues after the last match; after a click, from the clicked row
		int after = lastFind != null && lastFind.cell().equals(current) ? lastFind.position()
				: current == null ? -1 : current.row();
		lastFind = TokenFinder.next(shown, text, after, current);
		if (lastFind != null) {
			grid.select(lastFind.cell());
		}
		return lastFind != null;
	}

	/** Puts the keyboard focus in the find field (Edit > Find, Ctrl+F). */
	public void focusFindField() {
		findField.setFocus();
		findField.selectAll();
	}

	/**
	 * Selects the displayed cell of an input group and an output group of the view (indices of
	 * {@link DisplayedMatrix#semantic()}), wherever the grid shows it.
	 */
	public void selectInputOutput(int inputGroup, int outputGroup) {
		if (grid != null) {
			grid.select(new CellRef(displayed.rowOf(inputGroup, outputGroup), displayed.columnOf(inputGroup, outputGroup)));
		}
	}

	/** Selects the displayed cell that shows a cell of the file as read (input token, output token). */
	public void selectRawCell(int inputToken, int outputToken) {
		if (grid != null) {
			grid.select(new CellRef(displayed.displayedRowOf(inputToken, outputToken),
					displayed.displayedColumnOf(inputToken, outputToken)));
		}
	}

	/** Selects a displayed cell (grid row and column), as a click would; the selection reaches the workbench. */
	public void selectCell(int row, int column) {
		if (grid != null) {
			grid.select(new CellRef(row, column));
		}
	}

	/**
	 * The output tokens the grid's selection covers, as displayed output groups (columns, or rows
	 * when transposed), ascending; empty when nothing is selected.
	 */
	public int[] selectedOutputGroups() {
		HeatmapGrid.Block block = grid == null || displayed == null ? null : grid.selectedBlock();
		if (block == null) {
			return new int[0];
		}
		return displayed.transposed() ? block.rows() : block.columns();
	}

	/** Shows another sequence of a file that holds several (Inseq batches); 0-based. */
	public void showSequence(int index) {
		sequence = index;
		reload();
	}

	/** @return the matrix shown, as the grid lays it out, or null when the file could not be read */
	public AttributionMatrix getMatrix() {
		return file == null ? null : displayed.matrix();
	}

	/** @return the message on the error page, or null while the heatmap is shown */
	public String getProblem() {
		return problem;
	}

	/** The editor's own tool bar (view toggles, zoom, export); for tests and tools inside the suite. */
	public ToolBarManager getToolBar() {
		return toolBar;
	}

	/** Whether the heatmap grid (not the error page) is on screen. */
	public boolean showsHeatmap() {
		return grid != null && grid.getTable().isVisible();
	}

	/** The choice of sequence above the heatmap, hidden unless the file holds several; for tests inside the suite. */
	public SequenceBar getSequenceBar() {
		return sequenceBar;
	}

	/** For tests and tools inside the suite; null while the error page is shown. */
	public HeatmapGrid getGrid() {
		return grid;
	}

	/** For tests and tools inside the suite; on screen while {@link #getProblem()} is not null. */
	public ErrorPage getErrorPage() {
		return errorPage;
	}

	@Override
	public void setFocus() {
		// the toggles' check marks follow the active heatmap. The elements do not say which editor
		// they belong to, so they show the active editor's state; while this one is being activated
		// (a new editor, a tab chosen) the page may still name the previous one: refresh again once
		// the activation is done
		CommandStates.viewChanged();
		runInUi(CommandStates::viewChanged);
		if (grid != null) {
			grid.getTable().setFocus();
		} else if (errorPage != null) {
			errorPage.getControl().setFocus();
		}
	}

	@Override
	public void dispose() {
		if (watcher != null) {
			watcher.dispose();
		}
		if (loadJob != null) {
			// stops the read at its next buffer; not joined: a read blocked in the file system must not
			// block the UI thread with it. Whatever it ends with is dropped, the pages being disposed
			loadJob.cancel();
			loadJob = null;
		}
		if (contextMenu != null) {
			contextMenu.dispose();
		}
		if (toolBar != null) {
			getSite().getService(IMenuService.class).releaseContributions(toolBar);
			toolBar.dispose();
		}
		super.dispose();
	}
}
