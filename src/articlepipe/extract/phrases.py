"""The boilerplate rules' patterns, built once from the phrase data of ``languages/``.

The phrases are data, one file per language (``languages/en.py``, ``de.py`` …): lead-ins
a site writes in front of an insert, labels, disclaimer sentences, lower-case. A phrase
matches only at the start of a block and only as whole words, so the same words inside a
sentence are prose. Longer phrases win over their prefixes ("related articles" before
"related"). What is written here is how the patterns are built, and the shapes that
belong to no language: copyright lines, e-mail addresses, share-button names, the shape
of a date and of a reading time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from articlepipe.extract import languages
from articlepipe.extract.months import HAN_DATE, MONTH_ALTERNATION
from articlepipe.tokens import script_class


@dataclass(frozen=True, slots=True)
class Gated:
    """A pattern searched anywhere in a block, and its gate: words (lower-case) one of
    which every text it matches contains. The cheap gate is searched first; the gate of a
    family is the union of its patterns' hints (``hints_of``), so a pattern and its gate
    are written together. tests/test_extract_phrases.py generates matches of every
    pattern and checks that none escapes its gate."""

    pattern: str
    hints: tuple[str, ...]


def _top_level_alternation(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside every group and character class."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def anchored(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts at the start of the text."""
    return pattern.startswith("^") and not _top_level_alternation(pattern)


def _folded(text: str) -> str:
    # casefold() turns "İ" into "i" and a combining dot, where the patterns' IGNORECASE
    # reads a plain "i": the dot goes.
    return text.casefold().replace("\u0307", "")


_Trie = dict[str, "_Trie"]
# Chinese and Japanese letters (kana and ideographs), written without spaces between words.
_SPACELESS = script_class("Han", "Hiragana", "Katakana")
_SPACELESS_START = re.compile(f"[{_SPACELESS}]")
# Korean letters (Hangul syllables): spaced words, no capitals.
_HANGUL = "\uac00-\ud7a3"


@lru_cache(maxsize=64)
def _hint_pattern(hints: tuple[str, ...]) -> re.Pattern[str]:
    # The hints as a trie ("comprar (?:e|n)…"): at each position of the text the engine
    # follows one branch per character instead of trying every hint in turn, which made
    # the gate of ninety hints eight times slower than that of seventeen. Hand-written:
    # a dozen lines, not worth a dependency.
    trie: _Trie = {}
    for hint in {h.casefold() for h in hints}:
        node = trie
        for char in hint:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_trie_pattern(trie))


