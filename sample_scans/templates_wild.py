"""A fifth development corpus ("wild"): contracts as they come out of real filing cabinets, in
the layouts and phrasings the other four corpora do not print.

Chinese documents draw from:

* titles: a company name in front (``上海华信科技有限公司办公设备采购合同``), a year or project in
  front (``2025年度钢材采购合同``, ``关于XX项目的`` / ``技术服务合同`` over two lines), ``合同书`` /
  ``协议书`` suffixes, ``（示范文本）``/``（一）`` suffixes, the contract number printed above the title;
* parties: 统一社会信用代码 / 住所 / 法定代表人 / 委托代理人 / 联系人 / 电话 / 开户银行 / 账号
  lines between the names, labels ``委托方（以下简称“甲方”）：``, abbreviations defined after the
  name (``X（以下简称“华信公司”）``), two-column party blocks, a vertical two-column party table, a
  supplier/customer bank-details table at the end of a 购销合同, ``发包人（全称）：`` model-text
  lines, prose ``甲方X与乙方Y就…``; names that are not ``…公司``: bank branches
  (``中国工商银行股份有限公司苏州工业园区支行``), hospitals, institutes, ``（有限合伙）`` funds,
  foreign-invested ``华信科技（上海）有限公司`` and branch offices;
* numbers: ``GX-HT-2025-0193``, ``HX.FW.2024.017``, ``沪采〔2024〕第015号``, ``华信销字（2024）第015号``,
  on a cover page only, above the title, in an info table beside a 项目编号 / 招标编号, and
  distractors that are not the contract number (示范文本 ``GF-2017-0201``, 统一社会信用代码, bank
  accounts, 原合同编号);
* dates: signing date only in the signature block or only as an unlabelled 落款 date, a separate
  signature page, ``签约时间``; effective ``自双方签字盖章之日起生效`` or on a condition (no date),
  ranges, ``合同期限为一年``, checkbox terms of the 劳动合同 (``☑ 固定期限``) with probation dates,
  rent-free periods and delivery dates that are not the term, automatic renewal;
* amounts: goods tables with 合计 / 价税合计 / 总计 rows (tax-exclusive subtotal and VAT rows,
  freight rows), totals in 万元, 暂定总价, monthly fees times months, stepped rents with a stated
  total, and non-total amounts around them (预付款, 质保金, 履约保证金, 定金, 押金, 违约金, 月租金,
  暂列金额, 注册资本).

English documents draw from UK, US, Singapore/Hong Kong and China-style drafting: UK "PARTIES (1)
X incorporated and registered in England and Wales with company number … (Supplier)" with a
cover sheet ("DATED …" over the party list), US "This Master Services Agreement is entered into
as of … (the "Effective Date") by and between X, a Delaware corporation ("Customer"), and …",
"BETWEEN" blocks with names on their own lines, Key Details / order-form tables, purchase orders,
letter agreements (facility letters, employment letters with "Our ref"), company-prefixed
titles, "EXECUTION VERSION" headers, defined short names ('Acme Widgets Ltd ("Acme")') instead of
roles; dates "this 5th day of March, 2024", backdated effect ("with effect from"), initial terms
with automatic renewal, "from and including … to and including …", maturity dates; amounts "$",
"£", "S$", "HK$", words before figures ("the sum of Fifty Thousand Dollars ($50,000.00)"),
Subtotal / VAT / Total rows, retainers and annual rents without a total, deposits, arrangement
fees, deferred consideration.

Ground truth has the format of :mod:`sample_scans.templates`; roles as in
:mod:`sample_scans.templates_varied`: printed 甲方/乙方 and Party A/B are authoritative (also inside a
label, ``需方（以下简称“甲方”）``); otherwise party_a is the seller / supplier (goods, even when the
buyer is named first), lessor, client / customer / 委托方 / 采购人 of a service / 发包人 (services,
works), discloser, employer, lender (a bank branch too), licensor, transferor, and the first-named
party where the roles say nothing (mutual NDAs, short names as defined terms, shareholders,
consortium members); a guarantor or a target company / the company of a shareholders' agreement
is party_c. Totals follow the README conventions: a lease, retainer or variation that states only
periodic amounts (monthly or annual rent, management fee) has no total; a tax-inclusive total
(价税合计 / 含税合同总价 / Total incl. VAT) is the total; a framework's stated cap is its total; a
supplementary agreement's total is the adjusted price; an SPA's total is the whole purchase price;
capital contributions of a 合作协议 are not a total. Dates: an explicit effectiveness clause
(``本合同自双方签字盖章之日起生效``, "shall take effect on the date hereof") gives the effective date
even when a loan period starts later; one effective on a condition (deposit, approval) has none,
and neither has its expiry when the term runs from that condition or from disbursement; an expiry
from a term is start + term − 1 day; the end of an initial term that renews automatically is the
expiry; a loan's final repayment / maturity date is its expiry; an extended term in a
supplementary agreement is its expiry; planned construction dates, delivery dates, probation
and rent-free periods are none of these. Types: a Master Services / call-off / 战略合作 agreement
under which orders are placed is ``framework``; 建设工程施工合同, 装饰装修工程施工合同, 股权转让协议,
项目合作协议 (profit sharing), 货物运输合同, share purchase, shareholders', settlement (termination
of employment), building and consortium agreements are ``other``.

    make_contract(contract_type, lang, rng) -> Filled
    random_contract(rng) -> Filled
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Callable

import numpy as np

from sample_scans.templates import (
    CONTRACT_TYPES as BASE_TYPES, ZH_CITIES, ZH_INDUSTRY, ZH_ROADS,
    Filled, add_months, fig, pick, rand_date, zh_person, zh_upper,
)
from sample_scans.templates_varied import (
    CURRENCIES, EN_MONTHS, _truth, en_words, en_words_int, money_in, ordinal, zh_cn_number,
    zh_date_any,
)

__all__ = ["CONTRACT_TYPES", "make_contract", "random_contract"]

Rng = np.random.Generator
CONTRACT_TYPES = (*BASE_TYPES, "other")


@dataclass
class Party:
    name: str
    role: str = ""        # party_a | party_b | party_c (truth)
    func: str = ""        # functional role as printed (委托方 / Customer)
    person: bool = False
    short: str = ""       # a short name defined in the text ("华信公司", "Acme")
    init: str = "HX"      # initials for numbers and e-mail addresses
    kind: str = "company"  # company | bank | institution | fund | person
    label: str = ""       # the label printed before the name


def term_end(start: date, months: int) -> date:
    return add_months(start, months) - timedelta(days=1)


def whole_months(start: date | None, end: date | None) -> int | None:
    """Months from start to end (inclusive) when the span is a whole number of months, else None."""
    if not start or not end:
        return None
    nxt = end + timedelta(days=1)
    n = (nxt.year - start.year) * 12 + nxt.month - start.month
    return n if n > 0 and add_months(start, n) == nxt else None


def q2(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"))


# ================================================================================================
# Chinese
# ================================================================================================
BRAND_PY = {"华信": "HX", "恒达": "HD", "中泰": "ZT", "瑞丰": "RF", "鼎盛": "DS", "天成": "TC", "宏远": "HY",
            "金桥": "JQ", "新辰": "XC", "博远": "BY", "嘉禾": "JH", "远航": "YH", "正邦": "ZB", "德润": "DR",
            "凯胜": "KS", "明泰": "MT", "东方": "DF", "汇通": "HT", "永盛": "YS", "信达": "XD", "安捷": "AJ",
            "晨光": "CG", "海纳": "HN", "联创": "LC", "华晟": "HS", "泰和": "TH", "锦程": "JC", "蓝海": "LH",
            "国鑫": "GX", "中联": "ZL", "盛通": "ST", "启明": "QM"}
PY_BRAND = {v: k for k, v in BRAND_PY.items()}
CITY_CODE = {"上海": "310115", "北京": "110108", "深圳": "440305", "广州": "440106", "杭州": "330106",
             "苏州": "320594", "南京": "320106", "成都": "510107", "武汉": "420111", "天津": "120116",
             "西安": "610113", "宁波": "330212", "青岛": "370211"}
CITY_PROV = {"上海": "沪", "北京": "京", "深圳": "粤", "广州": "粤", "杭州": "浙", "苏州": "苏", "南京": "苏",
             "成都": "川", "武汉": "鄂", "天津": "津", "西安": "陕", "宁波": "浙", "青岛": "鲁"}
ZH_BANKS = ["中国工商银行股份有限公司", "中国建设银行股份有限公司", "中国银行股份有限公司", "招商银行股份有限公司",
            "交通银行股份有限公司", "兴业银行股份有限公司", "中国农业银行股份有限公司"]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def zh_city(rng: Rng) -> str:
    return pick(rng, list(ZH_CITIES))


def uscc(rng: Rng, city: str, org: str = "91") -> str:
    body = "".join(pick(rng, USCC_CHARS) for _ in range(9))
    return f"{org}{CITY_CODE[city]}{body}{pick(rng, USCC_CHARS)}"


def zh_addr(rng: Rng, city: str | None = None) -> str:
    city = city or zh_city(rng)
    s = f"{city}市{pick(rng, ZH_CITIES[city])}{pick(rng, ZH_ROADS)}{int(rng.integers(1, 1999))}号"
    r = rng.random()
    if r < 0.35:
        s += f"{int(rng.integers(1, 12))}幢{int(rng.integers(1, 30))}{int(rng.integers(1, 20)):02d}室"
    elif r < 0.6:
        s += f"{pick(rng, ['A座', 'B座', '1号楼', '科技大厦'])}{int(rng.integers(2, 28))}层"
    return s


def zh_phone(rng: Rng) -> str:
    if rng.random() < 0.5:
        return f"1{pick(rng, ['35', '38', '39', '58', '86', '89'])}{int(rng.integers(10**7, 10**8))}"
    return f"0{pick(rng, ['21', '10', '755', '20', '571', '512', '25'])}-{int(rng.integers(5000_0000, 8999_9999))}"


def bank_account(rng: Rng) -> str:
    n = "".join(str(int(rng.integers(10))) for _ in range(int(pick(rng, [17, 19, 21]))))
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4)) if rng.random() < 0.4 else n


def zh_party(rng: Rng, kind: str = "company", city: str | None = None) -> Party:
    city = city or zh_city(rng)
    brand = pick(rng, list(BRAND_PY))
    init = BRAND_PY[brand]
    ind = pick(rng, ZH_INDUSTRY)
    if kind == "person":
        return Party(zh_person(rng), person=True, kind="person", init="GR")
    if kind == "bank":
        bank = pick(rng, ZH_BANKS)
        name = f"{bank}{city}{pick(rng, ZH_CITIES[city])}{pick(rng, ['支行', '支行', '分行'])}"
        return Party(name, kind="bank", short=pick(rng, ["贷款人", bank[:4] if bank.startswith("中国") else bank[:2] + "银行"]),
                     init="YH")
    if kind == "institution":
        name = pick(rng, [f"{city}市第{zh_cn_number(int(rng.integers(1, 10)))}人民医院", f"{city}{brand}职业技术学院",
                          f"{city}市{pick(rng, ['计量测试', '环境科学', '建筑科学'])}研究院",
                          f"{city}市{pick(rng, ZH_CITIES[city])}人民政府{pick(rng, ['办公室', '机关事务管理局'])}"])
        return Party(name, kind="institution", init=init)
    if kind == "fund":
        name = f"{city}{brand}{pick(rng, ['股权投资', '创业投资', '企业管理'])}合伙企业（有限合伙）"
        return Party(name, kind="fund", short=f"{brand}投资", init=init)
    r = rng.random()
    if r < 0.55:
        name = f"{city}{'市' if rng.random() < 0.25 else ''}{brand}{ind}{pick(rng, ['有限公司', '有限公司', '股份有限公司', '有限责任公司'])}"
    elif r < 0.75:
        name = f"{brand}{ind}（{city}）有限公司"
    elif r < 0.88:
        city2 = zh_city(rng)
        name = f"{city2}{brand}{ind}有限公司{city}分公司" if city2 != city else f"{brand}{ind}集团有限公司{city}分公司"
    else:
        name = f"{brand}{pick(rng, ['控股集团', '集团'])}{pick(rng, ['股份有限公司', '有限公司'])}"
    short = pick(rng, [f"{brand}公司", f"{brand}{ind[:2]}", f"{brand}"])
    return Party(name, short=short, init=init)


def zh_party_lines(rng: Rng, p: Party, rich: bool = True) -> list[str]:
    """Detail lines printed under a party's name."""
    if p.person:
        out = [f"身份证号码：{int(rng.integers(110101, 659001))}{int(rng.integers(1965, 2003))}"
               f"{int(rng.integers(1, 13)):02d}{int(rng.integers(1, 29)):02d}{int(rng.integers(100, 999))}{pick(rng, list('0123456789X'))}",
               f"{pick(rng, ['住址', '户籍地址', '联系地址'])}：{zh_addr(rng)}"]
        if rng.random() < 0.7:
            out.append(f"联系电话：{zh_phone(rng)}")
        return out
    city = next((c for c in CITY_CODE if c in p.name), zh_city(rng))
    org = ("11" if "政府" in p.name else "12") if p.kind == "institution" else "91"
    cand = [f"统一社会信用代码：{uscc(rng, city, org)}",
            f"{pick(rng, ['住所', '注册地址', '地址', '住所地'])}：{zh_addr(rng, city)}",
            f"{'负责人' if p.kind == 'bank' or p.name.endswith('分公司') else pick(rng, ['法定代表人', '法定代表人', '法定代表人（负责人）'])}：{zh_person(rng)}"]
    if not rich:
        return cand[1:3] if rng.random() < 0.5 else cand[:2]
    if rng.random() < 0.4:
        cand.append(f"委托代理人：{zh_person(rng)}")
    if rng.random() < 0.5:
        cand.append(f"联系人：{zh_person(rng)}    联系电话：{zh_phone(rng)}")
    else:
        cand.append(f"电话：{zh_phone(rng)}" + (f"    传真：{zh_phone(rng)}" if rng.random() < 0.4 else ""))
    if rng.random() < 0.3:
        cand.append(f"邮政编码：{int(rng.integers(100000, 710000))}")
    if rng.random() < 0.3:
        cand.append(f"电子邮箱：{p.init.lower()}{int(rng.integers(1, 99))}@{p.init.lower()}{pick(rng, ['-tech.com', 'group.cn', '.com.cn'])}")
    if rng.random() < 0.35 and p.kind != "bank":
        cand += [f"开户银行：{pick(rng, ZH_BANKS)[:-6]}{city}{pick(rng, ZH_CITIES[city])}支行", f"账号：{bank_account(rng)}"]
    if rng.random() < 0.3:  # some forms drop the credit code
        cand = cand[1:]
    return cand


