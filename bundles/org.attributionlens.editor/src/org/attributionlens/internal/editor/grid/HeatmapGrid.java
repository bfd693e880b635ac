package org.attributionlens.internal.editor.grid;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.Consumer;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.color.ValueRange;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.ClearAllSelectionsCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRegionCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The heatmap: a NatTable grid with frozen token headers (rows = input tokens,
 * columns = output tokens) and the colour bar beside it. It owns the SWT
 * resources it paints with, through a resource manager disposed with its control.
 */
public final class HeatmapGrid {
	private static final int MAX_ROW_HEADER_WIDTH = 280;
	private static final int MAX_COLUMN_WIDTH = 180;
	private static final int COLUMN_HEADER_HEIGHT = 44;
	/** Small matrices are stretched to fill the editor, as the reference figures fill theirs, up to these sizes. */
	private static final int MAX_FILL_COLUMN_WIDTH = 200;
	private static final int MAX_FILL_ROW_HEIGHT = 40;
	private static final double MAX_ZOOM = 4.0;
	private static final double ZOOM_STEP = 1.25;
	private static final int MINIMAP_WIDTH = 170;
	/** Matrices up to this many cells (the reference figures) need no minimap. */
	private static final long MINIMAP_CELLS = 2_000;

	private final Composite control;
	private final LocalResourceManager resources;
	private final AttributionMatrix matrix;
	private final Orientation orientation;
	private final HeatmapLook look;
	private final HeatmapStyle style;
	private final SelectionLayer selectionLayer;
	private final NatTable table;
	private final ColorBar colorBar;
	private final GridToolTip toolTip;
	private final Composite gridArea;
	private final StackLayout gridStack = new StackLayout();
	private OverviewCanvas overview;
	private Minimap minimap;
	private final ViewportLayer viewport;
	private final DataLayer bodyData;
	private final DataLayer rowHeaderData;
	private int[] naturalColumnWidths;
	private int naturalRowHeight;
	private double zoom = 1.0;
	/** The cell a Ctrl+click added, until the next selection of another kind; null otherwise. */
	private CellRef ctrlClicked;
	private Runnable zoomListener = () -> {
	};

	public HeatmapGrid(Composite parent, AttributionMatrix matrix, Consumer<CellRef> selectionListener) {
		this(parent, matrix, HeatmapLook.DEFAULT, selectionListener);
	}

	public HeatmapGrid(Composite parent, AttributionMatrix matrix, HeatmapLook look,
			Consumer<CellRef> selectionListener) {
		this(parent, matrix, look, HeaderMembers.none(matrix), selectionListener);
	}

	/** @param members the tokens merged rows and columns stand for, listed in their header tool tips */
	public HeatmapGrid(Composite parent, AttributionMatrix matrix, HeatmapLook look, HeaderMembers members,
			Consumer<CellRef> selectionListener) {
		this(parent, matrix, look, members, Orientation.INPUTS_AS_ROWS, TokenStrips.of(matrix), selectionListener);
	}

	/**
	 * @param members     the tokens merged rows and columns stand for, listed in their header tool tips
	 * @param orientation what the rows of {@code matrix} are, for the corner and the tool tips: the
	 *                    grid shows the matrix as given
	 * @param strips      per-token values shown beside the grid, laid out as the matrix is
	 */
	public HeatmapGrid(Composite parent, AttributionMatrix matrix, HeatmapLook look, HeaderMembers members,
			Orientation orientation, TokenStrips strips, Consumer<CellRef> selectionListener) {
		this.matrix = matrix;
		this.orientation = orientation;
		this.look = look;
		control = new Composite(parent, SWT.NONE);
		resources = new LocalResourceManager(JFaceResources.getResources(), control);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(control);
		style = createStyle();

		bodyData = new DataLayer(MatrixDataProviders.body(matrix, strips));
		selectionLayer = new SelectionLayer(bodyData);
		viewport = new ViewportLayer(selectionLayer);

		DataLayer columnHeaderData = new DataLayer(MatrixDataProviders.columnHeader(matrix, strips));
		columnHeaderData.setDefaultRowHeight(COLUMN_HEADER_HEIGHT);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(columnHeaderData, viewport, selectionLayer);

		rowHeaderData = new DataLayer(MatrixDataProviders.rowHeader(matrix, strips));
		RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, viewport, selectionLayer);

