"""Field extraction on realistic contract text in Chinese and English (no OCR: the page text
is built from synthetic Tesseract-like words)."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts_core.record import BBox, Word
from extractors.fields import extract_fields
from extractors.fields.amounts import parse_upper
from extractors.fields.dates import TermCand, end_of_term
from extractors.language import detect_language
from extractors.layout import PageText, page_text_from_words, pages_from_texts, synthetic_words

ZH_LEASE_P1 = """房屋租赁合同
合同编号：ZL-2025-0318
出租方（甲方）：上海星辰置业有限公司
住所地：上海市浦东新区张江路88号
法定代表人：王伟
承租方（乙方）：北京明远科技有限公司（以下简称“乙方”）
住所地：北京市海淀区学府路519号
第一条 租赁期限为两年，自2025年4月1日起至2027年3月31日止。
第二条 月租金为人民币50,000元，租金总额为人民币壹佰贰拾万元整（¥1,200,000.00）。
第 1 页 共 2 页"""

ZH_LEASE_P2 = """第三条 本合同自双方签字盖章之日起生效。
甲方（盖章）：上海星辰置业有限公司       乙方（盖章）：北京明远科技有限公司
签订日期：2025年3月18日                签订日期：2025年3月18日
第 2 页 共 2 页"""

EN_SALES = """SALES CONTRACT
Contract No.: SC/2025/0042
This Sales Contract is made and entered into on March 1, 2025 by and between
Harborview Trading Co., Ltd., a company incorporated under the laws of Hong Kong, with its
registered office at 8 Queen's Road, Central, Hong Kong (the "Seller"), and Bluepeak
Analytics Inc., a Delaware corporation (hereinafter referred to as the "Buyer").
1. The Buyer shall pay the Seller a deposit of USD 10,000.00 within 5 days.
2. The total contract price is US$ 250,000.00 (US Dollars Two Hundred Fifty Thousand Only).
3. This Contract shall take effect on March 15, 2025 and shall remain in force for a term of
two (2) years.
Seller: Harborview Trading Co., Ltd.        Buyer: Bluepeak Analytics Inc.
Date: March 1, 2025"""


def fields_of(*texts: str):  # type: ignore[no-untyped-def]
    return extract_fields(pages_from_texts(list(texts)))


def party(f, role):  # type: ignore[no-untyped-def]
    return next((p for p in f.parties if p.role == role), None)


# ---- Chinese ---------------------------------------------------------------------------------
def test_chinese_lease_all_fields() -> None:
    f = fields_of(ZH_LEASE_P1, ZH_LEASE_P2)
    assert party(f, "party_a").name == "上海星辰置业有限公司"
    assert party(f, "party_b").name == "北京明远科技有限公司"
    assert party(f, "party_c") is None
    assert f.contract_no.value == "ZL-2025-0318"
    assert f.signed_date.value == date(2025, 3, 18)
    assert f.effective_date.value == date(2025, 4, 1)
    assert f.expiry_date.value == date(2027, 3, 31)
    assert f.total.value == Decimal("1200000")
    assert f.total.currency == "CNY"
    assert [a.value for a in f.amounts if not a.is_total] == [Decimal("50000")]
    check = f.amount_in_words_matches
    assert check.value is True
    assert check.words == "壹佰贰拾万元整"
    assert check.words_value == Decimal("1200000")


def test_every_field_has_provenance_and_confidence() -> None:
    f = fields_of(ZH_LEASE_P1, ZH_LEASE_P2)
    items = [*f.parties, f.contract_no, f.signed_date, f.effective_date, f.expiry_date,
             *f.amounts, f.amount_in_words_matches]
    for item in items:
        assert 0.0 < item.confidence <= 1.0
        assert item.source.page in (1, 2)
        assert item.source.bbox is not None and item.source.bbox.width > 0
    assert f.signed_date.source.page == 2
    assert f.contract_no.source.page == 1


def test_provenance_box_covers_the_value_words() -> None:
    words = [
        Word(text="合同编号：", conf=90, line=0, bbox=BBox(left=100, top=50, width=150, height=30)),
        Word(text="HT-2025-07", conf=90, line=0, bbox=BBox(left=260, top=50, width=200, height=30)),
        Word(text="甲方：", conf=90, line=1, bbox=BBox(left=100, top=100, width=90, height=30)),
        Word(text="杭州", conf=90, line=1, bbox=BBox(left=200, top=100, width=60, height=30)),
        Word(text="明远贸易有限公司", conf=90, line=1, bbox=BBox(left=260, top=100, width=240, height=30)),
    ]
    page = page_text_from_words(3, words)
    assert page.text == "合同编号: HT-2025-07\n甲方:杭州明远贸易有限公司"
    f = extract_fields([page])
    assert f.contract_no.source.page == 3
    assert f.contract_no.source.bbox == BBox(left=260, top=50, width=200, height=30)
    assert party(f, "party_a").source.bbox == BBox(left=200, top=100, width=300, height=30)


def test_signature_block_repeats_raise_confidence_and_conflicts_lower_it() -> None:
    head = "销售合同\n卖方（甲方）：苏州华信精密机械有限公司\n买方（乙方）：青岛泰和信息技术有限公司\n"
    same = fields_of(head + "甲方（盖章）：苏州华信精密机械有限公司\n乙方（盖章）：青岛泰和信息技术有限公司")
    other = fields_of(head + "甲方（盖章）：南京天成物流有限公司\n乙方（盖章）：青岛泰和信息技术有限公司")
    # the first declaration wins either way
    assert party(other, "party_a").name == "苏州华信精密机械有限公司"
    assert party(same, "party_a").confidence > party(other, "party_a").confidence


@pytest.mark.parametrize("label_a,label_b", [
    ("甲方", "乙方"), ("卖方", "买方"), ("出卖人", "买受人"), ("出租方", "承租方"), ("出租人", "承租人"),
    ("委托方", "受托方"), ("许可方", "被许可方"), ("贷款人", "借款人"), ("用人单位", "劳动者"),
    ("披露方", "接收方"), ("Party A", "Party B"), ("Seller", "Buyer"), ("Lessor", "Lessee"),
    ("Licensor", "Licensee"), ("Lender", "Borrower"), ("Employer", "Employee"),
    ("Disclosing Party", "Receiving Party"), ("Company", "Consultant"), ("Client", "Contractor"),
    ("Client", "Service Provider"),
])
def test_role_labels_map_to_party_a_and_b(label_a: str, label_b: str) -> None:
    zh = not label_a.isascii()
    a, b = ("杭州明远贸易有限公司", "深圳博远电子有限公司") if zh else ("Oakfield Ltd.", "Stonegate LLC")
    sep = "：" if zh else ": "
    f = fields_of(f"合同\n{label_a}{sep}{a}\n{label_b}{sep}{b}\n")
    assert party(f, "party_a").name == a
    assert party(f, "party_b").name == b


def test_chinese_declaration_sentence_and_party_c() -> None:
    f = fields_of("借款合同\n本合同由杭州明远贸易有限公司（以下简称“甲方”）与深圳和信科技有限公司"
                  "（以下简称“乙方”）签订。\n丙方（保证人）：南京天成物流有限公司，住所：南京市中山路1号")
    assert party(f, "party_a").name == "杭州明远贸易有限公司"
    assert party(f, "party_b").name == "深圳和信科技有限公司"
    assert party(f, "party_c").name == "南京天成物流有限公司"


def test_chinese_numeral_dates_and_term_without_end_date() -> None:
    f = fields_of("技术服务合同\n甲方：杭州明远贸易有限公司\n乙方：深圳和信科技有限公司\n"
                  "本合同期限为三年，自二〇二五年一月一日起生效。\n签约日期：二〇二四年十二月二十日")
    assert f.effective_date.value == date(2025, 1, 1)
    assert f.signed_date.value == date(2024, 12, 20)
    assert f.expiry_date.value == date(2027, 12, 31)  # 2025-01-01 + 3 years - 1 day


def test_effective_upon_signing_uses_signing_date() -> None:
    f = fields_of("买卖合同\n本合同于2025年3月18日在北京签订，自双方签字盖章之日起生效，有效期12个月。")
    assert f.signed_date.value == date(2025, 3, 18)
    assert f.effective_date.value == date(2025, 3, 18)
    assert f.expiry_date.value == date(2026, 3, 17)


def test_uppercase_amount_mismatch_is_flagged() -> None:
    f = fields_of("销售合同\n本合同总金额：¥125,000.00（大写：人民币壹拾贰万叁仟元整）。")
    check = f.amount_in_words_matches
    assert check.value is False
    assert check.words_value == Decimal("123000")
    assert check.figures_value == Decimal("125000.00")


def test_wan_yuan_and_revised_total() -> None:
    f = fields_of("补充协议\n原合同总金额由人民币80万元调整为人民币1,049,000.00元（大写：人民币壹佰零肆万玖仟元整）。")
    assert f.total.value == Decimal("1049000.00")
    assert Decimal("800000") in [a.value for a in f.amounts]
    assert f.amount_in_words_matches.value is True


@pytest.mark.parametrize("words,value", [
    ("壹拾贰万伍仟元整", "125000"), ("壹佰柒拾万零伍仟元整", "1705000"), ("叁佰元伍角陆分", "300.56"),
    ("贰拾万圆正", "200000"), ("壹亿零伍佰万元整", "105000000"), ("玖仟零捌元整", "9008"),
])
def test_parse_uppercase_amounts(words: str, value: str) -> None:
    assert parse_upper(words) == Decimal(value)


def test_ocr_noise_is_tolerated_with_lower_confidence() -> None:
    clean = fields_of("销售合同\n合同编号：HT-2025-0318\n签订日期：2025年3月18日\n合同总价：¥1,250,000.00")
    noisy = fields_of("销售合同\n合同编号:HT-2O25-0318\n签订日期: ２０２５年３月１８日\n合同总价：￥1 25O,000.00")
    assert noisy.contract_no.value == "HT-2025-0318"
    assert noisy.signed_date.value == date(2025, 3, 18)
    assert noisy.total.value == Decimal("1250000.00")
    assert noisy.contract_no.confidence < clean.contract_no.confidence
    assert noisy.total.confidence < clean.total.confidence


# ---- English ---------------------------------------------------------------------------------
def test_english_sales_contract() -> None:
    f = fields_of(EN_SALES)
    assert party(f, "party_a").name == "Harborview Trading Co., Ltd."
    assert party(f, "party_b").name == "Bluepeak Analytics Inc."
    assert f.contract_no.value == "SC/2025/0042"
    assert f.signed_date.value == date(2025, 3, 1)
    assert f.effective_date.value == date(2025, 3, 15)
    assert f.expiry_date.value == date(2027, 3, 14)
    assert f.total.value == Decimal("250000.00") and f.total.currency == "USD"
    assert f.amount_in_words_matches is None


def test_english_range_and_employment_roles() -> None:
    f = fields_of("EMPLOYMENT AGREEMENT\nAgreement No. EMP-77\nThis Agreement is dated 2 January "
                  "2025 between Ironbridge Holdings Limited (the \"Employer\") and Sarah Nguyen "
                  "(the \"Employee\").\nThe employment term is from 1 February 2025 to 31 January "
                  "2028.\nThe monthly salary is USD 8,000 per month.")
    assert party(f, "party_a").name == "Ironbridge Holdings Limited"
    assert party(f, "party_b").name == "Sarah Nguyen"
    assert f.signed_date.value == date(2025, 1, 2)
    assert f.effective_date.value == date(2025, 2, 1)
    assert f.expiry_date.value == date(2028, 1, 31)
    assert f.contract_no.value == "EMP-77"


def test_term_rule_day_before_anniversary() -> None:
    assert end_of_term(date(2025, 4, 1), TermCand(0, 0, 0, years=2)) == date(2027, 3, 31)
    assert end_of_term(date(2025, 1, 31), TermCand(0, 0, 0, months=1)) == date(2025, 2, 27)
    assert end_of_term(date(2024, 2, 29), TermCand(0, 0, 0, years=1)) == date(2025, 2, 27)


def test_no_fields_in_unrelated_text() -> None:
    f = fields_of("Meeting notes\nWe talked about 3 projects and 12 people.")
    assert f.parties == [] and f.contract_no is None and f.amounts == []
    assert f.signed_date is None and f.expiry_date is None


def test_language_detection() -> None:
    assert detect_language(ZH_LEASE_P1) == "zh"
    assert detect_language(EN_SALES) == "en"
    assert detect_language("本合同由 ABC Trading Co., Ltd. 与 XYZ Inc. 签订，双方友好协商。") == "zh"


def test_page_text_joins_cjk_without_spaces() -> None:
    page = page_text_from_words(1, synthetic_words("合同 编号 Contract No. 12"))
    assert page.text == "合同编号 Contract No. 12"
    start = page.text.index("Contract")
    assert page.bbox_of(start, start + 8) is not None
    assert page.bbox_of(len(page.text) + 5, len(page.text) + 9) is None


@given(st.text(alphabet="零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正", max_size=16))
@settings(max_examples=400, deadline=None)
def test_any_misread_uppercase_amount_parses_or_is_none(words: str) -> None:
    """OCR scrambles uppercase numerals in every order ("壹拾佰万…"): a value or None, never
    an exception that would fail the whole document."""
    value = parse_upper(words)
    assert value is None or value >= 0


def test_garbled_uppercase_amount_fails_the_check() -> None:
    f = fields_of("销售合同\n本合同总金额: ¥24,320.00 (大写:天万肆什人参佰乱拾元整)。")
    check = f.amount_in_words_matches
    assert check.value is False and check.words_value is None
    assert check.figures_value == Decimal("24320.00")


def test_side_by_side_ocr_lines_are_merged_into_one_row() -> None:
    def w(text: str, left: int, top: int, line: int) -> Word:
        return Word(text=text, conf=90, line=line,
                    bbox=BBox(left=left, top=top, width=30 * len(text), height=30))
    # Tesseract put the right half of line 1 in a later block (line 2)
    words = [w("出租方(甲方):深", 100, 100, 0), w("住所地:青岛市", 100, 150, 1),
             w("圳市恒达软件有限公司", 400, 102, 2)]
    page = page_text_from_words(1, words)
    assert page.text.split("\n")[0] == "出租方(甲方):深圳市恒达软件有限公司"
    assert party(extract_fields([page]), "party_a").name == "深圳市恒达软件有限公司"


# ---- varied real-contract phrasings ----------------------------------------------------------
ZH_SALE_WRAPPED = """工业品买卖合同
合同编号：XS2025-0318
立合同人：上海市华信精密机械有限公司（以下简称“出卖人”）与南京宏远医疗器械股份有
限公司（以下简称“买受人”），根据《中华人民共和国民法典》的规定，经协商一致订立本合同。
第一条 合同总价款为人民币壹佰贰拾万元整（¥1,200,000.00）。合同签订后十个工作日内支付
合同总价的30%作为预付款，即人民币360,000.00元；余款在验收合格后支付。
第二条 本合同自双方签字盖章之日起生效。
第三条 因本合同引起的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。
出卖人（盖章）：上海市华信精密机械有限公司
买受人（盖章）：南京宏远医疗器械股份有限公司
签订时间：二〇二五年三月十八日"""


def test_chinese_name_wrapped_across_lines_and_advance_payment_not_total() -> None:
    f = fields_of(ZH_SALE_WRAPPED)
    assert party(f, "party_a").name == "上海市华信精密机械有限公司"
    assert party(f, "party_b").name == "南京宏远医疗器械股份有限公司"
    assert f.total.value == Decimal("1200000.00")
    assert f.signed_date.value == date(2025, 3, 18)
    assert f.effective_date.value == date(2025, 3, 18)


def test_chinese_term_from_its_own_start_date() -> None:
    f = fields_of("房屋租赁合同\n出租人：上海星辰置业有限公司\n承租人：北京明远科技有限公司\n"
                  "第一条 租赁期限为三年，自2025年4月1日起计算。\n"
                  "第二条 月租金为人民币20,000.00元，租金总额为人民币720,000.00元。\n"
                  "签订日期：2025年3月18日")
    assert f.effective_date.value == date(2025, 4, 1)
    assert f.expiry_date.value == date(2028, 3, 31)
    assert f.total.value == Decimal("720000.00")


def test_no_total_when_only_salary_or_penalty() -> None:
    f = fields_of("劳动合同书\n用人单位：杭州明远科技有限公司\n劳动者：王伟\n"
                  "乙方月工资为人民币12,000.00元（税前）。\n乙方违反保密义务的，应支付违约金人民币100,000元。")
    assert f.total is None
    f = fields_of("EMPLOYMENT AGREEMENT\nThe Employee shall receive an annual base salary of "
                  "GBP 85,000.00, payable monthly.")
    assert f.total is None


def test_amendment_keeps_its_own_number_and_date() -> None:
    f = fields_of("补充协议\n协议编号：BC-2025-007\n甲方：上海星辰置业有限公司\n乙方：北京明远科技有限公司\n"
                  "鉴于双方已于2023年5月6日签订了《房屋租赁合同》（合同编号：ZL-2023-0042，以下简称“原合同”），"
                  "现对原合同作如下变更：\n原合同约定的合同总价款人民币500,000.00元调整为人民币600,000.00元。\n"
                  "甲方（盖章）：上海星辰置业有限公司\n签订日期：2025年3月18日")
    assert f.contract_no.value == "BC-2025-007"
    assert f.signed_date.value == date(2025, 3, 18)
    assert f.total.value == Decimal("600000.00")


EN_SUPPLY = """SUPPLY AGREEMENT
Ref: SC/2025/0042
THIS AGREEMENT is made on 18 March 2025 BETWEEN:
(1) Harbor Stone Components Ltd, a company incorporated under the laws of England and Wales,
whose registered office is at 20 Fenchurch Street, London (the "Supplier"); and
(2) Cobalt Pharma Corporation, a Delaware corporation (the "Customer").
1. Term
This Agreement shall commence on 01/04/2025 and shall continue for a period of thirty-six (36)
months.
2. Price
The aggregate fees payable under this Agreement shall not exceed GBP 1,250,000.50, exclusive of
VAT. A deposit of GBP 250,000.00 is payable on signing.
IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.
Signed by James Smith for and on behalf of Harbor Stone Components Ltd
Date: 18/03/2025"""


def test_english_supplier_and_customer_british_dates_not_to_exceed() -> None:
    f = fields_of(EN_SUPPLY)
    assert party(f, "party_a").name == "Harbor Stone Components Ltd"
    assert party(f, "party_b").name == "Cobalt Pharma Corporation"
    assert f.contract_no.value == "SC/2025/0042"
    assert f.signed_date.value == date(2025, 3, 18)
    assert f.effective_date.value == date(2025, 4, 1)
    assert f.expiry_date.value == date(2028, 3, 31)
    assert (f.total.value, f.total.currency) == (Decimal("1250000.50"), "GBP")


def test_ocr_confusions_in_dates_and_amounts() -> None:
    f = fields_of("借款合同\n借款金额：人民币500,000.00兀\n签订时间：二O二五午三月十八日")
    assert f.total.value == Decimal("500000.00") and f.total.currency == "CNY"
    assert f.signed_date.value == date(2025, 3, 18)


def test_table_rows_without_colons() -> None:
    f = fields_of("LEASE AGREEMENT\nThis Lease is dated 2 May 2025 between the parties below.\n"
                  "Landlord Westbrook Properties Limited\nAddress 88 Queensway, Hong Kong\n"
                  "Tenant Juniper Digital Pte. Ltd.\nAddress 12 Marina Boulevard, Singapore")
    assert party(f, "party_a").name == "Westbrook Properties Limited"
    assert party(f, "party_b").name == "Juniper Digital Pte. Ltd."


# ---- layouts not seen in the development templates --------------------------------------------
def names(f):  # type: ignore[no-untyped-def]
    return {p.role: p.name for p in f.parties}


def test_party_table_heading_and_next_line_layouts() -> None:
    a, b = "杭州明远贸易有限公司", "深圳博远电子有限公司"
    table = fields_of(f"合同书\n甲方 名称 {a}\n地址 杭州市西湖区\n乙方 名称 {b}\n")
    assert names(table) == {"party_a": a, "party_b": b}
    heading = fields_of(f"合同书\n甲方\n名称：{a}\n地址：杭州市\n乙方\n名称：{b}\n")
    assert names(heading) == {"party_a": a, "party_b": b}
    # a borrower who is a person, printed under the label
    person = fields_of(f"借款合同\n出借人：\n{a}\n借款人：\n张伟\n地址：上海市\n")
    assert names(person) == {"party_a": a, "party_b": "张伟"}


def test_double_parenthetical_labels_and_ocr_misread_labels() -> None:
    a, b = "南京瑞丰网络科技有限公司", "成都明泰精密机械有限公司"
    f = fields_of(f"租赁合同\n甲方（出租方）（盖章）：{a}\n乙万（承租方）：{b}\n")
    assert names(f) == {"party_a": a, "party_b": b}


def test_english_numbered_parties_and_name_rows() -> None:
    a, b = "Aurora Instruments Pte. Ltd.", "Atlaslight Foods Limited"
    f = fields_of("AGREEMENT\nTHIS AGREEMENT is dated 8 January 2026\nPARTIES\n"
                  f"(1) {a}, a company incorporated in England and Wales, whose registered office "
                  "is at 1 King Street, London (the \"Lender\"); and\n"
                  "(2) Wei Chen, of 45 Harbour Road, Singapore (the \"Borrower\").\n")
    assert names(f) == {"party_a": a, "party_b": "Wei Chen"}
    rows = fields_of(f"EMPLOYMENT AGREEMENT\nEmployer Name {b}\nEmployee Michael Hughes\n")
    assert names(rows) == {"party_a": b, "party_b": "Michael Hughes"}
    sig = fields_of(f"LOAN AGREEMENT\nFor the Lender: {a} For the Borrower: Wei Chen\n")
    assert names(sig) == {"party_a": a, "party_b": "Wei Chen"}


@pytest.mark.parametrize("line,value", [
    ("协议编号：京服〔2025〕第2415号", "京服〔2025〕第2415号"),
    ("合同编号为HT-2024-00031，签订日期2024年1月2日", "HT-2024-00031"),
    ("编 号：SA/2024/0178", "SA/2024/0178"),
    ("Our Ref: LGL_2024_0031", "LGL_2024_0031"),
    ("Reference 20230811-59", "20230811-59"),
    ("| Contract No. | K00417 |", "K00417"),
    ("Contract No.: SA-2O24-0O17", "SA-2024-0017"),
    ("合同编号: TJ(2024)0012", "TJ(2024)0012"),
    ("Contract No. TJ[2025]019 (the \"Contract\")", "TJ[2025]019"),
])
def test_contract_number_shapes(line: str, value: str) -> None:
    f = fields_of(f"TRADEMARK LICENCE\n{line}\n甲方：杭州明远贸易有限公司\n")
    assert f.contract_no is not None and f.contract_no.value == value


@pytest.mark.parametrize("line", [
    "联系电话：13812345678", "账号：6222021234567890123", "Room No. 12", "No. 5 Market Street",
    "Tax No.: 2024-01-05",
])
def test_other_numbers_are_not_the_contract_number(line: str) -> None:
    assert fields_of(f"AGREEMENT\n{line}\nThe parties agree as follows.\n").contract_no is None


# ---- cross-checking repeated mentions (OCR misreads one of them) -----------------------------
def ocr_page_with(text: str, doubtful: dict[str, float]):  # type: ignore[no-untyped-def]
    """A page of synthetic OCR words for ``text`` where the words ``doubtful`` names (each
    occurrence, by its text) carry the given confidence instead of 96."""
    words = [w.model_copy(update={"conf": doubtful[w.text]}) if w.text in doubtful else w
             for w in synthetic_words(text)]
    return page_text_from_words(1, words)


def test_vote_majority_and_confidence() -> None:
    from extractors.fields.consensus import Reading, vote

    def r(text: str, conf: float = 90.0) -> Reading:
        return Reading(text, [conf] * len(text))

    # three mentions, each misread somewhere else: every character goes to the majority
    assert vote([r("北京易盛科技有限公司"), r("北京鼎盛科技有限公司"), r("北京鼎盛科枝有限公司")]) \
        == "北京鼎盛科技有限公司"
    # two mentions: the more confident reading of the differing character wins, either order
    weak, strong = Reading("北京易盛科技", [95, 95, 41, 95, 95, 95]), r("北京鼎盛科技")
    assert vote([weak, strong]) == vote([strong, weak]) == "北京鼎盛科技"
    # an extra or a missing character is voted on too
    assert vote([r("沪租(2026)第86435号", 70), r("沪租(2026)第8643号", 92)]) == "沪租(2026)第8643号"
    assert vote([r("HT-2024-031", 60), r("HT-2024-0031", 92)]) == "HT-2024-0031"
    # agreeing readings come back unchanged
    assert vote([r("Harbor Co., Ltd."), r("Harbor Co., Ltd.")]) == "Harbor Co., Ltd."
    # a rare character read right once with a high confidence beats two readings of a look-alike
    # read with a low one (华晟 read as 华屑 at 0.81 in two mentions, as 华晟 at 0.94 in one)
    misread = Reading("华屑控股集团有限公司", [95, 81] + [96] * 8)
    assert vote([misread, misread, Reading("华晟控股集团有限公司", [96, 94] + [96] * 8)]) == "华晟控股集团有限公司"


def test_find_mentions_tolerates_a_few_misread_characters() -> None:
    from extractors.fields.consensus import find_mentions

    text = ("甲方：北京易盛科技有限公司\n乙方：上海明远物流有限公司\n"
            "户名：北京鼎盛科技有限公司\n甲方（盖章）：北京鼎盛科枝有限公同")
    found = [text[s:e] for s, e, _ in find_mentions(text, "北京鼎盛科技有限公司")]
    assert found == ["北京易盛科技有限公司", "北京鼎盛科技有限公司", "北京鼎盛科枝有限公同"]
    assert find_mentions(text, "广州天河电子有限公司") == []


def test_misread_party_name_is_corrected_by_its_other_mentions() -> None:
    text = ("技术服务合同\n合同编号：HT-2025-0318\n"
            "甲方：北京易盛科技有限公司\n乙方：上海明远物流有限公司\n"
            "第一条 服务费用为人民币100,000元。\n"
            "户名：北京鼎盛科技有限公司\n"
            "甲方（盖章）：北京鼎盛科技有限公司\n乙方（盖章）：上海明远物流有限公司\n"
            "合同编号：HT-2025-0318")
    # the declaration misread 鼎 as 易 with a low confidence; the other two mentions agree
    f = extract_fields([ocr_page_with(text, {"易": 45.0})])
    assert names(f) == {"party_a": "北京鼎盛科技有限公司", "party_b": "上海明远物流有限公司"}
    # the provenance stays the first mention's
    assert party(f, "party_a").source.page == 1


def test_misread_contract_number_is_corrected_by_the_footer() -> None:
    body = "甲方：杭州明远贸易有限公司\n乙方：苏州华信精密机械有限公司\n"
    header = "采购合同\n合同编号：CG-2025-86435\n"
    footer = "\n合同编号：CG-2025-8643"
    # the header's extra digit is doubtful, the footer's reading confident
    page = ocr_page_with(header + body + footer, {"CG-2025-86435": 52.0})
    f = extract_fields([page])
    assert f.contract_no.value == "CG-2025-8643"
    # a confident header is kept against a doubtful footer
    page = ocr_page_with(header + body + footer, {"CG-2025-8643": 52.0})
    assert extract_fields([page]).contract_no.value == "CG-2025-86435"


def test_near_identical_names_of_two_parties_are_not_merged() -> None:
    text = ("合作协议\n甲方：北京鼎盛科技有限公司\n乙方：北京鼎盛贸易有限公司\n"
            "甲方（盖章）：北京鼎盛科技有限公司\n乙方（盖章）：北京鼎盛贸易有限公司")
    f = extract_fields([ocr_page_with(text, {"科": 40.0, "技": 40.0})])
    assert names(f) == {"party_a": "北京鼎盛科技有限公司", "party_b": "北京鼎盛贸易有限公司"}


@pytest.mark.parametrize("printed,read,expected", [
    ("苏租（2025）第6765号", "苏租(2025)第6765号", "苏租(2025)第6765号"),
    ("粤销〔2023〕第0719号", "粤销〔[2023]第0719号", "粤销〔2023〕第0719号"),
    ("京服〔2023〕第3982号", "京服[2023】第3982号", "京服〔2023〕第3982号"),
    ("（2024）京字第12号", "(2024)京字第12号", "(2024)京字第12号"),
    ("〔2024〕沪字第0017号", "〔2024】沪字第0017号", "〔2024〕沪字第0017号"),
    ("苏许字[2026]457号", "苏许字[2026]457号", "苏许字[2026]457号"),
    ("宁保〔2025〕第3号", "宁保(2025】第3号", "宁保〔2025〕第3号"),
])
def test_the_year_brackets_of_a_chinese_number_survive_ocr(printed: str, read: str,
                                                          expected: str) -> None:
    """Tesseract has no steady name for 〔〕: it reads them as a mix of bracket shapes, and the
    number comes back with its 〔〕; a pair of one shape is taken as printed."""
    f = fields_of(f"技术服务合同\n合同编号：{read}\n甲方：北京华信科技有限公司\n乙方：上海明达贸易有限公司")
    assert f.contract_no is not None and f.contract_no.value == expected


_A, _B = "北京华信科技有限公司", "上海明达贸易有限公司"
_EA, _EB = "Acme Trading Ltd.", "Northwind Logistics LLC"


@pytest.mark.parametrize("text,want", [
    (f"采购合同\n| 甲方 | {_A} | 乙方 | {_B} |\n双方协商一致，订立本合同。", (_A, _B)),
    (f"采购合同\n| 采购方（甲方） | {_A} |\n| 供应方（乙方） | {_B} |\n", (_A, _B)),
    (f"保证合同\n债权人（甲方）：{_A}\n保证人（乙方）：{_B}\n", (_A, _B)),
    (f"补充协议\n本补充协议由{_A}（甲方）与{_B}（乙方）于2024年3月1日签订。", (_A, _B)),
    (f"SERVICES AGREEMENT\nThis Agreement is entered into by {_EA} (\"Client\") and {_EB} "
     "(\"Service Provider\").", (_EA, _EB)),
    (f"LEASE AGREEMENT\n| Landlord | {_EA} |\n| Tenant | {_EB} |\n", (_EA, _EB)),
    (f"LOAN AGREEMENT\nTHE LENDER\n{_EA}\nTHE BORROWER\n{_EB}\n", (_EA, _EB)),
    (f"SETTLEMENT AGREEMENT\nThis Settlement Agreement is made between {_EA} (\"Claimant\") and "
     f"{_EB} (\"Respondent\").", (_EA, _EB)),
])
def test_parties_in_tables_headings_and_sentences(text: str, want: tuple[str, str]) -> None:
    """Party tables, role words with 甲方/乙方 in brackets, "本补充协议由X与Y", "entered into by",
    a role heading over the name, and roles such as Claimant/Respondent."""
    f = fields_of(text)
    assert {p.role: p.name for p in f.parties} == {"party_a": want[0], "party_b": want[1]}


@pytest.mark.parametrize("text,value,currency", [
    ("采购合同\n单价¥1,000.00元\n| 合计 | | | | 313,195.36 |\n", "313195.36", "CNY"),
    ("销售合同\n本合同总价款为人民币¥1,609,120,00元。", "1609120.00", "CNY"),
    ("借款合同\n借款本金（小写）：#3,720,000.00；（大写）：叁佰柒拾贰万元整。", "3720000.00", "CNY"),
    ("SUPPLY AGREEMENT\nUnit price: USD 50.00 per unit.\nTotal   12,000.00\n", "12000.00", "USD"),
])
def test_totals_that_ocr_or_a_table_leaves_without_their_sign(text: str, value: str,
                                                             currency: str) -> None:
    """A table's total row with bare figures (the document's currency), a decimal point read
    as a comma, a ¥ read as #: the total is still found."""
    f = fields_of(text)
    assert f.total is not None and (f.total.value, f.total.currency) == (Decimal(value), currency)


