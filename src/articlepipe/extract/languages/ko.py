"""Korean."""

# Full-width colons and brackets are written on Korean pages too.
# ruff: noqa: RUF001

from __future__ import annotations

# Korean writes spaces between words, but glues particles to them ("기사를", "기사는"): a
# phrase is read as whole words, so "관련 기사는 …" (prose) is not the lead-in "관련 기사".
# Its months are numbers ("2024년 3월 5일", "2024.03.05"): a date shape of its own, no
# ``months``. A byline puts the name first ("홍길동 기자"): ``byline_suffixes``, and a
# name is known by its family name (``family_names``), as Hangul has no capitals. No
# consent small print: its opening words ("구독하면", "가입하면") open prose as often.
PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "관련 기사",
        "관련기사",
        "관련 뉴스",
        "관련뉴스",
        "관련 글",
        "관련글",
        "함께 보면 좋은 글",
        "추천 뉴스",
        "함께 보면 좋은 기사",
        "함께 읽으면 좋은 글",
        "추천 기사",
        "추천기사",
        "이 기사와 함께 많이 본 뉴스",
        "많이 본 뉴스",
        "많이 본 기사",
        "인기 기사",
        "인기기사",
        "최신 기사",
        "이전 기사",
        "다음 기사",
        "이전 글",
        "다음 글",
        "이전글",
        "다음글",
        "더 보기",
        "더보기",
    ),
    # Only cookie notices: Korean prose opens with "맨 위로" ("to the very top") or
    # "구독하기" as readily as a button does, so those are labels, whole blocks only.
    "prompts": (
        "이 사이트는 쿠키를 사용합니다",
        "당사는 쿠키를 사용합니다",
        "이 웹사이트는 쿠키를 사용합니다",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "이 기사가 도움이 되었나요",
        "이 글이 도움이 되었나요",
        "이 정보가 도움이 되었나요",
        "도움이 되었나요",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "예",
        "아니오",
        "네",
        "아니요",
    ),
    "labels": (
        # a skip link to the content, as themes print it in this language
        "콘텐츠로 건너뛰기",
        "본문 바로가기",
        "본문으로 건너뛰기",
        "이 기사를 공유합니다",
        "기사 공유하기",
        "공유하기",
        "뉴스레터 구독하기",
        "뉴스레터 구독",
        "구독하기",
        "맨 위로",
        "맨위로",
        "맨 위로 가기",
        "위로 가기",
        "페이지 상단으로",
        "카카오톡으로 공유",
        "페이스북으로 공유",
        "광고",
        "공유",
        "인쇄",
        "인쇄하기",
        "url 복사",
        "링크 복사",
        "댓글",
        "스크랩",
        "구독",
        "뉴스레터 신청하기",
        "후원하기",
        "기사 스크랩",
        "기사 인쇄",
        "기사 더보기",
        "글씨 크기",
        "글자 크기",
        "후원",
        "스폰서",
        # a thread's first poster, named so beside each of their posts
        "글쓴이",
        "작성자",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "장바구니 담기",
        "장바구니에 담기",
        "찜하기",
        "비교하기",
        "품절",
        "일시품절",
        "빠른 보기",
    ),
    "disclaimer_labels": (
        "면책 조항",
        "면책조항",
        "면책 고지",
        "면책고지",
    ),
    "notice_labels": (
        "주의",
        "참고",
        "알림",
        "유의사항",
    ),
    # Not "차례" alone: it is also the ancestral rite of the holidays.
    "toc": (
        "목차",
    ),
    "faq_headings": (
        "자주 묻는 질문",
        "자주 하는 질문",
    ),
    "summary_headings": (
        "핵심 요약",
        "세줄 요약",
        "세 줄 요약",
        "한눈에 보기",
    ),
    # What a date line may start with ("입력 2024.03.05 10:39", "수정 2024.03.05 11:00").
    "date_labels": (
        "입력",
        "수정",
        "기사입력",
        "기사 입력",
        "최종수정",
        "최종 수정",
        "등록일",
        "게시일",
        "작성일",
        "송고",
        "송고시간",
        "승인",
        "발행일",
        "게재일",
    ),
    # Between a date and its time: "2024. 3. 5. 오전 10:39" (a.m.), "오후" (p.m.).
    "time_prefixes": (
        "오전",
        "오후",
    ),
    # What a byline starts with, before the name ("글: 김민지"); not "사진" (a photo's
    # caption, "사진: 광화문 광장").
    "byline_words": (
        "글",
        "작성자",
        "글쓴이",
        "필자",
    ),
    # What follows the name in a byline ("홍길동 기자", "김민지 특파원 minji@example.org").
    "byline_suffixes": (
        "기자",
        "특파원",
        "선임기자",
        "객원기자",
        "인턴기자",
        "논설위원",
        "편집위원",
        "칼럼니스트",
        "에디터",
    ),
    # The family names a byline's name opens with: Hangul has no capitals, and "사진 기자"
    # or "스포츠 기자" is a job, not a byline.
    "family_names": (
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
        "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남",
        "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채",
        "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설",
        "마", "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥", "육", "인", "맹",
        "제", "모", "탁", "국", "은", "편", "용", "예", "경", "봉", "태", "목", "형", "피", "두",
        "감", "남궁", "제갈", "선우", "독고", "황보",
    ),
    "disclaimer_sentences": (
        # an outside writer's note ("외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다");
        # "자회사의 입장과 무관하다" is a story's
        (r"(?<![가-힣])(?:본지|본사|당사|편집국)의 (?:편집 ?방향과|입장과|의견과|견해와)(?:는)? "
         r"(?:다를 수 있|일치하지 않을 수 있)", ("다를", "일치하지")),
        # "이 글은 의사의 진료를 대신할 수 없습니다": said of the page itself ("그는 이 정보가 …
        # 대신할 수 없다고 강조했다" is a quote)
        (r"(?<!\w)(이|본)\s*(글|기사|콘텐츠|페이지|포스팅)(은|는|의)[^.!?]{0,60}"
         r"(진료|진단|치료|의학적\s*조언|전문가의?\s*상담|상담)[^.!?]{0,20}"
         r"(대신|대체)(할 수 없|하지 않|하는 것이 아)",
         ("대신", "대체")),
        (r"(?<!\w)(이|본)\s*(글|기사|콘텐츠|페이지|포스팅)(은|는)[^.!?]{0,30}정보 ?제공[^.!?]{0,10}목적",
         ("정보 제공", "정보제공")),
        # "투자 판단의 책임은 투자자 본인에게 있습니다", opening its block ("관계자는 투자 판단의
        # 책임은 …" is a quote); "본 자료는 투자 권유가 아닙니다"
        (r"^\W*투자\s*(판단|결정)의?\s*(최종\s*)?책임은[^.!?]{0,20}(투자자|본인)", ("책임은",)),
        (r"^\W*(이|본)\s*(글|기사|자료|콘텐츠|포스팅)(은|는)[^.!?]{0,40}투자\s*권유(를|가|의)?\s*"
         r"(목적으로 (하지 않|작성되지 않)|위한 것이 (아니|아닙)|아니|아닙)", ("권유",)),
    ),
    "affiliate_sentences": (
        # "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다"
        (r"파트너스\s*활동의?\s*일환", ("파트너스",)),
        (r"(?<!\w)(이|본)\s*(글|포스팅|게시물|콘텐츠|리뷰)(은|는)[^.!?]{0,40}(수수료|광고비|원고료|커미션)를?\s*"
         r"(제공|지원|지급)?\s*받", ("수수료", "광고비", "원고료", "커미션")),
        # a sponsored review: "이 리뷰는 업체로부터 제품을 무상으로 제공받아 작성했습니다"
        (r"(?<!\w)(이|본)\s*(글|포스팅|게시물|콘텐츠|리뷰)(은|는)[^.!?]{0,60}(협찬|(무상으로|무료로)\s*제공)",
         ("협찬", "무상으로", "무료로")),
    ),
    "newsletter_pitches": (
        # delivered: "매주 금요일 아침 메일함으로 찾아갑니다"
        (r"(매주|매일|매달)[^.!?]{0,30}(메일함|이메일|받은편지함)(으로|로)\s*"
         r"(찾아갑니다|찾아가요|보내\s?드립니다|전해\s?드립니다|배달합니다|받아\s?보세요)",
         ("메일함", "이메일", "받은편지함")),
    ),
    "result_counters": (
        # ("총 291개", "검색결과 291건", "총 291개의 상품")
        (r"^\W*(?:총|검색\s*결과)\s*\d[\d,]*\s*(?:개|건)(?:\s*(?:의\s*)?(?:결과|상품|제품))?\W*$",
         ("총", "검색")),
    ),
    "furniture_shapes": (
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*(?:댓글을 (?:작성|남기)|답변을 작성|글을 작성)하려면 "
         r"로그인(?:이 필요합니다|하세요|해 주세요)\W*$",
         ("로그인",)),
        # a copyright line's ban on copying ("무단 전재 및 재배포 금지", "무단전재-재배포 금지")
        (r"무단\s*전재\s*(및|[-·ㆍ])?\s*재배포\s*금지", ("무단",)),
        # the reprint notice under a news story ("무단 전재 및 재배포 금지", "<ⓒ경향신문
        # (https://www.khan.co.kr), 무단전재 및 재배포 금지>")
        (r"^\W*(<|＜|\[|‹)?[^!?]{0,60}무단\s*(전재|복제)\s*(및|-|·|,)?\s*(재배포|배포)[^!?]{0,30}금지[^!?]{0,40}$",
         ("무단",)),
        # a tag line, a view counter ("조회수 1,234")
        (r"^\W*(태그|키워드)\s*[:：]\s*[^.!?:\n]{1,150}$", ("태그", "키워드")),
        (r"^\W*(조회수?|조회 수)\s*+[:：]?\s*\d[\d,.]*\s*회?\W*$", ("조회",)),
    ),
}  # fmt: skip
