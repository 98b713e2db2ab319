"""Evaluate cleaning on labelled real pages (``data/validation/pages``): ``make validate-pages``.

For each page the workbook cleans the text as ``python -m analysis score`` would and compares
with the hand labels (see that folder's README): every line is ``body``, ``top_matter``,
``boilerplate`` or ``promo``, and every genuine numeric claim of the body is listed.

Measures, per split (``dev``, ``holdout``) and over all pages:

- ``furniture_left``: share of non-body lines (top matter, boilerplate, promo) still in the
  scored body (goal <= 5%);
- ``body_lost``: share of body lines no longer in the scored body (goal <= 2%); a body line
  the page store cut short at its length limit (``note = cut`` in ``labels.tsv``: the last line
  of a long page, ending mid-word) is not counted there but in ``cut_kept``, the share of
  those fragments kept (a fragment with no sentence end at a page's end looks like furniture);
- ``lead_is_body``: share of pages whose lead (first scored sentence) comes from a body line
  (goal: all);
- ``claims_precision`` / ``claims_recall``: numeric claims found in the scored body against
  the listed ones, matched per page on the number as written (goal precision >= 0.95).

A second table splits the claims not genuine by the label of the line they stand on (body, top
matter, boilerplate, promo: furniture left, or a wrong reading of a body line) and gives claims
precision on body lines alone (``analysis.pagecheck_claims``); ``--misses`` names each one's line label.

``--pages p153-p184`` (ranges and ids, comma-separated) measures only those pages: how rules
written before a collection round do on it is the honest test of generalising. ``--misses`` lists every disagreement of the workbook on the pages of ``--split`` (``dev`` unless
told otherwise: error analysis never looks at the held-out pages); ``--corpus OUT`` also writes
the pages as a workbook corpus (``make report-pages`` runs the whole report on it).

Another labelled folder works the same way (``make validate-pages PAGES=folder``): the
manifest needs ``page_id`` (``file`` defaults to ``text/<page_id>.txt``; ``split`` is optional),
``labels.tsv`` needs ``page_id``, ``line``, ``label``, ``text`` (``note`` optional) and
``claims.tsv`` ``page_id``, ``number_as_written``.

The workbook cleans each page with its outlet's template read from every page of the folder (the manifest's
``outlet``; :mod:`analysis.outlet_templates`), as ``python -m analysis score`` reads a corpus first: a folder with one
page per outlet has no template.

A line counts as kept when its last 40 characters (from a word's start; all of it when shorter), normalised as the
body is, occur in the body as whole words (a line under 25 characters at a paragraph's start or end); a wire credit
closing a line ("... the accident. (Xinhua/NAN)", cleaning cuts it off as furniture) is not part of what is looked for. The same measures are given for jusText alone
(``justext.justext`` on the page with one ``<p>`` per line, English stop list, defaults) and
trafilatura alone (``trafilatura.extract`` on the same HTML), with our claim finder run on
what each keeps; their lead is the first line they keep.

Examples
--------
>>> normalise("\\u201cOK\\u201d \\u2013  fine")
'"OK" \\u2014 fine'
>>> number_key("3.4 per cent"), number_key("1,00,000"), number_key("Two"), number_key("30 000"), number_key("10km"), number_key("69km/h")
('3.4%', '1,00,000', 'two', '30000', '10', '69')
>>> number_key("tens of thousands of"), number_key("hundreds"), number_key("five percentage points")
('tensofthousands', 'hundreds', 'five')
"""
from __future__ import annotations

import argparse
import csv
import html
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .claims import find_claims
from .characters import normalize_dashes, normalize_double_apostrophes, normalize_quotes, normalize_spaces, repair_mojibake
from .clean import units_of
from .document import build_document
from .layout import split_closing_credit
from .outlet_templates import build_templates
from .pagecheck_claims import LABELS, UNPLACED, charge, line_spans, place

SPLITS = ("dev", "holdout", "all")
TAIL = 40
SHORT = 25