def test_dates_joined_by_a_dash_that_ocr_read_as_yi_are_a_range() -> None:
    f = fields_of("租赁合同\n租赁期限：2026年10月13日一2028年4月12日。\n本合同经双方法定代表人或授权代表签字并加盖公章后生效。")
    assert f.effective_date and f.effective_date.value == date(2026, 10, 13)
    assert f.expiry_date and f.expiry_date.value == date(2028, 4, 12)


def test_a_han_prefix_spaced_off_its_code_by_ocr_stays_in_the_number() -> None:
    f = fields_of("采购合同\n（协议编号：浙CG-2026-1849）\n甲方：南京立讯商贸有限公司\n乙方：上海市创维贸易有限公司")
    assert f.contract_no is not None and f.contract_no.value == "浙CG-2026-1849"


@pytest.mark.parametrize("lang,lines,want", [
    ("zh", ["采购合同", "| 项目 | 甲方（采购方） | 乙方（供应方） |", f"| 名称 | {_A} | {_B} |",
            "| 地址 | 北京市海淀区中关村大街1号 | 上海市浦东新区世纪大道8号 |", "",
            "双方经友好协商，就采购事宜订立本合同。"], (_A, _B)),
    ("en", ["SALES CONTRACT", "| | Seller | Buyer |", f"| Name | {_EA} | {_EB} |",
            "| Address | 1 Main Street, London | 2 High Street, Leeds |", "",
            "The parties agree as follows."], (_EA, _EB)),
])
def test_parties_of_a_scanned_table_laid_out_by_columns(lang: str, lines: list[str],
                                                        want: tuple[str, str]) -> None:
    """Role headings over a name row, read by the real OCR from a rendered page: each column's
    name goes to its heading's role."""
    import cv2
    import numpy as np

    from contracts_core.settings import Settings
    from extractors.pipeline import process_page
    from sample_scans import synth

    img = synth.render_pages(lines, lang=lang, rng=np.random.default_rng(1), dpi=200)[0]
    bgr = cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)
    info = process_page(bgr, 1, Settings(s3_endpoint=None, es_url=None)).info
    f = extract_fields([page_text_from_words(1, info.words)], language=lang)
    assert {p.role: p.name for p in f.parties} == {"party_a": want[0], "party_b": want[1]}


@pytest.mark.parametrize("row", [
    f"甲方 {_A} 乙方 {_B}",  # two table cells read with a small gap
    f"甲方{_A}乙方{_B}",  # and with the gap lost
    f"采购方（甲方）{_A}供应方（乙方）{_B}",
])
def test_a_party_name_stops_where_the_next_role_starts(row: str) -> None:
    f = fields_of(f"采购合同\n{row}\n双方协商一致，订立本合同。")
    assert names(f) == {"party_a": _A, "party_b": _B}


def test_a_name_stops_at_the_contract_number_or_the_personal_details_after_it() -> None:
    f = fields_of(f"劳动合同\n甲方：{_A}合同编号：LD/2025/594\n乙方：程子 性别：男 出生日期：1990年1月1日\n"
                  "双方协商一致，订立本合同。")
    assert names(f) == {"party_a": _A, "party_b": "程子"}


def test_a_column_table_with_a_name_or_person_row() -> None:
    page = PageText(number=1, text=f"劳动合同书\n项目   甲方   乙方\n名称/姓名   {_A}   韦芳轩\n地址   南京市   北京市\n")
    assert names(extract_fields([page])) == {"party_a": _A, "party_b": "韦芳轩"}


_HEAD = f"服务合同\n甲方：{_A}\n乙方：{_B}\n"


@pytest.mark.parametrize("line,total,matches", [
    # the ¥ read as a digit: the uppercase amount shows which digit is the sign
    ("服务费总额(小写) : 83,115,900.00; (大写) :叁佰壹拾壹万伍仟玖佰元整。", "3115900.00", True),
    ("租金每月3,400.00元,租金总额为881,600.00元,大写:人民币捌万壹仟陆佰元整。", "81600.00", True),
    # a printed ¥ before the figures: the figures are what they say, and a person must look
    ("租金总额为¥881,600.00元,大写:人民币捌万壹仟陆佰元整。", "881600.00", False),
    # the ¥ read as # or y; a thousands separator lost
    ("借款本金为 #8,960,000.00。借款年利率为4.35%。", "8960000.00", None),
    ("许可使用费总额: y1,185,000.00 (大写:壹佰壹拾捌万伍仟元整)。", "1185000.00", True),
    ("合同总金额:人民币1954,100.00元。", "1954100.00", None),
    # the ¥ read as a digit and the words garbled: the words are still nearer the shorter figures
    ("合同总价为人民币(大写)玖万捌仟架佰陆拙伍元肆角叁分(小写: 898,765.43)。", "98765.43", False),
    ("合同总价为人民币(大写)捌拾玖万捌仟架佰陆拙伍元肆角叁分(小写: 898,765.43)。", "898765.43", False),
    # a thousands separator read as a point
    ("合同总金额:人民币1.850,000.00元(大写:壹佰捌拾伍万元整)。", "1850000.00", True),
    # a thousands separator read as a digit ("1,071,000.00" as "11071,000.00"), the words plain
    # or garbled from their first numeral on
    ("报酬总额为人民币11071,000.00元(大写:壹佰零柒万壹仟元整),其中研究开发经费为人民币321,300.00元。", "1071000.00", True),
    ("报酬总额为人民币11071,000.00元(大写:壶佰零标万壹仟元整),其中研究开发经费为人民币321,300.00元。", "1071000.00", False),
])
def test_figures_ocr_garbled_are_read_as_printed(line: str, total: str, matches: bool | None) -> None:
    f = fields_of(_HEAD + line)
    assert f.total is not None and f.total.value == Decimal(total)
    check = f.amount_in_words_matches
    assert (check.value if check else None) is matches


@pytest.mark.parametrize("line,total", [
    ("合同总金额为人民币1.248万元(大写:壹万贰仟肆佰捌拾元整)。", "12480.00"),
    ("合同总金额为人民币120万元。", "1200000.00"),
    ("The total Contract Price is USD 2.5 million.", "2500000.00"),
])
def test_amounts_in_wan_or_millions_with_decimals(line: str, total: str) -> None:
    f = fields_of(_HEAD + line)
    assert f.total is not None and f.total.value == Decimal(total)
    assert str(f.total.value) == total


def test_uppercase_words_ocr_cut_short_do_not_rewrite_the_figures() -> None:
    f = fields_of(_HEAD + "许可使用费总额: y1,185,000.00 (大写:壹佰壶拾捌万伍仟元整)。")
    assert f.total is not None and f.total.value == Decimal("1185000.00")
    assert f.amount_in_words_matches is not None and not f.amount_in_words_matches.value


def test_parties_defined_by_short_names_in_the_opening_sentence() -> None:
    f = fields_of(
        "CONSORTIUM AGREEMENT\n"
        "This Consortium Agreement is entered into as of 14 November 2023 by and between Falconpeak "
        "Logistics PLC, incorporated and registered in England and Wales with company number "
        "37237866 whose registered office is at 3 Exchange Crescent, Edinburgh EH3 8AN "
        "(\"Falconpeak\"), and Pinnaclepeak Logistics PLC, incorporated and registered in England "
        "and Wales with company number 52824597 (\"Pinnaclepeak\").\n"
        "Falconpeak and Pinnaclepeak are each referred to herein as a \"Party\".\n")
    assert names(f) == {"party_a": "Falconpeak Logistics PLC",
                        "party_b": "Pinnaclepeak Logistics PLC"}


def test_numbered_parties_and_names_on_lines_of_their_own() -> None:
    numbered = fields_of(
        "FRAMEWORK AGREEMENT\nTHIS AGREEMENT is dated 2025-01-25\nPARTIES\n"
        "(1) OAKBRIDGE CONSULTING LTD incorporated and registered in England and\n"
        "Wales with company number 91930652 whose registered office is at 20\n"
        "Fenchurch Street, London EC3M 3BY (Oakbridge);\n"
        "(2) Pacificpoint Materials (UK) Limited incorporated and registered in England\n"
        "and Wales with company number 44987315 (Pacificpoint).\n"
        "AGREED TERMS\n(1) The Supplier shall deliver the Goods.\n(2) Risk passes on delivery.\n")
    assert names(numbered) == {"party_a": "OAKBRIDGE CONSULTING LTD",
                               "party_b": "Pacificpoint Materials (UK) Limited"}
    lines = fields_of(
        "FRAMEWORK AGREEMENT\nTHIS AGREEMENT is made on 29 October 2024\nBETWEEN:\n"
        "MERIDIANWIND SOFTWARE HOLDINGS PTE. LTD.\n"
        "(UEN 201658809N), a company incorporated in Singapore\n"
        "(hereinafter referred to as the \"Party A\")\nAND\n"
        "PINNACLEWOOD MATERIALS PTE LTD\n"
        "incorporated in Singapore with its registered office at 8 Jurong Town Hall Road\n"
        "(hereinafter referred to as the \"Buyers\")\n")
    assert names(lines) == {"party_a": "MERIDIANWIND SOFTWARE HOLDINGS PTE. LTD.",
                            "party_b": "PINNACLEWOOD MATERIALS PTE LTD"}


def test_a_numbered_clause_list_is_not_a_list_of_parties() -> None:
    f = fields_of("采购合同\n甲方：杭州明远贸易有限公司\n乙方：深圳博远电子有限公司\n"
                  "(1) 乙方应按时交货；\n(2) 甲方应按时付款。\n")
    assert names(f) == {"party_a": "杭州明远贸易有限公司", "party_b": "深圳博远电子有限公司"}


def test_chinese_roles_that_name_their_party_letter_or_run_into_the_name() -> None:
    lettered = fields_of("物资采购合同\n采购人（以下简称“甲方”）：成都市高新区人民政府机关事务管理局\n"
                         "统一社会信用代码：11510107JNN8KTW0QP\n"
                         "供应商（以下简称“乙方”）：北京市鼎盛商贸有限公司\n")
    assert names(lettered) == {"party_a": "成都市高新区人民政府机关事务管理局",
                               "party_b": "北京市鼎盛商贸有限公司"}
    run_in = fields_of("信息系统运维服务合同\n委托人杭州永盛建设工程有限责任公司（统一社会信用代码：91330106P4B3UQPWE1）"
                       "与受托方武汉市联创生物科技有限责任公司（统一社会信用代码：91420111X7UQD3DR4H），就运维服务"
                       "相关事宜，经平等协商，达成如下协议：\n")
    assert names(run_in) == {"party_a": "杭州永盛建设工程有限责任公司",
                             "party_b": "武汉市联创生物科技有限责任公司"}


@pytest.mark.parametrize("clause", [
    "This Agreement shall commence on the date of this Agreement and shall continue for two (2) years.",
    "This Agreement shall take effect on the date hereof.",
    "本协议经双方法定代表人或授权代表签字并加盖公章（或合同专用章）后生效。",
    "本协议书自双方签字并盖章后成立并生效。",
])
def test_effective_on_the_date_of_the_agreement_or_on_signing(clause: str) -> None:
    f = fields_of(f"SERVICES AGREEMENT\nTHIS AGREEMENT is dated 23 November 2025\n{clause}\n"
                  "签订日期：2025年11月23日\n")
    assert f.effective_date is not None and f.effective_date.value.isoformat() == "2025-11-23"


def test_an_effect_backdated_or_a_begin_date_is_the_effective_date() -> None:
    f = fields_of("SERVICES AGREEMENT\nDated 2 June 2026\nNotwithstanding the date of its signature, this "
                  "Agreement shall be deemed to have taken effect on 08 May 2026 and shall remain in "
                  "force until 07 May 2031.\n")
    assert f.effective_date is not None and f.effective_date.value.isoformat() == "2026-05-08"
    g = fields_of("EMPLOYMENT AGREEMENT\nThe Employee's employment under this Agreement shall begin "
                  "on 06 January 2025 (the \"Commencement Date\").\n")
    assert g.effective_date is not None and g.effective_date.value.isoformat() == "2025-01-06"


