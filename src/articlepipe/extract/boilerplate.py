"""Boilerplate written as plain body text, recognised by what a reader sees.

Extractors drop boilerplate whose CSS class names it; these rules key on visible text
and structure instead: a block that *starts* with a lead-in phrase ("Also read",
"Lesen Sie auch", "To top" …) and is otherwise links, titles or nothing; prompts, share
rows and newsletter pitches; tables of contents, menus and page furniture; bylines at
the body's edges; the repeated headline and the label above it; disclaimers. The same
words inside a sentence are prose and stay. Rules work on a sequence of ``Block``s, so
HTML bodies and plain-text dumps share them; ``tree_rules`` applies them to trees.

The thresholds below were set on the fixtures and checked with ``articlepipe eval`` on
the development benchmarks (AEB and WCXB): each was kept only where it removed leaked
boilerplate without losing ``with`` snippets or recall.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from articlepipe.extract import phrases
from articlepipe.extract.marquee import is_marquee
from articlepipe.models import RelatedLink, RemovedBlock
from articlepipe.tokens import count_words, has_spaceless
from articlepipe.tokens import words as word_list

# A lead-in followed by at most this many words of title-like text is an insert ...
MAX_INSERT_WORDS = 18
# ... and a prompt ("Follow us on …", "Sign up for our newsletter …") at most this long.
MAX_PROMPT_WORDS = 40
# The small print under a sign-up form ("By signing up, you agree to receive recurring
# automated messages … Msg and data rates may apply …") runs longer.
MAX_CONSENT_WORDS = 100
# A lead-in followed by at most this many words without links heads a list
# ("More from The Gazette"); the words are a name, not an article title.
MAX_HEADER_REST_WORDS = 4
# A byline ("Written by Ann Lee, Health Editor") is a few words.
MAX_BYLINE_WORDS = 12
# Bylines and dates sit in the first or last few blocks of a body.
EDGE_BLOCKS = 3
# A run of at least this many blocks, and words, repeating an earlier run in order is
# a second copy of the article; shorter repeats (a question put to each guest, a dish in
# a meal plan) are the article's own.
MIN_REPEATED_RUN = 4
MIN_REPEATED_WORDS = 60
# ... and it must be a large part of the body: a meal plan repeats a whole day's menu.
MIN_REPEATED_SHARE = 0.25
# A paragraph that is one link, set in capitals, promotes another story.
PROMO_LINK_SHARE = 0.9
MIN_SHOUT_LETTERS = 12
# Share of a block's words that must be template filler for the block to be filler: prose
# about it ("Lorem ipsum is the placeholder text designers use …") has its own words.
FILLER_SHARE = 0.8
# Filler words besides "lorem ipsum" a block needs, unless it is "Lorem ipsum" and digits:
# the filler list holds "a", "in", "at", so "Lorem ipsum at a glance" would pass the share.
MIN_FILLER_WORDS = 3
# A block naming "lorem" with less filler than this is prose about it; with more, filler
# glued to something else (a card's name above its placeholder description).
NAMING_SHARE = 0.5
# Pagination, copyright and credit lines are short; a long block mentioning them is prose.
MAX_FURNITURE_WORDS = 25
# A result counter is a few words ("291件中 1〜24件を表示" is eight); asked of no longer block.
MAX_COUNTER_WORDS = 10
# A row of share buttons is a few words; a newsletter pitch one short sentence.
MAX_SHARE_ROW_WORDS = 12
# ... and a row in Chinese or Japanese at most this many characters.
SPACELESS_ROW_CHARS = 60
MAX_PITCH_WORDS = 25
# A short block of a few sentences, one of them a prompt ("Want more? Sign up for …").
MAX_PROMPT_BLOCK_WORDS = 40
# A disclaimer recognised by its wording alone (no "Disclaimer:" label) is short.
MAX_DISCLAIMER_WORDS = 120
# An affiliate disclosure ("We may earn a commission …") is short, wherever it stands.
MAX_AFFILIATE_WORDS = 40
# A block of at least this many lines, most of one to three words, is a menu.
MIN_MENU_LINES = 12
MAX_MENU_ENTRY_WORDS = 3
MENU_SHARE = 0.7
# Listed article titles have at least this many words.
MIN_LISTED_TITLE_WORDS = 3
# Links must carry at least this share of a block's text for it to be a link block.
LINK_DENSE = 0.5
# If the rules would remove more than this share of the body's words, they are wrong
# about this page: keep the unfiltered body (and say so in ``removed``).
MAX_REMOVED_SHARE = 0.5
# An author's bio after the article ("Ann Lee is a health writer …") is one short
# paragraph among the last few blocks, in the second half of the body, never its first.
MIN_BIO_WORDS = 6
MAX_BIO_WORDS = 150
BIO_BLOCKS = 4
# A section label ("Mental Health") is a few words, without digits (dates) or sentence
# and breadcrumb punctuation.
MAX_LABEL_WORDS = 4
NOT_A_LABEL = re.compile(r"[\d.!?:>/|\u203a\u00bb]")
# How far into the body the section label and repeated headline may sit.
HEAD_BLOCKS = 3
# The rules whose removals the guard lets stand (``_SETTLED_RULES``), named once.
FILLER_RULE = "filler"
REPEATED_RULE = "repeated-block"

_WORD = re.compile(r"\w+")
_NOT_WORD = re.compile(r"[\W_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The brackets a lead-in is set in ("【相关阅读】", "[Related]") close before its title.
_CLOSING = ")]\uff09\u3011"
_SEPARATOR_START = re.compile(rf"^\s*[{re.escape(phrases.SEPARATORS + _CLOSING)}]")
# What is trimmed around a lead-in's title: those, and the Chinese and Japanese full stop
# and exclamation mark.
_TRIM = f" \t\n{phrases.SEPARATORS}….!\u3002\uff01{_CLOSING}"


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading, list or list item of a body, as a reader sees it."""

    text: str
    links: tuple[RelatedLink, ...] = ()
    link_chars: int = 0
    is_list: bool = False
    # A code block is the article's own, whatever its lines look like (a menu, a byline).
    is_code: bool = False


