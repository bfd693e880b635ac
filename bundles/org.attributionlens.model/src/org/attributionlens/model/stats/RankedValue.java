package org.attributionlens.model.stats;

/**
 * An entry of a ranking along one row or column: {@code index} is the position along the other
 * axis (the row for a column ranking), {@code value} the signed attribution.
 */
public record RankedValue(int index, float value) {
}
