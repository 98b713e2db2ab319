"""Cleaning: normalise characters and layout without losing information.

What is removed is kept: promo lines become related-link rows, the dateline becomes a column,
and every normalisation is counted in a cleaning log. The output ``body`` is the reference text
for every offset in the workbook (sentences, quotes, evidence all point into it).

Rules, in order (each a pure function with its own tests):

0. :func:`remove_control_chars`: NUL, escape and other control characters are removed;
1. line ends: CRLF and lone CR become LF; an HTML line break copied as text (``<br>``, ``<br />``)
   becomes one too (counted as ``html_break``);
2. :func:`normalize_spaces`: non-breaking, thin and other Unicode spaces become a plain space;
   zero-width characters and soft hyphens are removed;
3. :func:`normalize_dashes`: hyphen look-alikes become ``-``; en/em dashes and bars become ``—``
   (an en dash between digits, as in ``2021–22``, becomes ``-``);
4. layout: paragraphs are blocks separated by blank lines (a text without blank lines has one
   paragraph per line); lines inside a paragraph are joined, but a bulleted line, or a line under
   one of under 45 characters (not wrapped into it), opens a paragraph of its own (a list item, a
   table's row, a factbox heading are not glued together); runs of spaces collapse;
5. promos: a paragraph matching ``data/instruments/promo_patterns.tsv`` is removed and kept as
   a related link; page furniture and top matter (:mod:`analysis.boilerplate`), photo captions
   in agency style (:mod:`analysis.captions`, ``caption:scene``), the header's lines told by place
   and shape (:mod:`analysis.header_lines`; labels, template slots and headlines asked as a question
   or quoting their speaker: :mod:`analysis.header_labels`), standfirsts above the lead (:mod:`analysis.standfirst`)
   and the writer's note under the body (:mod:`analysis.author_bio`) are removed and kept in
   ``removed`` with their reasons; 6. top matter glued to the lead (the headline run into it, a
   signed byline, a date, an agency in brackets: :mod:`analysis.topmatter`) is cut off; the dateline:
   ``data/instruments/dateline_patterns.tsv`` on the first paragraph;
   :func:`normalize_double_apostrophes`: two apostrophes standing as a quotation mark (the NYT
   archive's ``''``) become ``"`` (counted as ``double_apostrophe``);
7. :func:`normalize_quotes`: curly quotes become straight (after quote spans are found, so the
   direction of curly marks still helps).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .boilerplate import Verdict, classify_units, headline_of, leading_date, standfirst_over_caption_pair, unstopped_headline
from .topmatter import leading_agency, leading_byline, leading_headline
from .crossheads import closing_dates, keep_appeals, keep_crossheads, keep_date_lists, keep_letter_head, keep_name_heads, keep_timeline_dates
from .body_lists import keep_body_lists, keep_numbered_names
from .bullets import is_bullet
from .caption_context import caption_run, credited_quotes, noun_phrase_caption
from .caption_copies import credit_runs, credited_caption_copies, mark_alt_text, mark_caption_copies, mark_doubled_captions, named_picture_captions, video_player_text
from .captions import mark_captions, mark_name_caption
from .author_bio import author_card, writer_note
from .header_labels import count_headline, header_labels, headline_crumb, question_headline, speaker_headline
from .header_lines import choose_headline, dateline_lead, names_over_headline, header_byline, key_points, picture_credit_line, header_picture, repeated_headline, restated_headline, title_case_lines
from .outlet_templates import template_repeats
from .page_copies import lost_copies, page_copies, promo_teasers
from .social_embeds import embedded_posts, post_tails
from .next_story import next_story
from .promo_cards import dateline_teasers, titled_teasers
from .transcripts import keep_speaker_labels, transcript_header
from .comment_threads import comment_threads
from .foreign_script import foreign_script_lines
from .page_shapes import box_teasers, copyright_tail, headline_bracket, share_list, print_tail, link_prompts, reader_head, reader_tail, stamps_inside, weather_bulletin
from .lead_shapes import caps_lead_in, doubled_headline
from .standfirst import live_blog_entries, restated_facts, restated_figure, restated_standfirst, standfirst_above_byline
from .characters import (  # noqa: F401  (re-exported: the rules of cleaning, one import away)
    CONTROL_CHARS,
    DASHES,
    DOUBLE_QUOTES,
    HYPHENS,
    SINGLE_QUOTES,
    SPACE_CHARS,
    ZERO_WIDTH,
    _DOUBLE_APOSTROPHE,
    count_changes,
    normalize_dashes,
    normalize_double_apostrophes,
    normalize_newlines,
    normalize_quotes,
    normalize_spaces,
    remove_control_chars,
    repair_mojibake,
)
from .layout import WRAPPED_LINE, block_units, join_lines, split_blocks, split_paragraphs  # noqa: F401
from .markers import dateline_patterns, match_dateline, match_promo, promo_patterns  # noqa: F401


@dataclass(frozen=True)
class Related:
    """A promo line taken out of the body: the outlet's link to another of its stories."""

    label: str
    headline: str
    paragraph_after: int  # the number of body paragraphs before the promo (0 = before the first)
    line: str


