"""Trains the tutorial's real model and writes its weights and reference activations.

Run through train/run.sh (which makes .venv and installs torch + numpy). Everything is seeded:
the same command on the same torch version gives the same files. Outputs:
  src/lesson/real-model/weights.json   the weights (float32, base64) with a JSON header (config, vocabulary, training facts)
  tests/core/model/reference.json      float64 activations of a few sentences, computed from those float32 weights
  train/corpus-sample.txt              the first 20 documents of the corpus (the full corpus is regenerated, never committed)
"""

import argparse
import base64
import json
import math
import os
import platform
import random
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

from corpus import COLOR, PLACE, SUBJ, corpus, corpus_hash, vocabulary
from model import Transformer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEIGHTS_OUT = os.path.join(ROOT, "src/lesson/real-model/weights.json")
REFERENCE_OUT = os.path.join(ROOT, "tests/core/model/reference.json")
SAMPLE_OUT = os.path.join(ROOT, "train/corpus-sample.txt")

CONFIG = dict(dim=32, n_layers=3, n_heads=4, n_kv_heads=2, head_dim=8, hidden_dim=64, max_seq_len=64,
              rope_base=10000.0, norm_eps=1e-5)

# Sentences whose activations are committed as the reference (word lists, pre-segmented).
REFERENCE_TEXTS = [
    "the cat sat on",
    "the cat sat on the red mat . the dog slept on the bed . where is the cat ? the cat is on the",
    "猫 坐 在 红色 的 垫子 上 。 狗 睡 在 床 上 。 谁 睡 在 床 上 ？ 狗 睡 在",
]
# Prompts whose top prediction is checked after training: (prompt, expected, required). A required
# check that fails fails the run; the others (copying from context) are recorded in the header as they came out.
CHECKS = [
    ("the cat sat", "on", True),
    ("猫 坐", "在", True),
    ("the cat sat on the red mat . the dog slept on the bed . where is the cat ? the cat is on the", "red", False),
    ("猫 坐 在 红色 的 垫子 上 。 狗 睡 在 床 上 。 谁 睡 在 床 上 ？", "狗", False),
]


def param_order(cfg):
    """Tensor names in file order (Meta's llama names) and their shapes (PyTorch layout: (out, in))."""
    d, hd, hid = cfg["dim"], cfg["head_dim"], cfg["hidden_dim"]
    out = [("tok_embeddings.weight", [cfg["vocab_size"], d])]
    for i in range(cfg["n_layers"]):
        p = f"layers.{i}."
        out += [
            (p + "attention_norm.weight", [d]),
            (p + "attention.wq.weight", [cfg["n_heads"] * hd, d]),
            (p + "attention.wk.weight", [cfg["n_kv_heads"] * hd, d]),
            (p + "attention.wv.weight", [cfg["n_kv_heads"] * hd, d]),
            (p + "attention.wo.weight", [d, cfg["n_heads"] * hd]),
            (p + "ffn_norm.weight", [d]),
            (p + "feed_forward.w1.weight", [hid, d]),
            (p + "feed_forward.w2.weight", [d, hid]),
            (p + "feed_forward.w3.weight", [hid, d]),
        ]
    return out + [("norm.weight", [d])]


def batches(docs, stoi, batch, T, rng):
    """Endless random batches: ids (B, T+1) padded with 0, and a mask of the real next-token targets (B, T)."""
    while True:
        chosen = [docs[rng.randrange(len(docs))] for _ in range(batch)]
        ids = torch.zeros(batch, T + 1, dtype=torch.long)
        mask = torch.zeros(batch, T, dtype=torch.bool)
        for b, d in enumerate(chosen):
            ids[b, : len(d)] = torch.tensor([stoi[w] for w in d])
            mask[b, : len(d) - 1] = True
        yield ids, mask


def evaluate(model, docs, stoi):
    """Greedy accuracy on every answer word that must be copied from the context (subject, colour, place)."""
    content = {w for pair in SUBJ + COLOR + PLACE for w in pair}
    right = total = 0
    with torch.no_grad():
        for d in docs:
            ids = torch.tensor([[stoi[w] for w in d]])
            pred = model(ids)[0].argmax(-1)
            in_answer = False
            for t in range(1, len(d)):
                if d[t - 1] in ("?", "？"):
                    in_answer = True
                if d[t - 1] in (".", "。"):
                    in_answer = False
                if in_answer and d[t] in content:
                    total += 1
                    right += int(pred[t - 1].item() == stoi[d[t]])
    return right / total


def top(model, stoi, itos, text):
    ids = torch.tensor([[stoi[w] for w in text.split()]])
    with torch.no_grad():
        p = F.softmax(model(ids)[0, -1].double(), -1)
    i = int(p.argmax())
    return itos[i], float(p[i])


