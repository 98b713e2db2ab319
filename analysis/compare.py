"""Comparing outlets: distinctive words, sentence alignment, omissions, and per-outlet summaries.

Every function takes tidy tables (one row per sentence, article or measure) and returns a tidy
table; outlets are never named in code, so any number of outlets and articles works.

* :func:`log_odds_dirichlet`: words that distinguish one outlet from the rest, by the weighted
  log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
  Words", *Political Analysis* 16(4)), the prior taken from the pooled corpus, with z-scores.
* :func:`align_sentences`: sentences that say the same thing in two outlets (TF-IDF cosine over
  word 1-2-grams, numpy only), e.g. one ministry statement translated by two wire agencies.
* :func:`sentence_coverage` and :func:`exclusive_mentions`: what each outlet reports that the
  others do not (an omission table, read the other way round).
* :func:`group_mean_ci` and :func:`join_by_outlet`: per-outlet measures with bootstrap intervals,
  joined into one summary with the invariant "no unknown outlet" checked.
* :func:`voice_tone`: the reporter's and the quoted voice per outlet, with the pipeline's own
  intervals (``articles.csv``) for one-article outlets and the same bootstrap pooled for several.
* :func:`lead_frames_by_article`, :func:`shared_lead_frames`, :func:`lead_frame_agreement` and
  :func:`outlet_lead_frames`: every frame of each lead sentence (the ``lead_frames`` table), no
  tie broken: which leads carry one frame, which mix several, and which frames every lead shares.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .claims import load_calendar
from .instruments import load_tsv, load_wordlist
from .segment import words
from .stats import bootstrap_ci, percentile_interval, sentence_resamples

Z_95 = 1.959963984540054


# --------------------------------------------------------------------------- tokens and counts
def tokenize(text: str, *, stopwords: Iterable[str] = ()) -> list[str]:
    """Lower-cased word tokens, possessive ``'s`` removed, ``stopwords`` dropped.

    Examples
    --------
    >>> tokenize("Russia's troops, the U.S. says.", stopwords={"the"})
    ['russia', 'troops', 'u.s', 'says']
    >>> tokenize("")
    []
    """
    stop = frozenset(stopwords)
    out = []
    for token in words(text.replace("\u2019", "'")):
        token = token.lower()
        if token.endswith("'s"):
            token = token[:-2]
        if token and token not in stop:
            out.append(token)
    return out


def content_stopwords() -> frozenset[str]:
    """The workbook's English function words (``stopwords_en.txt``), for content-word lists.

    Examples
    --------
    >>> "the" in content_stopwords(), "troops" in content_stopwords()
    (True, False)
    """
    return load_wordlist("stopwords_en.txt")


def term_counts(df: pd.DataFrame, *, by: str = "outlet", text: str = "text", stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Word counts: one row per term, one column per group (``by``), zeros filled.

    Numbers are kept (they are part of how outlets differ); function words are dropped unless
    ``stopwords=()`` is given.

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "B", "A"], "text": ["troops left", "troops stay", "tanks left"]})
    >>> term_counts(d).loc[["left", "troops"]].to_dict("index")
    {'left': {'A': 2, 'B': 0}, 'troops': {'A': 1, 'B': 1}}
    >>> term_counts(d.iloc[:0]).shape
    (0, 0)
    """
    stop = content_stopwords() if stopwords is None else frozenset(stopwords)
    counts: dict[str, Counter[str]] = {}
    for group, value in zip(df[by], df[text]):
        counts.setdefault(str(group), Counter()).update(tokenize(str(value), stopwords=stop))
    if not counts:
        return pd.DataFrame()
    table = pd.DataFrame(counts).fillna(0).astype(int)
    return table.sort_index()[sorted(table.columns)]


# --------------------------------------------------------------------------- distinctive words
def log_odds_dirichlet(counts: pd.DataFrame, *, prior_scale: float = 1.0, min_count: int = 1) -> pd.DataFrame:
    """Weighted log-odds ratio with an informative Dirichlet prior, each group against the rest.

    For group *i* and the pooled rest *j*, with prior pseudo-counts ``a_w = prior_scale *``
    (pooled count of *w*) and ``a0 = sum(a_w)`` (Monroe et al. 2008, eq. 16-22)::

        delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
        var_w   ~ 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    The prior shrinks rare words toward zero, so a word used twice by one outlet does not
    outrank a word used ten times more often than elsewhere.

    Parameters
    ----------
    counts : DataFrame
        Terms as rows, groups as columns (:func:`term_counts`).
    prior_scale : float
        Weight of the pooled-corpus prior (1.0: as many pseudo-counts as observed words).
    min_count : int
        Terms the group uses fewer times than this are not reported for it.

    Returns
    -------
    DataFrame
        One row per group and term: ``outlet, term, count, per_1000_words, other_per_1000_words,
        log_odds, se, z, significant`` (``|z| > 1.96``), sorted by group then ``z`` descending.

    Examples
    --------
    >>> c = pd.DataFrame({"A": [10, 1, 5], "B": [1, 10, 5]}, index=["troops", "war", "said"])
    >>> r = log_odds_dirichlet(c)
    >>> r[r.outlet == "A"][["term", "count"]].values.tolist()
    [['troops', 10], ['said', 5], ['war', 1]]
    >>> bool(r.set_index(["outlet", "term"]).loc[("A", "said"), "z"] == 0)
    True
    >>> log_odds_dirichlet(pd.DataFrame()).empty
    True
    """
    columns = ["outlet", "term", "count", "per_1000_words", "other_per_1000_words", "log_odds", "se", "z", "significant"]
    if counts.empty or counts.shape[1] < 2:
        return pd.DataFrame(columns=columns)
    y = counts.to_numpy(dtype=float)
    pooled = y.sum(axis=1)
    alpha = prior_scale * pooled
    a0 = alpha.sum()
    frames = []
    for k, group in enumerate(counts.columns):
        yi = y[:, k]
        yj = pooled - yi
        ni, nj = yi.sum(), yj.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.log((yi + alpha) / (ni + a0 - yi - alpha)) - np.log((yj + alpha) / (nj + a0 - yj - alpha))
            var = 1.0 / (yi + alpha) + 1.0 / (yj + alpha)
            z = delta / np.sqrt(var)
        frame = pd.DataFrame({
            "outlet": group, "term": counts.index, "count": yi.astype(int),
            "per_1000_words": 1000 * yi / ni if ni else np.nan,
            "other_per_1000_words": 1000 * yj / nj if nj else np.nan,
            "log_odds": delta, "se": np.sqrt(var), "z": z,
        })
        frames.append(frame[frame["count"] >= min_count])
    out = pd.concat(frames, ignore_index=True)
    out["z"] = out["z"].round(12)
    out["significant"] = out["z"].abs() > Z_95
    return out.sort_values(["outlet", "z", "term"], ascending=[True, False, True], ignore_index=True)[columns]


