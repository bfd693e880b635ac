package org.attributionlens.internal.editor.grid;

/** A per-step score (e.g. the probability of the generated token) shown beneath the attributions. */
public record StepScoreValue(String name, float value) {
}
