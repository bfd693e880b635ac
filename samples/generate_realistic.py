#!/usr/bin/env python3
"""Writes realistic-prompt.attr.json: a synthetic but realistically shaped attribution matrix.

No model is run. The values imitate what gradient-based token attribution of a chat model
typically looks like, so that the viewer can be tried on a matrix of realistic size:
  * most cells are close to zero (small noise);
  * each output token draws strongly on a few input tokens (the words it copies or
    paraphrases), with attribution decaying over the neighbouring tokens;
  * the instruction words matter for the sentiment verdict, and the complaints in the
    review pull that verdict down (negative values);
  * the beginning-of-sequence token and the final "Summary:" cue carry some attribution
    for every output token;
  * three cells are missing (two written as NaN, one as null).

Deterministic: the random generator is seeded, so running the script again reproduces the
committed file byte for byte. Python 3 standard library only.

Usage: python3 samples/generate_realistic.py   (writes next to this script)
"""
import json
import math
import os
import random

SEED = 20240611
# rarer words split into pieces the way a SentencePiece vocabulary would; others stay whole
SPLITS = {
    "Summarize": ["Sum", "mar", "ize"],
    "kettle": ["k", "ettle"],
    "boils": ["bo", "ils"],
    "annoying": ["ann", "oy", "ing"],
    "shut-off": ["shut", "-", "off"],
    "factual": ["fact", "ual"],
    "Monday": ["Mon", "day"],
    "Review": ["Re", "view"],
}

PROMPT_LINES = [
    "You are a helpful assistant that writes short, factual summaries of product reviews.",
    "Summarize the following customer review in one sentence and say whether it is positive or negative.",
    "Review: I ordered the blue electric kettle on Monday and it arrived two days late, which was annoying. "
    "However, the water boils in under three minutes, the handle stays cool, and the auto shut-off works "
    "every time. The lid is a bit stiff to open with one hand. Overall I would buy it again.",
    "Summary:",
]

ANSWER = [
    "\u2581The", "\u2581customer", "\u2581is", "\u2581mostly", "\u2581satisf", "ied", ":", "\u2581the",
    "\u2581k", "ettle", "\u2581arrived", "\u2581late", ",", "\u2581but", "\u2581it", "\u2581bo", "ils",
    "\u2581water", "\u2581quickly", ",", "\u2581stays", "\u2581cool", "\u2581and", "\u2581shuts", "\u2581off",
    "\u2581reliably", ";", "\u2581only", "\u2581the", "\u2581stiff", "\u2581lid", "\u2581is", "\u2581a",
    "\u2581complaint", ".", "\u2581Sentiment", ":", "\u2581positive", ".", "</s>",
]

# output token -> input words it copies or paraphrases (matched against the input pieces)
SOURCES = {
    "\u2581customer": ["\u2581customer", "Re"],
    "\u2581satisf": ["\u2581Overall", "\u2581buy", "\u2581again"],
    "ied": ["\u2581buy", "\u2581again"],
    "\u2581k": ["\u2581k"],
    "ettle": ["ettle", "\u2581electric"],
    "\u2581arrived": ["\u2581arrived"],
    "\u2581late": ["\u2581late", "\u2581days"],
    "\u2581but": ["\u2581However"],
    "\u2581bo": ["\u2581bo"],
    "ils": ["ils", "\u2581bo"],
    "\u2581water": ["\u2581water"],
    "\u2581quickly": ["\u2581minutes", "\u2581under", "\u2581three"],
    "\u2581stays": ["\u2581stays"],
    "\u2581cool": ["\u2581cool"],
    "\u2581shuts": ["\u2581shut", "\u2581auto"],
    "\u2581off": ["off"],
    "\u2581reliably": ["\u2581every", "\u2581time", "\u2581works"],
    "\u2581stiff": ["\u2581stiff"],
    "\u2581lid": ["\u2581lid"],
    "\u2581complaint": ["\u2581ann", "\u2581stiff"],
    "\u2581Sentiment": ["\u2581positive", "\u2581negative", "\u2581whether"],
    "\u2581positive": ["\u2581positive", "\u2581Overall", "\u2581buy"],
    "\u2581one": ["\u2581one"],
    "\u2581sentence": ["\u2581sentence"],
}

