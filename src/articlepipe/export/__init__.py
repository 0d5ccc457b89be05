"""Article streams -> files: JSONL, JSON, Parquet and CSV, each written atomically."""