def zh_no(rng: Rng, init: str, code: str, han: str, d: date, city: str) -> str:
    y, seq = d.year, int(rng.integers(1, 2000))
    prov = CITY_PROV[city]
    return pick(rng, [
        f"{init}-HT-{y}-{seq:04d}",
        f"{init}.{code}.{y}.{seq:03d}",
        f"{prov}{han}〔{y}〕第{seq:03d}号",
        f"{init}{code}{y}{seq:04d}",
        f"{y}-{init}-{code}-{seq:04d}",
        f"{init}/{code}-{d:%y%m}-{seq:03d}",
        f"{PY_BRAND.get(init, '华')}{han}字（{y}）第{seq:03d}号",
        f"{init}{d:%Y%m%d}{seq % 100:02d}",
        f"{init}-{code}{d:%y}-{seq:03d}-{pick(rng, ['A', 'B', '01', '02'])}",
    ])


def zh_money(rng: Rng, v: Decimal, cur: str = "CNY", tax: bool = False) -> str:
    if cur == "USD":
        return pick(rng, [f"美元{fig(v)}元", f"USD {fig(v)}", f"US${fig(v)}"])
    forms = [f"人民币{fig(v)}元", f"¥{fig(v)}元", f"￥{fig(v)}", f"人民币{fig(v)}元整" if v == v.to_integral() else f"人民币{fig(v)}元",
             f"{fig(v)}元", f"人民币（小写）¥{fig(v)}元"]
    return pick(rng, forms)


def zh_wan(v: Decimal) -> str:
    return f"{(v / 10000).normalize():f}万元"


# ---- per-type material ----------------------------------------------------------------------
ZH_TITLES = {
    "sales": ["购销合同", "产品购销合同", "设备买卖合同", "产品销售合同", "钢材购销合同书", "买卖合同"],
    "purchase": ["采购合同", "设备采购合同", "办公设备采购合同", "物资采购合同", "货物采购合同书", "政府采购合同"],
    "service": ["技术服务合同", "软件开发服务合同", "信息系统运维服务合同", "保洁服务合同", "咨询服务合同书",
                "安保服务协议", "委托检测服务合同"],
    "lease": ["房屋租赁合同", "厂房租赁合同", "商铺租赁合同", "办公楼租赁协议书", "仓库租赁合同", "车辆租赁合同"],
    "employment": ["劳动合同书", "劳动合同", "劳动合同（固定期限）", "聘用合同书"],
    "nda": ["保密协议", "保密协议书", "商业秘密保密协议", "信息保密协议", "员工保密协议"],
    "loan": ["借款合同", "流动资金借款合同", "个人借款合同", "借款协议书", "人民币流动资金贷款合同"],
    "license": ["商标使用许可合同", "专利实施许可合同", "软件使用许可协议", "技术秘密许可合同", "计算机软件著作权许可使用合同"],
    "framework": ["采购框架协议", "年度供货框架协议", "战略合作协议", "战略合作框架协议", "服务框架协议", "年度框架合同"],
}
ZH_ROLES = {  # (party_a function, party_b function) in the taxonomy's sense
    "sales": [("出卖人", "买受人"), ("供方", "需方"), ("卖方", "买方"), ("销售方", "采购方")],
    "purchase": [("供应商", "采购人"), ("供方", "需方"), ("供货方", "采购方"), ("卖方", "买方")],
    "service": [("委托方", "受托方"), ("委托人", "服务方"), ("甲方", "乙方"), ("采购人", "服务商")],
    "lease": [("出租方", "承租方"), ("出租人", "承租人")],
    "employment": [("用人单位", "劳动者"), ("甲方", "乙方"), ("聘用单位", "受聘人")],
    "nda": [("披露方", "接收方"), ("甲方", "乙方"), ("信息披露方", "信息接收方")],
    "loan": [("贷款人", "借款人"), ("出借人", "借款人"), ("甲方", "乙方")],
    "license": [("许可方", "被许可方"), ("许可人", "被许可人"), ("甲方", "乙方")],
    "framework": [("甲方", "乙方")],
}
# parties whose function is the buyer / client side are printed first in these types
ZH_BUYER_FIRST = {"sales": 0.3, "purchase": 0.75}
ZH_CODE = {"sales": ("XS", "销"), "purchase": ("CG", "采"), "service": ("FW", "服"), "lease": ("ZL", "租"),
           "employment": ("LD", "劳"), "nda": ("BM", "密"), "loan": ("JK", "借"), "license": ("XK", "许"),
           "framework": ("KJ", "框"), "supplementary": ("BC", "补"), "other": ("QT", "合")}
ZH_TERM_LABEL = {"sales": "合同有效期", "purchase": "合同有效期", "service": "服务期限", "lease": "租赁期限",
                 "employment": "劳动合同期限", "nda": "本协议有效期", "loan": "借款期限", "license": "许可期限",
                 "framework": "本协议有效期", "supplementary": "原合同期限", "other": "合同期限"}
GOODS_ZH = [("服务器", "R750", "台", 30_000, 90_000), ("交换机", "S5735-L48", "台", 3_000, 20_000),
            ("不锈钢板", "304/2.0mm", "吨", 14_000, 19_000), ("铜芯电缆", "YJV-3×95", "米", 80, 400),
            ("办公椅", "人体工学", "把", 400, 2_000), ("数控车床", "CK6150", "台", 90_000, 300_000),
            ("电动叉车", "CPD30", "台", 60_000, 150_000), ("LED灯具", "150W", "套", 300, 1_500),
            ("空调机组", "KFR-72LW", "台", 6_000, 15_000), ("复印纸", "A4 70g", "箱", 100, 260),
            ("螺纹钢", "HRB400 Φ25", "吨", 3_400, 4_500), ("笔记本电脑", "14英寸", "台", 4_500, 12_000)]
ZH_OTHER = [  # title, (role a, role b), money kind
    ("建设工程施工合同", ("发包人", "承包人"), "construction"),
    ("装饰装修工程施工合同", ("发包人", "承包人"), "construction"),
    ("股权转让协议", ("转让方", "受让方"), "equity"),
    ("股权转让协议书", ("甲方", "乙方"), "equity"),
    ("项目合作协议", ("甲方", "乙方"), "coop"),
    ("货物运输合同", ("托运人", "承运人"), "freight"),
]


def zh_goods(rng: Rng) -> list[tuple[str, str, str, int, Decimal, Decimal]]:
    out = []
    for k in rng.choice(len(GOODS_ZH), size=int(rng.integers(1, 5)), replace=False):
        name, model, unit, lo, hi = GOODS_ZH[int(k)]
        qty = int(rng.integers(1, 60)) * (100 if hi < 500 else 1)
        price = money_in(rng, lo, hi, 1 if hi < 2000 else 10, cents=hi < 2000)
        out.append((name, model, unit, qty, price, q2(price * qty)))
    return out


def zh_goods_block(rng: Rng, dt: Callable[[date], str], signed: date, seller: str, buyer: str
                   ) -> tuple[list[str], Decimal]:
    """Goods table and payment terms; returns (lines, total)."""
    items = zh_goods(rng)
    net_sum = sum((it[5] for it in items), Decimal(0))
    form = int(rng.integers(5))
    head = ["| 序号 | 货物名称 | 规格型号 | 数量 | 单价（元） | 金额（元） |"]
    rows = [f"| {i} | {n} | {m} | {q}{u} | {fig(p)} | {fig(a)} |" for i, (n, m, u, q, p, a) in enumerate(items, 1)]
    lines: list[str] = [pick(rng, [f"{seller}向{buyer}提供下列货物：", "货物名称、规格型号、数量及价格：",
                                   "一、产品名称、规格、数量、金额", "标的物明细如下："])]
    if form == 0:  # tax-inclusive prices, 合计 row, uppercase below
        total = net_sum
        lines += [head[0].replace("单价（元）", "含税单价（元）"), *rows, f"| 合计 | | | | | {fig(total)} |",
                  f"合计人民币（大写）：{zh_upper(total)}    （小写）：¥{fig(total)}"]
    elif form == 1:  # prices without tax, VAT row, 价税合计 row
        tax = q2(net_sum * Decimal("0.13"))
        total = net_sum + tax
        lines += [*head, *rows, f"| 不含税合计 | | | | | {fig(net_sum)} |", f"| 增值税（13%） | | | | | {fig(tax)} |",
                  f"| 价税合计 | | | | | {fig(total)} |"]
        if rng.random() < 0.5:
            lines.append(f"价税合计（大写）：人民币{zh_upper(total)}")
    elif form == 2:  # freight row and 总计
        freight = money_in(rng, 500, 8_000, 100)
        total = net_sum + freight
        lines += [*head, *rows, f"| 小计 | | | | | {fig(net_sum)} |", f"| 运输及装卸费 | | | | | {fig(freight)} |",
                  f"| 总计 | | | | | {fig(total)} |", "以上价格均含13%增值税。"]
    elif form == 3:  # no total row; the total in a sentence, in 万元 when round
        total = net_sum
        lines += [*head, *rows, ""]
        amt = f"人民币{zh_wan(total)}" if total % 100 == 0 and total >= 10000 and rng.random() < 0.5 else zh_money(rng, total)
        lines.append(pick(rng, [f"合同总金额：{amt}（大写：人民币{zh_upper(total)}），该价格为含税价，包含货物运至交货地点的全部费用。",
                                f"本合同总价款为{amt}（含13%增值税），大写：{zh_upper(total)}。",
                                f"合同价款合计{amt}，其中不含税金额人民币{fig(q2(total / Decimal('1.13')))}元。"]))
    else:  # 总计 row, nothing after
        total = net_sum
        lines += [*head, *rows, f"| 总计 | | | | | ¥{fig(total)} |"]
    pre = q2(total * Decimal(pick(rng, ["0.3", "0.2", "0.5"])))
    pay = pick(rng, [
        f"付款方式：合同签订后七个工作日内，{buyer}向{seller}支付预付款{zh_money(rng, pre)}；货到验收合格并收到全额增值税专用发票后三十日内支付至合同总价的95%；"
        f"余款5%作为质量保证金，即{zh_money(rng, q2(total * Decimal('0.05')))}，质保期满后无息支付。",
        f"{buyer}应于{dt(signed + timedelta(days=int(rng.integers(3, 15))))}前支付定金{zh_money(rng, q2(total * Decimal('0.2')))}，"
        f"定金在最后一期货款中抵扣；其余货款于货到验收合格后十五日内一次付清。",
        f"结算方式：银行转账。{buyer}收货验收合格后，{seller}开具增值税专用发票，{buyer}于收到发票后三十日内付清全部货款。",
    ])
    deliver = pick(rng, [f"交货时间：{dt(signed + timedelta(days=int(rng.integers(10, 60))))}前；交货地点：{buyer}指定仓库。",
                         f"交货期限：合同生效后{pick(rng, ['十五', '三十', '四十五'])}日内交货，运费由{seller}承担。"])
    return lines + [pay, deliver], total


def zh_signature(rng: Rng, p1: Party, p2: Party, l1: str, l2: str, d: str, date_mode: str, extra: Party | None,
                 title: str, has_table: bool = False) -> list[str]:
    """Signature block; date_mode: both | once | end | blank."""
    out: list[str] = []
    if rng.random() < 0.2:
        out += ["@@PAGEBREAK", f"（本页无正文，为《{title.replace(' ', '')}》之签署页）", ""]
    else:
        out += ["（以下无正文）" if rng.random() < 0.6 else "", "@@SIGNATURE", ""]
    s = int(rng.integers(4))
    if s == 3 and (len(p1.name) > 13 or len(p2.name) > 13 or has_table):
        s = 1
    if s == 0 and has_table:
        s = 2
    dl = pick(rng, ["日期", "签订日期", "签署日期", "时间"])
    b1 = l1.split("（")[0]
    b2 = l2.split("（")[0]
    if s == 0:  # table, names not repeated
        out += [f"| {b1}（{'签字' if p1.person else '盖章'}）： | {b2}（{'签字' if p2.person else '盖章'}）： |",
                f"| {'' if p1.person else '法定代表人或授权代表（签字）：'} | {'' if p2.person else '法定代表人或授权代表（签字）：'} |"]
        out.append(f"| {dl}：{d} | {dl}：{d} |" if date_mode == "both" else f"| {dl}： | {dl}： |")
    elif s == 1:  # two columns with names
        out += [f"{b1}（{'签字' if p1.person else '公章'}）：\t{b2}（{'签字' if p2.person else '公章'}）：", f"{p1.name}\t{p2.name}"]
        if not (p1.person and p2.person):
            out += [("" if p1.person else "法定代表人：") + "\t" + ("" if p2.person else "法定代表人："),
                    ("" if p1.person else "委托代理人：") + "\t" + ("" if p2.person else "委托代理人：")]
        if date_mode == "both":
            out.append(f"{d}\t{d}" if rng.random() < 0.5 else f"{dl}：{d}\t{dl}：{d}")
        elif date_mode == "blank":
            out.append("     年   月   日\t     年   月   日")
    elif s == 2:  # stacked
        out += [f"{b1}：{p1.name}" + ("（签字）" if p1.person else "（盖章）"), "签字：" if p1.person else "法定代表人/授权代表：", ""]
        if date_mode == "both":
            out.insert(-1, f"{dl}：{d}")
        out += [f"{b2}：{p2.name}" + ("（签字并按手印）" if p2.person else "（盖章）"),
                "签字：" if p2.person else "法定代表人/授权代表："]
        if date_mode == "both":
            out.append(f"{dl}：{d}")
    else:  # bank-details table at the end (购销合同 style)
        out += [f"| {b1} | {p1.name} | {b2} | {p2.name} |",
                f"| 开户行 | {pick(rng, ZH_BANKS)[:4]}{pick(rng, ['浦东支行', '海淀支行', '南山支行', '园区支行'])} | 开户行 | "
                f"{pick(rng, ZH_BANKS)[:4]}{pick(rng, ['徐汇支行', '朝阳支行', '福田支行', '江宁支行'])} |",
                f"| 账号 | {int(rng.integers(10**16, 10**17))} | 账号 | {int(rng.integers(10**16, 10**17))} |",
                "| 代表人（签字） | | 代表人（签字） | |"]
        if date_mode == "both":
            out.append(f"| 日期 | {d} | 日期 | {d} |")
    if extra:
        out += ["", f"{extra.label}（盖章）：{extra.name}"]
    if date_mode == "once":
        out += ["", pick(rng, [f"签订日期：{d}", f"签约时间：{d}", f"签订地点：{pick(rng, list(ZH_CITIES))}市\t签订时间：{d}"])]
    elif date_mode == "end":
        out += ["", f">> {d}"]
    return out