		CornerLayer corner = new CornerLayer(new DataLayer(MatrixDataProviders.corner(orientation)), rowHeader, columnHeader);

		gridArea = new Composite(control, SWT.NONE);
		gridArea.setLayout(gridStack);
		table = new NatTable(gridArea, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL,
				new GridLayer(viewport, columnHeader, rowHeader, corner), false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new HeatmapConfiguration(style));
		table.configure();
		sizeColumnsAndRows(columnHeaderData);
		table.addListener(SWT.Resize, e -> layoutCells());
		// Ctrl+wheel zooms, as in browsers and Eclipse's text editors
		table.addListener(SWT.MouseVerticalWheel, e -> {
			if ((e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				if (e.count > 0) {
					zoomIn();
				} else if (e.count < 0) {
					zoomOut();
				}
			}
		});
		toolTip = new GridToolTip(table, matrix, members, orientation, style);
		gridStack.topControl = table;
		GridDataFactory.fillDefaults().grab(true, true).applyTo(gridArea);

		Composite side = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(side);
		colorBar = new ColorBar(side);
		colorBar.setStyle(style);
		GC gc = new GC(control);
		boolean needsMinimap = (long) matrix.rows() * matrix.columns() > MINIMAP_CELLS;
		int sideWidth;
		try {
			// without a minimap the colour bar alone sets the width: small panes (compare) keep their cells
			sideWidth = needsMinimap ? Math.max(MINIMAP_WIDTH, colorBar.preferredSize(gc).x) : colorBar.preferredSize(gc).x;
		} finally {
			gc.dispose();
		}
		GridDataFactory.fillDefaults().grab(false, true).hint(sideWidth, SWT.DEFAULT).applyTo(side);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(colorBar.getControl());
		if (needsMinimap) {
			minimap = new Minimap(side, matrix, style, viewport, cell -> {
				showInGrid(table);
				// the viewport sits above the selection layer: commands travel down, so send it there
				viewport.doCommand(new ShowCellInViewportCommand(selectionLayer.getColumnPositionByIndex(
						cell.column()), selectionLayer.getRowPositionByIndex(cell.row())));
			});
			GridDataFactory.fillDefaults().hint(MINIMAP_WIDTH - 8, MINIMAP_WIDTH - 8).indent(4, 0)
					.applyTo(minimap.getControl());
			// every repaint of the grid (scrolling, zooming) moves the minimap's frame
			table.addListener(SWT.Paint, e -> minimap.getControl().redraw());
		}

		// heard at the selection layer: the viewport drops the events of cells outside it, and a cell
		// is often selected before it is scrolled into view (find, outline, a synchronised heatmap)
		selectionLayer.addLayerListener(event -> {
			if (event instanceof ISelectionEvent) {
				// a Ctrl+click adds a cell without moving NatTable's anchor; the cell shown is the one
				// the user acted on last, as in a spreadsheet
				ctrlClicked = event instanceof CellSelectionEvent cells && cells.isWithControlMask()
						? new CellRef(selectionLayer.getRowIndexByPosition(cells.getRowPosition()),
								selectionLayer.getColumnIndexByPosition(cells.getColumnPosition()))
						: null;
				selectionListener.accept(selectedCell());
			}
		});
	}

