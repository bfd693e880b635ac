#!/usr/bin/env python3
"""Writes the hostile corpus of issue 14 into a directory, with cases.json describing each case.

Usage: make_hostile.py OUT_DIR INSEQ_FIXTURES_DIR

Every case is a command line of the tool (paths relative to OUT_DIR) and what must happen: the
exit code, whether the first error line is located (FILE:LINE:COL:), words it must contain, and
the files that must come out unchanged. HostileCorpusTest runs each case in a child JVM with a
small heap and checks, beyond that, that nothing printed holds a raw control character, that
stderr stays small and that no case hangs. Files are generated at test time (some decompress to
hundreds of megabytes, none takes more than a few on disk).

Classes: inert (control sequences in every printed field), oversized (every field far too long),
adding-up (many small tokens), gzip (concatenated members, bombs, damage), special-files (pipes,
devices, directories, sockets, links), output (-o tricks), formula (tokens a spreadsheet would
evaluate), detection (the deciding key far from the start), options (bad numbers in every option),
binary (numpy and safetensors: sizes declared beyond the file, bombs, pickles, printed fields).
"""
import base64
import gzip
import json
import os
import socket
import struct
import sys
import zlib

OUT = sys.argv[1]
FIXTURES = sys.argv[2]
CASES = []

# what a terminal obeys: OSC title, ESC c (reset), CSI clear, CR, BEL, C1 CSI, RLO, an OSC 8 link, NUL
HOSTILE = "\x1b]0;pwned\x07\x1bc\x1b[2J\r\x9b31m\u202e\x1b]8;;http://evil.example/\x07link\x1b]8;;\x07\x00"


def path(name):
    return os.path.join(OUT, name)


def case(name, cls, args, exit_code, located=False, contains=(), untouched=None, creates=None, stdout_has=()):
    """args: the tool's arguments; every file of the case must stay untouched unless listed in creates."""
    CASES.append({"name": name, "class": cls, "args": args, "exit": exit_code, "located": located,
                  "contains": list(contains), "creates": creates, "stdoutHas": list(stdout_has)})


def dump(name, document, gz=False, **options):
    data = json.dumps(document, **options).encode("utf-8")
    write_bytes(name, gzip.compress(data, 6) if gz else data)
    return name


def write_bytes(name, data):
    with open(path(name), "wb") as f:
        f.write(data)
    return name


def write_text(name, text):
    return write_bytes(name, text.encode("utf-8"))


def native(inputs=("a", "b"), outputs=("x",), values=None, meta=None, **extra):
    document = {"format": "token-attribution", "version": 1, "input_tokens": list(inputs),
                "output_tokens": list(outputs),
                "token_attr": values if values is not None else [[0.5] * len(inputs) for _ in outputs]}
    if meta is not None:
        document["meta"] = meta
    document.update(extra)
    return document


def inseq_primitives():
    with open(os.path.join(FIXTURES, "primitives.json"), encoding="utf-8") as f:
        return json.load(f)


def inseq_wrapped():
    with open(os.path.join(FIXTURES, "current-f32.json"), encoding="utf-8") as f:
        return json.load(f)


def safetensors(tensors):
    """tensors: list of (name, dtype, shape, raw bytes); the blob as Inseq writes it, base64."""
    header = {}
    data = b""
    for name, dtype, shape, raw in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    text = json.dumps(header).encode("utf-8")
    text += b" " * (-len(text) % 8)
    return base64.b64encode(struct.pack("<Q", len(text)) + text + data).decode("ascii")


def primitives_with_tensor(blob):
    document = inseq_primitives()
    document["sequence_attributions"][0]["source_attributions"] = blob
    return document


def f32(values):
    return struct.pack("<%df" % len(values), *values)


