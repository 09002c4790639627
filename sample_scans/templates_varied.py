"""A broad development corpus of Chinese and English contracts with randomised phrasing.

Where :mod:`sample_scans.templates` has one layout per contract type, every template here draws
its layout and wording from the variety of real contracts: Chinese model contracts (示范文本:
买卖合同, 房屋租赁合同, 技术开发合同, 劳动合同书, 借款合同, 采购合同, 委托合同, 保密协议, 框架协议,
补充协议) with cover pages, party tables, 签订地点/签订时间, uppercase amounts, 万元 figures,
terms stated as ranges or as durations; English commercial agreements with "THIS AGREEMENT is
made on …", "BETWEEN: (1) … (2) …", recitals, "Contract No." / "Ref:" near the top or the
bottom, terms "commencing on … for a period of thirty-six (36) months", totals "not to exceed",
British day-first dates and signature blocks "Signed by … for and on behalf of …".

Ground truth has the format of :mod:`sample_scans.templates` (see its module docstring). Role
normalisation: ``party_a`` is the seller / 出卖人 / 供方, lessor / 出租人, discloser, employer /
用人单位, lender / 贷款人, licensor / 许可方 / 转让方, client / 委托方 / 发包人 / customer engaging a
provider; ``party_b`` the other side; ``party_c`` a third party (guarantor, 丙方). Printed
甲方/乙方 (Party A/B) labels are authoritative. An expiry stated as a term is start + term − 1
day; a contract "effective upon signing" has the signing date as its effective date.

    make_contract(contract_type, lang, rng) -> Filled
    random_contract(rng) -> Filled
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Callable

import numpy as np

from sample_scans.templates import _truth as templates_truth
from sample_scans.templates import (
    CONTRACT_TYPES, EN_PLACES, ZH_CITIES, Filled, add_months, en_company, en_person,
    en_words_int, fig, pick, plain, rand_date, zh_address, zh_company, zh_person, zh_upper,
)

__all__ = ["make_contract", "random_contract", "TEMPLATES"]

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# values
# --------------------------------------------------------------------------------------------
ZH_DIGITS = "〇一二三四五六七八九"
ZH_NUMS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def zh_cn_number(n: int) -> str:
    if n <= 10:
        return ZH_NUMS[n]
    if n < 20:
        return "十" + ZH_NUMS[n - 10]
    return ZH_NUMS[n // 10] + "十" + (ZH_NUMS[n % 10] if n % 10 else "")


def zh_date_any(rng: Rng, d: date, style: int | None = None) -> str:
    style = int(rng.integers(7)) if style is None else style
    if style == 0:
        y = "".join(ZH_DIGITS[int(c)] for c in str(d.year))
        return f"{y}年{zh_cn_number(d.month)}月{zh_cn_number(d.day)}日"
    if style == 1:
        return f"{d.year}.{d.month}.{d.day}"
    if style == 2:
        return f"{d:%Y/%m/%d}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    if style == 5:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def en_date_any(rng: Rng, d: date, british: bool, style: int | None = None) -> str:
    """A date as English contracts print it; numeric forms only when unambiguous or in the
    document's convention (``british``: day first)."""
    style = int(rng.integers(6)) if style is None else style
    m = EN_MONTHS[d.month - 1]
    if style == 0:
        return f"{d.day} {m} {d.year}"
    if style == 1:
        return f"{m} {ordinal(d.day)}, {d.year}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d:%d/%m/%Y}" if british else f"{m} {d.day}, {d.year}"
    if style == 4:
        return f"{ordinal(d.day)} {m} {d.year}"
    return f"{m} {d.day}, {d.year}"


def zh_person_or_company(rng: Rng) -> str:
    return zh_company(rng)


EN_FORMS = ["Limited", "Ltd", "Pte. Ltd.", "Inc.", "LLC", "Corporation", "Co., Ltd.", "PLC",
            "GmbH", "Holdings Limited", "Group Inc."]
EN_WORDS = ["Aurora", "Meridian", "Kestrel", "Sterling", "Horizon", "Cobalt", "Juniper", "Vantage",
            "Orchid", "Beacon", "Lumen", "Quarry", "Westbrook", "Ashford", "Pinnacle", "Tidewater"]
EN_TRADES = ["Components", "Pharma", "Digital", "Shipping", "Semiconductors", "Foods", "Advisory",
             "Engineering", "Media", "Networks", "Instruments", "Retail", "Textiles", "Solar"]


def en_company_any(rng: Rng) -> str:
    if rng.random() < 0.5:
        return en_company(rng)
    return f"{pick(rng, EN_WORDS)} {pick(rng, EN_TRADES)} {pick(rng, EN_FORMS)}"


def contract_number(rng: Rng, code: str, d: date) -> str:
    seq = int(rng.integers(1, 9999))
    style = int(rng.integers(9))
    city = pick(rng, ["SH", "BJ", "SZ", "GZ", "HZ", "NJ", "CD"])
    return [
        f"{code}-{d:%Y%m%d}-{seq % 1000:03d}",
        f"{code}{d:%Y}{seq:04d}",
        f"{city}-{code}-{d:%Y}-{seq:04d}",
        f"{code}/{d:%Y}/{seq % 1000:03d}",
        f"{d:%Y}{code}{seq:05d}",
        f"HT{d:%Y%m%d}{seq % 100:02d}",
        f"{code}{d:%y}-{seq:04d}",
        f"{d:%Y}-{code}-{seq:03d}",
        f"{code}{d:%Y}-{seq}",
    ][style]