def export_weights(model, cfg, meta):
    sd = model.state_dict()
    tensors, chunks, offset = [], [], 0
    for name, shape in param_order(cfg):
        t = sd[name].detach().to(torch.float32).contiguous()
        assert list(t.shape) == shape, (name, t.shape, shape)
        tensors.append({"name": name, "shape": shape, "offset": offset})
        chunks.append(t.numpy().astype("<f4").tobytes())
        offset += t.numel()
    data = b"".join(chunks)
    doc = {"format": "kv-step-by-step-model", "version": 1, "config": cfg, **meta,
           "dtype": "float32-le", "count": offset, "tensors": tensors, "data": base64.b64encode(data).decode("ascii")}
    with open(WEIGHTS_OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    return data


def load_exported(cfg):
    """A float64 model holding exactly the exported float32 weights (what the TypeScript core reads)."""
    with open(WEIGHTS_OUT, encoding="utf-8") as f:
        doc = json.load(f)
    flat = np.frombuffer(base64.b64decode(doc["data"]), dtype="<f4").astype(np.float64)
    m = Transformer(cfg).double()
    sd = {t["name"]: torch.from_numpy(flat[t["offset"]: t["offset"] + math.prod(t["shape"])].reshape(t["shape"]).copy())
          for t in doc["tensors"]}
    m.load_state_dict(sd, strict=False)  # output is tied: no separate tensor
    return m.eval()


def r(x):
    """Nested lists of floats with 10 significant digits (ample for a 1e-5 comparison)."""
    return np.vectorize(lambda v: float(f"{v:.10g}"))(x.numpy()).tolist()


def export_reference(cfg, stoi):
    m = load_exported(cfg)
    cases = []
    for text in REFERENCE_TEXTS:
        words = text.split()
        ids = torch.tensor([[stoi[w] for w in words]])
        recs = []
        with torch.no_grad():
            logits = m(ids, recs)[0]
        layers = [{
            "q": r(rec["q"][0].permute(1, 0, 2)),  # (H, T, hd), after RoPE
            "k": r(rec["k"][0].permute(1, 0, 2)),  # (KV, T, hd), after RoPE
            "v": r(rec["v"][0].permute(1, 0, 2)),  # (KV, T, hd)
            "weights": r(rec["weights"][0]),  # (H, T, T)
            "out": r(rec["out"][0]),  # (T, dim): the residual stream after the block
        } for rec in recs]
        cases.append({"text": text, "words": words, "ids": ids[0].tolist(), "positions": list(range(len(words))),
                      "layers": layers, "logits": r(logits)})
    doc = {"about": "float64 activations of the exported float32 weights (train/train.py); layouts per head, rows = tokens",
           "cases": cases}
    with open(REFERENCE_OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    return m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--docs", type=int, default=40000)
    ap.add_argument("--steps", type=int, default=10000)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--threads", type=int, default=1, help="1 is fastest for a model this small on a shared machine")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    en, zh = vocabulary()
    itos = en + zh
    stoi = {w: i for i, w in enumerate(itos)}
    cfg = {"vocab_size": len(itos), **CONFIG}

    docs = corpus(args.seed, args.docs)
    sha, text = corpus_hash(docs)
    held_out = corpus(args.seed + 1, 1000)
    with open(SAMPLE_OUT, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in text.splitlines()[:20]))
    n_tokens = sum(len(d) for d in docs)
    assert max(len(d) for d in docs) <= cfg["max_seq_len"]
    print(f"corpus: {len(docs)} documents, {n_tokens} tokens, vocabulary {len(itos)}, sha256 {sha[:16]}…")

    model = Transformer(cfg)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"model: {n_params} parameters")
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, betas=(0.9, 0.95), weight_decay=0.01)
    warm = 100
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, s / args.steps)))))
    T = cfg["max_seq_len"]
    it = batches(docs, stoi, args.batch, T, rng)
    t0 = time.time()
    loss_avg = None
    for step in range(args.steps):
        ids, mask = next(it)
        logits = model(ids[:, :-1])
        loss = F.cross_entropy(logits[mask], ids[:, 1:][mask])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        loss_avg = loss.item() if loss_avg is None else 0.98 * loss_avg + 0.02 * loss.item()
        if step % 250 == 0 or step == args.steps - 1:
            extra = ""
            if step % 1000 == 0 and step > 0:
                model.eval()
                extra = f"  copy accuracy {evaluate(model, held_out[:200], stoi):.3f}"
                model.train()
            print(f"step {step:5d}  loss {loss_avg:.4f}  {time.time() - t0:.0f} s{extra}", flush=True)
    model.eval()
    os.makedirs(os.path.join(ROOT, "train/out"), exist_ok=True)
    torch.save(model.state_dict(), os.path.join(ROOT, "train/out/model.pt"))  # git-ignored; for inspection
    acc = evaluate(model, held_out, stoi)
    print(f"held-out copy accuracy (answer words taken from the context): {acc:.4f}")

    meta = {
        "vocab": itos,
        "languages": {"en": [0, len(en)], "zh": [len(en), len(itos)]},
        "parameters": n_params,
        "training": {
            "seed": args.seed, "steps": args.steps, "batch": args.batch, "lr": args.lr, "optimizer": "AdamW",
            "corpus_docs": len(docs), "corpus_tokens": n_tokens, "corpus_sha256": sha,
            "final_loss": round(loss_avg, 4), "heldout_copy_accuracy": round(acc, 4),
            "torch": torch.__version__, "python": platform.python_version(),
            "seconds": round(time.time() - t0),
        },
    }
    export_weights(model, cfg, meta)
    m64 = export_reference(cfg, stoi)
    failed = False
    checks = []
    for prompt, want, required in CHECKS:
        got, p = top(m64, stoi, itos, prompt)
        checks.append({"prompt": prompt, "expected": want, "required": required, "top": got, "p": round(p, 6)})
        print(f"check: {prompt!r} -> {got!r} (p = {p:.4f}); expected {want!r}{'' if required else ' (not required)'}")
        failed |= required and got != want
    # Record the checks in the header too (the weights are unchanged by this second write).
    meta["checks"] = checks
    export_weights(model, cfg, meta)
    size = os.path.getsize(WEIGHTS_OUT)
    print(f"wrote {WEIGHTS_OUT} ({size} bytes), {REFERENCE_OUT}")
    if failed:
        sys.exit("a check failed: the model did not learn what the tutorial shows")


if __name__ == "__main__":
    main()