# --------------------------------------------------------------------------- sentence similarity
def ngrams(tokens: Sequence[str], *, n_min: int = 1, n_max: int = 2) -> list[str]:
    """Word n-grams of ``tokens`` joined by spaces.

    Examples
    --------
    >>> ngrams(["units", "are", "loading"])
    ['units', 'are', 'loading', 'units are', 'are loading']
    >>> ngrams([])
    []
    """
    return [" ".join(tokens[i : i + n]) for n in range(n_min, n_max + 1) for i in range(len(tokens) - n + 1)]


def tfidf_matrix(texts: Sequence[str], *, n_max: int = 2, stopwords: Iterable[str] = ()) -> np.ndarray:
    """Rows of L2-normalised TF-IDF vectors over word 1..``n_max``-grams (smoothed IDF).

    ``idf = ln((1 + N) / (1 + df)) + 1``, the scikit-learn convention, computed over ``texts``.

    Examples
    --------
    >>> m = tfidf_matrix(["troops return to base", "troops return to base", "war fears grow"])
    >>> np.round(m @ m.T, 3).tolist()
    [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    >>> tfidf_matrix([]).shape
    (0, 0)
    """
    grams = [Counter(ngrams(tokenize(t, stopwords=stopwords), n_max=n_max)) for t in texts]
    vocab = {g: i for i, g in enumerate(sorted({g for c in grams for g in c}))}
    if not vocab:
        return np.zeros((len(texts), 0))
    tf = np.zeros((len(texts), len(vocab)))
    for row, counter in enumerate(grams):
        for gram, count in counter.items():
            tf[row, vocab[gram]] = count
    df = (tf > 0).sum(axis=0)
    idf = np.log((1 + len(texts)) / (1 + df)) + 1
    weighted = tf * idf
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    return np.divide(weighted, norms, out=np.zeros_like(weighted), where=norms > 0)


def _similarity(sentences: pd.DataFrame, n_max: int) -> np.ndarray:
    vectors = tfidf_matrix(sentences["text"].astype(str).tolist(), n_max=n_max)
    # Not ``vectors @ vectors.T``: numpy sends a product with its own transpose to BLAS's SYRK,
    # which in the OpenBLAS bundled with numpy 2.4 segfaults on large inputs (15,367 sentences x
    # 6,404 n-grams, 400 articles, killed the kernel; numpy/numpy#19685). A transposed copy goes
    # through GEMM.
    return vectors @ np.ascontiguousarray(vectors.T)


def align_sentences(sentences: pd.DataFrame, *, threshold: float = 0.2, n_max: int = 2) -> pd.DataFrame:
    """Pairs of sentences from articles of *different outlets* that say the same thing.

    Similarity is the cosine of TF-IDF vectors over word 1-2-grams (IDF from every sentence of
    the corpus). A pair is kept when each sentence is the other's best match in the other
    article (mutual best match) and the similarity is at least ``threshold``.

    Returns
    -------
    DataFrame
        ``article_a, outlet_a, sentence_a, text_a, article_b, outlet_b, sentence_b, text_b,
        similarity``, most similar first (``a`` is the article earlier in the table).

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["x", "x", "y", "y"], "outlet": ["A", "A", "B", "B"], "sentence": [1, 2, 1, 2],
    ...     "text": ["Units are loading onto trains.", "France is alarmed.", "Units began loading onto rail.", "Truss spoke."]})
    >>> align_sentences(s)[["sentence_a", "sentence_b"]].values.tolist()
    [[1, 1]]
    >>> align_sentences(s.iloc[:0]).empty
    True
    """
    columns = ["article_a", "outlet_a", "sentence_a", "text_a", "article_b", "outlet_b", "sentence_b", "text_b", "similarity"]
    if sentences.empty:
        return pd.DataFrame(columns=columns)
    s = sentences.reset_index(drop=True)
    sim = _similarity(s, n_max)
    articles = list(dict.fromkeys(s["article_id"]))
    # Each article's rows, found once (not per pair: that was quadratic times the corpus).
    members = s.groupby("article_id", sort=False).indices
    outlets, numbers, texts = (s[c].to_numpy() for c in ("outlet", "sentence", "text"))
    rows = []
    for i, a in enumerate(articles):
        ia = members[a]
        for b in articles[i + 1 :]:
            ib = members[b]
            if outlets[ia[0]] == outlets[ib[0]]:
                continue
            block = sim[np.ix_(ia, ib)]
            best_b = block.argmax(axis=1)
            best_a = block.argmax(axis=0)
            for row, col in enumerate(best_b):
                if best_a[col] == row and block[row, col] >= threshold:
                    ra, rb = ia[row], ib[col]
                    rows.append([a, outlets[ra], int(numbers[ra]), texts[ra], b, outlets[rb], int(numbers[rb]), texts[rb], float(block[row, col])])
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["similarity", "article_a", "sentence_a"], ascending=[False, True, True], ignore_index=True)


