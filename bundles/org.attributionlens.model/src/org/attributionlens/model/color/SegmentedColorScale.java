package org.attributionlens.model.color;

import java.util.Objects;

/**
 * A colour scale that interpolates linearly between control colours and then quantises to a fixed
 * number of levels, the way matplotlib's {@code LinearSegmentedColormap.from_list(name, colors, N)}
 * does: a position {@code t} selects level {@code min((int) (t * N), N - 1)}, and level {@code i}
 * has the interpolated colour at {@code i / (N - 1)}. Control colours are evenly spaced unless
 * positions are given (matplotlib's {@code (position, colour)} pairs). Channels are rounded to 8
 * bits like {@code matplotlib.colors.to_hex}.
 */
final class SegmentedColorScale implements ColorScale {

	private final String name;
	private final String displayName;
	private final boolean diverging;
	private final boolean colorBlindSafe;
	private final boolean captumTextRule;
	private final int[] lookup;

	/** An evenly spaced diverging scale without further properties. */
	SegmentedColorScale(String name, int levels, int... controlColors) {
		this(builder(name).levels(levels).colors(controlColors));
	}

	private SegmentedColorScale(Builder b) {
		int[] colors = Objects.requireNonNull(b.colors, "colors");
		if (colors.length < 2 || b.levels < 2) {
			throw new IllegalArgumentException("need at least two control colours and two levels");
		}
		if (b.positions != null) {
			checkPositions(b.positions, colors.length);
		}
		this.name = Objects.requireNonNull(b.name, "name");
		this.displayName = b.displayName != null ? b.displayName : b.name;
		this.diverging = b.diverging;
		this.colorBlindSafe = b.colorBlindSafe;
		this.captumTextRule = b.captumTextRule;
		this.lookup = new int[b.levels];
		for (int i = 0; i < b.levels; i++) {
			double x = (double) i / (b.levels - 1);
			lookup[i] = b.positions != null ? interpolate(b.positions, colors, x) : interpolateEven(colors, x);
		}
	}

	static Builder builder(String name) {
		return new Builder(name);
	}

	private static int interpolateEven(int[] colors, double x) {
		double position = x * (colors.length - 1);
		int segment = Math.min((int) position, colors.length - 2);
		return mix(colors[segment], colors[segment + 1], position - segment);
	}

	private static void checkPositions(double[] positions, int count) {
		if (positions.length != count) {
			throw new IllegalArgumentException(count + " colours need " + count + " positions, got " + positions.length);
		}
		if (positions[0] != 0 || positions[count - 1] != 1) {
			throw new IllegalArgumentException("positions must run from 0 to 1");
		}
		for (int i = 1; i < count; i++) {
			if (!(positions[i] > positions[i - 1])) {
				throw new IllegalArgumentException("positions must increase strictly");
			}
		}
	}

	private static int interpolate(double[] positions, int[] colors, double x) {
		int segment = 0;
		while (segment < positions.length - 2 && x > positions[segment + 1]) {
			segment++;
		}
		double fraction = (x - positions[segment]) / (positions[segment + 1] - positions[segment]);
		return mix(colors[segment], colors[segment + 1], fraction);
	}

	private static int mix(int from, int to, double fraction) {
		return channel(from, to, 16, fraction) << 16 | channel(from, to, 8, fraction) << 8
				| channel(from, to, 0, fraction);
	}

	private static int channel(int from, int to, int shift, double fraction) {
		double a = (from >> shift & 0xFF) / 255.0;
		double b = (to >> shift & 0xFF) / 255.0;
		return (int) Math.round((a + fraction * (b - a)) * 255.0);
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public boolean diverging() {
		return diverging;
	}

	@Override
	public boolean colorBlindSafe() {
		return colorBlindSafe;
	}

	@Override
	public int rgb(double t) {
		if (!(t > 0)) {
			return lookup[0];
		}
		int level = (int) Math.min(t * lookup.length, lookup.length - 1);
		return lookup[level];
	}

	@Override
	public boolean prefersWhiteText(double t) {
		return captumTextRule ? TextContrast.prefersWhite(t) : ColorScale.super.prefersWhiteText(t);
	}

	@Override
	public String toString() {
		return name;
	}

	/** Collects a scale's description; every property but the colours has a default. */
	static final class Builder {
		private final String name;
		private String displayName;
		private boolean diverging = true;
		private boolean colorBlindSafe;
		private boolean captumTextRule;
		private int levels = 256;
		private int[] colors;
		private double[] positions;

		private Builder(String name) {
			this.name = name;
		}

		Builder displayName(String text) {
			this.displayName = text;
			return this;
		}

		Builder sequential() {
			this.diverging = false;
			return this;
		}

		Builder colorBlindSafe() {
			this.colorBlindSafe = true;
			return this;
		}

		/** Text colour by Captum's position rule ({@link TextContrast#prefersWhite(double)}), not by luminance. */
		Builder captumTextRule() {
			this.captumTextRule = true;
			return this;
		}

		Builder levels(int count) {
			this.levels = count;
			return this;
		}

		/** Evenly spaced control colours, 0xRRGGBB, low end first. */
		Builder colors(int... controlColors) {
			this.colors = controlColors.clone();
			return this;
		}

		/** Positions of the control colours, from 0 to 1, strictly increasing; default evenly spaced. */
		Builder positions(double... controlPositions) {
			this.positions = controlPositions.clone();
			return this;
		}

		SegmentedColorScale build() {
			return new SegmentedColorScale(this);
		}
	}
}
