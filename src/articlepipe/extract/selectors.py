"""The words and tags by which ``content.py`` tells page furniture from the article.

Data only, compiled once; the rules that use it and their tuned thresholds live in
``content.py``. Class and id attributes are split into words at spaces, "-" and "_"
and lower-cased before they are compared with these lists.
"""

from __future__ import annotations

import re

from articlepipe.extract import languages

# --- tags ------------------------------------------------------------------------------
# Subtrees that are never article text.
SKIP_TAGS = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "math",
        "canvas",
        "nav",
        "aside",
        "footer",
        "header",
        "form",
        "button",
        "select",
        "input",
        "textarea",
        "label",
        "dialog",
        "menu",
        "figcaption",
        "picture",
        "video",
        "audio",
        "object",
        "embed",
        "map",
        "head",
        "title",
        "meta",
        "link",
    )
)
# Those among them that stand for page furniture by their place ("header", "aside"): the
# furniture marks skip them, and a box unmarked because it holds the article (a page
# builder's <header> section) is written out like any other box.
STRUCTURAL_TAGS = frozenset(("nav", "aside", "footer", "header", "form", "dialog", "menu", "figcaption"))
# --- class and id words ----------------------------------------------------------------
# Class and id words of page furniture, compared word by word: class names are split
# at spaces, "-" and "_" and lower-cased ("ad" in "ad-slot", not in "header").
FURNITURE_WORDS = frozenset(
    [
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "share",
        "sharing",
        "sharebar",
        "sharebuttons",
        "socialshare",
        "social",
        "comment",
        "comments",
        "replies",
        "respond",
        "sidebar",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "breadcrumb",
        "breadcrumbs",
        "cookie",
        "cookies",
        "consent",
        "pagination",
        "pager",
        "disqus",
        "outbrain",
        "taboola",
        "recirc",
        "footer",
        "masthead",
        "dropdown",
        "recommended",
        "sponsored",
        "popup",
        "modal",
        "readmore",
        "morestories",
        "sronly",
    ]
)
# Consent managers, named for their vendor in any language: "onetrust-banner-sdk",
# "CybotCookiebotDialog", "didomi-popup", "qc-cmp2-container", "sp_message_container".
CONSENT_VENDORS = (
    "onetrust|cookiebot|didomi|usercentrics|qc-cmp|sp_message|iubenda|cookieyes|cmplz|borlabs"
    "|osano|termly|tarteaucitron|axeptio"
)
# Two words in a row ("more-news", "sr-only"), and parts of words: image captions and
# credits however the theme spells them ("newsCaption"), and the consent managers.
FURNITURE_PAIRS = re.compile(
    r"(?<![a-z0-9])(?:sr|visually|screen|read|also|more)[-_]"
    r"(?:only|hidden|reader|more|read|next|news|stories|posts|articles|from|in|like)(?![a-z0-9])"
    r"|caption|advert|photo-?credit|image-?credit"
    rf"|{CONSENT_VENDORS}"
)
# The pane beside a forum post with its poster's rank, join date and counts (XenForo
# "message-userDetails", vBulletin "userinfo", phpBB "postprofile", Invision
# "cAuthorPane"): weak, as a profile page's "user-info" box may be the page; not
# "message-userContent", the post itself, nor "user-information" or "movie-poster-info".
WEAK_PAIRS = re.compile(
    r"(?<![a-z0-9])user[-_]?(?:info|details|extras|title|banner|stats)(?![a-z])"
    r"|(?<![a-z0-9-])poster[-_]?(?:info|details|profile)(?![a-z])"
    r"|postprofile|authorpane"
)
# Weaker words: furniture only when the element holds little prose ("post-meta" is a
# byline, but some themes put the whole article in a "meta" box).
WEAK_WORDS = frozenset(
    [
        "tag",
        "tags",
        "meta",
        "byline",
        "author",
        "bio",
        "promo",
        "banner",
        "cta",
        "toc",
        "trending",
        "popular",
        "prev",
        "next",
        "print",
        "overlay",
        "rating",
        "related",
        "btn",
        "button",
        # a forum post's signature (XenForo "message-signature", vBulletin and phpBB
        # "signature", FluxBB "postsignature", Invision "ipsEntry__signature"); weak, as a
        # shop names a product line so ("signature-collection")
        "signature",
        "postsignature",
    ]
)
# ... but a box named "signature" alone (the whole class or id token) whose whole text is a
# call signature is API documentation, however short: a name glued to its parenthesised
# parameters, after its modifiers, types and receiver, with its generics and what it
# returns or throws ("public static String join(CharSequence delimiter, CharSequence...
# elements)", "def read(path, *, encoding=None)", "func (c *Client) Do(req *Request)
# (*Response, error)", "pub fn collect<B: FromIterator<Self::Item>>(self) -> B"). A forum
# signature is other text around a parenthesis ("Home setup (2 PCs)", "BMW E46(2003),
# Audi A4(2010)"); one that is a name and a parenthesis alone ("N0CALL(ex-K1ABC)") stays.
CODE_SIGNATURE_NAMES = frozenset(("signature",))
_SIGNATURE_PARAMS = r"\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)"  # three levels of parentheses
CODE_SIGNATURE = re.compile(
    r"\s*(?:(?:[\w$.<>\[\]@:,?*&\"]+|\([^()]*\))\s+){0,8}"  # modifiers, types, a receiver
    r"(?:[&*~]?[\w$.:]+|operator\s*[^\s(]{1,3})"  # the name (Str::of, ~Widget, operator==)
    r"(?:<(?:[^<>]|<(?:[^<>]|<[^<>]*>)*>)*>|\[[^\[\]]*\])?"  # generics: <T>, [T, U any]
    + _SIGNATURE_PARAMS
    # what it returns: after "->" or ":", a tuple, or one type; then what it throws
    + r"(?:\s*(?:->|:|=>)\s*\S.{0,100}|\s*"
    + _SIGNATURE_PARAMS
    + r"|\s+[\w$.*\[\]<>&]+)?"
    r"(?:\s+throws\s+[\w$., ]+|\s+(?:const|noexcept|override|final))*\s*[;{]?\s*"
)
# Words that name the article body itself: such an element is never furniture.
CONTENT_PAIRS = re.compile(
    r"(?<![a-z0-9])(?:article|post|entry|story|main|content|rich)[-_]"
    r"(?:body|content|text)(?![a-z0-9])"
    # The signature of a function in API documentation (Javadoc "member-signature",
    # TypeDoc "tsd-signature", "method-signature"), not a forum post's signature.
    r"|(?<![a-z0-9])(?:member|method|function|call|type|tsd|api|sig)[-_]+signature(?![a-z0-9])"
)
CONTENT_WORDS = frozenset(
    [
        "articlebody",
        "postbody",
        "entrycontent",
        "postcontent",
        "articlecontent",
        "storybody",
        "maincontent",
        "prose",
    ]
)
NAME_SPLIT = re.compile(r"[\s_-]+")
# Elements whose text a reader never sees.
UNSEEN_TAGS = frozenset(("script", "style", "noscript", "template"))
# Dialogs, banners and pop-ups: furniture that is never the page, however much text it
# holds (a shop's terms of service in a modal, a consent manager's purposes). Not "cmp":
# a page builder's components are all "cmp-…".
DIALOG_WORDS = frozenset(("modal", "popup", "dialog", "lightbox"))
# An inline pop-up inside a sentence (a glossary term's tooltip, a hover card of a
# person's latest stories): shown on hover, not part of the sentence ...
POPOVER_WORDS = frozenset(("tooltip", "tooltipster", "popover", "hovercard", "rollover", "flyout", "tippy"))
POPOVER_PREFIXES = tuple(sorted(POPOVER_WORDS))
# ... unless also named for what shows it: the word or name in the sentence.
POPOVER_TRIGGER_WORDS = frozenset(("trigger", "term", "toggle", "anchor", "link", "btn", "button", "handle"))
# Consent words name a dialog only beside a word for a banner: a recipe "chocolate-chip-
# cookies" or a guide to the GDPR is content.
CONSENT_WORDS = frozenset(("cookie", "cookies", "consent", "gdpr"))
BANNER_WORDS = frozenset(
    ("banner", "notice", "bar", "overlay", "wall", "prompt", "message", "popup", "modal")
)
DIALOG_NAMES = re.compile(CONSENT_VENDORS)
DIALOG_ROLES = frozenset(("dialog", "alertdialog"))
# A link to a person's profile, by its path: the poster's name over a forum post, not
# a teaser's title. Each form names one person, by an id or a handle, so a section
# ("/members/news", "/profiles/the-woman-who-ran", "/users/guide") or a year's page
# ("/members/2024-annual-meeting", "/user/2024/") is no profile: XenForo
# "/members/ann.12/", vBulletin "/member/12-ann" and "member.php/12-ann", Stack Exchange
# "/users/12/ann", Invision "/profile/12-ann/", Drupal "/user/12", Discourse and Lemmy
# "/u/ann", Reddit "/user/ann", Mastodon "/@ann" ...
_NO_YEAR = r"(?!(?:19|20)\d\d(?:\D|$))"
PROFILE_PATH = re.compile(
    rf"(?:^|/)(?:members?/(?:[^/]*\.\d+|{_NO_YEAR}\d+(?:-[^/]*)?)|member\.php/\d+[^/]*"
    rf"|users/{_NO_YEAR}\d+(?:/[^/]+)?|profile/{_NO_YEAR}\d+(?:-[^/]*)?"
    rf"|(?:u|user)/{_NO_YEAR}[^/]+|@[\w.-]+)/?$",
    re.IGNORECASE,
)
# ... and the forum scripts that show one, by their name and query: vBulletin
# "member.php?u=12" and "member.php?12-ann", phpBB "memberlist.php?mode=viewprofile&u=2",
# SMF "index.php?action=profile;u=3".
PROFILE_SCRIPTS: dict[str, re.Pattern[str]] = {
    "member.php": re.compile(r"(?:^|[&;])(?:u|userid|username)=|^\d+-", re.IGNORECASE),
    "memberlist.php": re.compile(r"(?:^|[&;])mode=viewprofile", re.IGNORECASE),
    "index.php": re.compile(r"(?:^|[&;])action=profile", re.IGNORECASE),
}
# Class words of a link to a person (a poster's name, an author's byline): no title.
PERSON_LINK_WORDS = frozenset(("username", "author", "poster", "avatar"))
# Customers' reviews of a product and the shop's testimonials (a carousel of what customers
# say of the shop, the same under every product), by their names in the languages the rules
# know and by the widgets' vendors (Yotpo, Trustpilot, Bazaarvoice "bv_…", PowerReviews "pr-…",
# Judge.me "jdgm-…", Okendo "okeReviews", Stamped, Loox, Feefo, Reviews.io, Junip): on a
# page that sells the product they are not its description (``content._review_boxes``); on
# a review article, a buying guide or a service's page they are its text, so nothing else
# reads them.
REVIEW_WORDS = frozenset(
    (
        "review",
        "reviews",
        "avis",
        "bewertungen",
        "rezensionen",
        "opiniones",
        "resenas",
        "recensioni",
        "avaliacoes",
        "beoordelingen",
        "recenzje",
        "opinie",
        "testimonial",
        "testimonials",
        "temoignage",
        "temoignages",
        "témoignage",
        "témoignages",
        "kundenstimme",
        "kundenstimmen",
        "testimonio",
        "testimonios",
        "testimonianza",
        "testimonianze",
        "depoimento",
        "depoimentos",
        "getuigenis",
        "getuigenissen",
        "referencje",
    )
)
# ... but a box named for the description too is a theme's wrapper around the description
# and the reviews ("product-description-and-reviews", "description-testimonials-tabs").
DESCRIPTION_WORDS = frozenset(
    (
        "description",
        "beschreibung",
        "produktbeschreibung",
        "descripcion",
        "descrizione",
        "descricao",
        "beschrijving",
        "opis",
    )
)
# A vendor's name opens a class token ("jdgm-widget", "bv_main_container", "BVRRContainer"):
# "time-stamped-entry" and "juniper-gin" name none.
REVIEW_VENDORS = re.compile(
    r"(?:^|\s)(?:yotpo|trustpilot|bazaarvoice|bv[-_]|bvrr|powerreviews|pr-rd-|jdgm|judgeme|okereviews"
    r"|stamped-|loox-|feefo|reviewsio|junip-)"
)
# Furniture words that name the posts of a discussion: under an article they are
# furniture, but the posts of a thread are its page (``content._unmark_pages``).
POST_WORDS = frozenset(("comment", "comments", "reply", "replies", "answer", "answers"))
# A post of a discussion as the page's microdata declares it (schema.org types and the
# properties that hold a post): a box holding one is a thread's post or a comment, never
# a teaser for another page, however short (a reply of one line under its author's
# linked name and avatar).
POST_ITEM_TYPES = frozenset(("Comment", "Answer", "DiscussionForumPosting"))
POST_ITEM_PROPS = frozenset(("comment", "suggestedAnswer", "acceptedAnswer"))
# --- structure --------------------------------------------------------------------------
# Containers of the article itself, whatever their classes say.
NEVER_NAMED_FURNITURE = frozenset(("body", "html", "article", "main"))
# CMS classes naming the post's categories and tags ("tag-social-media", "category-ads").
TAXONOMY_PREFIXES = (
    "category-",
    "tag-",
    "tags-",
    "format-",
    "status-",
    "type-",
    "postid-",
    "has-",
    "product_cat-",
    "product_tag-",
)
# Whole class names that hide an element ("field--label-hidden" hides only a label).
HIDDEN_CLASSES = frozenset(("hidden", "hide", "is-hidden", "d-none", "invisible", "visually-hidden"))
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Disclosure widgets (``disclosure``): the attributes by which a control names the panel
# it opens (WAI-ARIA, Bootstrap 5 and 4), the role of a tab, and Bootstrap's toggles that
# open a panel of the page's text (a "modal" or "dropdown" toggle opens none) ...
DISCLOSURE_TARGET_ATTRIBUTES = ("aria-controls", "data-bs-target", "data-target")
DISCLOSURE_ROLES = frozenset(("tab",))
DISCLOSURE_TOGGLES = frozenset(("collapse", "tab", "pill"))
# A button asking a question (its text ends in a question mark: Latin, full-width,
# Arabic, the Greek sign) beside a box of text is an accordion's question even when no attribute
# names its panel (``disclosure.question_buttons``); this many words at least, so that a
# "Help?" is none.
QUESTION_END = re.compile("[?\uff1f\u061f\u037e]\\s*$")
QUESTION_MIN_WORDS = 3
# ... and the roles of what a pop-up control opens instead: a menu, a list to choose
# from, a dialog (a sign-in form, a cookie manager), a tooltip. A control with
# ``aria-haspopup`` opens one of them, and so does a combobox.
POPUP_ROLES = frozenset(
    ("menu", "menubar", "listbox", "dialog", "alertdialog", "tooltip", "tree", "grid", "combobox")
)

# A section of frequently asked questions after the article is part of it, even when the
# theme puts it in a box of its own beside the article's column.
FAQ_HEADING = re.compile(rf"^\W*({languages.alternation('faq_headings')})\b", re.IGNORECASE)
# A summary box ("Key takeaways", "TL;DR") before the article is part of it; the WCXB
# ground truth keeps it on 31 of 39 pages that have one.
SUMMARY_HEADING = re.compile(rf"^\W*({languages.alternation('summary_headings')})\W*$", re.IGNORECASE)