def sentence_coverage(sentences: pd.DataFrame, *, threshold: float = 0.2, n_max: int = 2) -> pd.DataFrame:
    """For every sentence, its closest sentence in any *other* outlet, and whether that counts
    as the same content (``reported_elsewhere``: similarity at least ``threshold``).

    Sentences with ``reported_elsewhere == False`` are what their outlet reports and no other
    outlet in the corpus does: read per outlet, that is the omission table of the others.
    With one outlet only, nothing can be compared and every sentence is marked not reported
    elsewhere with similarity NaN.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["x", "x", "y"], "outlet": ["A", "A", "B"], "sentence": [1, 2, 1],
    ...     "text": ["Units are loading onto trains.", "France is alarmed.", "Units began loading onto trains."]})
    >>> sentence_coverage(s)[["sentence", "reported_elsewhere"]].values.tolist()
    [[1, True], [2, False], [1, True]]
    """
    s = sentences.reset_index(drop=True).copy()
    if s.empty:
        return s.assign(best_similarity=pd.Series(dtype=float), best_match_article=pd.Series(dtype=object), best_match_text=pd.Series(dtype=object), reported_elsewhere=pd.Series(dtype=bool))
    sim = _similarity(s, n_max)
    outlets = s["outlet"].to_numpy()
    best: list[float] = [np.nan] * len(s)
    where: list[int | None] = [None] * len(s)
    for outlet in dict.fromkeys(outlets):  # per outlet, its rows against every other outlet's, in blocks
        others = np.flatnonzero(outlets != outlet)
        if others.size == 0:
            continue
        own = np.flatnonzero(outlets == outlet)
        for start in range(0, own.size, 1024):
            rows = own[start : start + 1024]
            for i, column in zip(rows.tolist(), sim[np.ix_(rows, others)].argmax(axis=1).tolist()):
                j = int(others[column])
                best[i] = float(sim[i, j])
                where[i] = j
    s["best_similarity"] = best
    s["best_match_article"] = [s.loc[j, "article_id"] if j is not None else "" for j in where]
    s["best_match_text"] = [s.loc[j, "text"] if j is not None else "" for j in where]
    s["reported_elsewhere"] = s["best_similarity"].fillna(-1) >= threshold
    return s


# --------------------------------------------------------------------------- names and numbers
_NAME_RE = re.compile(r"\b[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w'\u2019.-]*)*")
_NUMBER_RE = re.compile(r"\b\d{1,3}(?:,\d{2,3})+\b|\b\d+(?:\.\d+)?%?")




def name_mentions(text: str, *, stopwords: Iterable[str] | None = None) -> list[str]:
    """Capitalised word sequences (people, places, organisations) in one sentence.

    A surface heuristic, not named-entity recognition: leading function words are stripped ("The
    European Union" gives "European Union"); a single capitalised word opening the sentence is
    skipped (it is capitalised because it opens the sentence: "Diplomats", "Around"); calendar
    words, single letters and possessives are dropped ("Moscow's Kremlin" is two names).

    Examples
    --------
    >>> name_mentions("However, Foreign Minister Liz Truss met Sergey Lavrov in Moscow's Kremlin on Monday.")
    ['Foreign Minister Liz Truss', 'Sergey Lavrov', 'Moscow', 'Kremlin']
    >>> name_mentions("Diplomats said the European Union and S&P agreed.")
    ['European Union']
    >>> name_mentions("")
    []
    """
    stop = content_stopwords() if stopwords is None else frozenset(stopwords)
    calendar = load_calendar().words()  # capitalised, but name no actor or place
    text = re.sub(r"'s\b", ",", text.replace("\u2019", "'"))  # a possessive ends a name
    opening = len(text) - len(text.lstrip(" \"'([\u201c\u2018"))
    out = []
    for match in _NAME_RE.finditer(text):
        parts = match.group().rstrip(".-'").split()
        first = match.start() == opening
        while parts and parts[0].lower() in stop:
            parts, first = parts[1:], False
        if not parts or (len(parts) == 1 and (first or len(parts[0]) < 2 or parts[0].lower() in calendar)):
            continue
        out.append(" ".join(parts))
    return out


def number_mentions(text: str) -> list[str]:
    """Numbers written in digits (``100,000``, Indian ``1,30,000``, ``2%``), digit groups kept;
    bare single digits ("France 5 TV") are left out.

    Examples
    --------
    >>> number_mentions("More than 100,000 troops, 1,30,000 soldiers, 2% and 2022 on France 5.")
    ['100,000', '1,30,000', '2%', '2022']
    """
    return [m.group() for m in _NUMBER_RE.finditer(text) if not re.fullmatch(r"\d", m.group())]