@dataclass(frozen=True)
class Removed:
    """A unit taken out of the body as page furniture or top matter, with the reason."""

    kind: str  # top_matter | boilerplate
    reason: str  # pattern:<name>, top:<headline|kicker|standfirst|byline|date>, justext:<class>, no_words
    text: str
    paragraph_after: int  # the number of body paragraphs before it (0 = before the first)


#: An HTML line break copied as text ("... per hour.<br>dailystandard.com"): a line break; a run ("<br><br>") is one, so
#: that a text with one paragraph a line keeps its layout (a blank line would make it read as blocks: a second read).
_HTML_BREAK = re.compile(r"(?:<br\s*/?>[^\S\n]*)+", re.IGNORECASE)  # a run of them is one line break: no blank line is made

@dataclass(frozen=True)
class Cleaned:
    """An article after cleaning. ``body`` is what every offset in the workbook points into."""

    body: str
    paragraph_spans: tuple[tuple[int, int], ...]
    dateline: str | None
    dateline_text: str | None
    related: tuple[Related, ...]
    log: dict[str, int] = field(default_factory=dict)
    typographic_body: str = ""
    removed: tuple[Removed, ...] = ()
    headline: str | None = None


#: The rules that run after :func:`analysis.boilerplate.classify_units`, in order, each changing the
#: verdicts in place (``make validate-top`` measures each one on its own: :mod:`analysis.topcheck`).
#: Header rules that also read each unit's block (the lines a page printed together, one line break between them).
BLOCK_RULES = frozenset({"header_picture"})
HEADER_RULES: tuple[tuple[str, Callable[[Sequence[str], list[Verdict]], None]], ...] = (
    ("weather_bulletin", weather_bulletin),  # a weather service's bulletin a station prints over its story (analysis.page_shapes)
    ("count_headline", count_headline),  # a headline shaped as a comment heading ("3 thoughts on ..."), above the body (analysis.header_labels)
    ("foreign_script_lines", foreign_script_lines),  # a line in another script on a page in Latin letters (analysis.foreign_script)
    ("credited_quotes", credited_quotes),  # a body paragraph quoting someone, a picture's credit glued to it (analysis.caption_context)
    ("mark_captions", mark_captions),  # photo captions in agency style (analysis.captions)
    ("mark_name_caption", mark_name_caption),  # a portrait's caption under the byline
    ("noun_phrase_caption", noun_phrase_caption),  # a caption with no verb under the headline (analysis.caption_context)
    ("caption_run", caption_run),  # captions without their full stop in a run between paragraphs
    ("credit_runs", credit_runs),  # captions one under another, each closing with its credit (analysis.caption_copies)
    ("mark_doubled_captions", mark_doubled_captions),  # a caption and its labelled copy in one block
    ("standfirst_over_caption_pair", standfirst_over_caption_pair),  # a standfirst over such a caption (analysis.boilerplate)
    ("mark_caption_copies", mark_caption_copies),  # a caption copying a body sentence, with its credit
    ("credited_caption_copies", credited_caption_copies),  # a caption's words printed again without its credit (analysis.caption_copies)
    ("mark_alt_text", mark_alt_text),  # a picture's alternative text above its credited caption (analysis.caption_copies)
    ("video_player_text", video_player_text),  # a video player's title and description under its play line (analysis.caption_copies)
    ("named_picture_captions", named_picture_captions),  # a gallery's captions under their pictures' file names (analysis.caption_copies)
    ("picture_credit_line", picture_credit_line),  # header lines by place and shape (analysis.header_lines)
    ("header_picture", header_picture),  # a caption and its credit between the header's date line and the lede (analysis.header_lines)
    ("repeated_headline", repeated_headline),
    ("doubled_headline", doubled_headline),  # none found: a headline printed twice with a word changed (analysis.lead_shapes)
    ("header_byline", header_byline),
    ("key_points", key_points),
    ("standfirst_above_byline", standfirst_above_byline),  # the header's standfirsts (analysis.standfirst)
    ("restated_standfirst", restated_standfirst),
    ("restated_facts", restated_facts),  # a summary or caption whose facts the body tells again from the start
    ("restated_figure", restated_figure),  # a first unit whose figure the next paragraph repeats word for word (analysis.standfirst)
    ("live_blog_entries", live_blog_entries),  # a live blog's entries under their stamps are no standfirsts
    ("dateline_lead", dateline_lead),  # a unit opening with a wire dateline is the lead, not a standfirst (analysis.header_lines)
    ("title_case_lines", title_case_lines),  # a headline's shape above the first paragraph
    ("headline_crumb", headline_crumb),  # a breadcrumb ending in the headline cut short, above the first paragraph (analysis.header_labels)
    ("header_labels", header_labels),  # a label ("Share post:") or a template's slot ("spot_img") above it
    ("question_headline", question_headline),  # a headline asked as a question, when none was found
    ("speaker_headline", speaker_headline),  # a headline quoting its speaker ("Clinton: I support ..."), when none was found
    ("caps_lead_in", caps_lead_in),  # what is kept above a lead-in in capitals ("ROUND ONE OF the ...") is top matter (analysis.lead_shapes)
    ("writer_note", writer_note),  # a note about the byline's writer under the body (analysis.author_bio)
    ("author_card", author_card),  # a writer's name, job title and biography closing the article (analysis.author_bio)
    ("share_list", share_list),  # a share bar printed as a bulleted list, one button a line (analysis.page_shapes)
    ("headline_bracket", headline_bracket),  # rules of the page's shape for unseen sites, after the rules that name what they know (analysis.page_shapes)
    ("stamps_inside", stamps_inside),
    ("reader_tail", reader_tail),
    ("copyright_tail", copyright_tail),  # what a template prints below its copyright notice closing the article (analysis.page_shapes)
    ("print_tail", print_tail),  # what a page prints below its note that the article appears in print (analysis.page_shapes)
    ("box_teasers", box_teasers),  # other stories' teasers under a box's heading closing the article (analysis.page_shapes)
    ("next_story", next_story),  # the next story printed in full under the page's header again (analysis.next_story)
    ("comment_threads", comment_threads),  # readers' comments under the body: names and dates (analysis.comment_threads)
    ("reader_head", reader_head),  # the same notes opening the text: a support appeal above the article
    ("link_prompts", link_prompts),  # such a note ending in "here" (its link's word), wherever it stands
    ("page_copies", page_copies),  # a line printed twice, a caption's second caption, a picture's bare name (analysis.page_copies)
    ("embedded_posts", embedded_posts),  # an embedded social post the article neither introduces nor discusses (analysis.social_embeds)
    ("keep_speaker_labels", keep_speaker_labels),  # a transcript's speaker labels given back (analysis.transcripts)
    ("transcript_header", transcript_header),  # a transcript's first speaker label is no byline, the paragraph above it no standfirst
    ("restated_headline", restated_headline),  # a short line the lead below restates, when no headline was found (after the captions a page's copies show)
)


