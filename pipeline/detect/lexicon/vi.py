"""Vietnamese tables.

Vietnam's President grants a special amnesty (``đặc xá``) by decision on the
National Day (2 September), Reunification Day (30 April) and at the Lunar New
Year, for thousands at once ("Chủ tịch nước quyết định đặc xá cho 13.000 phạm
nhân"); ``ân xá`` is amnesty in general (and Amnesty International, ``Ân xá Quốc
tế``), ``ân giảm`` the commutation of a death sentence, ``đại xá`` a general
amnesty voted by the National Assembly.  Figures group thousands with a dot
("13.915"); dates are "29/8", "29.8", "ngày 29 tháng 8 năm 2025".  ``năm`` is
both "five" and "year", so it is no number word here.
"""

from __future__ import annotations

from .base import Lexicon, NumberWords, Rule

_T = r"(?:đặc xá|ân xá|ân giảm|đại xá)"
_PEOPLE = (
    r"(?:phạm nhân|tù nhân|người|can phạm|tử tù|trại viên|người tù|tội phạm|bị án|bị can"
    r"|phạm nhân nữ|nữ phạm nhân|người nước ngoài|trường hợp|tù chính trị)"
)
# a word that is not a clause break: the gaps of the rules stay inside one clause
_W = r"(?:[^\s,;:.]+\s+)"
# a name token: a capital (Latin, with Vietnamese capitals and "Đ") and the rest
_NAME = r"(?-i:[A-ZÀ-ÞĐƠƯẠ-Ỹ][\w'.-]*)"

