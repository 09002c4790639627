"""HELD-OUT contract templates, used only by the extraction benchmark.

How this set is kept apart from development:

* It was written independently of ``sample_scans/templates.py`` (the development templates):
  it shares no code, phrase tables or name lists with them - titles, party phrasing
  (出卖人/买受人, 委托方/受托方, the "Company"/"Consultant", Landlord/Tenant…), the order in which
  parties are introduced, date formats (二〇二五年三月十八日, 2025/03/18, 2025.03.18,
  "the 18th day of March, 2025", "18 March 2025"), amount phrasing ("合同总价款为人民币…元（大写：…）",
  "total consideration of US$…") and layout (party tables, spaced titles, number line at the
  bottom) all differ.
* It must never be imported by ``extractors/``, ``classifiers/`` or their tests, and nobody
  tunes an extractor by reading it; only ``benchmarks/`` imports it. Only ``sample_scans.synth``
  (the renderer, not the wording) is shared, and only by the benchmark that renders these lines.

Ground truth has the same format as the development corpus (see ``sample_scans/README.md``):
roles normalised to party_a/party_b/party_c (seller, lessor/landlord, discloser, employer/company,
lender, licensor/grantor, client/customer/purchaser = party_a), the printed role kept in
``printed_role``; an expiry given only as a term is the last day of the term
(start + term - 1 day, ``expiry_from_term`` true).

Public API: ``heldout_documents(seed, n) -> list[(lines, truth)]``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Callable

import cn2an
import numpy as np

Doc = tuple[list[str], dict[str, Any]]

# ---- independent value tables ----------------------------------------------------------------
_CN_PLACES = ["重庆", "长沙", "郑州", "合肥", "厦门", "昆明", "济南", "无锡", "佛山", "东莞", "福州", "大连"]
_CN_MARKS = ["鸿图", "盛世", "九州", "利民", "中科", "启明", "同创", "万象", "朗润", "天禧", "弘毅",
             "致远", "华信", "恒信", "景泰", "汇丰源", "星河", "卓越"]
_CN_TRADES = ["电气", "包装材料", "光电", "仪器仪表", "化工", "汽车零部件", "数字科技", "农业发展",
              "工程咨询", "家居", "半导体", "检测技术", "能源"]
_CN_FORMS = ["有限公司", "股份有限公司", "有限责任公司"]
_CN_FAMILY = list("欧阳司马上官诸葛")[:0] + list("岳柳喻祝傅窦邢聂郎池翁管车裴")
_CN_NAME = list("子涵梓萱一诺浩宇依晨逸凡若曦俊熙雨桐沐阳诗琪博文")
_CN_STREETS = ["解放碑步行街", "五一大道", "金水路", "长江西路", "鹭江道", "滇池路", "泉城路", "太湖大道"]

_EN_HEADS = ["Vantor", "Calder", "Meridian", "Ashgrove", "Lumen", "Corvid", "Halden", "Tessaly",
             "Brisk", "Orrin", "Welland", "Saffron", "Kilnworth", "Pemberly"]
_EN_FIELDS = ["Instruments", "Biosciences", "Shipping", "Data Services", "Pharma", "Retail Group",
              "Aerospace", "Textiles", "Semiconductors", "Hospitality", "Engineering"]
_EN_FORMS = ["Limited", "S.A.", "B.V.", "AG", "Pty. Limited", "L.L.C.", "Sdn. Bhd.", "K.K."]
_EN_GIVEN = ["Aisha", "Bruno", "Camille", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas"]
_EN_FAMILY = ["Alvarez", "Brandt", "Costa", "Dubois", "Eriksen", "Fujita", "Garcia", "Haddad",
              "Ivanova", "Jensen"]
_EN_SEATS = ["Level 9, 1 Raffles Place, Singapore 048616", "Herengracht 450, 1017 CA Amsterdam, the Netherlands",
             "Bahnhofstrasse 12, 8001 Zurich, Switzerland", "2-1-1 Marunouchi, Chiyoda-ku, Tokyo, Japan",
             "Unit 3, 77 King Street West, Toronto, ON M5K 1A1, Canada",
             "Jalan Sultan Ismail 50, 50250 Kuala Lumpur, Malaysia"]

_CN_DIGIT = "〇一二三四五六七八九"
_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
_NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"]


def _choice(rng: np.random.Generator, items: list[Any]) -> Any:
    return items[int(rng.integers(len(items)))]


def _cn_firm(rng: np.random.Generator) -> str:
    return _choice(rng, _CN_PLACES) + _choice(rng, _CN_MARKS) + _choice(rng, _CN_TRADES) + _choice(rng, _CN_FORMS)


def _cn_man(rng: np.random.Generator) -> str:
    return _choice(rng, _CN_FAMILY) + "".join(_choice(rng, _CN_NAME) for _ in range(int(rng.integers(1, 3))))


def _cn_site(rng: np.random.Generator) -> str:
    return f"{_choice(rng, _CN_PLACES)}市{_choice(rng, _CN_STREETS)}{int(rng.integers(1, 400))}号"


def _en_firm(rng: np.random.Generator) -> str:
    return f"{_choice(rng, _EN_HEADS)} {_choice(rng, _EN_FIELDS)} {_choice(rng, _EN_FORMS)}"


def _en_man(rng: np.random.Generator) -> str:
    return f"{_choice(rng, _EN_GIVEN)} {_choice(rng, _EN_FAMILY)}"


# ---- formats ---------------------------------------------------------------------------------
def _cn_day(d: date, style: int) -> str:
    if style == 0:
        y = "".join(_CN_DIGIT[int(c)] for c in str(d.year))
        return f"{y}年{_cn_small(d.month)}月{_cn_small(d.day)}日"
    if style == 1:
        return f"{d:%Y/%m/%d}"
    if style == 2:
        return f"{d:%Y.%m.%d}"
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def _cn_small(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def _en_day(d: date, style: int) -> str:
    month = calendar.month_name[d.month]
    if style == 0:
        return f"the {d.day}{_ORD.get(d.day, 'th')} day of {month}, {d.year}"
    if style == 1:
        return f"{d.day} {month} {d.year}"
    if style == 2:
        return f"{calendar.month_abbr[d.month]}. {d.day}, {d.year}"
    return f"{d:%Y/%m/%d}"


def _yuan(v: Decimal) -> str:
    return f"{v:,.2f}"


def _daxie(v: Decimal) -> str:
    return cn2an.an2cn(f"{v:.2f}", "rmb")


def _shift_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _amount(rng: np.random.Generator, lo: int, hi: int, unit: int) -> Decimal:
    return Decimal(int(rng.integers(lo // unit, hi // unit + 1)) * unit).quantize(Decimal("0.01"))


def _gt(lang: str, kind: str, number: str, parties: list[tuple[str, str, str]], signed: date,
        start: date | None, end: date | None, total: Decimal | None, cur: str | None,
        words: str | None, from_term: bool) -> dict[str, Any]:
    return {
        "language": lang, "contract_type": kind, "contract_no": number,
        "parties": [{"role": r, "name": n, "printed_role": p} for r, n, p in parties],
        "signed_date": signed.isoformat(),
        "effective_date": start.isoformat() if start else None,
        "expiry_date": end.isoformat() if end else None,
        "expiry_from_term": from_term,
        "total_amount": {"value": f"{total:.2f}", "currency": cur} if total is not None else None,
        "amount_in_words": words,
    }


# ---- Chinese: one generic layout driven by a per-type spec -----------------------------------
# type: (titles, (printed role A, printed role B), subject, has amount, amount label, B is a person)
_ZH_SPEC: dict[str, tuple[list[str], tuple[str, str], str, bool, str, bool]] = {
    "sales": (["商品买卖合同", "货物买卖合同"], ("出卖人", "买受人"), "买受人向出卖人购买下列商品", True, "合同总价款", False),
    "purchase": (["设备采购合同", "物资采购合同"], ("采购人", "供货人"), "采购人向供货人采购设备", True, "采购总价款", False),
    "service": (["委托服务合同", "技术咨询服务合同"], ("委托方", "受托方"), "委托方委托受托方提供专业服务", True, "服务报酬总额", False),
    "lease": (["厂房租赁合同", "商铺租赁合同"], ("出租人", "承租人"), "出租人将房屋出租给承租人", True, "租金总计", False),
    "nda": (["保密合同", "信息保密协议书"], ("信息披露方", "信息接收方"), "双方合作中涉及的保密信息", False, "", False),
    "employment": (["劳动合同书（固定期限）"], ("用人单位", "劳动者"), "建立劳动关系", False, "", True),
    "loan": (["个人借款合同", "企业借款协议"], ("贷款人", "借款人"), "借款人向贷款人借款", True, "借款本金", False),
    "license": (["计算机软件使用许可合同", "商标使用许可合同"], ("许可人", "被许可人"), "许可人授权被许可人使用", True, "许可费总额", False),
    "framework": (["年度合作框架协议", "供货框架合同"], ("甲方", "乙方"), "建立长期合作关系", False, "", False),
    "supplementary": (["补充合同", "变更协议"], ("甲方", "乙方"), "对原合同进行变更", True, "变更后合同总价款", False),
}
_ZH_CODES = {"sales": "MM", "purchase": "CGHT", "service": "WT", "lease": "FZ", "nda": "BMXY",
             "employment": "LDHT", "loan": "JKXY", "license": "XKHT", "framework": "KJXY",
             "supplementary": "BCHT"}


def _zh_doc(kind: str, rng: np.random.Generator) -> Doc:
    titles, (ra, rb), subject, has_amount, amount_label, b_person = _ZH_SPEC[kind]
    a = _cn_firm(rng)
    b = _cn_man(rng) if b_person else _cn_firm(rng)
    while b == a:
        b = _cn_firm(rng)
    dstyle = int(rng.integers(4))
    signed = date(2023, 6, 1) + timedelta(days=int(rng.integers(0, 1200)))
    start = signed + timedelta(days=int(rng.integers(1, 30)))
    number = f"{_ZH_CODES[kind]}〔{signed.year}〕{int(rng.integers(1, 300))}号" if rng.random() < 0.5 \
        else f"{signed:%y}{_ZH_CODES[kind]}{int(rng.integers(1000, 9999))}"
    title = _choice(rng, titles)
    if rng.random() < 0.5 and len(title) <= 6:
        title = " ".join(title)  # spaced title: 借 款 合 同
    lines = [title]
    top_number = rng.random() < 0.6
    if top_number:
        lines += [f"== 编号：{number}", ""]
    # party block: either a table or "本合同由以下双方签订："
    first_b = kind == "sales"  # 买受人 is introduced first, yet the seller is party A
    order = [(rb, b), (ra, a)] if first_b else [(ra, a), (rb, b)]
    if rng.random() < 0.5:
        lines.append("本合同由以下双方签订：")
        for role, name in order:
            lines += [f"{role}：{name}", f"地址：{_cn_site(rng)}" if not (b_person and name == b) else
                      f"身份证号：{int(rng.integers(3 * 10**16, 6 * 10**16))}X"]
    else:
        for role, name in order:
            lines.append(f"| {role} | {name}")
        lines.append(f"| 签约地点 | {_choice(rng, _CN_PLACES)}")
    lines += ["", f"为{subject}，双方依据有关法律规定，本着互惠互利的原则，订立本合同，共同遵守。"]

    total = words = None
    end: date | None = None
    from_term = False
    clauses: list[str] = []
    if has_amount:
        total = _amount(rng, 30_000, 4_000_000, 500)
        words = _daxie(total)
        style = int(rng.integers(3))
        if style == 0:
            clauses.append(f"{amount_label}为人民币{_yuan(total)}元（大写：{words}）。")
        elif style == 1:
            clauses.append(f"{amount_label}：人民币{words}（¥{_yuan(total)}）。")
        else:
            clauses.append(f"{amount_label}合计{_yuan(total)}元（人民币大写{words}），含税。")
    if kind == "supplementary":
        base = f"{signed.year - 1}{_ZH_CODES['sales']}{int(rng.integers(100, 999))}"
        clauses.insert(0, f"双方此前签署的原合同（编号{base}）第三条价款条款变更如下：")
        clauses.append(f"本变更协议自{_cn_day(start, dstyle)}起生效，原合同其余条款不变。")
    elif kind in ("sales", "purchase"):
        start = None
        clauses.append(f"出货日期不迟于{_cn_day(signed + timedelta(days=30), dstyle)}，验收合格后付清全部款项。")
    else:
        if rng.random() < 0.5:
            n = int(rng.integers(1, 4))
            end = _shift_months(start, 12 * n) - timedelta(days=1)
            from_term = True
            clauses.append(f"本合同期限为{_cn_small(n)}年，自{_cn_day(start, dstyle)}起计算。")
        else:
            end = _shift_months(start, int(rng.integers(6, 37))) - timedelta(days=1)
            clauses.append(f"本合同履行期限：{_cn_day(start, dstyle)}至{_cn_day(end, dstyle)}。")
    if kind == "employment":
        clauses.append(f"劳动者每月劳动报酬为税前{int(rng.integers(5, 40)) * 1000}元，用人单位每月十日前发放。")
    if kind == "lease":
        clauses.append("承租人应于每季度首月五日前缴纳当季租金，逾期按日加收千分之一滞纳金。")
    clauses += ["任何一方不履行本合同义务的，应向对方承担违约责任。",
                "合同履行中发生争议，提交合同签订地仲裁委员会仲裁。"]
    for i, c in enumerate(clauses, start=1):
        lines.append(f"{_cn_small(i)}、{c}")
    lines += ["@@SIGNATURE", ""]
    sign_day = _cn_day(signed, dstyle)
    lines += [f"{ra}（公章）：\t{rb}（{'签名' if b_person else '公章'}）：",
              f"{a}\t{b}",
              f"委托代理人：{_cn_man(rng)}\t" + ("" if b_person else f"委托代理人：{_cn_man(rng)}"),
              f"签署时间：{sign_day}\t签署时间：{sign_day}"]
    if not top_number:
        lines += ["", f">> 合同编号：{number}"]
    parties = [("party_a", a, ra), ("party_b", b, rb)]
    return lines, _gt("zh", kind, number, parties, signed, start, end, total,
                      "CNY" if total is not None else None, words, from_term)


# ---- English ---------------------------------------------------------------------------------
# type: (title, (label A, label B), recital, amount phrase or "", B is a person)
_EN_SPEC: dict[str, tuple[list[str], tuple[str, str], str, str, bool]] = {
    "sales": (["Agreement for the Sale of Goods"], ("Vendor", "Purchaser"),
              "the Vendor wishes to sell and the Purchaser wishes to buy the goods listed in Annex A",
              "The Purchaser shall pay the Vendor a total consideration of {amt} for the goods.", False),
    "purchase": (["Equipment Supply Contract"], ("Customer", "Supplier"),
                 "the Customer wishes to procure equipment from the Supplier",
                 "The aggregate price payable by the Customer is {amt}, exclusive of VAT.", False),
    "service": (["Consultancy Agreement"], ("Company", "Consultant"),
                "the Company wishes to engage the Consultant to provide advisory services",
                "The Company shall pay the Consultant fees not exceeding {amt} in total.", False),
    "lease": (["Tenancy Agreement"], ("Landlord", "Tenant"),
              "the Landlord owns the property described in the Schedule and agrees to let it to the Tenant",
              "The total rent payable for the Term amounts to {amt}.", False),
    "nda": (["Mutual Confidentiality Undertaking"], ("Company", "Recipient"),
            "the parties intend to exchange confidential information in connection with a possible transaction",
            "", False),
    "employment": (["Executive Service Agreement"], ("Company", "Executive"),
                   "the Company wishes to employ the Executive on the terms set out below", "", True),
    "loan": (["Facility Agreement"], ("Lender", "Borrower"),
             "the Lender has agreed to make available a term loan facility to the Borrower",
             "The Lender shall advance to the Borrower the principal sum of {amt}.", False),
    "license": (["Trademark License Deed"], ("Grantor", "Grantee"),
                "the Grantor owns the trademarks listed in Schedule 1 and agrees to license them",
                "In return, the Grantee shall pay a one-off royalty of {amt}.", False),
    "framework": (["Master Framework Contract"], ("Customer", "Contractor"),
                  "the parties wish to set out the terms governing future call-off orders", "", False),
    "supplementary": (["Deed of Variation"], ("First Party", "Second Party"),
                      "the parties wish to vary the Principal Agreement",
                      "The contract sum under the Principal Agreement is hereby increased to {amt}.", False),
}
_EN_SYMBOL = {"USD": "US$", "EUR": "€", "SGD": "S$", "GBP": "£", "CNY": "CNY "}


def _en_doc(kind: str, rng: np.random.Generator) -> Doc:
    titles, (la, lb), recital, amount_phrase, b_person = _EN_SPEC[kind]
    a = _en_firm(rng)
    b = _en_man(rng) if b_person else _en_firm(rng)
    while b == a:
        b = _en_firm(rng)
    dstyle = int(rng.integers(4))
    signed = date(2023, 6, 1) + timedelta(days=int(rng.integers(0, 1200)))
    start = signed + timedelta(days=int(rng.integers(0, 25)))
    number = f"{kind[:3].upper()}/{signed:%Y}/{int(rng.integers(10, 999)):03d}-{_choice(rng, ['A', 'B', 'C'])}"
    title = _choice(rng, titles).upper() if rng.random() < 0.5 else _choice(rng, titles)
    lines = [title, f"== Reference: {number}", ""]
    lines.append(f"THIS AGREEMENT is made on {_en_day(signed, dstyle)}")
    lines.append("BETWEEN:")
    lines.append(f"(1) {a}, whose principal place of business is at {_choice(rng, _EN_SEATS)} "
                 f"(the \"{la}\"); and")
    who = "of" if b_person else "whose principal place of business is at"
    lines.append(f"(2) {b}, {who} {_choice(rng, _EN_SEATS)} (the \"{lb}\").")
    lines += ["", f"WHEREAS {recital}.", "NOW IT IS AGREED as follows:"]
    total = None
    cur = None
    end: date | None = None
    from_term = False
    n = 1
    if amount_phrase:
        cur = _choice(rng, ["USD", "EUR", "SGD", "GBP", "CNY"])
        total = _amount(rng, 10_000, 2_500_000, 250)
        text_amt = f"{_EN_SYMBOL[cur]}{total:,.2f}" if rng.random() < 0.6 else f"{total:,.2f} {cur}"
        lines.append(f"{n}. " + amount_phrase.format(amt=text_amt))
        n += 1
    if kind in ("sales", "purchase"):
        start = None
        lines.append(f"{n}. Delivery shall take place within {_NUMW[int(rng.integers(2, 9))]} weeks of this Agreement.")
        n += 1
    elif kind == "supplementary":
        lines.append(f"{n}. This Deed shall take effect on {_en_day(start, dstyle)}; the Principal Agreement "
                     "otherwise continues unamended.")
        n += 1
    else:
        if rng.random() < 0.5:
            months = 12 * int(rng.integers(1, 4))
            end = _shift_months(start, months) - timedelta(days=1)
            from_term = True
            lines.append(f"{n}. The term of this Agreement is a period of {months} months commencing on "
                         f"{_en_day(start, dstyle)}.")
        else:
            end = _shift_months(start, int(rng.integers(6, 49))) - timedelta(days=1)
            lines.append(f"{n}. This Agreement commences on {_en_day(start, dstyle)} and expires on "
                         f"{_en_day(end, dstyle)}, unless renewed in writing.")
        n += 1
    lines += [f"{n}. Neither party may assign its rights under this Agreement without the prior consent of the other.",
              f"{n + 1}. This Agreement is governed by the laws of Singapore and the parties submit to the "
              "exclusive jurisdiction of the Singapore courts.", "",
              "EXECUTED by the parties on the date stated at the beginning of this Agreement.",
              "@@SIGNATURE", "",
              f"Signed for and on behalf of the {la}\t" + (f"Signed by the {lb}" if b_person else
                                                           f"Signed for and on behalf of the {lb}"),
              f"{a}\t{b}",
              f"Authorised signatory: {_en_man(rng)}\t" + ("" if b_person else f"Authorised signatory: {_en_man(rng)}")]
    parties = [("party_a", a, la), ("party_b", b, lb)]
    return lines, _gt("en", kind, number, parties, signed, start, end, total, cur, None, from_term)


HELDOUT_KINDS: list[tuple[str, str]] = [(k, lang) for k in _ZH_SPEC for lang in ("zh", "en")]
_BUILDERS: dict[str, Callable[[str, np.random.Generator], Doc]] = {"zh": _zh_doc, "en": _en_doc}


def heldout_documents(seed: int, n: int) -> list[Doc]:
    """``n`` held-out contracts as (lines to render with ``sample_scans.synth``, truth), cycling
    through every (type, language) pair; deterministic for a given ``seed``."""
    out: list[Doc] = []
    for i in range(n):
        kind, lang = HELDOUT_KINDS[i % len(HELDOUT_KINDS)]
        rng = np.random.default_rng([seed, i])
        out.append(_BUILDERS[lang](kind, rng))
    return out
