"""Inputs -> Pages: local files and folders (URLs, sitemaps, feeds and WARC come later)."""