def normalise(text: str) -> str:
    """A line or body as compared: spaces, dashes and quotes normalised (two apostrophes standing
    as a quotation mark as cleaning reads them), runs of spaces collapsed (a line break stays one
    line break)."""
    text, _ = repair_mojibake(text)
    text = normalize_double_apostrophes(normalize_quotes(normalize_dashes(normalize_spaces(text))))
    return re.sub(r"\s*\n\s*", "\n", re.sub(r"[^\S\n]+", " ", text)).strip()


def number_key(written: str) -> str:
    """A number as written, reduced for matching: lower case, ``per cent``/``percent`` as ``%``,
    no spaces, no unit written onto its digits (``10km``, ``2.7-km`` and ``159\u00b5g/m3`` are ``10``, ``2.7`` and ``159``: the labels write it either way),
    no ``of`` closing a vague quantity (``hundreds of`` is ``hundreds``: the labels write it both ways),
    no ``cents`` after a number word (``two cents`` is ``two``, as ``2 cents`` is ``2``), no currency sign
    opening it (``$141-$219`` is ``141-$219``: the labels drop a leading sign or keep it), a hyphen for any dash
    (the labels copy the page's ``250–400``, cleaning writes ``250-400``) and no ``the`` before a number word
    (``the billions`` is ``billions``: the labels keep it, the finder does not)."""
    key = re.sub(r"\s*(per\s*cent|percent)\b", "%", written.lower().replace("\u201a", ","))  # a low quotation mark written for a comma ("1\u201a400")
    key = re.sub(r"[\u2010-\u2015\u2212]", "-", key)  # dashes: cleaning writes "-", the labels copy the page's "250\u2013400"
    key = re.sub(r"^the\s+(?=[a-z])", "", key)  # "the billions": the labels keep the article before a number word, the finder does not
    key = re.sub(r"^[$\u00a3\u20ac]", "", key)  # a leading currency sign: the labels write "$141-$219" and "3-$5" alike
    key = re.sub(r"(?<=[a-z])\s+of\s*$", "", key)
    key = re.sub(r"\s+percentage\s+points?$", "", key)
    key = re.sub(r"(?<=[a-z])\s+(?:cents?|pence|paise)$", "", key)  # "two cents" is "two", as "2 cents" is "2" (a unit on its digits)
    return re.sub(r"(?<=\d)-?(?:[a-z]|\u00b5|\u00b0)[a-z/\u00b5\u00b0\d]*$", "", re.sub(r"\s+", "", key))


def _probe(line: str) -> tuple[str, re.Pattern[str] | None]:
    """The tail a labelled line is looked for by, and the pattern that finds it in a body."""
    line = split_closing_credit(normalise(line))[0]  # a wire credit cut off a paragraph: the paragraph counts
    probe = line[-TAIL:]
    if len(line) > TAIL and " " in probe:
        probe = probe.split(" ", 1)[1]  # start at a word
    probe = probe.strip()
    if not probe:
        return probe, None
    if len(line) < SHORT:  # a short line ("on", "Crime") must stand at a paragraph's edge
        return probe, re.compile(rf"(?:^|\n){re.escape(probe)}(?!\w)|(?<!\w){re.escape(probe)}(?:$|\n)")
    return probe, re.compile(rf"(?<!\w){re.escape(probe)}(?!\w)")


def kept(line: str, body: str) -> bool:
    """Whether the labelled line survives in ``body`` (its tail, as whole words)."""
    _, pattern = _probe(line)
    return pattern is not None and pattern.search(body) is not None


