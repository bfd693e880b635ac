package org.attributionlens.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Defaults;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.color.ColorScale;
import org.attributionlens.render.ColorScaleCatalog;
import org.attributionlens.render.HeatmapFigure;

/**
 * {@code render FILE -o OUT.svg|OUT.png [--colormap NAME] [--decimals N] [--transpose] [--scale S]
 * [--sequence N]}: the heatmap as a figure file, drawn as the tool that wrote FILE draws it (Captum's
 * native format: output tokens as rows), or turned with {@code --transpose}; with bars of
 * {@code seq_attr} and output probabilities when FILE has them. Every option is checked before FILE
 * is read.
 */
final class RenderCommand {

	static final String NAME = "render";
	private static final Set<String> VALUE_OPTIONS = Set.of("-o", "--output", "--colormap", "--decimals", "--scale");
	private static final Set<String> FLAGS = Set.of("--transpose");

	private RenderCommand() {
	}

	static void run(List<String> args, PrintStream out) throws UsageException, FileFailure {
		Arguments arguments = Arguments.parse(NAME, args, FileLoader.withReadOptions(VALUE_OPTIONS), FLAGS);
		OutputFile output = OutputFile.of(arguments.name("-o"), arguments.file());
		String fileName = output.lowerCaseFileName();
		boolean png = fileName.endsWith(".png");
		if (!png && !fileName.endsWith(".svg")) {
			throw new UsageException(Messages.format(Messages.ERROR_FIGURE_TYPE, output.name()));
		}
		ColorScale scale = colorScale(arguments.value("--colormap"));
		int decimals = arguments.integer("--decimals", 0, HeatmapFigure.MAX_DECIMALS, Defaults.DECIMALS);
		if (!png && arguments.value("--scale") != null) {
			throw new UsageException(Messages.ERROR_SCALE_SVG);
		}
		double pngScale = arguments.decimal("--scale", HeatmapFigure.MIN_SCALE, HeatmapFigure.MAX_SCALE, 1);

		AttributionMatrix matrix = FileLoader.load(arguments);
		Orientation orientation = arguments.flag("--transpose") ? matrix.writtenOrientation().flipped()
				: matrix.writtenOrientation();
		HeatmapFigure figure = HeatmapFigure.builder(matrix).colorScale(scale).decimals(decimals)
				.orientation(orientation).build();
		String rows = orientation.rowsAreOutputs() ? Messages.RENDER_ROWS_OUTPUTS : Messages.RENDER_ROWS_INPUTS;
		if (png) {
			try {
				figure.checkPngScale(pngScale);
			} catch (IllegalArgumentException e) {
				throw new FileFailure(Messages.format(Messages.ERROR_NO_LOCATION, output.name(), e.getMessage()));
			}
			output.write(stream -> figure.writePng(stream, pngScale));
			out.println(Messages.format(Messages.RENDER_OK, output.name(), figure.pngWidth(pngScale),
					figure.pngHeight(pngScale), matrix.rows(), matrix.columns(), rows, valuesNote(figure)));
		} else {
			output.write(figure::writeSvg);
			out.println(Messages.format(Messages.RENDER_OK, output.name(), figure.width(), figure.height(),
					matrix.rows(), matrix.columns(), rows, valuesNote(figure)));
		}
	}

	private static String valuesNote(HeatmapFigure figure) {
		return figure.showsValues() ? "" : Messages.RENDER_VALUES_HIDDEN;
	}

	private static ColorScale colorScale(String name) throws UsageException {
		if (name == null) {
			return ColorScaleCatalog.find("RdYlGn").orElseThrow();
		}
		return ColorScaleCatalog.find(name).orElseThrow(() -> new UsageException(
				Messages.format(Messages.ERROR_UNKNOWN_COLORMAP, name, String.join(", ", ColorScaleCatalog.names()))));
	}
}
