/**
 * The view controls of the heatmap as pure model: {@link org.attributionlens.model.view.ViewSettings}
 * (transpose, normalisation, merging subwords into words and output columns into spans, reducer,
 * highlight, decimals) and {@link org.attributionlens.model.view.ViewPipeline}, which turns a file's
 * matrix into a {@link org.attributionlens.model.view.DisplayedMatrix}. The order of the steps is
 * fixed: aggregate (raw values), normalise, transpose, highlight.
 */
package org.attributionlens.model.view;