def kept_lines(lines: list[dict[str, str]], body: str) -> list[bool]:
    """Whether each labelled line of a page survives in ``body``. Lines whose tails are the same
    (a standfirst or caption repeating a body sentence) share the copies the body holds: body
    lines first, so that removing the repeat and keeping the sentence counts as right. A copy is
    a place in the body: a line whose tail is found only inside the place another line's tail was
    found (a headline "... to the shopping centre in Preston" over a lead ending "... to the
    shopping centre in Preston."), or inside a body line found whole (a headline "... fires in the past
    week" over a lead "... fires in the past week while investigations ..."), is not there.

    Examples
    --------
    >>> rows = [{"label": "top_matter", "text": "Ten died, officials said."}, {"label": "body", "text": "Ten died, officials said."}]
    >>> kept_lines(rows, "Ten died, officials said."), kept_lines(rows, ""), kept_lines(rows, "Ten died, officials said.\\nTen died, officials said.")
    ([False, True], [False, False], [True, True])
    >>> rows = [{"label": "top_matter", "text": "Vandal causes damage to the shopping centre in Preston"}, {"label": "body", "text": "A vandal caused damage to the shopping centre in Preston."}]
    >>> kept_lines(rows, "A vandal caused damage to the shopping centre in Preston.")
    [False, True]
    >>> rows = [{"label": "top_matter", "text": "About 20 people homeless after 5 residential fires in the past week"},
    ...         {"label": "body", "text": "About 20 people are homeless after 5 residential fires in the past week while investigations go on."}]
    >>> kept_lines(rows, rows[1]["text"])  # the headline's tail inside the lead's line, not at its end
    [False, True]
    """
    probes = [_probe(row["text"]) for row in lines]
    taken: list[tuple[int, int]] = []  # the body's spans already counted for a line
    whole: list[tuple[int, int]] = []  # the places of the body lines found whole (their tails' spans grown to the line's start)
    out = [False] * len(lines)
    # body lines first; among them, longer tails first (a line "Thurrock" must not take the place of
    # another line's tail "... the heartbeat of Thurrock")
    order = sorted(range(len(lines)), key=lambda i: (lines[i]["label"] != "body", -len(probes[i][0])))
    for i in order:
        probe, pattern = probes[i]
        if pattern is None:
            continue
        for found in pattern.finditer(body):
            at = body.index(probe, found.start())  # the tail's own place (a short line's pattern holds its paragraph break)
            span = (at, at + len(probe))
            if not any(span[0] < end and start < span[1] for start, end in taken + whole):
                taken.append(span)
                out[i] = True
                if lines[i]["label"] == "body":
                    line = split_closing_credit(normalise(lines[i]["text"]))[0].strip()
                    if len(line) > len(probe) and body[span[1] - len(line) : span[1]] == line:
                        whole.append((span[1] - len(line), span[0]))  # the line's place before its tail: no other line's tail is there
                break
    return out


@dataclass
class Tally:
    """Counts for one split and one tool."""

    nonbody: int = 0
    nonbody_left: int = 0
    body: int = 0
    body_lost: int = 0
    cut: int = 0
    cut_kept: int = 0
    pages: int = 0
    lead_body: int = 0
    claims_found: int = 0
    claims_gold: int = 0
    claims_matched: int = 0
    claims_found_body: int = 0  # claims standing on lines labelled body
    claims_matched_body: int = 0
    not_genuine: Counter[str] = field(default_factory=Counter)  # false positives by the label of their line
    misses: list[str] = field(default_factory=list)

    def row(self) -> dict[str, float | int]:
        return {
            "pages": self.pages,
            "furniture_left": self.nonbody_left / max(1, self.nonbody),
            "body_lost": self.body_lost / max(1, self.body),
            "cut_kept": self.cut_kept / max(1, self.cut),
            "lead_is_body": self.lead_body / max(1, self.pages),
            "claims_precision": self.claims_matched / max(1, self.claims_found),
            "claims_recall": self.claims_matched / max(1, self.claims_gold),
        }

    def claims_row(self) -> dict[str, float | int]:
        """Claims found, false positives by the label of the line they stand on, and precision
        on body lines alone (see ``analysis.pagecheck_claims``)."""
        row: dict[str, float | int] = {"claims_found": self.claims_found, "not_genuine": self.claims_found - self.claims_matched}
        row.update({f"on_{label}": self.not_genuine[label] for label in (*LABELS, UNPLACED)})
        row["body_precision"] = self.claims_matched_body / max(1, self.claims_found_body)
        return row


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_MINIMAL))


