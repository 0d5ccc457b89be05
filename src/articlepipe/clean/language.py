"""The language of an article's text, by py3langid, with a confidence.

The detector's normalised probability is the confidence. A short or mixed text can give
a low one; below ``MIN_CONFIDENCE`` the language the page declares is kept instead.
"""

from __future__ import annotations

import io
import lzma
from array import array
from functools import cache
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

# Calibrated on the language fixtures: short single-language paragraphs score over 0.9;
# a text mixing two languages about evenly scores under 0.8.
MIN_CONFIDENCE = 0.8
# The first characters are enough to tell the language, and cost is linear in length
# (about 0.3 ms per 1,000 characters).
SAMPLE_CHARS = 1200


@cache
def _identifier() -> LanguageIdentifier:
    try:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except OSError:
        # py3langid unpacks its model (68 MB) through a temporary file, to keep it out
        # of memory; with the temporary folder full or a file-size limit reached, that
        # fails, and every worker with it. Unpacked in memory instead, once.
        return _identifier_in_memory()


def _identifier_in_memory() -> LanguageIdentifier:
    # Hand-written (py3langid loads only through a file): the same arrays as its
    # modelio.load_model, read from a buffer.
    with lzma.open(MODEL_DIR / MODEL_FILE) as packed, np.load(io.BytesIO(packed.read())) as data:
        arrays = [data[name] for name in ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")]
    ptc, pc, classes, nextmove, row, output = arrays
    return LanguageIdentifier(
        np.asarray(ptc),
        np.asarray(pc),
        classes.tolist(),
        _unsigned(nextmove),
        output.tolist(),
        norm_probs=True,
        tk_row=_unsigned(row),
    )


def _unsigned(values: Any) -> array[int]:
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


def load_model() -> None:
    """Load the model now rather than at the first detection."""
    _identifier()


def detect(text: str) -> tuple[str, float]:
    """``(ISO 639-1 code, confidence 0..1)`` of ``text``; ``("", 0.0)`` for no text."""
    sample = text[:SAMPLE_CHARS].strip()
    if not sample:
        return "", 0.0
    code, probability = _identifier().classify(sample)
    return str(code), float(probability)


def language_of(text: str, declared: str) -> str:
    """The language to record: the detected one when confident, else the declared one's
    primary subtag (``en`` of ``en-GB``)."""
    code, confidence = detect(text)
    if confidence >= MIN_CONFIDENCE:
        return code
    return declared.split("-", maxsplit=1)[0].split("_", maxsplit=1)[0].lower() if declared else code