def exclusive_mentions(sentences: pd.DataFrame) -> pd.DataFrame:
    """Names and numbers one outlet mentions and no other outlet does (case-insensitive).

    A name counts as mentioned elsewhere when another outlet's text contains it, or its last
    word (so "Liz Truss" in one outlet and "Truss" in another match). With a single outlet
    the table is empty: there is nothing to be exclusive against.

    Returns
    -------
    DataFrame
        ``outlet, kind (name|number), mention, n_mentions, articles, first_sentence``.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["A", "B"], "sentence": [1, 1],
    ...     "text": ["Liz Truss warned of 100,000 troops.", "Truss spoke; Lavrov agreed."]})
    >>> exclusive_mentions(s)[["outlet", "kind", "mention"]].values.tolist()
    [['A', 'number', '100,000'], ['B', 'name', 'Lavrov']]
    """
    columns = ["outlet", "kind", "mention", "n_mentions", "articles", "first_sentence"]
    outlets = sorted(set(sentences["outlet"]))
    if len(outlets) < 2:
        return pd.DataFrame(columns=columns)
    texts = {o: " ".join(sentences.loc[sentences["outlet"] == o, "text"].astype(str)).replace("\u2019", "'").lower() for o in outlets}
    found: dict[tuple[str, str, str], dict[str, object]] = {}
    for row in sentences.itertuples(index=False):
        for kind, items in (("name", name_mentions(row.text)), ("number", number_mentions(row.text))):
            for item in items:
                key = (row.outlet, kind, item)
                entry = found.setdefault(key, {"n": 0, "articles": [], "first": f"{row.article_id}#{row.sentence}"})
                entry["n"] += 1
                if row.article_id not in entry["articles"]:
                    entry["articles"].append(row.article_id)
    rows = []
    for (outlet, kind, item), entry in found.items():
        probes = {item.lower()} | ({item.split()[-1].lower()} if kind == "name" else set())
        if any(_occurs(probe, texts[o]) for o in outlets if o != outlet for probe in probes):
            continue
        rows.append([outlet, kind, item, entry["n"], ", ".join(entry["articles"]), entry["first"]])
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["outlet", "kind", "n_mentions", "mention"], ascending=[True, True, False, True], ignore_index=True)


def _occurs(probe: str, text: str) -> bool:
    r"""Does ``probe`` occur in ``text`` as a whole mention: not inside a word, and a number not
    inside a longer number (``(?<![\w,])probe(?![\w,]\d|\w)``)?

    The pattern is the literal probe plus lookarounds, so a match can only start where
    ``str.find`` finds the probe: the regex is tried there only, not scanned over the whole text
    (a full scan per mention made notebook 05 quadratic in the corpus).

    Examples
    --------
    >>> _occurs("truss", "liz truss spoke"), _occurs("100", "1,100 troops"), _occurs("100", "100,000 troops")
    (True, False, False)
    """
    start = text.find(probe)
    if start == -1:
        return False
    pattern = re.compile(r"(?<![\w,])" + re.escape(probe) + r"(?![\w,]\d|\w)")
    while start != -1:
        if pattern.match(text, start):
            return True
        start = text.find(probe, start + 1)
    return False


# --------------------------------------------------------------------------- related links
@lru_cache(maxsize=1)
def _related_cues() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    cues = []
    for row in load_tsv("related_link_cues.tsv", required=("term", "direction")):
        parts = [re.escape(p[:-1]) + r"\w*" if p.endswith("*") else re.escape(p) for p in row["term"].split()]
        cues.append((re.compile(r"\b" + r"\s+".join(parts) + r"\b", re.I), row["term"], row["direction"]))
    return tuple(cues)


def related_link_direction(headline: str) -> tuple[str, str]:
    """Which side of the stand-off a linked headline points to, and the cue terms that say so.

    ``escalation``, ``de-escalation``, ``mixed`` (both) or ``neutral`` (neither), from
    ``data/instruments/related_link_cues.tsv``.

    Examples
    --------
    >>> related_link_direction("Latest Satellite Images Show Massive Russian Military Build-Up Near Ukraine")
    ('escalation', 'build-up; mass*; satellite image*')
    >>> related_link_direction("Russia Pulls Back Some Troops From Ukraine Border")
    ('de-escalation', 'pull* back')
    >>> related_link_direction("")
    ('neutral', '')
    """
    hits = [(term, direction) for pattern, term, direction in _related_cues() if pattern.search(headline or "")]
    directions = {d for _, d in hits}
    label = "mixed" if len(directions) > 1 else (directions.pop() if directions else "neutral")
    return label, "; ".join(sorted({t for t, _ in hits}))