@lru_cache(maxsize=64)
def _hint_gate(hints: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The hints as tries to search in turn: those opening with an ASCII character, and
    the rest, which only a text that is not ASCII can hold (``_gate_opens``). In a
    one-off timing (a scratch script, not kept in bench/) on the disclaimer family's
    hints and 60,000 blocks of the development pages' text, one trie holding
    both Latin and Chinese or Japanese hints scanned in 429 ms, the Chinese and Japanese
    ones apart in 333, and apart and only on texts that are not ASCII in 308 (the Latin
    ones alone: 291): with ideographs among a trie's first characters, the engine's check
    of every position against them is the slower kind, and three blocks in four are
    ASCII."""
    ascii_first = tuple(h for h in hints if h[:1].isascii())
    rest = tuple(h for h in hints if not h[:1].isascii())
    if not (ascii_first and rest):
        return _hint_pattern(hints), None
    return _hint_pattern(ascii_first), _hint_pattern(rest)


def _gate_opens(gate: tuple[re.Pattern[str], re.Pattern[str] | None], folded: str) -> bool:
    # An ASCII text holds no hint of the second trie (isascii() costs nothing in CPython).
    first, second = gate
    return first.search(folded) is not None or (
        second is not None and not folded.isascii() and second.search(folded) is not None
    )


def _trie_pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    # A hint ending here, and longer ones going on: the rest is optional.
    return f"(?:{body})?" if "" in node else body


class FamilyPattern:
    """A family of ``Gated`` patterns, case-insensitive. A text none of whose hints it
    holds is passed over in one scan (the family's gate); otherwise each pattern is tried
    only if the text holds one of its own hints (which every text it matches holds:
    tested), one anchored at the start of the block there only (``re.match``). One
    search over the union of a family would try every pattern at every position of the
    block: with the medical notes of eight languages that was the costliest step of the
    body rules."""

    def __init__(self, family: tuple[Gated, ...]) -> None:
        self._patterns = tuple(
            (
                frozenset(_folded(h) for h in g.hints),
                re.compile(g.pattern, re.IGNORECASE),
                anchored(g.pattern),
            )
            for g in family
        )
        self._hints = tuple(sorted({hint for hints, _, _ in self._patterns for hint in hints}))
        self._gate = _hint_gate(hints_of(family))

    def matches(self, text: str) -> bool:
        """Whether a pattern of the family matches ``text``."""
        folded = _folded(text)
        # _gate_opens, written out: this runs on every block.
        first, second = self._gate
        if first.search(folded) is None and (
            second is None or folded.isascii() or second.search(folded) is None
        ):
            return False
        present = {hint for hint in self._hints if hint in folded}
        for hints, pattern, at_start in self._patterns:
            if not present.isdisjoint(hints) and (pattern.match(text) if at_start else pattern.search(text)):
                return True
        return False


def hints_of(family: tuple[Gated, ...]) -> tuple[str, ...]:
    """The gate of a family: every hint of its patterns, each once."""
    return tuple(sorted({hint for g in family for hint in g.hints}))


def _family(category: str) -> tuple[Gated, ...]:
    return tuple(Gated(pattern, hints) for pattern, hints in languages.gated(category))


# --- related-content lead-ins: their links are kept in ``related`` -------------------
RELATED: tuple[str, ...] = languages.words("related")
# --- consent small print under sign-up forms: legal text, longer than a prompt --------
CONSENT: tuple[str, ...] = languages.words("consent")
# --- prompts: share, follow, newsletter, subscribe, cookies, "to top" ------------------
PROMPTS: tuple[str, ...] = CONSENT + languages.words("prompts")
FEEDBACK: tuple[str, ...] = languages.words("feedback")
# --- stand-alone labels: removed only when the block is the label alone ---------------
LABELS: tuple[str, ...] = languages.words("labels")
SHOP_LABELS: tuple[str, ...] = languages.words("shop_labels")
# --- disclaimers: moved to the ``disclaimer`` field -----------------------------------
# A block that starts with one of these labels and a colon is a disclaimer ...
DISCLAIMER_LABELS: tuple[str, ...] = languages.words("disclaimer_labels")
# ... and one that starts with one of these only if it also says what a disclaimer says.
NOTICE_LABELS: tuple[str, ...] = languages.words("notice_labels")
DISCLAIMER_SENTENCES: tuple[Gated, ...] = _family("disclaimer_sentences")
# --- what a lead-in points at when it is followed by a list, not a title -------------
# ("You may be interested in the following topics as well")
POINTS_ON: tuple[str, ...] = languages.words("points_on")


def _alternation(phrases: tuple[str, ...]) -> str:
    ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in ordered)


# A lead-in: the phrase at the start of the block, then the end, a separator, or a space.
# After a Chinese or Japanese phrase, only the end, a space, a colon, a bar or a bracket:
# a comma or a full stop there goes on with a sentence ("フォローする、しないは自由だ").
# Which of the two ends applies depends only on the phrase's last character (``_lead_pattern``).
_AFTER_SPACELESS = r"(?=$|[\s:：!！|｜/／>»›→–—…(（\[【\])）】])"
_AFTER_WORD = r"(?=$|[\s:;,.!?|/>»›→–—\-…(\[]|\W)"
_WORD_END = rf"(?:(?<=[{_SPACELESS}]){_AFTER_SPACELESS}|(?<![{_SPACELESS}]){_AFTER_WORD})"


def _lead_in(alternation: str, end: str = _WORD_END) -> str:
    return rf"^\W{{0,3}}({alternation}){end}"


LEAD_RELATED = re.compile(_lead_in(_alternation(RELATED)), re.IGNORECASE)
LEAD_PROMPT = re.compile(_lead_in(_alternation(PROMPTS)), re.IGNORECASE)
# Consent small print names the terms it binds the reader to; prose that starts "By
# submitting this form …" in an article about tax returns does not.
# A whole word: no letter beside it, but Chinese and Japanese ones, which run on.
_NOT_AFTER_LETTER = rf"(?<!(?![{_SPACELESS}])\w)"
_NOT_BEFORE_LETTER = rf"(?!(?![{_SPACELESS}])\w)"
CONSENT_TERMS = re.compile(
    rf"{_NOT_AFTER_LETTER}({languages.alternation('consent_terms')}){_NOT_BEFORE_LETTER}", re.IGNORECASE
)
# Chinese and Japanese small print runs on from its opening words with no space or mark
# ("订阅即表示您同意我们的隐私政策"): after them the consent terms, which the rule also asks
# for, are the guard.
_SPACELESS_END = f"(?<=[{_SPACELESS}])"
LEAD_CONSENT = re.compile(
    rf"^\W{{0,3}}({_alternation(CONSENT)})(?:{_WORD_END}|{_SPACELESS_END})", re.IGNORECASE
)


def _label_start(alternation: str) -> str:
    return rf"^\W*({alternation})\b"


LABEL_START = re.compile(_label_start(_alternation(LABELS)), re.IGNORECASE)
LABEL_ONLY = re.compile(rf"^\W*({_alternation(LABELS)})\W*$", re.IGNORECASE)
# The control alone, as a button prints it: "Sold out." and "Compare:" are a sentence and
# a lead-in.
SHOP_LABEL_ONLY = re.compile(rf"^\s*({_alternation(SHOP_LABELS)})\s*$", re.IGNORECASE)
# The whole question, then at most its answer buttons, each with its count: "Was this
# article helpful? Yes No", "Was this review helpful? Yes (4) No (0)".
FEEDBACK_ONLY = re.compile(
    rf"^\W*({_alternation(FEEDBACK)})\s*+[?？]?(\s*({languages.alternation('feedback_answers')}"
    r"|👍|👎)(?!\w)(\s*\(?\d+\)?)?)*\W*$",
    re.IGNORECASE,
)
LEAD_DISCLAIMER = re.compile(rf"^\W{{0,3}}({_alternation(DISCLAIMER_LABELS)})\s*[:：.\-–—]", re.IGNORECASE)
POINTS_ON_START = re.compile(rf"^({_alternation(POINTS_ON)}){_WORD_END}", re.IGNORECASE)
LEAD_NOTICE = re.compile(rf"^\W{{0,3}}({_alternation(NOTICE_LABELS)})\s*[:：\-–—]", re.IGNORECASE)
# Affiliate and advertising disclosures: a short block saying one of these is a
# disclosure wherever it stands in the body.
AFFILIATE_SENTENCES: tuple[Gated, ...] = _family("affiliate_sentences")
AFFILIATE_TEXT = FamilyPattern(AFFILIATE_SENTENCES)
DISCLAIMER_TEXT = FamilyPattern(DISCLAIMER_SENTENCES)
# Characters that separate a lead-in from the title it introduces (full-width ones in
# Chinese and Japanese: "相关阅读：…").
SEPARATORS = ":|>»›→–—-•·：｜"

# --- share rows: "Share on Facebook Twitter WhatsApp", "Partager sur : Facebook X" ------
# The networks' names, and the buttons beside them, are the same in every language.
SOCIAL_NAMES = (
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
    "telegram",
    "mastodon",
    "instagram",
    "threads",
    "bluesky",
    "tiktok",
    "youtube",
    "xing",
    "flipboard",
    "vk",
    "vkontakte",
    "вконтакте",
    "одноклассники",
    "微信",
    "微博",
    "qq",
    "qq空间",
    "豆瓣",
    "知乎",
    "はてなブックマーク",
    "はてブ",
    "카카오톡",
    "카카오스토리",
    "페이스북",
    "트위터",
    "네이버",
    "밴드",
    "email",
    "e-mail",
    "mail",
    "print",
    "copy link",
    "link",
    "messenger",
    "sms",
)
SOCIAL_NAME = re.compile(rf"^({_alternation(SOCIAL_NAMES)})$", re.IGNORECASE)
# The networks among them, named in a sentence, and what a call to follow on them opens with.
_NOT_NETWORKS = ("email", "e-mail", "mail", "print", "copy link", "link", "sms")
NETWORKS = tuple(name for name in SOCIAL_NAMES if name not in _NOT_NETWORKS)
NETWORK = re.compile(rf"(?<!\w)({_alternation(NETWORKS)})(?!\w)", re.IGNORECASE)
LEAD_FOLLOW = re.compile(rf"^\W{{0,3}}({_alternation(languages.words('follow_words'))})(?!\w)", re.IGNORECASE)

# --- newsletter pitches without a lead-in ("Get the Brief in your inbox every morning")
NEWSLETTER_PITCHES: tuple[Gated, ...] = _family("newsletter_pitches")
NEWSLETTER_PITCH = FamilyPattern(NEWSLETTER_PITCHES)

# --- tables of contents: a label, then the section links -------------------------------
TOC: tuple[str, ...] = languages.words("toc")
# Page furniture recognised by its shape: pagination, copyright lines, image credits,
# promo codes, a lone e-mail address. The shapes of symbols and addresses are here; those
# written in words are in the language files.
FURNITURE_SHAPES: tuple[Gated, ...] = (
    # "ⓒ" (a circled c) is how Korean pages print it.
    Gated(
        r"^\W*(©|ⓒ|\(c\)|copyright)(\s*(©|ⓒ|\(c\)|copyright))?\s*(19|20)\d{2}\b",
        ("©", "ⓒ", "(c)", "copyright"),
    ),
    Gated(r"[©ⓒ]\s*\w", ("©", "ⓒ")),
    Gated(
        rf"^\W*(({languages.alternation('contact_labels')})\s*:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+\W*$",
        ("@",),
    ),
    *_family("furniture_shapes"),
)
FURNITURE = FamilyPattern(FURNITURE_SHAPES)
# A listing's result counter alone in its block: "Showing 1–24 of 291 results", "(8 results)",
# "Zeige 1–24 von 291 Ergebnissen", "共 291 个结果". Not a bare "3 Results": a paper's
# numbered section heading.
RESULT_COUNTERS: tuple[Gated, ...] = _family("result_counters")
RESULT_COUNTER = FamilyPattern(RESULT_COUNTERS)
# Template placeholders a CMS left unrendered: "[CTA_MODULE]".
TEMPLATE_TAG = re.compile(r"^\s*(\[[A-Z0-9_]{3,}\]|\{\{[^{}]{1,40}\}\})\s*$")
# Filler a template ships with and the site never replaced: "Lorem ipsum dolor sit amet,
# consectetur adipiscing elit …", "Lorem ipsum 2". It is in no language, so it is here: the
# standard passage and the words the common generators add to it. "lorem" is no Latin word
# (it is "dolorem" cut), so filler starts with it and real Latin does not.
_FILLER_TEXT = """
lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut
labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco
laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate
velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident
sunt culpa qui officia deserunt mollit anim id est laborum perspiciatis unde omnis iste
natus error voluptatem accusantium doloremque laudantium totam rem aperiam eaque ipsa quae
ab illo inventore veritatis quasi architecto beatae vitae dicta explicabo a ac at nec vel
eget nam cras nunc donec fusce morbi etiam proin quam justo sapien tellus lectus leo felis
risus nibh mi massa purus neque arcu diam lacus metus odio urna orci libero turpis ante
erat integer aenean nullam mauris curabitur maecenas praesent quisque phasellus vivamus
suspendisse vestibulum pellentesque elementum facilisis facilisi tincidunt tristique
viverra vulputate sagittis semper sodales ultrices ultricies varius volutpat porta
porttitor posuere pretium rhoncus rutrum scelerisque suscipit accumsan auctor bibendum
blandit congue convallis cursus dapibus dictum dignissim efficitur egestas eleifend
euismod faucibus fermentum feugiat finibus gravida hendrerit iaculis imperdiet interdum
lacinia laoreet lobortis luctus malesuada mattis molestie mollis ornare pharetra placerat
pulvinar condimentum fringilla ligula dui nisl tortor augue eros aliquam ullamcorper sem
tempus vehicula venenatis sollicitudin habitant senectus netus fames primis cubilia curae
hac habitasse platea dictumst natoque penatibus magnis dis parturient montes nascetur
ridiculus mus aliquet
"""
FILLER_WORDS = frozenset(_FILLER_TEXT.split())
# Words the filler made up, in no Latin: a block holding one is filler even when it does not
# open with "lorem" (the standard passage's later sentences, "Duis aute irure dolor …").
# Cicero's own sentences ("Sed ut perspiciatis unde omnis …") are real Latin and have none.
FILLER_ONLY_WORDS = frozenset(
    (
        "duis",
        "aute",
        "irure",
        "eiusmod",
        "incididunt",
        "ullamco",
        "cillum",
        "cupidatat",
        "adipiscing",
        "exercitation",
    )
)
# What every block of filler holds, looked for before a block's words are read: most pages
# have none. Substring tests of the lower-cased text: an IGNORECASE alternation of them
# cost 15 times as much, 2.5 % of the extraction.
FILLER_MARKS = ("lorem", *sorted(FILLER_ONLY_WORDS))


def has_filler_mark(text: str) -> bool:
    """Whether ``text`` holds a word every block of filler holds (``FILLER_MARKS``)."""
    folded = text.lower()
    return any(mark in folded for mark in FILLER_MARKS)


def _toc_label(alternation: str) -> str:
    return rf"^\W*({alternation})\W*$"


TOC_LABEL = re.compile(_toc_label(_alternation(TOC)), re.IGNORECASE)
# The first word of every phrase a block may start with (lead-ins, prompts, labels,
# contents labels, feedback questions): a block whose first word is none of them matches
# none of those patterns, and a set lookup is far cheaper than their thousand
# alternatives, tried on every block. Chinese and Japanese run their words together, so
# there the first character stands for the first word.
_FIRST_WORD = re.compile(r"\w+")


def _lead_key(word: str) -> str:
    return word[0] if _SPACELESS_START.match(word) else word


def _phrase_key(phrase: str) -> str:
    return _lead_key(_folded(_FIRST_WORD.findall(phrase)[0]))


LEAD_FIRST_WORDS = frozenset(_phrase_key(p) for p in (*RELATED, *PROMPTS, *LABELS, *TOC, *FEEDBACK))


def first_word(text: str) -> str:
    """The first word of ``text``, case-folded as the phrases are ("" if it has none); in
    Chinese and Japanese its first character (``LEAD_FIRST_WORDS``)."""
    found = _FIRST_WORD.search(text)
    if found is None:
        return ""
    word = found.group()
    # lower() is casefold() on ASCII, and most first words are ASCII: the cheaper call.
    return word.lower() if word.isascii() else _lead_key(_folded(word))


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for phrase in phrases:
        grouped.setdefault(_phrase_key(phrase), []).append(phrase)
    return {word: tuple(group) for word, group in grouped.items()}


# The phrases of LEAD_RELATED and LEAD_PROMPT, LABEL_START and TOC_LABEL by first word.
_LEAD_INS = _by_first_word(RELATED + PROMPTS)
_LABEL_STARTS = _by_first_word(LABELS)
_TOC_LABELS = _by_first_word(TOC)
_LEAD_WORDS = frozenset((*_LEAD_INS, *_LABEL_STARTS, *_TOC_LABELS))


def starts_with_lead(text: str) -> bool:
    """Whether LEAD_RELATED, LEAD_PROMPT, LABEL_START or TOC_LABEL matches ``text``."""
    word = first_word(text)
    return word in _LEAD_WORDS and _lead_pattern(word).match(text) is not None


@cache  # bounded: only words of _LEAD_WORDS are asked for
def _lead_pattern(word: str) -> re.Pattern[str]:
    """``starts_with_lead``'s four patterns narrowed to the phrases whose first word is
    ``word``: a phrase can only match a text that starts with its first word, and the
    union of all of them tried a thousand alternatives at the start of every block of a
    page. Compiled on first use: a page meets a few dozen of the 600 words."""
    # _WORD_END's choice is fixed by the phrase's last character (Chinese and Japanese
    # letters have no case to match another), so each phrase gets its end directly:
    # the large character classes of the full one take milliseconds to compile.
    lead_ins = _LEAD_INS.get(word, ())
    after_spaceless = tuple(p for p in lead_ins if _SPACELESS_START.match(p.strip()[-1]))
    after_word = tuple(p for p in lead_ins if p not in after_spaceless)
    shapes = (
        _lead_in(_alternation(after_spaceless), _AFTER_SPACELESS) if after_spaceless else "",
        _lead_in(_alternation(after_word), _AFTER_WORD) if after_word else "",
        _label_start(_alternation(_LABEL_STARTS[word])) if word in _LABEL_STARTS else "",
        _toc_label(_alternation(_TOC_LABELS[word])) if word in _TOC_LABELS else "",
    )
    return re.compile("|".join(shape for shape in shapes if shape), re.IGNORECASE)


# --- head and tail lines: bylines, dates, reading times -------------------------------
_MONTHS = MONTH_ALTERNATION
# Any word is a weekday here; the named ones document what is meant (a Portuguese
# "segunda-feira" holds a hyphen).
_WEEKDAY = r"(\w+-feira|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+(tag|di|dì)|\w+)"
# What a date line may start with: "Published:", "Mis à jour le", "Aktualisiert am".
DATE_LABELS: tuple[str, ...] = languages.words("date_labels")
# A time after a date: "at 10:39AM", "às 20:13", "um 9.30 Uhr", "14h05", "10:39 a.m. ET".
# "kl." (Danish, Norwegian, Swedish) and "h" are written in several languages.
# One way through the spaces before a time, so a line of spaces cannot make it backtrack.
_CLOCK = (
    # (right after a label's full-width colon, as Chinese writes it: "更新时间：10:39")
    rf"(?:\s*,\s*|\s+|T|(?<=：))(?:(?:{languages.alternation('time_prefixes')}|kl\.?)\s*)?\d{{1,2}}[:h.]\d{{2}}(?::\d{{2}})?"
    rf"(?:\s*(?:{languages.alternation('time_suffixes')}|h))?(?:\s*(?:utc|gmt|e[sd]?t|c[sd]?t|p[sd]?t|cet|cest|bst))?"
)
_TIME = rf"({_CLOCK})?"
# A word after a day-first date's year ("5 марта 2024 г.", "2024 года").
_YEAR_SUFFIX = rf"(?:\s*(?:{languages.alternation('year_suffixes')})\b\.?)?"
# Units and labels of a reading time combine across languages ("5 minutes de lecture",
# "Lesezeit: ca. 5 Minuten"): one shape, not one pattern per language.
READING_TIME = re.compile(
    r"^\W*(\d+\s*(-\s*)?(min|mins|minute|minutes|minuten|minut|минут[аы]?|мин)\.?\s*"
    r"(read|reading|lesezeit|de lecture|de lectura|de leitura|di lettura|leestijd|czytania|чтения|на чтение)"
    r"|(estimated\s+|预计|預計)?(reading time|read time|lesezeit|temps de lecture|tiempo de lectura|"
    r"tempo de leitura|tempo di lettura|leestijd|czas czytania|время чтения|время на чтение|"
    r"阅读时间|閱讀時間|阅读时长|閱讀時長|読了時間|この記事を読む時間|읽는 시간|읽기 시간)"
    r"\s*[:：]?\s*(about\s+|ca\.\s+|około\s+|около\s+|约|約|大约|大約|약)?\s*\d+\s*(-\s*\d+\s*)?"
    r"(min|mins|minute|minutes|minuten|minutos|minuti|minut|minuty|минут[аы]?|мин|分钟|分鐘|分|분)\.?"
    # "この記事は約3分で読めます": the minutes, then the verb
    r"|(この記事は)?\s*約?\s*\d+\s*分で読めます)\W*$",
    re.IGNORECASE,
)
# A date as Chinese, Japanese and Korean write it, with the day of the week or not:
# "2024年3月5日", "2024年3月5日（火）", "2024年3月5日 星期二", "2024년 3월 5일 화요일" (a month
# alone, "2024年3月", heads a timeline).
_HAN_DATE = (
    HAN_DATE
    + r"(?:\s*[（(][^（）()\s]{1,3}[）)]|\s*(?:星期|周|週)[一二三四五六日天]|\s*[월화수목금토일]요일)?"
)
# A year-first date with slashes, dots or unpadded dashes ("2024/03/05", "2024.3.5",
# "2024-3-5", Korean "2024. 3. 5."), month and day in range, and no word but a date label
# before it (the weekday's place takes any word): "Version 2023.12.1" is none.
_MONTH_NUMBER = "(?:0?[1-9]|1[0-2])"
_DAY_NUMBER = "(?:0?[1-9]|[12]\\d|3[01])"
_YEAR_FIRST = (
    rf"(?(label)|(?(weekday)(?!)))\d{{4}}(?:(?P<year_first>[-/.]){_MONTH_NUMBER}(?P=year_first){_DAY_NUMBER}"
    rf"|\.\s{_MONTH_NUMBER}\.\s{_DAY_NUMBER}\.?)(?!\d)(?:\s*[（(][^（）()\s]{{1,3}}[）)])?"
)
# A time after the date only when a label says the line is the page's own date
# ("Published June 23, 2025 10:39AM"): an event page's "Saturday, December 13, 2025 at
# 7:30 PM" is its content. (Day-first dates took a time unlabelled before, and still do.)
DATE_LINE = re.compile(
    rf"^\W*(?P<label>({_alternation(DATE_LABELS)})\s*[:：]?\s*)?(?P<weekday>{_WEEKDAY},?\s+)?"
    rf"(\d{{1,2}}(st|nd|rd|th|º)?\.?\s+(de\s+)?({_MONTHS})\.?,?\s*(de\s+)?(\d{{4}}{_YEAR_SUFFIX})?{_TIME}"
    rf"|({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s*(\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|{_YEAR_FIRST}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|{_HAN_DATE})(?(label){_TIME})\W*$",
    re.IGNORECASE,
)
# A labelled time alone on its line ("Updated at 1:23 p.m.", "Aktualisiert um 13:23 Uhr"):
# a live story's own update stamp, whose date the page prints elsewhere.
TIME_LINE = re.compile(rf"^\W*({_alternation(DATE_LABELS)})[:：]?{_CLOCK}\W*$", re.IGNORECASE)
# A byline's words alone, the name set apart (in a link the page's theme shows elsewhere).
BYLINE_WORDS_ALONE = re.compile(rf"^\W*({languages.alternation('byline_words')})\W*$", re.IGNORECASE)
# A capital opening a name: Latin or Cyrillic ("Автор: Иван Петров").
_CAPITAL = "[A-ZÀ-ÝА-ЯЁ]"
# A name in Chinese characters, or a Japanese one in kanji and kana ("佐藤 みゆき"), set
# apart from the byline word by a colon, a slash, a bar, an equals sign or a space: nothing
# else tells "作者张伟" from "作者简介" ("about the author").
_HAN_NAME = rf"[{_SPACELESS}]{{2,6}}"
# A name first and then what the writer is, as Korean prints it: "홍길동 기자", "김민지
# 특파원 (minji@example.org)", "홍길동·김민지 기자": a family name and one or two more
# syllables, so "사진 기자" or "스포츠 기자" (a job) is none; a word that opens with a
# family name's syllable ("정치부 기자") still reads as one, alone on its line.
_HANGUL_NAME = rf"(?:{languages.alternation('family_names')})[{_HANGUL}]{{1,2}}(?![{_HANGUL}])"
BYLINE_AFTER_NAME = re.compile(
    rf"^\W*{_HANGUL_NAME}([\s·,]+{_HANGUL_NAME}){{0,3}}\s*({languages.alternation('byline_suffixes')})"
    r"(\s*[(=]?\s*[\w.+-]+@[\w-]+(\.[\w-]+)+\)?)?\W*$"
)
BYLINE = re.compile(
    r"^\W*(\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+)?"
    rf"(?i:{languages.alternation('byline_words')})((\s*[:：]\s*|\s+){_CAPITAL}[\w.'’-]*(\s+{_CAPITAL}[\w.'’-]*)*"
    r"([,|·•]?\s.{0,60})?(?<![.!?])"
    rf"|(\s*[:：/／|｜=＝]\s*|\s+){_HAN_NAME}([\s、，,]+{_HAN_NAME}){{0,3}}[)）\]］】]?"
    # a Korean name after a colon ("글: 김민지"): after a space, words of prose read as names
    rf"|\s*[:：/／|｜=＝]\s*{_HANGUL_NAME}([\s·,]+{_HANGUL_NAME}){{0,3}})$"
)

# --- an author's bio after the article ------------------------------------------------
# The verb after the name: "Ann Lee is a …", "Anna Schmidt schreibt …".
_BIO_VERBS = _alternation(languages.words("bio_verbs"))
BIO_VERB = re.compile(rf"\s+({_BIO_VERBS})(?!\w)", re.IGNORECASE)
# A name (two to four words, initials and hyphens in them, credentials after a comma:
# "Angela Holliday-Bell, MD"), then a bio's verb; ``boilerplate`` checks the capitals
# (in Python: "Ł" and "Ż" are capitals that no ASCII range holds).
NAMED_BIO = re.compile(
    r"^\W*(?P<name>\w[\w'’.-]*(?:\s+\w[\w'’.-]*){1,3})(?:,\s*\w[\w.]*){0,2},?"
    rf"\s+(?:{_BIO_VERBS})(?!\w)"
)
# Words a name never starts with ("The Prime Minister is …", "Die Journalistin ist …").
ARTICLES: frozenset[str] = frozenset(languages.words("articles"))
# A role as a whole word ("author", not "authority"; inflected forms are in the data).
BIO_ROLE = re.compile(rf"(?<!\w)({_alternation(languages.words('bio_roles'))})(?!\w)", re.IGNORECASE)


def hinted(text: str, hints: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``hints`` (case-insensitive): one scan in C."""
    return _gate_opens(_hint_gate(hints), _folded(text))
