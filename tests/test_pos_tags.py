"""The part-of-speech tags behind the caption rule: underthesea's model with features
written out by `tokens._pos_features`, which must give underthesea's own tags."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from underthesea import pos_tag, word_tokenize
from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

from tomtat.eval.datasets import read_dataset
from tomtat.text import tokens


def _reference_features(words: list[str]) -> list[list[str]]:
    predictor = CRFPOSTagPredictor.Instance()
    return predictor.transformer.transform([[(w, "X") for w in words]])[0][0]


@pytest.fixture(scope="module")
def short_lines(shared_dir) -> list[str]:
    """Short lines of dev pages: the lines the caption rule asks about."""
    out = []
    for name in ("abmusu-train", "vims-dev"):
        for cluster in read_dataset(name, shared_dir)[:15]:
            for page in cluster.pages:
                out += [ln.strip() for ln in (page.text or "").split("\n") if 0 < len(ln.split()) < 25]
    assert len(out) > 200
    return out


def test_features_equal_underthesea_on_dev_lines(short_lines):
    for line in short_lines:
        words = word_tokenize(line)
        assert tokens._pos_features(words) == _reference_features(words), line


def test_tags_equal_underthesea_on_dev_lines(short_lines):
    for line in short_lines[:300]:
        assert list(tokens.pos_tags.__wrapped__(line)) == pos_tag(line), line


_WORDS = st.sampled_from(["Ông", "ông", "TP.HCM", "Hà Nội", "ảnh", "đã", "28/2", "-", "ĐT", "a", "", "x y"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=8))
def test_features_equal_underthesea_on_any_word_list(words):
    tokens._pos_tagger()
    assert tokens._pos_features(words) == _reference_features(words)
