"""What cleaning removes from clean news, and how two versions of the rules differ on it.

Every cleaning rule is checked on articles known to be all body (PolNeAR's ``text/`` folder, where
only a first-line headline is top matter, or any folder of ``.txt`` files a user trusts): a unit
that a change newly removes there is probably a body sentence. ``dump`` writes, per article, the
units :func:`analysis.clean.clean_text` removed (reason and text) and the claims
:func:`analysis.claims.find_claims` found in the body; ``diff`` lists what one dump has that the
other has not. Run ``dump`` before a change (or from an exported copy of main) and after it::

    python -m analysis.cleaning_audit dump ../shared/datasets/polnear-train/text before.json
    python -m analysis.cleaning_audit dump ../shared/datasets/polnear-train/text after.json
    python -m analysis.cleaning_audit diff before.json after.json

``--outlet-prefix`` cleans each text with its outlet's template (the outlet is the name up to the first
``_``, PolNeAR's publisher), as ``python -m analysis score`` does a corpus.

Examples
--------
>>> audit = audit_texts({"a": "Skip to main content\\n\\nRescuers dug through the rubble on Tuesday, officials said.\\n\\n"
...                            "The toll rose to 94 and many more were missing, the governor said on Tuesday."})
>>> audit["a"]["removed"], audit["a"]["claims"]
([['pattern:skip_link', 'Skip to main content']], ['94'])
>>> changes({"a": {"removed": [], "claims": ["94"]}}, audit)
[('removed', 'a', '+', '["pattern:skip_link", "Skip to main content"]')]
>>> audit_texts({})
{}
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Mapping

from .claims import find_claims
from .clean import clean_text, units_of
from .outlet_templates import build_templates

Audit = dict[str, dict[str, list]]  # article -> {"removed": [[reason, text], ...], "claims": [number_as_written, ...]}


def audit_texts(texts: Mapping[str, str], *, outlet_prefix: bool = False) -> Audit:
    """For each named text, the units cleaning removed ``[reason, text]`` and the claims' numbers as written.

    ``outlet_prefix``: the texts' outlets are their names up to the first ``_`` (PolNeAR's
    ``nyt_2016-...``), whose templates are read first as the pipeline reads a corpus's
    (:mod:`analysis.outlet_templates`); otherwise each text is cleaned on its own.
    """
    outlet = {name: name.split("_")[0] for name in texts} if outlet_prefix else {}
    templates = build_templates((outlet[name], units_of(texts[name])) for name in sorted(texts)) if outlet_prefix else {}
    out: Audit = {}
    for name in sorted(texts):
        cleaned = clean_text(texts[name], templates.get(outlet.get(name, ""), frozenset()))
        out[name] = {"removed": [[r.reason, r.text] for r in cleaned.removed], "claims": [c.number_as_written for c in find_claims(cleaned.body)]}
    return out


def read_folder(folder: Path) -> dict[str, str]:
    """Every ``.txt`` file of ``folder`` (not recursive) by its name without suffix, read as UTF-8.

    Raises ``FileNotFoundError`` naming the folder when it holds no ``.txt`` file.
    """
    texts = {path.stem: path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.glob("*.txt"))}
    if not texts:
        raise FileNotFoundError(f"{folder}: no .txt files")
    return texts


def changes(old: Audit, new: Audit) -> list[tuple[str, str, str, str]]:
    """``(kind, article, sign, item)``: what ``new`` has that ``old`` has not (``+``) and the reverse (``-``),
    each item as JSON.

    Items are compared as multisets per article, so a unit removed twice where it was removed once
    is one ``+``.
    """
    out = []
    for kind in ("removed", "claims"):
        for name in sorted(set(old) | set(new)):
            before = [json.dumps(i, ensure_ascii=False) for i in old.get(name, {}).get(kind, [])]
            after = [json.dumps(i, ensure_ascii=False) for i in new.get(name, {}).get(kind, [])]
            for sign, these, those in (("+", after, before), ("-", before, after)):
                rest = list(those)
                for item in these:
                    if item in rest:
                        rest.remove(item)
                    else:
                        out.append((kind, name, sign, item))
    return out


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, staging = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(staging, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.cleaning_audit", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump", help="write what cleaning removes and the claims found, per text of FOLDER")
    dump.add_argument("folder", type=Path, help="a folder of .txt articles (PolNeAR: its text/ folder)")
    dump.add_argument("out", type=Path, help="the JSON file to write")
    dump.add_argument("--outlet-prefix", action="store_true",
                      help="the outlet of a text is its name up to the first '_' (PolNeAR's publisher): read the outlets' templates first, as scoring a corpus does")
    diff = sub.add_parser("diff", help="list what NEW has that OLD has not (+) and the reverse (-)")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        try:
            audit = audit_texts(read_folder(args.folder), outlet_prefix=args.outlet_prefix)
        except FileNotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        _write_atomic(args.out, json.dumps(audit, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
        removed = sum(len(v["removed"]) for v in audit.values())
        claims = sum(len(v["claims"]) for v in audit.values())
        print(f"{args.out}: {len(audit)} texts, {removed} units removed, {claims} claims")
        return 0
    old, new = (json.loads(path.read_text(encoding="utf-8")) for path in (args.old, args.new))
    found = changes(old, new)
    for kind, name, sign, item in found:
        print(f"{sign}{kind} {name}: {item[:200]}")
    for kind in ("removed", "claims"):
        plus = sum(1 for k, _, s, _ in found if k == kind and s == "+")
        minus = sum(1 for k, _, s, _ in found if k == kind and s == "-")
        print(f"== {kind}: +{plus} -{minus}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
