"""What every extraction worker needs, loaded once in the fork server that the workers
fork from (``worker_processes.worker_context``): the extractor, the cleaning, and the language
model (about 75 MB, read-only, so the workers share its pages).

Importing this module loads all of it; only worker processes import it.
"""

from __future__ import annotations

import gc
import threading

from articlepipe.clean.language import load_model

# The model's file is LZMA-compressed, and decompressing it (a third of a second) releases
# the GIL: it runs beside the imports below instead of after them.
_loading = threading.Thread(target=load_model, name="articlepipe-language-model")
_loading.start()

from articlepipe.clean.stage import clean_in_worker  # noqa: E402
from articlepipe.extract.dispatch import process_page  # noqa: E402
from articlepipe.models import Article, Page  # noqa: E402

_SAMPLE = b"""<html lang="en"><head><title>Warm-up</title></head><body><article>
<h1>Warm-up</h1><p>This page runs every part of the extraction and the cleaning once,
so that their lazy set-up (imports, compiled patterns, the language model) is done
before the workers fork.</p></article></body></html>"""

# One page through the whole per-article path: the extractor, normalisation, language
# detection, the quality filters and the near-duplicate signature. (The thread ends
# before the module does, so no thread is alive when the workers fork.)
_warm = process_page(Page(url="https://warm-up.invalid/", body=_SAMPLE))
_loading.join()
if isinstance(_warm, Article):
    clean_in_worker(_warm, sign=True)
del _warm
# Everything loaded so far lives as long as the process: move it out of the collector's
# reach, so a collection in a worker does not write to (and so copy) the shared pages.
gc.freeze()
