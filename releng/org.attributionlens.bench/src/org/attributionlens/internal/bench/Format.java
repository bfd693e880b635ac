package org.attributionlens.internal.bench;

/** The file formats the benchmark reads. */
enum Format {
	NATIVE("native", "native"), CSV("CSV", "csv"), INSEQ("Inseq", "inseq");

	final String label;
	/** The name python_side.py knows it by. */
	final String pythonName;

	Format(String label, String pythonName) {
		this.label = label;
		this.pythonName = pythonName;
	}
}