def load(folder: Path) -> tuple[list[dict[str, str]], dict[str, list[dict[str, str]]], dict[str, list[dict[str, str]]]]:
    """Manifest rows, labels by page and claims by page of a labelled pages folder."""
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        manifest = list(csv.DictReader(handle))
    labels: dict[str, list[dict[str, str]]] = {}
    for row in _read_tsv(folder / "labels.tsv"):
        labels.setdefault(row["page_id"], []).append(row)
    claims: dict[str, list[dict[str, str]]] = {}
    for row in _read_tsv(folder / "claims.tsv"):
        claims.setdefault(row["page_id"], []).append(row)
    return manifest, labels, claims


def page_selector(spec: str) -> set[str]:
    """The page ids a ``--pages`` spec names: ids and ``first-last`` ranges, comma-separated.

    Examples
    --------
    >>> sorted(page_selector("p07, p151-p153")), sorted(page_selector("s031-s033"))
    (['p07', 'p151', 'p152', 'p153'], ['s031', 's032', 's033'])
    >>> page_selector("x-y")
    Traceback (most recent call last):
    ...
    ValueError: --pages: 'x-y' is not a page id or a range such as p153-p184
    """
    chosen: set[str] = set()
    for part in (piece.strip() for piece in spec.split(",")):
        if not part:
            continue
        ends = [re.fullmatch(r"([ps])(\d+)", end.strip()) for end in part.split("-")]  # p: the pages, s: the site sets
        if len(ends) > 2 or not all(ends) or ends[0].group(1) != ends[-1].group(1):
            raise ValueError(f"--pages: {part!r} is not a page id or a range such as p153-p184")
        first, last = int(ends[0].group(2)), int(ends[-1].group(2))
        width, letter = len(ends[0].group(2)), ends[0].group(1)
        chosen.update(f"{letter}{n:0{width}d}" for n in range(first, last + 1))
    return chosen


def ours(text: str, template: frozenset[str] = frozenset()) -> tuple[str, str]:
    """The workbook's scored body and lead sentence for a page's text (with its outlet's template)."""
    doc = build_document({"id": "page", "outlet": "page"}, text, template)
    return doc.body, (doc.sentences[0].text if doc.sentences else "")


def _page_html(lines: list[str]) -> str:
    return "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"


def justext_alone(text: str) -> tuple[str, str]:
    """jusText on the page (one paragraph per line): kept text and its first kept line."""
    import justext

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    paragraphs = justext.justext(_page_html(lines), justext.get_stoplist("English"))
    good = [p.text for p in paragraphs if not p.is_boilerplate]
    return normalise("\n".join(good)).replace(" \n", "\n"), (good[0] if good else "")


def trafilatura_alone(text: str) -> tuple[str, str]:
    """trafilatura on the page (one paragraph per line): extracted text and its first line."""
    import trafilatura

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    out = trafilatura.extract(_page_html(lines), include_comments=False, include_tables=False) or ""
    first = next((line for line in out.split("\n") if line.strip()), "")
    return normalise(out), first


