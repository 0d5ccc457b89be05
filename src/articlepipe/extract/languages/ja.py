"""Japanese."""

# Full-width punctuation is how Japanese is written.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

# Japanese writes no spaces between words: as in Chinese (``zh.py``), a phrase is read
# only where punctuation, a space or the end of the block follows it, and patterns use
# no "\b" beside a kana or kanji.
PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "関連記事",
        "関連する記事",
        "関連リンク",
        "関連ニュース",
        "あわせて読みたい",
        "合わせて読みたい",
        "あわせて読む",
        "こちらもおすすめ",
        "こちらもオススメ",
        "こちらの記事もおすすめ",
        "おすすめ記事",
        "オススメ記事",
        "人気記事",
        "人気の記事",
        "こんな記事も読まれています",
        "この記事を読んだ人はこんな記事も読んでいます",
        "関連記事はこちら",
        "おすすめの記事",
        "こちらの記事も読まれています",
        "もっと見る",
        "続きを読む",
        "次の記事",
        "前の記事",
        # a list of the site's latest posts after the article
        "最新記事",
        "新着記事",
    ),
    # Words consent small print names (the terms it binds the reader to).
    "consent_terms": (
        "プライバシーポリシー",
        "個人情報保護方針",
        "利用規約",
    ),
    "consent": (
        "登録することで",
        "送信することで",
        "このサイトを引き続き利用することで",
    ),
    "prompts": (
        "この記事をシェアする",
        "この記事をシェア",
        "記事をシェアする",
        "シェアする",
        "フォローする",
        "フォローしてください",
        "メルマガ登録",
        "メールマガジン登録",
        "ニュースレター登録",
        "この記事が気に入ったらシェアしよう",
        "ページトップへ",
        "ページトップへ戻る",
        "トップに戻る",
        "topへ戻る",
        "ページの先頭へ",
        "ページの先頭へ戻る",
        "トップへ戻る",
        "先頭に戻る",
        "当サイトではcookieを使用しています",
        "当サイトではクッキーを使用しています",
        "このサイトはcookieを使用しています",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "この記事は役に立ちましたか",
        "この記事は参考になりましたか",
        "この記事はお役に立ちましたか",
        "この情報は役に立ちましたか",
        "このページは役に立ちましたか",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "はい",
        "いいえ",
        "役に立った",
        "役に立たなかった",
    ),
    "labels": (
        # a skip link to the content, as themes print it in this language
        "コンテンツへスキップ",
        "本文へスキップ",
        "メインコンテンツへスキップ",
        "広告",
        "スポンサーリンク",
        "スポンサー",
        "pr",
        "シェア",
        "ツイート",
        "ポスト",
        "いいね",
        "印刷",
        "印刷する",
        "コメント",
        "コメントする",
        "コメントを書く",
        "ブックマーク",
        "保存",
        # a thread's first poster, named so beside each of their posts
        "スレ主",
        "スレッド作成者",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "カートに入れる",
        "カートに追加",
        "お気に入りに追加",
        "売り切れ",
        "在庫切れ",
        "在庫あり",
        "クイックビュー",
    ),
    "disclaimer_labels": (
        "免責事項",
        "免責",
    ),
    "notice_labels": (
        "ご注意",
        "注意",
        "注意事項",
        "重要",
        "備考",
    ),
    "toc": (
        "目次",
        "この記事の目次",
        "もくじ",
    ),
    "faq_headings": (
        "よくある質問",
        "よくあるご質問",
        "よくある質問と回答",
    ),
    # Not "ポイント" or "まとめ" alone: a shop's loyalty points, an article's closing section.
    "summary_headings": (
        "この記事のポイント",
        "この記事の要点",
        "要点",
    ),
    # What a date line may start with ("公開日：2024年3月5日").
    "date_labels": (
        "公開日",
        "更新日",
        "最終更新日",
        "投稿日",
        "掲載日",
        "配信日",
    ),
    # What a byline starts with, before the name ("著者：山田太郎", "文：佐藤花子").
    "byline_words": (
        "著者",
        "筆者",
        "執筆者",
        "執筆",
        "文",
        "記者",
        "編集",
        "監修",
        "監修者",
        "ライター",
    ),
    "disclaimer_sentences": (
        # an opinion piece's note ("本記事の内容は執筆者個人の見解であり", "本稿は筆者個人の見解であり"),
        # said of this page: "記事の内容は筆者個人の見解だとして訂正を拒んだ" is a story's
        (r"(?:本記事|この記事|本稿|本コラム|このコラム|当ブログ|このブログ)(?:の)?(?:内容|意見|見解)?(?:は|について)"
         r"[^。]{0,15}(?:個人|執筆者|筆者|著者)[^。]{0,6}(?:見解|意見|考え)", ("見解", "意見", "考え")),
        # "医師の診断に代わるものではありません": the advice of a doctor, not replaced
        # said of the page itself: "AIは医師の診断に代わるものではない、と専門家" is a quote
        (r"(本記事|この記事|当サイト|本サイト|本ページ|このページ|掲載(内容|情報)|記事の内容)[^。！？]{0,40}"
         r"(医師|医療|専門家|専門医)[^。！？]{0,20}(診断|診察|治療|助言|アドバイス|相談)[^。！？]{0,12}"
         r"(代わる|代わり|代替する|代替)[^。！？]{0,8}(ものではありません|ものではない|ではありません)",
         ("代わる", "代わり", "代替")),
        # "本記事は情報提供を目的としており…": said of the page itself
        (r"(本記事|この記事|当サイト|本サイト|本ページ|このページ)[^。！？]{0,20}(情報提供|情報の提供)"
         r"(を目的|のみを目的|のため)", ("情報提供", "情報の提供")),
    ),
    # The advertising disclosure Japanese law has asked for since October 2023.
    "affiliate_sentences": (
        (r"(本記事|この記事|当サイト|本サイト|本ページ|このページ)[^。！？]{0,20}"
         r"(プロモーション|アフィリエイト(広告|プログラム)?|広告)を?(が|は)?(含|利用|使用)",
         ("プロモーション", "アフィリエイト", "広告")),
    ),
    "newsletter_pitches": (
        # "最新情報をメールでお届けします"
        (r"(最新情報|新着記事|お得な情報)[^。！？]{0,20}(メール|メルマガ)で(お届け|配信|お知らせ)",
         ("メール", "メルマガ")),
    ),
    "result_counters": (
        # ("全291件", "検索結果：291件", "291件中 1〜24件を表示")
        (r"^\W*(?:(?:全|検索結果(?:\s*[:：])?|該当)\s*\d[\d,]*\s*件"
         r"|\d[\d,]*\s*件中\s*\d[\d,]*\s*[〜~\-\u2013]\s*\d[\d,]*\s*件を?表示)\W*$",
         ("件",)),
    ),
    "furniture_shapes": (
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*(?:返信|コメント|回答)(?:する|を投稿する)には(?:ログイン|会員登録)(?:が必要です|してください)\W*$",
         ("ログイン", "会員登録")),
        # a copyright line's ban on copying ("無断転載を禁じます", "無断転載禁止")
        (r"無断(転載|複製)(を)?(禁止|禁じ)", ("無断転載", "無断複製")),
        # a tag line ("タグ：睡眠, 心臓")
        (r"^\W*(タグ|キーワード)\s*[:：]\s*[^。！？\n]{1,150}$", ("タグ", "キーワード")),
    ),
}  # fmt: skip