def inert_cases():
    cls = "inert"
    f = dump("inert-meta.attr.json", native(meta={"k" + HOSTILE: "v" + HOSTILE, "title": HOSTILE}))
    case("meta keys and values, text summary", cls, ["summary", f], 0, stdout_has=["\\u001B]0;pwned"])
    case("meta keys and values, JSON summary", cls, ["summary", f, "--json"], 0, stdout_has=["\\u001B]0;pwned"])
    f = dump("inert-tokens.attr.json", native(inputs=[HOSTILE, "b" + HOSTILE], outputs=["o" + HOSTILE]))
    case("tokens, text summary", cls, ["summary", f], 0)
    case("tokens, JSON summary", cls, ["summary", f, "--json"], 0)
    case("tokens, validate", cls, ["validate", f], 0)
    f = dump("inert-format.attr.json", native(format=HOSTILE))
    case("format value in the error", cls, ["validate", f], 1, located=True, contains=["format"])
    f = write_text("inert-version.attr.json", '{"version": 1e1' + "0" * 50 + ', "input_tokens": []}')
    case("version text in the error", cls, ["validate", f], 1, located=True)
    f = write_bytes("inert-word.attr.json", b'{"input_tokens": nul\x1bcl\x1b]0;x\x07' + b"l" * 5000 + b"}")
    case("unrecognised JSON word holding ESC c", cls, ["validate", f], 1, located=True)
    f = write_bytes("inert-nul.attr.json", b'{"input_tokens": ["a\x00b"]}\x00\x00')
    case("NUL bytes in a string", cls, ["validate", f], 1, located=True)
    f = write_bytes("inert-nul-between.attr.json", b'\x00\x00\x00{"a": 1}')
    case("NUL bytes between values", cls, ["validate", f], 1)
    f = dump("inert-dupkey.attr.json", {"meta": {}, "input_tokens": ["a"]}, )
    text = open(path(f), encoding="utf-8").read().replace('"meta": {}', '"meta": {"k\\u001b[2J": 1, "k\\u001b[2J": 2}')
    write_text(f, text)
    case("duplicate meta key in the error", cls, ["validate", f], 1, located=True, contains=["duplicate"])
    f = dump("inert-meta-kind.attr.json", native(meta={"k" + HOSTILE: [1, 2]}))
    case("meta key named in a kind error", cls, ["validate", f], 1, located=True)
    document = inseq_primitives()
    document["info"]["model_name"] = HOSTILE
    document["info"]["x" + HOSTILE] = HOSTILE
    f = dump("inert-info.json", document)
    case("Inseq info keys and values, text summary", cls, ["summary", f], 0)
    case("Inseq info keys and values, JSON summary", cls, ["summary", f, "--json"], 0)
    blob = safetensors([("a" + HOSTILE, "F32", [4, 4], f32([0.5] * 16)), ("b" + HOSTILE, "F32", [4, 4], f32([0.5] * 16))])
    f = dump("inert-tensor-names.json", primitives_with_tensor(blob))
    case("safetensors tensor names in the error", cls, ["validate", f], 1, located=True, contains=["tensor"])
    blob = safetensors([("attribution", "F32" + HOSTILE, [4, 4], f32([0.5] * 16))])
    f = dump("inert-dtype.json", primitives_with_tensor(blob))
    case("safetensors dtype name in the error", cls, ["validate", f], 1, located=True, contains=["dtype"])
    document = inseq_wrapped()
    sequence = document["attributes"]["sequence_attributions"][0]["attributes"]
    sequence["source_attributions"] = {"__ndarray__": "b64:" + base64.b64encode(f32([0.5] * 16)).decode(),
                                       "dtype": "<f4" + HOSTILE, "shape": [4, 4], "Corder": True}
    f = dump("inert-numpy-dtype.json", document)
    case("legacy numpy dtype name in the error", cls, ["validate", f], 1, located=True, contains=["dtype"])
    document = inseq_primitives()
    document["sequence_attributions"][0]["source"][0]["token"] = "\u2581" + HOSTILE
    blob = safetensors([("attribution", "F32", [4, 4], f32([float("inf")] + [0.5] * 15))])
    document["sequence_attributions"][0]["source_attributions"] = blob
    f = dump("inert-infinite.json", document)
    case("token in an is-infinite message", cls, ["validate", f], 1, located=True, contains=["infinite"])
    f = write_text("inert-cell.csv", ",o\x1b]0;t\x07\n\u202ea,1\nb\x1bc,abc\x1b[2J\n")
    case("CSV cell that is not a number", cls, ["validate", f], 1, located=True, contains=["not a number"])
    # a raw CR would end the record, as in any CSV: the rest of the sequence stays
    f = write_text("inert-header.csv", ",o" + HOSTILE.replace("\x00", "").replace("\r", "") + "\na\x1bc,0.5\n")
    case("CSV header and row tokens, text summary", cls, ["summary", f], 0)
    f = dump("inert-name\x1b]0;title\x07.attr.json", native())
    case("file name with an escape sequence", cls, ["validate", f], 0)
    case("unknown command with an escape sequence", cls, ["summ\x1b[2Jary", f], 2)
    case("unknown option with an escape sequence", cls, ["summary", f, "--js\x1bcon"], 2)
    case("colour map name with an escape sequence", cls,
         ["render", f, "-o", "inert-out.svg", "--colormap", "Rd\x1b]0;x\x07"], 2, contains=["colour map"])


