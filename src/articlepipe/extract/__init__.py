"""Page -> Article: decoding, parsing, main-content extraction and metadata."""
