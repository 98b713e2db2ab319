"""Comparing outlets: one import for the notebooks, the functions living in a module per concern.

* words (:mod:`analysis.words`): :func:`tokenize`, :func:`term_counts`, and
  :func:`log_odds_dirichlet`, the words that distinguish one outlet from the rest (Monroe,
  Colaresi & Quinn 2008, "Fightin' Words"), prior from the pooled corpus, with z-scores;
  :func:`word_totals` (e.g. sentiment driver words).
* alignment (:mod:`analysis.alignment`): :func:`align_sentences` (sentences that say the same
  thing in two outlets, sparse TF-IDF cosine over word 1-2-grams) and :func:`sentence_coverage`
  (what each outlet reports that the others do not).
* mentions (:mod:`analysis.mentions`): :func:`exclusive_mentions` (names and numbers only one
  outlet gives) and :func:`related_link_direction`.
* summaries (:mod:`analysis.summaries`): :func:`group_mean_ci`, :func:`voice_tone`,
  :func:`join_by_outlet`, :func:`attach_outlet` and the other per-outlet joins and tables.
* leads (:mod:`analysis.leads`): every frame of each lead sentence, no tie broken.

Every function takes tidy tables and returns a tidy table; outlets are never named in code, so
any number of outlets and articles works.

Examples
--------
>>> tokenize("Russia's troops")
['russia', 'troops']
"""
from __future__ import annotations

from .alignment import align_sentences, compare_sentences, ngrams, sentence_coverage, tfidf_matrix, tfidf_vectors
from .leads import LEAD_KINDS, lead_frame_agreement, lead_frames_by_article, outlet_lead_frames, shared_lead_frames
from .mentions import exclusive_mentions, name_mentions, number_mentions, related_link_direction
from .summaries import (
    COUNTED_NOUN_GROUPS, VOICES, actor_tone, attach_outlet, claims_side_by_side, counted_group, group_mean_ci, intervals_overlap,
    join_by_outlet, pooled_voice_interval, related_links, removed_by_reason, removed_finding, top_labels, voice_tone, words_weighted_mean,
)
from .words import Z_95, content_stopwords, log_odds_dirichlet, term_counts, tokenize, word_totals

__all__ = [
    "COUNTED_NOUN_GROUPS", "LEAD_KINDS", "VOICES", "Z_95", "actor_tone", "align_sentences", "attach_outlet", "compare_sentences", "claims_side_by_side",
    "content_stopwords", "counted_group", "exclusive_mentions", "group_mean_ci", "intervals_overlap", "join_by_outlet",
    "lead_frame_agreement", "lead_frames_by_article", "log_odds_dirichlet", "name_mentions", "ngrams", "number_mentions",
    "outlet_lead_frames", "pooled_voice_interval", "related_link_direction", "related_links", "removed_by_reason", "removed_finding", "sentence_coverage",
    "shared_lead_frames", "term_counts", "tfidf_matrix", "tfidf_vectors", "tokenize", "top_labels", "voice_tone",
    "word_totals", "words_weighted_mean",
]
