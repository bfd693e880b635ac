#!/usr/bin/python3
"""The Python side of `./attributionlens bench`: what users run today to read and draw attributions.

Run by the benchmark (org.attributionlens.internal.cli.bench.Benchmark), one process per
measurement, each with a time limit set by the caller. Installs nothing; needs numpy, and
matplotlib for `draw` (Debian packages python3-numpy, python3-matplotlib). Prints its result as one
line `result key=value ...` on standard output.

  python_side.py probe
      versions: `result python=3.11.2 numpy=1.24.2 matplotlib=3.6.3 pandas=missing`
  python_side.py read native|csv|inseq FILE [--runs N] [--warmups W] [--budget S]
      native: json.load + numpy.asarray(token_attr); csv: pandas.read_csv(index_col=0) when pandas
      is there, else csv.reader + numpy.asarray; inseq (current encoding): json.load, base64 and
      the safetensors header, numpy.frombuffer. Median of the timed runs, one process.
  python_side.py draw NATIVE_FILE OUT.png|OUT.svg --width-px W --height-px H [--no-values] [--runs N] [--budget S]
      the heatmap the way Captum's LLMAttributionResult.plot_token_attr draws it (written here from
      its description: imshow of token_attr with RdYlGn on a range symmetric around zero at the
      largest |value|, "%.4f" in every cell, black in the middle 60% of the scale and white outside
      it, a colour bar titled "Token Attribution", the tokens as tick labels on both axes), saved
      with savefig. Drawn in our figure's orientation (rows = input tokens; Captum's plot shows the
      transpose, which costs the same: one text per cell) and at W x H pixels at 100 dpi (the
      benchmark passes the size of our figure, so both show the same grid in the same number of
      pixels). --no-values leaves the per-cell texts out.
      Timed: from the new figure to the written file; reading the input is not timed.

Timed runs stop early once --budget seconds have been spent (at least one timed run is made).
"""
import argparse
import base64
import json
import math
import os
import struct
import sys
import time

# the interpreter and module loading are timed separately by the benchmark (process wall time)


def probe():
    versions = {"python": "%d.%d.%d" % sys.version_info[:3]}
    for name in ("numpy", "matplotlib", "pandas"):
        try:
            module = __import__(name)
            versions[name] = getattr(module, "__version__", "unknown")
        except ImportError:
            versions[name] = "missing"
    emit(versions)


def emit(values):
    print("result " + " ".join("%s=%s" % (key, str(value).replace(" ", "_")) for key, value in values.items()),
          flush=True)


def timed_runs(action, runs, warmups, budget):
    """Median, min and max in ms of `action`, after `warmups` untimed calls; stops early past budget s."""
    for _ in range(warmups):
        action()
    times = []
    started = time.perf_counter()
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
        if time.perf_counter() - started > budget:
            break
    ordered = sorted(times)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return {"median_ms": "%.3f" % median, "min_ms": "%.3f" % ordered[0], "max_ms": "%.3f" % ordered[-1],
            "runs": len(times)}


# ------------------------------------------------------------------ reading

def read_native(path):
    import numpy
    with open(path, "r", encoding="utf-8") as source:
        document = json.load(source)
    return numpy.asarray(document["token_attr"], dtype=numpy.float64)


def read_csv_plain(path):
    import csv
    import numpy
    with open(path, "r", encoding="utf-8", newline="") as source:
        rows = csv.reader(source)
        next(rows)  # header: corner, then the output tokens
        values = [[float(cell) if cell else math.nan for cell in row[1:]] for row in rows]
    return numpy.asarray(values, dtype=numpy.float64)


def read_csv_pandas(path):
    import pandas
    return pandas.read_csv(path, index_col=0).to_numpy()


