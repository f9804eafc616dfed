"""A Llama-style decoder, small enough to read every number (names as in Meta's llama/model.py).

tok_embeddings -> n_layers x [attention_norm -> GQA attention with RoPE (wq wk wv wo) -> residual,
ffn_norm -> gated MLP w2(silu(w1 x) * w3 x) -> residual] -> norm -> logits = h . tok_embeddings^T
(output tied to the embedding). No biases. src/core/model/ implements the same maths in TypeScript.
"""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class RMSNorm(nn.Module):
    """x / sqrt(mean(x^2) + eps) * weight (Zhang & Sennrich 2019)."""

    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rope(x, pos, base):
    """Rotates adjacent pairs (x[2i], x[2i+1]) by angle pos * base^(-2i/head_dim) (RoFormer, Su et al. 2021, eq. 34).

    x (B, T, H, hd), pos (T,) integer positions -> (B, T, H, hd).
    """
    hd = x.shape[-1]
    inv = base ** (-torch.arange(0, hd, 2, dtype=x.dtype) / hd)  # (hd/2)
    ang = pos.to(x.dtype)[:, None] * inv[None, :]  # (T, hd/2)
    cos, sin = ang.cos()[None, :, None, :], ang.sin()[None, :, None, :]  # (1, T, 1, hd/2)
    x0, x1 = x[..., 0::2], x[..., 1::2]  # (B, T, H, hd/2) each
    return torch.stack([x0 * cos - x1 * sin, x0 * sin + x1 * cos], dim=-1).flatten(-2)  # (B, T, H, hd)


class Attention(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.n_heads, self.n_kv_heads, self.head_dim = cfg["n_heads"], cfg["n_kv_heads"], cfg["head_dim"]
        self.rope_base = cfg["rope_base"]
        dim = cfg["dim"]
        self.wq = nn.Linear(dim, self.n_heads * self.head_dim, bias=False)
        self.wk = nn.Linear(dim, self.n_kv_heads * self.head_dim, bias=False)
        self.wv = nn.Linear(dim, self.n_kv_heads * self.head_dim, bias=False)
        self.wo = nn.Linear(self.n_heads * self.head_dim, dim, bias=False)

    def forward(self, x, pos, rec=None):
        B, T, _ = x.shape
        q = self.wq(x).view(B, T, self.n_heads, self.head_dim)  # (B, T, H, hd)
        k = self.wk(x).view(B, T, self.n_kv_heads, self.head_dim)  # (B, T, KV, hd)
        v = self.wv(x).view(B, T, self.n_kv_heads, self.head_dim)  # (B, T, KV, hd)
        q, k = rope(q, pos, self.rope_base), rope(k, pos, self.rope_base)  # RoPE after projection
        # Query head h reads K/V head h // (H / KV): repeat each K/V head for its group.
        rep = self.n_heads // self.n_kv_heads
        kr, vr = k.repeat_interleave(rep, dim=2), v.repeat_interleave(rep, dim=2)  # (B, T, H, hd)
        scores = torch.einsum("bthd,bshd->bhts", q, kr) / math.sqrt(self.head_dim)  # (B, H, T, T)
        causal = torch.ones(T, T, dtype=torch.bool).tril()  # explicit mask: square, so alignment is moot
        att = F.softmax(scores.masked_fill(~causal, float("-inf")), dim=-1)  # (B, H, T, T)
        out = torch.einsum("bhts,bshd->bthd", att, vr).reshape(B, T, -1)  # (B, T, H*hd)
        if rec is not None:
            rec.update(q=q, k=k, v=v, weights=att)
        return self.wo(out)  # (B, T, dim)


class FeedForward(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.w1 = nn.Linear(cfg["dim"], cfg["hidden_dim"], bias=False)
        self.w2 = nn.Linear(cfg["hidden_dim"], cfg["dim"], bias=False)
        self.w3 = nn.Linear(cfg["dim"], cfg["hidden_dim"], bias=False)

    def forward(self, x):
        return self.w2(F.silu(self.w1(x)) * self.w3(x))  # (B, T, dim)


class Block(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.attention_norm = RMSNorm(cfg["dim"], cfg["norm_eps"])
        self.attention = Attention(cfg)
        self.ffn_norm = RMSNorm(cfg["dim"], cfg["norm_eps"])
        self.feed_forward = FeedForward(cfg)

    def forward(self, x, pos, rec=None):
        h = x + self.attention(self.attention_norm(x), pos, rec)
        out = h + self.feed_forward(self.ffn_norm(h))
        if rec is not None:
            rec["out"] = out
        return out


class Transformer(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.tok_embeddings = nn.Embedding(cfg["vocab_size"], cfg["dim"])
        self.layers = nn.ModuleList([Block(cfg) for _ in range(cfg["n_layers"])])
        self.norm = RMSNorm(cfg["dim"], cfg["norm_eps"])
        for name, p in self.named_parameters():
            if p.dim() == 2:
                std = 0.02 / math.sqrt(2 * cfg["n_layers"]) if name.endswith(("wo.weight", "w2.weight")) else 0.02
                nn.init.normal_(p, std=std)

    def forward(self, ids, recs=None):
        """ids (B, T) -> logits (B, T, vocab); recs, if given, a list that receives one dict per layer."""
        T = ids.shape[1]
        pos = torch.arange(T)
        h = self.tok_embeddings(ids)  # (B, T, dim)
        for layer in self.layers:
            rec = {} if recs is not None else None
            h = layer(h, pos, rec)
            if recs is not None:
                recs.append(rec)
        return self.norm(h) @ self.tok_embeddings.weight.T  # tied output: (B, T, vocab)
