package org.attributionlens.internal.editor.grid;

/**
 * A value of a {@link TokenStrips} strip in the grid (e.g. the probability of the generated token):
 * shown beside the attributions, not one of them.
 *
 * @param name     the strip's name
 * @param value    the value; NaN when missing
 * @param ofRow    whether it belongs to the token of its row (a strip at the right), else of its column
 */
public record StepScoreValue(String name, float value, boolean ofRow) {
}