def zh_term_text(rng: Rng, ctype: str, signed: date, dt: Callable[[date], str], ka: str = "甲方", kb: str = "乙方"
                 ) -> tuple[list[str], date | None, date | None, bool]:
    """(lines, effective, expiry, from_term) for the term clause of one contract."""
    label = ZH_TERM_LABEL[ctype]
    start = signed + timedelta(days=int(rng.integers(0, 25)))
    if ctype == "lease":
        start = add_months(signed.replace(day=1), 1)
    years = int(rng.integers(1, 4))
    months = 12 * years if rng.random() < 0.75 else pick(rng, [6, 18, 24, 36])
    nwords = pick(rng, [f"{zh_cn_number(months // 12)}年", f"{months // 12}年"]) if months % 12 == 0 else \
        pick(rng, [f"{months}个月", f"{zh_cn_number(months)}个月"])
    end = term_end(start, months)
    sign_eff = pick(rng, ["本合同自双方签字盖章之日起生效。", "本合同经双方法定代表人或授权代表签字并加盖公章（或合同专用章）后生效。",
                          "本合同自双方签字（盖章）之日起生效。"])
    if ctype == "employment":
        form = int(rng.integers(3))
        prob_end = term_end(start, pick(rng, [1, 2, 3, 6]))
        if form == 0:  # checkbox, fixed term
            return (["劳动合同期限：", f"☑ 固定期限：自{dt(start)}起至{dt(end)}止。", "□ 无固定期限：自    年  月  日起。",
                     "□ 以完成一定工作任务为期限。", f"其中试用期自{dt(start)}起至{dt(prob_end)}止。"], start, end, False)
        if form == 1:  # checkbox, open-ended
            return (["劳动合同期限：", "□ 固定期限：自    年  月  日起至    年  月  日止。", f"☑ 无固定期限：自{dt(start)}起。",
                     f"试用期{pick(rng, ['一', '两', '三'])}个月。"], start, None, False)
        return ([f"本合同为固定期限劳动合同，期限{nwords}，自{dt(start)}起算，其中试用期至{dt(prob_end)}止。"], start, end, True)
    if ctype == "lease":
        free_end = term_end(start, 1)
        lines = [pick(rng, [f"租赁期限自{dt(start)}起至{dt(end)}止，共计{months}个月。",
                            f"租赁期限为{nwords}，即{dt(start)}至{dt(end)}。"])]
        if rng.random() < 0.5:
            lines.append(f"出租方应于{dt(start - timedelta(days=int(rng.integers(5, 20))))}前将房屋交付承租方；"
                         f"{dt(start)}至{dt(free_end)}为免租装修期，免租期内承租方无需支付租金。")
        if rng.random() < 0.4:
            lines.append("租赁期满，承租方需继续承租的，应于期满前三个月书面通知出租方，同等条件下承租方享有优先承租权。")
        return lines, start, end, False
    if ctype == "loan":
        form = int(rng.integers(3))
        if form == 0:
            return ([f"借款期限：{months}个月，自{dt(start)}起至{dt(end)}止。实际放款日与本合同约定不一致的，以借款借据记载为准。",
                     sign_eff], signed, end, False)
        if form == 1:
            return ([f"借款期限为{nwords}，自借款实际发放之日起计算，具体以借款借据记载的日期为准。", sign_eff], signed, None, False)
        return ([f"本合同项下借款期限自{dt(start)}至{dt(end)}。", sign_eff], signed, end, False)
    form = int(rng.integers(7))
    if form == 0:
        return [f"{label}自{dt(start)}起至{dt(end)}止。"], start, end, False
    if form == 1:
        return [f"{sign_eff[:-1]}，{label}为{nwords}。"], signed, term_end(signed, months), True
    if form == 2:
        return [f"{label}为{nwords}，自{dt(start)}起计算。"], start, end, True
    if form == 3:
        return [sign_eff, f"本合同有效期至{dt(end)}止。"], signed, end, False
    if form == 4 and ctype in ("nda", "employment"):
        form = 0
    if form == 4:  # effective on a condition: no date for either
        # the seller / lessor / licensor (ka) or the provider (kb) is paid and posts the performance bond
        payee, payer = (ka, kb) if ctype in ("sales", "purchase", "lease", "license") else (kb, ka)
        cond = pick(rng, [f"{payee}向{payer}提交履约保证金", f"{payee}收到{payer}支付的预付款", "双方上级主管部门批准"])
        return [f"本合同经双方签字盖章并自{cond}之日起生效，{label}{pick(rng, ['为', ''])}{nwords}。"], None, None, False
    if form == 5:  # automatic renewal
        return [f"{label}自{dt(start)}起至{dt(end)}止。期满前一个月双方均未书面提出终止的，本合同自动续期一年，续期次数不限。"], \
            start, end, False
    return [sign_eff, "本合同至双方权利义务履行完毕之日终止。"], signed, None, False