LEXICON = Lexicon(
    code="vi",
    gate=("đặc xá", "ân xá", "ân giảm", "đại xá"),
    parts={"T": _T, "PEOPLE": _PEOPLE, "W": _W},
    term=_T,
    numbers=NumberWords(
        units={
            "một": 1,
            "hai": 2,
            "ba": 3,
            "bốn": 4,
            "sáu": 6,
            "bảy": 7,
            "tám": 8,
            "chín": 9,
            "mười": 10,
        },
        scales={"trăm": 100, "nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000},
        vague=(
            (r"hàng chục nghìn|hàng chục ngàn|hàng vạn|mấy chục nghìn", 20_000, 99_999),
            (r"hàng trăm nghìn|hàng trăm ngàn", 200_000, 999_999),
            (r"hàng nghìn|hàng ngàn|vài nghìn|vài ngàn|mấy nghìn", 2000, 9999),
            (r"hàng trăm|vài trăm|mấy trăm", 200, 999),
            (r"hàng chục|vài chục|mấy chục", 20, 99),
        ),
        qualifiers=r"hơn|gần|khoảng|trên|chừng|ít nhất|tổng cộng|tổng số|hơn tổng cộng|tới|đến",
        joiners=r"(?!x)x",
        range_words=r"-|đến|tới",
        range_open=r"từ",
        range_and=r"đến|tới",
    ),
    announce=(
        Rule(
            # "Chủ tịch nước quyết định đặc xá cho 13.915 phạm nhân", "đặc xá cho gần
            # 14.000 người", "ân xá cho 3.000 tù nhân"
            "vi.grant.for_count",
            r"\b<T>\s+<W>{0,4}?(?:cho|đối với)\s+<W>{0,3}?<NUM>\s+<W>{0,2}?<PEOPLE>",
            "grant",
            0.85,
        ),
        Rule(
            # "13.915 phạm nhân ... được đặc xá", "14.025 phạm nhân đã nhận quyết định đặc xá"
            "vi.grant.received",
            r"<NUM>\s+<W>{0,1}?<PEOPLE>\s+<W>{0,8}?"
            r"(?:được\s+(?:hưởng\s+)?|(?:đã\s+)?nhận\s+(?:quyết định\s+)?)<T>",
            "grant",
            0.85,
        ),
        Rule(
            # "đã ký quyết định đặc xá", "công bố quyết định đặc xá", "trao quyết định đặc xá"
            "vi.grant.decision",
            r"\b(?:ký|ban hành|công bố|trao|trao trả|nhận)\s+<W>{0,3}?(?:quyết định|lệnh)\s+"
            r"(?:số\s+\S+\s+)?(?:về\s+)?<T>",
            "grant",
            0.8,
        ),
        Rule(
            # "Chủ tịch nước quyết định đặc xá cho ...", "Quốc vương ... ân xá cho"
            "vi.grant.decide",
            r"\b(?:quyết định|đã|vừa|chấp thuận|đồng ý)\s+<T>\s+(?:cho|đối với)\b",
            "grant",
            0.8,
        ),
        Rule(
            # a death sentence commuted: "Chủ tịch nước đã chấp thuận đơn xin ân giảm",
            # "được ân giảm án tử hình", "ân giảm từ tử hình xuống chung thân"
            "vi.grant.commute",
            r"\b(?:chấp thuận|chấp nhận|đồng ý)\s+<W>{0,2}?(?:đơn\s+)?(?:xin\s+)?ân giảm"
            r"|\b(?:được|đã|vừa)\s+ân giảm"
            r"|\bân giảm\s+<W>{0,3}?(?:xuống|thành)\s+(?:tù\s+)?chung thân",
            "grant",
            0.8,
        ),
        Rule(
            # the National Assembly's general amnesty: "Quốc hội thông qua Nghị quyết đại xá"
            "vi.grant.resolution",
            r"\b(?:thông qua|ban hành)\s+<W>{0,2}?(?:nghị quyết|luật)\s+(?:về\s+)?đại xá",
            "grant",
            0.8,
        ),
        Rule(
            # a headline: "Đặc xá cho 13.920 người dịp Quốc khánh"
            "vi.headline.amnesty_for",
            r"^\s*<T>\s+<W>{0,2}?(?:cho\s+)?<NUM>",
            "headline",
            0.7,
        ),
        Rule(
            # a headline: "Gần 14.000 phạm nhân đặc xá dịp 2/9"
            "vi.headline.count",
            r"^\s*<NUM>\s+<W>{0,1}?<PEOPLE>\s+<W>{0,3}?<T>",
            "headline",
            0.7,
        ),
        Rule(
            # the decree referred to: "quyết định đặc xá năm 2025", "đợt đặc xá này"
            "vi.ref.decision",
            r"\b(?:quyết định|đợt)\s+<T>\s+(?:năm\s+\d{4}|đợt\s+\d|lần này|này|dịp này)",
            "reference",
            0.55,
        ),
    ),
    block=(
        Rule(
            # (a plea approved is a grant: "chấp thuận đơn xin ân giảm")
            "vi.block.call",
            r"\b(?:kêu gọi|đề nghị|yêu cầu|kiến nghị|(?<!thuận )(?<!nhận )(?<!đồng ý )đơn xin"
            r"|(?<!đơn )xin|thỉnh cầu|mong muốn|mong"
            r"|hy vọng|đề xuất|vận động|kiến nghị|đòi|thúc giục)\s+<W>{0,4}?<T>",
            "call",
        ),
        Rule(
            "vi.block.speculation",
            r"\b(?:có thể|có khả năng|khả năng|nếu|liệu|đồn đoán|tin đồn|đang xem xét|xem xét"
            r"|cân nhắc|dự thảo|dự kiến|sắp tới|chờ|nên|cần|cho rằng)\s+<W>{0,4}?<T>",
            "speculation",
        ),
        Rule(
            "vi.block.refusal",
            r"\b(?:không|chưa|bác|bác bỏ|từ chối|bị loại|loại khỏi)\s+<W>{0,4}?<T>"
            r"|\b<T>\s+(?:\S+\s+){0,2}?bị (?:bác|từ chối)",
            "refusal",
        ),
        Rule(
            # who qualifies, not a decree: "đủ điều kiện được đặc xá", "điều kiện để được
            # đề nghị đặc xá"
            "vi.block.condition",
            r"\b(?:đủ\s+)?điều kiện\s+<W>{0,3}?<T>",
            "condition",
        ),
        Rule(
            # the power or the institution, not a grant: "quyền ân xá", "thẩm quyền đặc xá"
            "vi.block.power",
            r"\b(?:quyền|thẩm quyền)\s+<W>{0,2}?<T>",
            "pardon_power_essay",
        ),
        Rule(
            "vi.block.habitual",
            r"\b(?:hằng năm|hàng năm|mỗi năm|thường|thường xuyên|theo thông lệ)\s+<W>{0,4}?<T>",
            "habitual",
        ),
    ),
    mask=(
        Rule(
            "vi.mask.amnesty_international",
            r"(?:tổ chức\s+)?ân xá quốc tế|amnesty international",
            "amnesty_international",
        ),
        Rule(
            # the statute, not a decree: "Luật Đặc xá năm 2018", "dự thảo Luật Đặc xá (sửa đổi)"
            "vi.mask.law",
            r"\bluật\s+(?:đặc xá|ân xá|đại xá)(?:\s+(?:năm\s+)?\d{4})?",
            "pardon_power_essay",
        ),
        Rule(
            # the body that screens the lists: "Hội đồng tư vấn đặc xá"
            "vi.mask.council",
            r"\bhội đồng tư vấn đặc xá",
            "institution",
        ),
        Rule(
            "vi.mask.tax",
            r"\b(?:ân xá|đặc xá|đại xá)\s+(?:về\s+)?(?:nợ\s+)?thuế|tax amnesty",
            "tax_amnesty",
        ),
    ),
    earlier=(
        Rule(
            "vi.earlier.cue",
            r"\b(?:trước đó|trước đây|năm ngoái|năm trước|từng|đã từng|lần trước|đợt trước)\b",
            "earlier",
        ),
    ),
    reported=r"\b(?:cho biết|nói|khẳng định|thông tin)\b",
    count_cue=r"\b(?:tổng số|số lượng|con số)\s*(?:là\s*)?",
    reporting=r"\b(?:cho biết|thông tin|nói|phát biểu|tuyên bố|thông báo)",
    decree_noun=r"quyết định(?:\s+số\s+\S+)?|lệnh",
    decree_date_link=r"ngày|ký ngày|ban hành ngày|ký",
    aggregate=r"\b(?:tổng cộng|tổng số|từ trước đến nay|từ trước tới nay|qua các đợt|năm qua"
    r"|trong năm|cùng với)\b",
    official=r"chủ tịch nước|văn phòng chủ tịch nước|bộ công an|hội đồng tư vấn đặc xá|họp báo"
    r"|thông cáo|quyết định số|thứ trưởng|bộ trưởng",
    future_aux=r"\b(?:sẽ|sẽ được)",
    essay=r"\b(?:lịch sử|nhân đạo|chính sách khoan hồng)\b",
    people=_PEOPLE,
    count_noise=r"\b(?:bị bắt|bị tạm giam|bị xử tử|bị tử hình|thiệt mạng)\b",
    exclusion_cue=r"\b(?:không được|không áp dụng|không đề nghị|trừ|ngoại trừ|không có)\b",
    issuer=(
        r"\b(?:chủ tịch nước|nguyên thủ quốc gia|tổng thống|nhà vua|quốc vương|vua|thủ tướng"
        r"|quốc hội|chính phủ|lãnh tụ tối cao|tổng bí thư|hội đồng nhà nước)\b"
        r"(?:\s+" + _NAME + r"){0,4}"
    ),
    months={
        **{f"tháng {n}": n for n in range(1, 13)},
        **{f"tháng 0{n}": n for n in range(1, 10)},
    },
    relative_days={"hôm nay": 0, "sáng nay": 0, "chiều nay": 0, "tối nay": 0, "hôm qua": -1},
    occasions=(
        (
            r"quốc khánh|cách mạng tháng (?:tám|8)|ngày thống nhất|thống nhất đất nước"
            r"|giải phóng (?:hoàn toàn )?miền nam|ngày giải phóng",
            "national_day",
        ),
        (r"(?:ngày|lễ|kỷ niệm) độc lập|tuyên ngôn độc lập", "independence_day"),
        (r"tết nguyên đán|tết cổ truyền|năm mới|tết|songkran|thingyan", "new_year"),
        (r"sinh nhật (?:của\s+)?(?:nhà vua|quốc vương|vua)", "royal_birthday"),
        (r"phật đản|vesak|lễ phật", "buddhist_holiday"),
        (r"giáng sinh|noel", "christmas"),
        (r"covid|đại dịch|dịch bệnh", "covid19"),
        (r"ramadan|tháng chay", "ramadan"),
        (r"kỷ niệm \d+ năm|ngày lễ lớn|sự kiện quan trọng", "other"),
    ),
    exclusions=(
        (r"tham nhũng|tham ô", "corruption"),
        (r"phản bội tổ quốc", "treason"),
        (r"gián điệp", "espionage"),
        (r"ma túy|ma tuý", "drug trafficking"),
        (r"an ninh quốc gia|xâm phạm an ninh", "security offences"),
        (r"giết người", "murder"),
        (r"khủng bố", "terrorism"),
    ),
    stopwords=(
        "của",
        "và",
        "các",
        "được",
        "những",
        "đã",
        "với",
        "không",
        "này",
        "trong",
        "có",
        "cho",
        "người",
        "một",
        "là",
        "về",
        "từ",
        "năm",
    ),
)
