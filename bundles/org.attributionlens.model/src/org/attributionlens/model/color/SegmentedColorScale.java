package org.attributionlens.model.color;

/**
 * A colour scale that interpolates linearly between evenly spaced control colours and then
 * quantises to a fixed number of levels, the way matplotlib's
 * {@code LinearSegmentedColormap.from_list(name, colors, N)} does: a position {@code t} selects
 * level {@code min((int) (t * N), N - 1)}, and level {@code i} has the interpolated colour at
 * {@code i / (N - 1)}. Channels are rounded to 8 bits like {@code matplotlib.colors.to_hex}.
 */
final class SegmentedColorScale implements ColorScale {

	private final String name;
	private final int[] lookup;

	SegmentedColorScale(String name, int levels, int... controlColors) {
		if (controlColors.length < 2 || levels < 2) {
			throw new IllegalArgumentException("need at least two control colours and two levels");
		}
		this.name = name;
		this.lookup = new int[levels];
		for (int i = 0; i < levels; i++) {
			lookup[i] = interpolate(controlColors, (double) i / (levels - 1));
		}
	}

	private static int interpolate(int[] colors, double x) {
		double position = x * (colors.length - 1);
		int segment = Math.min((int) position, colors.length - 2);
		double fraction = position - segment;
		int from = colors[segment];
		int to = colors[segment + 1];
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
	public int rgb(double t) {
		if (!(t > 0)) {
			return lookup[0];
		}
		int level = (int) Math.min(t * lookup.length, lookup.length - 1);
		return lookup[level];
	}

	@Override
	public String toString() {
		return name;
	}
}