def read_inseq(path):
    """The first sequence's source_attributions of a current-encoding (safetensors) Inseq file."""
    import numpy
    with open(path, "r", encoding="utf-8") as source:
        document = json.load(source)
    root = document.get("attributes", document)
    sequence = root["sequence_attributions"][0]
    sequence = sequence.get("attributes", sequence)
    blob = base64.b64decode(sequence["source_attributions"])
    (header_length,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8:8 + header_length])
    name, entry = next((key, value) for key, value in header.items() if key != "__metadata__")
    if entry["dtype"] != "F32":
        raise ValueError("%s: dtype %s, expected F32" % (name, entry["dtype"]))
    begin, end = entry["data_offsets"]
    data = blob[8 + header_length + begin:8 + header_length + end]
    return numpy.frombuffer(data, dtype="<f4").reshape(entry["shape"])


def read(arguments):
    import numpy  # noqa: F401  (fails here, not in the timed runs, when numpy is missing)
    method = {"native": "json.load+numpy.asarray", "inseq": "json.load+base64+numpy.frombuffer"}
    reader = {"native": read_native, "inseq": read_inseq}.get(arguments.format)
    if arguments.format == "csv":
        try:
            import pandas  # noqa: F401
            reader, method["csv"] = read_csv_pandas, "pandas.read_csv"
        except ImportError:
            reader, method["csv"] = read_csv_plain, "csv.reader+numpy.asarray"
    shape = reader(arguments.file).shape  # checks the file reads; counts as the first warm-up
    result = timed_runs(lambda: reader(arguments.file), arguments.runs, max(0, arguments.warmups - 1),
                        arguments.budget)
    result.update({"method": method[arguments.format], "shape": "%dx%d" % shape})
    emit(result)


# ------------------------------------------------------------------ drawing

def draw(arguments):
    import numpy
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import pyplot

    with open(arguments.file, "r", encoding="utf-8") as source:
        document = json.load(source)
    # rows = input tokens, as in our figure (Captum's plot has the transpose; the work is the same)
    data = numpy.asarray(document["token_attr"], dtype=numpy.float64).T
    input_tokens = document["input_tokens"]
    output_tokens = document["output_tokens"]

    def plot():
        figure, axes = pyplot.subplots(figsize=(arguments.width_px / 100, arguments.height_px / 100), dpi=100)
        limit = float(numpy.nanmax(numpy.abs(data)))
        image = axes.imshow(data, cmap="RdYlGn", vmin=-limit, vmax=limit, aspect="auto")
        bar = figure.colorbar(image, ax=axes)
        bar.ax.set_ylabel("Token Attribution", rotation=-90, va="bottom")
        axes.set_xticks(numpy.arange(data.shape[1]))
        axes.set_xticklabels(output_tokens, rotation=45, ha="left", rotation_mode="anchor")
        axes.set_yticks(numpy.arange(data.shape[0]))
        axes.set_yticklabels(input_tokens)
        axes.xaxis.tick_top()
        if not arguments.no_values:
            scaled = image.norm(data)
            for row in range(data.shape[0]):
                for column in range(data.shape[1]):
                    position = scaled[row, column]
                    colour = "black" if 0.2 < position < 0.8 else "white"
                    axes.text(column, row, "%.4f" % data[row, column], ha="center", va="center", color=colour)
        figure.savefig(arguments.out)
        pyplot.close(figure)

    result = timed_runs(plot, arguments.runs, 0, arguments.budget)
    result.update({"texts": 0 if arguments.no_values else data.size,
                   "size_px": "%dx%d" % (arguments.width_px, arguments.height_px),
                   "bytes": os.path.getsize(arguments.out)})
    emit(result)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("probe")
    reading = commands.add_parser("read")
    reading.add_argument("format", choices=("native", "csv", "inseq"))
    reading.add_argument("file")
    drawing = commands.add_parser("draw")
    drawing.add_argument("file")
    drawing.add_argument("out")
    drawing.add_argument("--width-px", type=int, default=640)
    drawing.add_argument("--height-px", type=int, default=480)
    drawing.add_argument("--no-values", action="store_true")
    for sub in (reading, drawing):
        sub.add_argument("--runs", type=int, default=5)
        sub.add_argument("--warmups", type=int, default=1)
        sub.add_argument("--budget", type=float, default=60.0)
    arguments = parser.parse_args()
    if arguments.command == "probe":
        probe()
    elif arguments.command == "read":
        read(arguments)
    else:
        draw(arguments)


if __name__ == "__main__":
    main()