def evaluate(folder: Path, *, tools: tuple[str, ...] = ("workbook", "justext", "trafilatura"), show_misses: bool = False, pages: set[str] | None = None) -> dict[str, dict[str, Tally]]:
    """Tallies per tool and split for the labelled pages in ``folder`` (only the ``pages`` ids when given)."""
    manifest, labels, claims = load(folder)
    texts = {page["page_id"]: (folder / (page.get("file") or f"text/{page['page_id']}.txt")).read_text(encoding="utf-8") for page in manifest}
    # A site's template from every page of the folder, as the pipeline reads a whole corpus first (analysis.outlet_templates)
    templates = build_templates((page.get("outlet") or page["page_id"], units_of(texts[page["page_id"]])) for page in manifest)
    if pages is not None:
        manifest = [page for page in manifest if page["page_id"] in pages]
    runners = {"workbook": ours, "justext": justext_alone, "trafilatura": trafilatura_alone}
    result = {tool: {split: Tally() for split in SPLITS} for tool in tools}
    for page in manifest:
        text = texts[page["page_id"]]
        template = templates.get(page.get("outlet") or page["page_id"], frozenset())
        splits = [page["split"], "all"] if page.get("split") in SPLITS[:-1] else ["all"]
        page_labels = labels.get(page["page_id"], [])
        gold = Counter(number_key(c["number_as_written"]) for c in claims.get(page["page_id"], []))
        for tool in tools:
            body, lead = ours(text, template) if tool == "workbook" else runners[tool](text)
            body = normalise(body) if tool == "workbook" else body
            page_claims = find_claims(body)
            keys = [number_key(c.number_as_written) for c in page_claims]
            spans = line_spans(page_labels, body, _probe)
            claim_labels = [place(spans, body, c.start) for c in page_claims]
            found = Counter(keys)
            found_body = Counter(key for key, label in zip(keys, claim_labels) if label == "body")
            matched = sum((found & gold).values())
            not_genuine = charge(keys, claim_labels, gold)
            for split in splits:
                tally = result[tool][split]
                tally.pages += 1
                for label, is_kept in zip(page_labels, kept_lines(page_labels, body)):
                    if label["label"] == "body" and label.get("note") == "cut":
                        tally.cut += 1
                        tally.cut_kept += is_kept
                    elif label["label"] == "body":
                        tally.body += 1
                        tally.body_lost += not is_kept
                        if not is_kept:
                            tally.misses.append(f"{page['page_id']}:{label['line']} body lost: {label['text'][:70]}")
                    else:
                        tally.nonbody += 1
                        tally.nonbody_left += is_kept
                        if is_kept:
                            tally.misses.append(f"{page['page_id']}:{label['line']} {label['label']} left: {label['text'][:70]}")
                lead_norm = normalise(lead)
                # the lead's last words on one body line, or across two body lines in a row (hard-wrapped text: "... to serve six" / "months' imprisonment.")
                bodies = [normalise(l["text"]) if l["label"] == "body" else None for l in page_labels]
                lead_ok = bool(lead_norm) and (any(b is not None and lead_norm[-TAIL:] in b for b in bodies) or any(
                    a is not None and b is not None and lead_norm[-TAIL:] in f"{a} {b}" for a, b in zip(bodies, bodies[1:])))
                tally.lead_body += lead_ok
                if not lead_ok:
                    tally.misses.append(f"{page['page_id']} lead not body: {lead[:70]}")
                tally.claims_found += sum(found.values())
                tally.claims_gold += sum(gold.values())
                tally.claims_matched += matched
                tally.claims_found_body += sum(found_body.values())
                tally.claims_matched_body += sum((found_body & gold).values())
                for key, charged in not_genuine.items():  # with the words it was read in, to tell a kind of number from its neighbours
                    tally.not_genuine.update(charged)
                    said = next((c.text for c, label in zip(page_claims, claim_labels) if number_key(c.number_as_written) == key and label == charged[0]), "")
                    tally.misses.append(f"{page['page_id']} claim not genuine [{charged[0]}]: {key} ({' '.join(said.split())[:60]})")
                for key in gold - found:  # with its line and what the labeller says it counts
                    rows = [c for c in claims.get(page["page_id"], []) if number_key(c["number_as_written"]) == key]
                    lines = ",".join(dict.fromkeys(c["line"] for c in rows)) or "?"  # every line listing it: which one was missed is not known
                    tally.misses.append(f"{page['page_id']}:{lines} claim missed: {key} ({'; '.join(c['counts'] for c in rows)[:60]})")
    return result


def report(result: dict[str, dict[str, Tally]]) -> str:
    """A Markdown table of every tool's measures per split."""
    lines = ["| tool | split | pages | furniture left | body lost | cut lines kept | lead is body | claims precision | claims recall |", "|---|---|---|---|---|---|---|---|---|"]
    for tool, splits in result.items():
        for split, tally in splits.items():
            r = tally.row()
            lines.append(
                f"| {tool} | {split} | {r['pages']} | {r['furniture_left']:.1%} | {r['body_lost']:.1%} | {r['cut_kept']:.0%} | {r['lead_is_body']:.0%} | {r['claims_precision']:.2f} | {r['claims_recall']:.2f} |"
            )
    return "\n".join(lines)


