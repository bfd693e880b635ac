#!/usr/bin/env python3
"""Writes a long, realistically shaped attribution file (default 1000 input x 200 output tokens).

For the screenshots of large matrices (docs/). No model is run: a long SentencePiece-style
prompt (a repeated technical text), an answer whose tokens copy or paraphrase parts of the
prompt, attributions that are mostly small noise with strong cells where an output token
copies a prompt token, decaying over neighbours, a few negative spans and the first token
carrying some attribution everywhere. Seeded: the same arguments give the same file.

Usage: python3 generate_long.py OUT.attr.json [ROWS COLUMNS]
"""
import json
import math
import random
import sys

WORDS = ("the attribution of each input token to each generated token is computed by integrated "
         "gradients along a straight path from a baseline of padding embeddings to the actual "
         "input , summed over the embedding dimension and normalised per output step so that "
         "long prompts remain comparable across models and decoding settings").split()


def pieces(word):
    if len(word) > 7:
        return ["\u2581" + word[:4], word[4:]]
    return ["\u2581" + word]


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    columns = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    rng = random.Random(1000200)
    inputs = ["<s>"]
    while len(inputs) < rows:
        for word in WORDS:
            inputs.extend(pieces(word))
        inputs.append("<0x0A>")
    inputs = inputs[:rows]
    sources = sorted(rng.sample(range(1, rows), columns))
    outputs = [inputs[s] for s in sources]
    token_attr = []
    for o, source in enumerate(sources):
        row = []
        for i in range(rows):
            value = rng.gauss(0, 0.004)
            distance = abs(i - source)
            value += 0.9 * math.exp(-distance / 3.0) * (1 if distance % 7 else 0.6)
            if i == 0:
                value += 0.12
            if (i // 50) % 9 == 4 and o % 3 == 0:
                value -= 0.05 * math.exp(-abs(i - 225 - 450 * (i // 450)) / 40.0)
            row.append(round(value, 5))
        token_attr.append(row)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"format": "token-attribution", "version": 1, "input_tokens": inputs,
                   "output_tokens": outputs, "token_attr": token_attr,
                   "meta": {"title": f"Synthetic long prompt ({rows} x {columns})",
                            "method": "synthetic, shaped like integrated gradients"}}, f)


if __name__ == "__main__":
    main()
