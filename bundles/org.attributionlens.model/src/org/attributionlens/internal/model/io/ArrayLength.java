package org.attributionlens.internal.model.io;

/** The one bound on the length of a Java array that every reader respects. */
public final class ArrayLength {

	/** The longest array a JVM reliably allocates (a few header words below {@code Integer.MAX_VALUE}). */
	public static final int MAX = Integer.MAX_VALUE - 8;

	private ArrayLength() {
	}
}
