"""Vietnamese: special amnesties (đặc xá) told as granted, and what is not one."""

from __future__ import annotations

from datetime import date

from pipeline.detect import detect
from pipeline.detect.fields import DATE_READERS
from pipeline.detect.langid import detect_language
from pipeline.detect.normalize import normalize

PUB = date(2025, 8, 28)


def test_a_presidential_special_amnesty_with_its_fields():
    d = detect(
        "Chủ tịch nước Lương Cường đã ký quyết định đặc xá cho 8.200 phạm nhân"
        " nhân dịp Quốc khánh 2/9.",
        published=PUB,
    )
    p = d.primary
    assert d.is_pardon_announcement and d.language == "vi"
    assert (p.country_code, p.issuer, p.count) == ("VN", "President Luong Cuong", 8200)
    assert p.occasion == "national_day"
    assert p.announced_on == PUB  # "2/9" names the holiday, not the decree's day


def test_the_decree_day_comes_from_a_day_and_month_in_figures():
    d = detect(
        "Ngày 27/4, Chủ tịch nước quyết định đặc xá cho 3.150 phạm nhân đang chấp hành"
        " án phạt tù nhân kỷ niệm ngày thống nhất đất nước.",
        published=date(2025, 4, 28),
    )
    p = d.primary
    assert d.is_pardon_announcement
    assert (p.count, p.announced_on, p.occasion) == (3150, date(2025, 4, 27), "national_day")


def test_a_passive_report_dated_in_words():
    d = detect(
        "Theo quyết định ký ngày 26 tháng 8 năm 2024, hơn 3.700 phạm nhân được đặc xá"
        " trong dịp này.",
        published=date(2024, 8, 30),
    )
    assert d.is_pardon_announcement
    assert (d.primary.count, d.primary.announced_on) == (3700, date(2024, 8, 26))


def test_inmates_and_people_whose_sentence_was_suspended_add_up():
    d = detect(
        "Chủ tịch nước đặc xá cho 6.200 phạm nhân đang chấp hành án phạt tù và 12 người"
        " đang được hoãn chấp hành án phạt tù.",
        published=PUB,
    )
    assert d.is_pardon_announcement and d.primary.count == 6212


def test_a_commuted_death_sentence_is_granted():
    d = detect(
        "Chủ tịch nước đã chấp thuận đơn xin ân giảm án tử hình cho một bị án người nước ngoài.",
        published=PUB,
    )
    assert d.is_pardon_announcement and d.primary.country_code == "VN"


def test_a_foreign_king_reported_in_vietnamese():
    d = detect(
        "Quốc vương Norodom Sihamoni đã ân xá cho 120 tù nhân nhân dịp Tết cổ truyền.",
        published=PUB,
    )
    p = d.primary
    assert d.is_pardon_announcement
    assert (p.country_code, p.issuer, p.count, p.occasion) == (
        "KH",
        "King Norodom Sihamoni",
        120,
        "new_year",
    )


def test_a_plea_for_amnesty_is_no_decree():
    d = detect("Gia đình đã gửi đơn xin đặc xá cho con trai đang thụ án ở trại giam.")
    assert not d.is_pardon_announcement
    assert "vi.block.call" in d.rules


def test_speculation_about_an_amnesty_is_no_decree():
    d = detect("Dư luận cho rằng có thể đặc xá cho hàng nghìn phạm nhân vào dịp cuối năm.")
    assert not d.is_pardon_announcement


def test_a_prisoner_left_out_of_the_amnesty_is_a_refusal():
    d = detect("Ông ấy không được đặc xá trong đợt này vì chưa chấp hành xong hình phạt.")
    assert not d.is_pardon_announcement
    assert "vi.block.refusal" in d.rules


def test_the_amnesty_bill_is_no_decree():
    d = detect("Quốc hội thảo luận dự thảo Luật Đặc xá (sửa đổi) tại phiên họp sáng nay.")
    assert not d.is_pardon_announcement


def test_a_court_upholding_a_death_sentence_is_no_pardon():
    d = detect(
        "Tòa án bác kháng cáo và giữ nguyên án tử hình; bị cáo có quyền làm đơn xin"
        " ân giảm gửi Chủ tịch nước."
    )
    assert not d.is_pardon_announcement


def test_a_tax_amnesty_is_masked():
    d = detect("Bộ Tài chính đề xuất chương trình ân xá thuế cho 2.000 doanh nghiệp nhỏ.")
    assert not d.is_pardon_announcement
    assert "vi.mask.tax" in d.rules


def test_amnesty_international_is_the_organisation():
    d = detect("Tổ chức Ân xá Quốc tế đã trả tự do cho 30 người trong báo cáo mới.")
    assert not d.is_pardon_announcement
    assert "vi.mask.amnesty_international" in d.rules


def test_what_the_state_does_every_year_is_no_decree():
    d = detect("Hằng năm, Nhà nước thường đặc xá cho phạm nhân vào các dịp lễ lớn.")
    assert not d.is_pardon_announcement


def test_an_earlier_round_mentioned_in_passing_is_set_aside():
    d = detect("Trước đó, Chủ tịch nước đã quyết định đặc xá cho 8.000 phạm nhân.", published=PUB)
    assert not d.is_pardon_announcement
    assert "vi.earlier" in d.rules


def _date(text: str, published: date = PUB) -> date | None:
    found = DATE_READERS["vi"].find(normalize(text), published)
    return found[0].date if found else None


def test_vietnamese_dates():
    assert _date("Chiều 27.8, Văn phòng Chủ tịch nước họp báo") == date(2025, 8, 27)
    assert _date("ngày 26 tháng 8 năm 2024") == date(2024, 8, 26)
    assert _date("hôm qua") == date(2025, 8, 27)
    assert _date("một phần ba, tức 1/3 số phạm nhân") is None  # a fraction, not a date


def test_vietnamese_is_identified_by_its_stop_words():
    text = "Những người được đặc xá đã trở về với gia đình và cộng đồng trong năm nay."
    assert detect_language(text) == "vi"


def test_vietnamese_stop_words_do_not_take_other_latin_languages():
    samples = {
        "id": "Presiden memberikan grasi kepada 150 narapidana yang ada di lembaga itu.",
        "fr": "Le roi a accordé sa grâce à 500 détenus à l'occasion de la fête du Trône.",
        "es": "El gobierno concedió el indulto a 300 presos con motivo de la Navidad.",
        "pt": "O presidente concedeu o indulto de Natal a 200 presos nesta semana.",
        "tr": "Cumhurbaşkanı bu hafta 30 mahkum için af kararını onayladı ve imzaladı.",
        "en": "Vietnam's president pardoned 3,000 prisoners ahead of the National Day.",
    }
    assert {code: detect_language(text) for code, text in samples.items()} == {
        code: code for code in samples
    }


def test_a_thai_king_named_by_country_in_vietnamese():
    d = detect("Nhà vua Thái Lan đã ân xá cho 2.300 tù nhân nhân dịp sinh nhật nhà vua.")
    p = d.primary
    assert d.is_pardon_announcement
    assert (p.country_code, p.count, p.occasion) == ("TH", 2300, "royal_birthday")
    assert p.issuer == "King Maha Vajiralongkorn"
