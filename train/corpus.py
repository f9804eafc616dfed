"""The corpus: simple bilingual scenes, then questions that refer back to them.

Every document is in ONE language and is built from this grammar ([X] = optional, p = 0.5):

  document  := scene{2..4} qa{1..2}                 (subjects distinct, places distinct)
  scene_en  := the SUBJ VERB on the [COLOR] PLACE .
  qa_en     := where is the SUBJ ?    the SUBJ is on the [COLOR] PLACE .        (copies SUBJ's place)
             | who VERB on the [COLOR] PLACE ?    the SUBJ VERB on the [COLOR] PLACE .   (copies the subject)
  scene_zh  := SUBJ VERB 在 [COLOR 的] PLACE 上 。
  qa_zh     := SUBJ 在 哪里 ？    SUBJ 在 [COLOR 的] PLACE 上 。
             | 谁 VERB 在 [COLOR 的] PLACE 上 ？    SUBJ VERB 在 [COLOR 的] PLACE 上 。

The answers can only be got right by looking back at the scene they refer to, and they repeat
its words, so attention has a reason to look back and copying pays. Chinese is written
pre-segmented into words (one space between words), exactly as the model sees it.
"""

import hashlib
import random

SUBJ = [("cat", "猫"), ("dog", "狗"), ("bird", "鸟"), ("fox", "狐狸"), ("boy", "男孩"), ("girl", "女孩")]
VERB = [("sat", "坐"), ("slept", "睡"), ("stood", "站"), ("lay", "躺")]
PLACE = [("mat", "垫子"), ("rug", "地毯"), ("bed", "床"), ("box", "盒子"), ("chair", "椅子"), ("table", "桌子")]
COLOR = [("red", "红色"), ("blue", "蓝色"), ("green", "绿色")]
FUNC_EN = ["the", "on", "where", "is", "who", "?", "."]
FUNC_ZH = ["在", "上", "的", "哪里", "谁", "？", "。"]


def vocabulary():
    """The closed vocabulary, in id order: English words first, then Chinese words."""
    en = FUNC_EN[:2] + [w for w, _ in SUBJ + VERB + PLACE + COLOR] + FUNC_EN[2:]
    zh = FUNC_ZH[:3] + [w for _, w in SUBJ + VERB + PLACE + COLOR] + FUNC_ZH[3:]
    return en, zh


def _place_en(color, place):
    return ["the"] + ([color[0]] if color else []) + [place[0]]


def _place_zh(color, place):
    return ([color[1], "的"] if color else []) + [place[1], "上"]


def scene(lang, s, v, c, p):
    """One scene sentence as a list of words."""
    if lang == "en":
        return ["the", s[0], v[0], "on"] + _place_en(c, p) + ["."]
    return [s[1], v[1], "在"] + _place_zh(c, p) + ["。"]


def qa(lang, kind, s, v, c, p):
    """A question about a scene, followed by its answer (which repeats the scene's words)."""
    if lang == "en":
        if kind == "where":
            return ["where", "is", "the", s[0], "?", "the", s[0], "is", "on"] + _place_en(c, p) + ["."]
        return ["who", v[0], "on"] + _place_en(c, p) + ["?", "the", s[0], v[0], "on"] + _place_en(c, p) + ["."]
    if kind == "where":
        return [s[1], "在", "哪里", "？", s[1], "在"] + _place_zh(c, p) + ["。"]
    return ["谁", v[1], "在"] + _place_zh(c, p) + ["？", s[1], v[1], "在"] + _place_zh(c, p) + ["。"]


def document(rng, lang):
    """One document (list of words) in language lang, drawn with the random generator rng."""
    n = rng.randint(2, 4)
    subjects = rng.sample(SUBJ, n)
    places = rng.sample(PLACE, n)
    scenes = [(s, rng.choice(VERB), rng.choice(COLOR) if rng.random() < 0.5 else None, p) for s, p in zip(subjects, places)]
    words = []
    for sc in scenes:
        words += scene(lang, *sc)
    for sc in rng.sample(scenes, rng.randint(1, 2)):
        words += qa(lang, rng.choice(["where", "who"]), *sc)
    return words


def corpus(seed, n_docs):
    """n_docs documents, alternating English and Chinese, reproducible from seed."""
    rng = random.Random(seed)
    return [document(rng, "en" if i % 2 == 0 else "zh") for i in range(n_docs)]


def corpus_hash(docs):
    """SHA-256 of the corpus as text: one document per line, words separated by single spaces."""
    text = "\n".join(" ".join(d) for d in docs) + "\n"
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), text
