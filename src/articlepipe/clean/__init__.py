"""Corpus cleaning: Article -> Article or a drop with a reason (normalise, language, dedup, quality)."""
