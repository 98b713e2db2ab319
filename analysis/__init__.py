"""analysis: cleaning, sentiment and framing scores for comparing how outlets frame one event.

The modules, one concern each: ``corpus`` (manifest and article files), ``clean``
(normalisation, promos, datelines), ``segment`` (paragraphs, sentences, tokens, quote spans),
``pipeline`` (one pure function per article, applied to chunks of the manifest) and ``cli``.
"""
from __future__ import annotations

__all__ = ["__version__"]
__version__ = "0.1.0"
