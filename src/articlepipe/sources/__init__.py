"""Inputs -> Pages or URLs: local files and folders, URL lists (sitemaps, feeds and WARC
come later)."""