# --------------------------------------------------------------------------- per-outlet measures
def group_mean_ci(df: pd.DataFrame, *, value: str, by: str | list[str], seed: object = "group_mean_ci") -> pd.DataFrame:
    """Mean of ``value`` per group with a seeded 95% bootstrap interval over the rows (units).

    The rows are resampled as one pool, with their own seed: for sentence tone by voice use
    :func:`voice_tone`, which agrees with the pipeline's article intervals.

    Rows with a missing ``value`` are dropped and counted out (``n`` is what was averaged).

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "A", "B"], "v": [0.0, 1.0, 2.0]})
    >>> group_mean_ci(d, value="v", by="outlet")[["outlet", "n", "mean", "low", "high"]].values.tolist()
    [['A', 2, 0.5, 0.0, 1.0], ['B', 1, 2.0, 2.0, 2.0]]
    >>> group_mean_ci(d.iloc[:0], value="v", by="outlet").empty
    True
    """
    keys = [by] if isinstance(by, str) else list(by)
    rows = []
    for key, part in df.dropna(subset=[value]).groupby(keys, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        values = part[value].to_numpy(dtype=float)
        low, high = bootstrap_ci(values, seed=(seed, *key, value))
        rows.append([*key, len(values), float(values.mean()), low, high])
    return pd.DataFrame(rows, columns=[*keys, "n", "mean", "low", "high"])


VOICES: tuple[str, ...] = ("reporter", "quoted")


def voice_tone(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Mean tone of the reporter's words and of the quoted words per outlet, with 95% intervals.

    One row per outlet and voice (``reporter``, ``quoted``): ``n_articles`` with any sentence of
    that voice, ``n`` sentences, ``mean`` (pure VADER compound of that voice's words, averaged
    over the sentences that have them), ``low``/``high``, ``mean_adjusted`` (news-adjusted
    compound, no interval) and ``interval`` saying which interval it is:

    * ``article`` - the outlet has one article: ``mean``, ``low``, ``high`` and ``n`` are that
      article's ``{voice}_compound_mean/low/high`` and ``{voice}_sentences`` from
      ``articles.csv``, exactly as the pipeline computed them (:mod:`analysis.sentiment`:
      the article's shared, seeded sentence resamples).
    * ``pooled over articles`` - the outlet has several articles: the mean is over all their
      sentences with that voice (sentence-weighted, so a long article counts more), and the
      interval is the same percentile bootstrap stratified by article: resample *i* combines
      resample *i* of every article (each drawn from that article's own sentences, the same
      draws as ``articles.csv``), and its mean is over the drawn sentences with the voice. It
      describes how stable the pooled mean is to which sentences these articles contain,
      holding the articles fixed; it says nothing about how the outlet's other articles would
      differ. With one article the stratified interval equals the article's own.

    ``sentences`` needs ``article_id``, ``outlet``, ``reporter_compound``, ``quoted_compound``
    and their ``_adjusted`` twins; ``articles`` the pipeline's ``articles`` table.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "outlet": ["X", "X", "Y"],
    ...     "reporter_compound": [0.5, -0.5, 0.2], "quoted_compound": [float("nan"), 0.1, float("nan")],
    ...     "reporter_compound_adjusted": [0.5, -0.5, 0.2], "quoted_compound_adjusted": [float("nan"), 0.1, float("nan")]})
    >>> a = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "status": "scored",
    ...     "reporter_sentences": [2, 1], "reporter_compound_mean": [0.0, 0.2], "reporter_compound_low": [-0.5, 0.2],
    ...     "reporter_compound_high": [0.5, 0.2], "quoted_sentences": [1, 0], "quoted_compound_mean": [0.1, float("nan")],
    ...     "quoted_compound_low": [0.1, float("nan")], "quoted_compound_high": [0.1, float("nan")]})
    >>> voice_tone(s, a)[["outlet", "voice", "n", "mean", "low", "high", "interval"]].values.tolist()
    [['X', 'reporter', 2, 0.0, -0.5, 0.5, 'article'], ['X', 'quoted', 1, 0.1, 0.1, 0.1, 'article'], ['Y', 'reporter', 1, 0.2, 0.2, 0.2, 'article']]
    """
    columns = ["outlet", "voice", "n_articles", "n", "mean", "low", "high", "mean_adjusted", "interval"]
    scored = articles[articles["status"] == "scored"] if "status" in articles.columns else articles
    rows = []
    for outlet, arts in scored.groupby("outlet", sort=True):
        part = sentences[sentences["article_id"].isin(arts["article_id"])]
        for voice in VOICES:
            column = f"{voice}_compound"
            present = part[part[column].notna()]
            if present.empty:
                continue
            adjusted = float(present[f"{column}_adjusted"].mean())
            if len(arts) == 1:
                a = arts.iloc[0]
                rows.append([outlet, voice, 1, int(a[f"{voice}_sentences"]), float(a[f"{column}_mean"]),
                             float(a[f"{column}_low"]), float(a[f"{column}_high"]), adjusted, "article"])
                continue
            low, high = pooled_voice_interval(part, column=column)
            rows.append([outlet, voice, int(present["article_id"].nunique()), len(present), float(present[column].mean()),
                         low, high, adjusted, "pooled over articles"])
    return pd.DataFrame(rows, columns=columns)


def pooled_voice_interval(sentences: pd.DataFrame, *, column: str) -> tuple[float, float]:
    """95% interval of the mean of ``column`` over several articles' sentences, stratified by article.

    Resample *i* takes resample *i* of each article's shared sentence resamples
    (:func:`analysis.stats.sentence_resamples`, seeded by article id, over all the article's
    sentences, as the pipeline draws them) and averages ``column`` over the drawn sentences where
    it is present. For one article this is exactly the pipeline's interval. See :func:`voice_tone`.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "v": [0.0, 1.0, float("nan")]})
    >>> low, high = pooled_voice_interval(s, column="v")
    >>> 0.0 <= low <= 0.5 <= high <= 1.0
    True
    """
    total = None
    weight = None
    for aid, part in sentences.groupby("article_id", sort=True):
        values = part[column].to_numpy(dtype=float)
        present = ~np.isnan(values)
        if not present.any():
            continue
        w = sentence_resamples(str(aid), len(values))[:, present]
        t = w @ values[present]
        total = t if total is None else total + t
        weight = w.sum(axis=1) if weight is None else weight + w.sum(axis=1)
    if total is None:
        return (math.nan, math.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        means = total / weight
    low, high = percentile_interval(means)
    return (float(low), float(high))


def join_by_outlet(measures: Mapping[str, pd.DataFrame | pd.Series], outlets: Iterable[str]) -> pd.DataFrame:
    """One row per outlet, one column per measure, joined on outlet.

    Each measure is a Series indexed by outlet, or a DataFrame with an ``outlet`` column (its
    other columns are prefixed with the measure's name). Raises ``ValueError`` if a measure
    names an outlet not in ``outlets`` (a join gone wrong) or has an outlet twice.

    Examples
    --------
    >>> join_by_outlet({"words": pd.Series({"A": 10, "B": 5})}, ["A", "B", "C"]).to_dict("index")
    {'A': {'words': 10.0}, 'B': {'words': 5.0}, 'C': {'words': nan}}
    >>> join_by_outlet({"x": pd.Series({"Z": 1})}, ["A"])
    Traceback (most recent call last):
    ...
    ValueError: measure 'x' names outlet(s) not in the corpus: ['Z']
    """
    known = list(dict.fromkeys(outlets))
    out = pd.DataFrame(index=pd.Index(known, name="outlet"))
    for name, measure in measures.items():
        frame = measure.to_frame(name) if isinstance(measure, pd.Series) else measure.set_index("outlet").add_prefix(f"{name}_")
        unknown = sorted(set(map(str, frame.index)) - set(known))
        if unknown:
            raise ValueError(f"measure {name!r} names outlet(s) not in the corpus: {unknown}")
        if frame.index.duplicated().any():
            raise ValueError(f"measure {name!r} has more than one row for an outlet")
        out = out.join(frame, how="left")
    return out


def words_weighted_mean(df: pd.DataFrame, *, value: str, weight: str = "n_words", by: str = "outlet") -> pd.Series:
    """Mean of ``value`` per group weighted by ``weight`` (e.g. article word counts).

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "A"], "v": [1.0, 4.0], "n_words": [300, 100]})
    >>> words_weighted_mean(d, value="v").to_dict()
    {'A': 1.75}
    """
    clean = df.dropna(subset=[value])
    totals = clean.groupby(by)[weight].sum()
    sums = (clean[value] * clean[weight]).groupby(clean[by]).sum()
    return (sums / totals.replace(0, math.nan)).rename(value)


# --------------------------------------------------------------------------- joins
def attach_outlet(df: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``df`` with each row's ``outlet`` from ``articles``, checking the join.

    Raises ``ValueError`` if a row's ``article_id`` is not in ``articles`` (an unknown outlet)
    or if ``articles`` lists an id twice. An existing ``outlet`` column is replaced.

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["A", "B"]})
    >>> attach_outlet(pd.DataFrame({"article_id": ["y", "x"], "v": [1, 2]}), a)["outlet"].tolist()
    ['B', 'A']
    >>> attach_outlet(pd.DataFrame({"article_id": ["z"]}), a)
    Traceback (most recent call last):
    ...
    ValueError: 1 row(s) have an article_id with no article (unknown outlet): ['z']
    """
    if articles["article_id"].duplicated().any():
        raise ValueError("articles lists an article_id more than once")
    out = df.drop(columns=["outlet"], errors="ignore").merge(articles[["article_id", "outlet"]], on="article_id", how="left", validate="many_to_one")
    missing = out["outlet"].isna()
    if missing.any():
        raise ValueError(f"{int(missing.sum())} row(s) have an article_id with no article (unknown outlet): {sorted(set(out.loc[missing, 'article_id']))}")
    return out