@pytest.mark.parametrize("body,total,currency", [
    # a goods table's total row, the currency only in the header or a note
    ("| Item | Qty | Amount (GBP) |\n| Steel plate | 10 | 262,559.00 |\n| | Subtotal | 262,559.00 |\n"
     "| | VAT (20%) | 52,511.80 |\n| | Order Total | 315,070.80 |", "315070.80", "GBP"),
    ("| Item | Qty | Amount |\n| Widgets | 10 | 49,726.00 |\n| | Total CIF Shanghai | 49,726.00 |\n"
     "All prices are in USD.", "49726.00", "USD"),
    # "S$" read by OCR as "$$"
    ("The total Contract Price is $$106,200.00.", "106200.00", "SGD"),
    ("The total Contract Price is A$ 106,200.00.", "106200.00", "AUD"),
    ("合同总价为新加坡元106,200.00。", "106200.00", "SGD"),
    # the tax-inclusive price, not the amount before tax
    ("合同价款：不含税金额人民币1,546,900.00元，增值税税额人民币92,814.00元（税率6%），含税合同总价人民币"
     "1,639,714.00元。", "1639714.00", "CNY"),
    ("合同总价（含13%增值税）为人民币1,130,000.00元。", "1130000.00", "CNY"),
    # the adjusted price of a supplementary agreement, not the original one
    ("原合同约定的合同总价款人民币975,000.00元增加人民币672,400.00元，调整后合同总价款为人民币1,647,400.00元。",
     "1647400.00", "CNY"),
])
def test_the_contract_total_among_other_amounts(body: str, total: str, currency: str) -> None:
    f = fields_of("PURCHASE ORDER\n甲方：北京华信科技有限公司\n乙方：上海明达贸易有限公司\n" + body)
    assert f.total is not None and (f.total.value, f.total.currency) == (Decimal(total), currency)


def test_a_rent_per_square_metre_is_no_total() -> None:
    f = fields_of("房屋租赁合同\n甲方：北京华信科技有限公司\n乙方：上海明达贸易有限公司\n"
                  "租金标准为每平方米每天人民币8元，月租金计人民币103,660.00元。\n")
    assert f.total is None


def test_a_recital_or_the_original_agreement_gives_no_signing_date() -> None:
    en = fields_of("AMENDMENT AGREEMENT\nThis Amendment is entered into as of 2023-07-06.\n"
                   "WHEREAS, the Parties entered into a Consultancy Agreement dated 2022-05-03 (the "
                   "\"Original Agreement\").\n")
    assert en.signed_date is not None and en.signed_date.value.isoformat() == "2023-07-06"
    zh = fields_of("补充协议\n甲方：北京华信科技有限公司\n乙方：上海明达贸易有限公司\n"
                   "鉴于双方于2026年2月25日签订了《委托检测服务合同》，现就有关事项补充如下：\n"
                   "一、服务期限延长一年。\n甲方（盖章）： 乙方（盖章）：\n2026年9月17日\n")
    assert zh.signed_date is not None and zh.signed_date.value.isoformat() == "2026-09-17"


@pytest.mark.parametrize("raw,name", [
    ("MEI WALKER of 12 Marina Boulevard, Singapore", "MEI WALKER"),
    ("ROBERT WANG (passport no. E15023845) of 20 Fenchurch Street", "ROBERT WANG"),
    ("Tidewatercrest Properties (Hong Kong) Limited Registered", "Tidewatercrest Properties (Hong Kong) Limited"),
    ("天津永盛文化传媒有限公司合同号:永盛销字(2025)第545号", "天津永盛文化传媒有限公司"),
    ("上海明达有限公司签订地点:上海市浦东新区", "上海明达有限公司"),
])
def test_a_name_stops_before_what_follows_it(raw: str, name: str) -> None:
    from extractors.fields.parties import clean_name
    assert clean_name(raw) == name


def test_contract_numbers_of_orders_after_other_labels_and_of_the_original_contract() -> None:
    po = fields_of("PURCHASE ORDER\nPO Number: 4552860499\nSupplier: Beta GmbH\n")
    assert po.contract_no is not None and po.contract_no.value == "4552860499"
    # in a contract, an order number is not the contract's number
    supply = fields_of("SUPPLY AGREEMENT\nThe Buyer shall quote the PO Number: 4552860499 on each invoice.\n")
    assert supply.contract_no is None
    # a "No." whose value ran on over the real label does not hide it
    addendum = fields_of("ADDENDUM\nAddendum No. 2 To Lease Agreement Agreement No.: AMD.2026.07.1572\n")
    assert addendum.contract_no is not None and addendum.contract_no.value == "AMD.2026.07.1572"
    # the original contract's number, named as such, is not the supplement's
    original = fields_of("补充协议\n鉴于双方签订了《采购合同》（合同编号：粤合〔2022〕第1158号，以下简称“原合同”），"
                         "现补充如下：\n")
    assert original.contract_no is None


def test_english_parties_in_long_opening_paragraphs_and_key_details() -> None:
    a, b = "Pacific Foods Technology Co., Ltd.", "Meridianbridge Engineering (Shanghai) Co., Ltd."
    address = ("a limited liability company established under the laws of the People's Republic of "
               "China (Unified Social Credit Code: 91310115GRE7GPXRJP), with its registered address "
               "at Room 1805, No. 1000 Lujiazui Ring Road, Pudong New Area, Shanghai 200120, China")
    f = fields_of(f"IT SUPPORT SERVICES CONTRACT\nThis Agreement is entered into as of 29 January 2025 "
                  f"by and between {a}, {address} (\"Company\"), and {b}, {address} (\"Contractor\").\n")
    assert names(f) == {"party_a": a, "party_b": b}
    key = fields_of("FRAMEWORK AGREEMENT\nKEY DETAILS\nAuthority Stonegate Instruments GmbH & Co. KG\n"
                    "Contractor Westbrookcrest Electronics GmbH & Co. KG\n")
    assert names(key) == {"party_a": "Stonegate Instruments GmbH & Co. KG",
                          "party_b": "Westbrookcrest Electronics GmbH & Co. KG"}
    offer = fields_of("FACILITY LETTER\nWe are pleased to offer Granite Electronics Corporation (the "
                      "\"Borrower\") the facility described below.\n")
    assert names(offer) == {"party_b": "Granite Electronics Corporation"}


def test_maturity_planned_dates_and_conditional_effect() -> None:
    loan = fields_of("LOAN AGREEMENT\nDated 12 October 2024\nThe Borrower shall repay the Loan in full on "
                     "2027-10-12 (the \"Final Repayment Date\").\n")
    assert loan.expiry_date is not None and loan.expiry_date.value.isoformat() == "2027-10-12"
    works = fields_of("建设工程施工合同\n甲方：北京华信科技有限公司\n乙方：上海明达建设有限公司\n"
                      "计划开工日期：二〇二四年九月五日\n" + "工程内容见附件。\n" * 20 +
                      "甲方（盖章）： 乙方（盖章）：\n二〇二四年八月二十五日 二〇二四年八月二十五日\n")
    assert works.signed_date is not None and works.signed_date.value.isoformat() == "2024-08-25"
    conditional = fields_of("销售合同\n甲方：北京华信科技有限公司\n乙方：上海明达贸易有限公司\n签订日期：2023年6月2日\n"
                            "本合同经双方签字盖章并自甲方收到乙方支付的预付款之日起生效，合同有效期为2年。\n")
    assert conditional.effective_date is None and conditional.expiry_date is None


def test_parties_after_a_short_named_one_and_names_before_an_address() -> None:
    f = fields_of("TERM LOAN FACILITY AGREEMENT\nThis Agreement is entered into as of May 27, 2025 by and "
                  "between Ashfordpeak Medical Corporation, a Texas corporation with its principal place of "
                  "business at 600 Congress Avenue, Austin, TX 78701 (\"Bank\"), and Wei Fischer, an "
                  "individual residing at 200 Clarendon Street, Boston, MA 02116 (\"Borrower\").\n")
    assert names(f) == {"party_a": "Ashfordpeak Medical Corporation", "party_b": "Wei Fischer"}
    from extractors.fields.parties import clean_name
    assert clean_name("Kestrel Engineering Pte Ltd 12 Marina Boulevard, #21-03") == "Kestrel Engineering Pte Ltd"
    assert clean_name("PRIYA ROSSI of Room 1805, No. 1000 Lujiazui Ring Road") == "PRIYA ROSSI"
    signature = fields_of("EQUIPMENT RENTAL AGREEMENT\nOwner: Crescentstone Software Pte Ltd\n"
                          "Renter: Atlas Technologies Holdings Pte Ltd\nOWNER: RENTER:\n")
    assert names(signature) == {"party_a": "Crescentstone Software Pte Ltd",
                                "party_b": "Atlas Technologies Holdings Pte Ltd"}


def test_a_role_word_ocr_misread_is_no_party_name() -> None:
    f = fields_of("保密协议\n拐露方(甲方) :北京中泰商贸有限责任公司\n接收方(乙方) :深圳立讯物流有限公司\n"
                  "甲方(盖章) :北京中泰商贸有限责任公司 乙方(盖章) :深圳立讯物流有限公司\n")
    assert names(f) == {"party_a": "北京中泰商贸有限责任公司", "party_b": "深圳立讯物流有限公司"}


def test_a_letter_agreement_names_its_addressee_as_the_other_party() -> None:
    offer = fields_of(
        "Stonewood Systems (Shanghai) Co., Ltd.\nNo. 88 Kechuang Road, Suzhou Industrial Park\n"
        "2023-10-06\nOur ref: EMP/SSC/2023/0350\nPrivate & Confidential\nMr Andrew Carter\n"
        "12 Hill Street, Suzhou 215000\nDear Andrew,\nTerms and Conditions of Employment\n"
        "We are pleased to confirm your employment with Stonewood Systems (Shanghai) Co., Ltd. "
        "(the \"Company\") on the terms set out in this letter.\n")
    assert names(offer) == {"party_a": "Stonewood Systems (Shanghai) Co., Ltd.", "party_b": "Andrew Carter"}
    facility = fields_of(
        "Aurora Software Limited\nFlat B, 12/F, 33 Canton Road, Tsim Sha Tsui, Kowloon\n25 Aug 2026\n"
        "Dr Mei Bennett\n600 Congress Avenue, Austin, TX 78701\nDear Mei,\n"
        "We, Aurora Software Limited (the \"Bank\"), are pleased to offer Mei Bennett (the "
        "\"Borrower\") the facility described below.\nBank: HSBC Hong Kong, account 123-456789-001\n")
    assert names(facility) == {"party_a": "Aurora Software Limited", "party_b": "Mei Bennett"}


def test_a_printed_party_letter_decides_the_role_of_a_name_seen_earlier_under_a_role_word() -> None:
    # the cover calls the buyer 采购方 (party B by default); the body names it 甲方
    f = fields_of("钢材购销合同书\n采购方：杭州天成智能装备有限责任公司\n销售方：西安东方文化传媒有限公司\n\n"
                  "采购方（以下简称“甲方”）：杭州天成智能装备有限责任公司\n"
                  "销售方（以下简称“乙方”）：西安东方文化传媒有限公司\n")
    assert names(f) == {"party_a": "杭州天成智能装备有限责任公司", "party_b": "西安东方文化传媒有限公司"}


def test_a_buyer_of_services_is_the_client_and_public_bodies_are_names() -> None:
    f = fields_of("信息系统运维服务合同\n采购人：上海市浦东新区人民政府办公室\n住所地：上海市浦东新区文三路1833号\n"
                  "服务商：西安博远新材料有限公司天津分公司\n统一社会信用代码：91120116A5N6G6YGE9\n")
    assert names(f) == {"party_a": "上海市浦东新区人民政府办公室", "party_b": "西安博远新材料有限公司天津分公司"}
    loan = fields_of("人民币流动资金贷款合同\n甲方 兴业银行股份有限公司深圳宝安区支行\n统一社会信用代码 914403058TAQ226APU\n"
                     "乙方 宁波正邦置业有限公司\n")
    assert names(loan) == {"party_a": "兴业银行股份有限公司深圳宝安区支行", "party_b": "宁波正邦置业有限公司"}


def test_the_company_of_a_shareholders_agreement_is_the_third_party() -> None:
    f = fields_of(
        "SHAREHOLDERS' AGREEMENT\nTHIS AGREEMENT is made on 12 Aug 2026\nBETWEEN:\n"
        "STONEGATE INSTRUMENTS LIMITED\na company incorporated in Hong Kong with limited liability\n"
        "(hereinafter referred to as \"Stonegate\")\nAND\nMERIDIAN TECHNOLOGIES LIMITED\n"
        "a company incorporated in Hong Kong with limited liability\n(hereinafter referred to as \"Meridian\")\n"
        "AND\nCOBALTLINE SYSTEMS (HONG KONG) LIMITED\na company incorporated in Hong Kong with limited "
        "liability\n(hereinafter referred to as the \"Company\")\nBACKGROUND\n")
    assert names(f) == {"party_a": "STONEGATE INSTRUMENTS LIMITED", "party_b": "MERIDIAN TECHNOLOGIES LIMITED",
                        "party_c": "COBALTLINE SYSTEMS (HONG KONG) LIMITED"}


@pytest.mark.parametrize("text,want", [
    # the ¥ OCR read as a Han character right after the total's label
    ("货物运输合同\n第二条 费用及支付方式\n运输费用总计协883,100.10，托运人应于货物交付后十五日内支付。",
     (Decimal("883100.10"), "CNY")),
    # the total before tax is a subtotal; the tax-inclusive row is the total
    ("购销合同\n序号 货物名称 数量 金额（元）\n1 工业控制器 106套 1,236,923.00\n不含税合计 1,236,923.00\n"
     "税额 160,799.99\n价税合计 1,397,722.99\n", (Decimal("1397722.99"), "CNY")),
    # the consideration, then the part of it paid on completion
    ("SHARE PURCHASE AGREEMENT\n2. Price and Payment. The consideration for the Sale Shares shall be\n"
     "£31,750,000.00 (the \"Purchase Price\"), of which £23,812,500.00 shall be paid on\nCompletion.",
     (Decimal("31750000.00"), "GBP")),
    # twelve months' rent in total after the monthly rent
    ("房屋租赁合同\n2. 合同价款及支付：月租金人民币116,400.00元，租期12个月租金合计人民币1,396,800.00元。",
     (Decimal("1396800.00"), "CNY")),
    # a salary whose words end the line before its figures is still a salary
    ("OFFER OF EMPLOYMENT\n3.1 The Company shall pay the Employee a basic salary of\n"
     "US$49,000.00 per annum, payable in arrears in equal monthly instalments.", None),
])
def test_totals_in_wrapped_prose_and_tax_rows(text: str, want: tuple[Decimal, str] | None) -> None:
    f = fields_of(text)
    got = (f.total.value, f.total.currency) if f.total is not None else None
    assert got == want


def test_a_name_stops_at_a_credit_code_bracket_broken_over_lines() -> None:
    f = fields_of("货物运输合同\n托运人中泰建设工程（西安）有限公司（统一社会信用代码：91610113TF3GRXJ34Q）与承运人"
                  "上海永盛医疗器械股份有限公司(统一社会信用\n代码: 91310115TL78NPRY93)，就货物运输事宜达成如下协议：\n")
    assert names(f) == {"party_a": "中泰建设工程(西安)有限公司", "party_b": "上海永盛医疗器械股份有限公司"}


def _dates(f: object) -> tuple[date | None, date | None, date | None]:
    return tuple(getattr(getattr(f, k), "value", None)  # type: ignore[return-value]
                 for k in ("signed_date", "effective_date", "expiry_date"))