def claims_report(result: dict[str, dict[str, Tally]]) -> str:
    """A Markdown table of every tool's claims not genuine by the label of the line they stand
    on (furniture left or a wrong reading of a body line), and its claims precision on body lines."""
    lines = ["| tool | split | claims found | not genuine | on body lines | on top matter | on boilerplate | on promo | unplaced | claims precision on body lines |", "|---|---|---|---|---|---|---|---|---|---|"]
    for tool, splits in result.items():
        for split, tally in splits.items():
            r = tally.claims_row()
            counts = " | ".join(str(r[f"on_{label}"]) for label in (*LABELS, UNPLACED))
            lines.append(f"| {tool} | {split} | {r['claims_found']} | {r['not_genuine']} | {counts} | {r['body_precision']:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.pagecheck", description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default="data/validation/pages", help="labelled pages folder (manifest.csv, labels.tsv, claims.tsv)")
    parser.add_argument("--tools", default="workbook,justext,trafilatura", help="comma-separated: workbook, justext, trafilatura")
    parser.add_argument("--misses", action="store_true", help="list every line left, lost, lead and claim that disagrees, on the pages of --split")
    parser.add_argument("--split", default="dev", choices=SPLITS, help="whose disagreements --misses lists (default dev: error analysis never looks at the held-out pages)")
    parser.add_argument("--pages", metavar="SPEC", help="only these pages: ids and ranges, comma-separated (p153-p184,p07)")
    parser.add_argument("--corpus", metavar="OUT", help="also write the pages as a workbook corpus in OUT (articles.csv, raw/): make report-pages runs the report on it")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not (folder / "manifest.csv").is_file():
        print(f"error: {folder / 'manifest.csv'} not found", file=sys.stderr)
        return 2
    try:
        chosen = page_selector(args.pages) if args.pages else None
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    result = evaluate(folder, tools=tuple(t.strip() for t in args.tools.split(",") if t.strip()), pages=chosen)
    print(report(result))
    print()
    print(claims_report(result))
    if args.misses:
        for tool, splits in result.items():
            print(f"\n## {tool}: disagreements ({args.split} pages)")
            print("\n".join(splits[args.split].misses))
    if args.corpus:
        manifest = write_corpus(folder, Path(args.corpus))
        print(f"corpus of {folder}: {manifest}")
    return 0


def write_corpus(folder: Path, out: Path) -> Path:
    """Write a labelled pages folder as a workbook corpus: ``out/raw/<page>.txt`` (the page's text
    as it is, furniture and all) and ``out/articles.csv`` (id, outlet, url; no date, no headline:
    cleaning and ``python -m analysis score`` find what they can). Returns the manifest's path.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     src = Path(tmp) / "pages"; (src / "text").mkdir(parents=True)
    ...     _ = (src / "text" / "p1.txt").write_text("Quake toll rises\\n\\nTen died.", encoding="utf-8")
    ...     _ = (src / "manifest.csv").write_text("page_id,url,outlet\\np1,http://x,X\\n", encoding="utf-8")
    ...     print(write_corpus(src, Path(tmp) / "corpus").read_text(encoding="utf-8").splitlines())
    ['id,outlet,url,published,headline,language,path', 'p1,X,http://x,,,en,raw/p1.txt']
    >>> write_corpus(Path("no-such-folder"), Path("x"))
    Traceback (most recent call last):
    ...
    FileNotFoundError: no-such-folder/manifest.csv not found
    """
    if not (folder / "manifest.csv").is_file():
        raise FileNotFoundError(f"{folder / 'manifest.csv'} not found")
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        manifest = list(csv.DictReader(handle))
    (out / "raw").mkdir(parents=True, exist_ok=True)
    rows = []
    for page in manifest:
        source = folder / (page.get("file") or f"text/{page['page_id']}.txt")
        target = out / "raw" / f"{page['page_id']}.txt"
        target.write_bytes(source.read_bytes())
        rows.append({"id": page["page_id"], "outlet": page.get("outlet") or page["page_id"], "url": page.get("url", ""),
                     "published": "", "headline": "", "language": "en", "path": f"raw/{target.name}"})
    path = out / "articles.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "outlet", "url", "published", "headline", "language", "path"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


if __name__ == "__main__":
    raise SystemExit(main())