def _prepared(text: str, *, counted: bool = True) -> tuple[dict[str, int], int, str, list[tuple[int, str]], list[tuple[int, Related]]]:
    """Characters normalised and the text cut into units: the cleaning log so far (empty unless
    ``counted``), the number of mojibake repairs, the text, every non-promo unit as (block, unit),
    and the promo lines with the number of units before each."""
    log = count_changes(text) if counted else {}
    # Mojibake first: a closing quote read as Windows-1252 ends in a C1 control (\x9d) that the
    # control-character rule would otherwise delete before ftfy could repair the quote.
    text, mojibake = repair_mojibake(text)
    text, n_control = remove_control_chars(text)
    if n_control:  # only when present: the log of a clean article is unchanged
        log["control_char"] = n_control
    if "<" in text:
        text, n_breaks = _HTML_BREAK.subn("\n", text)
        if n_breaks:  # only when present: the log of an article without them is unchanged
            log["html_break"] = n_breaks
    n_apostrophes = len(_DOUBLE_APOSTROPHE.findall(text)) if "''" in text else 0
    if n_apostrophes:  # only when present: the log of an article without them is unchanged
        log["double_apostrophe"] = n_apostrophes
    text = normalize_double_apostrophes(normalize_dashes(normalize_spaces(normalize_newlines(text))))
    units: list[tuple[int, str]] = []  # (block, unit) of every non-promo unit, in order
    promo_after: list[tuple[int, Related]] = []  # (units before it, promo)
    for number, block in enumerate(split_blocks(text)):
        for unit in block_units(block):
            promo = match_promo(unit)
            if promo:
                promo_after.append((len(units), Related(promo[0], promo[1], 0, unit)))
            else:
                units.append((number, unit))
    return log, mojibake, text, units, promo_after