@pytest.mark.parametrize("text,want", [
    # a loan period runs from the drawdown; the contract itself takes effect on signing
    ("流动资金借款合同\n借款期限：12个月，自2024/08/13起至2025年8月12日止。实际放款日与本合同约定不一致的，以借据为准。\n"
     "本合同经双方法定代表人或授权代表签字并加盖公章（或合同专用章）后生效。\n签订地点：深圳市 签订时间：2024年7月26日",
     (date(2024, 7, 26), date(2024, 7, 26), date(2025, 8, 12))),
    # a term counted from the disbursement has no end on paper
    ("借款合同\n3.1 借款期限为2年，自借款实际发放之日起计算，具体以借款借据记载的日期为准。\n"
     "本合同自双方签字盖章之日起生效。\n签订日期：2026年3月27日", (date(2026, 3, 27), date(2026, 3, 27), None)),
    # the end of the probation is not the end of the contract
    ("劳动合同（固定期限）\n3. 合同期限：本合同为固定期限劳动合同，期限十八个月，自2026年5月20日起算，其中试用期至2026年8月19日止。\n"
     "签订日期：2026年5月5日", (date(2026, 5, 5), date(2026, 5, 20), date(2027, 11, 19))),
    # third-person verbs and an amendment's own date
    ("AMENDMENT NO. 1\nThis Amendment is dated 1 June 2025.\n2. This Amendment shall take effect on the date of this "
     "Amendment.\n", (date(2025, 6, 1), date(2025, 6, 1), None)),
    ("LOAN AGREEMENT\nThis Agreement is dated 21 August 2025.\n2. Term. This Agreement comes into force on the date of "
     "this Agreement.\n", (date(2025, 8, 21), date(2025, 8, 21), None)),
    # "Term: 1 year commencing on …" in a key-terms list
    ("TENANCY AGREEMENT\nThis Agreement is dated 10 December 2024.\n2. TERM\nTerm: 1 year commencing on 1st January 2025 "
     "(the \"Term Commencement Date\").\n", (date(2024, 12, 10), date(2025, 1, 1), date(2025, 12, 31))),
])
def test_effectiveness_and_terms_that_do_not_run_from_the_first_date(text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert _dates(fields_of(text)) == want


@pytest.mark.parametrize("text,want", [
    # a sentence-final figure is not given the next clause's number as decimals
    ("SERVICES AGREEMENT\n4. The total contract price is GBP 3,500.\n5. Probation\n", (Decimal("3500"), "GBP")),
    ("PURCHASE AGREEMENT\nThe total purchase price is USD322,600.66.\n3. Acceptance\n", (Decimal("322600.66"), "USD")),
    # rates named after their figures, minimum purchases and capital are no totals
    ("SERVICES AGREEMENT\nCall-out charges: USD 295 per hour. Travel at cost.\n", None),
    ("LEASE\nThe Rent is CNY 878,500 per annum, payable quarterly in advance.\n", None),
    ("DISTRIBUTION AGREEMENT\nThe Distributor shall purchase Products of not less than $2,600,000 in each Contract Year.\n",
     None),
    ("合资经营合同\n合营公司的注册资本为人民币13000万元，其中甲方出资7800万元。\n", None),
])
def test_rates_minimums_and_sentence_final_figures(text: str, want: tuple[Decimal, str] | None) -> None:
    f = fields_of(text)
    assert ((f.total.value, f.total.currency) if f.total is not None else None) == want


def test_trade_names_and_former_names_are_not_part_of_the_party_name() -> None:
    f = fields_of("SERVICES AGREEMENT\nThis Agreement is made between SUMMIT TECHNOLOGIES PTE LTD t/a Northern Lights "
                  "Events (the \"Client\") and Cobaltridge & Blue Partners LLP (formerly known as Cobalt Partners LLP) "
                  "(the \"Consultant\").\n")
    assert names(f) == {"party_a": "SUMMIT TECHNOLOGIES PTE LTD", "party_b": "Cobaltridge & Blue Partners LLP"}


def test_of_two_signing_dates_the_later_concludes_the_contract() -> None:
    f = fields_of("买卖合同\n甲方：上海某某有限公司\n乙方：北京某某科技有限公司\n第一条 标的\n" + "第二条 其他约定。\n" * 6 +
                  "甲方（盖章）：\n签订日期：二〇二五年十月二日\n乙方（盖章）：\n签订日期：二〇二五年九月十二日\n")
    assert f.signed_date is not None and f.signed_date.value == date(2025, 10, 2)


@pytest.mark.parametrize("text,want", [
    # an undertaking addressed "To:" a company "From:" another
    ("CONFIDENTIALITY LETTER\nTo: Pinnacle Foods Holdings Pte. Ltd. (the \"Company\")\nFrom: Ashfordwind Analytics Pte. Ltd.\n"
     "Date: July 12, 2023\nDear Sirs,\nIn consideration of the Company making available to us certain information, we "
     "undertake to keep it confidential.\n",
     {"party_a": "Pinnacle Foods Holdings Pte. Ltd.", "party_b": "Ashfordwind Analytics Pte. Ltd."}),
    # 我司 is the letterhead, 贵司 the addressee of a 函
    ("西安市启明信息技术有限公司\n关于调整合同价款的确认函\n致：武汉市海纳科技有限公司\n"
     "我司（采购方）与贵司（供应商）于2023年5月21日签订的《产品购销合同》，原合同总价为人民币3,898,100.00元。\n",
     {"party_a": "武汉市海纳科技有限公司", "party_b": "西安市启明信息技术有限公司"}),
    # a purchase order printed under the buyer's name, the vendor in a row
    ("Falcongate Robotics LLC\n600 Congress Avenue, Austin, TX 78701\nPURCHASE ORDER\nPO Number 4543691447 Date September 8, 2023\n"
     "Vendor Meridian Facilities Management LLC Ship To Falcongate Robotics LLC\nVendor ID V33202 Terms Net 30\n",
     {"party_a": "Meridian Facilities Management LLC", "party_b": "Falcongate Robotics LLC"}),
    # role words of franchise, credit and supply forms
    ("品牌加盟合同\n本合同由特许人武汉明泰医疗器械股份有限公司（统一社会信用代码：91420111EL65R47W4W）与被特许人"
     "南京市永盛医疗器械股份有限公司于2026.3.25在武汉市签订。\n",
     {"party_a": "武汉明泰医疗器械股份有限公司", "party_b": "南京市永盛医疗器械股份有限公司"}),
    ("授信额度协议\n授信人：中国农业银行股份有限公司深圳南山区支行\n住所：深圳市南山区中山路1268号\n"
     "授信申请人：深圳晨光建设工程有限责任公司\n",
     {"party_a": "中国农业银行股份有限公司深圳南山区支行", "party_b": "深圳晨光建设工程有限责任公司"}),
    ("政府采购合同（货物类）\n供货单位：德润集团股份有限公司\n地址：广州市天河区人民路690号\n订货单位：深圳新辰贸易有限公司\n",
     {"party_a": "德润集团股份有限公司", "party_b": "深圳新辰贸易有限公司"}),
    # a name the line wrap broke, after a credit code and a declaration broken over lines
    ("股权转让协议书\n孙远（身份证号码：600579195804239498）（以下简称“甲方”）、南京市恒达生物科\n"
     "技有限公司（统一社会信用代码：9132010630DLM4A4F1）（以下简称“乙\n方”）经友好协商，就下列事项达成一致：\n",
     {"party_a": "孙远", "party_b": "南京市恒达生物科技有限公司"}),
    # one character of the legal form misread by OCR
    ("建设工程施工合同\n发包人（甲方）：苏州华晟商贸有限货任公司\n承包人（乙方）：上海汇通网络科技有限公司\n",
     {"party_a": "苏州华晟商贸有限责任公司", "party_b": "上海汇通网络科技有限公司"}),
])
def test_parties_of_letters_forms_and_less_common_roles(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


def test_a_term_to_and_including_a_date() -> None:
    f = fields_of("LEASE\nTHIS AGREEMENT is dated 2025-11-20\n1. Duration. The Owner lets the Premises to the Renter for a "
                  "term of one (1) year from\nand including 2025-12-01 to and including 2026-11-30 (the \"Term\").\n")
    assert _dates(f) == (date(2025, 11, 20), date(2025, 12, 1), date(2026, 11, 30))


@pytest.mark.parametrize("text,want", [
    # a table headed in 万元
    ("采购合同\n序号 产品名称 数量 单价（元） 金额（万元）\n1 医用口罩 800箱 400.00 32\n2 空调机组 29台 13,300.00 38.57\n"
     "合计 70.57\n1.2 甲方应于合同生效后三十日内交货。\n", (Decimal("705700.00"), "CNY")),
    # the new price replaces the original, the words in brackets between
    ("补充协议\n原合同第六条约定的合同总价款人民币606,400.00元变更为（大写：人民币柒拾伍万\n捌仟元整）（小写：¥758,000.00）。\n",
     (Decimal("758000.00"), "CNY")),
    ("SIDE LETTER\nthe Contract Price under the Agreement shall be\nSGD 2,348,700, the original Contract Price of "
     "S$2,113,830.00 having been adjusted.\n", (Decimal("2348700"), "SGD")),
    # rates, nominal values, allowances and estimates are no totals
    ("公路货物运输合同\n2. 运费：运费按每吨公里人民币0.45元结算，每月结算一次；装卸费每吨人民币10元。\n", None),
    ("SUBSCRIPTION AGREEMENT\n1.1 The issued share capital of the Company is 26,181 ordinary shares of GBP 1.00 each.\n", None),
    ("OFFER OF EMPLOYMENT\nYou will also be eligible for a relocation allowance of SGD 6,000.00.\n", None),
    ("LEASE\nThe service charge for the first year is estimated at RMB 158,130.\n", None),
])
def test_totals_in_wan_tables_revisions_and_non_totals(text: str, want: tuple[Decimal, str] | None) -> None:
    f = fields_of(text)
    assert ((f.total.value, f.total.currency) if f.total is not None else None) == want


@pytest.mark.parametrize("text,want", [
    ("股权转让协议书\n协议编号:鄂 HDQT 〔2023〕049号\n", "鄂HDQT〔2023〕049号"),
    ("关于调整合同价款的确认函\n函号：XD 函〔2023〕117号\n", "XD函〔2023〕117号"),
    # the addressee's reference and the original contract's number are not this document's
    ("Summit Bank Ltd\nYour Ref: TRS/2026/18\nDear Sirs,\nTERM LOAN FACILITY\n", None),
    ("补充协议\n甲乙双方签订的《技术服务合同》（原合同编号ZL202302308）正在履行中。\n", None),
])
def test_numbers_of_letters_and_official_prefixes(text: str, want: str | None) -> None:
    f = fields_of(text)
    assert (f.contract_no.value if f.contract_no is not None else None) == want


@pytest.mark.parametrize("text,want", [
    # a letter's own date on a line of its own; the lease it refers to is dated earlier
    ("Summit Bank Ltd\n8 Jurong Town Hall Road\n21 July 2026\nDear Sirs,\nWe refer to the Lease dated 7 February 2023 "
     "between us.\nThis letter shall take effect on the date of this letter.\n",
     (date(2026, 7, 21), date(2026, 7, 21), None)),
    # a 函 refers to a contract signed earlier; its own date is under the seal
    ("关于调整合同价款的确认函\n我司与贵司于2023年5月21日签订的《产品购销合同》原合同总价为人民币3,898,100.00元。\n" + "特此函告。\n" * 8 +
     "西安市启明信息技术有限公司（盖章）\n日期：2025年10月27日\n", (date(2025, 10, 27), None, None)),
    # an undertaking in force for a term from the date of the letter
    ("CONFIDENTIALITY UNDERTAKING\nDate: 26 February 2026\nDear Sirs,\nThis undertaking shall continue in force for three "
     "years from the date of this letter.\n", (date(2026, 2, 26), date(2026, 2, 26), date(2029, 2, 25))),
])
def test_the_dates_of_letters(text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert _dates(fields_of(text)) == want


@pytest.mark.parametrize("text,want", [
    # a bracketed place inside the name before its declaration
    ("保密协议\n本协议由中泰新材料（青岛）有限公司（以下简称“甲方”）与龙英远（身份证号码：435289198409283644）"
     "（以下简称“乙方”）签订。\n", {"party_a": "中泰新材料(青岛)有限公司", "party_b": "龙英远"}),
    # a role word the table does not know, with its party letter, then the name
    ("营销中心装修运维项目合同\n使用单位（甲方）：天津汇通贸易有限公司\n地址：天津市滨海新区金融街231号\n"
     "运营单位（乙方）：北京盛通软件有限公司\n", {"party_a": "天津汇通贸易有限公司", "party_b": "北京盛通软件有限公司"}),
    # an undertaking given to the company by the one who signs it
    ("保密承诺书\n致：上海市锦程网络科技有限公司（以下简称“公司”）\n本人韩涛，系公司研发部员工，现郑重承诺如下：\n"
     "承诺人（签字）：韩涛\n", {"party_a": "上海市锦程网络科技有限公司", "party_b": "韩涛"}),
    # a bill of sale BY one person TO another
    ("BILL OF SALE\nTHIS BILL OF SALE is made on 12 October 2025\nBY: Mei Clark of Room 1801, 18/F, Tower 2, Hong\n"
     "Kong (the \"Seller\")\nTO: Lukas Wang of 88 Queensway, Admiralty, Hong Kong (the \"Buyer\")\n",
     {"party_a": "Mei Clark", "party_b": "Lukas Wang"}),
])
def test_parties_declared_in_less_common_ways(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


@pytest.mark.parametrize("text,want", [
    # an IOU: the lender is the one borrowed from
    ("借款借据\n本人段海宇（身份证号码：562043199909102628）今向尹浩静（身份证号码：471298196005252627）借款人民币"
     "（大写）贰拾叁万捌仟元整（¥238,000.00）。\n借款人（签字并按手印）：段海宇\n", {"party_a": "尹浩静", "party_b": "段海宇"}),
    # a customer and a supplier both claim party A: the first named keeps it
    ("MASTER SUPPLY AGREEMENT\nPARTIES\n(1) Juniper Digital Limited, whose registered office is at 1 King Street, London "
     "(the \"Customer\"); and\n(2) Silverhaven Trading Inc. (the \"Supplier\").\nThe Supplier shall deliver the Goods.\n",
     {"party_a": "Juniper Digital Limited", "party_b": "Silverhaven Trading Inc."}),
    # a partnership's legal form in brackets, a consultant's role
    ("审计业务约定书\n甲方：\n广州正邦信息技术有限公司\n乙方：\n中汇会计师事务所（特殊普通合伙）\n",
     {"party_a": "广州正邦信息技术有限公司", "party_b": "中汇会计师事务所(特殊普通合伙)"}),
    ("常年法律顾问协议\n委托方：杭州国鑫贸易股份有限公司\n顾问方：浙江德衡律师事务所广州分所\n",
     {"party_a": "杭州国鑫贸易股份有限公司", "party_b": "浙江德衡律师事务所广州分所"}),
])
def test_parties_of_ious_supply_and_professional_firms(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


@pytest.mark.parametrize("text,want_total,want_expiry", [
    # the interest over the term is not the loan; the loan is given in 万元
    ("借款协议书\n甲方同意向乙方出借资金人民币1171万元（大写：壹仟壹佰柒拾壹万元整）。\n借款年利率为6%，按季结息，预计借款期间利息总额约为人民币351,300.00元。\n",
     (Decimal("11710000.00"), "CNY"), None),
    # an IOU's repayment date is its expiry
    ("借条\n借款人因资金周转向出借人借款人民币（大写）陆仟元整（¥6,000.00），出借人已于二〇二四年七月八日以银行转账方式支付。"
     "借款人承诺于二〇二五年一月七日前归还全部借款。\n", (Decimal("6000.00"), "CNY"), date(2025, 1, 7)),
    ("借款借据\n本人今向尹浩静借款人民币（大写）贰拾叁万捌仟元整（¥238,000.00），还款日期为2025年10月13日。\n",
     (Decimal("238000.00"), "CNY"), date(2025, 10, 13)),
])
def test_loans_their_principal_and_repayment_date(text: str, want_total: tuple, want_expiry: date | None) -> None:  # type: ignore[type-arg]
    f = fields_of(text)
    assert ((f.total.value, f.total.currency) if f.total is not None else None) == want_total
    assert (f.expiry_date.value if f.expiry_date is not None else None) == want_expiry


@pytest.mark.parametrize("text,want", [
    ("综合授信合同\n编号：中银苏授字2026第464号\n", "中银苏授字2026第464号"),
    ("战略合作协议\nNO 2025-KJ-2272-A 签订地点 杭州市滨江区\n", "2025-KJ-2272-A"),
    ("定购单\n订单编号 PO20230416154 订单日期 2023年04月16日\n", "PO20230416154"),
    # "refund" holds no "Ref"
    ("SERVICES AGREEMENT\nIf the Client cancels, we will refund 50% of the fee.\n", None),
])
def test_numbers_with_an_unbracketed_year_a_bare_no_and_order_forms(text: str, want: str | None) -> None:
    f = fields_of(text)
    assert (f.contract_no.value if f.contract_no is not None else None) == want


@pytest.mark.parametrize("text,want", [
    # an old-style deed: "whose registered office", "of the one part", hereinafter without brackets
    ("NON-DISCLOSURE AGREEMENT\nTHIS AGREEMENT made this 7th day of December 2023\nBETWEEN SILVER FACILITIES MANAGEMENT (UK) "
     "LIMITED whose registered\noffice is at 1 Spinningfields, Manchester M3 3JE (hereinafter referred to as the\nDisclosing "
     "Party) of the one part\nAND HARBOUR MATERIALS PLC whose registered office is at 1 Spinningfields,\nManchester M3 3JE "
     "hereinafter \"the Recipient\" of the other part.\n",
     {"party_a": "SILVER FACILITIES MANAGEMENT (UK) LIMITED", "party_b": "HARBOUR MATERIALS PLC"}),
    ("DEED OF SETTLEMENT\nTHIS DEED made this 16th day of January 2026\nBETWEEN MAPLEGATE ROBOTICS HOLDINGS PTE. LTD. whose "
     "registered office\nis at 8 Jurong Town Hall Road, Singapore 609434 hereinafter \"Maplegate\"\nof the one part\nAND "
     "STERLINGBRIDGE ENGINEERING PTE. LTD. whose registered office is at 12\nMarina Boulevard, Singapore 018982 hereinafter "
     "\"Sterlingbridge\" of the\nother part.\n",
     {"party_a": "MAPLEGATE ROBOTICS HOLDINGS PTE. LTD.", "party_b": "STERLINGBRIDGE ENGINEERING PTE. LTD."}),
    # "on the one hand", "of <city>", a Chinese name after the English one
    ("MASTER SERVICES AGREEMENT\nThis Agreement is made by and between Atlaspoint Partners Inc. of Austin, Texas (the "
     "\"Client\"), on the one hand, and Ashford Partners LLC (the \"Contractor\"), on the other hand.\n",
     {"party_a": "Atlaspoint Partners Inc.", "party_b": "Ashford Partners LLC"}),
    ("SERVICE AGREEMENT\nParty A（甲方）: Xinda Trading (Xi'an) Co., Ltd.（信达贸易（西安）有限公司）\n"
     "Party B（乙方）: Shenzhen Anjie Information Technology Co., Ltd.\n",
     {"party_a": "Xinda Trading (Xi'an) Co., Ltd.", "party_b": "Shenzhen Anjie Information Technology Co., Ltd."}),
    # a sole proprietor: the shop's name, not its operator
    ("借款合同\n出借人：深圳市宝安区国鑫水果店（经营者：陶梅辉）\n借款人：联创商贸（深圳）有限公司\n",
     {"party_a": "深圳市宝安区国鑫水果店", "party_b": "联创商贸(深圳)有限公司"}),
])
def test_parties_of_old_style_deeds_bilingual_names_and_shops(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


def test_a_declaration_whose_closing_bracket_ocr_lost_and_a_dotted_line_read_as_letters() -> None:
    f = fields_of("劳动合同（固定期限）\n立合同双方:\n聘用单位(以下简称 “ 甲方 “ :\n名称:西安盛通贸易有限公司\n"
                  "统一社会信用代码: 91610113WC9348N7UQ\n受聘人(以下简称 “ 乙方 “ :\n姓名:曹思娟\n")
    assert names(f) == {"party_a": "西安盛通贸易有限公司", "party_b": "曹思娟"}
    g = fields_of("PLANT HIRE CONTRACT\nOwner: Falcongate Trading Holdings Pte. Ltd.\nHirer: Meridianstone Electronics Pte. Ltd.\n"
                  "Signed for the Hirer: .................... Signed for the Owner: .........cc........\n")
    assert names(g) == {"party_a": "Falcongate Trading Holdings Pte. Ltd.", "party_b": "Meridianstone Electronics Pte. Ltd."}


@pytest.mark.parametrize("text,want", [
    ("CONTRACT\nThis Agreement is made on 8 Aug 2023 between Falcon & Pinnacle LLP, acting as\nPurchaser and Meridianpeak "
     "Software PLC, acting as Supplier.\n", {"party_a": "Meridianpeak Software PLC", "party_b": "Falcon & Pinnacle LLP"}),
    ("PURCHASE AGREEMENT\nTHIS AGREEMENT is made between the parties whose details are set out in the Schedule.\n"
     "SCHEDULE 1 - PARTIES\nName Company number Registered office Role\n"
     "Falconline Instruments Limited 8182747 Manchester Buyer\n"
     "Pacificridge Trading Ltd 38262779 London Vendor\n",
     {"party_a": "Pacificridge Trading Ltd", "party_b": "Falconline Instruments Limited"}),
    ("劳务合同\n盛通环保科技（北京）有限公司（下称\"用工单位\"）与贾然（下称\"劳务人员\"），经协商一致，订立本合同。\n",
     {"party_a": "盛通环保科技(北京)有限公司", "party_b": "贾然"}),
    ("协议书\n宁波市北仑区恒达水果店（个体工商户）（下称甲方）与国鑫环保科技（苏州）有限公司（下称乙方），经协商一致，订立本协议。\n",
     {"party_a": "宁波市北仑区恒达水果店", "party_b": "国鑫环保科技(苏州)有限公司"}),
])
def test_roles_after_names_and_in_a_schedule_of_parties(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


@pytest.mark.parametrize("text,want", [
    ("借款合同\n合同编号：2023年工商借字第4988号\n", "2023年工商借字第4988号"),
    ("流动资金借款合同\n编号：交通广州2026流贷字第7161号\n", "交通广州2026流贷字第7161号"),
    # an ID number under an "编号" label is not the contract's
    ("房屋租赁合同\n出租人：张三\n证件类型及编号：身份证 227571199806131565\n", None),
])
def test_bank_numbers_with_the_year_first_and_id_numbers(text: str, want: str | None) -> None:
    f = fields_of(text)
    assert (f.contract_no.value if f.contract_no is not None else None) == want


@pytest.mark.parametrize("text,want", [
    ("SERVICES CONTRACT\nDate of this contract: 22nd August 2023\nThe Services start on 1 September 2023.\n",
     (date(2023, 8, 22), date(2023, 9, 1), None)),
    ("技术转让合同\n转让方与受让方于2025年10月23日在杭州市滨江区经友好协商签订本协议如下：\n", (date(2025, 10, 23), None, None)),
])
def test_signing_dates_in_a_header_row_and_in_prose(text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert _dates(fields_of(text)) == want


def test_a_day_rate_is_no_total() -> None:
    assert fields_of("CONSULTANCY AGREEMENT\nThe Consultant shall be paid a day rate of S$850 for each day worked.\n").total is None


@pytest.mark.parametrize("text,want", [
    ("DEED OF SETTLEMENT\nThe Claimant claimed SGD 4,080,000.00. In full and final settlement the Defendant shall pay "
     "the Claimant the settlement sum of SGD 2,244,000.00.\n", (Decimal("2244000.00"), "SGD")),
    ("DEED OF GUARANTEE\nThe maximum aggregate liability of the Guarantor under this Deed is GBP 8,200,000.\n",
     (Decimal("8200000"), "GBP")),
    ("SUPPLEMENTAL AGREEMENT\nThe Contract Price of HKD 1,058,000 is varied to HKD 952,200.\n", (Decimal("952200"), "HKD")),
    ("采购合同\n付款计划\n| 期次 | 比例 | 金额（元） |\n| 预付款 | 30% | 534,390.00 |\n| 合计 | 100% | 1,781,300.00 |\n",
     (Decimal("1781300.00"), "CNY")),
])
def test_settlements_guarantees_variations_and_schedule_sums(text: str, want: tuple[Decimal, str]) -> None:
    f = fields_of(text)
    assert ((f.total.value, f.total.currency) if f.total is not None else None) == want


def test_a_declaration_with_the_article_inside_the_quotes_and_a_successors_clause() -> None:
    f = fields_of("LOAN AGREEMENT\nTHIS AGREEMENT made this 11th day of October, 2024\nBETWEEN IRON TECHNOLOGIES INC. whose "
                  "registered office is at 1209 Orange\nStreet, Wilmington, DE 19801 (hereinafter called \"the Lender\" which "
                  "expression\nshall where the context so admits include its successors and assigns) of the one\npart\nAND "
                  "Ashford Instruments Inc. whose registered office is at 450 Market Street,\nSan Francisco, CA 94105 "
                  "hereinafter \"the Borrower\" of the other part.\n")
    assert names(f) == {"party_a": "IRON TECHNOLOGIES INC.", "party_b": "Ashford Instruments Inc."}


def test_table_rules_read_as_bars_are_column_gaps() -> None:
    """Tesseract reads a table's vertical rules as "|": a label's cell and its value's cell
    still go together, and the rule is not part of either."""
    page = ocr_page_with("物资采购合同\n合同编号 | 东方合〔2025〕第2310号\n采购方 | 西安东方新材料有限责任公司\n"
                         "签订日期 | 2025年10月1日\n", {})
    assert "|" not in page.text
    f = extract_fields([page], language="zh")
    assert f.signed_date is not None and f.signed_date.value == date(2025, 10, 1)
    assert f.contract_no is not None and f.contract_no.value == "东方合〔2025〕第2310号"
    assert f.contract_no.confidence > 0.85  # a table cell's label is as good as one with a colon


@pytest.mark.parametrize("row", ["合计 100% 405,030.00", "合计10006 405,030.00", "合计 | 230 | | 405,030.00"])
def test_a_sum_row_with_one_short_cell_before_the_sum(row: str) -> None:
    """The sum row of a schedule or goods table: its 100 % cell (however OCR read the "%") or
    its total quantity stands between the label and the sum."""
    f = fields_of(f"物资采购合同\n序号 货物名称 数量 单价（元） 金额（元）\n1 不锈钢板 230 1,761.00 405,030.00\n{row}\n"
                  "本合同自双方签字盖章之日起生效。\n")
    assert f.total is not None and (f.total.value, f.total.currency) == (Decimal("405030.00"), "CNY")


def test_a_role_label_ocr_misread_in_one_character_is_read_as_the_role() -> None:
    """"披露方" read "拔露方" (a rare glyph, low confidence) in its label's place: the discloser
    is still found. A character read confidently, or a word of its own (收货方, the consignee,
    one character from 供货方), is left alone."""
    text = "保密协议\n拔露方名称：青岛天成智能装备有限公司\n接收方名称：青岛立讯文化传媒有限责任公司\n"
    f = extract_fields([ocr_page_with(text, {"拔": 54.0})], language="zh")
    assert names(f) == {"party_a": "青岛天成智能装备有限公司", "party_b": "青岛立讯文化传媒有限责任公司"}
    f = extract_fields([ocr_page_with(text, {})], language="zh")
    assert names(f) == {"party_b": "青岛立讯文化传媒有限责任公司"}
    # the same in a table's row, the name in the next cell
    table = "技术保密协议\n拔露方            南京恒达信息技术有限公司\n接收方            广州明泰贸易有限公司\n"
    f = extract_fields([ocr_page_with(table, {"拔": 54.0})], language="zh")
    assert names(f) == {"party_a": "南京恒达信息技术有限公司", "party_b": "广州明泰贸易有限公司"}
    g = extract_fields([ocr_page_with("购销合同\n供货方：天津晨光食品有限公司\n收货方：西安华晟供应链管理有限公司\n"
                                      "购货方：上海天成软件有限公司\n", {"收": 50.0})], language="zh")
    assert names(g) == {"party_a": "天津晨光食品有限公司", "party_b": "上海天成软件有限公司"}


def test_a_month_ocr_misread_in_a_chinese_date() -> None:
    f = fields_of("专利实施许可合同\n三、许可期限\n本合同于2023年6 A 22日起生效，有效期二年。\n")
    assert f.effective_date is not None and f.effective_date.value == date(2023, 6, 22)
    assert f.expiry_date is not None and f.expiry_date.value == date(2025, 6, 21)
    assert fields_of("合同\n本合同于2023年6 A 22起生效。\n").effective_date is None  # no 日: not a date


@pytest.mark.parametrize("text,want", [
    # ¥ read as 8, and 仟 as 仔 in the words: the words still say which figures are meant
    ("技术许可合同\n乙方应于本合同生效后十日内支付首付款人民币179,400.00元；许可使用费总额（大写）：人民\n"
     "币伍拾玖万捌仔元整（小写）：8598,000.00，余款于验收合格后支付。\n", Decimal("598000.00")),
    # ¥ read as "g" in the figures that restate the words
    ("技术许可合同\n合同总价款为人民币肆佰肆拾万零壹仟捌佰元整（g4,401,800.00）。合同签订后十个工作\n"
     "日内支付合同总价的30%作为预付款，即人民币1,320,540.00元。\n", Decimal("4401800.00")),
])
def test_totals_whose_yuan_sign_ocr_misread(text: str, want: Decimal) -> None:
    f = fields_of(text)
    assert f.total is not None and (f.total.value, f.total.currency) == (want, "CNY")


@pytest.mark.parametrize("text,want", [
    # the model 技术合同's party table: "名称（或姓名）"
    ("技术许可合同\n许可方（甲方） 名称（或姓名） 广州盛通职业技术学院\n法定代表人 姚红霞\n"
     "被许可方（乙方） 名称（或姓名） 上海天成软件有限公司\n法定代表人 董秀雪\n",
     {"party_a": "广州盛通职业技术学院", "party_b": "上海天成软件有限公司"}),
    # a client (客户) facing its service provider
    ("合同书\n合同要素表\n合同编号 HT2023012315\n客户 启明物流（武汉）有限公司\n服务商 上海市新辰文化传媒有限公司\n",
     {"party_a": "启明物流(武汉)有限公司", "party_b": "上海市新辰文化传媒有限公司"}),
    # a bilingual sales contract: the English gloss between the label and its colon
    ("售 货 合 同\nSALES CONTRACT\n卖方 The Sellers：广州信达科技有限公司\nGuangzhou Xinda Technology Co., Ltd.\n"
     "买方 The Buyers：Pinnacle Components Holdings Pte. Ltd.\n地址 Address：1 Raffles Place, Singapore 048616\n"
     "卖方 The Sellers：   买方 The Buyers：\n",
     {"party_a": "广州信达科技有限公司", "party_b": "Pinnacle Components Holdings Pte. Ltd."}),
    # a landlord acting by its agent: the agent is no party; the lease's prose names none
    ("AGREEMENT\nPARTICULARS\nLessor Lumenline Engineering Corporation acting by its managing agent Blue Estates LLP "
     "of San Francisco, CA 94105\nLessee Redbridge Digital Inc.\n1. PREMISES\nThe Lessor lets to the Lessee the premises "
     "known as Third Floor, 200 Clarendon\nStreet, Boston, MA 02116 (the \"Premises\").\n",
     {"party_a": "Lumenline Engineering Corporation", "party_b": "Redbridge Digital Inc."}),
    # the employee declared by a pronoun only: the side the company leaves
    ("EMPLOYMENT AGREEMENT\nThis contract is made between Bluewood Trading Corporation of New York, NY\n10118 (the "
     "\"Company\", \"we\") and Aisha Brown of 600 Congress Avenue, Austin,\nTX 78701 (\"you\").\n1.1 You are employed as "
     "Project Manager.\n", {"party_a": "Bluewood Trading Corporation", "party_b": "Aisha Brown"}),
    # registered numbers in brackets, a national bank's ", N.A."
    ("TERM LOAN FACILITY AGREEMENT\nTHIS AGREEMENT is dated December 8, 2025 and made between:\n(1) CRESCENTGATE ROBOTICS "
     "L.P. (registered number 29968581) as borrower (the\n\"Borrower\");\n(2) Granite Bank, N.A. (company number 35736031) "
     "as lender (the \"Lender\");\n(3) MERIDIANLIGHT DIGITAL LLC (registered number 33799642) as guarantor (the\n"
     "\"Guarantor\").\n",
     {"party_a": "Granite Bank, N.A.", "party_b": "CRESCENTGATE ROBOTICS L.P.", "party_c": "MERIDIANLIGHT DIGITAL LLC"}),
])
def test_parties_of_model_forms_agents_pronouns_and_registered_numbers(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


def test_numeric_dates_follow_the_dates_written_out_before_a_british_spelling() -> None:
    f = fields_of("AGREEMENT\nDate: 01/07/2024\n2. TERM\nThis Agreement shall commence on January 10, 2024 and end on "
                  "January 9th,\n2026.\nSIGNED by Grace Rossi, authorised signatory, for and on behalf of Redbridge\n")
    assert f.signed_date is not None and f.signed_date.value == date(2024, 1, 7)
    g = fields_of("AGREEMENT\nDate: 01/07/2024\n2. TERM\nThis Agreement shall commence on 10 January 2024.\n")
    assert g.signed_date is not None and g.signed_date.value == date(2024, 7, 1)


@pytest.mark.parametrize("text,want", [
    # an English label with its Chinese one after a slash
    ("CONTRACT FOR SERVICES\n服务合同\nParty A / 甲方: Beijing Jiahe Medical Devices Co., Ltd.\n中文名称: 北京嘉禾医疗器械有限公司\n"
     "Party B / 乙方: Hangzhou Dingsheng Medical Devices Co., Ltd.\n",
     {"party_a": "Beijing Jiahe Medical Devices Co., Ltd.", "party_b": "Hangzhou Dingsheng Medical Devices Co., Ltd."}),
    # a contract in the first person: the writer employs, the reader is employed
    ("CONTRACT OF EMPLOYMENT\nThis contract is made between Redgate & Blue LLP of 20 Fenchurch Street, London\nEC3M 3BY "
     "(\"we\", \"us\", \"our\") and Hannah Rossi of 3 Exchange Crescent,\nEdinburgh EH3 8AN (\"you\").\n1. JOB TITLE\n"
     "You are employed as Sales Executive.\n", {"party_a": "Redgate & Blue LLP", "party_b": "Hannah Rossi"}),
    ("EMPLOYMENT AGREEMENT\nThis contract is made between Tidewater Robotics Ltd of 3 Exchange Crescent,\nEdinburgh EH3 8AN "
     "(\"we\" or \"us\") and Lukas Tan of 1 Spinningfields,\nManchester M3 3JE (\"you\").\n",
     {"party_a": "Tidewater Robotics Ltd", "party_b": "Lukas Tan"}),
    # an engagement letter: the writer serves the client it writes to
    ("ENGAGEMENT LETTER\nThis letter is between Ashford & Lane LLP (\"we\") and Northwind Retail Limited (\"you\").\n"
     "Our fees for the services are set out in Schedule 1.\n",
     {"party_a": "Northwind Retail Limited", "party_b": "Ashford & Lane LLP"}),
    # parties named only in the signature blocks, "For and on behalf of X (the Discloser)"
    ("AGREEMENT\nThis memorandum records the agreement between the Discloser and the\nRecipient named in the signature blocks "
     "below.\nAgreed by the parties:\nFor and on behalf of Pacificcrest Engineering Pte Ltd (the Discloser)\n"
     "Signature: ____________________\nFor and on behalf of Pacificfield Engineering Holdings Pte. Ltd. (the\nRecipient)\n",
     {"party_a": "Pacificcrest Engineering Pte Ltd", "party_b": "Pacificfield Engineering Holdings Pte. Ltd."}),
])
def test_parties_in_two_languages_in_the_first_person_and_in_signature_blocks(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


@pytest.mark.parametrize("text,want", [
    # a speck between two signature columns read as a quote mark
    ("聘用合同\n聘用方（盖章）：宏远科技（广州）有限公司 “ 受聘方（签字）：袁刚秀\n",
     {"party_a": "宏远科技(广州)有限公司", "party_b": "袁刚秀"}),
    # 乙 read as Z
    ("合作协议\n甲方   杭州凯胜股权投资合伙企业（有限合伙）\nZ 方   宁波正邦实业有限公司武汉分公司\n",
     {"party_a": "杭州凯胜股权投资合伙企业(有限合伙)", "party_b": "宁波正邦实业有限公司武汉分公司"}),
    # "t/a" read as "ta"
    ("CALL-OFF FRAMEWORK AGREEMENT\nPARTIES\n(1) Bright Analytics PLC ta Apex Office Supplies incorporated and registered in\n"
     "England and Wales (\"Customer\");\n(2) Beaconpoint Energy Limited incorporated and registered in England and Wales "
     "(\"Supplier\").\n", {"party_a": "Bright Analytics PLC", "party_b": "Beaconpoint Energy Limited"}),
])
def test_parties_through_ocr_specks_and_misread_letters(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


@pytest.mark.parametrize("text,want", [
    # 1 read as L, the ¥ as "g#"
    ("服务合同\n合同总价款（大写：人民币壹佰捌拾叁万捌仟元整）（小写：g#L,838,000.00）。\n支付方式：合同签订后十日内支付735,200.00元。\n",
     Decimal("1838000.00")),
    # a thousands separator lost and the next read as a point
    ("购销合同\n税额为人民币113,251.38元，价税合计人民币1371.600.00元（大写：壹佰叁拾柒万壹仟陆佰元整）。\n", Decimal("1371600.00")),
    # the ¥ read as 8, and three numerals of the words garbled, two of them side by side
    ("销售合同\n总金额：（大写：人民币叁佰染拙玖万伍仟学佰捌拾元整）（小写：83,795,280.00）\n", Decimal("3795280.00")),
    # a 万元 column whose header lost its closing bracket
    ("合同\n订货单位与供货单位经友好协商，就下列货物的买卖事项达成一致，订立本合同，双方共同遵守本合同的全部条款。\n"
     "序号 产品名称 数量 单价（元） 金额（万元\n1 铜芯电缆 2400米 200.00 48\n2 数控车床 59台 266,200.00 1570.58\n"
     "合计 1618.58\n供货单位应于合同生效后四十五日内交货。\n", Decimal("16185800.00")),
])
def test_totals_through_more_ocr_misreads(text: str, want: Decimal) -> None:
    f = fields_of(text)
    assert f.total is not None and (f.total.value, f.total.currency) == (want, "CNY")


# ---- layouts from contracts written apart from the extractor (session 7) ----------------------
@pytest.mark.parametrize("text,want", [
    # a role word before the declared name ("采购人X（以下简称甲方）与中标供应商Y")
    ("政府采购合同\n采购人杭州中泰商贸有限公司苏州分公司（以下简称甲方）与中标供应商天津嘉禾精密机械股份有限公司（以下简称乙方），经平等协商，签订本合同。\n",
     {"party_a": "杭州中泰商贸有限公司苏州分公司", "party_b": "天津嘉禾精密机械股份有限公司"}),
    # a verb between the two declarations, and a second short name after 或
    ("推广服务合同\n广州瀚淼化妆品有限公司（以下简称“甲方”）委托广州骐思文化传播有限公司（以下简称“乙方”）提供推广服务。\n",
     {"party_a": "广州瀚淼化妆品有限公司", "party_b": "广州骐思文化传播有限公司"}),
    ("采购合同\n本合同由河北翊宸制药有限公司（以下简称“甲方”或“需方”）与石家庄淼泰化工原料有限公司（以下简称“乙方”或“供方”）订立。\n",
     {"party_a": "河北翊宸制药有限公司", "party_b": "石家庄淼泰化工原料有限公司"}),
    # roles of the Civil Code's work contract (定作人 / 承揽人)
    ("承揽合同\n定作人：苏州恒钧模具有限公司\n承揽人：昆山骏鑫精密机械有限公司\n",
     {"party_a": "苏州恒钧模具有限公司", "party_b": "昆山骏鑫精密机械有限公司"}),
    # bilingual labels with a bracketed letter on both sides, and a table row's gap for the colon
    ("劳动合同\n用人单位（甲方）Employer (Party A)：泰珀琨（中国）医疗器械有限公司\n"
     "| 乙方（供货方）Party B | 江苏瀚泓流体设备制造有限公司 |\n",
     {"party_a": "泰珀琨(中国)医疗器械有限公司", "party_b": "江苏瀚泓流体设备制造有限公司"}),
    # a duty clause headed by the party's letter names no party
    ("保密协议\n甲方：西安骐昊航空零部件制造有限公司\n二、乙方义务：\n1. 仅为约定目的使用保密信息；\n",
     {"party_a": "西安骐昊航空零部件制造有限公司"}),
    # the party letter misread before its bracketed role ("用方（卖方）"), and 卖方 read as digits
    ("协议书\n用方（卖方）名称武汉凯胜软件集团有限公司\n乙方（买方）名称宁波汇通信息技术有限责任公司\n",
     {"party_a": "武汉凯胜软件集团有限公司", "party_b": "宁波汇通信息技术有限责任公司"}),
    ("进口合同\n5277 The Sellers: Clearridge Systems L.P.\n买方 The Buyers:广州海纳精密制造有限公司\n",
     {"party_a": "Clearridge Systems L.P.", "party_b": "广州海纳精密制造有限公司"}),
])
def test_parties_of_independently_written_chinese_contracts(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


@pytest.mark.parametrize("text,want", [
    # a schedule of the parties ("Item 1  Landlord : X (NRIC No. …)")
    ("TENANCY AGREEMENT\nTHE SCHEDULE\nItem 1   Landlord   : TAN BOON HOCK (NRIC No. S6812345D)\n"
     "Item 2   Tenant   : SOLVEIG ANALYTICS ASIA PTE. LTD. (UEN 202011456W)\n",
     {"party_a": "TAN BOON HOCK", "party_b": "SOLVEIG ANALYTICS ASIA PTE. LTD."}),
    ("TENANCY AGREEMENT\nPart I   Landlord   : KWONG TAK ESTATES LIMITED whose registered office is at Central\n"
     "Part II   Tenant   : LEUNG Wai Sze Fiona (HKID Card No. Y123456(7))\n",
     {"party_a": "KWONG TAK ESTATES LIMITED", "party_b": "LEUNG Wai Sze Fiona"}),
    # labels inside an opening "between:" list, an address after a name in capitals
    ("CONTRACT OF EMPLOYMENT\nThis Contract is made on 5 August 2024 between:\n"
     "Employer : Vantage Peak Securities (Asia) Limited (SFC CE No. AXR512), a company incorporated in Hong Kong "
     "(the \"Company\"); and\nEmployee : CHAN Hoi Yan (HKID No. K456789(3)), of Flat 12C (the \"Employee\").\n",
     {"party_a": "Vantage Peak Securities (Asia) Limited", "party_b": "CHAN Hoi Yan"}),
    ("CONSULTANCY AGREEMENT\nBETWEEN:\n(1) WESSEX COUNTY COUNCIL of County Hall, Dorchester (the \"Client\"); and\n"
     "(2) FAIRLIE RENNICK & PARTNERS LLP (the \"Consultant\").\n",
     {"party_a": "WESSEX COUNTY COUNCIL", "party_b": "FAIRLIE RENNICK & PARTNERS LLP"}),
    # column headings over the names, a purchase order's issuer in its letterhead
    ("SALES CONTRACT\nSELLER            BUYER\nFor and on behalf of            For and on behalf of\n"
     "TAN PHU AGRO EXPORT JOINT STOCK COMPANY            VAN DER HOEK NUTS & DRIED FRUIT B.V.\n",
     {"party_a": "TAN PHU AGRO EXPORT JOINT STOCK COMPANY", "party_b": "VAN DER HOEK NUTS & DRIED FRUIT B.V."}),
    ("OFFICIAL PURCHASE ORDER\nGreywell & Stoke NHS Foundation Trust            Order No: PO-GW-118842\n"
     "Aldermaston Road, Basingstoke            Order Date: 21/10/2024\nSUPPLIER            DELIVER TO\n"
     "Calder Medical Supplies Ltd            Greywell General Hospital\nUnit 9, Pennine Business Park            Aldermaston Road\n",
     {"party_a": "Calder Medical Supplies Ltd", "party_b": "Greywell & Stoke NHS Foundation Trust"}),
    # a numeral wrapped to a line's start is no party list
    ("AGREEMENT\nThis Agreement takes effect on the date on which it is signed and continues for one\n(1) year.\n"
     "SIGNED by Mei Wang, Director, for and on behalf of Oak Consulting Pte Ltd\n",
     {}),
])
def test_parties_of_independently_written_english_contracts(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


def test_terms_in_weeks_and_a_probation_range() -> None:
    f = fields_of("技术咨询合同\n签订日期：2025年6月29日\n本合同自双方签字盖章之日起生效。本合同履行期限为十二周，自2025-07-08起计。\n")
    assert f.expiry_date is not None and f.expiry_date.value.isoformat() == "2025-09-29"
    g = fields_of("劳动合同\n签订日期：2024年9月16日\n无固定期限：自2024年9月21日起。其中，试用期从2024年9月21日起至2024年12月20日止。\n")
    assert g.expiry_date is None  # the end of the probation is not the contract's


@pytest.mark.parametrize("text,want", [
    # the cue nearest the figures: not "合同价款的95%" earlier in the sentence
    ("采购合同\n订货单位支付预付款¥888,097.80元；货到验收合格后支付至合同价款的95%；质保金¥148,016.30元于质保期满后无息支付。"
     "以上各期款项合计即合同总价款￥2,960,326.00元。\n", Decimal("2960326.00")),
    # the ¥ read as 8 and three numerals of the words garbled: the words' shape still decides
    ("买卖合同\n第一条金额\n合同价款(小写)：82,145,800.00；(大写)：忠佰煌拙肆万伍仟捌佰元整。\n", Decimal("2145800.00")),
])
def test_totals_of_session7_cases(text: str, want: Decimal) -> None:
    f = fields_of(text)
    assert f.total is not None and (f.total.value, f.total.currency) == (want, "CNY")


# ---- contracts written apart from the extractor, second round ---------------------------------

@pytest.mark.parametrize("text,want", [
    # a role with its party letter before the colon: a label, not a declaration of the title
    ("LOAN CONTRACT\nContract No.: HZJX-JK-2024-006\nLender (Party A): Hangzhou Junxiang Investment Co., Ltd.\n"
     "Address: Room 1201\nBorrower (Party B): Zhejiang Lanqi Textile Co., Ltd.\nGuarantor (Party C): Fang Yuqi\n",
     {"party_a": "Hangzhou Junxiang Investment Co., Ltd.", "party_b": "Zhejiang Lanqi Textile Co., Ltd.",
      "party_c": "Fang Yuqi"}),
    # a cover page: "between" on its own line, a role under each name
    ("FACILITY AGREEMENT\n\nBETWEEN\n\nNORTHWIND TRADING LIMITED\n(as Borrower)\n\n- and -\n\nHARBOUR BANK PLC\n"
     "(as Lender)\n\nDated 3 April 2024\n",
     {"party_a": "HARBOUR BANK PLC", "party_b": "NORTHWIND TRADING LIMITED"}),
    # … and a memorandum whose names stand in the order they are listed
    ("MEMORANDUM OF UNDERSTANDING\nbetween\nWestmoor University\n(United Kingdom)\nand\n"
     "Harbin Huiyuan Institute of Technology\n(People's Republic of China)\n1. PURPOSE\n",
     {"party_a": "Westmoor University", "party_b": "Harbin Huiyuan Institute of Technology"}),
    # an engagement letter: the client in the address block (an address line without a number
    # under its name), the firm in the letterhead; "Dear Sirs" without a comma
    ("MARLOW & FINCH LLP\nSolicitors\n40 Bedford Row, London WC1R 4LL\nOur ref: RJF/CLI-2291/0004\n"
     "The Directors\nThornbury Vale Vineyards Limited\nHome Farm, Thornbury Lane\nChichester PO18 0QT\nDear Sirs\n"
     "Engagement letter - sale of the warehouse\nThank you for instructing Marlow & Finch LLP.\n",
     {"party_a": "Thornbury Vale Vineyards Limited", "party_b": "MARLOW & FINCH LLP"}),
    # an offer letter: the subject line between the address block and "Dear"; "binte" in a name
    ("Halcyon Maritime Services Pte. Ltd.\n80 Robinson Road, Singapore 068898\n3 June 2024\n"
     "Ms Nurul Aisyah binte Rahmat\nBlk 421 Bedok North Avenue 1, #08-215\nSingapore 460421\n"
     "Re: Letter of Appointment\nDear Nurul Aisyah,\nWe are pleased to offer you employment with Halcyon Maritime "
     "Services Pte. Ltd. (the \"Company\") on the following terms:\n",
     {"party_a": "Halcyon Maritime Services Pte. Ltd.", "party_b": "Nurul Aisyah binte Rahmat"}),
    # a managing agent named between two declared parties is none of them
    ("LEASE\nThis Lease is made between Cascade Hollow Rentals, LLC, an Oregon limited liability company "
     "(\"Landlord\"), acting through its managing agent Pemberton Property Management, Inc., and\n"
     "Jordan Ellis McKay (\"Tenant\").\n",
     {"party_a": "Cascade Hollow Rentals, LLC", "party_b": "Jordan Ellis McKay"}),
    # a promissory note: the maker after "FOR VALUE RECEIVED", the payee after "to the order of"
    ("SECURED PROMISSORY NOTE\nNote No. HRT-2023-04\nFOR VALUE RECEIVED, Desert Bloom Hospitality Group, LLC, an "
     "Arizona limited liability company (\"Borrower\"), hereby promises to pay to the order of\n"
     "Holloway Ridge Family Trust, acting by its trustee Margaret A. Holloway (\"Lender\"), the principal sum.\n",
     {"party_a": "Holloway Ridge Family Trust", "party_b": "Desert Bloom Hospitality Group, LLC"}),
    # a purchase order's buyer in the header is the purchasing agent: the letterhead is the party
    ("PURCHASE ORDER\nHALVERSEN FOODS CORPORATION            PO Number:            4500021873\n"
     "1400 Prairie Gate Blvd            PO Date:            06/11/2024\n"
     "Phone (515) 555-0142            Buyer:            T. Lindqvist\nVENDOR            SHIP TO\n"
     "Ostrander Stainless Fabrication Co.            Halversen Foods Corporation - Plant 3\n",
     # (the name as the mentions spell it: the letterhead's capitals and the ship-to line's)
     {"party_a": "Ostrander Stainless Fabrication Co.", "party_b": "Halversen Foods Corporation"}),
    # a long branch name is a name; a clause that long is not
    ("SERVICE CONTRACT\nParty A (Entrusting Party): Guangzhou Tianlang Property Management Co., Ltd. Panyu Branch\n"
     "Party B (Maintenance Contractor): Guangdong Shengyao Elevator Engineering Co., Ltd.\n",
     {"party_a": "Guangzhou Tianlang Property Management Co., Ltd. Panyu Branch",
      "party_b": "Guangdong Shengyao Elevator Engineering Co., Ltd."}),
])
def test_parties_of_english_contracts_written_apart(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


@pytest.mark.parametrize("text,want", [
    # two columns of headings with a bilingual label each, the names under them
    ("SALES CONTRACT\n销售合同\nThe Seller 卖方:            The Buyer 买方:\n"
     "Ningbo Oriental Sunrise Houseware Co., Ltd.            Maple Harbour Trading Inc.\nAdd: No. 88 Jinhai Road\n",
     {"party_a": "Ningbo Oriental Sunrise Houseware Co., Ltd.", "party_b": "Maple Harbour Trading Inc."}),
    ("保密协议\n甲方（披露方）            乙方（接收方）\n名称：北京智源创想科技有限公司            名称：天津海川数据服务有限公司\n"
     "地址：北京市海淀区            地址：天津市滨海新区\n本协议自双方签字盖章之日起生效。\n"
     "甲方（盖章）：            乙方（盖章）：\n北京智源创想科技有限公司            天津海川数据服务有限公司\n",
     {"party_a": "北京智源创想科技有限公司", "party_b": "天津海川数据服务有限公司"}),
    # a role word with its party letter as a column heading
    ("公路货物运输合同\n托运方（甲方）            承运方（乙方）\n名称：山东鲁信化工有限公司            名称：济南顺达物流运输有限公司\n",
     {"party_a": "山东鲁信化工有限公司", "party_b": "济南顺达物流运输有限公司"}),
    # the English name glued to the Chinese one
    ("TRADEMARK LICENSE AGREEMENT\nLicensor 许可方:            Bellavista Brands Limited 贝拉维斯塔品牌有限公司\n"
     "Licensee 被许可方:            Guangzhou Lanting Cosmetics Co., Ltd.广州兰亭化妆品有限公司\n",
     {"party_a": "Bellavista Brands Limited", "party_b": "Guangzhou Lanting Cosmetics Co., Ltd."}),
    # roles declared for the roles: the names are in the signature block
    ("办公家具采购合同\n采购方（以下简称“甲方”）与供货方（以下简称“乙方”）根据《中华人民共和国民法典》，达成如下条款。\n"
     "甲方（盖章）：成都天府云数据科技有限公司            乙方（盖章）：成都蓉城家具制造有限公司\n",
     {"party_a": "成都天府云数据科技有限公司", "party_b": "成都蓉城家具制造有限公司"}),
    # a trading department is a party's name; a former name in brackets is not part of it
    ("委托合同\n委托人：昆明滇池花卉进出口有限公司\n受托人：云南通衢报关服务有限公司（原云南通衢报关行有限公司）\n",
     {"party_a": "昆明滇池花卉进出口有限公司", "party_b": "云南通衢报关服务有限公司"}),
    ("技术秘密转让合同\n本合同由上海华睿生物医药研究院有限公司（以下简称“让与方”）与\n江苏康泰制药股份有限公司（以下简称“受让方”）签订。\n",
     {"party_a": "上海华睿生物医药研究院有限公司", "party_b": "江苏康泰制药股份有限公司"}),
    # two names of two columns that OCR set closer than a column gap: the company forms end them
    ("SALES CONTRACT\nThe Seller:            The Buyer:\nNingbo Oriental Sunrise Houseware Co., Ltd. Maple Harbour Trading Inc.\n"
     "Add: No. 88 Jinhai Road\n",
     {"party_a": "Ningbo Oriental Sunrise Houseware Co., Ltd.", "party_b": "Maple Harbour Trading Inc."}),
    # OCR gave the two column headings one under the other, then the two names the same way
    ("CONFIDENTIALITY AGREEMENT\n保密协议\nThis Agreement is entered into on 15 January 2025 by and between:\n"
     "Party A (Disclosing Party)甲方(披露方):\nParty B (Receiving Party)乙方(接收方):\n"
     "Aurora Semicon Technology (Wuxi) Co., Ltd.\nJiangyin Ruixiang Precision Tooling Co., Ltd.\n"
     "Address: No. 66 Xinhua Road, Wuxi\n",
     {"party_a": "Aurora Semicon Technology (Wuxi) Co., Ltd.", "party_b": "Jiangyin Ruixiang Precision Tooling Co., Ltd."}),
    # a name-row label alone over names read column by column; "to the other" is no name
    ("MUTUAL NON-DISCLOSURE AGREEMENT\nThis Agreement is entered into by and between the parties identified below "
     "(each a \"Party\").\nParty A            Party B\nCompany Name\nHelix Robotics GmbH\nOrion Precision Systems Ltd\n"
     "Registered Office\nLeopoldstrasse 212, 80804 Munich\n"
     "Each Party may disclose Confidential Information to the other (the \"Recipient\").\n",
     {"party_a": "Helix Robotics GmbH", "party_b": "Orion Precision Systems Ltd"}),
    # a limited partnership whose "L.P." OCR read as "L.P,"
    ("OFFICE LEASE\nLandlord:\nPRAIRIE STONE REALTY PARTNERS, L.P, a Texas limited partnership\nTenant:\n"
     "KINETIC LOOP SOFTWARE, INC., a Delaware corporation\n",
     {"party_a": "PRAIRIE STONE REALTY PARTNERS, L.P", "party_b": "KINETIC LOOP SOFTWARE, INC."}),
    # the English name under the Chinese one in a bilingual block
    ("销售合同\nSALES CONTRACT\n卖方 Seller：苏州德美精密部件有限公司\nSuzhou Demei Precision Components Co., Ltd.\n"
     "买方 Buyer：无锡华晟电气有限公司\nWuxi Huasheng Electric Co., Ltd.\n",
     {"party_a": "苏州德美精密部件有限公司", "party_b": "无锡华晟电气有限公司"}),
    # a professional corporation, a registration number after the name, an honorific
    ("ORDER FORM\nCustomer: Fairmont Dental Group, P.C.\nProvider: Bluegum Interactive Pty Ltd ACN 158 220 473\n",
     {"party_a": "Fairmont Dental Group, P.C.", "party_b": "Bluegum Interactive Pty Ltd"}),
    ("TENANCY AGREEMENT\nThe Landlord:            Mrs Eleanor Joan Whitcombe\nThe Tenant:            Mr Daniel Okafor\n",
     {"party_a": "Eleanor Joan Whitcombe", "party_b": "Daniel Okafor"}),
])
def test_parties_of_forms_written_apart(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


@pytest.mark.parametrize("text,want", [
    ("MASTER PURCHASE AGREEMENT\nMPA No.: KVH-MPA-2025-011            Tender Ref.: KVH/T/2024/088\n", "KVH-MPA-2025-011"),
    ("EQUIPMENT LEASE AGREEMENT\nLease No. 7731-0925            Customer No. 55120-BEG\n", "7731-0925"),
    ("CONTENT LICENSING AGREEMENT\nLicence No.: APL-CN-0882\nLICENSOR: Ashgrove Pictures Limited, a company registered "
     "in England and Wales\n(No. 06655120), of 22 Soho Square\n", "APL-CN-0882"),
    ("OFFICIAL PURCHASE ORDER\nGreywell NHS Foundation Trust            Order No: PO-GW-118842\n"
     "VAT Reg. No. GB 654 3210 98\n", "PO-GW-118842"),
    # the supplement's own number, not the original contract's under it
    ("SUPPLEMENTARY AGREEMENT NO. 1\nSupplementary Agreement No.: JSHX-CG-2024-017-S1\nOriginal Contract No.: JSHX-CG-2024-017\n",
     "JSHX-CG-2024-017-S1"),
    ("SECURED PROMISSORY NOTE\nNote No. HRT-2023-04            Principal Amount: $750,000.00\n", "HRT-2023-04"),
    ("LOAN AGREEMENT\nLoan Number: 20241001-0457            Officer: S. Pelletier (0214)\n", "20241001-0457"),
    ("STATEMENT OF WORK\nSOW Number:            QH-SOW-002\nMSA Reference: Master Services Agreement dated April 1, 2024\n"
     "(MSA Ref. QH-MSA-2024-07)\n", "QH-SOW-002"),
    # the title names the contract it supplements, the recital too: the supplement's own reference
    ("SUPPLEMENTAL AGREEMENT NO. 2\nTO SALES CONTRACT NO. PDH-23-0588\nRef.: PDH-23-0588-S2            Date: 16 January 2024\n"
     "WHEREAS the Seller and the Buyer entered into Sales Contract No. PDH-23-0588 dated 5 May 2023.\n", "PDH-23-0588-S2"),
])
def test_contract_numbers_of_contracts_written_apart(text: str, want: str) -> None:
    f = fields_of(text)
    assert f.contract_no is not None and f.contract_no.value == want


def test_a_number_of_that_certain_other_agreement_is_not_this_ones() -> None:
    f = fields_of("FIRST AMENDMENT TO LOAN AGREEMENT\nLender and Borrower are parties to that certain Loan Agreement "
                  "No. 4401-0048812 dated as of March 1, 2022 (the \"Loan Agreement\").\n")
    assert f.contract_no is None


@pytest.mark.parametrize("text,effective,expiry", [
    ("LICENCE AGREEMENT\nDate: 1 July 2024\n4. LICENCE PERIOD. Three (3) years commencing on 1 August 2024.\n",
     "2024-08-01", "2027-07-31"),
    ("NDA\nThis Agreement is entered into effective as of July 1, 2024 (the \"Effective Date\").\n"
     "4. Term. This Agreement shall terminate two (2) years after the Effective Date.\n", "2024-07-01", "2026-06-30"),
    ("LOAN AGREEMENT\nTHIS AGREEMENT is dated 22 July 2024\nThe Loan shall be repaid on the date falling "
     "twenty-four (24) months after the date of this Agreement (the \"Maturity Date\").\n", None, "2026-07-21"),
    ("EQUIPMENT LEASE\nLease Term:   48 months, commencing on the Commencement Date\nCommencement Date: October 1, 2024\n",
     "2024-10-01", "2028-09-30"),
    ("NDA\nSigned on October 15, 2024\n4. This Agreement shall come into effect on the date when signed by both Parties and\n"
     "shall remain valid for three (3) years.\n", "2024-10-15", "2027-10-14"),
])
def test_terms_of_contracts_written_apart(text: str, effective: str | None, expiry: str) -> None:
    f = fields_of(text)
    assert (f.effective_date.value.isoformat() if f.effective_date else None) == effective
    assert f.expiry_date is not None and f.expiry_date.value.isoformat() == expiry


@pytest.mark.parametrize("text,want", [
    ("CONSULTANCY AGREEMENT\nThis Agreement is made and executed at Bengaluru on this 2nd day of\nSeptember, 2024\n"
     "The Consultant shall report on 1st October, 2024 and submit a report by 30th October, 2024.\n", "2024-09-02"),
    ("TENANCY AGREEMENT\nTHIS AGREEMENT is made the 18th day of June 2024 BETWEEN the Landlord and the Tenant\n", "2024-06-18"),
    ("SOFTWARE LICENCE\nItem 5 Commencement Date   1 January 2025\nItem 6 Expiry Date   31 December 2026\n"
     "Item 10 Date of Agreement   12 December 2024\n", "2024-12-12"),
])
def test_signing_dates_of_contracts_written_apart(text: str, want: str) -> None:
    f = fields_of(text)
    assert f.signed_date is not None and f.signed_date.value.isoformat() == want


@pytest.mark.parametrize("text,want", [
    # net, tax and the sum of both: the sum is the total
    ("PURCHASE ORDER\nNet Total            27,206.00\nVAT @ 20%            5,441.20\nOrder Total            32,647.20\n"
     "All amounts in GBP\n", (Decimal("32647.20"), "GBP")),
    ("LICENCE\nItem 7 Licence Fee            A$84,000.00 plus GST of A$8,400.00, being a total\nof A$92,400.00 (GST inclusive).\n",
     (Decimal("92400.00"), "AUD")),
    # a quantity in the total row is no amount
    ("SALES CONTRACT\n1   Folding chair            12,000 pcs            USD 6.85            USD 82,200.00\n"
     "TOTAL            12,000 pcs            USD 82,200.00\n", (Decimal("82200.00"), "USD")),
    # the total adjusted from one figure to another, and a revised total in a table
    ("SUPPLEMENTARY AGREEMENT\n2. The total contract price is adjusted from RMB 3,860,000.00 to RMB 4,286,000.00.\n"
     "3. The Seller's annual sales reach RMB 9,000,000.00.\n", (Decimal("4286000.00"), "CNY")),
    ("SUPPLEMENTAL AGREEMENT\nThe Contract covers the sale at a total price of HK$870,000.00.\n"
     "Revised Total Contract Price            4,200 sets            HK$ 1,146,000.00\n", (Decimal("1146000.00"), "HKD")),
    # Indian grouping of lakhs, a rate per month with its words between
    ("CONSULTANCY AGREEMENT\nThe Company shall pay a fee of Rs. 2,50,000/- (Rupees Two Lakh Fifty Thousand only) per month. "
     "The total\nprofessional fee for the Term shall be Rs. 30,00,000/- (Rupees Thirty Lakh only).\n",
     (Decimal("3000000.00"), "INR")),
])
def test_totals_of_contracts_written_apart(text: str, want: tuple[Decimal, str]) -> None:
    f = fields_of(text)
    assert f.total is not None and (f.total.value, f.total.currency) == want


@pytest.mark.parametrize("text", [
    # rates, fees per unit, a nominal sum, the new figure of a monthly rent: no total
    "WAREHOUSING AGREEMENT\nStorage            HK$52.00 per pallet per week\nTrucking            HK$3,150.00 per 40-foot trip\n"
    "Liability limited to HK$1,000.00 per carton or HK$500,000.00 per event.\n",
    "DEED OF NOVATION\nThe Incoming Party shall pay the Outgoing Party £1 (receipt of which is acknowledged).\n",
    "补充协议\n二、自2025年4月1日起，月租金由人民币5,200元调整为人民币5,400元，仍按季度支付。\n",
    "仓储合同\n1.仓储费：每托每天人民币1.50元；\n2.装卸费：每托人民币12.00元。\n",
])
def test_no_total_where_none_is_stated(text: str) -> None:
    assert fields_of(text).total is None


def test_dates_defined_in_a_definitions_clause() -> None:
    f = fields_of("TECHNOLOGY LICENCE AGREEMENT\nDate:   2024-09-30\n1. DEFINITIONS\n\"Effective Date\" means 1 October 2024.\n"
                  "3. TERM. This Agreement shall enter into force on the Effective Date and shall\n"
                  "remain in force for a period of seven (7) years.\n")
    assert f.effective_date is not None and f.effective_date.value.isoformat() == "2024-10-01"
    assert f.expiry_date is not None and f.expiry_date.value.isoformat() == "2031-09-30"


@pytest.mark.parametrize("text,effective,expiry", [
    ("ADDENDUM TO TENANCY AGREEMENT (RENEWAL)\nTHIS ADDENDUM is made on 22 April 2024\nWHEREAS:\n"
     "(A) By a Tenancy Agreement dated 3 May 2022 the Landlord let the premises for a term of two (2) years from 15 May\n"
     "2022 to 14 May 2024 at a monthly rent of S$4,200.\nNOW IT IS AGREED as follows:\n"
     "1. The tenancy is renewed for a further term of one (1) year commencing on 15 May 2024 and expiring on 14 May 2025.\n",
     "2024-05-15", "2025-05-14"),
    ("房屋租赁续租协议\n鉴于甲乙双方于2022年3月1日签订的《房屋租赁合同》约定租赁期限自2022年3月1日起至2024年2月29日止。\n"
     "双方经协商达成如下协议：\n一、租赁期限自2024年3月1日起至2026年2月28日止。\n", "2024-03-01", "2026-02-28"),
])
def test_the_term_a_recital_tells_is_the_old_one(text: str, effective: str, expiry: str) -> None:
    f = fields_of(text)
    assert f.effective_date is not None and f.effective_date.value.isoformat() == effective
    assert f.expiry_date is not None and f.expiry_date.value.isoformat() == expiry


def test_a_total_rows_quantity_gives_way_to_the_total_in_figures() -> None:
    f = fields_of("工业品买卖合同\n合计1,100\n合计人民币（大写）：叁拾壹万捌仟元整（小写）：¥318,000.00\n")
    assert f.total is not None and f.total.value == Decimal("318000.00")


# ---- what OCR loses: blank lines, column gaps --------------------------------------------------
def ocr_spaced_page(lines: list[tuple[str, int] | tuple[str, int, int]]):  # type: ignore[no-untyped-def]
    """A page of synthetic OCR words, each line ``gap`` pixels below the previous one's top
    (and its characters ``size`` wide, 20 unless given): OCR gives back no blank lines, only
    the space the print left between them."""
    words, top = [], 100
    for k, (text, gap, *size) in enumerate(lines):
        top += gap
        words += [w.model_copy(update={"line": k})
                  for w in synthetic_words(text, top=top, char_width=size[0] if size else 20)]
    return page_text_from_words(1, words)


def test_a_heading_set_apart_is_not_run_into_the_next_line() -> None:
    """A letterhead in large capitals that spans the page, then its address set well below it:
    OCR gives no blank line between them, but the distance tells a heading from a wrapped
    paragraph line. Run together ("GREYFRIARS BOROUGH COUNCIL Procurement Services, Civic …"),
    the council was no party."""
    para = 30
    page = ocr_spaced_page([
        ("GREYFRIARS BOROUGH COUNCIL", 0, 54),
        ("Procurement Services, Civic Centre, Abbey Street, Greyfriars GF1 1AA", 3 * para),
        ("PURCHASE ORDER", 2 * para),
        ("Order No: GBC/PO/118472     Order Date: 05/03/2024", 2 * para),
        ("Supplier: Kestrel Office Interiors Ltd", 2 * para),
        ("1. These conditions apply to the order to the exclusion of all other", 2 * para),
        ("terms, and the order constitutes an offer by the Council which the", para),
        ("Supplier accepts by delivering the Goods or confirming the order.", para),
        ("2. The Supplier shall deliver the Goods on the Required Delivery Date", 2 * para),
        ("between 09:00 and 16:00 to the delivery address given on the order.", para),
        ("SUPPLIER ACKNOWLEDGEMENT (please sign and return a copy of this order)", 3 * para),
        ("Signed for Kestrel Office Interiors Ltd: ______________", 2 * para),
        ("Name: ______________     Date: ______________", 2 * para),
    ])
    f = extract_fields([page], language="en")
    assert names(f) == {"party_a": "Kestrel Office Interiors Ltd", "party_b": "GREYFRIARS BOROUGH COUNCIL"}
    # the lines of a wrapped paragraph, at the page's usual distance, still read as one
    from extractors.fields import _Locator
    assert "other terms, and the order" in _Locator([page]).text


@pytest.mark.parametrize("head,sign,want", [
    # the two cells of the name row run together, the company form of the first lost
    ("Vendor            Purchaser\nName   Evergreenlight HoldingsBrightwind Technologigs Inc.\n"
     "Address   New York            Hong Kong",
     "VENDOR: Evergreenlight Holdings Inc.\nPURCHASER: Brightwind Technologies Inc.",
     {"party_a": "Evergreenlight Holdings Inc.", "party_b": "Brightwind Technologies Inc."}),
    # … and cut at the last company form: "Ltd" alone is no name
    ("Vendor            Purchaser\nName Quarry Digital Group Stonepeak Trading Pt y Ltd\n"
     "Contact   Andrew Rossi            Thomas Moore",
     "VENDOR: Quarry Digital Group Inc.\nPURCHASER: Stonepeak Trading Pty Ltd",
     {"party_a": "Quarry Digital Group Inc.", "party_b": "Stonepeak Trading Pty Ltd"}),
    # a table row of both parties read as one garbled line; the signature labels' (盖章) misread
    ("出租方(甲方}苏州市博远信息技术有限促8租方(乙方}北京正邦精密机械股份有限公司\n地址   北京市海淀区南京西路478号",
     "出租方(甲方):苏州市博远信息技术有限公司(盘章)\n承租方(乙方):北京正邦精密机械股份有限公司(盖章)",
     {"party_a": "苏州市博远信息技术有限公司", "party_b": "北京正邦精密机械股份有限公司"}),
    ("采购人(甲床河精密机械(北京)有陋线醛(寸戎津中联食品有限责任公朐\n地址   北京市朝阳区滨江大道59号",
     "甲方(盖章):中泰精密机械(北京)有限公司\n乙方(盖章):天津中联食品有限责任公司",
     {"party_a": "中泰精密机械(北京)有限公司", "party_b": "天津中联食品有限责任公司"}),
])
def test_a_party_row_ocr_ran_together_gives_way_to_the_signature_block(head: str, sign: str,
                                                                       want: dict[str, str]) -> None:
    """The two cells of a party table's row read as one line make one long name that holds
    the other party's; the names the signature block gives each side are taken instead."""
    zh = "甲方" in sign
    body = ("第一条 租赁物为位于武汉市洪山区的厂房，租期二年。" if zh
            else "1. The Vendor shall deliver the Goods to the Purchaser's warehouse.")
    f = fields_of(f"{'厂房租赁合同' if zh else 'SALES AGREEMENT'}\n{head}\n{body}\n\n{sign}\n")
    assert names(f) == want


@pytest.mark.parametrize("clause", [
    "5.1 The Seller warrants that the Equipment shall be free from defects in workmanship for a "
    "period of six (6) months from delivery.",
    "Warranty period: 12 months.",
    "The probationary period shall be three (3) months.",
    "Either party may end the employment by notice; the notice period is three months.",
])
def test_a_warranty_probation_or_notice_period_is_no_contract_term(clause: str) -> None:
    """Such periods run from delivery, from the start of work or from a notice, not from the
    contract's effective date: read as its term they gave an expiry date the contract has not."""
    text = ("SALES AGREEMENT\nSeller: Tembusu Marine Pte Ltd\nBuyer: Harbourfront Dredging Pte Ltd\n"
            "This Agreement is made on 8 January 2025 and takes effect on the date of its signing.\n"
            f"{clause}\nThe price is SGD 240,000.00.\n")
    f = fields_of(text)
    assert f.expiry_date is None
    # the contract's own term, stated as well, still gives it
    f = fields_of(text + "This Agreement shall remain in force for a period of two (2) years.\n")
    assert f.expiry_date is not None and f.expiry_date.value == date(2027, 1, 7)


@pytest.mark.parametrize("text,effective,expiry", [
    # a term counted from a date the contract names and defines elsewhere
    ("EMPLOYMENT AGREEMENT\nCompany: Meridian Analytics Private Limited\nEmployee: Ms. Meera Subramanian\n"
     "Dated: 4th November 2024\n2. TERM: The Employee shall join on 2nd December 2024 (the \"Date of Joining\").\n"
     "This Agreement shall be for a fixed period of three (3) years from the Date\nof Joining.\n",
     date(2024, 12, 2), date(2027, 12, 1)),
    # how long a restriction lasts is not the term; when the obligations cease is
    ("Thornbury Capital Partners LLP\nDated: 14 May 2024\nTo: Calder Forge Holdings Ltd\n"
     "4. For a period of 12 months from the date of this letter we shall not solicit or employ any "
     "senior employee of the Group.\n7. This letter takes effect on the date written above. The "
     "obligations in this letter shall cease two years from the date of this letter.\n",
     date(2024, 5, 14), date(2026, 5, 13)),
    # a loan's final repayment date
    ("FACILITY AGREEMENT\nDated 28 March 2024\nLender: Wessex Mutual Bank plc\nBorrower: Ashcombe Homes Ltd\n"
     "Final Repayment Date: 27 March 2027.\n", None, date(2027, 3, 27)),
    # an amendment's new wording for the old end date
    ("FIRST AMENDMENT TO SERVICES AGREEMENT\nThis Amendment is entered into effective as of July 1, 2024.\n"
     "RECITALS\nA. The parties are parties to a Services Agreement dated July 1, 2022, with an initial term "
     "ending June 30, 2025.\nNOW, THEREFORE, the parties agree as follows:\n"
     "1. Section 9.1 of the Agreement is amended by deleting \"June 30, 2025\" and replacing it with "
     "\"June 30, 2027\".\n", date(2024, 7, 1), date(2027, 6, 30)),
    ("DEED OF VARIATION\nTHIS DEED is dated 5 March 2024\nVariation Date: 25 March 2024.\n"
     "2.1 the definition of \"Contractual Term\" in clause 1.1 of the Lease is deleted and replaced with "
     "\"a term of years beginning on and including 25 June 2021 and ending on and including 24 June 2031\";\n",
     None, date(2031, 6, 24)),
])
def test_terms_and_end_dates_as_english_contracts_state_them(text: str, effective: date | None,
                                                             expiry: date) -> None:
    f = fields_of(text)
    assert f.expiry_date is not None and f.expiry_date.value == expiry
    if effective is not None:
        assert f.effective_date is not None and f.effective_date.value == effective


@pytest.mark.parametrize("text,want", [
    # a threshold is no price
    ("DISTRIBUTION AGREEMENT\nSupplier: Kestrel Foods Pte Ltd\nDistributor: Lion City Trading Pte Ltd\n"
     "A volume rebate of 2% applies to the total value of orders in each 12-month period exceeding "
     "S$500,000 (excluding GST).\n", None),
    ("LICENCE AGREEMENT\nLicensor: Harrow Brands Ltd\nLicensee: Fenwick Toys Ltd\n4.1 Royalties are 6% of Net Sales.\n"
     "4.2 If royalties paid in any licence year are less than £40,000 (the Minimum Royalty), the Licensee "
     "shall pay the shortfall.\n", None),
    # a lease: the rent is a rate, the security a deposit
    ("TENANCY AGREEMENT\nLandlord: Tan Ah Kow\nTenant: Priya Natarajan\nSection 5 Monthly Rent   S$5,800.00\n"
     "Section 6 Security   S$11,600.00, equivalent to two months' rent\n", None),
    ("RENEWAL ADDENDUM\nLandlord: Orchid Homes Pte Ltd\nTenant: Daniel Okafor\n"
     "2. Rent. The monthly rent for the Renewed Term shall be S$3,650.00 (Singapore Dollars Three "
     "Thousand Six Hundred and Fifty).\n", None),
    # a variation's costs are no consideration
    ("DEED OF VARIATION\nLandlord: Aldgate Reach Estates Ltd\nTenant: Copperline Studios Ltd\n"
     "3. The Tenant shall pay the Landlord's reasonable legal costs of £1,850 plus VAT.\n", None),
    # a loan's facility limit is its amount; the instalment is a rate
    ("LOAN OFFER\nLender: Southern Cross Bank Ltd\nBorrower: Redgum Bakeries Pty Ltd\n"
     "Product   Business Term Loan (principal and interest)\nFacility limit   A$640,000.00\nRepayments   60 monthly instalments of principal and interest,\n"
     "currently A$13,081.28\nEstablishment fee   A$3,200.00\n", (Decimal("640000.00"), "AUD")),
])
def test_thresholds_securities_costs_and_rates_are_no_total(text: str, want: tuple[Decimal, str] | None) -> None:
    f = fields_of(text)
    if want is None:
        assert f.total is None
    else:
        assert f.total is not None and (f.total.value, f.total.currency) == want


def test_schedule_cells_read_one_under_the_other() -> None:
    """OCR reads a schedule table column by column: each label on its line, its value on the
    next ("Term" / "Two (2) years commencing …", "Security" / "S$11,600.00"), and a label
    whose value sits in the next column as "PO No." / ": PO/HYD/2024-25/0412"."""
    lease = fields_of(
        "TENANCY AGREEMENT\nTHIS AGREEMENT is made the 25th day of April 2024.\nSCHEDULE\n"
        "Section 1\nLandlord\nTAN WEI MING\nSection 2\nTenant\nHALVORSEN OFFSHORE PTE. LTD.\n"
        "Section 4\nTerm\nTwo (2) years commencing from 1 May 2024\nSection 5\nMonthly Rent\n"
        "S$5,800.00 (Singapore Dollars Five Thousand Eight Hundred only)\nSection 6\nSecurity\n"
        "S$11,600.00, equivalent to two (2) months' rent\n")
    assert lease.expiry_date is not None and lease.expiry_date.value == date(2026, 4, 30)
    assert lease.total is None  # a monthly rent and a deposit, no contract total
    order = fields_of(
        "DECCAN POLYMERS PRIVATE LIMITED\nPlot No. 42-B, Phase II, IDA Cherlapally, Hyderabad\n"
        "GSTIN: 36AABCD4417K1Z3\nPURCHASE ORDER\nPO No.\n: PO/HYD/2024-25/0412\nDate\n: 14.08.2024\n"
        "Indent No.: IND/MNT/0783   Your Quotn.: SGEW/Q/118\ndt. 02.08.2024\nTo,\n"
        "M/s. Shree Ganesh Engineering Works\n")
    assert order.contract_no is not None and order.contract_no.value == "PO/HYD/2024-25/0412"
    assert order.signed_date is not None and order.signed_date.value == date(2024, 8, 14)


def test_a_serif_j_read_with_a_bracket_stays_in_the_number() -> None:
    f = fields_of("MUTUAL NON-DISCLOSURE AGREEMENT\nNDA Ref: J]DS-NDA-24-031\n"
                  "Party A: Jadeite Data Systems Limited\nParty B: Sirius Pacific Analytics Pte Ltd\n")
    assert f.contract_no is not None and f.contract_no.value == "JDS-NDA-24-031"


@pytest.mark.parametrize("text,want", [
    # an Indian purchase order: the letterhead orders from "M/s." a proprietor's works
    ("DECCAN POLYMERS PRIVATE LIMITED\nPlot No. 42-B, Phase II, IDA Cherlapally, Hyderabad - 500 051\n"
     "PURCHASE ORDER\nPO No.: PO/HYD/2024-25/0412   Date: 14.08.2024\nTo,\nM/s. Shree Ganesh Engineering Works\n"
     "Shed No. 7, Balanagar Industrial Area,\nHyderabad - 500 037\nDear Sir,\n"
     "We are pleased to place an order on you for the following items.\n",
     {"party_a": "DECCAN POLYMERS PRIVATE LIMITED", "party_b": "Shree Ganesh Engineering Works"}),
    # a schedule row with a person's name in capitals
    ("TENANCY AGREEMENT\nTHIS AGREEMENT is made between the party named in Section 1 of the Schedule "
     "(the \"Landlord\") and the party named in Section 2 (the \"Tenant\").\nSCHEDULE\n"
     "Section 1   Landlord            TAN WEI MING (NRIC No. S7234561D)\n"
     "Section 2   Tenant            HALVORSEN OFFSHORE PTE. LTD. (UEN 201812345K)\n",
     {"party_a": "TAN WEI MING", "party_b": "HALVORSEN OFFSHORE PTE. LTD."}),
    # Nigerian style: the registration number in brackets, what the party is after a comma, and
    # the role with "which expression shall include its successors and assigns"
    ("TERM LOAN AGREEMENT\nTHIS AGREEMENT is made this 19th day of April 2024\nBETWEEN\n"
     "ZUMA CAPITAL MICROFINANCE BANK LIMITED (RC 1456789), a microfinance bank\nlicensed by the Central "
     "Bank of Nigeria, having its registered office at\nPlot 1024, Wuse II, Abuja (the\n\"Lender\", which "
     "expression shall include its successors and assigns)\nAND\nOGBOMOSHO AGRO-PROCESSING NIGERIA LIMITED "
     "(RC 987654), a company\nincorporated in Nigeria (the \"Borrower\").\n",
     {"party_a": "ZUMA CAPITAL MICROFINANCE BANK LIMITED", "party_b": "OGBOMOSHO AGRO-PROCESSING NIGERIA LIMITED"}),
    # Philippine style: 'hereinafter referred to as the "CLIENT"', "- and -" between the parties
    ("SECURITY SERVICE AGREEMENT\nThis AGREEMENT, made and entered into this 3rd day of February 2025 in\n"
     "Makati City, by and between:\nMABUHAY ESTATES TOWER CONDOMINIUM CORPORATION, a non-stock corporation\n"
     "duly organized under Philippine laws, represented herein by its\nPresident, ATTY. LEONORA S. BAUTISTA, "
     "hereinafter referred to as the \"CLIENT\";\n- and -\nBANTAY SIGLA SECURITY AGENCY, INC., a corporation "
     "duly organized under\nPhilippine laws, hereinafter referred\nto as the \"AGENCY\";\nWITNESSETH:\n",
     {"party_a": "MABUHAY ESTATES TOWER CONDOMINIUM CORPORATION", "party_b": "BANTAY SIGLA SECURITY AGENCY, INC."}),
    # numbered parties over a name row; a freight confirmation's broker and carrier
    ("MUTUAL NON-DISCLOSURE AGREEMENT\nPARTIES\nParty 1            Party 2\n"
     "Full legal name            Veridian Grid Solutions Inc.            Holmfirth Energy Storage Limited\n"
     "Address            1200 Pearl Street, Boulder, CO            Unit 9, Bradley Business Park\n",
     {"party_a": "Veridian Grid Solutions Inc.", "party_b": "Holmfirth Energy Storage Limited"}),
    ("CARRIER RATE & LOAD CONFIRMATION\nLoad Confirmation No.: SRL-884102   Date: 09/13/2024\n"
     "BROKER: Summit Ridge Logistics LLC\nCARRIER: Redline Express Trucking Inc., 1877 W. Lincoln Hwy, Merrillville, IN\n",
     {"party_a": "Summit Ridge Logistics LLC", "party_b": "Redline Express Trucking Inc."}),
])
def test_parties_of_letters_schedules_and_declarations_abroad(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


def test_a_party_given_a_short_name_beside_one_given_a_role() -> None:
    """"Between X ("LCHG") and Y (the "Supplier")": Y's role is printed, X is the other side."""
    f = fields_of("FRAMEWORK AGREEMENT\nThis Agreement is made on 14 June 2024\nBetween\n"
                  "LION CITY HEALTHCARE GROUP PTE. LTD. (UEN 200301884E), having its registered\n"
                  "office at 3 Biopolis Drive, Singapore 138623 (\"LCHG\")\nAnd\n"
                  "CORVUS MEDICAL SUPPLIES (S) PTE. LTD. (UEN 199806633Z), having its registered\n"
                  "office at 25 Kaki Bukit Crescent, Singapore 416256 (the \"Supplier\")\n"
                  "1. This Agreement shall be valid from 1 July 2024 to 30 June 2026.\n")
    assert set(names(f).values()) == {"LION CITY HEALTHCARE GROUP PTE. LTD.", "CORVUS MEDICAL SUPPLIES (S) PTE. LTD."}


@pytest.mark.parametrize("line,want", [
    ("The total contract price is PHP 4,134,144.00, inclusive of 12% VAT.", (Decimal("4134144.00"), "PHP")),
    ("The Lender agrees to lend the Borrower the sum of NGN 85,000,000.00 (Eighty-Five Million Naira).",
     (Decimal("85000000.00"), "NGN")),
    ("The total contract price is KES 8,400,000.00 (Kenya Shillings Eight Million Four Hundred Thousand).",
     (Decimal("8400000.00"), "KES")),
    ("The Contract Sum for the Services is AED 1,254,000.00 (UAE Dirhams One Million Two Hundred and "
     "Fifty-Four Thousand).", (Decimal("1254000.00"), "AED")),
    ("The total contract sum for the Extended Term is RM1,773,600.00, exclusive of SST.",
     (Decimal("1773600.00"), "MYR")),
    ("The Guarantor guarantees the Debtor's total facility of R2,500,000.00 under the Hire Agreement.",
     (Decimal("2500000.00"), "ZAR")),
    # "$" in a contract that names its dollar elsewhere
    ("The Contract Price is $3,486,000.00. All amounts are in Canadian funds.", (Decimal("3486000.00"), "CAD")),
    # the amount in words between the cue and the figures, with the cents as "No/100"
    ("The total fees shall not exceed Four Hundred Eighty-Six Thousand Five\nHundred and No/100 Dollars "
     "($486,500.00) without a written amendment. Umbrella coverage of $5,000,000 applies.",
     (Decimal("486500.00"), "USD")),
    # a cap stated as "not exceeding" is the total (a threshold "exceeding" is not)
    ("The total fees under this Agreement shall be an amount not exceeding USD 240,000.00.",
     (Decimal("240000.00"), "USD")),
    # a total named as a defined term after its figures; a threshold is none, whatever the cue
    ("The purchase price shall be Seven Million Two Hundred Fifty Thousand Dollars ($7,250,000.00) "
     "(the \"Purchase Price\"). Seller is not liable until the aggregate of all Losses exceeds $50,000.00.",
     (Decimal("7250000.00"), "USD")),
])
def test_totals_in_other_currencies_and_in_words(line: str, want: tuple[Decimal, str]) -> None:
    f = fields_of(f"AGREEMENT\nParty A: Northwind Holdings Ltd\nParty B: Southgate Trading Ltd\n{line}\n")
    assert f.total is not None and (f.total.value, f.total.currency) == want


def test_a_monthly_fee_revised_is_a_rate_beside_the_total() -> None:
    f = fields_of("SUPPLEMENTAL AGREEMENT\nParty A: Seri Maju Facilities Sdn. Bhd.\nParty B: Klang Valley Hospital Sdn. Bhd.\n"
                  "2.1 With effect from 1 July 2025 the monthly service fee shall be revised from\n"
                  "RM68,500.00 to RM73,900.00, exclusive of SST at 8%.\n"
                  "2.2 The total contract sum for the Extended Term is RM1,773,600.00, exclusive of SST.\n")
    assert f.total is not None and (f.total.value, f.total.currency) == (Decimal("1773600.00"), "MYR")


def test_the_maker_of_a_note_is_the_borrowing_side() -> None:
    f = fields_of("PROMISSORY NOTE\nNote No. RBG-N-0305\nFOR VALUE RECEIVED, the undersigned, RIDGELINE BAKERY "
                  "GROUP INC., a New\nYork corporation (\"Maker\"), promises to pay to the order of the Holder.\n")
    assert names(f) == {"party_b": "RIDGELINE BAKERY GROUP INC."}


@pytest.mark.parametrize("text,effective", [
    ("OFFER OF EMPLOYMENT\nEmployer: Maple Leaf Analytics Inc.\nEmployee: Jordan Tremblay\nDated: November 20, 2024\n"
     "2. Start Date. Your employment will begin on Monday, December 2, 2024.\n", date(2024, 12, 2)),
    ("FIXED-TERM CONTRACT\nEmployer: Kinsale Biologics Limited\nEmployee: Aoife Brennan\nDated: 2 December 2024\n"
     "2. Your role supports the commissioning of the new sterile filling line. Your employment commences on\n"
     "                   6 January 2025, in the Quality department at the Ringaskiddy site.\n", date(2025, 1, 6)),
    ("FACILITY LETTER\nLender: Liffey Business Bank DAC\nBorrower: Claddagh Foods Limited\nDated: 20 May 2024\n"
     "3. Availability: The Facility is available for drawdown from 1 June 2024 (the \"Commencement Date\") to\n"
     "30 November 2024.\n", date(2024, 6, 1)),
    ("SHARE PURCHASE AGREEMENT\nTHIS AGREEMENT is dated 28 November 2024\nSeller: Eoin Walsh\nBuyer: Galway Holdings Limited\n"
     "3.2 This Agreement takes effect on the date on which it is made.\n", date(2024, 11, 28)),
])
def test_effective_dates_as_english_contracts_state_them(text: str, effective: date) -> None:
    f = fields_of(text)
    assert f.effective_date is not None and f.effective_date.value == effective


@pytest.mark.parametrize("label", ["Order No", "Account No.", "/姓名", "银行信息"])
def test_a_form_field_label_is_no_name(label: str) -> None:
    from extractors.fields.parties import _plausible
    assert not _plausible(label)
    assert _plausible("中科信息技术有限公司") and _plausible("Ridgeway Information Services Ltd")


def test_a_bank_contract_number_with_its_branch_in_brackets() -> None:
    f = fields_of("流动资金借款合同\n合同编号：江商银（苏）流借字2024第0086号\n贷款人（甲方）：江南商业银行股份有限公司苏州分行\n"
                  "借款人（乙方）：苏州恒远精密机械有限公司\n")
    assert f.contract_no is not None and f.contract_no.value == "江商银(苏)流借字2024第0086号"


def test_a_supplement_revises_the_contract_total() -> None:
    f = fields_of("补充协议\n甲方：苏州恒远精密机械有限公司\n乙方：杭州启明数控设备有限公司\n"
                  "甲乙双方于2024年3月1日签订《设备采购合同》（以下简称“原合同”），合同总价款为人民币贰佰捌拾陆万元整（¥2,860,000.00）。\n"
                  "现甲方增购设备一台，经双方协商，达成如下补充协议：\n"
                  "一、原合同总价款调整为人民币（大写）叁佰肆拾壹万贰仟元整（¥3,412,000.00），含13%增值税。\n")
    assert f.total is not None and f.total.value == Decimal("3412000.00")


@pytest.mark.parametrize("text, want", [
    # the title and the agreement's number over the first name are not part of it
    ("SOFTWARE LICENCE AGREEMENT\nAgreement No. SL-2025-0042\nNorthwind Robotics K.K., a Japanese corporation "
     "having its head office at\n1-2-3 Shiba, Minato-ku, Tokyo (hereinafter \"Licensor\"), and Baywater Tools "
     "Co., Ltd., a Japanese\ncorporation (hereinafter \"Licensee\"), agree as follows:\n",
     {"party_a": "Northwind Robotics K.K.", "party_b": "Baywater Tools Co., Ltd."}),
    # a registration number on the line under a name in capitals; notice addresses under the
    # roles further down are no names
    ("GUARANTEE\nbetween\nKAROO PLANT HIRE (PTY) LTD\nRegistration No. 2009/011111/07\n(\"the Creditor\")\nand\n"
     "UMHLANGA BUILDERS CC\nRegistration No. 2012/022222/23\n(\"the Debtor\")\n1. GUARANTEE\n"
     "1.1 The Guarantor guarantees the Debtor's obligations.\n6. NOTICES\nCreditor: Plot 12, Kempton Park, 1619\n"
     "Debtor:   8 Jacaranda Street, Pretoria, 0002\n",
     {"party_a": "KAROO PLANT HIRE (PTY) LTD", "party_b": "UMHLANGA BUILDERS CC"}),
    # a customer facing a licensor is the side that takes the licence, whichever is named first
    ("SUBSCRIPTION AGREEMENT\nThis Agreement is made between Harbour Lane Legal LLP (the \"Customer\") and "
     "Quillpoint Software Inc. (the \"Licensor\").\n1. The Licensor grants the Customer a licence.\n",
     {"party_a": "Quillpoint Software Inc.", "party_b": "Harbour Lane Legal LLP"}),
    # parties numbered "1." and "2." right under "made between:"
    ("MUTUAL NON-DISCLOSURE AGREEMENT\nThis Agreement is made between:\n1. OKAPI FREIGHT LIMITED, a company "
     "incorporated in Nigeria\n(RC 1620001), whose registered office is at 4 Marina, Lagos; and\n2. SAVANNA "
     "POWER LTD, a company incorporated in Nigeria\n(RC 1180002), whose registered office is at 7 Bello Way, "
     "Kaduna,\n(each a \"Party\").\n1. TERM\n1.1 This Agreement runs for two years.\n",
     {"party_a": "OKAPI FREIGHT LIMITED", "party_b": "SAVANNA POWER LTD"}),
    # a clause list numbered "1." names nobody, even where a clause holds a person's name
    ("LEASE\nThis Lease is made between Clearwind Properties Inc. (the \"Landlord\") and Northpeak Trading "
     "Corporation (the \"Tenant\").\nCONTACTS\n1. Mei Fischer\n2. Paul Young\n3. Ana Lopez\n",
     {"party_a": "Clearwind Properties Inc.", "party_b": "Northpeak Trading Corporation"}),
    # parties set out in a schedule the text does not give (OCR could not read it): the two
    # companies signing, in order
    ("AMENDMENT AGREEMENT\nThis Agreement is made between the parties whose details are set out in the "
     "Schedule.\n1. The term of the Original Agreement is extended to 24 Nov 2026.\n"
     "SIGNED by Hannah Clark, authorised signatory, for and on behalf of Atlas Freight (Hong Kong) Limited\n"
     "Date: 23 Oct 2025\nSIGNED by Andrew Nguyen, Director, for and on behalf of Cobaltwind Storage Limited\n"
     "Date: 23 Oct 2025\n",
     {"party_a": "Atlas Freight (Hong Kong) Limited", "party_b": "Cobaltwind Storage Limited"}),
    # one side named by its role, the other only by a word the extractor does not know as a role
    # ("the Warehouse"): the other company signing takes the side left
    ("WAREHOUSE STORAGE AGREEMENT\nSCHEDULE\nItem 1            Customer            Greenvale Foods Limited (ABN 41 004 118 625)\n"
     "Item 2            Warehouse            Harbourside Cold Stores Pty Ltd (ABN 86 612 330 478)\n"
     "1. The Warehouse stores the Customer's goods.\n"
     "SIGNED for and on behalf of            SIGNED for and on behalf of\n"
     "GREENVALE FOODS LIMITED            HARBOURSIDE COLD STORES PTY LTD\nName: B. McKellar            Name: N. Papadakis\n",
     {"party_a": "Greenvale Foods Limited", "party_b": "HARBOURSIDE COLD STORES PTY LTD"}),
    # the maker of a note against its holder "together with any subsequent holder", the holder's
    # name hyphenated across a line break
    ("PROMISSORY NOTE\nNote No. RBG-N-0305\n$250,000.00            New York, New York\nMarch 5, 2024\n"
     "FOR VALUE RECEIVED, the undersigned, RIDGEWAY BAKERY GROUP INC., a New\n"
     "York corporation having an address at 47-12 Vernon Boulevard, Long Island City,\n"
     "New York 11101 (\"Maker\"), promises to pay to the order of THEODORA VANCE-\n"
     "LINDGREN, an individual residing at 322 West 88th Street, Apt. 5C, New York,\n"
     "New York 10024 (together with any subsequent holder, \"Holder\"), the principal\n"
     "sum of TWO HUNDRED FIFTY THOUSAND AND 00/100 DOLLARS ($250,000.00), together\n"
     "with interest on the unpaid principal balance from the date hereof at the rate\n"
     "of eight and one-quarter percent (8.25%) per annum, computed on the basis of a\n"
     "year of 360 days for the actual number of days elapsed, until paid in full.\n",
     {"party_a": "THEODORA VANCE-LINDGREN", "party_b": "RIDGEWAY BAKERY GROUP INC."}),
    # the purchasing agent in the order's header ("Buyer:   Kenji Lavoie   Phone: …") is not
    # the buying company
    ("NORTHERN AURORA MINING CORP.            PURCHASE ORDER\n1 Aurora Mine Road, Sudbury, Ontario\n"
     "PO Number:            4500318826            PO Date:            2024-08-22\n"
     "Buyer:            Kenji Lavoie            Phone:            705-555-0147\n"
     "VENDOR            SHIP TO\nShield Hydraulics (Sudbury) Ltd.            Northern Aurora Mining Corp.\n"
     "1375 Kelly Lake Road            Central Warehouse, Dock 3\n",
     {"party_a": "Shield Hydraulics (Sudbury) Ltd.", "party_b": "Northern Aurora Mining Corp."}),
    # a table of two role columns that ran together, its names known from the signature blocks
    # (signed buyer first): the headings' order gives the sides, not the order of signing
    ("PROCUREMENT CONTRACT\nNo.: 2024PO2695\nBuyer Vendor\nName Brightstone Robotics Pte. Ltd. Horizon Works Co., Ltd.\n"
     "Address Germany California\n1. The Buyer orders and the Vendor supplies the Products.\n"
     "Signed by Sarah Smith, duly authorised for and on behalf of Brightstone Robotics Pte.\nLtd.\n"
     "Signed by Emma Wang for and on behalf of Horizon Works Co., Ltd.\n",
     {"party_a": "Horizon Works Co., Ltd.", "party_b": "Brightstone Robotics Pte. Ltd."}),
    # a purchase confirmation letter: the writer buys ("现确认向贵司采购"), the addressee sells
    ("海南琼丰农业开发有限公司\n地址：海南省海口市龙华区滨海大道105号\n采购确认函\n合同编号：HN-CG-2024-117\n"
     "广西绿禾农资有限公司：\n贵司2024年3月6日报价单收悉。经我司比选，现确认向贵司采购下列货物：\n",
     {"party_a": "广西绿禾农资有限公司", "party_b": "海南琼丰农业开发有限公司"}),
    # the line broke inside the company form, the Chinese name after it on the next line
    ("CONTRACT FOR THE SALE OF GOODS\nContract No. 合同编号: HN-2024-7895\n"
     "Party A（甲方）: Hongyuan New Materials (Wuhan) Co.,\nLtd.（宏远新材料（武汉）有限公司）\n"
     "Party B（乙方）: Mingtai Electronics (Shanghai) Co.,\nLtd.（明泰电子（上海）有限公司）\n",
     {"party_a": "Hongyuan New Materials (Wuhan) Co., Ltd.", "party_b": "Mingtai Electronics (Shanghai) Co., Ltd."}),
    # the closing bracket of a party letter read as a brace
    ("借款合同\n贷款人(甲方}苏州晨光新材料有限公司            借款人(乙方}覃英\n",
     {"party_a": "苏州晨光新材料有限公司", "party_b": "覃英"}),
    # two cells run together with the second's role word misread ("承租方" as "8租方"): no name
    # of the first ends in a role
    ("房屋租赁合同\n出租方(甲方}苏州市博远信息技术有限促8租方(乙方}北京正邦精密机械股份有限公司\n"
     "1.出租方将其合法拥有的房屋出租给承租方作办公使用。\n出租方(甲方):苏州市博远信息技术有限公司(盖章)\n"
     "承租方(乙方):北京正邦精密机械股份有限公司(盖章)\n",
     {"party_a": "苏州市博远信息技术有限公司", "party_b": "北京正邦精密机械股份有限公司"}),
    # the declared name in a sentence of its own line, a letterhead cut short by OCR and an
    # address above it
    ("dewaterpoint Facilities Management (Hong Kong) Limit\nFlat B, 12/F, 33 Canton Road, Kowloon\n"
     "01 June 2023\nMs Priya Wilson\nRoom 1801, 18/F, Tower 2, Causeway Bay, Hong Kong\nDear Priya,\n"
     "Contract of Employment\nWe are pleased to confirm your employment with Tidewaterpoint Facilities Management "
     "(Hong Kong) Limited (the \"Company\") on the terms set out in this letter.\n",
     {"party_a": "Tidewaterpoint Facilities Management (Hong Kong) Limited", "party_b": "Priya Wilson"}),
    # a closing quote OCR turned into an opening one
    ("LEASE\nTHIS AGREEMENT made this 14th day of December 2025 BETWEEN MERIDIANGATE PARTNERS LLP whose registered "
     "office is at Unit 7, Harbour Park hereinafter \u201cthe Lessor\u201c of the one part AND Ashfordpoint Components "
     "LLP whose registered office is at Unit 9, Harbour Park (hereinafter called \"the Lessee\") of the other part.\n",
     {"party_a": "MERIDIANGATE PARTNERS LLP", "party_b": "Ashfordpoint Components LLP"}),
    # a hire form: the hirer beside the delivery site
    ("BRACKENFIELD PLANT HIRE LTD\nBrackenfield Yard, Matlock Road, Chesterfield S42 6SL\nEQUIPMENT HIRE AGREEMENT\n"
     "Hire Agreement No.: BPH-H-20871\nHIRER            DELIVERY / SITE ADDRESS\n"
     "Tollgate Groundworks Ltd            Land off Dronfield Road\n",
     {"party_a": "BRACKENFIELD PLANT HIRE LTD", "party_b": "Tollgate Groundworks Ltd"}),
    # a sales order under the seller's letterhead: the buyer under "BILL TO", beside the site
    # the goods go to
    ("LUMEN ATELIER PTE. LTD.\n71 Ubi Crescent, #05-08 Excalibur Centre, Singapore 408571\nCUSTOMER ORDER FORM\n"
     "Order No.: LA-SO-24-1186            Order Date: 18/11/2024\nBILL TO            DELIVER / INSTALL AT\n"
     "Kopi Tiam Concepts Pte. Ltd.            Kopi Tiam Concepts - Tanjong Pagar Outlet\n"
     "10 Anson Road, #12-04 International Plaza            38 Tanjong Pagar Road, #01-01\n",
     {"party_a": "LUMEN ATELIER PTE. LTD.", "party_b": "Kopi Tiam Concepts Pte. Ltd."}),
])
def test_parties_from_headed_numbered_and_signed_layouts(text: str, want: dict[str, str]) -> None:
    assert names(fields_of(text)) == want


def test_signature_block_words_are_not_part_of_the_name() -> None:
    f = fields_of("WHOLESALE ORDER FORM\nOrder No.: GOT-WS-24-3318\nGoods            Qty            Price\nTea            40            54.00\n"
                  "CUSTOMER            SUPPLIER\nSigned for Harbour Grocers Limited            Order accepted for Glen Teas Ltd\n"
                  "Name: Mere Tautahi            Name: Aroha Kingi\n")
    assert sorted(p.name for p in f.parties) == ["Glen Teas Ltd", "Harbour Grocers Limited"]


def test_a_letter_is_not_given_sides_by_who_signs_first() -> None:
    # the buyer's letter of award is signed by the buyer and acknowledged by the supplier: the
    # order of signing says nothing of the sides
    f = fields_of("Sterling Components PLC\n45 Temple Row, Birmingham B2 5LS\nNOTIFICATION OF AWARD\n"
                  "Our Ref: PROC/2024/237\nOakpeak Manufacturing Limited\n1 Spinningfields, Manchester M3 3JE\n"
                  "Dear Sir/Madam,\n1. Your quotation has been accepted for the supply of consumables.\n"
                  "Yours faithfully,\nfor and on behalf of Sterling Components PLC\nACKNOWLEDGEMENT\n"
                  "We accept the award on the terms above.\nFor and on behalf of Oakpeak Manufacturing Limited\n")
    assert not any(p.name == "Sterling Components PLC" and p.role == "party_a" for p in f.parties)


def test_how_long_a_quotation_stands_is_not_the_term() -> None:
    f = fields_of("ORDER FORM\nOrder Form No.:            Q-004871\nQuote Valid Until:            06/28/2024\n"
                  "Subscription Start Date:            07/01/2024\nSubscription Term:            36 months\n"
                  "Subscription End Date:            06/30/2027\n")
    assert f.expiry_date.value == date(2027, 6, 30)
    f = fields_of("销售合同\n报价有效期至：2024年5月31日\n本合同有效期自2024年6月1日起至2025年5月31日止。\n")
    assert f.expiry_date.value == date(2025, 5, 31)


def test_an_extension_is_the_new_term_and_a_guarantee_runs_on_its_own() -> None:
    f = fields_of("ADDENDUM No. 1\nThis Addendum is made on 25 October 2024 between Tana Water Company Limited "
                  "(the \"Client\") and Savannah Byte Limited (the \"Service Provider\").\n"
                  "WHEREAS the parties entered into the Original Contract for a period of two years from\n"
                  "1 November 2022 to 31 October 2024;\nNOW IT IS AGREED:\n"
                  "1. The Original Contract is extended for six (6) months, from 1 November 2024\n"
                  "to 30 April 2025 (the \"Extension Period\").\n"
                  "2. The Service Provider shall extend the validity of its bank guarantee of\n"
                  "KES 288,000.00 until 31 December 2025.\n")
    assert f.expiry_date.value == date(2025, 4, 30)
    assert f.effective_date.value == date(2024, 11, 1)


@pytest.mark.parametrize("text, signed, expiry", [
    # the hour between the cue and the date
    ("RESIDENTIAL LEASE\nThis Lease is entered into on April 17, 2024.\n3. TERM. The term begins on May 1, 2024 "
     "and ends at 11:59 p.m. on April 30, 2025.\n", date(2024, 4, 17), date(2025, 4, 30)),
    # "made in <place>, on <date>"; a term in "Gregorian months" from a defined commencement date
    ("SERVICES AGREEMENT\nThis Agreement is made in Dubai, United Arab Emirates, on 20 March 2025\n"
     "\"Commencement Date\" means 1 April 2025.\n2. TERM\nThis Agreement shall be for a period of twelve (12) "
     "Gregorian months\ncommencing on the Commencement Date.\n", date(2025, 3, 20), date(2026, 3, 31)),
])
def test_signing_and_expiry_with_words_between_the_cue_and_the_date(text: str, signed: date, expiry: date) -> None:
    f = fields_of(text)
    assert (f.signed_date.value, f.expiry_date.value) == (signed, expiry)


def test_contract_numbers_in_traditional_characters_and_company_numbers() -> None:
    f = fields_of("貨物買賣合約\n合約編號: TST/SC/2405/021            日期: 2024年5月14日\n")
    assert f.contract_no.value == "TST/SC/2405/021"
    f = fields_of("勞動契約書\n契約編號: JS-HR-113-0458\n甲方:晶昇半導體股份有限公司   統一編號: 70582143\n")
    assert f.contract_no.value == "JS-HR-113-0458"
    # a company's registration number is no contract number
    assert fields_of("租赁合同\n承租人：鸿艺设计顾问有限公司(公司编号: 2876543 )\n").contract_no is None


def test_a_yuan_sign_read_as_two_characters_is_put_right_by_the_words() -> None:
    # "¥4,350,000.00" read as "#84,350,000.00": the uppercase words say what the figures were
    f = fields_of("借款合同\n乙方向甲方借款，借款本金：#84,350,000.00（大写：肆佰叁拾伍万元整）。\n")
    assert f.total.value == Decimal("4350000.00")
    assert f.amount_in_words_matches.value is True


@pytest.mark.parametrize("text, want", [
    ("RESIDENTIAL LEASE AGREEMENT\nThis Lease is entered into on April 17, 2024, by and between Harborview "
     "Homes, LLC (\"Landlord\"), and Daniel K. Okafor and Priya Raman (together, \"Tenant\").\n",
     [("party_a", "Harborview Homes, LLC"), ("party_b", "Daniel K. Okafor"), ("party_b", "Priya Raman")]),
    ("BUILDING CONTRACT\nPARTIES\nOwner:            Hemi Paratene and Charlotte Anne Paratene\n"
     "Builder:            Kowhai Build Co Limited\n",
     [("party_a", "Charlotte Anne Paratene"), ("party_a", "Hemi Paratene"), ("party_b", "Kowhai Build Co Limited")]),
    ("LOAN AGREEMENT\nLENDER:            Pinecrest Credit Union\nBORROWER:            Daniel R. Whitaker\n"
     "CO-BORROWER:            Melissa J. Whitaker\n",
     [("party_a", "Pinecrest Credit Union"), ("party_b", "Daniel R. Whitaker"), ("party_b", "Melissa J. Whitaker")]),
    # a company's name with "&" or "and" in it stays one name
    ("STORAGE AGREEMENT\nThis Agreement is made between Mulga Freight & Storage Pty Ltd (the \"Supplier\") "
     "and Saltbush Organics Pty Ltd (the \"Customer\").\n",
     [("party_a", "Mulga Freight & Storage Pty Ltd"), ("party_b", "Saltbush Organics Pty Ltd")]),
    # a person described after the name (India); without the comma "s/o" is part of a Malaysian name
    ("LEAVE AND LICENCE AGREEMENT\nThis Agreement is made at Pune BETWEEN Suresh Vasant Kulkarni, aged about 61 years, "
     "residing at Kothrud, Pune (hereinafter called the \"Licensor\") AND Nexora Software Solutions Private Limited "
     "(hereinafter called the \"Licensee\").\n",
     [("party_a", "Suresh Vasant Kulkarni"), ("party_b", "Nexora Software Solutions Private Limited")]),
    ("TENANCY AGREEMENT\nLandlord:            Goh Siew Lan\nTenant:            Ravindran s/o Muthusamy\n",
     [("party_a", "Goh Siew Lan"), ("party_b", "Ravindran s/o Muthusamy")]),
])
def test_persons_who_together_are_one_side_are_each_a_party(text: str, want: list[tuple[str, str]]) -> None:
    assert sorted((p.role, p.name) for p in fields_of(text).parties) == want


@pytest.mark.parametrize("text, total", [
    # the ¥ read as 羊
    ("技术转让合同\n第三条金额\n转让费为羊6,125,200.00,大写人民币陆佰壹拾贰万伍仟贰佰元整,该价款已包含全部税费。\n",
     Decimal("6125200.00")),
    # the ¥ read as an 8 before a bare figure after 借款本金, put right by the words
    ("借款合同\n第一条借款金额\n乙方向甲方借款,借款本金: 8660,000.00 (大写:陆拾陆万元整)。\n", Decimal("660000.00")),
    # the last cent lost from a total row
    ("采购合同\n品名            数量            金额\n钢材            10            2,548,629.80\n"
     "合计            2,548,629.8\n", Decimal("2548629.80")),
    # "RMB" split by OCR
    ("SUPPLEMENTARY AGREEMENT\nThe total contract price is amended from RMB 90,500.00 to RM B 242,500.00.\n",
     Decimal("242500.00")),
    # rupees named in the heading only, Indian digit grouping in the total row
    ("PURCHASE ORDER\nSr.            Description            Qty            Amount (Rs.)\n1            Carbide inserts"
     "            400            3,70,700.00\nGrand Total            4,37,426.00\n", Decimal("437426.00")),
    # a table rule read as a bracket in the total row, the heading's currency code in mixed case
    ("SERVICE AGREEMENT\nMilestone            Due            Amount (UsD)\n1. Signature            on signing"
     "            64,605.00\nTotal            [            215,350.00\n", Decimal("215350.00")),
])
def test_totals_through_ocr_damage(text: str, total: Decimal) -> None:
    assert fields_of(text).total.value == total


def test_a_contract_number_label_with_its_bracket_misread() -> None:
    assert fields_of("采购合同\n合同编号(No.】:川采(2026)第1634号\n").contract_no.value == "川采(2026)第1634号"


@pytest.mark.parametrize("text, effective, expiry", [
    # a rent-free period with a note in brackets before its dates is not the lease's term
    ("房屋租赁合同\n二、租赁期限\n1.租赁期限为贰年,自2025年1月1日起计算。\n"
     "2.甲方给予乙方装修免租期(不计入租赁期限): 2024年12月20日至2024年12月31日。\n",
     date(2025, 1, 1), date(2026, 12, 31)),
    # the term of the trademark licensed is not the licence's
    ("商标使用许可合同\n商标专用权期限: 2017年1月14日至2027年1月13日\n第三条许可期限\n"
     "许可使用期限自2025年1月1日起至2029年12月31日止。\n", date(2025, 1, 1), date(2029, 12, 31)),
    # a term counted from signing: the contract takes effect on signing
    ("保密协议\n本协议有效期为三年,自双方签署之日起计算。\n签署日期: 2024年5月20日\n",
     date(2024, 5, 20), date(2027, 5, 19)),
])
def test_chinese_terms_of_other_things_and_terms_from_signing(text: str, effective: date, expiry: date) -> None:
    f = fields_of(text)
    assert (f.effective_date.value, f.expiry_date.value) == (effective, expiry)


def test_the_hire_period_of_a_hire_form() -> None:
    f = fields_of("EQUIPMENT HIRE AGREEMENT\nHIRE PERIOD\nOn Hire: 03/03/2025            Off Hire: 30/03/2025"
                  "            Minimum Hire: 1 week\n")
    assert (f.effective_date.value, f.expiry_date.value) == (date(2025, 3, 3), date(2025, 3, 30))