def oversized_cases():
    cls = "oversized"
    big = "m" * (20 << 20)
    f = dump("big-meta-value.attr.json.gz", native(meta={"prompt": big}), gz=True)
    case("meta value over --max-string-length", cls, ["summary", f], 1, located=True, contains=["--max-string-length"])
    f = dump("big-meta-key.attr.json.gz", native(meta={big: 1}), gz=True)
    case("meta key over every limit", cls, ["summary", f], 1, located=True)
    f = dump("big-format.attr.json.gz", native(format=big), gz=True)
    case("format value over --max-string-length", cls, ["validate", f], 1, located=True, contains=["--max-string-length"])
    f = dump("big-token.attr.json", native(inputs=["t" * 70000, "b"]))
    case("token over --max-token-length", cls, ["validate", f], 1, located=True, contains=["--max-token-length"])
    f = dump("big-unknown-key.attr.json.gz", dict(native(), extra=big), gz=True)
    # skipped, never taken: the parser passes over it without keeping it
    case("unknown key's long value is skipped", cls, ["validate", f], 0)
    document = inseq_primitives()
    document = {"info": dict(document["info"], input_texts=[big]), **{k: v for k, v in document.items() if k != "info"}}
    f = dump("big-info.json.gz", document, gz=True)
    case("Inseq info value over --max-string-length", cls, ["summary", f], 1, located=True,
         contains=["--max-string-length"])
    # one string of 300 million chars in a 300 KB file: more than the child's whole heap as chars
    document = inseq_primitives()
    del document["info"]
    head = json.dumps(document)[:-1] + ', "info": {"input_texts": ["'
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [compressor.compress(head.encode())]
    block = b"A" * (1 << 20)
    for _ in range(300):
        parts.append(compressor.compress(block))
    parts.append(compressor.compress(b'"]}}'))
    parts.append(compressor.flush())
    f = write_bytes("huge-string.json.gz", b"".join(parts))
    case("one 300-million-char string in a small gzip", cls, ["validate", f], 1, located=True,
         contains=["--max-string-length"])
    blob = safetensors([("attribution" + "n" * 100000, "F32", [4, 4], f32([0.5] * 16)),
                        ("other", "F32", [4, 4], f32([0.5] * 16))])
    f = dump("big-tensor-name.json", primitives_with_tensor(blob))
    case("long safetensors tensor names", cls, ["validate", f], 1, located=True)
    blob = safetensors([("attribution", "F" * 100000, [4, 4], f32([0.5] * 16))])
    f = dump("big-dtype.json", primitives_with_tensor(blob))
    case("long safetensors dtype", cls, ["validate", f], 1, located=True)
    f = write_text("big-field.csv", ",o\na,1\nb," + "9" * (20 << 20) + "\n")
    case("CSV number field of 20 million digits", cls, ["validate", f], 1, located=True)
    f = write_text("big-token.csv", ",o\n" + "t" * (20 << 20) + ",1\n")
    case("CSV token of 20 million chars", cls, ["validate", f], 1, located=True)
    f = write_text("deep.attr.json", '{"zz": ' + "[" * 100000 + "]" * 100000 + "}")
    case("nesting far deeper than the limit", cls, ["validate", f], 1, located=True, contains=["--max-nesting-depth"])
    case("nesting with the limit raised to a million", cls, ["validate", f, "--max-nesting-depth", "1000000"], 1)


