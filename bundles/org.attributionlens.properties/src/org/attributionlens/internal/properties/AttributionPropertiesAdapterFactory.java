package org.attributionlens.internal.properties;

import org.attributionlens.model.AttributionCell;
import org.attributionlens.model.AttributionFile;
import org.attributionlens.model.analysis.ComparedCell;
import org.attributionlens.model.view.DisplayedCell;
import org.attributionlens.model.view.DisplayedToken;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;

/** Adapts the editor's model objects to read-only property sources. */
public final class AttributionPropertiesAdapterFactory implements IAdapterFactory {
	private static final Class<?>[] ADAPTERS = { IPropertySource.class, IPropertySheetPage.class };

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySheetPage.class) {
			// asked for by the Properties view for each heatmap part (plugin.xml)
			return adapterType.cast(new HeatmapPropertySheetPage());
		}
		if (adapterType != IPropertySource.class) {
			return null;
		}
		if (adaptable instanceof DisplayedToken token) {
			return adapterType.cast(new TokenPropertySource(token));
		}
		if (adaptable instanceof AttributionCell cell) {
			return adapterType.cast(new CellPropertySource(cell));
		}
		if (adaptable instanceof DisplayedCell displayed) {
			return adapterType.cast(new CellPropertySource(displayed));
		}
		if (adaptable instanceof ComparedCell compared) {
			return adapterType.cast(new ComparedCellPropertySource(compared));
		}
		if (adaptable instanceof AttributionFile file) {
			return adapterType.cast(new FilePropertySource(file));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return ADAPTERS.clone();
	}
}