def money_in(rng: Rng, lo: int, hi: int, step: int, cents: bool = False) -> Decimal:
    v = Decimal(int(rng.integers(lo // step, hi // step + 1)) * step)
    if cents and rng.random() < 0.3:
        v += Decimal(int(rng.integers(1, 100))) / 100
    return v.quantize(Decimal("0.01"))


# the ground-truth dict has one shape for every corpus
_truth = templates_truth


# --------------------------------------------------------------------------------------------
# Chinese
# --------------------------------------------------------------------------------------------
@dataclass
class ZhSpec:
    titles: list[str]
    roles: list[tuple[str, str]]  # (party_a label, party_b label) by the normalisation above
    b_person: float = 0.0  # probability that party B is a natural person
    subject: str = ""
    term_label: str = "合同期限"
    term: float = 0.5  # probability of a stated term
    amount_cues: tuple[str, ...] = ("合同总价款", "合同总金额", "合同价款", "总价（含税）", "价税合计")
    amount: float = 0.9
    clauses: tuple[tuple[str, str], ...] = ()
    code: str = "HT"
    third: tuple[str, ...] = ()  # labels of an optional third party
    a_first: float = 1.0  # probability that party A is printed first


ZH_SPECS: dict[str, ZhSpec] = {
    "sales": ZhSpec(
        ["买卖合同", "产品购销合同", "商品房买卖合同", "设备买卖合同", "销售合同", "产品销售合同", "工业品买卖合同"],
        [("出卖人", "买受人"), ("卖方", "买方"), ("供方", "需方"), ("销售方", "购买方"), ("供货方", "购货方")],
        subject="产品买卖", term=0.15, code="XS",
        clauses=(("标的物", "出卖人应按本合同附件所列的规格、型号、数量向买受人交付标的物，标的物的所有权自交付时转移。"),
                 ("交货与验收", "供货方应在约定期限内将货物运至指定地点，需方应在收货后七日内验收，逾期未提出异议的视为验收合格。"))),
    "purchase": ZhSpec(
        ["采购合同", "设备采购合同", "物资采购合同", "原材料采购合同", "货物采购合同", "办公用品采购合同"],
        [("供应方", "采购方"), ("供方", "需方"), ("供货方", "采购人")],
        subject="货物采购", term=0.15, code="CG", a_first=0.3,
        clauses=(("采购标的", "采购方向供应方采购下列货物，供应方保证货物为全新、原厂正品，并提供合格证明文件。"),
                 ("交付及验收", "供应方应按采购方的要求分批交货，采购方收货后进行验收，验收合格后办理结算。"))),
    "service": ZhSpec(
        ["技术服务合同", "委托合同", "技术开发（委托）合同", "咨询服务合同", "物业服务合同", "软件开发服务合同",
         "运维服务合同", "营销推广服务合同"],
        [("委托方", "受托方"), ("委托人", "受托人"), ("发包方", "承包方"), ("委托方", "服务方"), ("委托方", "研究开发方")],
        subject="技术服务", term_label="服务期限", term=0.8, code="FW",
        amount_cues=("服务费总额", "合同总价款", "研究开发经费和报酬总额", "合同总金额", "委托费用合计"),
        clauses=(("服务内容", "受托方应按照委托方的要求完成约定的服务事项，并按期提交工作成果。"),
                 ("验收标准", "服务成果应符合本合同附件约定的技术指标，委托方应在收到成果后十个工作日内完成验收。"))),
    "lease": ZhSpec(
        ["房屋租赁合同", "商铺租赁合同", "厂房租赁合同", "办公用房租赁合同", "设备租赁合同", "场地租赁合同"],
        [("出租人", "承租人"), ("出租方", "承租方")],
        subject="房屋租赁", term_label="租赁期限", term=1.0, code="ZL",
        amount_cues=("租金总额", "租金总计", "合同总租金"),
        clauses=(("租赁物", "出租人将其合法拥有的房屋出租给承租人使用，房屋的权属状况及附属设施详见附件。"),
                 ("押金", "承租人应于签订本合同时向出租人支付相当于两个月租金的押金，租赁期满无违约的无息退还。"))),
    "employment": ZhSpec(
        ["劳动合同书", "劳动合同", "固定期限劳动合同", "聘用合同"],
        [("用人单位", "劳动者"), ("聘用单位", "受聘人员")], b_person=1.0,
        subject="劳动关系", term_label="劳动合同期限", term=1.0, amount=0.0, code="LD",
        clauses=(("工作内容和工作地点", "劳动者同意根据用人单位工作需要，从事约定岗位的工作，并遵守用人单位依法制定的规章制度。"),
                 ("劳动报酬", "用人单位每月以货币形式按时足额支付劳动者工资，月工资按本合同附件执行。"),
                 ("社会保险", "双方依法参加社会保险，按时足额缴纳社会保险费。"))),
    "nda": ZhSpec(
        ["保密协议", "保密协议书", "商业秘密保护协议", "信息保密协议", "技术保密协议"],
        [("披露方", "接收方"), ("信息披露方", "信息接收方")],
        subject="保密信息的保护", term_label="保密期限", term=0.8, amount=0.0, code="BM",
        clauses=(("保密信息", "保密信息是指披露方以任何形式提供给接收方的技术信息、经营信息及其他商业秘密。"),
                 ("保密义务", "接收方应对保密信息严格保密，未经披露方书面同意不得向任何第三方披露。"))),
    "loan": ZhSpec(
        ["借款合同", "个人借款合同", "流动资金借款合同", "借款协议", "企业借款合同"],
        [("贷款人", "借款人"), ("出借人", "借款人")], b_person=0.25,
        subject="借款", term_label="借款期限", term=1.0, code="JK",
        amount_cues=("借款金额", "借款本金", "贷款金额"), third=("保证人", "担保人", "丙方"),
        clauses=(("借款利率", "本合同项下借款年利率为4.35%，按月结息，到期一次性归还本金。"),
                 ("还款", "借款人应按期足额归还借款本息，逾期还款的，应按日万分之五支付逾期利息。"))),
    "license": ZhSpec(
        ["专利实施许可合同", "商标使用许可合同", "软件使用许可协议", "技术转让合同", "专利权转让合同", "著作权许可使用合同"],
        [("许可方", "被许可方"), ("许可人", "被许可人"), ("转让方", "受让方"), ("授权方", "被授权方")],
        subject="许可使用", term_label="许可期限", term=0.7, code="XK",
        amount_cues=("许可使用费总额", "转让费", "许可费", "合同总价款"),
        clauses=(("许可内容", "许可方许可被许可方在约定地域内以普通许可方式使用其专利技术。"),
                 ("技术资料", "转让方应在合同生效后三十日内向受让方交付全部技术资料。"))),
    "framework": ZhSpec(
        ["框架协议", "战略合作框架协议", "年度采购框架协议", "框架合作协议", "业务合作框架协议"],
        [("甲方", "乙方")],
        subject="长期合作", term_label="协议有效期", term=0.9, amount=0.4, code="KJ",
        amount_cues=("年度采购总额预计", "框架协议总金额", "合作总金额上限"),
        clauses=(("合作内容", "双方在本框架协议项下开展长期合作，具体订单由双方另行签订，订单与本协议不一致的以订单为准。"),
                 ("订单", "甲方根据实际需要向乙方发出具体订单，乙方应在收到订单后两个工作日内确认。"))),
    "supplementary": ZhSpec(
        ["补充协议", "合同补充协议", "变更协议", "补充协议（一）"],
        [("甲方", "乙方")],
        subject="原合同的变更", term=0.3, amount=0.6, code="BC",
        amount_cues=("变更后合同总价款", "合同总金额调整为", "调整后的合同总价"),
        clauses=(("协议效力", "本补充协议是原合同不可分割的组成部分，与原合同具有同等法律效力；本补充协议未约定的，仍按原合同执行。"),)),
}

ZH_ORIG = {"sales": "买卖合同", "service": "技术服务合同", "lease": "房屋租赁合同", "purchase": "采购合同"}


def _zh_party_block(rng: Rng, label: str, name: str, person: bool, style: int) -> list[str]:
    """Party details as printed: label line, then address, representative, phone, bank."""
    lines = [f"{label}：{name}" if style != 2 else f"| {label} | {name} |"]
    extra: list[tuple[str, str]] = []
    if person:
        extra.append(("身份证号码", f"{int(rng.integers(110000, 659999))}19{int(rng.integers(60, 99))}"
                                f"{int(rng.integers(1, 13)):02d}{int(rng.integers(1, 29)):02d}{int(rng.integers(1000, 9999))}"))
        extra.append(("住址", zh_address(rng)))
    else:
        extra.append((pick(rng, ["住所", "地址", "注册地址", "住所地"]), zh_address(rng)))
        extra.append((pick(rng, ["法定代表人", "法定代表人/负责人"]), zh_person(rng)))
        if rng.random() < 0.5:
            extra.append(("委托代理人", zh_person(rng)))
        if rng.random() < 0.4:
            extra.append(("统一社会信用代码", f"91{int(rng.integers(110000, 659999))}MA{int(rng.integers(10, 99))}"
                                       f"{pick(rng, list('ABCDEFGHJK'))}{int(rng.integers(1000, 9999))}"))
    extra.append((pick(rng, ["联系电话", "电话"]), f"1{int(rng.integers(3, 9))}{int(rng.integers(100000000, 999999999))}"))
    if not person and rng.random() < 0.5:
        extra.append(("开户行", f"中国{pick(rng, ['工商', '建设', '农业'])}银行{pick(rng, list(ZH_CITIES))}分行"))
        extra.append(("账号", f"{int(rng.integers(10**15, 10**16 - 1))}"))
    for k, v in extra:
        lines.append(f"{k}：{v}" if style != 2 else f"| {k} | {v} |")
    return lines


def _zh_amount(rng: Rng, total: Decimal, cue: str) -> str:
    up = zh_upper(total)
    style = int(rng.integers(7))
    if style == 0:
        return f"{cue}为人民币{up}（¥{fig(total)}）。"
    if style == 1:
        return f"{cue}：人民币{fig(total)}元（大写：{up}）。"
    if style == 2:
        return f"{cue}为¥{fig(total)}元，大写：人民币{up}。"
    if style == 3 and total % 100 == 0:
        wan = (total / 10000).normalize()
        return f"{cue}为人民币{wan:f}万元（大写：人民币{up}）。"
    if style == 4:
        return f"{cue}（小写）：¥{fig(total)}；（大写）：{up}。"
    if style == 5:
        return f"{cue}为RMB {fig(total)}元（人民币{up}）。"
    return f"{cue}为人民币{plain(total)}元（大写：{up}），该价款已包含增值税。"


def zh_generic(ctype: str, rng: Rng) -> Filled:
    spec = ZH_SPECS[ctype]
    title = pick(rng, spec.titles)
    la, lb = pick(rng, spec.roles)
    a = zh_company(rng)
    b = zh_person(rng) if rng.random() < spec.b_person else zh_company(rng)
    while b == a:
        b = zh_company(rng)
    signed = rand_date(rng)
    city = pick(rng, list(ZH_CITIES))
    no = contract_number(rng, spec.code, signed) if rng.random() < 0.92 else None
    # printed labels: 甲方/乙方 with the functional role, or one of them alone
    jia = int(rng.integers(4)) if (la, lb) != ("甲方", "乙方") else 3
    a_first = rng.random() < spec.a_first
    first, second = ((la, "甲方", a), (lb, "乙方", b)) if a_first else ((lb, "甲方", b), (la, "乙方", a))
    if (la, lb) == ("甲方", "乙方"):
        first, second = (la, "甲方", a), (lb, "乙方", b)

    def printed(role: str, jy: str) -> str:
        if role in ("甲方", "乙方"):
            return role
        return {0: f"{role}（{jy}）", 1: f"{jy}（{role}）", 2: role, 3: jy}[jia]

    # normalised roles: printed 甲方/乙方 are authoritative
    def norm(role: str, jy: str, name: str) -> str:
        if jia in (0, 1, 3) or role in ("甲方", "乙方"):
            return "party_a" if jy == "甲方" else "party_b"
        return "party_a" if name == a else "party_b"

    p1, p2 = printed(first[0], first[1]), printed(second[0], second[1])
    parties = [(norm(first[0], first[1], first[2]), first[2], p1),
               (norm(second[0], second[1], second[2]), second[2], p2)]
    third = None
    if spec.third and rng.random() < 0.5:
        lc = pick(rng, spec.third)
        third = (lc, zh_company(rng))
        parties.append(("party_c", third[1], lc))
    b_is_person = spec.b_person > 0 and not any(s in b for s in ("公司", "集团"))

    lines: list[str] = []
    cover = rng.random() < 0.3
    no_pos = pick(rng, ["top", "top", "top", "title", "bottom"]) if no else None
    no_label = pick(rng, ["合同编号", "合同编号", "编号", "协议编号", "合同号"])
    sep = pick(rng, ["：", "：", ":", " "])
    no_line = f"{no_label}{sep}{no}" if no else ""
    sign_when = pick(rng, ["sig", "sig", "sig", "cover", "preamble"])
    if sign_when == "cover" and not cover:
        sign_when = "sig"
    if cover:
        if no and no_pos != "bottom":
            lines += [title, f">> {no_line}"]
        else:
            lines += [title]
        lines += ["", f"{p1}：{first[2]}", f"{p2}：{second[2]}", ""]
        lines.append(f"签订地点：{city}市{pick(rng, ZH_CITIES[city])}")
        if sign_when == "cover":
            lines.append(f"签订时间：{zh_date_any(rng, signed)}")
        lines += ["@@PAGEBREAK", title]
        if no_pos in ("top", "title") and rng.random() < 0.5:
            lines.append(f">> {no_line}")
    else:
        lines.append(title)
        if no_pos == "top":
            lines.append(f">> {no_line}")
        elif no_pos == "title":
            lines.append(f"== {no_line}")
    lines.append("")
    inline = rng.random() < 0.25 and not cover
    style = int(rng.integers(3))
    if inline:
        k1, k2 = (first[0], second[0]) if jia == 2 else (first[1], second[1])
        intro = f"{first[2]}（以下简称“{k1}”）与{second[2]}（以下简称“{k2}”）"
        if third:
            intro += f"及{third[1]}（以下简称“{third[0]}”）"
        lines.append(f"{pick(rng, ['本合同由', '', '立合同人：'])}{intro}，根据《中华人民共和国民法典》及有关法律法规的规定，"
                     f"在平等、自愿、协商一致的基础上，就{spec.subject}事宜订立本合同。")
        parties = [(r, n, k) for (r, n, _), k in zip(parties, [k1, k2] + ([third[0]] if third else []))]
    else:
        lines += _zh_party_block(rng, p1, first[2], b_is_person and first[2] == b, style)
        lines.append("")
        lines += _zh_party_block(rng, p2, second[2], b_is_person and second[2] == b, style)
        if third:
            lines.append("")
            lines += _zh_party_block(rng, third[0], third[1], False, style)
        lines.append("")
        pre = pick(rng, ["根据《中华人民共和国民法典》及相关法律法规的规定，双方在平等、自愿、公平、诚实信用的基础上，",
                         "甲乙双方经友好协商，", "为明确双方的权利义务，"])
        lines.append(f"{pre}就{spec.subject}事宜达成如下协议，以资共同遵守。")
    if sign_when == "preamble":
        lines.append(f"本合同于{zh_date_any(rng, signed)}在{city}市签订。")
    if ctype == "supplementary":
        orig_d = signed - timedelta(days=int(rng.integers(60, 700)))
        orig_no = contract_number(rng, "HT", orig_d)
        orig = pick(rng, list(ZH_ORIG.values()))
        lines.append(f"鉴于双方已于{zh_date_any(rng, orig_d)}签订了《{orig}》（合同编号：{orig_no}，以下简称“原合同”），"
                     "现经双方协商一致，对原合同的部分条款作如下变更和补充：")

    # ---- clauses ----
    body: list[tuple[str, str]] = []
    effective: date | None = None
    expiry: date | None = None
    from_term = False
    total: Decimal | None = None
    upon_signing = rng.random() < 0.6
    start = signed + timedelta(days=int(rng.integers(0, 40)))
    if ctype == "lease":
        start = add_months(signed.replace(day=1), 1)
    if rng.random() < spec.term:
        years = int(rng.integers(1, 6))
        months = 12 * years if rng.random() < 0.7 else int(rng.integers(3, 37))
        end = add_months(start, months) - timedelta(days=1)
        n_txt = (f"{zh_cn_number(years)}年" if months == 12 * years and rng.random() < 0.6
                 else f"{months}个月" if rng.random() < 0.5 else f"{zh_cn_number(months)}个月")
        lab = spec.term_label
        form = int(rng.integers(6))
        if form == 0:
            txt = f"{lab}自{zh_date_any(rng, start)}起至{zh_date_any(rng, end)}止。"
        elif form == 1:
            txt = f"{lab}为{n_txt}，自{zh_date_any(rng, start)}起至{zh_date_any(rng, end)}止。"
        elif form == 2:
            txt = f"{lab}为{n_txt}，自{zh_date_any(rng, start)}起计算。"
            from_term = True
        elif form == 3:
            txt = f"{lab}：{zh_date_any(rng, start)}至{zh_date_any(rng, end)}。"
        elif form == 4:
            txt = f"本合同自{zh_date_any(rng, start)}起生效，有效期至{zh_date_any(rng, end)}。"
        else:
            start = signed
            end = add_months(start, months) - timedelta(days=1)
            txt = f"本合同自双方签字盖章之日起生效，{lab}为{n_txt}。"
            from_term = True
        if ctype == "employment" and form != 5:
            txt += f"其中试用期为{pick(rng, ['一', '二', '三', '六'])}个月。"
        effective, expiry = start, end
        body.append((pick(rng, ["期限", "合同期限", lab]), txt))
        upon_signing = False  # the term states the start: no second claim of the effective date
    if rng.random() < spec.amount:
        if ctype == "lease":
            rent = money_in(rng, 2_000, 80_000, 100)
            months_all = (expiry.year - effective.year) * 12 + expiry.month - effective.month + 1 \
                if expiry and effective else 12
            total = rent * months_all
            cue = pick(rng, spec.amount_cues)
            txt = (f"月租金为人民币{fig(rent)}元，" if rng.random() < 0.5 else f"租金每月{fig(rent)}元，") \
                + _zh_amount(rng, total, cue)
            txt += f"押金为人民币{fig(rent * 2)}元。" if rng.random() < 0.5 else ""
        elif ctype == "loan":
            total = money_in(rng, 50_000, 20_000_000, 10_000)
            txt = _zh_amount(rng, total, pick(rng, spec.amount_cues))
            txt += f"借款人逾期还款的，每日按逾期金额的万分之五支付违约金，最低不少于{fig(Decimal(5000))}元。"
        else:
            total = money_in(rng, 10_000, 9_000_000, 100, cents=True)
            txt = _zh_amount(rng, total, pick(rng, spec.amount_cues))
            if rng.random() < 0.6:
                pre = (total * Decimal("0.3")).quantize(Decimal("0.01"))
                txt += f"合同签订后十个工作日内支付合同总价的30%作为预付款，即人民币{fig(pre)}元；余款在验收合格后支付。"
        if ctype == "supplementary" and rng.random() < 0.5:
            old = (total * Decimal("0.8")).quantize(Decimal("1.00"))
            txt = f"原合同第三条约定的合同总价款人民币{fig(old)}元调整为人民币{fig(total)}元（大写：{zh_upper(total)}）。"
        body.append((pick(rng, ["合同价款", "价款及支付", "费用及支付方式", "金额"]), txt))
    elif ctype == "employment":
        salary = money_in(rng, 4_000, 50_000, 500)
        body.append(("劳动报酬", f"乙方月工资为人民币{fig(salary)}元（税前），试用期工资不低于转正工资的80%。"))
    elif ctype == "nda":
        pen = money_in(rng, 50_000, 1_000_000, 10_000)
        body.append(("违约责任", f"接收方违反本协议的，应向披露方支付违约金人民币{fig(pen)}元。"))
    body += list(spec.clauses)
    if upon_signing:
        effective = signed
        body.append(("合同生效", pick(rng, ["本合同自双方签字盖章之日起生效。", "本合同经双方法定代表人或授权代表签字并加盖公章之日起生效。",
                                         "本协议自双方签署之日起生效。"])))
    body.append(("争议解决", f"因本合同引起的争议，双方协商解决；协商不成的，提交{city}仲裁委员会仲裁。"))
    body.append(("其他", f"本合同一式{pick(rng, ['两', '四'])}份，双方各执{pick(rng, ['一', '二'])}份，具有同等法律效力。"))
    order = list(range(len(body)))
    for i, k in enumerate(order, start=1):
        head, txt = body[k]
        lines += [f"## 第{zh_cn_number(i)}条 {head}", txt]
    lines.append("（以下无正文）")
    if no and no_pos == "bottom":
        lines.append(no_line)
    # ---- signature block ----
    d = zh_date_any(rng, signed)
    lines += ["@@SIGNATURE", ""]
    sig_a = f"{p1}（盖章）：{first[2]}" if rng.random() < 0.7 else f"{p1}（签章）：{first[2]}"
    sig_b = f"{p2}（{'签字' if b_is_person and second[2] == b else '盖章'}）：{second[2]}"
    if rng.random() < 0.2:
        sig_a, sig_b = f"{p1}（盖章）：", f"{p2}（盖章）："
    lines.append(f"{sig_a}\t{sig_b}")
    lines.append(f"法定代表人或委托代理人：{zh_person(rng)}\t法定代表人或委托代理人：" + ("" if b_is_person else zh_person(rng)))
    if sign_when == "sig":
        dl = pick(rng, ["签订日期", "日期", "签约日期", "签署日期", "签订时间"])
        lines.append(f"{dl}：{d}\t{dl}：{d}")
    else:
        lines.append("日期：\t日期：")
    if third:
        lines.append(f"{third[0]}（盖章）：{third[1]}")
    total_t = (total, "CNY") if total is not None else None
    t = _truth("zh", ctype, no, parties, signed, effective, expiry, total_t,
               zh_upper(total) if total is not None else None, from_term)
    return Filled(lines, t, a)


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------
@dataclass
class EnSpec:
    titles: list[str]
    roles: list[tuple[str, str]]
    b_person: float = 0.0
    term: float = 0.5
    amount: float = 0.9
    amount_cues: tuple[str, ...] = ("The total contract price is", "The Contract Value is",
                                    "The total price payable under this Agreement shall be")
    recital: str = ""
    clauses: tuple[tuple[str, str], ...] = ()
    code: str = "AGR"
    third: tuple[str, ...] = ()


EN_SPECS: dict[str, EnSpec] = {
    "sales": EnSpec(["SALES AGREEMENT", "SALES CONTRACT", "SUPPLY AGREEMENT", "CONTRACT FOR THE SALE OF GOODS",
                     "EQUIPMENT SALE AGREEMENT"],
                    [("Seller", "Buyer"), ("Supplier", "Customer"), ("Vendor", "Purchaser"), ("Seller", "Purchaser")],
                    term=0.2, code="SC",
                    recital="the Seller wishes to sell and the Buyer wishes to buy the goods described in Schedule 1",
                    clauses=(("Delivery", "The goods shall be delivered DAP at the Buyer's warehouse and title shall pass on delivery."),
                             ("Warranty", "The goods shall be free from defects in design, material and workmanship for twelve (12) months."))),
    "purchase": EnSpec(["PURCHASE AGREEMENT", "PURCHASE CONTRACT", "PROCUREMENT AGREEMENT", "PURCHASE ORDER CONTRACT"],
                       [("Supplier", "Purchaser"), ("Vendor", "Purchaser")],
                       term=0.2, code="PO",
                       recital="the Purchaser wishes to procure the products described herein from the Supplier",
                       amount_cues=("The total purchase price is", "Total Purchase Price:", "The aggregate price of the Products is"),
                       clauses=(("Purchase Orders", "The Purchaser shall purchase the Products at the prices set out in Annex A."),
                                ("Acceptance", "The Purchaser may reject any Products which do not conform to the specifications."))),
    "service": EnSpec(["SERVICES AGREEMENT", "CONSULTANCY AGREEMENT", "SERVICE AGREEMENT", "CONSULTING AGREEMENT",
                       "MAINTENANCE SERVICES AGREEMENT"],
                      [("Client", "Service Provider"), ("Customer", "Contractor"), ("Company", "Consultant"),
                       ("Client", "Consultant"), ("Customer", "Service Provider")],
                      term=0.8, code="SA",
                      amount_cues=("The aggregate fees payable under this Agreement shall not exceed",
                                   "The total contract price is", "Contract Value:", "The total fees for the Services are"),
                      recital="the Client wishes to engage the Service Provider to provide certain services",
                      clauses=(("Services", "The Service Provider shall perform the Services with reasonable skill, care and diligence."),
                               ("Invoicing", "Fees shall be invoiced monthly in arrears and paid within thirty (30) days."))),
    "lease": EnSpec(["LEASE AGREEMENT", "TENANCY AGREEMENT", "COMMERCIAL LEASE", "OFFICE LEASE AGREEMENT",
                     "EQUIPMENT LEASE AGREEMENT"],
                    [("Landlord", "Tenant"), ("Lessor", "Lessee")],
                    term=1.0, code="LS",
                    amount_cues=("The total rent payable for the Term is", "Total Rent:", "The aggregate rent for the Lease Term shall be"),
                    recital="the Landlord is the owner of the premises and has agreed to let them to the Tenant",
                    clauses=(("Premises", "The Landlord lets to the Tenant the office premises described in Schedule 1 (the \"Premises\")."),
                             ("Security Deposit", "The Tenant shall pay a security deposit equal to two months' rent."))),
    "employment": EnSpec(["EMPLOYMENT AGREEMENT", "CONTRACT OF EMPLOYMENT", "EMPLOYMENT CONTRACT"],
                         [("Employer", "Employee"), ("Company", "Employee")], b_person=1.0,
                         term=0.8, amount=0.0, code="EMP",
                         clauses=(("Position", "The Employee is employed as Senior Engineer and shall report to the Chief Technology Officer."),
                                  ("Probation", "The first three (3) months of employment shall be a probationary period."),
                                  ("Working Hours", "Normal working hours are 9:00 a.m. to 6:00 p.m., Monday to Friday."))),
    "nda": EnSpec(["NON-DISCLOSURE AGREEMENT", "CONFIDENTIALITY AGREEMENT", "MUTUAL NON-DISCLOSURE AGREEMENT",
                   "CONFIDENTIALITY AND NON-DISCLOSURE AGREEMENT"],
                  [("Disclosing Party", "Receiving Party"), ("Discloser", "Recipient")],
                  term=0.8, amount=0.0, code="NDA",
                  recital="the Parties wish to explore a possible business relationship and the Disclosing Party "
                          "will disclose certain Confidential Information",
                  clauses=(("Confidential Information", "The Receiving Party shall hold the Confidential Information in strict confidence."),
                           ("Return of Information", "On request, the Receiving Party shall return or destroy all Confidential Information."))),
    "loan": EnSpec(["LOAN AGREEMENT", "TERM LOAN AGREEMENT", "SHAREHOLDER LOAN AGREEMENT", "FACILITY AGREEMENT"],
                   [("Lender", "Borrower")], b_person=0.2,
                   term=1.0, code="LN", third=("Guarantor",),
                   amount_cues=("The Lender agrees to lend to the Borrower a principal amount of",
                                "Loan Amount:", "The aggregate principal amount of the Loan is"),
                   recital="the Borrower has requested the Lender to make available a term loan facility",
                   clauses=(("Interest", "Interest shall accrue on the outstanding principal at a rate of 5.5% per annum."),
                            ("Repayment", "The Borrower shall repay the Loan together with accrued interest on the Maturity Date."))),
    "license": EnSpec(["LICENSE AGREEMENT", "SOFTWARE LICENCE AGREEMENT", "TRADEMARK LICENSE AGREEMENT",
                       "PATENT LICENSE AGREEMENT", "TECHNOLOGY LICENSE AGREEMENT"],
                      [("Licensor", "Licensee")],
                      term=0.8, code="LIC",
                      amount_cues=("The total license fee is", "In consideration of the licence, the Licensee shall pay a lump sum of",
                                   "Total Royalty Payable:"),
                      recital="the Licensor owns certain intellectual property rights and is willing to grant a licence",
                      clauses=(("Grant of Licence", "The Licensor grants to the Licensee a non-exclusive, non-transferable licence to use the Licensed Technology."),
                               ("Royalties", "Royalties shall be paid quarterly within fifteen (15) days after the end of each quarter."))),
    "framework": EnSpec(["FRAMEWORK AGREEMENT", "MASTER SUPPLY FRAMEWORK AGREEMENT", "FRAMEWORK SUPPLY AGREEMENT",
                         "STRATEGIC COOPERATION FRAMEWORK AGREEMENT"],
                        [("Party A", "Party B")],
                        term=0.9, amount=0.3, code="FA",
                        amount_cues=("The estimated aggregate value of all Orders shall not exceed",),
                        recital="the Parties wish to set out the general terms governing individual orders to be placed from time to time",
                        clauses=(("Call-off Orders", "Individual purchase orders shall be issued under this Framework Agreement and shall be governed by it."),
                                 ("No Commitment", "This Framework Agreement does not oblige Party A to place any minimum volume of orders."))),
    "supplementary": EnSpec(["SUPPLEMENTAL AGREEMENT", "AMENDMENT AGREEMENT", "FIRST AMENDMENT", "ADDENDUM NO. 1",
                             "AMENDMENT NO. 2"],
                            [("Party A", "Party B")],
                            term=0.3, amount=0.6, code="AMD",
                            amount_cues=("The total contract price is hereby amended to",),
                            clauses=(("Effect of Amendment", "Save as amended by this Amendment, the Original Agreement remains in full force and effect."),)),
}

CURRENCIES = {"USD": ("USD", "US Dollars", "US$"), "EUR": ("EUR", "Euros", "EUR "),
              "GBP": ("GBP", "Pounds Sterling", "£"), "CNY": ("RMB", "Renminbi", "RMB "),
              "HKD": ("HKD", "Hong Kong Dollars", "HK$"), "SGD": ("SGD", "Singapore Dollars", "SGD ")}


def en_words(v: Decimal, cur: str) -> str:
    whole = int(v)
    cents = int((v - whole) * 100)
    w = en_words_int(whole).title()
    return f"{CURRENCIES[cur][1]} {w}" + (f" and Cents {en_words_int(cents).title()}" if cents else "") + " Only"


def en_money(rng: Rng, v: Decimal, cur: str) -> str:
    code, _, sym = CURRENCIES[cur]
    style = int(rng.integers(5))
    if style == 0:
        return f"{code} {fig(v)} (say {en_words(v, cur)})"
    if style == 1:
        return f"{sym}{fig(v)}"
    if style == 2:
        return f"{code} {fig(v)} ({en_words(v, cur)})"
    if style == 3:
        return f"{fig(v)} {code}"
    return f"{code}{fig(v)}"


def _en_term_words(n: int, unit: str) -> str:
    w = en_words_int(n)
    return f"{w} ({n}) {unit}{'s' if n != 1 else ''}"


def en_generic(ctype: str, rng: Rng) -> Filled:
    spec = EN_SPECS[ctype]
    title = pick(rng, spec.titles)
    la, lb = pick(rng, spec.roles)
    a = en_company_any(rng)
    person = rng.random() < spec.b_person
    b = en_person(rng) if person else en_company_any(rng)
    while b == a:
        b = en_company_any(rng)
    signed = rand_date(rng)
    place_a, place_b = pick(rng, EN_PLACES), pick(rng, EN_PLACES)
    british = place_a[0] in ("England", "Singapore", "Hong Kong") or rng.random() < 0.3
    dstyle = int(rng.integers(6))

    def dt(d: date) -> str:
        return en_date_any(rng, d, british, dstyle if rng.random() < 0.8 else None)

    no = contract_number(rng, spec.code, signed) if rng.random() < 0.9 else None
    no_label = pick(rng, ["Contract No.", "Agreement No.", "Ref:", "Reference Number:", "Our Ref.:",
                          "Contract Number:", "Agreement No:"])
    no_line = (f"{no_label} {no}" if no_label.endswith(":") else f"{no_label}: {no}") if no else ""
    no_pos = pick(rng, ["top", "top", "under", "bottom", "footer"]) if no else None
    # the buyer is often named first in a purchase agreement; roles keep their normalisation
    if ctype == "purchase" and rng.random() < 0.5:
        (a, la, place_a), (b, lb, place_b) = (b, lb, place_b), (a, la, place_a)
        swapped = True
    else:
        swapped = False
    lines: list[str] = [title]
    if no_pos == "top":
        lines.append(f">> {no_line}")
    elif no_pos == "under":
        lines.append(f"== {no_line}")
    lines.append("")
    made = pick(rng, ["THIS AGREEMENT is made on {d}", "THIS AGREEMENT is dated {d}",
                      "This {t} (this \"Agreement\") is entered into as of {d}",
                      "This {t} is made and entered into on {d}", "DATED: {d}"])
    t_name = title.title().replace("Of", "of").replace("For", "for").replace("The", "the")
    effective: date | None = None
    made_txt = made.format(d=dt(signed), t=t_name)
    eff_is_signed = "as of" in made and rng.random() < 0.5
    if eff_is_signed:
        made_txt += " (the \"Effective Date\")"
        effective = signed

    def desc(place: tuple[str, str, str], is_person: bool) -> str:
        if is_person:
            return pick(rng, [f"an individual residing at {place[2]}", f"holder of passport no. E{int(rng.integers(10**7, 10**8))}, of {place[2]}"])
        return pick(rng, [f"a company incorporated under the laws of {place[1]}, having its registered office at {place[2]}",
                          f"a company organised and existing under the laws of {place[1]}, whose registered office is at {place[2]}",
                          f"(company number {int(rng.integers(10**6, 10**7))}) whose registered office is at {place[2]}",
                          f"a {place[0]} corporation with its principal place of business at {place[2]}"])

    layout = int(rng.integers(4))
    third = (spec.third[0], en_company_any(rng)) if spec.third and rng.random() < 0.4 else None
    if layout == 0:
        lines.append(f"{made_txt} BETWEEN:")
        lines.append(f"(1) {a}, {desc(place_a, False)} (the \"{la}\"); and")
        lines.append(f"(2) {b}, {desc(place_b, person)} (the \"{lb}\")" + (";" if third else "."))
        if third:
            lines.append(f"(3) {third[1]}, {desc(pick(rng, EN_PLACES), False)} (the \"{third[0]}\").")
    elif layout == 1:
        txt = (f"{made_txt} by and between {a}, {desc(place_a, False)} (hereinafter referred to as the \"{la}\"), "
               f"and {b}, {desc(place_b, person)} (hereinafter referred to as the \"{lb}\")")
        if third:
            txt += f", and {third[1]}, {desc(pick(rng, EN_PLACES), False)} (the \"{third[0]}\")"
        lines.append(txt + ".")
    elif layout == 2:
        lines += [f"{made_txt}.", "", "## PARTIES", f"{la}: {a}", f"Address: {place_a[2]}", f"{lb}: {b}",
                  f"Address: {place_b[2]}"]
        if third:
            lines += [f"{third[0]}: {third[1]}"]
    else:
        lines += [f"{made_txt} between the parties set out below.", f"| {la} | {a} |",
                  f"| Registered office | {place_a[2]} |", f"| {lb} | {b} |", f"| Address | {place_b[2]} |"]
        if third:
            lines += [f"| {third[0]} | {third[1]} |"]
    parties = [("party_b", a, la), ("party_a", b, lb)] if swapped else [("party_a", a, la), ("party_b", b, lb)]
    if third:
        parties.append(("party_c", third[1], third[0]))
    if spec.recital:
        lines += ["", "WHEREAS:", f"(A) {spec.recital};", "(B) the Parties have agreed to enter into this Agreement "
                  "on the terms set out below.", "NOW, THEREFORE, the Parties agree as follows:"]
    if ctype == "supplementary":
        od = signed - timedelta(days=int(rng.integers(90, 800)))
        orig = pick(rng, ["Supply Agreement", "Services Agreement", "Lease Agreement", "Distribution Agreement"])
        lines += ["", f"WHEREAS the Parties entered into a {orig} dated {dt(od)} (the \"Original Agreement\") and "
                      "wish to amend the Original Agreement as set out below."]
    body: list[tuple[str, str]] = list(spec.clauses)
    expiry: date | None = None
    from_term = False
    total: Decimal | None = None
    cur = pick(rng, ["USD", "USD", "EUR", "GBP", "CNY", "HKD", "SGD"])
    start = signed + timedelta(days=int(rng.integers(0, 30)))
    if ctype == "lease":
        start = add_months(signed.replace(day=1), 1)
    if eff_is_signed:
        start = signed
    if rng.random() < spec.term:
        unit = pick(rng, ["year", "month"])
        n = int(rng.integers(1, 6)) if unit == "year" else pick(rng, [6, 12, 18, 24, 36, 48])
        months = n * 12 if unit == "year" else n
        end = add_months(start, months) - timedelta(days=1)
        form = int(rng.integers(6))
        if eff_is_signed and form in (0, 1, 2, 3, 5):
            form = 4
        if form == 0:
            txt = f"This Agreement shall commence on {dt(start)} and shall continue for a period of {_en_term_words(n, unit)}."
            from_term = True
        elif form == 1:
            txt = f"This Agreement shall commence on {dt(start)} and shall remain in force until {dt(end)}."
        elif form == 2:
            txt = f"Term: {dt(start)} to {dt(end)}."
        elif form == 3:
            txt = (f"The term of this Agreement shall be {_en_term_words(n, unit)} commencing on {dt(start)} "
                   f"(the \"Commencement Date\").")
            from_term = True
        elif form == 4:
            txt = (f"This Agreement shall come into force on the Effective Date and shall continue for an initial "
                   f"term of {_en_term_words(n, unit)}, unless terminated earlier in accordance with its terms.")
            start = effective or signed
            end = add_months(start, months) - timedelta(days=1)
            if effective is None:
                effective = start
                txt = ("This Agreement shall take effect on the date of its signature and shall continue for a period of "
                       f"{_en_term_words(n, unit)}.")
            from_term = True
        else:
            txt = f"This Agreement shall be effective from {dt(start)} through {dt(end)}."
        if ctype == "loan":
            txt = (f"The Loan shall be drawn down on {dt(start)} and the Borrower shall repay the Loan in full on "
                   f"{dt(end)} (the \"Maturity Date\").") if form in (1, 2, 5) else txt
        effective, expiry = start, end
        body.insert(0, (pick(rng, ["Term", "Duration", "Commencement and Term"]), txt))
    elif rng.random() < 0.5:
        effective = signed
        body.append(("Effectiveness", "This Agreement shall become effective upon signature by both Parties."))
    if rng.random() < spec.amount:
        if ctype == "lease":
            rent = money_in(rng, 2_000, 60_000, 100)
            months_all = ((expiry.year - effective.year) * 12 + expiry.month - effective.month + 1
                          if expiry and effective else 12)
            total = rent * months_all
            txt = (f"The monthly rent is {CURRENCIES[cur][0]} {fig(rent)}, payable in advance on the first day of each month. "
                   f"{pick(rng, spec.amount_cues)} {en_money(rng, total, cur)}.")
        else:
            total = money_in(rng, 10_000, 9_000_000, 100, cents=ctype != "loan")
            txt = f"{pick(rng, spec.amount_cues)} {en_money(rng, total, cur)}"
            if ctype == "supplementary":
                old = (total * Decimal("0.85")).quantize(Decimal("1.00"))
                txt = f"The total contract price under the Original Agreement of {CURRENCIES[cur][0]} {fig(old)} is hereby amended to {en_money(rng, total, cur)}"
            txt += pick(rng, [", inclusive of all taxes.", ".", ", exclusive of VAT.",
                              f". A deposit of {CURRENCIES[cur][0]} {fig((total * Decimal('0.2')).quantize(Decimal('0.01')))} is payable on signing."])
        body.insert(1 if body else 0, (pick(rng, ["Price and Payment", "Fees", "Consideration", "Contract Price"]), txt))
    elif ctype == "employment":
        sal = money_in(rng, 30_000, 250_000, 1000)
        body.append(("Remuneration", f"The Employee shall receive an annual base salary of {CURRENCIES[cur][0]} {fig(sal)}, "
                                     "payable in twelve equal monthly instalments."))
    body.append(("Governing Law", f"This Agreement shall be governed by the laws of {pick(rng, EN_PLACES)[1]}."))
    for i, (h, txt) in enumerate(body, start=1):
        lines += [f"## {i}. {h}", txt]
    if no and no_pos == "bottom":
        lines.append(no_line)
    lines += ["", pick(rng, ["IN WITNESS WHEREOF, the Parties have executed this Agreement on the date first written above.",
                             "IN WITNESS WHEREOF the parties have caused this Agreement to be signed by their duly authorised representatives.",
                             "AS WITNESS the hands of the parties on the date stated below."]), "@@SIGNATURE", ""]
    sig = int(rng.integers(3))
    d = dt(signed)
    if sig == 0:
        lines += [f"Signed by {en_person(rng)}\tSigned by {b if person else en_person(rng)}",
                  f"for and on behalf of {a}\t" + ("" if person else f"for and on behalf of {b}"),
                  f"Date: {d}\tDate: {d}"]
    elif sig == 1:
        lines += [f"{la.upper()}\t{lb.upper()}", f"{a}\t{b}", "By: ____________\tBy: ____________",
                  f"Name: {en_person(rng)}\tName: {b if person else en_person(rng)}",
                  "Title: Director\t" + ("" if person else "Title: Authorised Signatory"), f"Date: {d}\tDate: {d}"]
    else:
        lines += [f"For the {la}: {a}\tFor the {lb}: {b}", "Signature: ________\tSignature: ________",
                  f"Date: {d}\tDate: {d}"]
    if third:
        lines += [f"For the {third[0]}: {third[1]}", f"Date: {d}"]
    if no and no_pos == "footer":
        lines.append(no_line)
    if effective is None and ctype != "supplementary":
        effective = None
    t = _truth("en", ctype, no, parties, signed, effective, expiry,
               (total, cur) if total is not None else None, None, from_term)
    return Filled(lines, t, a)


TEMPLATES: dict[tuple[str, str], Callable[[Rng], Filled]] = {}
for _t in CONTRACT_TYPES:
    TEMPLATES[(_t, "zh")] = (lambda t: lambda rng: zh_generic(t, rng))(_t)
    TEMPLATES[(_t, "en")] = (lambda t: lambda rng: en_generic(t, rng))(_t)


def make_contract(contract_type: str, lang: str, rng: Rng, **_: Any) -> Filled:
    try:
        fn = TEMPLATES[(contract_type, lang)]
    except KeyError:
        raise ValueError(f"no template for {contract_type!r} in {lang!r}") from None
    return fn(rng)


def random_contract(rng: Rng) -> Filled:
    return make_contract(pick(rng, CONTRACT_TYPES), pick(rng, ["zh", "en"]), rng)