def zh_contract(ctype: str, rng: Rng) -> Filled:
    signed = rand_date(rng)
    city = zh_city(rng)
    dstyle = int(rng.integers(7))

    def dt(d: date) -> str:
        return zh_date_any(rng, d, dstyle if rng.random() < 0.85 else None)

    code, han = ZH_CODE[ctype]
    orig_title, orig_type = "", ""
    money_kind = {"sales": "goods", "purchase": "goods", "service": "fee", "lease": "rent", "employment": "salary",
                  "nda": "penalty", "loan": "loan", "license": "license", "framework": "cap", "supplementary": "supp"}.get(ctype, "")
    # ---- title and roles ----
    if ctype == "other":
        title, (ra, rb), money_kind = pick(rng, ZH_OTHER)
    elif ctype == "supplementary":
        orig_type = pick(rng, ["lease", "service", "purchase", "sales"])
        orig_title = pick(rng, ZH_TITLES[orig_type])
        ra, rb = pick(rng, ZH_ROLES[orig_type] + [("甲方", "乙方")])
        title = pick(rng, [f"《{orig_title}》补充协议", f"{orig_title}补充协议（一）", f"关于《{orig_title}》的补充协议",
                           "补充协议书", f"{orig_title}变更协议", f"{orig_title}之补充协议（二）"])
    else:
        title = pick(rng, ZH_TITLES[ctype])
        ra, rb = pick(rng, ZH_ROLES[ctype])
        if title == "个人借款合同":
            title = "借款合同"  # set below when the borrower is a person
    jiayi = ra == "甲方"
    construction = ctype == "other" and money_kind == "construction"
    # ---- parties ----
    a_kind, b_kind = "company", "company"
    if ctype == "loan":
        a_kind = pick(rng, ["bank", "company"])
        b_kind = "company" if a_kind == "bank" else pick(rng, ["company", "person"])
    elif ctype == "service" and rng.random() < 0.3:
        a_kind = "institution"
    elif ctype == "employment":
        b_kind = "person"
    elif ctype == "lease":
        a_kind = "person" if rng.random() < 0.2 else "company"
        b_kind = "person" if rng.random() < 0.3 else "company"
    elif ctype == "purchase" and rng.random() < 0.3:
        b_kind = "institution"
    elif ctype == "other" and money_kind == "equity":
        a_kind = pick(rng, ["company", "fund", "person"])
    pa, pb = zh_party(rng, a_kind), zh_party(rng, b_kind)
    while pb.name == pa.name or (pb.init == pa.init and not pb.person):
        pb = zh_party(rng, b_kind)
    if ctype == "loan" and pb.person and rng.random() < 0.5:
        title = "个人借款合同"
    pa.func, pb.func = ra, rb
    buyer_first = rng.random() < ZH_BUYER_FIRST.get(ctype, 0.0)
    first, second = (pb, pa) if buyer_first else (pa, pb)
    # label mode: how the role is printed
    if jiayi:
        mode = "jia"
    elif construction:
        mode = "func"
    else:
        mode = pick(rng, ["func", "func", "jia_func", "func_jia", "func_jian", "jia"])
    if mode == "func":
        pa.role, pb.role = "party_a", "party_b"
    else:  # 甲方/乙方 printed: authoritative
        first.role, second.role = "party_a", "party_b"

    def lab(p: Party, jy: str) -> str:
        return {"func": p.func, "jia": jy, "jia_func": f"{jy}（{p.func}）", "func_jia": f"{p.func}（{jy}）",
                "func_jian": f"{p.func}（以下简称“{jy}”）"}[mode]

    first.label, second.label = lab(first, "甲方"), lab(second, "乙方")
    k1, k2 = (first.func, second.func) if mode == "func" else ("甲方", "乙方")  # how the body refers to them
    third: Party | None = None
    if ctype == "loan" and rng.random() < 0.35:
        third = zh_party(rng, "company")
        third.role, third.func = "party_c", "保证人"
        third.label = pick(rng, ["丙方（保证人）", "保证人", "丙方"])
    if ctype == "other" and money_kind == "equity" and rng.random() < 0.4:
        third = zh_party(rng, "company")
        third.role, third.func = "party_c", "目标公司"
        third.label = pick(rng, ["丙方（目标公司）", "目标公司"])
    pstyle = 6 if construction else int(rng.integers(6))
    if pstyle == 2 and money_kind == "goods":  # the renderer shares column widths between tables of a page
        pstyle = 0
    # X（以下简称“华信公司”）: the body then uses the company's short name
    abbrev = mode in ("jia", "func") and pstyle in (0, 5) and rng.random() < 0.4
    ab1 = ab2 = ""
    if abbrev:
        if not first.person and first.short:
            ab1 = k1 = first.short
        if not second.person and second.short and second.short != k1:
            ab2 = k2 = second.short
    ka = k1 if pa is first else k2  # the words the body uses for pa / pb
    kb = k2 if pa is first else k1
    # ---- number ----
    has_no = rng.random() < 0.88
    no = zh_no(rng, (first if first.kind not in ("person",) else second).init, code, han, signed, city) if has_no else None
    no_label = pick(rng, ["合同编号", "合同编号", "协议编号", "编号", "合同号", "合同编码"])
    no_pos = pick(rng, ["above", "right", "cover", "info_table", "gf_header", "left", "end"]) if no else None
    if no_pos == "gf_header" and (ctype not in ("sales", "purchase") or abbrev):
        no_pos = "left"
    if no_pos == "info_table" and ctype not in ("service", "framework", "license", "lease"):
        no_pos = "above"
    sign_place = f"{city}市{pick(rng, ZH_CITIES[city])}"
    # ---- term and money ----
    term_lines: list[str] = []
    effective = expiry = None
    from_term = False
    p_term = {"sales": 0.35, "purchase": 0.35, "other": 0.4 if money_kind in ("coop", "freight") else 0.0,
              "supplementary": 0.0}.get(ctype, 0.9)
    if rng.random() < p_term:
        term_lines, effective, expiry, from_term = zh_term_text(rng, ctype, signed, dt, ka, kb)
    elif rng.random() < 0.6:
        effective = signed
        term_lines = [pick(rng, ["本合同自双方签字盖章之日起生效。", "本合同自双方盖章之日起生效，至合同项下义务履行完毕时终止。"])]
    months_term = whole_months(effective, expiry)
    total: Decimal | None = None
    money_lines: list[str] = []
    other_clauses: list[str] = []
    if money_kind == "goods":
        money_lines, total = zh_goods_block(rng, dt, signed, ka, kb)
    elif money_kind == "fee":
        form = int(rng.integers(4))
        if form == 0:
            total = money_in(rng, 20_000, 3_000_000, 100, cents=True)
            money_lines = [f"服务费用总额为{zh_money(rng, total)}（大写：人民币{zh_upper(total)}），含6%增值税。"]
        elif form == 1 and months_term:
            monthly = money_in(rng, 3_000, 120_000, 100)
            total = monthly * months_term
            money_lines = [f"本合同服务费为每月人民币{fig(monthly)}元（含税），服务期共{months_term}个月，合同总金额为人民币{fig(total)}元"
                           f"（大写：{zh_upper(total)}）。"]
        elif form == 2:
            net = money_in(rng, 20_000, 2_000_000, 100)
            tax = q2(net * Decimal("0.06"))
            total = net + tax
            money_lines = [f"合同价款：不含税金额人民币{fig(net)}元，增值税税额人民币{fig(tax)}元（税率6%），"
                           f"含税合同总价人民币{fig(total)}元（大写：{zh_upper(total)}）。"]
        else:
            total = money_in(rng, 100_000, 5_000_000, 1000)
            money_lines = [f"本合同暂定总价为人民币{zh_wan(total)}，最终以双方确认的工作量结算为准。"]
        k = pick(rng, ["0.3", "0.4"])
        money_lines.append(pick(rng, [f"合同签订后十个工作日内，{k1}支付合同总价的{int(Decimal(k) * 100)}%作为首付款，即人民币{fig(q2(total * Decimal(k)))}元；"
                                      "其余款项按季度结算。",
                                      f"{k2}应于合同签订后五日内向{k1}提交履约保证金人民币{fig(q2(total * Decimal('0.1')))}元，"
                                      "服务期满且无违约情形的，履约保证金无息退还。"]))
    elif money_kind == "rent":
        monthly = money_in(rng, 3_000, 150_000, 100)
        fee = money_in(rng, 300, 8_000, 50)
        dep = monthly * pick(rng, [2, 3])
        form = int(rng.integers(4))
        if form == 0 or not months_term:
            money_lines = [f"月租金为人民币{fig(monthly)}元（大写：{zh_upper(monthly)}），租金每三个月支付一次，先付后用。",
                           f"承租方应于签订本合同时向出租方支付租赁保证金人民币{fig(dep)}元。物业管理费每月人民币{fig(fee)}元，由承租方另行承担。"]
        elif form == 1:
            area = int(rng.integers(80, 2000))
            unit = Decimal(pick(rng, ["2.5", "3.8", "4.2", "5", "6.5", "8"]))
            monthly = q2(unit * area * 365 / 12)
            money_lines = [f"租赁房屋建筑面积{area}平方米，租金标准为每平方米每天人民币{unit}元，月租金计人民币{fig(monthly)}元。",
                           f"押金为{pick(rng, ['两', '三'])}个月租金。"]
        elif form == 2:
            total = monthly * months_term
            k = pick(rng, [2, 4]) if months_term % 2 == 0 else 1
            money_lines = [f"租赁期内租金总额为人民币{fig(total)}元（大写：{zh_upper(total)}），分{zh_cn_number(k)}期支付，"
                           f"每期人民币{fig(q2(total / k))}元。", f"租赁保证金人民币{fig(dep)}元，于合同签订之日支付。"]
        else:
            if months_term >= 24:
                y1 = monthly
                y2 = q2(monthly * Decimal("1.05"))
                rest = months_term - 12
                total = y1 * 12 + y2 * rest
                money_lines = [f"第一年月租金为人民币{fig(y1)}元，自第二个租赁年度起月租金在上一年度基础上递增5%，即人民币{fig(y2)}元，此后不再递增。",
                               f"租赁期内租金合计人民币{fig(total)}元。押金人民币{fig(dep)}元。"]
            else:
                total = monthly * months_term
                money_lines = [f"月租金人民币{fig(monthly)}元，租期{months_term}个月租金合计人民币{fig(total)}元（大写：{zh_upper(total)}）。"]
    elif money_kind == "salary":
        wage = money_in(rng, 5_000, 40_000, 500)
        money_lines = [f"{k2}月工资为人民币{fig(wage)}元（税前），试用期工资为人民币{fig(q2(wage * Decimal('0.8')))}元，"
                       f"{k1}于每月十五日前以货币形式支付上月工资。",
                       f"{k1}依法为{k2}缴纳社会保险费及住房公积金。"]
    elif money_kind == "penalty":
        if rng.random() < 0.7:
            money_lines = [f"接收方违反本协议约定的，应向披露方支付违约金人民币{fig(money_in(rng, 50_000, 2_000_000, 10_000))}元；"
                           "违约金不足以弥补损失的，还应赔偿披露方的全部损失。"]
    elif money_kind == "loan":
        total = money_in(rng, 50_000, 30_000_000, 10_000)
        form = int(rng.integers(4))
        money_lines = [[f"借款金额：人民币（大写）{zh_upper(total)}（小写：¥{fig(total)}）。",
                        f"{kb}向{ka}借款人民币{zh_wan(total)}整。" if total % 10000 == 0 else f"借款本金为人民币{fig(total)}元。",
                        f"借款金额为{fig(total)}元（币种：人民币）。",
                        f"本合同项下借款金额为人民币{fig(total)}元，借款用途为购买原材料。"][form]]
        rate = pick(rng, ["3.45", "3.85", "4.35", "5.6"])
        money_lines.append(f"借款年利率为{rate}%，按月结息，每月二十日为结息日；{kb}逾期还款的，按借款利率加收50%计收罚息。")
        if rng.random() < 0.4 and months_term:
            money_lines.append(f"{kb}应按月等额还款，每月还款额为人民币{fig(q2(total / months_term * Decimal('1.02')))}元。")
    elif money_kind == "license":
        form = int(rng.integers(3))
        if form == 0:
            total = money_in(rng, 30_000, 3_000_000, 1000)
            money_lines = [f"被许可方应于本合同生效后十五日内一次性支付许可使用费人民币{fig(total)}元（含税）。"]
        elif form == 1 and months_term and months_term % 12 == 0:
            y = money_in(rng, 10_000, 800_000, 1000)
            total = y * (months_term // 12)
            money_lines = [f"许可使用费为每年人民币{fig(y)}元，许可期限内许可使用费合计人民币{fig(total)}元（大写：{zh_upper(total)}），"
                           "被许可方应于每个许可年度开始前支付当年费用。"]
        else:
            money_lines = [f"被许可方应按其使用许可商标的产品年销售额的{pick(rng, ['3', '5', '8'])}%向许可方支付许可使用费，"
                           f"每年最低许可使用费为人民币{fig(money_in(rng, 50_000, 500_000, 10_000))}元。"]
    elif money_kind == "cap":
        if rng.random() < 0.5:
            total = money_in(rng, 1_000_000, 80_000_000, 100_000)
            money_lines = [f"本协议有效期内，甲方向乙方采购总金额不超过人民币{zh_wan(total) if rng.random() < 0.5 else fig(total) + '元'}，"
                           f"单笔订单金额超过人民币{pick(rng, ['50', '100'])}万元的，须经甲方总经理审批。"]
        else:
            money_lines = [f"乙方应于本协议签订后十日内向甲方缴纳履约保证金人民币{fig(money_in(rng, 50_000, 500_000, 10_000))}元。"]
    elif money_kind == "supp":
        what = {"lease": "租金总额", "service": "服务费总额"}.get(orig_type, "合同总价款")
        form = int(rng.integers(3))
        if form == 0:
            total = money_in(rng, 50_000, 5_000_000, 100)
            old = q2(total * Decimal(pick(rng, ["0.8", "0.9", "1.1"])))
            money_lines = [f"原合同约定的{what}人民币{fig(old)}元调整为人民币{fig(total)}元（大写：{zh_upper(total)}）。"]
        elif form == 1:
            add = money_in(rng, 10_000, 900_000, 100)
            old = money_in(rng, 100_000, 5_000_000, 100)
            total = old + add
            why = {"lease": "增加租赁面积", "service": "增加服务内容"}.get(orig_type, "增加采购数量")
            money_lines = [f"因{why}，原合同约定的{what}人民币{fig(old)}元增加人民币{fig(add)}元，调整后{what}为人民币{fig(total)}元。"]
    elif money_kind == "construction":
        total = money_in(rng, 1_000_000, 90_000_000, 100, cents=True)
        safe = q2(total * Decimal("0.025"))
        prov = q2(total * Decimal("0.05"))
        money_lines = [f"签约合同价为：人民币（大写）{zh_upper(total)}（¥{fig(total)}元）；", "其中：",
                       f"（1）安全文明施工费：人民币（大写）{zh_upper(safe)}（¥{fig(safe)}元）；",
                       f"（2）暂列金额：人民币（大写）{zh_upper(prov)}（¥{fig(prov)}元）。",
                       "合同价格形式：单价合同。"]
        d1 = signed + timedelta(days=int(rng.integers(10, 40)))
        days = int(rng.integers(90, 540))
        other_clauses.append(f"计划开工日期：{dt(d1)}；计划竣工日期：{dt(d1 + timedelta(days=days - 1))}；工期总日历天数：{days}天。")
        if not term_lines:
            effective = signed
            term_lines = ["本协议书自发包人和承包人双方签字并盖章后成立并生效。"]
        elif expiry is not None:  # a construction contract's term is its construction period: keep it simple
            term_lines, effective, expiry, from_term = ["本协议书自发包人和承包人双方签字并盖章后成立并生效。"], signed, None, False
    elif money_kind == "equity":
        total = money_in(rng, 500_000, 80_000_000, 10_000)
        pct = int(rng.integers(5, 70))
        reg = money_in(rng, 1_000_000, 50_000_000, 100_000)
        money_lines = [f"转让方同意将其持有的目标公司{pct}%股权（对应认缴注册资本人民币{fig(q2(reg * pct / 100))}元）以人民币{fig(total)}元"
                       f"（大写：{zh_upper(total)}）的价格转让给受让方。",
                       f"受让方应于本协议生效后十个工作日内支付首期股权转让款人民币{fig(q2(total * Decimal('0.5')))}元，"
                       "剩余款项于工商变更登记完成后十个工作日内付清。"]
    elif money_kind == "coop":
        money_lines = [f"甲方负责提供项目场地及前期投入资金人民币{fig(money_in(rng, 500_000, 8_000_000, 100_000))}元，乙方负责技术方案及运营管理。",
                       "项目净收益由甲乙双方按6:4的比例分配，每季度结算一次。"]
    elif money_kind == "freight":
        total = money_in(rng, 5_000, 900_000, 100, cents=True)
        money_lines = [f"运输费用总计{zh_money(rng, total)}，托运人应于货物交付后十五日内支付；货物保价费另计。",
                       "承运人逾期到达的，每逾期一日按运费总额的1%支付违约金。"]
    # ---- header ----
    lines: list[str] = []
    disp = title
    t_style = int(rng.integers(6))
    company_title = t_style == 1 and not first.person and len(first.name) + len(title) <= 19
    if company_title:
        disp = first.name + title
    elif t_style == 2 and ctype in ("sales", "purchase", "framework"):
        disp = f"{signed.year}年度{title}"
    second_title_line = ""
    if t_style == 3 and (ctype in ("service", "purchase") or construction) and len(title) <= 10:
        proj = pick(rng, ["智慧园区一期", "办公楼改造", "数据中心扩容", "生产线技改", "档案数字化"])
        disp, second_title_line = f"{proj}项目", title
    if t_style == 4 and ctype == "other" and title.startswith("建设"):
        disp = title + "（示范文本）"
    no_line = f"{no_label}：{no}" if no else ""
    cover_date = no_pos == "cover" and rng.random() < 0.7
    if no_pos == "above":
        lines += ["", f">> {no_line}", f"== {disp}"]
    elif no_pos == "cover":
        lines += [disp]
        if second_title_line:
            lines.append(f"== {second_title_line}")
        if ctype == "other" and title.startswith("建设"):
            lines.append("== GF—2017—0201")
        lines += ["", "", f"== {no_line}", f"== {first.label.split('（')[0]}：{first.name}", f"== {second.label.split('（')[0]}：{second.name}",
                  f"== 签订地点：{sign_place}", f"== 签订日期：{dt(signed)}" if cover_date else "== 签订日期：    年   月   日",
                  "@@PAGEBREAK", title]
    else:
        lines.append(disp)
    if second_title_line and no_pos != "cover":
        lines.append(f"== {second_title_line}")
    signed_shown = cover_date
    if no_pos == "right":
        lines.append(f">> {no_line}")
    lines.append("")
    if no_pos == "info_table":
        proj_no = f"{CITY_PROV[city]}{pick(rng, ['ZFCG', 'CG', 'ZB'])}-{signed.year}-{int(rng.integers(100, 9999)):04d}"
        proj = {"service": pick(rng, ["信息系统运维服务", "物业保洁服务", "安保服务"]), "lease": "办公用房租赁",
                "framework": "年度协议供货", "license": "软件正版化", "loan": "流动资金贷款"}.get(ctype, "综合服务")
        rows = [f"| 项目名称 | {proj}项目 |",
                f"| {pick(rng, ['项目编号', '招标编号', '采购项目编号'])} | {proj_no} |", f"| {no_label} | {no} |"]
        if rng.random() < 0.5:
            rows.append(f"| 签订日期 | {dt(signed)} |")
            signed_shown = True
        lines += rows + [""]
    elif no_pos == "gf_header":  # 买卖合同示范文本 header: parties left, number/place/date right
        lines += [f"{first.label}：{first.name}\t{no_line}", f"{second.label}：{second.name}\t签订地点：{sign_place}",
                  f"\t签订时间：{dt(signed)}", ""]
        signed_shown = True
    elif no_pos == "left":
        lines += [no_line]
        if rng.random() < 0.5:
            lines.append(f"签订日期：{dt(signed)}")
            signed_shown = True
        lines.append("")
    # ---- parties ----
    if construction:  # model text: 发包人（全称）
        lines += [f"发包人（全称）：{first.name}", f"承包人（全称）：{second.name}", "",
                  "根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，"
                  "双方就下述工程施工及有关事项协商一致，共同达成如下协议：", ""]
    elif no_pos == "gf_header":
        pass
    elif pstyle in (0, 5):  # stacked, (many) detail lines between the names
        for p, ab in ((first, ab1), (second, ab2)):
            name = p.name + (f"（以下简称“{ab}”）" if ab else "")
            lines += [f"{p.label}：{name}", *zh_party_lines(rng, p, rich=pstyle == 0)]
            if pstyle == 0:
                lines.append("")
        if pstyle == 5:
            lines.append("")
    elif pstyle == 1:  # two-column block
        la, lb = zh_party_lines(rng, first, rich=False), zh_party_lines(rng, second, rich=False)
        lines.append(f"{first.label}：{first.name}\t{second.label}：{second.name}")
        for x, y in zip(la, lb):
            lines.append(f"{x}\t{y}")
        lines.append("")
    elif pstyle == 2:  # vertical two-column table
        for p in (first, second):
            rows = [f"| {p.label} | {p.name} |"]
            for d in zh_party_lines(rng, p, rich=False) + [f"联系电话：{zh_phone(rng)}"]:
                k, v = d.split("：", 1)
                rows.append(f"| {k} | {v} |")
            lines += rows + [""]
    elif pstyle == 3:  # prose with the credit code / ID inline
        def inline(p: Party) -> str:
            if p.person:
                return f"{p.name}（身份证号码：{zh_party_lines(rng, p)[0].split('：')[1]}）"
            org = "11" if "政府" in p.name else "12" if p.kind == "institution" else "91"
            return f"{p.name}（统一社会信用代码：{uscc(rng, next((c for c in CITY_CODE if c in p.name), city), org)}）"
        lines += [f"{k1}{inline(first)}与{k2}{inline(second)}，就{title.replace('书', '')}相关事宜，经平等协商，达成如下协议：", ""]
    else:  # heading + 名称 rows
        lines += [pick(rng, ["立合同双方：", "合同当事人：", "合同双方："])]
        for p in (first, second):
            lines += [f"{p.label}：", f"{'姓名' if p.person else '名称'}：{p.name}", *zh_party_lines(rng, p, rich=False)]
        lines.append("")
    if third:
        lines += [f"{third.label}：{third.name}", *zh_party_lines(rng, third, rich=False), ""]
    if rng.random() < 0.3 and not signed_shown:
        lines.append(f"本合同由双方于{dt(signed)}在{sign_place}签订。")
        signed_shown = True
    if ctype == "supplementary":
        od = signed - timedelta(days=int(rng.integers(90, 900)))
        ono = zh_no(rng, first.init, pick(rng, ["ZL", "FW", "CG", "XS"]), "合", od, city)
        lines.append(f"鉴于双方于{dt(od)}签订了《{orig_title}》（合同编号：{ono}，以下简称“原合同”），现经双方友好协商，"
                     "就原合同有关事项达成如下补充协议：")
    elif ctype not in ("other",) and rng.random() < 0.6:
        lines.append(pick(rng, ["根据《中华人民共和国民法典》及有关法律、法规的规定，双方本着平等互利的原则，经友好协商，签订本合同。",
                                f"{k1}与{k2}经友好协商，就以下事项达成一致，并共同遵守。"]))
    # ---- body ----
    body: list[tuple[str, list[str]]] = []
    clause = {
        "sales": f"{ka}保证所供货物为全新、未使用过的合格产品，质量保证期为验收合格之日起十二个月。",
        "purchase": f"{ka}应随货提供产品合格证、质量检验报告及装箱清单，{kb}验收合格后办理入库手续。",
        "service": f"{k2}应按照{k1}的要求提供服务，并于每月五日前提交上月服务报告。",
        "lease": f"{k1}将位于{zh_addr(rng)}的房屋出租给{k2}作{pick(rng, ['办公', '仓储', '生产', '商业经营'])}使用。",
        "employment": f"{k2}同意根据{k1}工作需要，担任{pick(rng, ['销售经理', '软件工程师', '财务专员', '行政主管'])}岗位，工作地点为{city}市。",
        "nda": "本协议所称保密信息，是指披露方以书面、口头、电子或其他形式提供的技术信息和经营信息，包括但不限于客户名单、价格体系、源代码。",
        "loan": f"借款用途：{pick(rng, ['流动资金周转', '购买原材料', '设备采购', '经营周转'])}。未经{ka}书面同意，{kb}不得改变借款用途。",
        "license": f"许可方许可被许可方在中国大陆地区以{pick(rng, ['普通', '排他', '独占'])}许可方式使用许可标的，被许可方不得再许可任何第三方。",
        "framework": "本协议为双方合作的框架性约定，具体产品、数量、价格及交货期以甲方发出并经乙方确认的订单为准，每份订单构成本协议项下的独立合同。"
        if "合作" not in title else "双方在智慧园区、数据服务等领域开展长期战略合作，具体合作项目由双方另行签订项目合同予以约定。",
        "supplementary": "本补充协议是原合同不可分割的组成部分，与原合同具有同等法律效力；本补充协议与原合同约定不一致的，以本补充协议为准。",
        "other": {"construction": f"工程名称：{pick(rng, ['科技园二期厂房', '综合办公楼', '职工宿舍楼', '物流仓储中心'])}工程；工程地点：{zh_addr(rng)}。",
                  "equity": "转让方保证其所转让的股权不存在质押、冻结等权利限制，双方应于本协议生效后三十日内办理股权变更登记手续。",
                  "coop": "双方共同投资建设并运营本项目，合作期间的重大事项由双方组成的联合管理委员会决定。",
                  "freight": f"承运人应将托运人交付的货物于约定时间内运至{zh_addr(rng)}，并交付收货人。"}.get(money_kind, ""),
    }[ctype]
    body.append((pick(rng, ["合同标的", "主要内容", "合作内容", "基本约定"]), [clause]))
    if ctype == "supplementary" and orig_type in ("lease", "service") and rng.random() < 0.7:
        ext = add_months(signed, int(rng.integers(6, 30)))
        ext = date(ext.year, ext.month, 1) - timedelta(days=1)
        body.append(("期限变更", [f"原合同期限延长至{dt(ext)}止。"]))
        expiry = ext
    if ctype == "supplementary":
        effective = signed
        term_lines = ["本补充协议自双方签字盖章之日起生效。"]
    if money_lines:
        head = {"penalty": "违约责任", "salary": "劳动报酬", "coop": "出资及收益分配"}.get(
            money_kind, pick(rng, ["合同价款及支付", "费用及支付方式", "价款与结算", "金额"]))
        body.append((head, money_lines))
    if other_clauses:
        body.append(("工期", other_clauses))
    if term_lines:
        body.insert(int(rng.integers(1, len(body) + 1)), (pick(rng, ["合同期限", "期限与生效", "有效期"]), term_lines))
    if not (money_kind == "penalty" and money_lines):
        body.append(("违约责任", [pick(rng, ["任何一方违反本合同约定的，应承担违约责任，赔偿守约方因此遭受的全部损失。",
                                             f"一方违约的，守约方有权要求违约方按合同总价的{pick(rng, ['10', '20'])}%支付违约金。"])
                                  if total is not None else "任何一方违反本合同约定的，应承担违约责任，赔偿守约方因此遭受的全部损失。"]))
    body.append(("争议解决", [pick(rng, [f"因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向{k1 if not first.person else '原告'}所在地人民法院提起诉讼。",
                                         f"因本合同引起的争议，提交{city}仲裁委员会按照其仲裁规则进行仲裁。"])]))
    n_each = int(rng.integers(1, 4))
    body.append(("其他", [f"本合同一式{'贰肆陆'[n_each - 1]}份，{'双方' if not third else '各方'}各执{'壹贰叁'[n_each - 1]}份，具有同等法律效力。"]))
    if "协议" in title:
        body = [(h, [c.replace("本合同", "本协议") for c in cs]) for h, cs in body]
    nstyle = int(rng.integers(4))
    for i, (h, content) in enumerate(body, 1):
        tbl = any(c.startswith("|") for c in content)
        if nstyle == 0 or (tbl and nstyle != 3):
            lines += [f"## 第{zh_cn_number(i)}条 {h}", *content]
        elif nstyle == 1:
            lines += [f"{zh_cn_number(i)}、{h}", *content]
        elif nstyle == 2:
            lines += [f"{i}. {h}：{content[0]}", *content[1:]]
        else:
            lines.append(f"{i}. {h}")
            j = 0
            for c in content:
                if c.startswith("|") or not c:
                    lines.append(c)
                else:
                    j += 1
                    lines.append(f"{i}.{j} {c}")
    # ---- signature ----
    date_mode = pick(rng, ["both", "both", "once", "end", "blank"])
    if date_mode == "blank" and not signed_shown:
        date_mode = pick(rng, ["both", "once", "end"])
    lines += zh_signature(rng, first, second, first.label, second.label, dt(signed), date_mode, third, title,
                          has_table=money_kind == "goods" or pstyle == 2 or no_pos == "info_table")
    if no_pos == "end":
        lines += ["", f"{no_line}"]
    parties = [(first.role, first.name, first.label), (second.role, second.name, second.label)]
    if third:
        parties.append(("party_c", third.name, third.label))
    t = _truth("zh", ctype, no, parties, signed, effective, expiry, (total, "CNY") if total is not None else None,
               zh_upper(total) if total is not None else None, from_term)
    return Filled(lines, t, first.name if first.role == "party_a" else second.name)


# ================================================================================================
# English
# ================================================================================================
EN_A = ["North", "Blue", "Silver", "Harbour", "Stone", "Bright", "Oak", "Red", "Iron", "Clear", "Summit",
        "Pacific", "Atlas", "Granite", "Maple", "Crescent", "Falcon", "Aurora", "Meridian", "Kestrel", "Sterling",
        "Cobalt", "Juniper", "Vantage", "Beacon", "Westbrook", "Ashford", "Pinnacle", "Tidewater", "Lumen"]
EN_B = ["wind", "peak", "bridge", "field", "gate", "line", "crest", "point", "ridge", "stone", "wood", "light"]
EN_TRADE = ["Logistics", "Analytics", "Trading", "Technologies", "Manufacturing", "Software", "Consulting",
            "Medical", "Materials", "Foods", "Systems", "Energy", "Robotics", "Properties", "Electronics",
            "Facilities Management", "Components", "Digital", "Engineering", "Instruments"]
EN_FIRST = ["James", "Mary", "Robert", "Linda", "Michael", "Sarah", "David", "Emma", "Daniel", "Olivia",
            "Thomas", "Grace", "Andrew", "Chloe", "Peter", "Hannah", "Priya", "Wei", "Mei", "Lukas", "Aisha"]
EN_LAST = ["Smith", "Johnson", "Carter", "Nguyen", "Brown", "Miller", "Wilson", "Moore", "Clark", "Walker",
           "Hughes", "Bennett", "Chen", "Wang", "Fischer", "Okafor", "Rossi", "Patel", "O'Brien", "Tan"]
# jurisdiction -> (suffixes, currency, addresses)
JUR = {
    "uk": (["Limited", "Ltd", "PLC", "(UK) Limited", "LLP"], "GBP",
           ["20 Fenchurch Street, London EC3M 3BY", "1 Spinningfields, Manchester M3 3JE", "45 Temple Row, Birmingham B2 5LS",
            "Unit 7, Harbour Park, Southampton SO14 3AD", "3 Exchange Crescent, Edinburgh EH3 8AN"]),
    "us": (["Inc.", "LLC", "Corporation", "Corp.", "L.P."], "USD",
           ["450 Market Street, Suite 1200, San Francisco, CA 94105", "350 Fifth Avenue, 41st Floor, New York, NY 10118",
            "1209 Orange Street, Wilmington, DE 19801", "200 Clarendon Street, Boston, MA 02116", "600 Congress Avenue, Austin, TX 78701"]),
    "sg": (["Pte. Ltd.", "Pte Ltd", "Holdings Pte. Ltd."], "SGD",
           ["12 Marina Boulevard, #21-03, Singapore 018982", "1 Raffles Place, #44-01, Singapore 048616",
            "8 Jurong Town Hall Road, #25-05, Singapore 609434"]),
    "hk": (["Limited", "Company Limited", "(Hong Kong) Limited"], "HKD",
           ["88 Queensway, Admiralty, Hong Kong", "Flat B, 12/F, 33 Canton Road, Tsim Sha Tsui, Kowloon",
            "Room 1801, 18/F, Tower 2, Times Square, Causeway Bay, Hong Kong"]),
    "prc": (["Co., Ltd.", "Co., Ltd.", "(Shanghai) Co., Ltd.", "Technology Co., Ltd."], "CNY",
            ["Room 1805, No. 1000 Lujiazui Ring Road, Pudong New Area, Shanghai 200120, China",
             "No. 88 Kechuang Road, Suzhou Industrial Park, Jiangsu 215000, China",
             "Building 3, No. 10 Xueyuan Road, Haidian District, Beijing 100083, China"]),
    "de": (["GmbH", "AG", "GmbH & Co. KG"], "EUR",
           ["Friedrichstrasse 68, 10117 Berlin, Germany", "Maximilianstrasse 35, 80539 Munich, Germany"]),
}
EN_FEMALE = {"Mary", "Linda", "Sarah", "Emma", "Olivia", "Grace", "Chloe", "Hannah", "Priya", "Mei", "Aisha"}
US_STATES = ["Delaware", "California", "New York", "Texas", "Massachusetts"]


def short_addr(rng: Rng, jur: str) -> str:
    parts = pick(rng, JUR[jur][2]).split(", ")
    return ", ".join(parts[-2:]) if len(parts) > 2 else ", ".join(parts)


def en_person_name(rng: Rng) -> str:
    return f"{pick(rng, EN_FIRST)} {pick(rng, EN_LAST)}"


def en_party(rng: Rng, jur: str, person: bool = False) -> Party:
    if person:
        return Party(en_person_name(rng), person=True, kind="person", init="IND")
    a, b = pick(rng, EN_A), pick(rng, EN_B)
    brand = a + b if rng.random() < 0.6 else a
    trade = pick(rng, EN_TRADE)
    suffix = pick(rng, JUR[jur][0])
    if suffix.startswith("(") or jur == "prc":
        name = f"{brand} {trade} {suffix}"
    elif rng.random() < 0.15 and jur in ("uk", "us"):
        name = f"{brand} & {pick(rng, EN_A)} {pick(rng, ['LLP', 'Partners LLP'])}" if jur == "uk" else f"{brand} & Co. {suffix}"
    else:
        name = f"{brand} {trade} {suffix}"
    init = "".join(w[0] for w in name.split() if w[0].isupper())[:3] or "ABC"
    return Party(name, short=brand, init=init)


def en_desc(rng: Rng, p: Party, jur: str) -> str:
    addr = pick(rng, JUR[jur][2])
    if p.person:
        return pick(rng, [f"of {addr}", f"an individual residing at {addr}",
                          f"(passport no. {pick(rng, ['E', 'K', 'P'])}{int(rng.integers(10**7, 10**8))}) of {addr}"])
    if jur == "uk":
        return (f"incorporated and registered in England and Wales with company number {int(rng.integers(10**6, 10**8)):08d} "
                f"whose registered office is at {addr}")
    if jur == "us":
        form = "corporation" if p.name.endswith(("Inc.", "Corporation", "Corp.")) else "limited liability company" \
            if p.name.endswith("LLC") else "limited partnership" if p.name.endswith("L.P.") else "corporation"
        return f"a {pick(rng, US_STATES)} {form} with its principal place of business at {addr}"
    if jur == "sg":
        return f"(UEN {int(rng.integers(2005, 2023))}{int(rng.integers(10**4, 10**5))}{pick(rng, list('KMNRWZ'))}), a company incorporated in Singapore with its registered office at {addr}"
    if jur == "hk":
        return f"a company incorporated in Hong Kong with limited liability (Company No. {int(rng.integers(10**6, 10**7))}) whose registered office is situated at {addr}"
    if jur == "prc":
        return (f"a limited liability company established under the laws of the People's Republic of China "
                f"(Unified Social Credit Code: {uscc(rng, pick(rng, list(CITY_CODE)))}), with its registered address at {addr}")
    return f"a company organised under the laws of Germany, registered with the commercial register of the local court of {pick(rng, ['Berlin', 'Munich'])} under HRB {int(rng.integers(10**4, 10**6))}, having its seat at {addr}"


def en_date_style(rng: Rng, jur: str) -> Callable[[date], str]:
    us = jur == "us"
    style = int(rng.integers(5))

    def f(d: date) -> str:
        s = style if rng.random() < 0.85 else int(rng.integers(5))
        m = EN_MONTHS[d.month - 1]
        if s == 0:
            return f"{m} {d.day}, {d.year}" if us else f"{d.day} {m} {d.year}"
        if s == 1:
            return f"{m} {ordinal(d.day)}, {d.year}" if us else f"{ordinal(d.day)} {m} {d.year}"
        if s == 2:
            return f"{m[:3]}. {d.day}, {d.year}" if us else f"{d.day} {m[:3]} {d.year}"
        if s == 3:
            return f"{m} {d.day}, {d.year}" if us else f"{d.day:02d} {m} {d.year}"
        return d.isoformat()
    return f


def made_on(d: date, jur: str) -> str:
    """'this 5th day of March, 2024'."""
    return f"this {ordinal(d.day)} day of {EN_MONTHS[d.month - 1]}{',' if jur == 'us' else ''} {d.year}"


def en_money(rng: Rng, v: Decimal, cur: str, jur: str) -> str:
    code = CURRENCIES[cur][0]
    sym = {"USD": ["$", "US$"] if jur == "us" else ["US$", "USD "], "GBP": ["£", "GBP "], "EUR": ["€", "EUR "],
           "SGD": ["S$", "SGD "], "HKD": ["HK$", "HKD "], "CNY": ["RMB ", "CNY "]}[cur]
    return pick(rng, [f"{pick(rng, sym)}{fig(v)}", f"{code} {fig(v)}", f"{pick(rng, sym)}{fig(v)}"])


def en_words_plain(v: Decimal, cur: str) -> str:
    unit = {"USD": "US Dollars", "GBP": "pounds sterling", "EUR": "euros", "SGD": "Singapore dollars",
            "HKD": "Hong Kong dollars", "CNY": "Renminbi"}[cur]
    whole = int(v)
    cents = int((v - whole) * 100)
    return f"{en_words_int(whole)} {unit}" + (f" and {cents} cents" if cents else "")


def en_amount_phrase(rng: Rng, v: Decimal, cur: str, jur: str) -> str:
    """An amount as drafted: figures, figures (words) or words (figures)."""
    s = int(rng.integers(4))
    if s == 0:
        return en_money(rng, v, cur, jur)
    if s == 1:
        return f"{en_money(rng, v, cur, jur)} ({en_words_plain(v, cur)})"
    if s == 2 and jur == "us" and cur == "USD" and v == v.to_integral():
        return f"{en_words_int(int(v)).title()} Dollars (${fig(v)})"
    return f"{en_money(rng, v, cur, jur)} (say {en_words(v, cur)})"


EN_TYPES: dict[str, dict[str, Any]] = {
    "sales": dict(titles=["SALES CONTRACT", "CONTRACT FOR THE SALE OF GOODS", "{S} SALES AGREEMENT", "EXPORT SALES CONTRACT"],
                  roles=[("Seller", "Buyer"), ("Sellers", "Buyers"), ("Vendor", "Purchaser")], code="SC"),
    "purchase": dict(titles=["AGREEMENT FOR THE PURCHASE OF|LABORATORY EQUIPMENT", "EQUIPMENT PURCHASE AGREEMENT", "PURCHASE ORDER",
                             "{B} PURCHASE AGREEMENT", "PURCHASE CONTRACT"],
                     roles=[("Supplier", "Customer"), ("Seller", "Purchaser"), ("Vendor", "Buyer")], code="PO"),
    "service": dict(titles=["SERVICES AGREEMENT", "AGREEMENT FOR THE PROVISION OF|FACILITIES MANAGEMENT SERVICES",
                            "CONSULTANCY AGREEMENT", "{A} PROFESSIONAL SERVICES AGREEMENT", "IT SUPPORT SERVICES CONTRACT",
                            "STATEMENT OF WORK"],
                    roles=[("Customer", "Provider"), ("Client", "Consultant"), ("Company", "Contractor"), ("Customer", "Supplier")],
                    code="SA"),
    "lease": dict(titles=["LEASE", "LEASE AGREEMENT", "TENANCY AGREEMENT", "EQUIPMENT RENTAL AGREEMENT", "COMMERCIAL LEASE",
                          "LEASE OF PART|UNIT 4, HARBOUR PARK"],
                  roles=[("Landlord", "Tenant"), ("Lessor", "Lessee"), ("Owner", "Renter")], code="LS"),
    "employment": dict(titles=["CONTRACT OF EMPLOYMENT", "EMPLOYMENT AGREEMENT", "STATEMENT OF MAIN TERMS|OF EMPLOYMENT",
                               "EXECUTIVE EMPLOYMENT AGREEMENT", "LETTER"],
                       roles=[("Employer", "Employee"), ("Company", "Executive"), ("Company", "Employee")], code="EMP"),
    "nda": dict(titles=["MUTUAL NON-DISCLOSURE AGREEMENT", "{A} MUTUAL NONDISCLOSURE AGREEMENT", "CONFIDENTIALITY AGREEMENT",
                        "NON-DISCLOSURE AGREEMENT (ONE-WAY)", "CONFIDENTIALITY AND NON-DISCLOSURE AGREEMENT"],
                roles=[("Disclosing Party", "Receiving Party"), ("Company", "Recipient"), ("", "")], code="NDA"),
    "loan": dict(titles=["LOAN AGREEMENT", "TERM LOAN FACILITY AGREEMENT", "FACILITY LETTER", "SHAREHOLDER LOAN AGREEMENT"],
                 roles=[("Lender", "Borrower"), ("Bank", "Borrower")], code="LN"),
    "license": dict(titles=["SOFTWARE LICENCE AGREEMENT", "END USER LICENSE AGREEMENT", "TRADEMARK LICENSE AGREEMENT",
                            "PATENT LICENCE AGREEMENT", "SOFTWARE LICENSE AND SUPPORT AGREEMENT"],
                    roles=[("Licensor", "Licensee")], code="LIC"),
    "framework": dict(titles=["FRAMEWORK AGREEMENT", "MASTER SERVICES AGREEMENT", "FRAMEWORK AGREEMENT FOR THE|SUPPLY OF IT EQUIPMENT",
                              "MASTER PURCHASE AGREEMENT", "CALL-OFF FRAMEWORK AGREEMENT"],
                      roles=[("Client", "Contractor"), ("Customer", "Service Provider"), ("Party A", "Party B"),
                             ("Authority", "Contractor")], code="FA"),
    "supplementary": dict(titles=["AMENDMENT NO. {n} TO THE|{O}", "DEED OF VARIATION", "ADDENDUM NO. {n} TO {O}",
                                  "SECOND AMENDMENT AGREEMENT", "VARIATION AGREEMENT"], roles=[], code="AMD"),
}
EN_ORIGINALS = [("MASTER SERVICES AGREEMENT", ("Customer", "Provider"), "service"),
                ("LEASE AGREEMENT", ("Landlord", "Tenant"), "lease"),
                ("SUPPLY AGREEMENT", ("Supplier", "Customer"), "purchase"),
                ("CONSULTANCY AGREEMENT", ("Client", "Consultant"), "service")]
EN_OTHER = [("SHARE PURCHASE AGREEMENT", ("Seller", "Buyer"), "spa"),
            ("SHAREHOLDERS' AGREEMENT", ("", ""), "sha"),
            ("SETTLEMENT AGREEMENT", ("Company", "Employee"), "settlement"),
            ("BUILDING CONTRACT", ("Employer", "Contractor"), "building"),
            ("CONSORTIUM AGREEMENT", ("", ""), "consortium")]
GOODS_EN = [("Controller PLC-5000", "units", 1_000, 5_000), ("Hydraulic pump HP-2", "pcs", 300, 3_000),
            ("Server rack 42U", "units", 800, 2_500), ("Steel plate S355", "t", 600, 950),
            ("LED panel 60x60", "pcs", 20, 90), ("Laptop 14in", "units", 700, 2_200), ("Power cable 4x95", "m", 8, 60)]


def en_goods(rng: Rng) -> list[tuple[str, str, int, Decimal, Decimal]]:
    out = []
    for k in rng.choice(len(GOODS_EN), size=int(rng.integers(1, 4)), replace=False):
        name, unit, lo, hi = GOODS_EN[int(k)]
        qty = int(rng.integers(2, 80)) * (50 if hi < 100 else 1)
        price = money_in(rng, lo, hi, 1, cents=True)
        out.append((name, unit, qty, price, q2(price * qty)))
    return out


def en_goods_table(rng: Rng, cur: str, jur: str, vat: bool) -> tuple[list[str], Decimal]:
    items = en_goods(rng)
    sub = sum((it[4] for it in items), Decimal(0))
    code = CURRENCIES[cur][0]
    in_head = rng.random() < 0.5
    rows = [f"| No. | Description | Qty | Unit Price | Amount{f' ({code})' if in_head else ''} |"]
    rows += [f"| {i} | {n} | {q} {u} | {fig(p)} | {fig(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
    if vat:
        rate = {"GBP": "20", "EUR": "19", "SGD": "9", "CNY": "13"}.get(cur, "8.875")
        tax = q2(sub * Decimal(rate) / 100)
        total = sub + tax
        label = "VAT" if cur != "USD" else "Sales Tax"
        rows += [f"| | | | Subtotal | {fig(sub)} |", f"| | | | {label} ({rate}%) | {fig(tax)} |",
                 f"| | | | {pick(rng, ['TOTAL', 'Total (incl. tax)', 'Order Total'])} | {fig(total)} |"]
    else:
        total = sub
        rows.append(f"| | | | {pick(rng, ['Total', 'TOTAL', 'Total CIF Shanghai', 'Total FOB Ningbo'])} | {fig(total)} |")
    if not in_head:
        rows.append(f"All prices in {code}.")
    return rows, total


def en_term(rng: Rng, ctype: str, signed: date, dt: Callable[[date], str], eff_is_signed: bool,
            ka: str = "Landlord", kb: str = "Tenant") -> tuple[list[str], date | None, date | None, bool]:
    """Term clause; when the preamble defines the Effective Date as the date of signing, the term starts then."""
    start = signed + timedelta(days=int(rng.integers(0, 30)))
    if ctype == "lease":
        start = add_months(signed.replace(day=1), 1)
    if eff_is_signed:
        start = signed
    n = int(rng.integers(1, 6))
    unit = pick(rng, ["year", "year", "month"])
    months = n * 12 if unit == "year" else pick(rng, [6, 12, 18, 24, 36])
    k = n if unit == "year" else months
    words = f"{en_words_int(k)} ({k}) {unit}{'s' if k > 1 else ''}" if rng.random() < 0.7 else f"{k} {unit}{'s' if k > 1 else ''}"
    end = term_end(start, months)
    if ctype == "employment":
        form = int(rng.integers(3))
        if form == 0:
            return ([f"Your employment with the Company will commence on {dt(start)}. No employment with a previous employer counts "
                     "as part of your period of continuous employment.",
                     f"The first {pick(rng, ['three (3)', 'six (6)'])} months of your employment will be a probationary period."],
                    start, None, False)
        if form == 1:
            return ([f"The {kb}'s employment shall commence on {dt(start)} and shall continue for a fixed term ending on {dt(end)}, "
                     "unless terminated earlier in accordance with this Agreement."], start, end, False)
        return ([f"The {kb}'s employment under this Agreement shall begin on {dt(start)} (the \"Commencement Date\") and shall "
                 "continue until terminated by either party giving to the other not less than six (6) months' prior written notice."],
                start, None, False)
    if ctype == "lease" and eff_is_signed:
        return ([f"The term of this Lease is {words} commencing on the Effective Date."], start, end, True)
    if ctype == "lease":
        form = int(rng.integers(3))
        if form == 0:
            return ([f"The {ka} lets the Premises to the {kb} for a term of {words} from and including {dt(start)} to and "
                     f"including {dt(end)} (the \"Term\")."], start, end, False)
        if form == 1:
            return ([f"Term: {words} commencing on {dt(start)} (the \"Term Commencement Date\")."], start, end, True)
        return ([f"The lease term shall begin on {dt(start)} and end on {dt(end)}. The {kb} shall be entitled to a rent-free "
                 f"period from {dt(start)} until {dt(start + timedelta(days=int(rng.integers(14, 60))))}."], start, end, False)
    if ctype == "loan":
        form = int(rng.integers(3))
        if form == 0:
            return (["This Agreement shall take effect on the date hereof.",
                     f"The Borrower shall repay the Loan in full, together with accrued interest, on {dt(end)} (the \"Final Repayment Date\")."],
                    signed, end, False)
        if form == 1:
            return (["This Agreement comes into force on the date of this Agreement.",
                     f"The Borrower shall repay the Loan in full on the date falling {words} after the Utilisation Date."],
                    signed, None, False)
        return ([f"Final Maturity Date: {dt(end)}."], None, end, False)
    form = int(rng.integers(6))
    if eff_is_signed and form in (1, 3, 5):
        form = pick(rng, [0, 2, 4])
    if ctype == "nda":
        form = pick(rng, [0, 2, 6])
    if form == 0:
        ref = "the Effective Date" if eff_is_signed else "the date of this Agreement"
        return ([f"This Agreement shall commence on {ref} and shall continue for an initial term of {words} (the \"Initial Term\"). "
                 "Thereafter it shall automatically renew for successive periods of twelve (12) months unless either party gives "
                 "the other not less than ninety (90) days' written notice of non-renewal."], signed, term_end(signed, months), True)
    if form == 1:
        return ([f"The Term shall commence on {dt(start)} (the \"Commencement Date\") and shall expire on {dt(end)}, unless "
                 "terminated earlier in accordance with clause 14."], start, end, False)
    if form == 2:
        return (["This Agreement shall come into force on the date of its signature by the last of the parties to sign it and shall "
                 "continue until terminated by either party on not less than three (3) months' written notice."], signed, None, False)
    if form == 3:
        back = signed - timedelta(days=int(rng.integers(10, 75)))
        back_end = term_end(back, months)
        return ([f"Notwithstanding the date of its signature, this Agreement shall be deemed to have taken effect on {dt(back)} and "
                 f"shall remain in force until {dt(back_end)}."], back, back_end, False)
    if form == 4:
        return ([f"This Agreement shall be effective as of {'the Effective Date' if eff_is_signed else dt(start)} and shall "
                 f"continue in force for a period of {words}."], start, end, True)
    if form == 5:
        return ([f"Term: {dt(start)} to {dt(end)}."], start, end, False)
    ref = "the Effective Date" if eff_is_signed else "the date of this Agreement"
    return ([f"This Agreement shall remain in force for a period of {words} from {ref}. The obligations of "
             "confidentiality shall survive any expiry or termination for a further five (5) years."],
            signed, term_end(signed, months), True)


def en_contract(ctype: str, rng: Rng) -> Filled:
    signed = rand_date(rng)
    jur = pick(rng, ["uk", "uk", "us", "us", "sg", "hk", "prc", "de"])
    cur = JUR[jur][1]
    if jur == "prc" and rng.random() < 0.5:
        cur = "USD"
    dt = en_date_style(rng, jur)
    spec = EN_TYPES.get(ctype, {})
    kind = ctype
    orig = ("", ("", ""), "")
    if ctype == "other":
        title, (ra, rb), kind = pick(rng, EN_OTHER)
        code = "AGR"
    elif ctype == "supplementary":
        orig = pick(rng, EN_ORIGINALS)
        ra, rb = orig[1]
        title = pick(rng, spec["titles"]).replace("{n}", str(int(rng.integers(1, 4)))).replace("{O}", orig[0])
        code = "AMD"
    else:
        title = pick(rng, spec["titles"])
        ra, rb = pick(rng, spec["roles"])
        if "ONE-WAY" in title and not ra:
            ra, rb = pick(rng, spec["roles"][:2])
        code = spec["code"]
    if title == "PURCHASE ORDER":
        ra, rb = "Vendor", "Buyer"
    if title == "PURCHASE ORDER" or title == "LETTER" or title == "FACILITY LETTER":
        jur = "us" if title == "PURCHASE ORDER" and rng.random() < 0.5 else jur
        cur = JUR[jur][1] if jur != "prc" else cur
        dt = en_date_style(rng, jur)
    a_person = kind in ("spa",) and rng.random() < 0.3
    b_person = (ctype == "employment" or kind == "settlement" or (ctype == "loan" and rng.random() < 0.3)
                or (ctype == "lease" and rng.random() < 0.3))
    pa, pb = en_party(rng, jur, a_person), en_party(rng, jur, b_person)
    while pb.name == pa.name or (pb.short and pb.short == pa.short):
        pb = en_party(rng, jur, b_person)
    pa.func, pb.func = ra, rb
    pa.role, pb.role = "party_a", "party_b"
    # the buyer / customer is often named first in purchase documents; roles do not change
    first, second = (pb, pa) if ctype == "purchase" and rng.random() < 0.6 else (pa, pb)
    third: Party | None = None
    if ctype == "loan" and rng.random() < 0.3:
        third = en_party(rng, jur)
        third.role, third.func = "party_c", "Guarantor"
    if kind == "sha":
        third = en_party(rng, jur)
        third.role, third.func = "party_c", "Company"
    party_ab = ra == "Party A"
    # defined terms: role words, or the companies' short names (no roles: first named is party_a)
    short_names = (ra == "" or (ctype in ("nda", "framework") and rng.random() < 0.25)) and not pb.person
    if short_names:
        first.role, second.role = "party_a", "party_b"
        k1, k2 = first.short, second.short
    else:
        k1, k2 = first.func, second.func
    if ra == "" and pb.person:
        k1, k2 = first.short or "Company", second.name.split()[-1]
    ka, kb = (k1, k2) if first is pa else (k2, k1)
    title = title.replace("{S}", pa.short.upper()).replace("{B}", pb.short.upper()).replace("{A}", first.short.upper())
    title_lines = title.split("|")
    if len(title_lines) == 1 and len(title) > 26:  # long titles wrap over two centred lines
        words = title.split()
        cut = max(range(1, len(words)), key=lambda k: -abs(len(" ".join(words[:k])) - len(title) / 2))
        title_lines = [" ".join(words[:cut]), " ".join(words[cut:])]
    # ---- number ----
    has_no = rng.random() < 0.85
    y = signed.year
    seq = int(rng.integers(1, 2000))
    init = first.init if not first.person else second.init
    no = pick(rng, [f"{init}-{code}-{y}-{seq:03d}", f"{code}/{init}/{y}/{seq:04d}", f"C-{signed:%y}-{seq:04d}.{pick(rng, ['A', 'B', '1', '2'])}",
                    f"{code}.{y}.{signed.month:02d}.{seq:03d}", f"{init}{signed:%y}{seq:04d}", f"{code}-{seq:05d}/{signed:%y}"]) if has_no else None
    if title == "PURCHASE ORDER":
        no = f"45{int(rng.integers(10**7, 10**8))}"
    no_label = pick(rng, ["Contract No.", "Agreement No.", "Agreement Ref.:", "Our Ref:", "Reference:", "Ref.", "Contract Reference:"])
    no_line = (f"{no_label} {no}" if no_label.endswith(":") else f"{no_label}: {no}") if no else ""
    no_pos = pick(rng, ["above", "below", "cover", "sentence", "end", "table"]) if no else None
    # ---- term and money ----
    layout = pick(rng, ["uk", "us", "between", "labels", "keydetails"])
    if title == "PURCHASE ORDER":
        layout = "po"
    elif title in ("LETTER", "FACILITY LETTER"):
        layout = "letter"
    elif ctype == "supplementary" or kind in ("sha", "consortium"):
        layout = pick(rng, ["uk", "us", "between"])
    if party_ab:
        layout = pick(rng, ["labels", "between", "us"])
    if short_names and layout in ("keydetails", "labels"):
        layout = "us"
    if layout == "keydetails" and ctype in ("sales", "purchase"):
        layout = "labels"
    if no_pos == "sentence" and layout not in ("us", "between"):
        no_pos = "below"
    if no_pos == "table" and layout != "keydetails":
        no_pos = "below"
    eff_is_signed = layout == "us"
    term_lines: list[str] = []
    effective = expiry = None
    from_term = False
    p_term = {"sales": 0.3, "purchase": 0.3, "other": 0.25, "supplementary": 0.0}.get(ctype, 0.9)
    if layout == "po":
        p_term = 0.0
    if kind in ("spa", "settlement", "building"):
        p_term = 0.0
    if rng.random() < p_term:
        term_lines, effective, expiry, from_term = en_term(rng, ctype, signed, dt, eff_is_signed, ka, kb)
    elif layout == "us":
        effective = signed  # "as of <date> (the "Effective Date")"
    months_term = whole_months(effective, expiry)
    total: Decimal | None = None
    money: list[str] = []
    key_rows: list[str] = []
    if ctype in ("sales", "purchase"):
        vat = jur in ("uk", "de", "sg") or rng.random() < 0.3
        rows, total = en_goods_table(rng, cur, jur, vat)
        money = [f"The {k1} shall supply and the {k2} shall purchase the following goods:" if first is pa else
                 f"The {k1} agrees to purchase and the {k2} agrees to supply the following goods:", *rows]
        if rng.random() < 0.5:
            pct = pick(rng, [30, 20])
            dep = q2(total * pct / 100)
            money.append(pick(rng, [f"Payment: {pct}% T/T in advance ({en_money(rng, dep, cur, jur)}) within seven (7) days "
                                    "of signing; balance against copy of the bill of lading.",
                                    f"A deposit of {en_money(rng, dep, cur, jur)} is payable on signing and the balance within thirty (30) days "
                                    "of delivery and receipt of a valid invoice."]))
        if rng.random() < 0.4:
            money.append("Liquidated damages for late delivery: 0.5% of the price of the delayed Goods per week, capped at 10% "
                         "of the Contract Price.")
    elif ctype == "service":
        form = int(rng.integers(4))
        if form == 0:
            total = money_in(rng, 20_000, 2_000_000, 500)
            money = [f"In consideration of the Services, the {pa.func or k1} shall pay the {pb.func or k2} a fixed fee of "
                     f"{en_amount_phrase(rng, total, cur, jur)} (the \"Fees\"), exclusive of VAT, payable in three instalments."]
        elif form == 1:
            m = money_in(rng, 2_000, 60_000, 500)
            money = [f"The {pa.func or k1} shall pay a monthly retainer of {en_money(rng, m, cur, jur)} (exclusive of VAT), invoiced monthly "
                     "in arrears and payable within thirty (30) days of the date of invoice."]
        elif form == 2:
            total = money_in(rng, 50_000, 3_000_000, 1_000)
            money = [f"The total fees payable under this Agreement shall not exceed {en_money(rng, total, cur, jur)} without the prior "
                     f"written approval of the {pa.func or k1}. Expenses shall be reimbursed at cost."]
        else:
            rate = money_in(rng, 600, 2_500, 50)
            total = rate * int(rng.integers(20, 400))
            money = [f"Fees: time and materials at a day rate of {en_money(rng, rate, cur, jur)}, subject to a cap of "
                     f"{en_money(rng, total, cur, jur)} for the Services described in Schedule 1."]
        key_rows = ["| Charges | see clause 4 |"]
    elif ctype == "lease":
        form = int(rng.integers(3))
        rent = money_in(rng, 1_500, 80_000, 50)
        if form == 0 or not months_term:
            annual = rent * 12
            money = [f"The annual rent is {en_money(rng, annual, cur, jur)} exclusive of VAT, payable by equal quarterly instalments in "
                     "advance on the usual quarter days.",
                     f"On the date of this Lease the {kb} shall pay a rent deposit of {en_money(rng, rent * 3, cur, jur)}."]
            key_rows = [f"| Annual Rent | {en_money(rng, annual, cur, jur)} |", f"| Rent Deposit | {en_money(rng, rent * 3, cur, jur)} |"]
        elif form == 1:
            money = [f"Monthly Rent: {en_money(rng, rent, cur, jur)}, payable in advance on the first day of each month. "
                     f"Security Deposit: {en_money(rng, rent * 2, cur, jur)}. Management fee: {en_money(rng, q2(rent * Decimal('0.08')), cur, jur)} per month."]
            key_rows = [f"| Monthly Rent | {en_money(rng, rent, cur, jur)} |", f"| Deposit | {en_money(rng, rent * 2, cur, jur)} |"]
        else:
            total = rent * months_term
            money = [f"The {kb} shall pay rent of {en_money(rng, rent, cur, jur)} per month, being a total rent of "
                     f"{en_money(rng, total, cur, jur)} for the whole of the Term."]
            key_rows = [f"| Rent | {en_money(rng, rent, cur, jur)} per month |", f"| Total Rent | {en_money(rng, total, cur, jur)} |"]
    elif ctype == "employment":
        sal = money_in(rng, 28_000, 260_000, 1_000)
        money = [f"The Company shall pay the {k2 if not k2.startswith(('Mr', 'Ms')) else 'Employee'} a basic salary of "
                 f"{en_money(rng, sal, cur, jur)} per annum, payable in arrears in equal monthly instalments."]
        if rng.random() < 0.5:
            money.append(f"You will receive a one-off signing bonus of {en_money(rng, money_in(rng, 2_000, 25_000, 500), cur, jur)}, "
                         "repayable if you leave within twelve (12) months.")
    elif ctype == "nda":
        money = []
    elif ctype == "loan":
        total = money_in(rng, 50_000, 20_000_000, 5_000)
        fee = q2(total * Decimal("0.01"))
        money = [pick(rng, [f"The Lender agrees to make available to the Borrower a term loan facility in an aggregate amount of "
                            f"{en_amount_phrase(rng, total, cur, jur)} (the \"Facility\").",
                            f"Facility Amount: {en_money(rng, total, cur, jur)}",
                            f"The Lender shall lend to the Borrower the sum of {en_amount_phrase(rng, total, cur, jur)} (the \"Loan\")."]),
                 f"Interest shall accrue at the rate of {pick(rng, ['5.25', '6.5', '7.75', '8'])}% per annum. The Borrower shall pay an "
                 f"arrangement fee of {en_money(rng, fee, cur, jur)} on the date of first utilisation."]
        key_rows = [f"| Facility Amount | {en_money(rng, total, cur, jur)} |"]
    elif ctype == "license":
        form = int(rng.integers(3))
        if form == 0:
            lic = money_in(rng, 10_000, 900_000, 100)
            sup = q2(lic * Decimal("0.18"))
            total = lic + sup
            code3 = CURRENCIES[cur][0]
            money = [f"| Fee | Amount ({code3}) |", f"| Perpetual licence (25 named users) | {fig(lic)} |",
                     f"| Support and maintenance, first year | {fig(sup)} |", f"| Total | {fig(total)} |", "",
                     f"Support fees for subsequent years are {en_money(rng, sup, cur, jur)} per year, payable annually in advance."]
        elif form == 1:
            total = money_in(rng, 20_000, 2_000_000, 1_000)
            money = [f"In consideration of the licence granted, the Licensee shall pay the Licensor a one-off licence fee of "
                     f"{en_amount_phrase(rng, total, cur, jur)} within thirty (30) days of the Effective Date."]
        else:
            money = [f"The Licensee shall pay a royalty of {pick(rng, ['3', '5', '7.5'])}% of Net Sales, subject to a minimum annual "
                     f"royalty of {en_money(rng, money_in(rng, 10_000, 200_000, 1_000), cur, jur)}."]
    elif ctype == "framework":
        if rng.random() < 0.5:
            total = money_in(rng, 500_000, 40_000_000, 50_000)
            money = [f"The aggregate value of all Call-Off Contracts awarded under this Framework Agreement shall not exceed "
                     f"{en_money(rng, total, cur, jur)}. No minimum volume of orders is guaranteed."]
        else:
            money = ["Charges for each Statement of Work shall be calculated in accordance with the rate card in Schedule 2. "
                     "This Agreement does not oblige the Client to order any minimum volume of services."]
    elif ctype == "supplementary":
        form = int(rng.integers(3))
        if form == 0:
            total = money_in(rng, 50_000, 5_000_000, 500)
            old = q2(total * Decimal(pick(rng, ["0.8", "0.9", "1.15"])))
            money = [f"Clause 5.1 of the Original Agreement shall be deleted and replaced with: \"The total Contract Price is "
                     f"{en_money(rng, total, cur, jur)}.\" The previous Contract Price of {en_money(rng, old, cur, jur)} shall cease to apply."]
        elif form == 1 and orig[2] == "lease":
            money = [f"With effect from the Variation Date the monthly rent shall be increased to "
                     f"{en_money(rng, money_in(rng, 2_000, 60_000, 50), cur, jur)}."]
        if orig[2] in ("lease", "service") and rng.random() < 0.6:
            ext = add_months(signed, int(rng.integers(6, 30)))
            ext = date(ext.year, ext.month, 1) - timedelta(days=1)
            money.append(f"The term of the Original Agreement is extended so that it shall expire on {dt(ext)}.")
            expiry = ext
        effective = signed
        term_lines = ["This Amendment shall take effect on the date of this Amendment."]
    elif kind == "spa":
        total = money_in(rng, 500_000, 90_000_000, 10_000)
        part = q2(total * Decimal(pick(rng, ["0.6", "0.75", "0.8"])))
        money = [f"The consideration for the Sale Shares shall be {en_amount_phrase(rng, total, cur, jur)} (the \"Purchase Price\"), of which "
                 f"{en_money(rng, part, cur, jur)} shall be paid on Completion and the balance of {en_money(rng, total - part, cur, jur)} "
                 "shall be deferred for twelve (12) months."]
    elif kind == "settlement":
        total = money_in(rng, 5_000, 300_000, 100)
        money = [f"Subject to the Employee's compliance with this Agreement, the Company shall pay the Employee the sum of "
                 f"{en_money(rng, total, cur, jur)} (the \"Termination Payment\") within fourteen (14) days of the Termination Date.",
                 f"The Company shall also contribute up to {en_money(rng, Decimal(500), cur, jur)} (exclusive of VAT) towards the "
                 "Employee's legal fees."]
    elif kind == "building":
        total = money_in(rng, 200_000, 30_000_000, 100, cents=True)
        money = [f"The Employer shall pay the Contractor the Contract Sum of {en_money(rng, total, cur, jur)} (exclusive of VAT), "
                 f"including a provisional sum of {en_money(rng, q2(total * Decimal('0.05')), cur, jur)}, at the times and in the manner "
                 "specified in the Conditions. Retention: 5%."]
        start = signed + timedelta(days=int(rng.integers(14, 60)))
        money.append(f"Date of Possession: {dt(start)}. Date for Completion: {dt(start + timedelta(days=int(rng.integers(120, 500))))}.")
    elif kind == "consortium":
        money = ["Each Consortium Member shall bear its own costs of preparing the Bid. Costs of the joint bid office shall be shared "
                 "equally between the Consortium Members."]
    if ctype not in ("supplementary",) and not term_lines and effective is None and rng.random() < 0.4:
        effective = signed
        term_lines = ["This Agreement shall come into force on the date of signature by both parties."]

    # ---- header ----
    lines: list[str] = []
    exec_v = rng.random() < 0.2
    if layout == "po":
        lines += ["PURCHASE ORDER", f">> PO Number: {no}", ""]
    elif layout == "letter":
        lines += [pa.name, f"== {pick(rng, JUR[jur][2])}", ""]
    elif no_pos == "cover" or (layout == "uk" and rng.random() < 0.5):
        lines += ["", "== EXECUTION VERSION" if exec_v else "", f"== DATED {dt(signed)}", "",
                  f"== (1) {first.name.upper()}", f"== (2) {second.name.upper()}"]
        if third:
            lines.append(f"== (3) {third.name.upper()}")
        lines += ["", *[f"== {t}" for t in title_lines], ""]
        if no_pos in ("cover", "above", "below"):
            lines.append(f"== {no_line}")
        lines.append("@@PAGEBREAK")
        lines += [f"== {' '.join(title_lines)}" if len(" ".join(title_lines)) < 45 else f"== {title_lines[-1]}", ""]
    elif no_pos == "above":
        lines += ["", f">> {no_line}", *[f"== {t}" for t in title_lines], ""]
    else:
        lines.append(title_lines[0])
        lines += [f"== {t}" for t in title_lines[1:]]
        if exec_v:
            lines.append(">> Execution Version")
        if no_pos == "below":
            lines.append(f">> {no_line}")
        lines.append("")
    dshown = any("DATED" in ln for ln in lines)

    def party_sentence(p: Party, k: str, quote: bool = True) -> str:
        q = f"\"{k}\"" if quote else k
        return f"{p.name}, {en_desc(rng, p, jur)} ({'the ' if quote and layout == 'between' else ''}{q})"

    if layout == "uk":
        lines += [f"THIS AGREEMENT is dated {dt(signed)}" if not dshown or rng.random() < 0.5 else "THIS AGREEMENT is dated", "",
                  "## PARTIES"]
        dshown = dshown or not lines[-3].endswith("dated")
        for i, (p, k) in enumerate(((first, k1), (second, k2)), 1):
            end = ";" if i == 1 or third else "."
            desc = en_desc(rng, p, jur)
            sep = " " if desc.startswith(("incorporated", "of ")) else ", "
            lines.append(f"({i}) {p.name.upper() if rng.random() < 0.5 else p.name}{sep}{desc} ({k}){end}")
        if third:
            lines.append(f"(3) {third.name} {en_desc(rng, third, jur)} ({third.func}).")
        if ctype == "supplementary":
            lines += ["", "## BACKGROUND",
                      f"(A) The parties entered into an agreement dated {dt(signed - timedelta(days=int(rng.integers(120, 900))))} "
                      f"(the \"Original Agreement\") in respect of the {orig[0].title()}.",
                      "(B) The parties wish to vary the Original Agreement on the terms of this agreement."]
        lines += ["", "## AGREED TERMS"]
    elif layout == "us":
        tt = " ".join(title_lines).title().replace("Of ", "of ").replace("For ", "for ").replace("The ", "the ").replace("To ", "to ")
        sent = (f"This {tt} (this \"Agreement\") is entered into as of {dt(signed)} (the \"Effective Date\") by and between "
                f"{party_sentence(first, k1)}, and {party_sentence(second, k2)}")
        if third:
            sent += f", and {party_sentence(third, third.func)}"
        if no_pos == "sentence":
            sent = sent.replace("(this \"Agreement\")", f"(Agreement No. {no}, this \"Agreement\")")
        lines += [sent + ".", f"{k1} and {k2} are each referred to herein as a \"Party\" and together as the \"Parties\"."]
        dshown = True
    elif layout == "between":
        opener = pick(rng, [f"THIS AGREEMENT is made {made_on(signed, jur)}", f"THIS DEED is made on {dt(signed)}",
                            f"THIS AGREEMENT is made on {dt(signed)}"]) if kind != "guarantee" else f"THIS DEED is dated {dt(signed)}"
        if no_pos == "sentence":
            opener = opener.replace("THIS AGREEMENT", f"THIS AGREEMENT (Ref. {no})").replace("THIS DEED", f"THIS DEED (Ref. {no})")
        lines += [opener, "", "BETWEEN:", ""]
        for i, (p, k) in enumerate(((first, k1), (second, k2), *(((third, third.func),) if third else ())), 1):
            if i > 1:
                lines += ["", "AND", ""]
            lines += [f"{p.name.upper()}", en_desc(rng, p, jur),
                      f"(hereinafter referred to as {'' if short_names and p is not third else 'the '}\"{k}\")"]
        dshown = True
    elif layout == "labels":
        lab1 = "Party A" + (f" ({first.func})" if first.func and not party_ab else "")
        lab2 = "Party B" + (f" ({second.func})" if second.func and not party_ab else "")
        if not party_ab and rng.random() < 0.5:
            lab1, lab2 = first.func, second.func
        else:
            first.role, second.role = "party_a", "party_b"  # printed Party A / Party B are authoritative
        for p, lab in ((first, lab1), (second, lab2)):
            lines.append(f"{lab}: {p.name}")
            if p.person:
                lines += [f"ID/Passport No.: {pick(rng, ['E', 'K'])}{int(rng.integers(10**7, 10**8))}", f"Address: {pick(rng, JUR[jur][2])}"]
            else:
                if jur == "prc":
                    lines.append(f"Unified Social Credit Code: {uscc(rng, pick(rng, list(CITY_CODE)))}")
                lines += [f"Registered Address: {pick(rng, JUR[jur][2])}", f"Legal Representative: {en_person_name(rng)}"]
                if rng.random() < 0.6:
                    lines += [f"Contact Person: {en_person_name(rng)}", f"Tel: +{pick(rng, ['86 21', '44 20', '1 212', '65'])} "
                              f"{int(rng.integers(1000, 9999))} {int(rng.integers(1000, 9999))}"]
            lines.append("")
        if third:
            lines += [f"Guarantor: {third.name}", ""]
        first.label, second.label = lab1, lab2
    elif layout == "keydetails":
        lines += ["## KEY DETAILS"]
        rows = [f"| Date | {dt(signed)} |"]
        if no_pos == "table":
            rows.append(f"| {no_label.rstrip(':.').replace('Our Ref', 'Reference')} | {no} |")
        rows += [f"| {first.func} | {first.name} |", f"| {first.func}'s address | {short_addr(rng, jur)} |",
                 f"| {second.func} | {second.name} |", f"| {second.func}'s address | {short_addr(rng, jur)} |"]
        if third:
            rows.append(f"| {third.func} | {third.name} |")
        if term_lines and effective and ctype != "employment":
            rows.append(f"| Commencement Date | {dt(effective)} |")
        rows += key_rows
        lines += rows + ["", "This Agreement consists of these Key Details and the attached Terms and Conditions.", ""]
        dshown = True
    elif layout == "po":
        lines += [f"| PO Date | {dt(signed)} | Payment Terms | Net 30 |", "",
                  f"Buyer: {pb.name}", pick(rng, JUR[jur][2]), "",
                  f"Vendor: {pa.name}", pick(rng, JUR[jur][2]), f"Vendor No.: {int(rng.integers(100000, 999999))}", "",
                  f"Ship To: {pb.name}, Receiving Dock {int(rng.integers(1, 9))}", ""]
        first, second = pa, pb
        dshown = True
    elif layout == "letter":
        lines += [dt(signed)]
        if no:
            lines.append(f"Our ref: {no}")
            if rng.random() < 0.4:
                lines.append(f"Your ref: {pick(rng, ['FIN', 'HR', 'TRS'])}/{y}/{int(rng.integers(10, 99))}")
        honorific = "Dr" if rng.random() < 0.15 else "Ms" if pb.name.split()[0] in EN_FEMALE else "Mr"
        addressee = f"{honorific} {pb.name}" if pb.person else f"The Directors, {pb.name}"
        lines += ["", "Private & Confidential" if pb.person else "By courier", addressee, pick(rng, JUR[jur][2]), ""]
        lines.append(f"Dear {pb.name.split()[0] if pb.person else 'Sirs'},")
        if ctype == "employment":
            lines += ["## " + pick(rng, ["Offer of Employment", "Contract of Employment", "Terms and Conditions of Employment"]),
                      f"We are pleased to confirm your employment with {pa.name} (the \"Company\") on the terms set out in this letter."]
        else:
            lines += [f"## {CURRENCIES[cur][0]} {fig(total)} Term Loan Facility" if total else "## Term Loan Facility",
                      f"We, {pa.name} (the \"Bank\"), are pleased to offer {pb.name} (the \"Borrower\") the facility described below, "
                      "subject to the terms and conditions of this letter."]
            if third:
                lines.append(f"The Facility shall be guaranteed by {third.name} (the \"Guarantor\").")
        dshown = True
    recital = layout in ("uk", "between", "us") and ctype != "supplementary" and rng.random() < 0.5
    if recital:
        lines += ["", pick(rng, ["WHEREAS:", "RECITALS", "BACKGROUND"]),
                  f"(A) {'' if short_names else 'The '}{kb if ctype == 'purchase' else k1} wishes to "
                  + {"sales": "sell the Goods", "purchase": "purchase the Goods", "service": "appoint a provider of the Services",
                     "lease": "let the Premises", "employment": f"employ the {k2}", "nda": "disclose certain Confidential Information",
                     "loan": "make a loan facility available", "license": "grant a licence of the Licensed Materials",
                     "framework": "establish a framework for the provision of services", "other": "enter into this Agreement"}[ctype]
                  + " on the terms of this Agreement.", "NOW IT IS AGREED as follows:"]
    if ctype == "supplementary" and layout != "uk":
        lines += ["", f"WHEREAS the parties are parties to a {orig[0].title()} dated "
                      f"{dt(signed - timedelta(days=int(rng.integers(120, 900))))} (the \"Original Agreement\") and wish to amend it as set out below."]
    # ---- body ----
    scope = {
        "sales": f"The {k1} shall deliver the Goods DAP at the {k2}{chr(39) if k2.endswith('s') else chr(39) + 's'} premises. Title and risk pass on delivery.",
        "purchase": "Goods shall conform to the Specification and be delivered in accordance with the delivery schedule.",
        "service": f"The {k2} shall provide the Services described in Schedule 1 with reasonable skill and care and in accordance with Good Industry Practice.",
        "lease": f"The {ka} lets to the {kb} the premises known as Unit {int(rng.integers(1, 40))}, {short_addr(rng, jur)} (the \"Premises\").",
        "employment": "You will be employed as Senior Analyst and will report to the Head of Operations. Your normal place of work is the Company's office.",
        "nda": "Each party shall keep the other party's Confidential Information confidential and use it only for the Purpose.",
        "loan": "The Borrower shall apply all amounts borrowed under the Facility towards its general corporate purposes.",
        "license": f"The {k1} grants the {k2} a non-exclusive, non-transferable licence to use the Licensed Software in the Territory.",
        "framework": "The Client may from time to time issue Statements of Work or Call-Off Orders; each accepted order forms a separate contract "
                     "incorporating the terms of this Agreement.",
        "supplementary": "Save as varied by this Amendment, the Original Agreement shall continue in full force and effect.",
        "other": {"spa": "The Seller shall sell and the Buyer shall buy the Sale Shares with full title guarantee, free from all Encumbrances.",
                  "sha": "The parties agree to regulate the affairs of the Company and their relationship as shareholders as set out in this Agreement.",
                  "settlement": "The Employee's employment with the Company will terminate on the Termination Date by reason of redundancy.",
                  "building": "The Contractor shall carry out and complete the Works in a proper and workmanlike manner in accordance with the Contract Documents.",
                  "consortium": "The parties shall cooperate as a consortium to prepare and submit a joint bid for the Project, "
                                "with the first-named party acting as lead member."}.get(kind, ""),
    }[ctype]
    body: list[tuple[str, list[str]]] = [("Scope" if ctype != "employment" else "Job Title and Duties", [scope])]
    if money:
        head = {"employment": "Remuneration", "consortium": "Costs"}.get(kind, pick(rng, ["Price and Payment", "Fees", "Consideration", "Charges"]))
        body.append((head, money))
    if term_lines:
        body.insert(int(rng.integers(0, len(body) + 1)), (pick(rng, ["Term", "Duration", "Commencement and Term"]), term_lines))
    law = {"uk": "the law of England and Wales", "us": "the laws of the State of New York", "sg": "the laws of Singapore",
           "hk": "the laws of the Hong Kong Special Administrative Region", "prc": "the laws of the People's Republic of China",
           "de": "the laws of the Federal Republic of Germany"}[jur]
    body.append(("Governing Law", [f"This Agreement and any dispute arising out of it shall be governed by {law}."]))
    nstyle = int(rng.integers(3))
    for i, (h, content) in enumerate(body, 1):
        if layout == "letter":
            lines += [f"{i}. {h}", *content]
        elif nstyle == 0 or any(c.startswith("|") for c in content):
            lines += [f"## {i}. {h.upper() if rng.random() < 0.5 else h}", *content]
        elif nstyle == 1:
            lines += [f"{i}. {h}. {content[0]}", *content[1:]]
        else:
            lines += [f"## {i}. {h}", *[f"{i}.{j} {c}" if not c.startswith("|") and c else c for j, c in enumerate(content, 1)]]
    # ---- signature ----
    sig_date = not dshown or rng.random() < 0.6
    d = dt(signed)
    lines += [""]
    if layout == "letter":
        lines += ["Yours sincerely," if pb.person else "Yours faithfully,", "@@SIGNATURE", "", "....................................",
                  f"For and on behalf of {pa.name}", f"{en_person_name(rng)}, {'HR Director' if ctype == 'employment' else pick(rng, ['Director', 'Head of Credit'])}", "",
                  "I/We accept the terms of this letter.", "....................................",
                  f"{pb.name}" if pb.person else f"For and on behalf of {pb.name}", f"Date: {d}"]
    elif layout == "po":
        lines += ["@@SIGNATURE", f"Authorised by: {en_person_name(rng)}, Procurement Manager\tDate: {d}",
                  "Accepted by Vendor: ....................\tDate: ............",
                  "This Purchase Order is subject to the Buyer's Terms and Conditions of Purchase (Form PUR-07 Rev. 3)."]
    else:
        lines += [pick(rng, ["IN WITNESS WHEREOF, the Parties have caused this Agreement to be executed by their duly authorized "
                             "representatives as of the Effective Date." if layout == "us" else
                             "IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.",
                             "This Agreement has been entered into on the date stated at the beginning of it."]), "@@SIGNATURE", ""]
        s = int(rng.integers(3))
        if s == 2 and (any(ln.startswith("|") for ln in lines) or len(first.func) > 12 or len(second.func) > 12):
            s = 0
        if ctype == "supplementary" and "DEED" in title:
            s = 3
        n1 = first.func.upper() if first.func and not short_names else first.short.upper()
        n2 = second.func.upper() if second.func and not short_names else (second.short.upper() if not second.person else "")
        if s == 0:
            lines += [f"{n1}:\t{n2}:" if n2 else f"{n1}:\t", f"{first.name}\t{second.name}",
                      "By: ______________________\tBy: ______________________" if not second.person else "By: ______________________\t______________________",
                      f"Name: {en_person_name(rng)}\tName: {second.name if second.person else en_person_name(rng)}",
                      f"Title: {pick(rng, ['Chief Executive Officer', 'Director', 'General Counsel'])}\t" + ("" if second.person else f"Title: {pick(rng, ['Director', 'CFO', 'President'])}")]
            if sig_date:
                lines.append(f"Date: {d}\tDate: {d}")
        elif s == 1:
            for p in (first, second):
                if p.person:
                    lines += [f"Signed by {p.name.upper()}", "....................................."]
                else:
                    lines += [f"Signed by {en_person_name(rng)} for and on behalf of {p.name}", ".....................................",
                              "Director"]
                if sig_date:
                    lines.append(f"Date: {d}")
                lines.append("")
        elif s == 2:
            lines += [f"| For and on behalf of the {n1.title()} | For and on behalf of the {n2.title() or 'Employee'} |",
                      "| Signature: | Signature: |",
                      f"| Name: {en_person_name(rng)} | Name: {second.name if second.person else en_person_name(rng)} |"]
            if sig_date:
                lines.append(f"| Date: {d} | Date: {d} |")
        else:
            lines += [f"Executed as a deed by {first.name.upper()} acting by {en_person_name(rng)}, a director, in the presence of:",
                      "Witness signature: ....................", f"Witness name: {en_person_name(rng)}",
                      f"Witness address: {pick(rng, JUR[jur][2])}", "",
                      f"Executed as a deed by {second.name.upper()} acting by two directors", "Director ....................",
                      "Director ...................."]
            if sig_date:
                lines.append(f"Date: {d}")
        if third and s != 3:
            lines += ["", f"Signed for and on behalf of {third.name} ({third.func})", "....................................."]
    if no_pos == "end" and layout not in ("po", "letter"):
        lines += ["", f"{' '.join(title_lines).title()}\t{no_line}" if rng.random() < 0.5 else f">> {no_line}"]
    parties = [(first.role, first.name, first.label or first.func), (second.role, second.name, second.label or second.func)]
    if third:
        parties.append(("party_c", third.name, third.func))
    t = _truth("en", ctype, no, parties, signed, effective, expiry, (total, cur) if total is not None else None,
               en_words(total, cur) if total is not None else None, from_term)
    return Filled(lines, t, pa.name)


def make_contract(contract_type: str, lang: str, rng: Rng, **_: Any) -> Filled:
    if contract_type not in CONTRACT_TYPES:
        raise ValueError(f"no template for {contract_type!r}")
    if lang not in ("zh", "en"):
        raise ValueError(f"no template in {lang!r}")
    return (zh_contract if lang == "zh" else en_contract)(contract_type, rng)


def random_contract(rng: Rng) -> Filled:
    return make_contract(pick(rng, CONTRACT_TYPES), pick(rng, ["zh", "en"]), rng)
