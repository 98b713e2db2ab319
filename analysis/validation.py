"""Validate the instruments on your own corpus: a coding sheet for a blind coder, and agreement.

Content analysis checks an instrument against people: draw a sample of units, have a coder
answer the codebook's questions without seeing the instrument's answers, and compare. This
module does each step on the workbook's scored tables (``sentences``, ``evidence``):

1. :func:`draw_sample`: a seeded stratified sample of sentences. Strata are outlet x what the
   instrument found in the sentence (a generic frame, only stance words, nothing), with equal
   quotas (as many from each stratum as it allows), so a sample of 40 is not 40 sentences
   without any frame.
2. :func:`coding_sheet`: one row per sampled sentence with its text and one blank answer column
   per question: every generic-frame item of the codebook (Semetko & Valkenburg's questions) and
   every stance category; :func:`questions` is the legend (column, frame, question) written
   beside it. The sheet carries no instrument answer: the coder codes blind.
3. :func:`read_coding_sheets`: one or more filled sheets (a ``coder`` column names the coder;
   two coders may share a file or have one each). Answers are ``1``/``0`` (also ``yes``/``no``,
   ``y``/``n``, ``true``/``false``); blank means not coded. Anything else is an error naming the
   file, the line and the column.
4. :func:`instrument_answers`: the instrument's answer for each coded sentence and question:
   does any evidence row of that item (or stance category) start inside the sentence? The
   sentence is found again by its text (offsets first, then a search of the article's
   sentences), so a sheet filled before a change of sentence splitting still lines up; a row
   whose text is no longer found is reported by :func:`unmatched_rows`, never silently dropped.
5. :func:`agreement_table`: per question (item or stance category) and per frame (any of its
   items): precision and recall of the instrument against each coder, Krippendorff's alpha
   (nominal) of coder vs instrument and, with two coders, between the coders, each with a
   seeded bootstrap interval over sentences; :func:`disagreements` lists every sentence and
   question where coder and instrument differ, with the words the instrument matched.

Examples
--------
>>> sentences = pd.DataFrame({"article_id": ["a", "a"], "sentence": [1, 2], "start": [0, 12], "end": [11, 30],
...                           "text": ["Both sides.", "Prices rose again."]})
>>> evidence = pd.DataFrame({"article_id": ["a"], "sentence": [1], "family": ["generic"], "category": ["conflict"],
...                          "item": ["conflict_3"], "matched": ["Both sides"], "start": [0], "end": [10]})
>>> sample = draw_sample(sentences, evidence, n=2)
>>> sheet = coding_sheet(sample)
>>> list(sheet.columns[:5]), sheet.loc[0, "conflict_3"]
(['sheet_row', 'article_id', 'outlet', 'sentence', 'start'], '')
"""
from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .agreement import alpha_interval, krippendorff_alpha
from .errors import InstrumentError
from .framing import Codebook, load_codebook
from .io import FORMULA_PREFIXES, decode_bytes, write_csv

SHEET_KEYS = ("sheet_row", "article_id", "outlet", "sentence", "start", "end", "text")
STRATA = ("generic frame", "stance only", "nothing")
YES = {"1", "yes", "y", "true"}
NO = {"0", "no", "n", "false"}
AGREEMENT_COLUMNS = (
    "question", "level", "frame", "family", "coder", "sentences", "coder_yes", "instrument_yes", "precision", "recall",
    "alpha", "alpha_low", "alpha_high", "alpha_coders", "alpha_coders_low", "alpha_coders_high",
)


def questions(codebook: Codebook | None = None) -> pd.DataFrame:
    """The coding sheet's questions: one row per answer column (``column``), with its ``frame``,
    ``family`` (``generic`` items, then ``stance`` categories) and ``question``.

    Examples
    --------
    >>> q = questions()
    >>> q.iloc[0].tolist()
    ['responsibility_1', 'responsibility', 'generic', 'Does the story suggest that some level of government has the ability to alleviate the problem?']
    >>> q[q.family == "stance"].column.tolist()[:2]
    ['hedge', 'booster']
    """
    codebook = codebook or load_codebook()
    rows = [
        {"column": item.id, "frame": frame.id, "family": "generic", "question": item.question}
        for frame in codebook.family("generic") for item in frame.items
    ]
    rows += [{"column": frame.id, "frame": frame.id, "family": "stance", "question": frame.question} for frame in codebook.family("stance")]
    return pd.DataFrame(rows, columns=["column", "frame", "family", "question"])


