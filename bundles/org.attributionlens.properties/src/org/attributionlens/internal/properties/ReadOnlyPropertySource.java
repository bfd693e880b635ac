package org.attributionlens.internal.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A property source whose properties are declared once, in display order, each
 * with its category and a supplier of its value. Descriptors without cell editors
 * make every property read-only in the Properties view.
 */
abstract class ReadOnlyPropertySource implements IPropertySource {
	private final Map<String, Supplier<Object>> values = new LinkedHashMap<>();
	private final List<IPropertyDescriptor> descriptors = new ArrayList<>();

	protected final void add(String category, String id, String label, Supplier<Object> value) {
		PropertyDescriptor descriptor = new PropertyDescriptor(id, label);
		descriptor.setCategory(category);
		descriptor.setAlwaysIncompatible(true);
		descriptors.add(descriptor);
		values.put(id, value);
	}

	@Override
	public final IPropertyDescriptor[] getPropertyDescriptors() {
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public final Object getPropertyValue(Object id) {
		Supplier<Object> value = values.get(id);
		return value == null ? null : value.get();
	}

	@Override
	public final boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public final void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public final void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