	private HeatmapStyle createStyle() {
		ScalePalette palette = new ScalePalette(look.scale(), resources);
		ValueRange range = look.rangeMode().range(matrix.statistics(), look.fixedBound());
		return new HeatmapStyle(palette, range, look.decimals(), look.dimmed(), resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont())),
				color(0, 0, 0), color(255, 255, 255), color(250, 250, 250), color(200, 200, 200),
				color(255, 255, 255), color(20, 20, 160), color(226, 232, 240), color(203, 220, 240));
	}

	private Color color(int red, int green, int blue) {
		return resources.create(ColorDescriptor.createFrom(new RGB(red, green, blue)));
	}

	private void sizeColumnsAndRows(DataLayer columnHeader) {
		GC gc = new GC(control);
		try {
			gc.setFont(style.valueFont());
			int valueWidth = gc.textExtent(style.format(-0.0)).x + 16;
			naturalRowHeight = gc.getFontMetrics().getHeight() + 10;
			bodyData.setDefaultRowHeight(naturalRowHeight);
			rowHeaderData.setDefaultRowHeight(naturalRowHeight);
			naturalColumnWidths = new int[bodyData.getColumnCount()];
			for (int column = 0; column < naturalColumnWidths.length; column++) {
				String label = String.valueOf(columnHeader.getDataValue(column, 0));
				naturalColumnWidths[column] = Math.max(valueWidth, Math.min(MAX_COLUMN_WIDTH, gc.textExtent(label).x + 16));
				bodyData.setColumnWidthByPosition(column, naturalColumnWidths[column], false);
			}
			int headerWidth = gc.textExtent(MatrixDataProviders.cornerText(orientation)).x + 16;
			for (int row = 0; row < rowHeaderData.getRowCount(); row++) {
				String label = String.valueOf(rowHeaderData.getDataValue(0, row));
				headerWidth = Math.max(headerWidth, gc.textExtent(label).x + 20);
			}
			rowHeaderData.setDefaultColumnWidth(Math.min(MAX_ROW_HEADER_WIDTH, headerWidth));
		} finally {
			gc.dispose();
		}
	}

	/**
	 * Lays the cells out for the zoom factor. At 100% a matrix smaller than the
	 * editor is stretched to fill it, as the reference figures fill theirs; cells
	 * never shrink below one pixel.
	 */
	private void layoutCells() {
		Rectangle area = table.getClientArea();
		int width = area.width - rowHeaderData.getColumnWidthByPosition(0);
		int height = area.height - COLUMN_HEADER_HEIGHT;
		int extra = 0;
		int rowHeight;
		if (zoom == 1.0) {
			int naturalWidth = Arrays.stream(naturalColumnWidths).sum();
			extra = naturalWidth < width ? (width - naturalWidth) / naturalColumnWidths.length : 0;
			rowHeight = Math.max(naturalRowHeight,
					Math.min(MAX_FILL_ROW_HEIGHT, height / Math.max(1, bodyData.getRowCount())));
		} else {
			rowHeight = scaled(naturalRowHeight);
		}
		for (int column = 0; column < naturalColumnWidths.length; column++) {
			int natural = naturalColumnWidths[column];
			int columnWidth = zoom == 1.0 ? Math.max(natural, Math.min(MAX_FILL_COLUMN_WIDTH, natural + extra))
					: scaled(natural);
			bodyData.setColumnWidthByPosition(column, columnWidth, false);
		}
		bodyData.setDefaultRowHeight(rowHeight);
		rowHeaderData.setDefaultRowHeight(rowHeight);
		table.refresh(false);
	}

	/** Rounded down, so that a fitted matrix never overflows the editor by a rounding pixel per cell. */
	private int scaled(int naturalSize) {
		return Math.max(1, (int) Math.floor(naturalSize * zoom + 1e-9));
	}

	/** Width and height of the whole grid, headers included, at the current zoom. */
	public Point contentSize() {
		int width = rowHeaderData.getColumnWidthByPosition(0);
		for (int column = 0; column < bodyData.getColumnCount(); column++) {
			width += bodyData.getColumnWidthByPosition(column);
		}
		int height = COLUMN_HEADER_HEIGHT;
		for (int row = 0; row < bodyData.getRowCount(); row++) {
			height += bodyData.getRowHeightByPosition(row);
		}
		return new Point(width, height);
	}

	/** Width of a matrix column at the current zoom, in pixels, whether scrolled into view or not. */
	public int columnWidth(int column) {
		return bodyData.getColumnWidthByPosition(column);
	}

	/** The zoom factor: 1.0 is 100%, where every value is printed. */
	public double getZoom() {
		return zoom;
	}

	/** Sets the zoom factor, kept between what fits one-pixel cells and 400%. */
	public void setZoom(double factor) {
		double clamped = Math.max(minimumZoom(), Math.min(MAX_ZOOM, factor));
		boolean wasOverview = isOverviewShown();
		showInGrid(table);
		if (clamped != zoom || wasOverview) {
			zoom = clamped;
			layoutCells();
			zoomListener.run();
		}
	}

	/** Told after every change of the zoom or of the overview picture, e.g. to update a zoom label. */
	public void onZoomChanged(Runnable listener) {
		zoomListener = listener;
	}

	public void zoomIn() {
		setZoom(zoom * ZOOM_STEP);
	}

	public void zoomOut() {
		setZoom(zoom / ZOOM_STEP);
	}

	/** The largest zoom at which the whole matrix fits the editor (never above 100%). */
	public void zoomToFit() {
		Rectangle area = table.getClientArea();
		double width = area.width - rowHeaderData.getColumnWidthByPosition(0);
		double height = area.height - COLUMN_HEADER_HEIGHT;
		double naturalWidth = Arrays.stream(naturalColumnWidths).sum();
		double naturalHeight = (double) naturalRowHeight * bodyData.getRowCount();
		double fit = Math.min(1.0, Math.min(width / naturalWidth, height / naturalHeight));
		if (fit >= minimumZoom()) {
			setZoom(fit);
		} else {
			// cells would be smaller than a pixel: one picture of the whole matrix instead
			if (overview == null) {
				overview = new OverviewCanvas(gridArea, matrix, style, this::openAt);
			}
			showInGrid(overview.getControl());
			zoomListener.run();
		}
	}

	/** From the overview: back to the grid at 100%, on the clicked cell. */
	private void openAt(CellRef cell) {
		setZoom(1.0);
		select(cell);
	}

	private void showInGrid(Control page) {
		if (gridStack.topControl != page) {
			gridStack.topControl = page;
			gridArea.layout(true, true);
		}
	}

	/** True while the whole matrix is shown as one picture (fit on a matrix too large for cells). */
	public boolean isOverviewShown() {
		return overview != null && gridStack.topControl == overview.getControl();
	}

	/** The minimap, or null for a small matrix. */
	public Minimap getMinimap() {
		return minimap;
	}

	/** The overview picture, or null when it was never needed. */
	public OverviewCanvas getOverview() {
		return overview;
	}

	private double minimumZoom() {
		int narrowest = Arrays.stream(naturalColumnWidths).min().orElse(1);
		return Math.max(1.0 / narrowest, 1.0 / naturalRowHeight);
	}

	public Composite getControl() {
		return control;
	}

	/** What the grid's rows are. */
	public Orientation getOrientation() {
		return orientation;
	}

	/** The matrix the grid shows. */
	public AttributionMatrix getMatrix() {
		return matrix;
	}

	public NatTable getTable() {
		return table;
	}

	public HeatmapStyle getStyle() {
		return style;
	}

	/** The tool tip text with the mouse at (x, y) of {@link #getTable()}; null where there is none. */
	public String toolTipTextAt(int x, int y) {
		return toolTip.textAt(x, y);
	}

	/**
	 * Tells the listener which cell of the matrix the mouse pointer is over (row and column as
	 * {@link #getMatrix()} lays them out) whenever that changes, and null when it leaves the cells.
	 */
	public void onPointerCellChanged(Consumer<CellRef> listener) {
		new PointerCell(table, this::cellAt, listener);
	}

	/** The matrix cell at (x, y) of the table; null on the headers, the strips and beyond the cells. */
	private CellRef cellAt(int x, int y) {
		ILayerCell cell = table.getCellByPosition(table.getColumnPositionByX(x), table.getRowPositionByY(y));
		if (cell == null || !table.getRegionLabelsByXY(x, y).hasLabel(GridRegion.BODY)) {
			return null;
		}
		int row = cell.getRowIndex();
		int column = cell.getColumnIndex();
		return row >= 0 && row < matrix.rows() && column >= 0 && column < matrix.columns() ? new CellRef(row, column)
				: null;
	}

	public ColorBar getColorBar() {
		return colorBar;
	}

	/**
	 * @return the cell the user selected last: the one added by a Ctrl+click while it stays selected,
	 *         else the one that holds the selection anchor; null when nothing is selected
	 */
	public CellRef selectedCell() {
		if (ctrlClicked != null && ctrlClicked.row() >= 0 && ctrlClicked.row() < matrix.rows()
				&& ctrlClicked.column() >= 0 && ctrlClicked.column() < matrix.columns()
				&& selectionLayer.isCellPositionSelected(selectionLayer.getColumnPositionByIndex(ctrlClicked.column()),
						selectionLayer.getRowPositionByIndex(ctrlClicked.row()))) {
			return ctrlClicked;
		}
		return anchorCell();
	}

	private CellRef anchorCell() {
		PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
		if (anchor == null || anchor.getRowPosition() < 0 || anchor.getColumnPosition() < 0) {
			return null;
		}
		int row = selectionLayer.getRowIndexByPosition(anchor.getRowPosition());
		int column = selectionLayer.getColumnIndexByPosition(anchor.getColumnPosition());
		// the step score rows beneath the matrix are not cells of the attribution matrix
		return row < 0 || column < 0 || row >= matrix.rows() || column >= matrix.columns() ? null
				: new CellRef(row, column);
	}

	/**
	 * A whole row or column selected by a click on its header.
	 *
	 * @param row   whether it is a row (else a column)
	 * @param index the matrix row or column
	 */
	public record Header(boolean row, int index) {
	}

	/** @return the row or column selected as a whole by its header, or null when the selection is not one */
	public Header selectedHeader() {
		int[] columns = selectionLayer.getFullySelectedColumnPositions();
		int[] rows = selectionLayer.getFullySelectedRowPositions();
		// a one-row or one-column matrix has every cell of a line in both sets: then it is a cell
		if (columns.length == 1 && rows.length == 0 && matrix.rows() > 1) {
			int column = selectionLayer.getColumnIndexByPosition(columns[0]);
			// a strip beside the grid is not a token
			return column >= 0 && column < matrix.columns() ? new Header(false, column) : null;
		}
		if (rows.length == 1 && columns.length == 0 && matrix.columns() > 1) {
			int row = selectionLayer.getRowIndexByPosition(rows[0]);
			return row >= 0 && row < matrix.rows() ? new Header(true, row) : null;
		}
		return null;
	}

	/** Rows and columns (matrix indices, ascending) spanned by the selected cells. */
	public record Block(int[] rows, int[] columns) {
	}

	/** @return the selected cells' rows and columns, or null when no matrix cell is selected */
	public Block selectedBlock() {
		BitSet rows = new BitSet();
		BitSet columns = new BitSet();
		for (PositionCoordinate position : selectionLayer.getSelectedCellPositions()) {
			int row = selectionLayer.getRowIndexByPosition(position.getRowPosition());
			int column = selectionLayer.getColumnIndexByPosition(position.getColumnPosition());
			// step score rows are not attributions: they are not copied as such
			if (row >= 0 && row < matrix.rows() && column >= 0 && column < matrix.columns()) {
				rows.set(row);
				columns.set(column);
			}
		}
		return rows.isEmpty() ? null : new Block(rows.stream().toArray(), columns.stream().toArray());
	}

	/**
	 * Selects the block of cells from ({@code firstRow}, {@code firstColumn}) to ({@code lastRow},
	 * {@code lastColumn}), inclusive, as a drag over them would.
	 */
	public void selectBlock(int firstRow, int firstColumn, int lastRow, int lastColumn) {
		int column = selectionLayer.getColumnPositionByIndex(Math.min(firstColumn, lastColumn));
		int row = selectionLayer.getRowPositionByIndex(Math.min(firstRow, lastRow));
		selectionLayer.doCommand(new SelectRegionCommand(selectionLayer, column, row,
				Math.abs(lastColumn - firstColumn) + 1, Math.abs(lastRow - firstRow) + 1, false, false));
	}

	/** Selects a cell (as a click would) and scrolls it into view. */
	public void select(CellRef cell) {
		if (cell == null) {
			selectionLayer.doCommand(new ClearAllSelectionsCommand());
			return;
		}
		int column = selectionLayer.getColumnPositionByIndex(cell.column());
		int row = selectionLayer.getRowPositionByIndex(cell.row());
		selectionLayer.doCommand(new SelectCellCommand(selectionLayer, column, row, false, false));
		viewport.doCommand(new ShowCellInViewportCommand(column, row));
	}
}