def related_links(related: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each promo link beside its article: outlet, the article's headline, and the direction
    (:func:`related_link_direction`) of both the link and the headline.

    ``against_headline`` is True when one points to escalation and the other to de-escalation
    (a build-up gallery linked under a withdrawal story).

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["x"], "outlet": ["A"], "headline": ["Russia pulls back some forces"]})
    >>> r = pd.DataFrame({"article_id": ["x"], "position": [1], "after_paragraph": [3], "label": ["IN PICS"],
    ...                   "headline": ["Satellite images show build-up"]})
    >>> related_links(r, a)[["link_direction", "headline_direction", "against_headline"]].values.tolist()
    [['escalation', 'de-escalation', True]]
    """
    out = attach_outlet(related, articles).rename(columns={"headline": "linked_headline"})
    heads = articles.set_index("article_id")["headline"].fillna("")
    out["article_headline"] = out["article_id"].map(heads)
    link = [related_link_direction(h) for h in out["linked_headline"].fillna("")]
    out["link_direction"] = [d for d, _ in link]
    out["link_cues"] = [c for _, c in link]
    out["headline_direction"] = [related_link_direction(h)[0] for h in out["article_headline"]]
    out["against_headline"] = [
        {l, h} == {"escalation", "de-escalation"} for l, h in zip(out["link_direction"], out["headline_direction"])
    ]
    columns = ["outlet", "article_id", "article_headline", "headline_direction", "position", "after_paragraph", "label", "linked_headline", "link_direction", "link_cues", "against_headline"]
    return out[columns]


def intervals_overlap(low_a: float, high_a: float, low_b: float, high_b: float) -> bool:
    """Whether two intervals share any value (then the data cannot tell the two apart).

    A missing bound (NaN) counts as overlapping: no interval, no claim of difference.

    Examples
    --------
    >>> intervals_overlap(0.0, 0.4, 0.3, 0.9), intervals_overlap(0.0, 0.2, 0.3, 0.9), intervals_overlap(float("nan"), 1, 2, 3)
    (True, False, True)
    """
    if any(pd.isna(v) for v in (low_a, high_a, low_b, high_b)):
        return True
    return bool(low_a <= high_b and low_b <= high_a)


def word_totals(df: pd.DataFrame, *, word: str = "word", value: str = "applied_valence", by: str = "outlet") -> pd.DataFrame:
    """Sum and count of ``value`` per group and lower-cased word (e.g. sentiment driver words).

    Returns ``outlet, word, n, total`` sorted by group, then by ``|total|`` descending.

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "A", "A"], "word": ["War", "war", "hope"], "applied_valence": [-2.0, -1.0, 1.5]})
    >>> word_totals(d).values.tolist()
    [['A', 'war', 2, -3.0], ['A', 'hope', 1, 1.5]]
    >>> word_totals(d.iloc[:0]).empty
    True
    """
    if df.empty:
        return pd.DataFrame(columns=[by, "word", "n", "total"])
    d = df.assign(_w=df[word].astype(str).str.lower())
    out = d.groupby([by, "_w"])[value].agg(n="count", total="sum").reset_index().rename(columns={"_w": "word"})
    out["_abs"] = out["total"].abs()
    out = out.sort_values([by, "_abs", "word"], ascending=[True, False, True], ignore_index=True)
    return out.drop(columns="_abs")[[by, "word", "n", "total"]]


#: Counted nouns that name the same thing in numeric claims (troop counts are written many ways).
COUNTED_NOUN_GROUPS: dict[str, str] = {
    "troop": "troops", "troops": "troops", "soldier": "troops", "soldiers": "troops", "servicemen": "troops",
    "forces": "troops", "personnel": "troops", "military personnel": "troops",
}


def counted_group(counts: str) -> str:
    """The comparison group of a claim's counted noun: troop synonyms become ``troops``.

    Examples
    --------
    >>> counted_group("Soldiers"), counted_group("countries"), counted_group("")
    ('troops', 'countries', '')
    """
    key = str(counts or "").strip().lower()
    return COUNTED_NOUN_GROUPS.get(key, key)


def claims_side_by_side(claims: pd.DataFrame, outlets: Sequence[str]) -> pd.DataFrame:
    """Numeric claims with one row per counted thing and one column per outlet.

    Each cell lists the claims as written ("more than 100,000 troops"), ``;``-separated;
    ``low``/``high`` give the smallest and largest value claimed across outlets and ``ratio``
    their quotient (how far apart the outlets' numbers are). An outlet with no claim about a
    thing gets an empty cell: that is an omission, not a zero.

    Examples
    --------
    >>> c = pd.DataFrame({"outlet": ["A", "B"], "counts": ["troops", "soldiers"], "value": [1e5, 1e6],
    ...                   "text": ["more than 100,000 troops", "millions of Russian soldiers"]})
    >>> claims_side_by_side(c, ["A", "B"]).to_dict("records")
    [{'counted': 'troops', 'A': 'more than 100,000 troops', 'B': 'millions of Russian soldiers', 'low': 100000.0, 'high': 1000000.0, 'ratio': 10.0}]
    >>> claims_side_by_side(c.iloc[:0], ["A"]).columns.tolist()
    ['counted', 'A', 'low', 'high', 'ratio']
    """
    columns = ["counted", *outlets, "low", "high", "ratio"]
    if claims.empty:
        return pd.DataFrame(columns=columns)
    d = claims.assign(counted=claims["counts"].map(counted_group))
    unknown = sorted(set(d["outlet"]) - set(outlets))
    if unknown:
        raise ValueError(f"claims name outlet(s) not in the corpus: {unknown}")
    cells = d.groupby(["counted", "outlet"])["text"].apply(lambda t: "; ".join(dict.fromkeys(t))).unstack("outlet")
    cells = cells.reindex(columns=list(outlets)).fillna("")
    stats = d.groupby("counted")["value"].agg(low="min", high="max")
    stats["ratio"] = stats["high"] / stats["low"].where(stats["low"] > 0)
    out = cells.join(stats).reset_index()
    n_outlets = d.groupby("counted")["outlet"].nunique()
    out["_n"] = out["counted"].map(n_outlets)
    out = out.sort_values(["_n", "counted"], ascending=[False, True], ignore_index=True)
    return out[columns]


def top_labels(df: pd.DataFrame, *, label: str, value: str, by: str = "outlet") -> pd.Series:
    """Per group, the label(s) with the largest ``value``; ties are all kept, joined by " and ".

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "A", "A", "B"], "bloc": ["Russia", "UN", "UK", "UK"], "share": [0.4, 0.4, 0.2, 1.0]})
    >>> top_labels(d, label="bloc", value="share").to_dict()
    {'A': 'Russia and UN', 'B': 'UK'}
    >>> top_labels(d.iloc[:0], label="bloc", value="share").empty
    True
    """
    if df.empty:
        return pd.Series(dtype=object, name=label)
    best = df.groupby(by)[value].transform("max")
    winners = df[df[value] == best]
    return winners.groupby(by)[label].apply(lambda s: " and ".join(dict.fromkeys(map(str, s)))).rename(label)


# --------------------------------------------------------------------------- lead frames
#: How a lead sentence stands toward one frame family: no frame of it, exactly one, or several.
LEAD_KINDS = ("none", "single", "mixed")


def _scored(articles: pd.DataFrame) -> pd.DataFrame:
    return articles[articles["status"] == "scored"] if "status" in articles.columns else articles


def lead_frames_by_article(lead_frames: pd.DataFrame, articles: pd.DataFrame, *, families: Sequence[str] = ("event", "generic")) -> pd.DataFrame:
    """Every frame of each article's lead sentence, one row per scored article and family.

    ``lead_frames`` is the pipeline's table of that name (one row per frame matched in the lead
    sentence, in the order the frames first match there). No frame is preferred: ``lead`` is
    ``"single"`` when the lead carries exactly one frame of the family (then it is the
    article's ``lead_event_frame`` / ``lead_generic_frame``), ``"mixed"`` when it carries
    several and ``"none"`` when it carries none; a scored article with no row in
    ``lead_frames`` is ``"none"``, not missing. Raises ``ValueError`` when ``lead_frames``
    names an article not in ``articles`` (unknown outlet) or a frame twice for one article.

    Returns
    -------
    DataFrame
        ``outlet, article_id, family, lead, n_frames, frames, matches, label`` in the articles'
        order, then ``families`` order; ``frames`` and ``matches`` are tuples (first match
        first), ``label`` reads ``"military (3) + deescalation (2)"`` or ``""``.

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["x", "y", "z"], "outlet": ["A", "B", "B"]})
    >>> lf = pd.DataFrame({"article_id": ["x", "x", "y", "y"], "frame": ["military", "deescalation", "escalation", "conflict"],
    ...                    "family": ["event", "event", "event", "generic"], "n_matches": [3, 2, 1, 1]})
    >>> lead_frames_by_article(lf, a, families=["event"])[["article_id", "lead", "n_frames", "label"]].values.tolist()
    [['x', 'mixed', 2, 'military (3) + deescalation (2)'], ['y', 'single', 1, 'escalation (1)'], ['z', 'none', 0, '']]
    """
    columns = ["outlet", "article_id", "family", "lead", "n_frames", "frames", "matches", "label"]
    arts = _scored(articles)
    leads = attach_outlet(lead_frames, articles) if len(lead_frames) else lead_frames.assign(outlet=pd.Series(dtype=object))
    if leads.duplicated(["article_id", "frame"]).any():
        raise ValueError("lead_frames lists a frame more than once for one article")
    rows = []
    for aid, outlet in zip(arts["article_id"], arts["outlet"]):
        mine = leads[leads["article_id"] == aid]
        for family in families:
            part = mine[mine["family"] == family]
            frames = tuple(map(str, part["frame"]))
            matches = tuple(int(n) for n in part["n_matches"])
            kind = LEAD_KINDS[min(len(frames), 2)]
            label = " + ".join(f"{f} ({n})" for f, n in zip(frames, matches))
            rows.append([outlet, aid, family, kind, len(frames), frames, matches, label])
    return pd.DataFrame(rows, columns=columns)


def shared_lead_frames(by_article: pd.DataFrame, *, family: str = "event") -> pd.DataFrame:
    """Each frame found in any article's lead sentence: how many leads and outlets carry it.

    ``by_article`` is :func:`lead_frames_by_article`. ``in_every_lead`` is True when every
    article of the table carries the frame in its lead (with one article, trivially so).

    Returns
    -------
    DataFrame
        ``frame, n_articles, n_outlets, in_every_lead, outlets`` (outlets joined by ``"; "``),
        most widely carried first, then by name.

    Examples
    --------
    >>> b = pd.DataFrame({"outlet": ["A", "B"], "article_id": ["x", "y"], "family": "event", "frames": [("military", "deescalation"), ("military",)]})
    >>> shared_lead_frames(b).values.tolist()
    [['military', 2, 2, True, 'A; B'], ['deescalation', 1, 1, False, 'A']]
    >>> shared_lead_frames(b.iloc[:0]).empty
    True
    """
    columns = ["frame", "n_articles", "n_outlets", "in_every_lead", "outlets"]
    part = by_article[by_article["family"] == family]
    pairs = [(frame, aid, outlet) for frames, aid, outlet in zip(part["frames"], part["article_id"], part["outlet"]) for frame in frames]
    if not pairs:
        return pd.DataFrame(columns=columns)
    long = pd.DataFrame(pairs, columns=["frame", "article_id", "outlet"])
    n_total = part["article_id"].nunique()
    out = long.groupby("frame", sort=False).agg(
        n_articles=("article_id", "nunique"), n_outlets=("outlet", "nunique"),
        outlets=("outlet", lambda s: "; ".join(dict.fromkeys(map(str, s)))),
    ).reset_index()
    out["in_every_lead"] = out["n_articles"] == n_total
    out = out.sort_values(["n_articles", "frame"], ascending=[False, True], ignore_index=True)
    return out[columns]


def lead_frame_agreement(by_article: pd.DataFrame, *, family: str = "event") -> dict[str, object]:
    """What the lead sentences of one frame family have in common, for a Finding.

    Counts the articles whose lead carries no frame, one frame or several (``none``,
    ``single``, ``mixed``); ``in_every_lead`` lists the frames every lead carries (first-match
    order of the first article); ``same_single_frame`` names the frame when every lead carries
    exactly that one frame and nothing else, else ``""``. With one article nothing is compared:
    read ``articles`` before claiming agreement.

    Examples
    --------
    >>> b = pd.DataFrame({"outlet": ["A", "B"], "article_id": ["x", "y"], "family": "event",
    ...                   "lead": ["mixed", "single"], "frames": [("military", "deescalation"), ("military",)]})
    >>> lead_frame_agreement(b)
    {'articles': 2, 'outlets': 2, 'none': 0, 'single': 1, 'mixed': 1, 'in_every_lead': ['military'], 'same_single_frame': ''}
    >>> lead_frame_agreement(b.assign(lead="single", frames=[("escalation",), ("escalation",)]))["same_single_frame"]
    'escalation'
    """
    part = by_article[by_article["family"] == family]
    counts = part["lead"].value_counts()
    frame_sets = [tuple(f) for f in part["frames"]]
    shared = [f for f in (frame_sets[0] if frame_sets else ()) if all(f in s for s in frame_sets)]
    singles = {s[0] for s in frame_sets if len(s) == 1}
    same = next(iter(singles)) if frame_sets and all(len(s) == 1 for s in frame_sets) and len(singles) == 1 else ""
    return {
        "articles": int(part["article_id"].nunique()), "outlets": int(part["outlet"].nunique()),
        **{kind: int(counts.get(kind, 0)) for kind in LEAD_KINDS},
        "in_every_lead": shared, "same_single_frame": same,
    }


def outlet_lead_frames(by_article: pd.DataFrame, *, family: str = "event") -> pd.Series:
    """Per outlet, the frames of its articles' lead sentences, for a summary cell.

    Each article reads ``"escalation"`` (one frame), ``"military + deescalation (mixed)"`` or
    ``"none"``; an outlet's articles are joined by ``"; "`` (repeats once).

    Examples
    --------
    >>> b = pd.DataFrame({"outlet": ["A", "A", "B"], "article_id": ["x", "y", "z"], "family": "event",
    ...                   "frames": [("military", "deescalation"), (), ("escalation",)]})
    >>> outlet_lead_frames(b).to_dict()
    {'A': 'military + deescalation (mixed); none', 'B': 'escalation'}
    """
    part = by_article[by_article["family"] == family]
    if part.empty:
        return pd.Series(dtype=object, name=family)
    text = [" + ".join(f) + (" (mixed)" if len(f) > 1 else "") if len(f) else "none" for f in part["frames"]]
    cells = pd.Series(text, index=part["outlet"].to_numpy())
    return cells.groupby(level=0, sort=False).apply(lambda s: "; ".join(dict.fromkeys(s))).rename(family)