@dataclass(slots=True)
class Cleaned:
    """What the rules decided for a sequence of blocks."""

    keep: list[bool]
    removed: list[RemovedBlock] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    disclaimer: list[str] = field(default_factory=list)
    category: str = ""
    fell_back: bool = False


def words(text: str) -> int:
    """Number of words, as ``tokens.count_words`` counts them (block-sized texts cached
    there: every rule asks for the same blocks' counts)."""
    return count_words(text)


def norm(text: str) -> str:
    """Lower-case words joined by single spaces: text compared with punctuation aside."""
    return " ".join(_WORD.findall(text.casefold()))


def doubled_titles(text: str) -> list[str] | None:
    """``"T1 T1 T2 T2"`` -> ``["T1", "T2"]``: titles a naive scraper wrote twice
    (image alt text, then link text). ``None`` unless the whole text is such runs."""
    tokens = text.split()
    titles: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(2, (len(tokens) - i) // 2 + 1):
            # First-token check before slicing keeps long prose paragraphs linear-ish.
            if size > MAX_INSERT_WORDS:
                return None
            if tokens[i] == tokens[i + size] and tokens[i : i + size] == tokens[i + size : i + 2 * size]:
                titles.append(" ".join(tokens[i : i + size]))
                i += 2 * size
                break
        else:
            return None
    return titles or None


def _title_like(text: str) -> bool:
    """Short and mostly capitalised, as headlines are ("The Potential of Ketamine ...")."""
    tokens = [t for t in word_list(text) if t[:1].isalpha()]
    if not tokens or len(tokens) > MAX_INSERT_WORDS:
        return False
    capitals = sum(1 for t in tokens if t[:1].isupper())
    return capitals / len(tokens) >= 0.6


def _networks(text: str) -> int:
    """How many social networks a text names ("X (Twitter)" is two names, one network:
    a call to follow names two or more anyway)."""
    return len({name.casefold() for name in phrases.NETWORK.findall(text)})


def shop_label_rule(text: str) -> str | None:
    """ "label" for a written paragraph or list item that is only a shop's control or
    stock label ("Add to cart", "Sold out"), else ``None``. Asked of an HTML body's
    paragraphs and items only: on the page, before the content is chosen, such a label is
    part of a product card's shape, a heading "Compare" or "Sold out" is a section's, and
    a text dump's line may be either."""
    return "label" if phrases.SHOP_LABEL_ONLY.match(text) else None


def lead_in_rule(block: Block) -> str | None:
    """The rule a block breaks by starting with a lead-in, or ``None`` for prose."""
    text = block.text.strip()
    if not text:
        return None
    # Only a block whose first word starts a phrase can be a label, a lead-in or a prompt.
    leads = phrases.first_word(text) in phrases.LEAD_FIRST_WORDS
    if leads and phrases.LABEL_ONLY.match(text):
        return "label"
    if leads and phrases.FEEDBACK_ONLY.match(text):
        return "prompt"
    if leads and phrases.TOC_LABEL.match(text):
        return "toc"
    if phrases.TEMPLATE_TAG.match(text):
        return "label"
    if words(text) <= MAX_FURNITURE_WORDS and phrases.FURNITURE.matches(text):
        return "furniture"
    if words(text) <= MAX_COUNTER_WORDS and phrases.RESULT_COUNTER.matches(text):
        return "furniture"
    # A list of identical items ("Rest day" on each day of a plan) is the list's.
    if not block.is_list and is_marquee(text):
        return "marquee"
    match = phrases.LEAD_RELATED.match(text) if leads else None
    if match:
        after = text[match.end() :]
        rest = after.strip(_TRIM)
        if not rest:
            return "lead-in"
        if block.link_chars >= LINK_DENSE * len(text):
            return "lead-in"
        if doubled_titles(rest):
            return "doubled-title"
        if words(rest) <= MAX_HEADER_REST_WORDS * 2 and phrases.POINTS_ON_START.match(rest):
            return "lead-in"  # "You may be interested in the following topics as well"
        # A title after "Read more:" has no full stop; "Recommended: 150 minutes a week." is prose.
        titled = _SEPARATOR_START.match(after) and not after.rstrip().endswith((".", "\u3002"))
        if words(rest) <= MAX_INSERT_WORDS and (titled or _title_like(rest)):
            return "lead-in"
        return None
    if leads and phrases.LEAD_PROMPT.match(text) and words(text) <= MAX_PROMPT_WORDS:
        return "prompt"
    if words(text) <= MAX_PROMPT_WORDS and phrases.LEAD_FOLLOW.match(text) and _networks(text) >= 2:
        return "prompt"
    if (
        leads
        and phrases.LEAD_CONSENT.match(text)
        and words(text) <= MAX_CONSENT_WORDS
        and phrases.CONSENT_TERMS.search(text)
    ):
        return "prompt"
    if words(text) <= MAX_PROMPT_BLOCK_WORDS:
        sentences = _SENTENCE_END.split(text)
        if 1 < len(sentences) <= 3 and any(
            phrases.LEAD_PROMPT.match(x) or phrases.NEWSLETTER_PITCH.matches(x) for x in sentences
        ):
            return "prompt"
    if _share_row(text):
        return "share-row"
    if block.link_chars >= PROMO_LINK_SHARE * len(text) and words(text) >= 4 and is_shouting(text):
        return "promo-link"
    if (
        words(text) <= MAX_PITCH_WORDS
        and len(_SENTENCE_END.split(text)) == 1
        and phrases.NEWSLETTER_PITCH.matches(text)
    ):
        return "newsletter"
    return None


def _filler_words(text: str) -> list[str]:
    folded = text.casefold()
    # Chinese and Japanese words as ``tokens`` counts them (a character each), not one
    # run of them as a word would be.
    tokens = word_list(folded) if has_spaceless(folded) else _WORD.findall(folded)
    return [w for w in (_NOT_WORD.sub("", t) for t in tokens) if w and not w.isdigit()]


def _filler_share(found: Sequence[str]) -> float:
    return sum(w in phrases.FILLER_WORDS for w in found) / len(found) if found else 0.0


def _filler_line(line: str) -> bool:
    found = _filler_words(line)
    if not found:
        return False
    marked = found[0] == "lorem" or not phrases.FILLER_ONLY_WORDS.isdisjoint(found)
    # "Lorem ipsum 2" is filler; "Lorem ipsum in a nutshell" is a heading about it.
    others = sum(w in phrases.FILLER_WORDS and w not in ("lorem", "ipsum") for w in found)
    enough = others >= MIN_FILLER_WORDS or set(found) <= {"lorem", "ipsum"}
    return marked and enough and _filler_share(found) >= FILLER_SHARE


def _names_filler(text: str) -> bool:
    """Prose naming the filler ("Designers fill mock-ups with lorem ipsum …"), not more
    filler glued to a card's name."""
    return "lorem" in text.casefold() and _filler_share(_filler_words(text)) < NAMING_SHARE


def is_filler(block: Block) -> bool:
    """A template's placeholder text the site left in ("Lorem ipsum dolor sit amet, …",
    "Lorem ipsum 2", "Duis aute irure dolor …"): a block opening with "lorem" or holding a
    word the filler made up, whose words are nearly all filler; every line of it (a list's
    items, a card's name above its placeholder description)."""
    lines = [line for line in block.text.split("\n") if line.strip()]
    return bool(lines) and all(_filler_line(line) for line in lines)


def is_shouting(text: str) -> bool:
    """All letters upper-case, as promoted story links are set ("SEAN SPICER ELIMINATED")."""
    # str.isupper first: it runs in C and is false for almost every block.
    return text.isupper() and sum(1 for c in text if c.isalpha()) >= MIN_SHOUT_LETTERS


# Names of one network: X was Twitter until 2023, and sites still print both; e-mail is
# spelt three ways.
_SAME_NETWORK = {
    "x": "twitter",
    "e-mail": "email",
    "mail": "email",
    "페이스북": "facebook",
    "트위터": "twitter",
}
_EMAIL_ADDRESS = re.compile(r"\w@[\w-]+\.\w")
# Spaces, bars, commas, colons and slashes, full-width ones too.
_SPACELESS_ROW_SPLIT = re.compile("[\\s|\uff5c\u3001,\uff0c:\uff1a/\uff0f]+")


def _share_row(text: str) -> bool:
    """A lead word or two, then only network names: "Share on Facebook Twitter Email"."""
    # words() is the measure of length, but a long paragraph is no share row: the cheap
    # counts of blocks (cached) decide that first, so prose is not tokenised again here.
    # A Chinese character counts as a word there: a short Chinese row is its tokens' length.
    long = words(text) > MAX_SHARE_ROW_WORDS
    if long and len(text) > SPACELESS_ROW_CHARS:
        return False
    spaceless = has_spaceless(text)
    if long and not spaceless:
        return False
    # Chinese and Japanese network names are words between spaces or bars here ("微信 微博
    # QQ空间"), where word_list would part their characters.
    raw = _SPACELESS_ROW_SPLIT.split(text) if spaceless else word_list(text)
    tokens = [t.strip(".,:;|·•/()[]") for t in raw]
    tokens = [t for t in tokens if t]
    # An e-mail address makes it a contact line ("Email: info@example.org (link sends
    # email)"); a handle ("Instagram @clinic") does not.
    if not tokens or len(tokens) > MAX_SHARE_ROW_WORDS or any(_EMAIL_ADDRESS.search(t) for t in tokens):
        return False
    named = [t.casefold() for t in tokens if phrases.SOCIAL_NAME.match(t)]
    # One network named twice is a heading about it: "6. X (formerly Twitter)".
    networks = {_SAME_NETWORK.get(name, name) for name in named}
    return len(networks) >= 2 and len(named) >= len(tokens) - 3


def is_disclaimer(block: Block, position: float) -> bool:
    """A medical, legal or editorial disclaimer; ``position`` is 0..1 through the body."""
    text = block.text.strip()
    if phrases.LEAD_DISCLAIMER.match(text):
        return True
    if words(text) <= MAX_AFFILIATE_WORDS and phrases.AFFILIATE_TEXT.matches(text):
        return True
    notice = phrases.LEAD_NOTICE.match(text) is not None
    if not notice and words(text) > MAX_DISCLAIMER_WORDS:
        return False  # before the costly search: long unlabelled blocks are prose
    says_it = phrases.DISCLAIMER_TEXT.matches(text)
    if says_it and notice:
        return True
    # Unlabelled: it must read like one and sit where sites put them, at either end.
    return says_it and words(text) <= MAX_DISCLAIMER_WORDS and (position >= 0.85 or position <= 0.1)


# Byline parts are put on lines of their own or strung on one: "24 Apr 2000 • 3 min read",
# or glued by a theme that sets them in two boxes: "7 min readDec 30, 2013".
_META_SEPARATOR = re.compile(r"\n|\s[•·|]\s|(?<=\sread)(?=[A-Z])")
# Chinese and Japanese pages part them with a space before the next label's full-width
# colon (the ideographic space they print is a space by then); looked for only in a
# block holding that colon, as the look ahead at every space costs every block.
_FULL_WIDTH_COLON = "\uff1a"
_LABELLED_META_SEPARATOR = re.compile(
    rf"{_META_SEPARATOR.pattern}|\s+(?=[^\s:{_FULL_WIDTH_COLON}]{{1,6}}{_FULL_WIDTH_COLON})"
)


def is_meta_block(block: Block) -> bool:
    """Byline, date and reading-time lines ("Gabo / Jan 23 / 11 min read")."""
    separator = _LABELLED_META_SEPARATOR if _FULL_WIDTH_COLON in block.text else _META_SEPARATOR
    lines = [line.strip() for line in separator.split(block.text) if line.strip()]
    if not lines:
        return False
    matched = 0
    for line in lines:
        if (
            phrases.READING_TIME.match(line)
            or phrases.DATE_LINE.match(line)
            or phrases.TIME_LINE.match(line)
            or (phrases.BYLINE.match(line) and words(line) <= MAX_BYLINE_WORDS)
            or phrases.BYLINE_AFTER_NAME.match(line)
            or phrases.BYLINE_WORDS_ALONE.match(line)
        ):
            matched += 1
        elif not (words(line) <= 3 and all(t[:1].isupper() for t in word_list(line))):
            return False
    return matched > 0


def _is_menu_dump(text: str) -> bool:
    """A navigation menu flattened into one block: many lines of one to three words."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_MENU_LINES:
        return False
    # Digits mark ingredient and data lines ("2 cups flour"), which are content.
    short = sum(
        1 for line in lines if words(line) <= MAX_MENU_ENTRY_WORDS and not any(c.isdigit() for c in line)
    )
    return short >= MENU_SHARE * len(lines)


def is_link_list(block: Block) -> bool:
    """Mostly links, or a list of short lines, or doubled titles: what follows "Related:"."""
    if not block.text.strip():
        return False
    if block.link_chars >= LINK_DENSE * len(block.text):
        return True
    if block.is_list:
        # Without links, only a list of title-length lines: "Labrador / Poodle" is content.
        lines = [line for line in block.text.split("\n") if line.strip()]
        sizes = [words(line) for line in lines]
        return bool(sizes) and all(MIN_LISTED_TITLE_WORDS <= n <= MAX_INSERT_WORDS for n in sizes)
    return doubled_titles(block.text) is not None


def rest_after_lead_in(text: str) -> str:
    """What follows a related-content lead-in ("Also read: T" -> "T")."""
    match = phrases.LEAD_RELATED.match(text.strip())
    return text.strip()[match.end() :].strip(_TRIM) if match else text.strip()


def list_rule(rule: str) -> str:
    """The rule that removes the list a header introduces: its table of contents, or
    the links of a related-content insert."""
    return "toc" if rule == "toc" else "lead-in-list"


def introduces_list(block: Block, rule: str) -> bool:
    """A lead-in that heads what follows ("You may also like", "More from The Gazette")
    rather than naming one article itself."""
    if rule == "toc":
        return True
    if rule != "lead-in":
        return False
    rest = rest_after_lead_in(block.text)
    return not rest or (not block.links and words(rest) <= MAX_HEADER_REST_WORDS)


def named_header_without_list(block: Block, rule: str, following: Block | None) -> bool:
    """A header such as "Related Discoveries" or "More from The Gazette" with no link
    list after it: a real section heading, to keep. A bare "Also check" goes anyway."""
    return (
        rule == "lead-in"
        and introduces_list(block, rule)
        and bool(rest_after_lead_in(block.text))
        and (following is None or not is_link_list(following))
    )


def insert_titles(block: Block, rule: str) -> list[RelatedLink]:
    """The related articles a removed block names: its links, else the titles in its text."""
    if rule not in ("lead-in", "lead-in-list", "doubled-title", "promo-link") or introduces_list(block, rule):
        return []
    if block.links:
        return list(block.links)
    rest = block.text if rule == "lead-in-list" else rest_after_lead_in(block.text)
    doubled = doubled_titles(rest)
    if doubled:
        return [RelatedLink(title=title, url="") for title in doubled]
    if block.is_list:
        return [RelatedLink(title=line.strip(), url="") for line in rest.split("\n") if line.strip()]
    return [RelatedLink(title=rest, url="")] if rest and _title_like(rest) else []


def add_related(found: list[RelatedLink], links: list[RelatedLink]) -> None:
    """Append ``links`` to ``found``, each title once, lead-in texts ("Read more") skipped."""
    seen = {norm(link.title) for link in found}
    for link in links:
        key = norm(link.title)
        if key and key not in seen and not phrases.LEAD_RELATED.match(link.title):
            seen.add(key)
            found.append(link)


def _bare_name(author: str) -> str:
    """A byline's name without its credentials: "Angela Holliday-Bell" of "Angela
    Holliday-Bell, MD*"."""
    return author.split(",", 1)[0].strip(" *")


def _bio_names(authors: Sequence[str]) -> list[str]:
    """The ways a bio may name the byline's authors: the whole name without credentials,
    and the first name alone."""
    names: list[str] = []
    for author in authors:
        name = _bare_name(author)
        if words(name):
            names.append(name)
            first = name.split()[0]
            if len(first) >= 3 and first != name:
                names.append(first)
    return names


_CREDENTIALS = re.compile(r"(,\s*[A-Z][\w.]*){0,2},?")
# A bio's role is among the first words after its verb ("… is a freelance travel writer").
BIO_ROLE_WORDS = 8


def is_author_bio(block: Block, authors: Sequence[str], before: str) -> bool:
    """An author's bio: a short paragraph opening with a byline author's name and a
    bio's verb ("Ann Lee is a …", "Lauren has written for …"), or with any name, a bio's
    verb and, in the words after it, a role ("… is a freelance writer …"); in both, a
    name the article ``before`` the bio never uses (a story ending on the journalist it
    is about names her earlier, a brand signing as "Acme Official" names itself in its
    own text)."""
    text = block.text.strip().lstrip("*† ")
    if block.is_list or not MIN_BIO_WORDS <= words(text) <= MAX_BIO_WORDS:
        return False
    for name in _bio_names(authors):
        if _starts_with_name(text, name):
            rest = _CREDENTIALS.match(text, len(name))
            if phrases.BIO_VERB.match(text, rest.end() if rest else len(name)):
                return not _names(name, before)
    found = phrases.NAMED_BIO.match(text)
    if found is None:
        return False
    name = found.group("name")
    tokens = name.split()
    if not all(t[:1].isupper() for t in tokens) or tokens[0].casefold() in phrases.ARTICLES:
        return False
    after = " ".join(text[found.end() :].split()[:BIO_ROLE_WORDS])
    return phrases.BIO_ROLE.search(after) is not None and not _names(name, before)


def _starts_with_name(text: str, name: str) -> bool:
    """Whether ``text`` opens with ``name`` as a whole word; a string test, not a regex:
    a pattern made from each page's names missed the regex cache on every page."""
    end = len(name)
    return text.startswith(name) and not (len(text) > end and (text[end].isalnum() or text[end] == "_"))


def _names(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _is_author_name(text: str, authors: Sequence[str]) -> bool:
    """A byline's author name alone in its block (printed again above a bio), with or
    without its credentials."""
    alone = text.strip(" *\n").casefold()
    return bool(alone) and any(
        alone in (author.strip(" *").casefold(), _bare_name(author).casefold()) for author in authors
    )


def _listed_title(block: Block) -> bool:
    """A line that reads as a listed article's title: a few words, no sentence."""
    text = block.text.strip()
    return MIN_LISTED_TITLE_WORDS <= words(text) <= MAX_INSERT_WORDS and not text.endswith(
        (".", "!", "?", ":")
    )


def clean_blocks(
    blocks: Sequence[Block], title: str = "", authors: Sequence[str] = (), flat: bool = False
) -> Cleaned:
    """Decide, block by block, what is body and what is boilerplate.

    Removed blocks are listed with their rule; links and titles of related-content
    inserts go to ``related``; disclaimers to ``disclaimer``; a short label right
    before a repeated headline becomes ``category``. ``authors`` (the byline's) tell
    their bio after the article; ``flat`` says the blocks lost their links (a text dump),
    so the titles a "Recent posts" lead-in lists are plain lines.
    """
    result = Cleaned(keep=[True] * len(blocks))

    def remove(index: int, rule: str) -> None:
        result.keep[index] = False
        result.removed.append(RemovedBlock(rule=rule, text=blocks[index].text))

    _head_rules(blocks, title, result, remove)
    # Removals that stand whatever the guard decides: copies of a repeated run, filler.
    settled = _filler_blocks(blocks, title, result, remove)
    settled |= _repeated_blocks(blocks, result, remove, settled)
    count = len(blocks)
    index = 0
    while index < count:
        block = blocks[index]
        if not result.keep[index] or block.is_code:
            index += 1
            continue
        rule = lead_in_rule(block)
        following = blocks[index + 1] if index + 1 < count else None
        if rule is not None and named_header_without_list(block, rule, following):
            rule = None
        if rule is not None:
            remove(index, rule)
            add_related(result.related, insert_titles(block, rule))
            if introduces_list(block, rule):
                while index + 1 < count:
                    following = blocks[index + 1]
                    # ``flat`` blocks lost their links (a text dump): a listed title is a
                    # plain line there, unless a rule of its own takes it.
                    listed = flat and _listed_title(following) and lead_in_rule(following) is None
                    if not (listed or is_link_list(following)):
                        break
                    index += 1
                    remove(index, list_rule(rule))
                    named = insert_titles(following, list_rule(rule))
                    if listed and not named:
                        named = [RelatedLink(title=following.text.strip(), url="")]
                    add_related(result.related, named)
                    if following.is_list:
                        break
        elif (index < EDGE_BLOCKS or index >= count - EDGE_BLOCKS) and (
            is_meta_block(block) or _is_author_name(block.text, authors)
        ):
            remove(index, "byline")
        elif (
            index > 0
            and 2 * index >= count
            and index >= count - BIO_BLOCKS
            and is_author_bio(
                block,
                authors,
                " ".join(blocks[k].text for k in range(index) if result.keep[k]),
            )
        ):
            remove(index, "author-bio")
        elif not block.is_list and _is_menu_dump(block.text):
            remove(index, "menu")
        elif is_disclaimer(block, index / max(count - 1, 1)):
            result.keep[index] = False
            result.disclaimer.append(block.text.strip())
            result.removed.append(RemovedBlock(rule="disclaimer", text=block.text))
        elif (titles := doubled_titles(block.text)) and words(block.text) >= 8:
            remove(index, "doubled-title")
            add_related(result.related, list(block.links) or [RelatedLink(title=t, url="") for t in titles])
        index += 1
    return _guard(blocks, result, settled)


def _filler_blocks(
    blocks: Sequence[Block], title: str, result: Cleaned, remove: Callable[[int, str], None]
) -> set[int]:
    """Remove a template's filler (``is_filler``); returns the indices removed.

    Never from code (a tutorial shows what its markup renders), nor right after a block
    ending on a colon (a passage quoted), nor on a page about the filler: its title or
    prose names "lorem".
    """
    marked = [i for i, block in enumerate(blocks) if phrases.has_filler_mark(block.text)]
    if not marked or "lorem" in title.casefold():
        return set()
    found = {i for i in marked if result.keep[i] and not blocks[i].is_code and is_filler(blocks[i])}
    # Prose naming "lorem" holds a mark: the blocks without one name nothing.
    if any(_names_filler(blocks[i].text) for i in marked if i not in found):
        return set()
    found = {i for i in found if i == 0 or not blocks[i - 1].text.rstrip().endswith((":", "\uff1a"))}
    for index in sorted(found):
        remove(index, FILLER_RULE)
    return found


def _repeated_blocks(
    blocks: Sequence[Block], result: Cleaned, remove: Callable[[int, str], None], uncounted: set[int]
) -> set[int]:
    """A run of blocks repeating, word for word and in order, an earlier run: the page
    held the article twice (a mobile and a desktop copy, a tab panel, a print version).
    Shorter repeats stay: an interview asks each guest the same question, a meal plan
    repeats a day's menu. ``uncounted`` blocks (filler) are no part of the article the
    share is of. Returns the indices of the removed copies."""
    copies: set[int] = set()
    keys = [norm(block.text) for block in blocks]
    # Words before each block: a run's words in O(1). Summing them run by run, and
    # scanning runs that cannot be long enough, took time quadratic in the blocks on a
    # page repeating one paragraph (a 50 MB page: 25 s of its 32 s).
    before = list(itertools.accumulate((words(block.text) for block in blocks), initial=0))
    total = before[-1] - sum(words(blocks[i].text) for i in uncounted)
    enough = max(MIN_REPEATED_WORDS, MIN_REPEATED_SHARE * total)
    first: dict[str, int] = {}
    index = 0
    while index < len(blocks):
        earlier = first.get(keys[index]) if keys[index] else None
        if earlier is None:
            first.setdefault(keys[index], index)
            index += 1
            continue
        longest = min(index - earlier, len(blocks) - index)
        if longest < MIN_REPEATED_RUN or before[index + longest] - before[index] < enough:
            index += 1  # even a full-length repeat here would be too short
            continue
        run = 0
        while (
            index + run < len(blocks)
            and earlier + run < index
            and keys[index + run]
            and keys[index + run] == keys[earlier + run]
        ):
            run += 1
        repeated = before[index + run] - before[index]
        if run >= MIN_REPEATED_RUN and repeated >= enough:
            for k in range(run):
                if result.keep[index + k]:
                    remove(index + k, REPEATED_RULE)
                    copies.add(index + k)
            index += run
        else:
            index += 1
    return copies


def _head_rules(
    blocks: Sequence[Block], title: str, result: Cleaned, remove: Callable[[int, str], None]
) -> None:
    """The headline repeated at the top of the body, and a section label before it."""
    wanted = norm(title)
    if not wanted:
        return
    for index, block in enumerate(blocks[:HEAD_BLOCKS]):
        text = block.text.strip()
        doubled = doubled_titles(text)
        if norm(text) == wanted or (doubled and all(norm(t) == wanted for t in doubled)):
            label = blocks[index - 1].text.strip() if index else ""
            if (
                0 < words(label) <= MAX_LABEL_WORDS
                and not NOT_A_LABEL.search(label)
                and not is_meta_block(Block(text=label))
            ):
                result.category = result.category or label
                remove(index - 1, "section-label")
            remove(index, "repeated-headline")
            return


# Rules whose removals stand when the guard falls back: they never take the article.
_SETTLED_RULES = frozenset((REPEATED_RULE, FILLER_RULE))


def _guard(blocks: Sequence[Block], result: Cleaned, settled: set[int]) -> Cleaned:
    """Fall back to the unfiltered body when the rules would remove more than half of
    it. ``settled`` removals count on neither side and stand: of a repeated run one copy
    always stays, so dropping the others can never empty an article (a page holding its
    article three times would otherwise always fall back), and a template's filler is no
    article (a page mostly filler keeps its few real paragraphs, not the filler)."""
    total = sum(words(b.text) for i, b in enumerate(blocks) if i not in settled)
    removed = sum(
        words(b.text)
        for i, (b, kept) in enumerate(zip(blocks, result.keep, strict=True))
        if not kept and i not in settled
    )
    if total and removed > MAX_REMOVED_SHARE * total:
        note = f"rules would have removed {removed} of {total} words; kept the unfiltered body"
        return Cleaned(
            keep=[i not in settled for i in range(len(blocks))],
            removed=[RemovedBlock(rule="fallback", text=note)]
            + [r for r in result.removed if r.rule in _SETTLED_RULES],
            fell_back=True,
        )
    return result