def units_of(text: str) -> list[str]:
    """The units :func:`clean_text` judges (promo lines aside), in order: what a site's template is
    made of (:mod:`analysis.outlet_templates`).

    Examples
    --------
    >>> units_of("World\\nQuake toll rises\\n\\nRescuers dug on.\\n\\nALSO READ | Other story")
    ['World', 'Quake toll rises', 'Rescuers dug on.']
    """
    return [unit for _, unit in _prepared(text, counted=False)[3]]


def clean_text(text: str, template: frozenset[str] = frozenset()) -> Cleaned:
    """Clean one article's decoded text. Pure: the same text (and outlet ``template``, the keys of the
    units its outlet prints on many pages: :mod:`analysis.outlet_templates`) always gives the same result.

    Examples
    --------
    >>> c = clean_text("New Delhi: Troops\\u00a0return.  \\n\\nALSO READ | Other story\\n\\n\\n\\u201cWe leave,\\u201d he said.")
    >>> c.body
    'Troops return.\\n\\n"We leave," he said.'
    >>> c.dateline, [(r.label, r.headline, r.paragraph_after) for r in c.related]
    ('New Delhi', [('ALSO READ', 'Other story', 1)])
    >>> clean_text("").body
    ''
    >>> page = clean_text("Skip to main content\\n\\nQuake toll rises\\n\\n" + "Rescuers dug through the rubble on Tuesday as the toll rose to 94, officials in the province said, and many more were missing. " * 2 + "\\n\\nPost a Comment")
    >>> page.headline, [(r.kind, r.reason) for r in page.removed]
    ('Quake toll rises', [('boilerplate', 'pattern:skip_link'), ('top_matter', 'top:headline'), ('boilerplate', 'pattern:comments')])
    """
    log, mojibake, text, units, promo_after = _prepared(text)
    related: list[Related] = []
    texts = [unit for _, unit in units]
    verdicts = classify_units(texts)
    blocks = [block for block, _ in units]
    for name, rule in HEADER_RULES:
        if name in BLOCK_RULES:
            rule(texts, verdicts, blocks)  # a rule that reads which lines the page printed together
        else:
            rule(texts, verdicts)
    lost_copies(texts, verdicts)  # a paragraph removed as the copy of a unit the header rules then took (analysis.page_copies)
    promo_teasers(texts, verdicts, [(at, promo.headline) for at, promo in promo_after])  # a promo's teaser under it (analysis.page_copies)
    names_over_headline(texts, verdicts)  # a group picture's names above the headline are its caption (analysis.header_lines)
    choose_headline(texts, verdicts, template)  # the headline shares words with the lead, a site's name (or its template's line) does not
    before_lists = [v.keep for v in verdicts]
    keep_body_lists(texts, verdicts)  # a results table or list of awards under the body (analysis.body_lists)
    keep_numbered_names(texts, verdicts)  # a numbered list of names the story counts (analysis.body_lists)
    keep_crossheads(texts, verdicts)  # a crosshead the general rule removed between two paragraphs (analysis.crossheads)
    keep_timeline_dates(texts, verdicts)  # a timeline's date headings (analysis.crossheads)
    keep_name_heads(texts, verdicts)  # a round-up's sections headed by the place each names (analysis.crossheads)
    keep_appeals(texts, verdicts)  # a police appeal for information the general rule removed (analysis.crossheads)
    keep_date_lists(texts, verdicts)  # a list of dates alone in the story (analysis.crossheads)
    closing_dates(texts, verdicts)  # other stories' dates alone closing the text, their titles lost (analysis.crossheads)
    keep_letter_head(texts, verdicts)  # a letter's date, addressee and salutation printed in the story (analysis.crossheads)
    for i in dateline_teasers(texts, [v.keep for v in verdicts]):  # other stories' dated teasers closing the page, a list rule may give back (analysis.promo_cards)
        verdicts[i] = Verdict(False, "boilerplate", "promo_card")
    for i in titled_teasers([v.reason for v in verdicts], [v.keep for v in verdicts], texts):  # other stories' titles over their teasers, closing the page (analysis.promo_cards)
        verdicts[i] = Verdict(False, "promo", "promo_card")
    for i in range(len(verdicts) - 1):  # the line introducing a list given back ("... as follows:") goes back with it
        if verdicts[i].reason == "tail_list" and texts[i].rstrip().endswith(":") and verdicts[i + 1].keep and not before_lists[i + 1]:
            verdicts[i] = Verdict(True, "body", "")
    template_repeats(texts, verdicts, template)  # what the outlet prints on its other stories' pages too
    unstopped_headline(texts, verdicts)  # a headline written as a sentence without its stop over the first paragraph (analysis.boilerplate)
    tails = post_tails(texts, verdicts)  # a post glued to a body paragraph's end (analysis.social_embeds)
    paragraphs: list[str] = []
    removed: list[Removed] = []
    pending: list[str] = []  # kept units of the current block
    current_block = -1
    promos = iter(promo_after)
    next_promo = next(promos, None)

    def flush() -> None:
        if pending:
            paragraphs.append(join_lines(pending))
            pending.clear()

    for index, ((block, unit), verdict) in enumerate(zip(units, verdicts)):
        while next_promo is not None and next_promo[0] <= index:
            flush()
            promo = next_promo[1]
            related.append(Related(promo.label, promo.headline, len(paragraphs), promo.line))
            next_promo = next(promos, None)
        if block != current_block:
            flush()
            current_block = block
        if verdict.keep:
            if is_bullet(unit) or (pending and len(pending[-1]) < WRAPPED_LINE):
                flush()  # a list's item, or a line under a short one (not wrapped into it), opens a paragraph of its own
            cut = tails.get(index, 0)
            pending.append(unit[:cut].rstrip() if cut else unit)
            if cut:
                flush()
                removed.append(Removed("boilerplate", "social_embed", unit[cut:].strip(), len(paragraphs)))
        else:
            flush()
            removed.append(Removed(verdict.kind, verdict.reason, unit, len(paragraphs)))
    flush()
    for _, promo in [next_promo, *promos] if next_promo is not None else []:
        related.append(Related(promo.label, promo.headline, len(paragraphs), promo.line))
    headline = headline_of(texts, verdicts)
    date_cut = leading_date(headline) if headline else 0
    if date_cut and headline[date_cut:].strip():
        headline = headline[date_cut:].strip()  # the page store's "date 2019-07-31 Headline"
    # Top matter glued to the lead, in the order a page prints it: the headline run into it, a
    # signed byline, a date (analysis.topmatter).
    for reason, cut_of in (
        ("top:headline", lambda p: leading_headline(p, headline)),
        ("top:byline", leading_byline),
        ("top:date", leading_date),
        ("top:byline", leading_agency),  # "(CNN) — ": the source, where a place would stand
    ):
        cut = cut_of(paragraphs[0]) if paragraphs else 0
        if cut and paragraphs[0][cut:].strip():
            before_body = sum(r.paragraph_after == 0 for r in removed)  # keep removed.csv in text order
            removed.insert(before_body, Removed("top_matter", reason, paragraphs[0][:cut].strip(), 0))
            paragraphs[0] = paragraphs[0][cut:].lstrip()
    dateline = dateline_text = None
    if paragraphs:
        found = match_dateline(paragraphs[0])
        if found:
            dateline, cut = found
            dateline_text = paragraphs[0][:cut].strip()
            paragraphs[0] = paragraphs[0][cut:].lstrip()
            if not paragraphs[0]:
                paragraphs.pop(0)
    spans, position = [], 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + 2
    typographic = "\n\n".join(paragraphs)
    log = log | {"promo_line": len(related), "dateline": int(dateline is not None)}
    # Rules added later are logged only when they changed something, so the cleaning log of a
    # clean text is what it was before them.
    extra = {
        "mojibake": mojibake,
        "replacement_char": text.count("\ufffd"),
        "top_matter_line": sum(r.kind == "top_matter" for r in removed),
        "boilerplate_line": sum(r.kind == "boilerplate" for r in removed),
    }
    log |= {rule: count for rule, count in extra.items() if count}
    return Cleaned(
        body=normalize_quotes(typographic),
        paragraph_spans=tuple(spans),
        dateline=dateline,
        dateline_text=dateline_text,
        related=tuple(related),
        log=log,
        typographic_body=typographic,
        removed=tuple(removed),
        headline=headline,
    )