def adding_up_cases():
    cls = "adding-up"
    # 4 million tokens of 60 chars, each far below --max-token-length, 240 million chars together
    count = 4_000_000
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [compressor.compress(b'{"output_tokens": ["o"], "input_tokens": [')]
    token = b'"' + b"t" * 60 + b'",'
    chunk = token * 10000
    for _ in range(count // 10000):
        parts.append(compressor.compress(chunk))
    parts.append(compressor.compress(b'"end"], "token_attr": [[0]]}'))
    parts.append(compressor.flush())
    f = write_bytes("many-tokens.attr.json.gz", b"".join(parts))
    case("4 million tokens of 60 chars", cls, ["summary", f], 1, located=True, contains=["memory"])
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [compressor.compress(b",o\n")]
    row = (b"r" * 60 + b",1\n") * 10000
    for _ in range(count // 10000):
        parts.append(compressor.compress(row))
    parts.append(compressor.flush())
    f = write_bytes("many-rows.csv.gz", b"".join(parts))
    case("4 million CSV rows with 60-char tokens", cls, ["summary", f], 1, located=True, contains=["memory"])
    # 1,000 columns x 90,000 rows: 90 million cells, within --max-cells, 360 MB as floats
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [compressor.compress(b"," + b",".join(b"o%d" % i for i in range(1000)) + b"\n")]
    row = b"r" + b",0" * 1000 + b"\n"
    for _ in range(90000):
        parts.append(compressor.compress(row))
    parts.append(compressor.flush())
    f = write_bytes("many-cells.csv.gz", b"".join(parts))
    case("90 million CSV cells in a small gzip", cls, ["validate", f], 1, located=True, contains=["memory"])
    # a complete tensor of 100 million float32 zeros (400 MB, 533 MB of base64) in a small gzip
    header = json.dumps({"attribution": {"dtype": "F32", "shape": [10000, 10000],
                                         "data_offsets": [0, 400000000]}}).encode()
    header += b" " * (-len(header) % 8)
    prefix = struct.pack("<Q", len(header)) + header
    aligned = -len(prefix) % 3
    rest = 400000000 - aligned
    document = inseq_primitives()
    document["sequence_attributions"][0]["source_attributions"] = "@BLOB@"
    before, after = json.dumps(document).encode().split(b"@BLOB@")
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [compressor.compress(before + base64.b64encode(prefix + b"\0" * aligned))]
    chunk = b"A" * (4 << 20)
    left = rest // 3 * 4
    while left > 0:
        parts.append(compressor.compress(chunk[:min(left, len(chunk))]))
        left -= len(chunk)
    parts.append(compressor.compress(base64.b64encode(b"\0" * (rest % 3)) + after))
    parts.append(compressor.flush())
    f = write_bytes("big-tensor.json.gz", b"".join(parts))
    case("a 10,000 x 10,000 float32 tensor in a small gzip", cls, ["validate", f], 1, located=True,
         contains=["memory"])
    # a safetensors header that declares 100 million cells and holds a few bytes
    header = json.dumps({"attribution": {"dtype": "F32", "shape": [4, 25000000],
                                         "data_offsets": [0, 400000000]}}).encode()
    header += b" " * (-len(header) % 8)
    blob = base64.b64encode(struct.pack("<Q", len(header)) + header + b"\0" * 64).decode()
    f = dump("declared-shape.json", primitives_with_tensor(blob))
    case("a tensor header declaring 400 MB over 64 bytes", cls, ["validate", f], 1, located=True)
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [compressor.compress(b'{"input_tokens": ["a"], "meta": {')]
    for i in range(400):
        parts.append(compressor.compress(b'"k%d": "' % i + b"v" * (1 << 20) + b'",'))
    parts.append(compressor.compress(b'"z": 1}, "output_tokens": ["o"], "token_attr": [[1]]}'))
    parts.append(compressor.flush())
    f = write_bytes("many-meta.attr.json.gz", b"".join(parts))
    case("400 meta values of 1 MiB", cls, ["summary", f], 1, located=True, contains=["memory"])


def gzip_cases():
    cls = "gzip"
    data = json.dumps(native()).encode()
    f = write_bytes("members.attr.json.gz", gzip.compress(data[:20]) + gzip.compress(data[20:]))
    case("a file in two concatenated gzip members", cls, ["validate", f], 0)
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [compressor.compress(b'{"input_tokens": [' + b'"a",' * 9999 + b'"a"], "output_tokens": ['
                                 + b'"o",' * 9999 + b'"o"], "token_attr": [')]
    row = b"[" + b"0," * 9999 + b"0]"
    for i in range(10000):
        parts.append(compressor.compress(row + (b"," if i < 9999 else b"]}")))
    parts.append(compressor.flush())
    f = write_bytes("big-matrix.attr.json.gz", b"".join(parts))
    case("100 million cells (400 MB as floats) in a small gzip", cls, ["validate", f], 1, located=True,
         contains=["memory"])
    f = write_bytes("members-empty.attr.json.gz", gzip.compress(b"") + gzip.compress(data) + gzip.compress(b""))
    case("empty gzip members around the content", cls, ["validate", f], 0)
    f = write_bytes("trailing.attr.json.gz", gzip.compress(data) + b"garbage after the members")
    # as gzip(1) and Java's GZIPInputStream do: what follows the last member is not gzip, and ignored
    case("garbage after the gzip members", cls, ["validate", f], 0)
    f = write_bytes("truncated.attr.json.gz", gzip.compress(data)[:-10])
    case("truncated gzip", cls, ["validate", f], 1)
    f = write_bytes("nested.attr.json.gz", gzip.compress(gzip.compress(gzip.compress(data))))
    case("gzip inside gzip inside gzip", cls, ["validate", f], 1)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [compressor.compress(b'{"input_tokens": ["a"], "pad": "')]
    zeros = b"0" * (1 << 20)
    for _ in range(700):
        parts.append(compressor.compress(zeros))
    parts.append(compressor.flush())
    f = write_bytes("bomb.attr.json.gz", b"".join(parts))
    case("gzip bomb, limit lowered to 64M", cls, ["validate", f, "--max-decompressed-size", "64M"], 1,
         contains=["--max-decompressed-size"])
    case("gzip bomb under the default limits", cls, ["validate", f], 1, located=True)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [compressor.compress(b"{")]
    spaces = b" " * (1 << 20)
    for _ in range(300):
        parts.append(compressor.compress(spaces))
    parts.append(compressor.flush())
    f = write_bytes("whitespace-bomb.attr.json.gz", b"".join(parts))
    case("300 MB of white space after a brace", cls, ["validate", f], 1, located=True)
    member = gzip.compress(b"")
    f = write_bytes("many-members.attr.json.gz", member * 200000 + gzip.compress(data))
    # Java's GZIPInputStream calls itself once per empty member: refused, not a stack overflow
    case("200,000 empty gzip members", cls, ["validate", f], 1, located=True, contains=["members"])
    f = write_bytes("few-members.attr.json.gz", member * 100 + gzip.compress(data))
    case("100 empty gzip members, then the content", cls, ["validate", f], 0)


def special_file_cases():
    cls = "special-files"
    os.mkfifo(path("fifo.attr.json"))
    case("a named pipe without a writer as input", cls, ["validate", "fifo.attr.json"], 1, contains=["regular file"])
    case("a named pipe, summary", cls, ["summary", "fifo.attr.json", "--json"], 1, contains=["regular file"])
    os.symlink("fifo.attr.json", path("link-to-fifo.csv"))
    case("a link to a named pipe", cls, ["validate", "link-to-fifo.csv"], 1, contains=["regular file"])
    os.symlink("/dev/zero", path("zero.attr.json"))
    case("a link to /dev/zero", cls, ["validate", "zero.attr.json"], 1, contains=["regular file"])
    os.symlink("/dev/urandom", path("urandom.csv"))
    case("a link to /dev/urandom", cls, ["convert", "urandom.csv", "-o", "urandom-out.attr.json"], 1,
         contains=["regular file"])
    os.mkdir(path("directory.attr.json"))
    case("a directory", cls, ["validate", "directory.attr.json"], 1, contains=["directory"])
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path("socket.attr.json"))
    server.close()
    case("a socket file", cls, ["validate", "socket.attr.json"], 1, contains=["regular file"])
    os.symlink("nowhere.attr.json", path("dangling.attr.json"))
    case("a dangling link", cls, ["validate", "dangling.attr.json"], 1, contains=["no such file"])
    case("a missing file", cls, ["validate", "missing.attr.json"], 1, contains=["no such file"])
    write_bytes("empty.attr.json", b"")
    case("an empty file", cls, ["validate", "empty.attr.json"], 1)


def output_cases():
    cls = "output"
    source = dump("source.attr.json", native())
    bad = dump("bad-source.attr.json", {"input_tokens": ["a"], "token_attr": "nope"})
    os.mkfifo(path("out-fifo.attr.json"))
    case("-o names a named pipe", cls, ["convert", source, "-o", "out-fifo.attr.json"], 2, contains=["regular file"])
    os.symlink("out-fifo.attr.json", path("out-link-to-fifo.svg"))
    case("-o names a link to a named pipe", cls, ["render", source, "-o", "out-link-to-fifo.svg"], 2,
         contains=["regular file"])
    os.mkdir(path("out-dir.attr.json"))
    case("-o names a directory", cls, ["convert", source, "-o", "out-dir.attr.json"], 2, contains=["directory"])
    case("-o is the input", cls, ["convert", source, "-o", source], 2, contains=["input"])
    case("-o is the input by another spelling", cls, ["convert", source, "-o", "./" + source], 2, contains=["input"])
    os.symlink(source, path("out-link-to-source.attr.json"))
    case("-o is a link to the input", cls, ["convert", source, "-o", "out-link-to-source.attr.json"], 2,
         contains=["input"])
    os.link(path(source), path("out-hard-link.attr.json"))
    case("-o is a hard link to the input", cls, ["convert", source, "-o", "out-hard-link.attr.json"], 2,
         contains=["input"])
    case("the input is a link to -o", cls, ["convert", "out-link-to-source.attr.json", "-o", source], 2,
         contains=["input"])
    case("-o in a directory that does not exist", cls, ["convert", source, "-o", "no/such/dir/out.attr.json"], 1,
         contains=["directory"])
    write_text("existing.attr.json", "precious")
    os.chmod(path("existing.attr.json"), 0o640)
    case("-o replaces a regular file, keeping its permissions", cls, ["convert", source, "-o", "existing.attr.json"],
         0, creates="existing.attr.json")
    write_text("kept.attr.json", "precious")
    case("an invalid input leaves an existing -o untouched", cls, ["convert", bad, "-o", "kept.attr.json"], 1,
         located=True)
    case("an invalid input creates no -o", cls, ["convert", bad, "-o", "never.attr.json"], 1, located=True)
    case("a figure too large for a PNG leaves nothing behind", cls,
         ["render", dump("wide.attr.json", native(inputs=["t%d" % i for i in range(3000)],
                                                   outputs=["o%d" % i for i in range(300)])),
          "-o", "wide.png", "--scale", "16"], 1)
    case("-o is empty", cls, ["convert", source, "-o", ""], 2, contains=["-o"])
    case("a new file gets the umask's permissions", cls, ["convert", source, "-o", "fresh.attr.json"], 0,
         creates="fresh.attr.json")


def formula_cases():
    cls = "formula"
    tokens = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=y", '=HYPERLINK("http://evil.example","x")']
    f = dump("formula.attr.json", native(inputs=tokens, outputs=["=o"]))
    case("formula-leading tokens, summary", cls, ["summary", f], 0, stdout_has=["=1+1"])
    case("formula-leading tokens, convert", cls, ["convert", f, "-o", "formula-out.attr.json"], 0,
         creates="formula-out.attr.json")
    f = write_text("formula.csv", ",=o\n=1+1,1\n@x,2\n")
    case("formula-leading CSV tokens, summary", cls, ["summary", f, "--json"], 0)


def detection_cases():
    cls = "detection"
    for size, label in ((2000, "2 KB"), (100_000, "100 KB"), (3_000_000, "3 MB")):
        document = inseq_primitives()
        info = dict(document["info"], input_texts=["p" * size])
        first = {"info": info, **{k: v for k, v in document.items() if k != "info"}}
        f = dump("detect-info-%d.json" % size, first)
        case("Inseq (primitives) with a %s prompt in info first" % label, cls, ["validate", f], 0)
        f = dump("detect-sorted-%d.json" % size, first, sort_keys=True, indent=2)
        case("Inseq (primitives), %s prompt, sorted keys" % label, cls, ["validate", f], 0)
    document = inseq_primitives()
    first = {"info": dict(document["info"], input_texts=["q" * 200_000]),
             **{k: v for k, v in document.items() if k != "info"}}
    f = dump("detect-info.json.gz", first, gz=True)
    case("Inseq (primitives), long prompt, gzip", cls, ["validate", f], 0)
    f = dump("detect-info-no-extension", first)
    case("Inseq (primitives), long prompt, no file extension", cls, ["validate", f], 0)
    document = inseq_wrapped()
    document["attributes"] = {"info": dict(document["attributes"]["info"], input_texts=["w" * 200_000]),
                              **{k: v for k, v in document["attributes"].items() if k != "info"}}
    f = dump("detect-wrapped.json", document, sort_keys=True)
    case("Inseq (wrapped), long prompt, sorted keys", cls, ["validate", f], 0)
    f = dump("detect-native-meta-first.attr.json", {"meta": {"prompt": "n" * 200_000}, **native()})
    case("native file with a long meta first", cls, ["validate", f], 0)
    f = write_text("detect-mention.attr.json", json.dumps({"meta": {"note": '"sequence_attributions"'}, **native()}))
    case("a native file that mentions Inseq's key in a string", cls, ["validate", f], 0)


def option_cases():
    cls = "options"
    f = dump("options.attr.json", native())
    for value in ("1e-300", "0", "-1", "NaN", "Infinity", "0x10", "17", "1e999", " "):
        case("--scale %r" % value, cls, ["render", f, "-o", "options.png", "--scale", value], 2, contains=["--scale"])
    for value in ("-1", "9", "1.5", "x"):
        case("--decimals %r" % value, cls, ["render", f, "-o", "options.svg", "--decimals", value], 2,
             contains=["--decimals"])
    for option in ("--max-cells", "--max-decompressed-size", "--max-token-length", "--max-nesting-depth",
                   "--max-string-length"):
        for value in ("0", "-3", "1e3", "NaN", "99999999999999999999999"):
            case("%s %r" % (option, value), cls, ["validate", f, option, value], 2, contains=[option])
    case("--sequence -1", cls, ["convert", f, "-o", "options.attr.json.out", "--sequence", "-1"], 2,
         contains=["--sequence"])
    case("an option without its value", cls, ["validate", f, "--max-cells"], 2, contains=["--max-cells"])
    case("an option given twice", cls, ["validate", f, "--max-cells", "5", "--max-cells", "6"], 2,
         contains=["--max-cells"])
    case("--max-cells 1 refuses the file by the limit", cls, ["validate", f, "--max-cells", "1"], 1,
         located=True, contains=["--max-cells"])
    case("--max-string-length 4 refuses a long meta value", cls,
         ["validate", dump("options-meta.attr.json", native(meta={"title": "long enough"})),
          "--max-string-length", "4"], 1, located=True, contains=["--max-string-length"])


def npy(descr, shape, data, fortran=False):
    """A .npy array written by hand: magic, version 1.0, the header dict padded to 64 bytes, the data."""
    header = "{'descr': %r, 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, tuple(shape))
    header += " " * (-(len(header) + 11) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode("latin-1") + data


def unicode_npy(tokens):
    width = max(1, max(len(t) for t in tokens))
    data = b"".join(t.encode("utf-32-le") + b"\x00" * 4 * (width - len(t)) for t in tokens)
    return npy("<U%d" % width, [len(tokens)], data)


def npz(name, members, compression=0):
    """members: list of (member name, bytes, or a list of byte blocks to write one after another)."""
    import zipfile
    with zipfile.ZipFile(path(name), "w", compression) as archive:
        for member, data in members:
            with archive.open(member, "w", force_zip64=True) as out:
                for block in (data if isinstance(data, list) else [data]):
                    out.write(block)
    return name


def raw_safetensors(name, header, data=b""):
    text = json.dumps(header).encode("utf-8")
    return write_bytes(name, struct.pack("<Q", len(text)) + text + data)


def binary_cases():
    """numpy and safetensors files: declared sizes beyond the file, bombs, pickles, printed fields."""
    cls = "binary"
    attr = f32([0.5, -0.25, 0.125, 1.0])
    tokens = [("input_tokens.npy", unicode_npy(["a" + HOSTILE, "b"])), ("output_tokens.npy", unicode_npy(["x", "y"]))]
    f = npz("hostile-tokens.npz", [("token_attr.npy", npy("<f4", [2, 2], attr))] + tokens)
    case("npz tokens with control sequences, text summary", cls, ["summary", f], 0)
    case("npz tokens with control sequences, JSON summary", cls, ["summary", f, "--json"], 0)
    f = write_bytes("huge-shape.npy", npy("<f4", [9000, 9000], attr))
    case("npy declaring 81 million cells in 100 bytes", cls, ["validate", f], 1, located=True, contains=["truncated"])
    f = write_bytes("too-many-cells.npy", npy("<f8", [1 << 20, 1 << 20], attr))
    case("npy beyond --max-cells", cls, ["validate", f], 1, located=True, contains=["--max-cells"])
    f = write_bytes("header-length.npy", b"\x93NUMPY\x02\x00" + struct.pack("<I", 0xFFFFFFFF) + b"{")
    case("npy header length of 4 GiB", cls, ["validate", f], 1, located=True, contains=["header"])
    f = write_bytes("pickle.npy", npy("|O", [2], b"\x80\x04\x95cos\nsystem\n(S'touch pwned'\ntR."))
    case("npy of Python objects (a pickle) is never loaded", cls, ["validate", f], 1, located=True,
         contains=["pickle"])
    f = write_bytes("descr-escape.npy", npy("<f4\x1b[2J", [2, 2], attr))
    case("npy dtype with an escape sequence in the error", cls, ["validate", f], 1, located=True, contains=["dtype"])
    zeros = b"\x00" * (1 << 20)
    f = npz("bomb.npz", [("padding.npy", [npy("<f4", [300 << 18], b"")] + [zeros] * 300),
                         ("token_attr.npy", npy("<f4", [2, 2], attr))] + tokens, compression=8)
    case("npz member of 300 MB zeros beyond --max-decompressed-size", cls,
         ["validate", f, "--max-decompressed-size", "50000000"], 1, located=True, contains=["--max-decompressed-size"])
    f = npz("member-names.npz", [("x\x1b]0;pwned\x07.npy", npy("<f4", [2, 2], attr))])
    case("npz member name with an escape sequence in the error", cls, ["validate", f], 1, located=True,
         contains=["token_attr"])
    f = npz("many-tokens.npz", [("token_attr.npy", npy("<f4", [2, 2], attr)),
                                ("input_tokens.npy", npy("<U1", [6000000], b"a" * 16))] + tokens[1:])
    case("npz tokens declared beyond the member's data", cls, ["validate", f], 1, located=True)
    meta = {"input_tokens": json.dumps(["a", "b"]), "output_tokens": json.dumps(["x", "y"]), "note" + HOSTILE: HOSTILE}
    f = raw_safetensors("hostile-meta.safetensors", {"token_attr": {"dtype": "F32", "shape": [2, 2],
                                                                    "data_offsets": [0, 16]}, "__metadata__": meta}, attr)
    case("safetensors metadata with control sequences, text summary", cls, ["summary", f], 0,
         stdout_has=["\\u001B]0;pwned"])
    case("safetensors metadata with control sequences, JSON summary", cls, ["summary", f, "--json"], 0,
         stdout_has=["\\u001B]0;pwned"])
    f = write_bytes("st-header-length.safetensors", struct.pack("<Q", (1 << 63) + 5) + b"{}")
    case("safetensors header length of 2^63", cls, ["validate", f], 1, located=True, contains=["header length"])
    f = raw_safetensors("st-offsets.safetensors", {"token_attr": {"dtype": "F32", "shape": [8000, 8000],
                                                                  "data_offsets": [0, 256000000]}}, attr)
    case("safetensors offsets far beyond the file", cls, ["validate", f], 1, located=True, contains=["truncated"])
    f = raw_safetensors("st-dtype.safetensors", {"token_attr": {"dtype": "F32\x1b[2J" + "x" * 200, "shape": [2, 2],
                                                                "data_offsets": [0, 16]}}, attr)
    case("safetensors dtype with an escape sequence, far too long", cls, ["validate", f], 1, located=True,
         contains=["dtype"])
    big = "m" * (20 << 20)
    header = json.dumps({"token_attr": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]},
                         "__metadata__": {"prompt": big}}).encode()
    f = write_bytes("st-big-meta.safetensors.gz", gzip.compress(struct.pack("<Q", len(header)) + header + attr, 6))
    case("safetensors metadata value over --max-string-length", cls, ["validate", f], 1, located=True,
         contains=["--max-string-length"])
    many = json.dumps(["t"] * 5000000)
    header = json.dumps({"token_attr": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]},
                         "__metadata__": {"input_tokens": many}}).encode()
    f = write_bytes("st-many-tokens.safetensors.gz", gzip.compress(struct.pack("<Q", len(header)) + header + attr, 6))
    case("safetensors with 5 million tokens for 2 cells", cls, ["validate", f], 1, located=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    for make in (inert_cases, oversized_cases, adding_up_cases, gzip_cases, special_file_cases, output_cases,
                 formula_cases, detection_cases, option_cases, binary_cases):
        make()
    with open(path("cases.json"), "w", encoding="utf-8") as f:
        json.dump(CASES, f, indent=1)
    print("%d cases" % len(CASES))


main()