# input words that push the sentiment verdict towards "negative"
COMPLAINTS = ["\u2581late", "\u2581ann", "\u2581stiff", "\u2581negative"]


def split_word(word, marked):
    """One word as SentencePiece-like pieces; `marked` adds the ▁ that stands for a preceding space."""
    core = word
    trailing = []
    while core and core[-1] in ".,:;":
        trailing.insert(0, core[-1])
        core = core[:-1]
    pieces = list(SPLITS.get(core, [core] if core else []))
    if pieces and marked:
        pieces[0] = "\u2581" + pieces[0]
    return pieces + trailing


def tokenize(lines):
    tokens = ["<s>"]
    for number, line in enumerate(lines):
        if number > 0:
            tokens.append("\n")
        for index, word in enumerate(line.split(" ")):
            # after a newline the first word has no space before it, hence no marker
            tokens += split_word(word, index > 0 or number == 0)
    return tokens


def attribution_matrix(inputs, outputs, rng):
    """token_attr[o][i] in Captum's orientation: one row per output token."""
    positions = {}
    for i, token in enumerate(inputs):
        positions.setdefault(token, []).append(i)
    summary_cue = len(inputs) - 2  # "▁Summary"
    matrix = []
    for o, out in enumerate(outputs):
        row = [rng.gauss(0.0, 0.004) for _ in inputs]
        row[0] += 0.05 + 0.04 * rng.random()  # beginning of sequence: a steady sink
        row[summary_cue] += 0.12 * math.exp(-o / 8.0)  # the cue matters most for the first tokens
        row[summary_cue + 1] += 0.06 * math.exp(-o / 8.0)
        for rank, source in enumerate(SOURCES.get(out, [])):
            strength = (0.9 - 0.25 * rank) * (0.7 + 0.6 * rng.random())
            for i in positions.get(source, []):
                for distance in range(-3, 4):
                    j = i + distance
                    if 0 <= j < len(inputs):
                        row[j] += strength * math.exp(-abs(distance) / 0.8)
        if out in ("\u2581positive", "\u2581Sentiment", "\u2581mostly"):
            for complaint in COMPLAINTS:
                for i in positions.get(complaint, []):
                    row[i] -= 0.35 + 0.2 * rng.random()
        if o > 0:
            # the previous output token is not an input, but the model copies phrasing it just read
            for i in positions.get(outputs[o - 1], []):
                row[i] += 0.08
        matrix.append([round(v, 6) for v in row])
    return matrix


def main():
    rng = random.Random(SEED)
    inputs = tokenize(PROMPT_LINES)
    outputs = ANSWER
    token_attr = attribution_matrix(inputs, outputs, rng)
    # missing cells: attribution failed for these (e.g. a numerically unstable baseline)
    token_attr[5][17] = float("nan")
    token_attr[22][64] = float("nan")
    token_attr[39][3] = None
    seq_attr = [round(sum(row[i] for row in token_attr if row[i] is not None and not math.isnan(row[i])), 6)
                for i in range(len(inputs))]
    output_probs = [round(min(0.999, 0.35 + 0.65 * rng.betavariate(5, 1.5)), 4) for _ in outputs]
    document = {
        "format": "token-attribution",
        "version": 1,
        "meta": {
            "title": "Kettle review: summary and sentiment",
            "method": "synthetic: generated by samples/generate_realistic.py, no model was run",
            "model": "none (values imitate gradient attribution of a chat model)",
            "prompt": "\n".join(PROMPT_LINES),
            "seed": SEED,
        },
        "input_tokens": inputs,
        "output_tokens": outputs,
        "token_attr": token_attr,
        "seq_attr": seq_attr,
        "output_probs": output_probs,
    }
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "realistic-prompt.attr.json")
    with open(target, "w", encoding="utf-8") as out:
        json.dump(document, out, allow_nan=True, indent=1)
        out.write("\n")
    print(f"{target}: {len(inputs)} input tokens x {len(outputs)} output tokens")


if __name__ == "__main__":
    main()
