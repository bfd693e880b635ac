#!/usr/bin/env python3
"""A Captum-shaped attribution file from a real (tiny, random-weight) language model, and the
figure Captum's LLMAttributionResult.plot_token_attr draws of it, for the side-by-side screenshot.

Captum itself is not on this machine (no PyPI); Debian's python3-torch, python3-numpy and
python3-matplotlib are. So this script does, step by step, what Captum's LLMAttribution with
FeatureAblation over a TextTemplateInput does (captum/attr/_core/llm_attr.py, read for this):

- the prompt is a template whose features are few-shot examples; a feature is ablated by putting
  its baseline, the empty string, in its place;
- the target is generated greedily from the unablated prompt;
- the forward function returns, for the target, [total log prob, log prob of each target token];
- FeatureAblation's attribution of a feature is that vector with the feature present minus with
  it ablated: row 0 is seq_attr, rows 1.. are token_attr, shape (n_output, n_input);

then saves the result exactly as the README's snippet does, and draws plot_token_attr as Captum
0.7 does: token_attr as is (rows = output tokens), RdYlGn, symmetric around zero, input tokens
across the top rotated -30 degrees, values "%.4f" in black or white, the colour bar's label as
Captum spells it ("Token Attribuiton").

Usage: /usr/bin/python3 captum_side.py OUT.attr.json OUT.png
"""
import json
import sys

import numpy
import torch

SEED = 20261207
TEMPLATE = "Solve: {} ; {} ; {} ; {} . Now: 16 x 8 ="
EXAMPLES = ["9 + 3 = 12", "7 x 5 = 35", "4900 / 100 = 49", "9 - 3 = 6"]
NEW_TOKENS = 6


class TinyLanguageModel(torch.nn.Module):
    """A causal transformer with random weights over a word vocabulary: real computation, no meaning."""

    def __init__(self, vocabulary_size, width=48, layers=2, heads=4):
        super().__init__()
        self.embed = torch.nn.Embedding(vocabulary_size, width)
        self.position = torch.nn.Embedding(128, width)
        layer = torch.nn.TransformerEncoderLayer(width, heads, dim_feedforward=96, batch_first=True, dropout=0.0)
        self.body = torch.nn.TransformerEncoder(layer, layers)
        self.head = torch.nn.Linear(width, vocabulary_size)

    def forward(self, ids):
        length = ids.shape[1]
        mask = torch.nn.Transformer.generate_square_subsequent_mask(length)
        hidden = self.embed(ids) + self.position(torch.arange(length)).unsqueeze(0)
        return self.head(self.body(hidden, mask=mask))


def vocabulary():
    words = set(TEMPLATE.replace("{}", " ").split())
    for example in EXAMPLES:
        words.update(example.split())
    words.update(str(n) for n in range(200))
    return ["<s>"] + sorted(words)


def encode(text, index):
    return [0] + [index[word] for word in text.split()]


def log_probs_of_target(model, prompt_ids, target_ids):
    """[total, per token] log probabilities of the target after the prompt, as Captum's forward returns them."""
    ids = torch.tensor([prompt_ids])
    per_token = []
    for token in target_ids:
        logits = model(ids)[0, -1]
        per_token.append(torch.log_softmax(logits, dim=0)[token].item())
        ids = torch.cat([ids, torch.tensor([[token]])], dim=1)
    return numpy.array([sum(per_token)] + per_token, dtype=numpy.float64)


def main(out_json, out_png):
    torch.manual_seed(SEED)
    words = vocabulary()
    index = {word: i for i, word in enumerate(words)}
    model = TinyLanguageModel(len(words)).eval()
    with torch.no_grad():
        prompt = encode(TEMPLATE.format(*EXAMPLES), index)
        ids = torch.tensor([prompt])
        target = []
        for _ in range(NEW_TOKENS):
            token = int(model(ids)[0, -1].argmax())
            target.append(token)
            ids = torch.cat([ids, torch.tensor([[token]])], dim=1)
        full = log_probs_of_target(model, prompt, target)
        attr = numpy.zeros((1 + len(target), len(EXAMPLES)))
        for feature in range(len(EXAMPLES)):
            ablated = list(EXAMPLES)
            ablated[feature] = ""
            attr[:, feature] = full - log_probs_of_target(model, encode(TEMPLATE.format(*ablated), index), target)
    seq_attr, token_attr = attr[0].astype(numpy.float32), attr[1:].astype(numpy.float32)
    input_tokens = list(EXAMPLES)
    output_tokens = [words[token] for token in target]

    # the README's snippet, with res.seq_attr, res.token_attr, res.input_tokens, res.output_tokens
    with open(out_json, "w", encoding="utf-8") as out:
        json.dump({"format": "token-attribution", "version": 1,
                   "input_tokens": input_tokens, "output_tokens": output_tokens,
                   "token_attr": token_attr.tolist(), "seq_attr": seq_attr.tolist(),
                   "meta": {"method": "FeatureAblation (Captum's LLMAttribution, redone step by step)",
                            "model": "a 2-layer causal transformer with random weights (seed %d)" % SEED,
                            "prompt": TEMPLATE.format(*EXAMPLES)}}, out)
    draw(token_attr, input_tokens, output_tokens, out_png)


def draw(data, input_tokens, output_tokens, out_png):
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import pyplot

    limit = float(numpy.abs(data).max())
    figure, axes = pyplot.subplots()
    axes.grid(False)
    figure.set_size_inches(max(data.shape[1] * 1.3, 6.4), max(data.shape[0] / 2.5, 4.8))
    image = axes.imshow(data, vmax=limit, vmin=-limit, cmap="RdYlGn", aspect="auto")
    bar = axes.figure.colorbar(image, ax=axes)
    bar.ax.set_ylabel("Token Attribuiton", rotation=-90, va="bottom")
    axes.set_xticks(numpy.arange(data.shape[1]), labels=input_tokens)
    axes.set_yticks(numpy.arange(data.shape[0]), labels=output_tokens)
    axes.tick_params(top=True, bottom=False, labeltop=True, labelbottom=False)
    pyplot.setp(axes.get_xticklabels(), rotation=-30, ha="right", rotation_mode="anchor")
    for row in range(data.shape[0]):
        for column in range(data.shape[1]):
            value = data[row, column]
            colour = "black" if 0.2 < image.norm(value) < 0.8 else "white"
            axes.text(column, row, "%.4f" % value, ha="center", va="center", color=colour)
    figure.savefig(out_png, dpi=100, bbox_inches="tight")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