def _strata(sentences: pd.DataFrame, evidence: pd.DataFrame) -> pd.Series:
    key = ["article_id", "sentence"]
    fams = evidence.groupby(key)["family"].agg(set) if len(evidence) else pd.Series(dtype=object)
    found = [fams.get((a, s), set()) for a, s in zip(sentences["article_id"], sentences["sentence"])]
    return pd.Series(
        ["generic frame" if "generic" in f else "stance only" if "stance" in f else "nothing" for f in found], index=sentences.index,
    )


def draw_sample(
    sentences: pd.DataFrame, evidence: pd.DataFrame, *, n: int = 40, seed: int = 13, outlets: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """A seeded stratified sample of ``n`` sentences (all of them when there are fewer).

    Strata are outlet (``outlets``: article id -> outlet; else the ``outlet`` column, else one
    stratum) x what the instrument found (:data:`STRATA`). Each stratum gets an equal quota, a
    small stratum gives what it has and the rest goes to the others. Rows come back in article
    and sentence order with a ``stratum`` column. Same input and seed, same sample.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a"] * 6, "sentence": range(1, 7), "start": 0, "end": 1, "text": "x"})
    >>> ev = pd.DataFrame({"article_id": ["a"], "sentence": [2], "family": ["generic"]})
    >>> draw_sample(s, ev, n=2, seed=1).stratum.tolist()
    ['generic frame', 'nothing']
    >>> len(draw_sample(s.iloc[:0], ev, n=5))
    0
    """
    pool = sentences.copy()
    if outlets is not None:
        pool["outlet"] = pool["article_id"].map(outlets).fillna("")
    elif "outlet" not in pool:
        pool["outlet"] = ""
    if pool.empty:
        return pool.assign(stratum=pd.Series(dtype=str))
    pool["stratum"] = _strata(pool, evidence)
    pool = pool.sort_values(["article_id", "sentence"], kind="stable").reset_index(drop=True)
    groups = {key: list(idx) for key, idx in pool.groupby(["outlet", "stratum"], sort=True).groups.items()}
    quota = {key: 0 for key in groups}
    total = 0
    while total < min(n, len(pool)):
        for key in quota:
            if quota[key] < len(groups[key]) and total < n:
                quota[key] += 1
                total += 1
    rng = np.random.default_rng(seed)
    chosen: list[int] = []
    for key in sorted(groups):
        members = groups[key]
        chosen += [members[i] for i in sorted(rng.choice(len(members), quota[key], replace=False).tolist())]
    return pool.loc[sorted(chosen)].reset_index(drop=True)


def coding_sheet(sample: pd.DataFrame, *, codebook: Codebook | None = None) -> pd.DataFrame:
    """The blank coding sheet: :data:`SHEET_KEYS`, a blank ``coder`` column, one blank answer
    column per question (:func:`questions`) and a blank ``notes`` column.

    Examples
    --------
    >>> coding_sheet(pd.DataFrame(columns=["article_id", "sentence", "start", "end", "text"])).shape[0]
    0
    """
    sheet = pd.DataFrame({
        "sheet_row": range(1, len(sample) + 1),
        "article_id": sample["article_id"].astype(str).to_numpy(),
        "outlet": (sample["outlet"] if "outlet" in sample else pd.Series([""] * len(sample))).to_numpy(),
        "sentence": sample["sentence"].to_numpy(),
        "start": sample["start"].to_numpy(),
        "end": sample["end"].to_numpy(),
        "text": sample["text"].to_numpy(),
        "coder": "",
    })
    for column in questions(codebook)["column"]:
        sheet[column] = ""
    sheet["notes"] = ""
    return sheet


def write_coding_sheet(sheet: pd.DataFrame, folder: str | Path, *, name: str = "coding_sheet", codebook: Codebook | None = None) -> tuple[Path, Path]:
    """Write the sheet and its question legend (``<name>.csv``, ``<name>_questions.csv``)
    atomically under ``folder``. Text that a spreadsheet would run as a formula gets a leading
    ``'`` (:func:`analysis.io.neutralise_formula`); :func:`read_coding_sheets` removes it again.

    Examples
    --------
    >>> import tempfile
    >>> sheet = coding_sheet(pd.DataFrame({"article_id": ["a"], "sentence": [1], "start": [0], "end": [5], "text": ["-5 C."]}))
    >>> sheet_path, legend = write_coding_sheet(sheet, tempfile.mkdtemp())
    >>> sheet_path.read_text(encoding="utf-8").splitlines()[1][:17], legend.name
    ("1,a,,1,0,5,'-5 C.", 'coding_sheet_questions.csv')
    """
    folder = Path(folder)
    return (write_csv(sheet, folder / f"{name}.csv"), write_csv(questions(codebook), folder / f"{name}_questions.csv"))


def _plain(cell: str) -> str:
    """Undo :func:`analysis.io.neutralise_formula` on a text cell read back from a sheet."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_PREFIXES) else cell


def _answer(value: object, path: Path, line: int, column: str) -> float:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return math.nan
    text = str(value).strip().lower()
    if text in ("", "nan"):
        return math.nan
    if text in YES or text == "1.0":
        return 1.0
    if text in NO or text == "0.0":
        return 0.0
    raise InstrumentError(path, f"column {column!r}: answer {value!r} is not 1/0, yes/no or blank", row=line)


def read_coding_sheets(paths: Iterable[str | Path], *, codebook: Codebook | None = None) -> pd.DataFrame:
    """Filled coding sheets in long form: one row per sheet row, coder and question with the
    coder's ``answer`` (1.0, 0.0; rows left blank are dropped). A sheet without a ``coder``
    value takes the file's name as the coder. Sheets lacking a key column, or with a bad answer,
    raise :class:`~analysis.errors.InstrumentError` naming the file and the line.

    Examples
    --------
    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> sheet = coding_sheet(pd.DataFrame({"article_id": ["a"], "sentence": [1], "start": [0], "end": [5], "text": ["Hope."]}))
    >>> sheet.loc[0, ["coder", "hedge", "conflict_1"]] = ["ana", "no", "1"]
    >>> sheet.to_csv(os.path.join(folder, "s.csv"), index=False)
    >>> read_coding_sheets([os.path.join(folder, "s.csv")])[["coder", "question", "answer"]].values.tolist()
    [['ana', 'conflict_1', 1.0], ['ana', 'hedge', 0.0]]
    """
    columns = questions(codebook)["column"].tolist()
    paths = [Path(path) for path in paths]
    labels = _file_labels(paths)
    frames = []
    for path, label in zip(paths, labels):
        if not path.is_file():
            raise InstrumentError(path, "coding sheet not found")
        sheet = _read_sheet(path)
        missing = [key for key in SHEET_KEYS if key not in sheet.columns]
        if missing:
            raise InstrumentError(path, f"coding sheet lacks column(s) {missing}", row=1)
        asked = [c for c in columns if c in sheet.columns]
        if not asked:
            raise InstrumentError(path, "coding sheet has no question column of the codebook", row=1)
        sheet["text"] = sheet["text"].map(_plain)
        coder = sheet["coder"].str.strip() if "coder" in sheet else pd.Series([""] * len(sheet))
        sheet["coder"] = coder.where(coder != "", path.stem)
        for line, row in enumerate(sheet.itertuples(index=False), start=2):
            record = row._asdict()
            for column in asked:
                value = _answer(record[column], path, line, column)
                if not math.isnan(value):
                    frames.append({
                        **{key: record[key] for key in SHEET_KEYS}, "coder": record["coder"], "question": column, "answer": value,
                        "file": label, "line": line,
                    })
    out = pd.DataFrame(frames, columns=[*SHEET_KEYS, "coder", "question", "answer", "file", "line"])
    for key in ("sheet_row", "sentence", "start", "end"):
        out[key] = pd.to_numeric(out[key], errors="coerce").astype("Int64")
    files = dict(zip(labels, paths))
    _check_rows(out, files)
    out = _name_coders(out)
    return out.sort_values(["sheet_row", "coder", "question"], kind="stable").reset_index(drop=True)


def _file_labels(paths: Sequence[Path]) -> list[str]:
    """How each filled sheet is named in answers and messages: its file name, or, when two sheets share one
    (``a/ana.csv`` and ``b/ana.csv``), its folder and name; the same file given twice is refused.

    >>> _file_labels([Path("x/ana.csv"), Path("x/ben.csv")]), _file_labels([Path("a/ana.csv"), Path("b/ana.csv")])
    (['ana.csv', 'ben.csv'], ['a/ana.csv', 'b/ana.csv'])
    """
    seen: dict[Path, Path] = {}
    for path in paths:
        key = path.resolve()
        if key in seen:
            raise InstrumentError(path, "this coding sheet is given twice: give each filled sheet once")
        seen[key] = path
    names = [path.name for path in paths]
    if len(set(names)) == len(names):
        return names
    labels = [f"{path.parent.name}/{path.name}" for path in paths]
    return labels if len(set(labels)) == len(labels) else [str(path) for path in paths]


def _name_coders(out: pd.DataFrame) -> pd.DataFrame:
    """The answers with one coder's name written in two files made two coders, each named with its file
    (``ana (a)``, ``ana (b)``; a file's label without its suffix): their answers are compared, not merged.

    >>> rows = pd.DataFrame({"coder": ["ana", "ana", "ben"], "file": ["x.csv", "y.csv", "y.csv"]})
    >>> _name_coders(rows)["coder"].tolist(), rows["coder"].tolist()
    (['ana (x)', 'ana (y)', 'ben'], ['ana', 'ana', 'ben'])
    """
    files_of = out.groupby("coder")["file"].unique()
    shared = {coder for coder, names in files_of.items() if len(names) > 1}
    if not shared:
        return out
    out = out.copy()
    named = out["coder"].isin(shared)
    out.loc[named, "coder"] = out.loc[named, "coder"] + " (" + out.loc[named, "file"].map(lambda label: label.rsplit(".", 1)[0]) + ")"
    return out


def _check_rows(out: pd.DataFrame, files: Mapping[str, Path]) -> None:
    """Refuse (naming the file and line) answers that could be lost or crossed: an answered row
    without a ``sheet_row`` number, a sheet row answered twice in one file, and a sheet row that is
    one sentence in one sheet and another in the next (sheets of different samples: the row numbers
    would pair different sentences: its article and offsets differ). A check: it changes nothing.

    Examples
    --------
    >>> rows = pd.DataFrame({"sheet_row": pd.array([1, 1], dtype="Int64"), "article_id": ["a", "a"], "start": [0, 0], "end": [5, 5], "text": ["Hope.", "Hope."],
    ...     "coder": ["ana", "ana"], "question": ["hedge", "hedge"], "file": ["x.csv", "x.csv"], "line": [2, 3]})
    >>> _check_rows(rows, {})
    Traceback (most recent call last):
    ...
    analysis.errors.InstrumentError: x.csv, line 3: sheet_row 1 is answered on lines [2, 3]: keep one
    """
    if out.empty:
        return
    missing = out[out["sheet_row"].isna()]
    if len(missing):
        first = missing.iloc[0]
        raise InstrumentError(files.get(first["file"], first["file"]), "an answered row has no sheet_row number", row=int(first["line"]))
    twice = out[out.duplicated(["file", "sheet_row", "coder", "question"], keep=False)]
    if len(twice):
        lines = sorted(set(twice.loc[twice["sheet_row"] == twice["sheet_row"].iloc[0], "line"].astype(int)))
        first = twice.iloc[0]
        raise InstrumentError(files.get(first["file"], first["file"]), f"sheet_row {first['sheet_row']} is answered on lines {lines}: keep one", row=lines[-1])
    sentences = out.drop_duplicates(["sheet_row", "article_id", "start", "end"])  # not the text: a code page may have replaced a letter
    crossed = sentences[sentences.duplicated("sheet_row", keep=False)]
    if len(crossed):
        pair = crossed[crossed["sheet_row"] == crossed["sheet_row"].iloc[0]]
        a, b = pair.iloc[0], pair.iloc[1]
        raise InstrumentError(
            files.get(b["file"], b["file"]),
            f"sheet_row {b['sheet_row']} is {b['text'][:60]!r} here but {a['text'][:60]!r} in {a['file']}, line {a['line']}: "
            "the sheets come from different samples; give sheets of one sample (a sheet row is one sentence in every sheet)",
            row=int(b["line"]),
        )


#: The delimiters a spreadsheet writes a CSV with: a comma, a semicolon (Excel where the decimal mark
#: is a comma), a tab ("Text (Tab delimited)").
SHEET_DELIMITERS = (",", ";", "\t")


def _read_sheet(path: Path) -> pd.DataFrame:
    """A filled sheet as a spreadsheet saved it: UTF-8 with or without a byte-order mark, or
    Windows-1252 (Excel's "CSV (Comma delimited)" on Windows), by :func:`analysis.io.decode_bytes`;
    comma, semicolon or tab delimited, whichever splits the header into the most of the sheet's
    key columns. An Excel workbook, or a file that is no CSV, raises
    :class:`~analysis.errors.InstrumentError` naming the file.

    Examples
    --------
    >>> import tempfile, os
    >>> path = Path(tempfile.mkdtemp()) / "s.csv"
    >>> _ = path.write_bytes("sheet_row;text;coder\\n1;\\u201cGo.\\u201d;ana\\n".encode("cp1252"))
    >>> _read_sheet(path).values.tolist()
    [['1', '\\u201cGo.\\u201d', 'ana']]
    """
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        raise InstrumentError(path, "an Excel workbook, not a CSV: save the sheet as CSV (CSV UTF-8 if offered) and give that file")
    text = decode_bytes(data).text
    header = text.split("\n", 1)[0]
    delimiter = max(SHEET_DELIMITERS, key=lambda d: sum(cell.strip() in SHEET_KEYS for cell in next(csv.reader([header], delimiter=d), [])))
    try:
        return pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, csv.Error) as error:
        raise InstrumentError(path, f"not a readable CSV ({error})".replace("\n", " ").strip()) from None


def locate(text: str, start: int | None, end: int | None, article_sentences: pd.DataFrame) -> tuple[int, int] | None:
    """Where a coded sentence's ``text`` is in the article now: its own offsets if the article's
    sentences there still read ``text``, else the first sentence that contains it. ``None``
    when it is not found.

    Examples
    --------
    >>> s = pd.DataFrame({"start": [0, 10], "end": [9, 20], "text": ["One two.", "Three four"]})
    >>> locate("Three four", 10, 20, s), locate("four", 0, 4, s), locate("five", 0, 4, s)
    ((10, 20), (16, 20), None)
    """
    if start is not None and end is not None and not pd.isna(start) and not pd.isna(end):
        pieces = []
        for s_start, s_text in zip(article_sentences["start"], article_sentences["text"]):
            s_end = int(s_start) + len(str(s_text))
            if s_end > start and s_start < end:
                pieces.append((int(s_start), str(s_text)))
        if pieces:
            body = [" "] * (max(e for e in (p[0] + len(p[1]) for p in pieces)) - min(p[0] for p in pieces))
            base = min(p[0] for p in pieces)
            for s_start, s_text in pieces:
                body[s_start - base : s_start - base + len(s_text)] = list(s_text)
            if "".join(body)[int(start) - base : int(end) - base] == text and int(start) >= base:
                return (int(start), int(end))
    for s_start, s_text in zip(article_sentences["start"], article_sentences["text"]):
        at = str(s_text).find(text)
        if at >= 0 and text:
            return (int(s_start) + at, int(s_start) + at + len(text))
    return None


def _spans(coded: pd.DataFrame, sentences: pd.DataFrame) -> dict[int, tuple[str, int, int] | None]:
    by_article = {a: group for a, group in sentences.groupby("article_id")}
    spans: dict[int, tuple[str, int, int] | None] = {}
    for row in coded.drop_duplicates("sheet_row").itertuples(index=False):
        group = by_article.get(str(row.article_id))
        found = None if group is None else locate(str(row.text), row.start, row.end, group)
        spans[int(row.sheet_row)] = None if found is None else (str(row.article_id), *found)
    return spans


def unmatched_rows(coded: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Coded sheet rows whose text is no longer found in the scored sentences (left out of every
    comparison, with the reason).

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [5], "text": ["Hope."]})
    >>> c = pd.DataFrame({"sheet_row": [1, 2], "article_id": ["a", "b"], "start": [0, 0], "end": [5, 5], "text": ["Hope.", "Gone."]})
    >>> unmatched_rows(c, s)[["sheet_row", "reason"]].values.tolist()
    [[2, 'text not found in the scored sentences of its article']]
    """
    spans = _spans(coded, sentences)
    rows = coded.drop_duplicates("sheet_row")
    rows = rows[[spans[int(r)] is None for r in rows["sheet_row"]]]
    return rows[["sheet_row", "article_id", "text"]].assign(reason="text not found in the scored sentences of its article").reset_index(drop=True)


def instrument_answers(coded: pd.DataFrame, sentences: pd.DataFrame, evidence: pd.DataFrame, *, codebook: Codebook | None = None) -> pd.DataFrame:
    """The instrument's answers for every located sheet row and question: ``answer`` 1.0 when an
    evidence row of that item (generic questions) or category (stance questions) starts inside
    the sentence, and ``matched``: the words it matched, joined by ``; ``.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [11], "text": ["Both sides."]})
    >>> c = pd.DataFrame({"sheet_row": [1], "article_id": ["a"], "start": [0], "end": [11], "text": ["Both sides."]})
    >>> ev = pd.DataFrame({"article_id": ["a"], "category": ["conflict"], "item": ["conflict_3"], "matched": ["Both sides"], "start": [0]})
    >>> a = instrument_answers(c, s, ev)
    >>> a[a.question == "conflict_3"][["answer", "matched"]].values.tolist(), int(a.answer.sum())
    ([[1.0, 'Both sides']], 1)
    """
    q = questions(codebook)
    spans = _spans(coded, sentences)
    by_article = {a: group for a, group in evidence.groupby("article_id")} if len(evidence) else {}
    rows = []
    for sheet_row, span in sorted(spans.items()):
        if span is None:
            continue
        article, start, end = span
        ev = by_article.get(article)
        inside = ev[(ev["start"] >= start) & (ev["start"] < end)] if ev is not None else None
        for column, family in zip(q["column"], q["family"]):
            if inside is None:
                hits: list[str] = []
            else:
                key = "item" if family == "generic" else "category"
                hits = inside.loc[inside[key] == column, "matched"].astype(str).tolist()
            rows.append({"sheet_row": sheet_row, "question": column, "answer": 1.0 if hits else 0.0, "matched": "; ".join(hits)})
    return pd.DataFrame(rows, columns=["sheet_row", "question", "answer", "matched"])


def _frame_level(answers: pd.DataFrame, q: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """Any item of a generic frame answered yes -> the frame is there (rows for each frame)."""
    generic = q[q.family == "generic"].set_index("column")["frame"]
    items = answers[answers["question"].isin(generic.index)].copy()
    items["question"] = items["question"].map(generic)
    return items.groupby([*by, "question"], as_index=False)["answer"].max()


def agreement_table(
    coded: pd.DataFrame, instrument: pd.DataFrame, *, codebook: Codebook | None = None, seed: int = 13, n_boot: int = 1000,
) -> pd.DataFrame:
    """Per question (``level`` ``item``, or ``stance`` for a stance category), per generic frame
    (``level`` ``frame``: yes when any of its items is yes) and per coder: the sentences both
    answered, how many each said yes, the instrument's precision and recall against the coder,
    Krippendorff's alpha (nominal, coder vs instrument) with a seeded 95% bootstrap interval over
    sentences, and, when two or more coders answered, alpha between the coders (``alpha_coders``,
    all coders together, the same on each coder's row).

    Examples
    --------
    >>> coded = pd.DataFrame({"sheet_row": [1, 2, 3, 4], "coder": "ana", "question": "hedge", "answer": [1.0, 0.0, 1.0, 0.0]})
    >>> inst = pd.DataFrame({"sheet_row": [1, 2, 3, 4], "question": "hedge", "answer": [1.0, 0.0, 0.0, 0.0]})
    >>> row = agreement_table(coded, inst, n_boot=50).set_index("question").loc["hedge"]
    >>> float(row.precision), float(row.recall), round(float(row.alpha), 3)
    (1.0, 0.5, 0.533)
    """
    q = questions(codebook)
    meta = q.set_index("column")
    coded = coded[coded["sheet_row"].isin(set(instrument["sheet_row"]))]
    levels = [("item", coded, instrument)]
    levels.append(("frame", _frame_level(coded, q, ["sheet_row", "coder"]), _frame_level(instrument, q, ["sheet_row"])))
    rows = []
    coders = sorted(coded["coder"].unique().tolist())
    for level, c_answers, i_answers in levels:
        inst = i_answers.set_index(["sheet_row", "question"])["answer"]
        for question in (q["column"] if level == "item" else q.loc[q.family == "generic", "frame"].drop_duplicates()):
            family = meta.loc[question, "family"] if level == "item" else "generic"
            frame = meta.loc[question, "frame"] if level == "item" else question
            mine = c_answers[c_answers["question"] == question]
            wide = mine.pivot_table(index="sheet_row", columns="coder", values="answer", aggfunc="first")
            between = (math.nan, math.nan, math.nan)
            if len(coders) >= 2:  # all coders at once; a coder who skipped a sentence is a missing value
                humans = wide.reindex(columns=coders).to_numpy().tolist()
                between = (krippendorff_alpha(humans), *alpha_interval(humans, seed=seed, n_boot=n_boot))
            for coder in coders:
                if coder not in wide:
                    continue
                answers = wide[coder].dropna()
                machine = np.array([inst.get((r, question), math.nan) for r in answers.index])
                human = answers.to_numpy()
                keep = ~np.isnan(machine)
                human, machine = human[keep], machine[keep]
                units = list(zip(human.tolist(), machine.tolist()))
                tp = float(((human == 1) & (machine == 1)).sum())
                rows.append({
                    "question": question, "level": "stance" if family == "stance" else level, "frame": frame, "family": family,
                    "coder": coder, "sentences": len(human), "coder_yes": int((human == 1).sum()), "instrument_yes": int((machine == 1).sum()),
                    "precision": tp / (machine == 1).sum() if (machine == 1).sum() else math.nan,
                    "recall": tp / (human == 1).sum() if (human == 1).sum() else math.nan,
                    "alpha": krippendorff_alpha(units), **dict(zip(("alpha_low", "alpha_high"), alpha_interval(units, seed=seed, n_boot=n_boot))),
                    "alpha_coders": between[0], "alpha_coders_low": between[1], "alpha_coders_high": between[2],
                })
    return pd.DataFrame(rows, columns=list(AGREEMENT_COLUMNS))


def disagreements(coded: pd.DataFrame, instrument: pd.DataFrame) -> pd.DataFrame:
    """Every sheet row, question and coder where the coder and the instrument differ: the
    sentence, both answers, and what the instrument matched (empty for a miss).

    Examples
    --------
    >>> coded = pd.DataFrame({"sheet_row": [1, 1], "article_id": "a", "sentence": 1, "text": "Hope.", "coder": "ana",
    ...                       "question": ["hedge", "booster"], "answer": [1.0, 0.0]})
    >>> inst = pd.DataFrame({"sheet_row": [1, 1], "question": ["hedge", "booster"], "answer": [0.0, 0.0], "matched": ["", ""]})
    >>> disagreements(coded, inst)[["question", "coder_answer", "instrument_answer", "kind"]].values.tolist()
    [['hedge', 1.0, 0.0, 'missed']]
    """
    merged = coded.merge(instrument, on=["sheet_row", "question"], suffixes=("_coder", "_instrument"), how="inner")
    merged = merged[merged["answer_coder"] != merged["answer_instrument"]]
    out = merged.rename(columns={"answer_coder": "coder_answer", "answer_instrument": "instrument_answer"})
    out["kind"] = np.where(out["instrument_answer"] == 1, "false alarm", "missed")
    columns = ["sheet_row", "article_id", "sentence", "coder", "question", "coder_answer", "instrument_answer", "kind", "matched", "text"]
    return out[columns].sort_values(["question", "sheet_row", "coder"], kind="stable").reset_index(drop=True)
