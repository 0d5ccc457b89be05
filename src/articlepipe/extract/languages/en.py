"""English."""

# The patterns quote the apostrophe sites really use, the typographic one too.
# ruff: noqa: RUF001

from __future__ import annotations

PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "more like this",
        "browse related articles",
        "you may be interested in",
        "you might be interested in",
        "you may also be interested in",
        "related reads",
        "more to explore",
        "explore more",
        "what to read next",
        "read this next",
        "up next",
        "also on",
        "further reading",
        "also check",
        "also check out",
        "also read",
        "read also",
        "read more",
        "read next",
        "see also",
        "related",
        "related article",
        "related articles",
        "related posts",
        "related post",
        "related stories",
        "related story",
        "related content",
        "related reading",
        "related news",
        "related coverage",
        "related links",
        "related topics",
        "you may also like",
        "you might also like",
        "you may like",
        "you might like",
        "recommended",
        "recommended for you",
        "recommended reading",
        "recommended articles",
        "more from",
        "more on this",
        "more on this topic",
        "more stories",
        "more news",
        "more articles",
        "don't miss",
        "do not miss",
        "trending",
        "trending now",
        "popular posts",
        "popular articles",
        "popular stories",
        "most popular",
        "most read",
        "keep reading",
        "continue reading",
        "next article",
        "previous article",
        "editor's picks",
        "top stories",
        "other posts",
        "more posts",
        "other articles",
        "other stories",
        "you may also enjoy",
        "you might also enjoy",
        "you may enjoy",
        "you might enjoy",
        # a list of the site's latest posts after the article
        "recent posts",
        "recent articles",
        "recent stories",
        "latest posts",
        "latest articles",
        "latest stories",
    ),
    # Words consent small print names (the terms it binds the reader to).
    "consent_terms": (
        "privacy",
        "terms",
        "policy",
        "unsubscribe",
        "opt out",
        "opt-out",
        "rates may apply",
        "consent",
    ),
    "consent": (
        "by signing up, you agree",
        "by signing up you agree",
        "by subscribing, you agree",
        "by subscribing you agree",
        "by submitting this form",
        "by submitting your email",
        "by submitting your information",
        "by clicking sign up",
        "by clicking subscribe",
        "by providing your number",
        "by providing your phone number",
        "by entering your email",
    ),
    "prompts": (
        "subscribe to get",
        "subscribe to receive",
        "subscribe to access",
        "subscribe to this site",
        "subscribe to this blog",
        "get the latest news",
        "get the latest updates",
        "get the latest stories",
        "fill out the form below",
        "fill out the form for",
        "fill out this form",
        "subscribe to our",
        "subscribe to my",
        "subscribe to the newsletter",
        "please consider supporting",
        "tell your friends",
        "refer a friend",
        "share with your friends",
        "get a free quote",
        "get a quote",
        "request a quote",
        "request a free quote",
        "book a demo",
        "book a free",
        "schedule a demo",
        "schedule a call",
        "join the facebook group",
        "join our facebook group",
        "join our community",
        "help me spread the word",
        "help us spread the word",
        "please share this",
        "advertisement:",
        "sponsored:",
        "this story is funded",
        "this article is exclusive to",
        "already have an account",
        "view this post on instagram",
        "view all posts by",
        "thank you for downloading",
        "thanks for downloading",
        "fill out the form to get",
        "fill out the form to download",
        "fill out the form to receive",
        "fill out this form to get",
        "join my patreon",
        "join our patreon",
        "support us on patreon",
        "support our mission",
        "this article was originally written by",
        "this article originally appeared",
        "this story originally appeared",
        "republish our articles",
        "republish this article",
        "republish this story",
        "contact staff writer",
        "contact the author at",
        "see all posts by",
        "view all articles by",
        "more posts by",
        "all posts by",
        "view this profile on instagram",
        "a post shared by",
        "unlock this article",
        "unlock this story",
        "unlock full access",
        "already a subscriber",
        "subscribe to continue",
        "to continue reading",
        "create a free account",
        "get started with",
        "start your free trial",
        "try it free",
        "start free trial",
        "enjoyed this",
        "did you enjoy this",
        "we need your help",
        "support our work",
        "support our journalism",
        "become a member",
        "if you liked this",
        "if you enjoyed this",
        "did you make",
        "leave a star rating",
        "contact us today",
        "call us today",
        "talk to our",
        "request a free",
        "follow her on",
        "follow him on",
        "follow them on",
        "follow me on",
        "have a tip",
        "got a tip",
        "send us your",
        "send us a tip",
        "click here to",
        "click here for",
        "be the first to know",
        "thanks for signing up",
        "thank you for signing up",
        "thanks for subscribing",
        "thank you for subscribing",
        "there was an error processing your subscription",
        "get the app",
        "get our app",
        "subscribe for",
        "join our mailing list",
        "sign up for our",
        "sign up for free",
        "sign up to receive",
        "sign up to get",
        "download our app",
        "download the app",
        # share, follow, newsletter, cookies, "to top"
        "share this article",
        "share this story",
        "share this post",
        "share this page",
        "share on",
        "share via",
        "share article",
        "follow us",
        "follow us on",
        "sign up for our newsletter",
        "sign up to our newsletter",
        "sign up for the newsletter",
        "subscribe to our newsletter",
        "subscribe now",
        "get our newsletter",
        "join our newsletter",
        "newsletter signup",
        "back to top",
        "scroll to top",
        "we use cookies",
        "this site uses cookies",
        "this website uses cookies",
        "click here to subscribe",
        "like us on facebook",
        # a shop's button under a product in a buying guide
        "buy now from our",
        "buy now from one of our",
        "buy from one of our",
        # whether the reader liked the article, before a request to share it
        "like this story?",
        "like this article?",
        "liked this story?",
        "liked this article?",
        "love this story?",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "was this article helpful",
        "was this page helpful",
        "was this post helpful",
        "was this guide helpful",
        "was this information helpful",
        "was this answer helpful",
        "was this review helpful",
        "did you find this article helpful",
        "did you find this page helpful",
        "did you find this helpful",
        "how was this issue",
        "how was this article",
        "how was this newsletter",
        "how would you rate this article",
        "how would you rate this issue",
        "rate this article",
        "how useful was this post",
        "how useful was this article",
        "how helpful was this post",
        "how helpful was this article",
        "how helpful was this page",
        # the lines of a post's star-rating widget (a popular WordPress plugin's defaults)
        "click on a star to rate it",
        "no votes so far! be the first to rate this post",
        "we are sorry that this post was not useful for you",
        "let us improve this post",
        "tell us how we can improve this post",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "yes",
        "no",
    ),
    "labels": (
        # a publishing platform's prompt under each picture
        "press enter or click to view image in full size",
        # a skip link to the content, as themes print it in this language
        "jump to content",
        "jump to navigation",
        "back to navigation",
        "why trust us",
        "why you can trust us",
        "why trust me",
        "advertiser disclosure",
        "advertising policy",
        "advertising disclosure",
        "jump to the list",
        "skip to the list",
        "skip to recipe",
        "jump to recipe",
        "print recipe",
        "print this page",
        "show caption",
        "active deal",
        "contents hide",
        "table of contents hide",
        "hide caption",
        "toggle caption",
        "download now",
        "thanks for visiting",
        "thank you for visiting",
        "print this article",
        "print article",
        "like this",
        "like loading",
        "likeloading",
        "loading",
        "add as preferred source",
        "add us as a preferred source",
        "pin this for later",
        "share it",
        "you are signed out",
        "posted on",
        "posted in",
        "updated at",
        "updated on",
        "published on",
        "last updated",
        "contact us",
        "partner links",
        "share your story",
        "about the author",
        "sorry",
        "you're all set",
        "you are all set",
        "success",
        "sign up",
        "sign in",
        "log in",
        "login",
        "register",
        "newsletter",
        "newsletters",
        "book a demo",
        "request a demo",
        "request a quote",
        "get a quote",
        "get a free quote",
        "get started",
        "get started today",
        "see packages",
        "view on amazon",
        "check price",
        "buy now",
        "shop now",
        "back to blog",
        "back to news",
        "share post",
        "share this post",
        "pin for later",
        "pin it",
        "pin",
        "privacy policy",
        "terms of use",
        "copyright",
        "tags",
        "home",
        "search",
        "load more",
        "show more",
        "see more",
        "view all",
        "see all",
        "advertisement",
        "sponsored",
        "sponsored content",
        "ad",
        "ads",
        "comments",
        "leave a comment",
        "leave a reply",
        "share",
        "share:",
        "share this",
        "copy link",
        "copy the link",
        "skip to content",
        "skip to main content",
        "subscribe",
        "to top",
        "go to top",
        "top of page",
        "back to top",
        "scroll to top",
        # a sponsor's label over its logo
        "in partnership with",
        "presented by",
        "sponsored by",
        "brought to you by",
        "paid partnership",
        "in association with",
        # a shop's price button in a buying guide, alone in its block
        "check latest price",
        "see price",
        "view price",
        "view deal",
        "see deal",
        # a role printed above or below an author's bio
        "contributing writer",
        "staff writer",
        "senior writer",
        "freelance writer",
        "contributing editor",
        "senior editor",
        "executive editor",
        "editor in chief",
        "editor-in-chief",
        "guest author",
        "view author page",
        "view author profile",
        # a buying guide's link to its full review
        "best prices today",
        "read full review",
        "read our full review",
        "read the full review",
        "read reviews",
        # a shop's review widget
        "see all reviews",
        "read all reviews",
        "show all reviews",
        "write a review",
        "verified buyer",
        "verified purchase",
        "verified reviewer",
        # a quoted post's expander
        "click to expand",
        "click to shrink",
        # a forum post's author rank
        "member",
        "new member",
        "well-known member",
        "senior member",
        "junior member",
        "active member",
        "full member",
        "registered user",
        "joined",
        "premium member",
        "supporting member",
        "gold member",
        "platinum member",
        "veteran member",
        "elite member",
        "staff member",
        "moderator",
        "super moderator",
        "administrator",
        # a question-and-answer site's prompts, alone in their block
        "start asking to get answers",
        "see similar questions with these tags",
        "explore related questions",
        # a thread's first poster, named so beside each of their posts
        "thread starter",
        "topic starter",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "add to cart",
        "add to bag",
        "add to basket",
        "add to wishlist",
        "add to wish list",
        "add to favorites",
        "add to favourites",
        "add to compare",
        "compare",
        "quick shop",
        "quick view",
        "quick add",
        "sold out",
        "out of stock",
        "in stock",
        "select options",
        "choose options",
        "notify me when available",
    ),
    "disclaimer_labels": (
        "advertiser disclosure",
        "affiliate disclosure",
        "ftc disclosure",
        "disclaimer",
        "medical disclaimer",
        "health disclaimer",
        "legal disclaimer",
    ),
    "notice_labels": (
        "note",
        "please note",
        "important",
        "important notice",
    ),
    "toc": (
        "table of contents",
        "in this article",
        "on this page",
        "jump to",
        "jump to section",
        "skip to",
        "summary of contents",
    ),
    "points_on": (
        "the following",
        "these",
        "below",
    ),
    "faq_headings": (
        "faq",
        "faqs",
        "frequently asked questions",
    ),
    "summary_headings": (
        "key takeaways",
        "key takeaway",
        "takeaways",
        "tl;dr",
        "tl; dr",
        "tldr",
        "tl dr",
        "in brief",
        "at a glance",
        "key points",
        "the bottom line",
    ),
    # What a date line may start with.
    "date_labels": (
        "updated",
        "updated on",
        "last updated",
        "last updated on",
        "published",
        "published on",
        "first published",
        "posted",
        "posted on",
        "modified",
        "last modified",
        "on",
    ),
    "months": (
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ),
    # Written with or without a full stop ("Sept. 5", "5 Dec 2024").
    "month_abbreviations": (
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ),
    # Between a date and its time ("March 5, 2024 at 10:39").
    "time_prefixes": (
        "at",
    ),
    # After the time ("10:39 a.m.").
    "time_suffixes": (
        "am",
        "pm",
        "a.m.",
        "p.m.",
    ),
    # What a byline starts with, before the name ("Written by Ann Lee").
    "byline_words": (
        "by",
        "written by",
        "posted by",
        "published by",
        "reviewed by",
        "medically reviewed by",
        "fact-checked by",
        "fact checked by",
        "edited by",
    ),
    # Before an e-mail address alone in a block ("Contact: desk@example.org").
    "contact_labels": (
        "email",
        "e-mail",
        "contact",
    ),
    # An author's bio after the article opens with the name and one of these.
    "bio_verbs": (
        "is a",
        "is an",
        "is the",
        "was a",
        "was an",
        "has written",
        "has been",
        "has covered",
        "writes",
        "covers",
        "joined",
        "lives",
        "specializes",
        "specialises",
        "holds",
        "brings",
    ),
    # What a bio calls its subject (one not named in the byline must say one).
    "bio_roles": (
        "writer",
        "editor",
        "journalist",
        "reporter",
        "author",
        "contributor",
        "correspondent",
        "columnist",
        "blogger",
        "content creator",
        "freelance",
    ),
    # Words a name never starts with: "The Prime Minister is a critic …" is no bio.
    "articles": (
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "our",
        "my",
        "his",
        "her",
        "their",
    ),
    # A call to follow someone on social networks opens with one of these (two networks
    # named make it a prompt: "Follow the Opinion section on Facebook, X and Instagram").
    "follow_words": (
        "follow",
    ),
    "disclaimer_sentences": (
        # An opinion piece's note that its views are the author's, opening its sentence and said
        # of the page, the site or its authors ("The views expressed in this article are those
        # of the author and do not necessarily reflect …", "Opinions expressed by Forbes
        # Contributors are their own"); "The company said the views expressed in the video do
        # not reflect its values" is a story's.
        (r"(?:^\W*|(?<=[.!?] ))(?:the |any |all )?(?:views|opinions)(?: and (?:views|opinions))? expressed"
         r"(?: (?:in|on|within|throughout) (?:this|these|the"
         r"|our|my) (?:article|post|blog post|blog|column|op-ed"
         r"|piece|site|website|publication|newsletter|podcast|guest post)s?| here(?:in)?"
         r"| by (?:the |our )?(?:[\w.&'’-]+ ){0,3}?(?:authors?|contributors?|bloggers?|columnists?)"
         r"(?: (?:of|on|in|to) (?:this|the|our) (?:article|post"
         r"|blog|site|website|column|podcast|newsletter))?)?"
         r",? (?:(?:are|is) (?:solely |entirely |strictly |only )?(?:those of (?:the |its |their )?"
         r"(?:authors?|writers?|contributors?)|the (?:author"
         r"|writer)s?['’]s? own|(?:their|my|his|her|our) own)"
         r"|(?:do not|does not|don['’]t|doesn['’]t) (?:necessarily )?(?:reflect|represent) (?:the |those"
         r"|any )?(?:views?|opinions?|positions?|polic(?:y|ies)|official)?)",
         ("expressed",)),
        # a site's sourcing and editorial-process note ("… uses only high-quality sources,
        # including peer-reviewed studies, to support the facts within our articles. Read our
        # editorial process to learn more about how we fact-check …")
        (r"\b(?:read|reading|visit|see|explore|check out|learn more about) our editorial "
         r"(?:process|policy|policies|guidelines|standards|principles)\b", ("editorial",)),
        (r"\buses only high[- ]quality sources\b", ("quality sources",)),
        # (how the site fact-checks, not how a review tests: "… to learn more about how we test
        # website builders" points to the review's own method)
        (r"\bto learn more about how we (?:fact[- ]check|source|verify)\b", ("learn more about how we",)),
        (r"(?:^\W*|(?<=[.!?] ))our editors (?:frequently|regularly"
         r"|periodically|continually|constantly) (?:make updates to"
         r"|update|review|revisit) (?:this |our |the )?(?:articles?|lists?|guides?|content|round-?ups?)\b",
         ("our editors",)),
        # a transcript's note ("This is a rush transcript. Copy may not be in its final form.",
        # "This transcript was automatically generated"); "A clerk said the transcript may
        # contain errors" is a story's
        (r"(?:^\W*|(?<=[.!?] ))(?:this|the following) (?:is an? (?:rush"
         r"|computer-generated|automated|machine-generated) "
         r"transcript|transcript (?:was|has been|is) (?:automatically|machine|computer|auto)[- ]?generated)",
         ("transcript",)),
        (r"\b(?:accuracy|availability) (?:and (?:accuracy"
         r"|availability) )?of (?:\w+ ){0,2}transcripts may vary\b",
         ("transcripts",)),
        (r"(?:^\W*|(?<=[.!?] ))(?:transcript text|this text"
         r"|copy) may (?:not be in (?:its|their) final form|be (?:revised|updated))",
         ("transcript text", "this text", "copy")),
        # licences, investment and deposit notices
        (r"\blicensed under a creative commons", ("licensed",)),
        (r"\b(all )?investing (is subject to|involves) risk", ("investing",)),
        (r"\bpast performance (is no|does not|is not)", ("past performance",)),
        (r"\bnot fdic insured|\bnot insured by the fdic", ("fdic",)),
        (r"for (general )?information(al)? purposes only", ("information",)),
        (r"(is|are) not (intended to be |meant to be )?(a substitute|a replacement) for "
         r"(professional )?(medical|legal|financial) advice", ("advice",)),
        (r"(should|must) not be (considered|construed|taken|used) as (a substitute for )?"
         r"(professional )?(medical|legal|financial) advice", ("advice",)),
        (r"does not (constitute|provide) (professional )?(medical|legal|financial) advice", ("advice",)),
        (r"\bas a substitute for (\w+ ){0,3}(medical|legal|financial|professional) "
         r"(advice|care|diagnosis|treatment)", ("substitute",)),
        (r"not intended to (diagnose|treat|cure|prevent)", ("not intended to",)),
        # "for educational purposes" is a disclaimer only beside a denial of the advice it disclaims
        (r"for (general )?educational( and informational)? purposes\b"
         r"(?=.{0,200}\b(not|no|never)\b.{0,60}\b(advice|substitute|replace|diagnos|treat))",
         ("educational",)),
        # "… does not replace your doctor's advice", "the advice of a physician"
        (r"(does not|doesn['’]t|should not|is not meant to|is not intended to) replace "
         r"(the |a |your )?((\w+ ){0,2}(advice|care|consultation|diagnosis|visit|examination)s? "
         r"(of|from|with|by|to) (a |an |your |the )?(\w+ ){0,2}(doctor|physician|healthcare|"
         r"health care|medical|"
         r"professional|pharmacist|provider)|(doctor|physician|pharmacist|healthcare provider|"
         r"provider)['’]?s? "
         r"(advice|care|consultation))", ("replace",)),
    ),
    "newsletter_pitches": (
        (r"\bget (email )?updates from (this|the|our) (writer|author|blog|site)\b", ("updates from",)),
        (r"^\W*(join|get|sign up for|subscribe to)\b.{0,40}\bnewsletters?\b", ("newsletter",)),
        (r"^\W*(\w+\W+){0,5}newsletter\W*$", ("newsletter",)),
        (r"\b(get|receive|delivered|sent|straight|right|directly)\b.{0,40}\b(in|to|into) your inbox\b",
         ("inbox",)),
        (r"\bkeep an eye on your inbox\b", ("inbox",)),
    ),
    "affiliate_sentences": (
        (r"\bas an amazon associate\b", ("associate",)),
        (r"\b(we|i)\b[^.]{0,40}\b(earn|receive|get|make)\b[^.]{0,25}"
         r"\b(commissions?|compensation|from qualifying purchases)\b",
         ("commission", "compensation", "qualifying purchases")),
        (r"\b(contains?|includes?|uses?|through( our)?) affiliate links?\b", ("affiliate",)),
        (r"\bchosen independently by our editors", ("editors",)),
        (r"\b(is|are) supported by (commissions|affiliate)", ("supported by",)),
    ),
    "result_counters": (
        # ("Showing 1-24 of 291 results", "Results 1-20 of 300", "(8 results)", "1,072 results")
        (r"^\W*(?:"
         r"(?:showing|displaying|viewing)(?:\s+all)?(?:\s*:)?\s+(?:\d+(?:[,. ]\d{3})*\s*"
         r"(?:[-\u2013]|to)\s*)?\d+(?:[,. ]\d{3})*(?:\s+(?:of|out of)\s+\d+(?:[,. ]\d{3})*)?(?:"
         r"\s+(?:results?|items?|products?|entries|matches))?(?:\s+for\s+\S.{0,60})?"
         r"|showing the single result"
         r"|loaded\s+\d+(?:[,. ]\d{3})*\s+(?:results?|items?|products?)"
         r"|\d+(?:[,. ]\d{3})*\s+(?:results?|items?|products?|matches)\s+found"
         r"|(?:results?|items?|products?|entries|matches)\s+\d+(?:[,. ]\d{3})*\s*"
         r"(?:[-\u2013]|to)\s*\d+(?:[,. ]\d{3})*\s+(?:of|out of)\s+\d+(?:[,. ]\d{3})*"
         r"|\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|to)\s*\d+(?:[,. ]\d{3})*\s+(?:of|out of)\s+\d+"
         r"(?:[,. ]\d{3})*\s+(?:results?|items?|products?|entries|matches)"
         r"|(?:\d{1,3}(?:[,. ]\d{3})+|\d{5,})\s+(?:results?|items?|products?|entries|matches)"
         r"|\(\s*\d+(?:[,. ]\d{3})*\s+(?:results?|items?|products?|entries|matches)\s*\)"
         r")\W*$",
         ("showing", "displaying", "viewing", "result", "item", "product", "entries", "match")),
    ),
    "furniture_shapes": (
        # a question-and-answer site's prompts under a question, with the site's own words
        # after the question: "Not the answer you're looking for, I know, but …" is a post's
        (r"^\W*not the answer you['’]re looking for\?\s*browse other questions tagged\b[^\n]{0,300}$",
         ("browse other questions",)),
        (r"^\W*know someone who can answer\?\s*share a link to this question\b[^\n]{0,200}$",
         ("share a link to this question",)),
        # a forum member box's labels alone ("Trophy Points:", "Best Answers:"), a post's reaction
        # tally ("Like x 2"), an attachment's link ("View attachment 2028258") and an ad shown
        # to guests only ("Advertisement (gone after registration)")
        (r"^\W*(?:trophy points|best answers|reaction score|likes received)\s*:\s*$",
         ("trophy points", "best answers", "reaction score", "likes received")),
        (r"^\W*(?:like|agree|thanks|love|haha|informative|useful|funny|winner)\s*[x×]\s*\d+\W*$",
         ("like", "agree", "thanks", "love", "haha", "informative", "useful", "funny", "winner")),
        (r"^\W*(?:view attachment \d+\s*)+$", ("view attachment",)),
        (r"^\W*advertisement\W+(?:\(gone after registration\)"
         r"|(?:registered )?members don['’]t see this ad)\W*$",
         ("advertisement",)),
        # an edit note with its date first ("Edited April 18, 2024 by Ann"), the name a few
        # words without a comma, a day before the year: "Edited in 1925 by Maxwell Perkins, the
        # novel …" is prose, "Edited in 1925 by Maxwell Perkins." a credit
        (r"^\W*(?:edited) (?=[^\n!?]{0,30}?\b\d{1,2}\b)"
         r"[^\n!?]{0,30}?\b(?:19|20)\d\d\b(?:,? [^\n!?]{0,12}?\d{1,2}[:.h]\d{2}"
         r"(?: ?[ap]m)?)? by [^\s,.!?]+(?: [^\s,.!?]+){0,2}(?: \(see edit history\))?\W*$",
         ("edited",)),
        # a forum engine's edit note with the time in brackets ("Last edited by Ann (2024-08-03
        # 11:02:20)"); "Last edited by her son (born 1961)" is a bracketed aside
        (r"^\W*last edited by [^()\n]{1,40} \(\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?\)\W*$", ("last edited",)),
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*(?:(?:you )?(?:must|need to|have to) (?:be )?"
         r"|please )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|register(?:ed)?"
         r"|be a (?:registered )?member)(?: or (?:log ?in|sign ?in"
         r"|register|sign up))? (?:first )?to (?:reply|answer"
         r"|comment|post|leave a comment|post a comment|post a reply|join the (?:discussion|conversation)"
         r"|view (?:this|the) (?:thread|attachment|content"
         r"|image)s?)(?: (?:here|to this (?:topic|thread|question|post)"
         r"|this (?:question|topic|thread)))?\W*$",
         ("log in", "login", "logged", "sign in", "signin", "signed", "register", "member")),
        (r"^\W*(?:this (?:thread|topic|discussion|question) (?:is"
         r"|has been|was) (?:now )?(?:closed|locked|archived)"
         r"(?: and (?:is )?closed)?(?: to (?:further|new) (?:replies"
         r"|comments|answers))?|not open for further replies"
         r"|closed to (?:further|new) replies)\W*$",
         ("closed", "locked", "archived", "further replies")),
        # a post's edit note ("Last edited: Jul 10, 2007", "Last edited by Ann; 07-10-2007 at 10:45 AM.")
        (r"^\W*last edited(\s*:|\s+by\b|\s+on\b)"
         r"(?:[^.!?]|\.\d|\d\.(?=\s)|\s(?-i:[a-zà-ÿąćęłńóśźż]{2,4})\.(?=\s)){0,60}\d"
         r"(\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?"
         r"(?:,\s*edited \d+ times? in total)?\.?\s*$",
         ("last edited",)),
        # a forum post's signature from a phone app, naming the device (a word for a phone or
        # tablet, a model with a digit) or the app it was sent with ("Sent from my iPhone
        # using Tapatalk"), and its author's join date ("Join Date: Aug 2008")
        (r"^\W*(?:sent from my\s++(?:[^\s.!?]*?(?:phone|pad|droid|galaxy|pixel)"
         r"|(?=[^\s.!?]*\d)(?-i:(?=[^\s.!?]*[A-Z]))[^\s.!?]++)[^\s.!?]*+(?:\s+[^\s.!?]++){0,4}"
         r"|sent from my\s++[^\s.!?][^.!?]{0,59}?\s+using\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,3})\s*$",
         ("sent from my",)),
        # ("join date" and its colon: one run of white space between them, not two, or a page
        # of white space after "Join Date" is split every way)
        (r"^\W*(join date(?:\s*:)?|(joined|member since|registered)\s*:)"
         r"\s*(?:(\S+\s+){0,2}\S*\b(19|20)\d\d\b|(19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})\W*$",
         ("join", "member since", "registered")),
        # a placeholder a script fills in ("Loading prices for your region…"); a phrasal
        # verb is a narrative's ("Loading up the truck…")
        (r"^\W*(loading|fetching)(?!\s+(?:up|down|into|onto|out|off|back|away)(?![\w-]))(\s+[^\s.…]+){0,5}\s*(…|\.\.\.)\W*$",
         ("loading", "fetching")),
        # pagination
        (r"^\W*page \d+ of \d+\W*$", ("page",)),
        # a star-rating widget's tally ("Average rating 4.5 / 5. Vote count: 2")
        (r"^\W*average rating:?\s*\d+(?:[.,]\d+)?\s*/\s*\d+\.?\s*vote count:?\s*\d+\W*$", ("vote count",)),
        # copyright lines, image credits
        (r"\ball rights reserved\b", ("rights reserved",)),
        (r"^\W*(feature[ds]?|featured|header|cover|top|lead)?\s*(image|photo|picture|illustration)s?"
         r"( credits?)?\s*((by|via|courtesy)\s|:\s*\S+(\s+\S+){0,5}\W*$)",
         ("image", "photo", "picture", "illustration")),
        (r"^\W*credits?\s*:\s*\S+(\s+\S+){0,5}\W*$", ("credit",)),
        # promo codes
        (r"\b(use|with|enter) (the )?(promo |coupon |discount )?code\b.{0,30}\b(off|discount|free)\b",
         ("code",)),
        (r"^\W*(use )?(the )?(promo|coupon|discount) code:?\s+[\w-]+(\s+or\s+[\w-]+)?\W*$", ("code",)),
        (r"\b\d+\s?(%|\$|€|£)?\s?off\b.{0,40}\bcode\b", ("code",)),
        (r"\bup to \d+\s?% off\b.{0,60}(today|now|!)", ("%",)),
        # a tag line under the article (a full stop makes it a sentence)
        (r"^\W*(tags|tagged|tagged with|tagged as|filed under) ?:\s*[^.!?:\n]{1,150}$",
         ("tags:", "tags :", "tagged", "filed under:", "filed under :")),
        # view counters
        (r"^\W*\(?\s*visited [\d,.]+ times?(,\s*[\d,.]+ visits? today)?\s*\)?\W*$", ("visited",)),
        (r"^\W*[\d,.]+\s*[km]? (page )?views\W*$", (" views",)),
        # a shop's button: "Check price on Amazon", "Buy at Walmart"
        (r"^\W*(check|see|view|compare)\s+(the\s+)?(latest\s+|current\s+)?(price|prices|deal|deals)"
         r" (on|at)\s+\S+(\s+\S+){0,2}\W*$",
         ("price on", "price at", "prices on", "prices at", "deal on", "deal at", "deals on", "deals at")),
        (r"^\W*(buy|shop|view) (on|at)\s+\S+(\s+\S+)?\W*$",
         ("buy on", "buy at", "shop on", "shop at", "view on", "view at")),
        # an A-to-Z menu's entry ("Conditions A to Z")
        (r"^\W*(\w+\s+){0,3}(a-z|a–z|a to z)\W*$", ("a-z", "a–z", "a to z")),
        # a forum post's counters and buttons: "1,076 posts", "518 helpful votes", "Posts: 98"
        (r"^\W*\d[\d,.]*\s*[km]?\s+(posts?|messages?|helpful\s+votes?|likes?|reactions?|upvotes?|kudos)\W*$",
         ("post", "message", "vote", "like", "reaction", "kudos")),
        (r"^\W*(posts|messages|reaction score|likes received)\s*:\s*\d[\d,.]*\W*$",
         ("posts", "messages", "reaction score", "likes received")),
        (r"^\W*(report|flag)\s+(this\s+)?(post|comment|message|reply|review|abuse|spam"
         r"|inappropriate content|as inappropriate)\W*$",
         ("report", "flag")),
    ),
}  # fmt: skip
