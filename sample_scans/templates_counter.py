"""A seventh development corpus ("counter"): documents that hunt for party extraction weaknesses
first, then totals, then types, in skeletons that the other six corpora do not print.

Chinese documents (ten skeletons):

* model texts with their real header blocks: 商品房买卖合同（预售/现售）(GF-2014-0171/0172 cover page with
  its own ``二〇一四年四月``, 出卖人 with 资质证书 lines and a 委托销售经纪机构 that is no party, one or two
  买受人 with ``证件类型：☑居民身份证`` / 证件号码, 单价 per m² beside the 总价款, 签订时间 in the signature
  block); 北京市 / 上海市 房屋租赁合同 (``出租人（甲方）`` / ``甲方（出租人）``, 证件类型及编号, 委托代理人, a
  consenting 房屋共有人 and a 居间 broker who are no parties, ``租金总计`` or only ``元/月`` / ``元/季``,
  ``租赁期自…至…，共计…``, 签约时间); the 科技部 technology contract (技术服务 / 咨询 / 开发 → service,
  技术转让 / 许可 → license) whose body says only 甲方 / 乙方 and whose parties appear in the closing
  information table (``| 委托方（甲方） | 名称（或姓名） | X |``) with the 签订时间 as a table row; the 人社部
  劳动合同书 (cover, ``甲方（用人单位）名称：`` / ``乙方（劳动者）姓名：``, the chosen term option among blank
  ones); a bank 借款合同 (借款人 printed first, bare labels or ``借款人（甲方）``, ``人民币（大写）……元整（¥……）``,
  a guarantor and a 保证合同 number, a drawdown plan, a term from disbursement); 政府采购合同 (采购人 /
  供应商 with or without 甲乙, ``以下简称甲方`` without quotes, 项目编号, 预算金额, 履约保证金, an agent's
  signature line);
* unusual party writing in generic contracts: ``X（甲方）`` with the role after the name, ``立合同人：`` with
  ``X（以下称甲方）``, ``X（下称“卖方”）`` / ``（下称卖方）``, ``X，以下简称甲方；``, ``Party A（甲方）：``,
  sole proprietors (``X店（个体工商户）`` with its 经营者, ``X店（经营者：张伟）``, or the operator's own
  name), an agent (委托代理人, a consultancy 代为签署) who is no party, parties named only in the
  signature block, a key-terms table (合同要素表) with the parties, 签约日期 and 合同期限 as rows;
* a bilingual 售货合同 SALES CONTRACT / 购货合同 PURCHASE CONTRACT with a foreign counterparty and USD / EUR
  totals in a ``总值 Total Value`` row;
* totals: bilingual amount lines, ``（含税）`` after the figure, ``人民币（大写）……元整（¥……）``, tax-exclusive +
  tax + 价税合计 in prose, the total only in a payment schedule's 合计 row, USD totals, monthly / quarterly
  rents, day rates and royalties that are no totals, 预算金额 / 最高限价 / 定金 / 押金 distractors;
* types decided by the body (``合作协议`` over a sale, ``场地合作协议`` over a lease) or named in a
  subtitle / in brackets after ``合同书`` (``协议书（货物运输）``, ``== （房屋租赁）``);
* dates: ``于二〇二四年…在…签订`` in the prose, 签约日期 in a table, effective on a fixed later date,
  terms in weeks (``服务期为八周，自…起算``), ``A至B止`` without 自, two signing dates.

English documents (nine skeletons): the whole parties clause in one sentence (``BETWEEN (1) X …
("Landlord") and (2) Y … ("Tenant")``); old-style ``(hereinafter called "the Vendor") of the one part
AND … of the other part`` and ``hereinafter "the Buyer"`` without brackets; ``X LIMITED as borrower (the
"Borrower")`` lists with the borrower first and ``X Ltd (as Seller)``; agents (``acting by its managing
agent``, ``acting as agent for and on behalf of``, signing ``as agent for and on behalf of``); parties
only in the signature blocks of a memorandum; English-Chinese contracts of PRC companies
(``Party A（甲方）: <English name>（<Chinese name>）``); pronoun-defined parties (``("we", "us")`` /
``("you")``) in employment and freelance contracts; US ``X, on the one hand, and Y, on the other hand``;
parties only in a closing ``SCHEDULE 1 - PARTIES`` table with the role after the name. Totals: Net /
VAT / Total in prose, words before figures, a milestone table whose Total row is the only total, day
rates, monthly rents, royalties, claims beside settlement sums, liquidated damages. Terms in weeks,
effective on a later fixed date, ranges, on signature.

Ground truth has the format of :mod:`sample_scans.templates` and the conventions of
:mod:`sample_scans.templates_wild` and :mod:`sample_scans.templates_office` (printed 甲方/乙方 and Party
A/B are authoritative, also as ``Party A（甲方）`` or ``借款人（甲方）`` - so a borrower printed as 甲方 is
party_a; otherwise party_a is the seller / supplier of goods (also the foreign seller of a 购货合同 and
the supplier of a 政府采购 of goods with bare labels), the lessor, the client / 委托方 / 采购人 of a
service, the employer / 用工单位, the discloser, the lender, the licensor / 让与方, the transferor, the
claimant, and the first-named party where no roles are printed; a guarantor is party_c). The
decisions this corpus adds:

* names: a bilingual name is the truth in the document's language (the Chinese name in a Chinese
  document, the English name in an English one; a foreign party has its English name only); a sole
  proprietor is its 字号 (``宁波市北仑区恒达水果店``), or the operator's name when no 字号 is printed -
  never with ``（个体工商户）`` or the 经营者; an agent, a 委托代理人, a broker, a 委托销售经纪机构, a
  房屋共有人 who consents, an 采购代理机构 and a guarantor of a separate 保证合同 are no parties; a bank
  ``Harbour Bank, N.A.`` keeps its ``, N.A.``; two 买受人 of one flat are both party_b;
* totals: the 商品房 总价款 (not the 单价 or the 首期房价款); 租金总计 when printed, none for a rent 元/月 or
  元/季 only; the 价税合计 / "total … inclusive of VAT"; the schedule's 合计 / Total row; a USD / EUR
  total in its currency; a framework's cap; a guarantee's maximum liability; a settlement's sum (not the
  claim); the new price of a variation; a 股权转让价款; a loan's principal; none for day rates,
  royalties, salaries, monthly service fees, liquidated damages, 预算金额 / 最高限价;
* dates: an explicit effectiveness clause wins over the start of a term (``本合同自双方签字之日起生效``,
  "takes effect on the date of signature"); effective on a fixed later date gives that date and the
  expiry from it; a contract effective on 网上备案 (a condition) has no effective date; a term in weeks
  ends on start + 7·weeks − 1 day; a loan term counted from the 实际提款日 / "after the date on which it
  is advanced" has no expiry; a 劳动合同 starts on its start date and a 无固定期限 / 以完成一定工作任务为期限
  contract has no expiry; the later of two signature dates is the signing date;
* numbers: the document's own 合同编号 / Agreement No. / Ref; 项目编号 / 采购编号, 证书编号, 预售许可证号,
  保证合同 numbers, the original agreement's reference, an empty 合同登记编号 box and ``BF—2017—0601`` /
  ``GF—2014—0171`` model numbers are not;
* types: 商品房买卖 / 售货合同 → ``sales``; 购货合同 / 政府采购 of goods → ``purchase``; 政府采购 of services,
  技术服务 / 咨询 / 开发 → ``service``; 技术转让 / 技术许可 / 商标许可 → ``license``; 劳务 / 聘用 → ``employment``;
  股权转让, 货物运输, settlements and guarantees → ``other``.

    make_contract(contract_type, lang, rng) -> Filled
    random_contract(rng) -> Filled
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Callable

import numpy as np

from sample_scans.templates import CONTRACT_TYPES as BASE_TYPES
from sample_scans.templates import ZH_CITIES, Filled, add_months, fig, pick, rand_date, zh_person, zh_upper
from sample_scans.templates_office import (
    GOODS, PROJECTS, days, en_amt, en_dater, en_no, en_words_cur, make_from_skeletons, two_dates, wan,
    zh_dater, zh_id, zh_make_party, zh_num, zh_term_words,
)
from sample_scans.templates_varied import _truth, en_words, en_words_int, money_in, zh_cn_number
from sample_scans.templates_wild import (
    CITY_CODE, CITY_PROV, JUR, ZH_BANKS, Party, bank_account, en_desc, en_party, en_person_name, made_on, q2, short_addr,
    term_end, uscc, zh_addr, zh_city, zh_party_lines, zh_phone,
)

__all__ = ["CONTRACT_TYPES", "make_contract", "random_contract"]

Rng = np.random.Generator
CONTRACT_TYPES = (*BASE_TYPES, "other")
DateFn = Callable[[date], str]


# ================================================================================================
# shared helpers
# ================================================================================================
def weeks_end(start: date, weeks: int) -> date:
    """Last day of a term of ``weeks`` weeks starting on ``start``."""
    return start + timedelta(days=7 * weeks - 1)


def years_end(start: date, years: int) -> date:
    return term_end(start, 12 * years)


def net_tax(total: Decimal, rate: int) -> tuple[Decimal, Decimal]:
    """(tax-exclusive amount, tax) that add up to ``total`` exactly."""
    net = q2(total / (1 + Decimal(rate) / 100))
    return net, total - net


def split3(total: Decimal, shares: tuple[str, str]) -> tuple[Decimal, Decimal, Decimal]:
    a = q2(total * Decimal(shares[0]))
    b = q2(total * Decimal(shares[1]))
    return a, b, total - a - b


@dataclass
class CBody:
    """Clauses and the derived truth of one document body."""
    clauses: list[tuple[str, list[str]]] = field(default_factory=list)
    total: Decimal | None = None
    cur: str = "CNY"
    effective: date | None = None
    expiry: date | None = None
    from_term: bool = False
    words: str | None = None


def zh_truth_c(ctype: str, no: str | None, parties: list[Party], signed: date, b: CBody, lines: list[str] | None = None) -> dict[str, Any]:
    ps = [(p.role, p.name, p.label or p.func) for p in parties]
    total = (b.total, b.cur) if b.total is not None else None
    words = b.words if b.words is not None else (zh_upper(b.total) if b.total is not None else None)
    if words and lines is not None and not any(words in x for x in lines):
        words = None  # the uppercase amount is not printed
    words = words or None  # "" : no uppercase amount printed
    return _truth("zh", ctype, no, ps, signed, b.effective, b.expiry, total, words, b.from_term)  # type: ignore[arg-type]


def en_truth_c(ctype: str, no: str | None, parties: list[Party], signed: date, b: CBody) -> dict[str, Any]:
    ps = [(p.role, p.name, p.label or p.func) for p in parties]
    total = (b.total, b.cur) if b.total is not None else None
    return _truth("en", ctype, no, ps, signed, b.effective, b.expiry, total,  # type: ignore[arg-type]
                  en_words(b.total, b.cur) if b.total is not None else None, b.from_term)


# ---- bilingual company names (PRC companies print an English name beside the Chinese one) ----
BRAND_EN = {"华信": "Huaxin", "恒达": "Hengda", "中泰": "Zhongtai", "瑞丰": "Ruifeng", "鼎盛": "Dingsheng", "天成": "Tiancheng",
            "宏远": "Hongyuan", "金桥": "Jinqiao", "新辰": "Xinchen", "博远": "Boyuan", "嘉禾": "Jiahe", "远航": "Yuanhang",
            "正邦": "Zhengbang", "德润": "Derun", "凯胜": "Kaisheng", "明泰": "Mingtai", "汇通": "Huitong", "永盛": "Yongsheng",
            "信达": "Xinda", "安捷": "Anjie", "海纳": "Haina", "联创": "Lianchuang", "华晟": "Huasheng", "泰和": "Taihe",
            "锦程": "Jincheng", "蓝海": "Lanhai", "国鑫": "Guoxin", "盛通": "Shengtong", "启明": "Qiming"}
CITY_EN = {"上海": "Shanghai", "北京": "Beijing", "深圳": "Shenzhen", "广州": "Guangzhou", "杭州": "Hangzhou", "苏州": "Suzhou",
           "南京": "Nanjing", "成都": "Chengdu", "武汉": "Wuhan", "天津": "Tianjin", "西安": "Xi'an", "宁波": "Ningbo",
           "青岛": "Qingdao"}
IND_EN = {"科技": "Technology", "贸易": "Trading", "物流": "Logistics", "电子": "Electronics", "机械设备": "Machinery",
          "医疗器械": "Medical Devices", "新材料": "New Materials", "信息技术": "Information Technology", "进出口": "Import & Export",
          "实业": "Industrial", "精密制造": "Precision Manufacturing", "纺织品": "Textiles"}


def bi_company(rng: Rng, city: str | None = None) -> tuple[Party, str]:
    """A PRC company with its Chinese and English names: (party with the Chinese name, English name)."""
    city = city or pick(rng, [c for c in CITY_EN if c in ZH_CITIES])
    brand = pick(rng, list(BRAND_EN))
    ind = pick(rng, list(IND_EN))
    if rng.random() < 0.7:
        zh = f"{city}{brand}{ind}有限公司"
        en = f"{CITY_EN[city]} {BRAND_EN[brand]} {IND_EN[ind]} Co., Ltd."
    else:
        zh = f"{brand}{ind}（{city}）有限公司"
        en = f"{BRAND_EN[brand]} {IND_EN[ind]} ({CITY_EN[city]}) Co., Ltd."
    init = "".join(w[0] for w in BRAND_EN[brand].split()).upper() + IND_EN[ind][0]
    return Party(zh, short=f"{brand}公司", init=init), en


def city_of(name: str, default: str) -> str:
    return next((c for c in CITY_CODE if c in name), default)


# ================================================================================================
# Chinese: money, terms and signing
# ================================================================================================
def zc_total(rng: Rng, v: Decimal, cue: str = "合同总价", cur: str = "CNY", forms: tuple[int, ...] = (0, 1, 2, 3, 4, 5)) -> list[str]:
    """A total as Chinese offices print it; every form states the same tax-inclusive total ``v``."""
    up = zh_upper(v)
    if cur == "USD":
        f = pick(rng, [0, 1, 2])
        if f == 0:
            return [f"{cue}：美元{fig(v)}元（大写：美元{up}）"]
        if f == 1:
            return [f"{cue}为USD {fig(v)}（大写：美元{up}），以美元结算。"]
        return [f"{cue} Total Amount：USD {fig(v)}（SAY US DOLLARS {en_words_int(int(v)).upper()} ONLY）"]
    f = pick(rng, list(forms))
    if f == 0:  # (含税) after the figure
        return [pick(rng, [f"{cue}：人民币{fig(v)}元（含税）", f"{cue}为人民币{fig(v)}元（含13%增值税）",
                           f"{cue}：{fig(v)}元（含税），大写：{up}"])]
    if f == 1:  # 人民币（大写）……元整（¥……）
        return [f"{cue}：人民币（大写）{up}（¥{fig(v)}）"]
    if f == 2:  # bilingual amount line
        return [pick(rng, [f"{cue} Total Contract Price：人民币{fig(v)}元 RMB {fig(v)}",
                           f"{cue}（Total Price）：¥{fig(v)}（大写 In Words：人民币{up}）"])]
    if f == 3:  # tax-exclusive + tax + 价税合计 in prose
        rate = pick(rng, [6, 9, 13])
        net, tax = net_tax(v, rate)
        return [f"本合同不含税价款为人民币{fig(net)}元，增值税税率{rate}%，税额为人民币{fig(tax)}元，价税合计人民币{fig(v)}元"
                f"（大写：{up}）。"]
    if f == 4:  # uppercase first, figures after a colon
        return [f"{cue}（大写）：人民币{up}    （小写）：¥{fig(v)}"]
    return [f"{cue}为人民币{fig(v)}元（大写：人民币{up}），该价格为含税价，包括运输、安装、调试及培训等一切费用。"]


def zc_schedule(rng: Rng, v: Decimal, unit: str = "元") -> list[str]:
    """A payment schedule whose sum row is the only place the total is printed."""
    s = pick(rng, [("0.3", "0.6"), ("0.4", "0.5"), ("0.2", "0.7")])
    a, b, c = split3(v, s)
    pct = [int(Decimal(s[0]) * 100), int(Decimal(s[1]) * 100)]
    pct.append(100 - sum(pct))
    return ["| 付款阶段 | 付款条件 | 付款比例 | 金额（元） |",
            f"| 第一期 | 合同签订后十个工作日内 | {pct[0]}% | {fig(a)} |",
            f"| 第二期 | {pick(rng, ['初验合格后', '系统上线运行后', '交付验收合格后'])} | {pct[1]}% | {fig(b)} |",
            f"| 第三期 | {pick(rng, ['终验合格满一年后', '质保期满后', '服务期满考核合格后'])} | {pct[2]}% | {fig(c)} |",
            f"| 合计 | | 100% | {fig(v)} |"]


def zc_term(rng: Rng, label: str, signed: date, dt: DateFn, forms: tuple[str, ...], months: int | None = None,
            start: date | None = None, ref: str = "本合同") -> tuple[list[str], date | None, date | None, bool]:
    """A term clause: (lines, effective, expiry, expiry_from_term)."""
    start = start or signed + days(rng, 0, 20)
    months = months or pick(rng, [6, 12, 12, 24, 36])
    end = term_end(start, months)
    form = pick(rng, list(forms))
    sign_eff = pick(rng, [f"{ref}自双方签字盖章之日起生效", f"{ref}经双方法定代表人或授权代表签字并加盖公章后生效"])
    if form == "range_no_zi":  # 至…止 without 自
        return [f"{label}：{dt(start)}至{dt(end)}止。"], start, end, False
    if form == "range":
        return [f"{label}自{dt(start)}起至{dt(end)}止。"], start, end, False
    if form == "future":  # effective on a fixed (later) date, for a term
        fut = signed + days(rng, 5, 60)
        if rng.random() < 0.5:
            return [f"{ref}于{dt(fut)}起生效，有效期{zh_term_words(months, rng)}。"], fut, term_end(fut, months), True
        return [f"{ref}经双方签署后，自{dt(fut)}起生效，有效期至{dt(term_end(fut, months))}。"], fut, term_end(fut, months), False
    if form == "weeks":
        w = pick(rng, [4, 6, 8, 10, 12, 16, 26])
        wd = pick(rng, [f"{zh_cn_number(w)}周", f"{w}周", f"{w}个星期"])
        if rng.random() < 0.5:
            return [f"{label}为{wd}，自{dt(start)}起算。"], start, weeks_end(start, w), True
        return [f"{sign_eff}。{label}为{wd}，自{dt(start)}起计。"], signed, weeks_end(start, w), True
    if form == "sign_term":
        return [f"{sign_eff}，有效期{zh_term_words(months, rng)}。"], signed, term_end(signed, months), True
    if form == "sign_range":
        return [f"{sign_eff}。", f"{label}：{dt(start)}至{dt(end)}。"], signed, end, False
    # "open": effective on signing until performance
    return [f"{sign_eff}，至双方权利义务履行完毕时终止。"], signed, None, False


def zc_goods(rng: Rng, cur: str = "CNY") -> tuple[list[str], Decimal]:
    """Goods table without a total row (the total is printed elsewhere)."""
    items = []
    for k in rng.choice(len(GOODS), size=int(rng.integers(1, 4)), replace=False):
        name, unit, lo, hi = GOODS[int(k)]
        qty = int(rng.integers(1, 40)) * (50 if hi < 1000 else 1)
        if cur == "USD":
            lo, hi = max(lo // 7, 10), max(hi // 7, 20)
        price = money_in(rng, lo, hi, 10 if hi >= 2000 else 1)
        items.append((name, unit, qty, price, q2(price * qty)))
    total = sum((it[4] for it in items), Decimal(0))
    cu = "美元" if cur == "USD" else "元"
    rows = [f"| 序号 | 货物名称 | 数量 | 单价（{cu}） | 金额（{cu}） |"]
    rows += [f"| {i} | {n} | {q}{u} | {fig(p)} | {fig(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
    return rows, total


def zc_sign_rows(rng: Rng, labs: list[tuple[str, str, bool]], dates: list[date] | None, dt: DateFn, date_label: str = "日期") -> list[str]:
    """Signature block: labs = (label, name or "", person); one date per column or none."""
    out = ["", "@@SIGNATURE"]
    if len(labs) == 2:
        (l1, n1, p1), (l2, n2, p2) = labs
        s1 = "（签字）" if p1 else pick(rng, ["（盖章）", "（公章）"])
        s2 = "（签字）" if p2 else pick(rng, ["（盖章）", "（公章）"])
        out.append(f"{l1}{s1}：{n1}\t{l2}{s2}：{n2}")
        out.append(f"{'' if p1 else '法定代表人或授权代表：'}\t{'' if p2 else '法定代表人或授权代表：'}")
        if dates:
            out.append(f"{date_label}：{dt(dates[0])}\t{date_label}：{dt(dates[1] if len(dates) > 1 else dates[0])}")
        return out
    for i, (lab, n, p) in enumerate(labs):
        out += [f"{lab}{'（签字）' if p else '（盖章）'}：{n}", "" if p else "授权代表："]
        if dates:
            out.append(f"{date_label}：{dt(dates[min(i, len(dates) - 1)])}")
        out.append("")
    return out


# ================================================================================================
# Chinese skeletons
# ================================================================================================
DEV_WORDS = ["置业", "房地产开发", "地产", "城市建设开发"]
AGENCIES = ["链家", "我爱我家", "中原", "德佑", "麦田", "太平洋"]
ESTATES = ["锦绣华庭", "滨江壹号", "翡翠湾", "云栖苑", "紫金府", "海棠花园", "星河湾", "望江台"]


def zh_developer(rng: Rng, city: str) -> Party:
    brand = pick(rng, list(BRAND_EN))
    if rng.random() < 0.75:
        name = f"{city}{brand}{pick(rng, DEV_WORDS)}有限公司"
    else:
        name = f"{city}{brand}{pick(rng, DEV_WORDS)}有限公司{pick(rng, ZH_CITIES[city])}分公司"
    return Party(name, short=f"{brand}{'置业' if '置业' in name else '公司'}", init="FC")


def zh_presale(rng: Rng) -> Filled:
    """商品房买卖合同 (GF-2014-0171 / 0172): 出卖人 with licence lines and a 委托销售经纪机构 that is
    no party, one or two 买受人 with 证件类型 / 证件号码, 单价 per square metre beside the 总价款,
    a cover page with the model text's own date, 签订时间 in the signature block."""
    city = zh_city(rng)
    dt = zh_dater(rng)
    signed0 = rand_date(rng)
    da, db, signed = two_dates(rng, signed0, 0.2)
    presale = rng.random() < 0.6
    seller = zh_developer(rng, city)
    seller.func = seller.label = "出卖人"
    seller.role = "party_a"
    buyers = [Party(zh_person(rng), person=True, kind="person")]
    if rng.random() < 0.3:
        b2 = Party(zh_person(rng), person=True, kind="person")
        while b2.name == buyers[0].name:
            b2 = Party(zh_person(rng), person=True, kind="person")
        buyers.append(b2)
    if rng.random() < 0.12:  # a company buys
        p = zh_make_party(rng, "company", city)
        buyers = [Party(p.name, init=p.init)]
    for b in buyers:
        b.func = b.label = "买受人"
        b.role = "party_b"
    title = pick(rng, ["商品房买卖合同（预售）", "商品房预售合同", "商品房买卖合同"] if presale else
                 ["商品房买卖合同（现售）", "商品房现售合同", "商品房买卖合同"])
    no = pick(rng, [f"{CITY_PROV.get(city, '沪')}{'预' if presale else '现'}{signed.year}{int(rng.integers(10**5, 10**6))}",
                    f"{'YS' if presale else 'XS'}{signed:%Y%m}{int(rng.integers(1000, 9999))}",
                    f"{signed.year}-{'预售' if presale else '现售'}-{int(rng.integers(1, 99999)):05d}"]) if rng.random() < 0.85 else None
    gf = "GF—2014—0171" if presale else "GF—2014—0172"
    lines: list[str] = []
    if rng.random() < 0.5:  # cover page of the model text
        lines += [title, "== 示 范 文 本", "", f">> {gf}", ""]
        if no:
            lines.append(f"合同编号：{no}")
        lines += ["", "== 中华人民共和国住房和城乡建设部", "== 中华人民共和国国家工商行政管理总局", "== 制定", "== 二〇一四年四月",
                  "@@PAGEBREAK", title, ""]
    else:
        lines += [title]
        if no:
            lines.append(f">> 合同编号：{no}")
        lines.append("")
    lines.append("## 第一章 合同当事人")
    lines += [f"出卖人：{seller.name}", f"通讯地址：{zh_addr(rng, city)}", f"邮政编码：{int(rng.integers(100000, 710000))}",
              f"{pick(rng, ['营业执照注册号', '统一社会信用代码', '营业执照号码'])}：{uscc(rng, city)}",
              f"企业资质证书号：{CITY_PROV.get(city, '沪')}房开{pick(rng, ['二', '三', '一'])}级第{int(rng.integers(1000, 99999))}号",
              f"法定代表人：{zh_person(rng)}    联系电话：{zh_phone(rng)}"]
    if rng.random() < 0.6:
        lines.append(f"委托代理人：{zh_person(rng)}    联系电话：{zh_phone(rng)}")
    agency = None
    if rng.random() < 0.6:
        agency = f"{city}{pick(rng, AGENCIES)}房地产经纪有限公司"
        lines += [f"委托销售经纪机构：{agency}", f"通讯地址：{zh_addr(rng, city)}",
                  f"经纪机构备案证明号：{CITY_PROV.get(city, '沪')}经备{int(rng.integers(10000, 99999))}"]
    lines.append("")
    for b in buyers:
        lines.append(f"买受人：{b.name}")
        if b.person:
            lines += ["【国籍】【户籍所在地】：中国", f"证件类型：☑居民身份证 □护照 □营业执照 □其他    证件号码：{zh_id(rng)}",
                      f"出生日期：{int(rng.integers(1960, 2000))}年{int(rng.integers(1, 13))}月{int(rng.integers(1, 29))}日    性别：{pick(rng, ['男', '女'])}",
                      f"通讯地址：{zh_addr(rng)}", f"联系电话：{zh_phone(rng)}"]
        else:
            lines += ["证件类型：□居民身份证 □护照 ☑营业执照 □其他    " f"证件号码：{uscc(rng, city)}",
                      f"法定代表人：{zh_person(rng)}", f"通讯地址：{zh_addr(rng, city)}"]
        if rng.random() < 0.3:
            lines.append(f"【委托代理人】【法定代理人】：{zh_person(rng)}    证件号码：{zh_id(rng)}")
        lines.append("")
    if len(buyers) > 1:
        lines.append(f"买受人为多人时，{buyers[0].name}与{buyers[1].name}按共同共有方式共有该商品房。")
    estate = pick(rng, ESTATES)
    area = Decimal(int(rng.integers(6000, 22000))) / 100
    inner = q2(area * Decimal("0.82"))
    unit = money_in(rng, 12_000, 98_000, 10)
    total = q2(unit * inner)
    down = q2(total * Decimal(pick(rng, ["0.3", "0.35", "0.5"])))
    deposit = money_in(rng, 20_000, 200_000, 10_000)
    lines += ["## 第二章 商品房基本状况",
              f"第一条 项目建设依据：出卖人以出让方式取得坐落于{zh_addr(rng, city).split('号')[0]}号地块的建设用地使用权，"
              f"不动产权证号为{CITY_PROV.get(city, '沪')}（{signed.year - int(rng.integers(2, 6))}）{city}市不动产权第{int(rng.integers(10**6, 10**7))}号。"
              f"该商品房项目核准名称为“{estate}”。"]
    if presale:
        lines.append(f"第二条 预售依据：该商品房已由{city}市住房和城乡建设管理委员会批准预售，预售许可证号为"
                     f"{CITY_PROV.get(city, '沪')}房管（{signed.year}）预字{int(rng.integers(100, 999))}号。")
    lines += [f"第三条 商品房基本情况：该商品房为{estate}第{int(rng.integers(1, 30))}幢{int(rng.integers(1, 4))}单元{int(rng.integers(2, 33))}0{int(rng.integers(1, 4))}室，"
              f"房屋建筑面积共{area}平方米，其中套内建筑面积{inner}平方米，分摊共有建筑面积{area - inner}平方米。", "",
              "## 第三章 商品房价款"]
    way = int(rng.integers(3))
    up = zh_upper(total)
    if way == 0:
        lines.append(f"第四条 计价方式与价款：出卖人与买受人按照套内建筑面积计算该商品房价款，该商品房单价为每平方米（人民币）{fig(unit)}元，"
                     f"总价款为（人民币）{fig(total)}元（大写{up}）。")
    elif way == 1:
        lines.append(f"第四条 计价方式与价款：按照套内建筑面积计算，单价为每平方米人民币{fig(unit)}元；"
                     f"该商品房总价款为人民币（大写）{up}（¥{fig(total)}）。")
    else:
        lines += ["第四条 计价方式与价款：", "| 计价方式 | 面积（平方米） | 单价（元/平方米） | 总价款（元） |",
                  f"| 按套内建筑面积 | {inner} | {fig(unit)} | {fig(total)} |",
                  f"总价款大写：人民币{up}"]
    lines += [f"第五条 付款方式及期限：买受人已于签订本合同前支付定金人民币{fig(deposit)}元，定金于首期房价款支付时抵作房价款。"
              f"买受人应于本合同签订之日起七日内支付首期房价款（含定金）人民币{fig(down)}元，剩余房价款人民币{fig(total - down)}元以商业贷款方式支付。",
              "", "## 第四章 商品房交付条件与交付手续",
              f"第十条 交付时间：出卖人应当在{dt(signed + days(rng, 200, 700) if presale else signed + days(rng, 10, 60))}前向买受人交付该商品房。",
              "", "## 第九章 其他事项"]
    eff_mode = pick(rng, ["sign", "sign", "filing"])
    if eff_mode == "sign":
        lines.append("第二十九条 本合同自双方签字或盖章之日起生效。本合同的解除应当采用书面形式。")
        eff = signed
    else:
        lines.append("第二十九条 本合同自双方签字或盖章并办理网上备案手续之日起生效。")
        eff = None
    lines.append(f"第三十条 本合同及附件共{int(rng.integers(18, 40))}页，一式{pick(rng, ['肆', '伍'])}份，具有同等法律效力。")
    lines += ["", "@@SIGNATURE", "出卖人（签字或盖章）：\t买受人（签字或盖章）：",
              "【法定代表人】（签字或盖章）：\t【法定代理人】（签字或盖章）：",
              "【委托代理人】（签字或盖章）：\t【委托代理人】（签字或盖章）："]
    if rng.random() < 0.5:
        lines.append(f"签订时间：{dt(da)}\t签订时间：{dt(db)}")
    else:
        lines += [f"签订时间：{dt(da)}\t签订时间：{dt(db)}" if da != db else f"签订时间：{dt(signed)}"]
    lines.append(f"签订地点：{city}市{pick(rng, ZH_CITIES[city])}\t签订地点：{city}市")
    parties = [seller, *buyers]
    b = CBody(total=total, effective=eff)
    _ = agency
    return Filled(lines, zh_truth_c("sales", no, parties, signed, b, lines), seller.name)


def zh_person_party(rng: Rng) -> Party:
    return Party(zh_person(rng), person=True, kind="person", init="GR")


def zh_city_lease(rng: Rng) -> Filled:
    """北京市房屋租赁合同 / 上海市住房租赁合同 model texts: 出租人（甲方） / 甲方（出租人） with 证件类型及编号,
    委托代理人 lines, a 房屋共有人 who consents (no party), a broker named in the text (no party),
    rent 元/月 with or without 租金总计, 租赁期自…至…共计…, 签约时间 in the signature block."""
    city = pick(rng, ["北京", "上海"])
    dt = zh_dater(rng)
    signed = rand_date(rng)
    lessor = zh_person_party(rng) if rng.random() < 0.7 else zh_make_party(rng, "company", city)
    lessee = zh_person_party(rng) if rng.random() < 0.55 else zh_make_party(rng, "company", city)
    while lessee.name == lessor.name:
        lessee = zh_person_party(rng)
    lessor.role, lessee.role = "party_a", "party_b"
    lessor.func, lessee.func = "出租人", "承租人"
    bj = city == "北京"
    if bj:
        lessor.label, lessee.label = "出租人（甲方）", "承租人（乙方）"
        title = pick(rng, ["北京市房屋租赁合同", "北京市房屋租赁合同（自行成交版）", "北京市住房租赁合同"])
        gf = f"BF—{pick(rng, ['2017', '2022'])}—{pick(rng, ['0601', '0602', '0603'])}"
    else:
        lessor.label, lessee.label = "甲方（出租人）", "乙方（承租人）"
        title = pick(rng, ["上海市住房租赁合同", "上海市房屋租赁合同", "上海市住房租赁合同（示范文本）"])
        gf = f"沪规范{pick(rng, ['（2022）', '（2019）'])}{int(rng.integers(1, 30))}号"
    no = (f"{'京' if bj else '沪'}租{signed.year}{int(rng.integers(10**5, 10**6))}" if rng.random() < 0.5 else
          f"{signed:%Y%m%d}-{int(rng.integers(1, 999)):03d}") if rng.random() < 0.6 else None
    lines = [title, f"== {gf}" if rng.random() < 0.5 else ""]
    lines.append(f">> 合同编号：{no if no else '________'}")
    lines.append("")

    def idline(p: Party) -> str:
        if p.person:
            return f"证件类型及编号：身份证 {zh_id(rng)}" if bj else f"【身份证】【护照】【营业执照】号码：{zh_id(rng)}"
        return f"证件类型及编号：营业执照 {uscc(rng, city)}" if bj else f"【营业执照】号码：{uscc(rng, city)}"

    co_owner = None
    for p in (lessor, lessee):
        if bj:
            lines.append(f"{p.label}：{p.name}")
            lines.append(idline(p))
        else:
            lines.append(f"{p.label}：{p.name}")
            lines.append(f"【本人】【法定代表人】姓名：{p.name if p.person else zh_person(rng)}    国籍：中国")
            lines.append(idline(p))
            lines.append(f"住（居）所或联系地址：{zh_addr(rng, city)}")
        lines.append(f"联系电话：{zh_phone(rng)}")
        if rng.random() < 0.4:
            lines.append(f"{'委托代理人' if bj else '【委托代理人】'}：{zh_person(rng)}    身份证号：{zh_id(rng)}")
        if p is lessor and lessor.person and rng.random() < 0.4:
            co_owner = zh_person(rng)
            while co_owner in (lessor.name, lessee.name):
                co_owner = zh_person(rng)
            lines.append(f"房屋共有人：{co_owner}（已出具同意出租的书面意见，见附件一）")
        lines.append("")
    if not bj:
        lines.append("依据《中华人民共和国民法典》《上海市住房租赁条例》以及本市有关住房租赁管理的规定，甲、乙双方在平等、自愿、公平和诚实信用的基础上，"
                     "经协商一致，就乙方承租甲方可依法出租的房屋事项，订立本合同。")
    broker = None
    if rng.random() < 0.5:
        broker = f"{city}{pick(rng, AGENCIES)}房地产经纪有限公司"
        lines.append(f"本合同经{broker}居间促成，经纪人：{zh_person(rng)}（经纪人员登记号：{int(rng.integers(10**7, 10**8))}）。")
    # ---- premises ----
    district = pick(rng, ZH_CITIES[city])
    area = Decimal(int(rng.integers(3500, 25000))) / 100
    owner_line = f"房屋所有权人：{lessor.name}" + (f"、{co_owner}" if co_owner else "")
    lines += ["", "## 第一条 房屋基本情况",
              f"（一）房屋坐落于{city}市{district}{pick(rng, ['望京西园', '天通苑', '古美路', '长寿路', '金杨新村'])}{int(rng.integers(1, 30))}号楼"
              f"{int(rng.integers(1, 30))}{int(rng.integers(1, 4)):02d}室，建筑面积{area}平方米。",
              f"（二）房屋权属状况：甲方持有☑不动产权证书 □房屋所有权证，证书编号：{'京' if bj else '沪'}（{signed.year - int(rng.integers(2, 12))}）"
              f"{district}不动产权第{int(rng.integers(10**6, 10**7))}号，{owner_line}。"]
    # ---- term ----
    start = add_months(signed.replace(day=1), 1) if rng.random() < 0.6 else signed + days(rng, 0, 10)
    months = pick(rng, [6, 12, 12, 24, 36])
    end = term_end(start, months)
    y, m = divmod(months, 12)
    span = (f"{y}年" if y else "") + (f"{m}个月" if m else "")
    tform = int(rng.integers(3))
    if tform == 0:
        term = [f"房屋租赁期自{dt(start)}至{dt(end)}，共计{span}。"]
    elif tform == 1:
        term = [f"租赁期限：{dt(start)}起至{dt(end)}止。"]
    else:
        term = [f"租赁期限为{span}，自{dt(start)}起至{dt(end)}止。甲方应于{dt(start)}前将房屋交付乙方。"]
    lines += ["", "## 第三条 租赁期限", *term]
    # ---- rent ----
    rent = money_in(rng, 2_500, 30_000, 100) if lessee.person else money_in(rng, 8_000, 120_000, 500)
    dep = rent * pick(rng, [1, 2, 3])
    total = None
    period = pick(rng, ["月", "月", "季"])
    per = rent * (3 if period == "季" else 1)
    if rng.random() < 0.5 and months <= 24:
        total = rent * months
        rent_l = f"（一）租金标准：{fig(per)}元/{period}，租金总计：{fig(total)}元整（大写：{zh_upper(total)}）。"
    else:
        rent_l = pick(rng, [f"（一）租金标准：{fig(per)}元/{period}（大写：{zh_upper(per)}），租赁期内租金不作调整。",
                            f"（一）月租金为人民币{fig(rent)}元/月，按{pick(rng, ['月', '季度', '半年'])}支付。"])
    lines += ["", "## 第四条 租金及押金", rent_l,
              f"支付方式：押{pick(rng, ['一', '二'])}付{pick(rng, ['一', '三'])}，乙方应于每期租金到期前{pick(rng, ['五', '七', '十'])}日支付下期租金。",
              f"（二）押金：{fig(dep)}元（大写：{zh_upper(dep)}），租赁期满或合同解除后，押金除抵扣应由乙方承担的费用外，剩余部分无息归还乙方。",
              f"（三）物业服务费、供暖费由{pick(rng, ['甲方', '乙方'])}承担，水、电、燃气费用由乙方承担。"]
    # ---- effect ----
    eff_clause = rng.random() < 0.6
    if eff_clause:
        lines += ["", "## 第十二条 其他", f"本合同自{pick(rng, ['双方签字', '甲乙双方签字（盖章）', '双方签字盖章'])}之日起生效。" if rng.random() < 0.7
                  else "本合同经甲乙双方签字（盖章）后生效，一式两份，双方各执一份。"]
        eff = signed
    else:
        lines += ["", "## 第十二条 其他", "本合同一式两份，甲乙双方各执一份，具有同等法律效力。"]
        eff = start
    # ---- signature ----
    lines += ["", "@@SIGNATURE"]
    sl = "签约时间" if bj else pick(rng, ["签约日期", "日期"])
    lines += [f"{lessor.label}（签章）：\t{lessee.label}（签章）：", "委托代理人（签章）：\t委托代理人（签章）：",
              f"联系方式：{zh_phone(rng)}\t联系方式：{zh_phone(rng)}", f"{sl}：{dt(signed)}\t{sl}：{dt(signed)}"]
    if co_owner and rng.random() < 0.5:
        lines += ["", f"房屋共有人（签字）：{co_owner}"]
    b = CBody(total=total, effective=eff, expiry=end)
    _ = broker
    return Filled(lines, zh_truth_c("lease", no, [lessor, lessee], signed, b, lines), lessor.name)


ZH_TECH_KINDS = [  # title, type, (party_a label, party_b label), what, fee cue
    ("技术服务合同", "service", ("委托方（甲方）", "受托方（乙方）"), "技术服务", "技术服务报酬总额"),
    ("技术咨询合同", "service", ("委托方（甲方）", "受托方（乙方）"), "技术咨询", "技术咨询报酬总额"),
    ("技术开发（委托）合同", "service", ("委托方（甲方）", "受托方（乙方）"), "技术开发", "研究开发经费和报酬总额"),
    ("技术转让（技术秘密）合同", "license", ("让与方（甲方）", "受让方（乙方）"), "技术秘密转让", "技术秘密使用费总额"),
    ("技术转让（专利实施许可）合同", "license", ("让与方（甲方）", "受让方（乙方）"), "专利实施许可", "专利实施许可使用费"),
    ("技术许可合同", "license", ("许可方（甲方）", "被许可方（乙方）"), "技术许可", "许可使用费总额"),
]


def zh_tech_table(rng: Rng, want: str = "service") -> Filled:
    """科技部 technology contract: the body speaks of 甲方 / 乙方 only; the parties are named in the
    closing information table (label in the first column, 名称（或姓名） row), and the 签订时间 is a
    table row too; 履行期限 ``A至B`` without 自; fees with (含税) or in a payment schedule."""
    title, ctype, (la, lb), what, cue = pick(rng, [k for k in ZH_TECH_KINDS if k[1] == want])
    city = zh_city(rng)
    dt = zh_dater(rng)
    signed = rand_date(rng)
    pa = zh_make_party(rng, pick(rng, ["company", "company", "institution"]), city)
    pb = zh_make_party(rng, "company")
    while pb.init == pa.init:
        pb = zh_make_party(rng, "company")
    if ctype == "license" and rng.random() < 0.5:
        pa, pb = zh_make_party(rng, pick(rng, ["institution", "company"])), pa  # an institute licenses its know-how
    pa.role, pb.role, pa.label, pb.label = "party_a", "party_b", la, lb
    pa.func, pb.func = la.split("（")[0], lb.split("（")[0]
    proj = pick(rng, PROJECTS) + pick(rng, ["系统", "关键技术", "工艺优化", "平台"])
    no = zh_num(rng, pb.init, "JS", "技", signed, city) if rng.random() < 0.75 else None
    lines = [title, f"== 项目名称：{proj}", ""]
    if no:
        lines.append(f">> 合同编号：{no}")
    lines.append(">> 合同登记编号：□□□□□□□□□□□□□□□□□□")
    lines += ["", f"根据《中华人民共和国民法典》的规定，合同双方就{proj}项目的{what}，经协商一致，签订本合同。", ""]
    total = money_in(rng, 50_000, 2_000_000, 1_000)
    clauses: list[tuple[str, list[str]]] = []
    if ctype == "service":
        clauses.append((f"{what}的内容", [f"乙方为甲方提供{proj}的{what}，具体技术指标及工作量见附件《技术要求》。"]))
    else:
        clauses.append(("项目的名称和内容", [f"甲方将其拥有的{proj}相关技术（{pick(rng, ['专利号', '申请号'])}：ZL{signed.year - int(rng.integers(2, 8))}"
                                     f"{int(rng.integers(1, 3))}{int(rng.integers(10**7, 10**8))}.{int(rng.integers(0, 9))}）许可乙方在{pick(rng, ['中国大陆', city + '市'])}范围内实施。"]))
    mode = int(rng.integers(3))
    if mode == 0:
        money = zc_total(rng, total, cue)
    elif mode == 1:
        money = [f"{cue}按下表分期支付：", *zc_schedule(rng, total)]
    else:
        adv = q2(total * Decimal("0.3"))
        payer = "甲方" if ctype == "service" else "乙方"
        money = [f"{payer}应于本合同生效后十日内支付首付款人民币{fig(adv)}元；" + zc_total(rng, total, cue, forms=(0, 1, 4))[0].rstrip("。") + "，余款于验收合格后支付。"]
    clauses.append((f"{cue[:-2] if cue.endswith('总额') else cue}及支付方式", money))
    tform = pick(rng, ["range_no_zi", "range_no_zi", "weeks", "future", "sign_range"])
    term_l, eff, exp, ft = zc_term(rng, "本合同履行期限", signed, dt, (tform,), months=pick(rng, [6, 12, 24]))
    clauses.append(("履行期限", term_l))
    clauses.append(("验收标准和方式", ["项目完成后，甲方应在十五个工作日内组织验收，验收合格的，双方签署验收证明。"]))
    clauses.append(("争议的解决方法", [f"因本合同发生的争议，双方协商解决；协商不成的，提交{city}仲裁委员会仲裁。"]))
    for i, (h, c) in enumerate(clauses, 1):
        lines += [f"第{zh_cn_number(i)}条 {h}", *c]
    # ---- signature and the information table ----
    lines += ["", "@@SIGNATURE", "甲方（盖章）：\t乙方（盖章）：", "法定代表人／委托代理人：\t法定代表人／委托代理人：", ""]
    dl = pick(rng, ["签订时间", "签约日期", "签订日期"])
    rows = []
    for p in (pa, pb):
        rows += [f"| {p.label} | 名称（或姓名） | {p.name} |", f"| | 法定代表人 | {zh_person(rng)} |",
                 f"| | 委托代理人 | {zh_person(rng)} |", f"| | 住所（通讯地址） | {zh_addr(rng, city_of(p.name, city))} |",
                 f"| | 电话 | {zh_phone(rng)} |"]
        if rng.random() < 0.5:
            rows += [f"| | 开户银行 | {pick(rng, ZH_BANKS)[:-6]}{city}分行 |", f"| | 账号 | {bank_account(rng)} |"]
    if rng.random() < 0.6:
        rows.append(f"| {dl} | {dt(signed)} | 签订地点：{city}市 |")
        date_shown = True
    else:
        date_shown = False
    lines += rows
    if not date_shown:
        lines += ["", f">> {dt(signed)}"]
    b = CBody(total=total, effective=eff, expiry=exp, from_term=ft)
    return Filled(lines, zh_truth_c(ctype, no, [pa, pb], signed, b, lines), pa.name)


def zh_labor_form(rng: Rng) -> Filled:
    """人社部 劳动合同书 form: a cover with 甲方（用人单位）/ 乙方（劳动者）/ 签订日期, then
    ``甲方（用人单位）名称：X`` and ``乙方（劳动者）姓名：Y`` blocks, the chosen term option among blank ones,
    probation, monthly wages (no total), no number or a 编号."""
    city = zh_city(rng)
    dt = zh_dater(rng)
    signed = rand_date(rng)
    emp = zh_make_party(rng, pick(rng, ["company", "company", "company", "institution"]), city)
    wk = zh_person_party(rng)
    emp.role, wk.role = "party_a", "party_b"
    emp.label, wk.label = "甲方（用人单位）", "乙方（劳动者）"
    emp.func, wk.func = "用人单位", "劳动者"
    no = f"{emp.init}-LD-{signed.year}-{int(rng.integers(1, 999)):03d}" if rng.random() < 0.35 else None
    start = signed + days(rng, 0, 10) if rng.random() < 0.7 else signed
    lines = [pick(rng, ["劳 动 合 同 书", "劳动合同书", "劳动合同"])]
    if rng.random() < 0.5:
        lines.append(f"== （{pick(rng, ['通用', '全日制', '固定期限'])}）")
    if no:
        lines.append(f">> 编号：{no}")
    cover = rng.random() < 0.6
    if cover:
        lines += ["", "", f"甲方（用人单位）：{emp.name}", f"乙方（劳动者）：{wk.name}", f"签订日期：{dt(signed)}", "",
                  "== 中华人民共和国人力资源和社会保障部制", "@@PAGEBREAK"]
    lines += ["", f"甲方（用人单位）名称：{emp.name}", f"统一社会信用代码：{uscc(rng, city, '12' if emp.kind == 'institution' else '91')}",
              f"法定代表人（主要负责人）或委托代理人：{zh_person(rng)}", f"注册地址：{zh_addr(rng, city)}",
              f"经营地址：{zh_addr(rng, city)}", f"联系电话：{zh_phone(rng)}", "",
              f"乙方（劳动者）姓名：{wk.name}    性别：{pick(rng, ['男', '女'])}", f"居民身份证号码：{zh_id(rng)}",
              f"户籍地址：{zh_addr(rng)}", f"经常居住地（通讯地址）：{zh_addr(rng, city)}", f"联系电话：{zh_phone(rng)}", "",
              "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规政策规定，甲乙双方遵循合法、公平、平等自愿、"
              "协商一致、诚实信用的原则订立本合同。", "", "## 一、劳动合同期限"]
    opt = pick(rng, ["fixed", "fixed", "fixed", "open", "task"])
    months = pick(rng, [12, 24, 36, 36, 60])
    end = term_end(start, months)
    prob_m = 1 if months < 36 else pick(rng, [3, 6])
    prob_end = term_end(start, prob_m)
    blank = "____年__月__日"
    lines.append(f"第一条 甲乙双方自用工之日起建立劳动关系，双方约定按下列第{ {'fixed': '1', 'open': '2', 'task': '3'}[opt]}种方式确定劳动合同期限：")
    if opt == "fixed":
        lines += [f"1、固定期限：自{dt(start)}起至{dt(end)}止，其中，试用期从{dt(start)}起至{dt(prob_end)}止。",
                  f"2、无固定期限：自{blank}起。其中，试用期从{blank}起至{blank}止。",
                  f"3、以完成一定工作任务为期限：自{blank}起至________工作任务完成时即行终止。"]
        exp = end
    elif opt == "open":
        lines += [f"1、固定期限：自{blank}起至{blank}止，其中，试用期从{blank}起至{blank}止。",
                  f"2、无固定期限：自{dt(start)}起。其中，试用期从{dt(start)}起至{dt(prob_end)}止。",
                  f"3、以完成一定工作任务为期限：自{blank}起至________工作任务完成时即行终止。"]
        exp = None
    else:
        lines += [f"1、固定期限：自{blank}起至{blank}止，其中，试用期从{blank}起至{blank}止。",
                  f"2、无固定期限：自{blank}起。其中，试用期从{blank}起至{blank}止。",
                  f"3、以完成一定工作任务为期限：自{dt(start)}起至{pick(rng, PROJECTS)}项目验收工作任务完成时即行终止。"]
        exp = None
    wage = money_in(rng, 4_000, 30_000, 500)
    lines += ["", "## 二、工作内容和工作地点",
              f"第二条 乙方工作岗位为{pick(rng, ['软件工程师', '销售代表', '会计', '行政专员', '设备维修工', '质检员'])}，工作地点为{city}市。",
              "", "## 四、劳动报酬",
              f"第六条 甲方采用以下第1种方式向乙方以货币形式支付工资，于每月{int(rng.integers(5, 16))}日前足额支付：",
              f"1、月工资{fig(wage)}元。2、计件工资。计件单价为____元。",
              f"乙方在试用期期间的工资为{fig(q2(wage * Decimal('0.8')))}元。", "",
              "## 十、其他",
              "第二十八条 本合同一式两份，甲乙双方各执一份。本合同经甲乙双方签字（盖章）后生效。" if (sign_eff := rng.random() < 0.4) else
              "第二十八条 本合同一式两份，甲乙双方各执一份。"]
    lines += ["", "@@SIGNATURE", "甲方（盖章）\t乙方（签字）", "法定代表人（主要负责人）或委托代理人（签字或盖章）：\t"]
    if not cover or rng.random() < 0.6:
        lines.append(f"签订日期：{dt(signed)}\t签订日期：{dt(signed)}")
    else:
        lines.append("____年__月__日\t____年__月__日")
    b = CBody(effective=signed if sign_eff else start, expiry=exp)
    return Filled(lines, zh_truth_c("employment", no, [emp, wk], signed, b, lines), emp.name)


def zh_bank_loan(rng: Rng) -> Filled:
    """A bank's 借款合同 form: the 借款人 is printed first; with bare labels the bank is party_a, with
    ``借款人（甲方）`` the printed 甲方 wins; 借款金额 ``人民币（大写）……元整（¥……）``; a guarantor and a
    保证合同 number in the text (no party); a drawdown plan without a sum; a term from disbursement
    (no expiry) or a date range."""
    city = zh_city(rng)
    dt = zh_dater(rng)
    signed = rand_date(rng)
    bank = zh_make_party(rng, "bank", city)
    bor = zh_make_party(rng, "company", city)
    bank.func, bor.func = "贷款人", "借款人"
    mode = pick(rng, ["bare", "bare", "jia_borrower", "bank_jia"])
    if mode == "bare":
        bank.role, bor.role, bank.label, bor.label = "party_a", "party_b", "贷款人", "借款人"
        order = [bor, bank]
    elif mode == "jia_borrower":
        bor.role, bank.role, bor.label, bank.label = "party_a", "party_b", "借款人（甲方）", "贷款人（乙方）"
        order = [bor, bank]
    else:
        bank.role, bor.role, bank.label, bor.label = "party_a", "party_b", "甲方（贷款人）", "乙方（借款人）"
        order = [bank, bor]
    bshort = bank.name[2:4] if bank.name.startswith("中国") else bank.name[:2]
    y, seq = signed.year, int(rng.integers(1, 9999))
    no = pick(rng, [f"{int(rng.integers(10**9, 10**10))}-{y}年（{pick(rng, ZH_CITIES[city])[:2]}）字{seq:05d}号",
                    f"{bshort}{city}{y}流贷字第{seq:04d}号", f"{y}年{bshort}借字第{seq:03d}号", f"YH{y}LD{seq:06d}"])
    title = pick(rng, ["流动资金借款合同", "人民币流动资金借款合同", "固定资产借款合同", "借款合同", "小企业借款合同"])
    lines = [title, f">> 合同编号：{no}", ""]
    for p in order:
        lines.append(f"{p.label}：{p.name}")
        if p is bank:
            lines += [f"负责人：{zh_person(rng)}", f"住所：{zh_addr(rng, city)}"]
        else:
            lines += [f"法定代表人：{zh_person(rng)}", f"住所：{zh_addr(rng, city)}", f"统一社会信用代码：{uscc(rng, city)}"]
            if rng.random() < 0.5:
                lines.append(f"开户银行：{bank.name}    账号：{bank_account(rng)}")
        lines.append(f"联系电话：{zh_phone(rng)}")
        lines.append("")
    rb, rl = bor.label.split("（")[0] if mode != "bank_jia" else "乙方", bank.label.split("（")[0] if mode != "bank_jia" else "甲方"
    if mode == "jia_borrower":
        rb, rl = "甲方", "乙方"
    lines.append(f"{rb}因生产经营需要，向{rl}申请借款，{rl}同意发放。为明确双方权利义务，根据有关法律法规，双方经协商一致，订立本合同。")
    total = money_in(rng, 500_000, 50_000_000, 10_000)
    up = zh_upper(total)
    amt = pick(rng, [f"第一条 借款金额：人民币（大写）{up}（¥{fig(total)}）。",
                     f"第一条 借款币种及金额：人民币，金额（大写）{up}，（小写）¥{fig(total)}元。",
                     f"第一条 借款金额为人民币{wan(total)}万元（大写：人民币{up}）。" if total % 10000 == 0 else
                     f"第一条 借款金额：人民币（大写）{up}（¥{fig(total)}）。"])
    lines += ["", amt, f"第二条 借款用途：{pick(rng, ['日常经营周转', '采购原材料', '支付货款', '购置生产设备'])}。未经{rl}书面同意，{rb}不得改变借款用途。"]
    months = pick(rng, [6, 12, 12, 24, 36])
    start = signed + days(rng, 0, 15)
    tf = int(rng.integers(3))
    if tf == 0:
        lines.append(f"第三条 借款期限：本合同项下借款期限为{months}个月，自实际提款日起算；分次提款的，自首次提款日起算。借款实际发放日和到期日以借款借据为准。")
        exp = None
    elif tf == 1:
        exp = term_end(start, months)
        lines.append(f"第三条 借款期限：自{dt(start)}起至{dt(exp)}止。")
    else:
        exp = term_end(start, months)
        lines.append(f"第三条 借款期限为{zh_term_words(months, rng)}，自{dt(start)}至{dt(exp)}。")
    if rng.random() < 0.4:
        a = q2(total * Decimal(pick(rng, ["0.4", "0.5", "0.6"])))
        lines += ["提款计划：", "| 提款日期 | 提款金额（元） |", f"| {dt(start)} | {fig(a)} |",
                  f"| {dt(start + days(rng, 20, 90))} | {fig(total - a)} |"]
    lines.append(f"第四条 借款利率：本合同项下借款利率为定价基准利率加{int(rng.integers(10, 150))}个基点（1个基点=0.01%），定价基准为贷款发放前一个工作日公布的一年期LPR。"
                 f"逾期罚息利率为借款利率上浮50%。")
    if rng.random() < 0.7:
        g = zh_make_party(rng, "company")
        while g.name in (bor.name, bank.name):
            g = zh_make_party(rng, "company")
        lines.append(f"第五条 担保：本合同项下借款的担保方式为连带责任保证，保证人为{g.name}，由保证人与{rl}另行签订《保证合同》"
                     f"（编号：{no[:-1] + '保' if no.endswith('号') else no + '-BZ'}）。")
    lines.append(f"第六条 还款方式：{pick(rng, ['按月付息，到期一次性还本', '按季付息，分期还本', '等额本息'])}。")
    eff = signed
    lines.append(pick(rng, [f"第十条 本合同自{rb}法定代表人或授权代理人签字并加盖公章、{rl}负责人或授权代理人签字并加盖公章之日起生效。",
                            "第十条 本合同自双方签字盖章之日起生效，至本合同项下借款本息及相关费用全部清偿之日终止。"]))
    lines += ["", "@@SIGNATURE"]
    l1, l2 = order
    lines += [f"{l1.label.split('（')[0]}（公章）：\t{l2.label.split('（')[0]}（公章）：",
              f"{'负责人' if l1 is bank else '法定代表人'}或授权代理人（签字）：\t{'负责人' if l2 is bank else '法定代表人'}或授权代理人（签字）："]
    if rng.random() < 0.5:
        lines.append(f"日期：{dt(signed)}\t日期：{dt(signed)}")
        lines.append(f"签订地点：{city}市{pick(rng, ZH_CITIES[city])}")
    else:
        lines.append(f"签订日期：{dt(signed)}    签订地点：{city}市")
    b = CBody(total=total, effective=eff, expiry=exp)
    return Filled(lines, zh_truth_c("loan", no, [bank if bank.role == "party_a" else bor, bor if bank.role == "party_a" else bank], signed, b, lines),
                  bank.name)


GOV_SERVICES = ["物业管理服务", "保洁服务", "安保服务", "食堂餐饮服务", "信息系统运维服务", "档案整理服务"]


def zh_gov_proc(rng: Rng, want: str = "purchase") -> Filled:
    """政府采购合同: 采购人 an authority or hospital, 供应商 a company; labels with or without 甲/乙
    (bare labels: the supplier of goods is party_a, the 采购人 of services is), prose without quotes
    (``以下简称甲方``); 项目编号 / 中标通知书 numbers, 预算金额 and 履约保证金 beside the total, an
    agent's signature line that is no party."""
    city = zh_city(rng)
    dt = zh_dater(rng)
    signed = rand_date(rng)
    goods = want == "purchase"
    buyer = zh_make_party(rng, pick(rng, ["institution", "institution", "company"]), city)
    sup = zh_make_party(rng, "company")
    while sup.init == buyer.init:
        sup = zh_make_party(rng, "company")
    buyer.func, sup.func = "采购人", "供应商"
    mode = pick(rng, ["lab_jia", "jia_lab", "prose", "bare", "table"])
    if mode == "bare":
        (sup if goods else buyer).role = "party_a"
        (buyer if goods else sup).role = "party_b"
        buyer.label, sup.label = "采购人", "供应商"
    else:
        buyer.role, sup.role = "party_a", "party_b"
        buyer.label, sup.label = ("甲方（采购人）", "乙方（供应商）") if mode == "jia_lab" else ("采购人（甲方）", "供应商（乙方）")
    ctype = "purchase" if goods else "service"
    svc = pick(rng, GOV_SERVICES)
    proj = f"{buyer.name[:-2] if buyer.name.endswith('分公司') else buyer.name}{pick(rng, ['办公设备', '医疗设备', '信息化设备', '教学设备']) + '采购项目' if goods else svc + '项目'}"
    pno = f"{CITY_PROV.get(city, '沪')}财采〔{signed.year}〕{int(rng.integers(1, 999)):03d}号" if rng.random() < 0.5 else \
        f"{CITY_CODE.get(city, '310115')[:4]}{signed.year}{pick(rng, ['GK', 'CS', 'TP'])}{int(rng.integers(1, 9999)):04d}"
    no = f"{pno[:4]}-HT-{signed.year}-{int(rng.integers(1, 999)):03d}" if rng.random() < 0.7 else None
    title = pick(rng, ["政府采购合同", f"{city}市政府采购合同", "政府采购合同（货物类）" if goods else "政府采购合同（服务类）", "合同书", "采购合同"])
    lines = [title]
    if title in ("合同书", "采购合同") and rng.random() < 0.6:
        lines.append(f"== （{'货物' if goods else '服务'}类）")
    lines += ["", f"项目名称：{proj}", f"{pick(rng, ['项目编号', '采购编号', '采购项目编号'])}：{pno}"]
    if no:
        lines.append(f"合同编号：{no}")
    lines.append("")
    how = pick(rng, ["公开招标", "竞争性磋商", "竞争性谈判", "询价"])
    if mode == "prose":
        lines.append(f"根据{proj}（{'项目编号' if rng.random() < 0.5 else '采购编号'}：{pno}）的{how}结果及中标（成交）通知书，采购人{buyer.name}"
                     f"（以下简称甲方）与中标供应商{sup.name}（以下简称乙方），经平等协商，签订本合同。")
        buyer.label, sup.label = "甲方", "乙方"
    elif mode == "table":
        lines += [f"| {buyer.label} | {buyer.name} | {sup.label} | {sup.name} |",
                  f"| 地址 | {zh_addr(rng, city)} | 地址 | {zh_addr(rng)} |",
                  f"| 联系人 | {zh_person(rng)} | 联系人 | {zh_person(rng)} |", ""]
    else:
        for p in (buyer, sup):
            lines += [f"{p.label}：{p.name}", f"地址：{zh_addr(rng, city_of(p.name, city))}", f"联系人：{zh_person(rng)}    电话：{zh_phone(rng)}", ""]
        lines.append(f"根据{how}结果，经双方协商一致，签订本合同。")
    ra = "甲方" if mode != "bare" else "采购人"
    rb = "乙方" if mode != "bare" else "供应商"
    if goods:
        rows, total = zc_goods(rng)
        lines += ["", "## 一、合同标的", *rows]
    else:
        total = money_in(rng, 100_000, 5_000_000, 100)
        lines += ["", "## 一、服务内容", f"{rb}为{ra}提供{svc}，服务范围、人员配置及考核标准详见招标文件及{rb}投标文件。"]
    budget = q2(total * Decimal(pick(rng, ["1.05", "1.12", "1.2", "1.3"])))
    bond = q2(total * Decimal("0.05"))
    lines += ["", "## 二、合同金额"]
    if rng.random() < 0.35 and not goods:
        lines += [f"本项目预算金额为人民币{fig(budget)}元。合同金额按下表分期支付：", *zc_schedule(rng, total)]
    else:
        lines += zc_total(rng, total, pick(rng, ["合同总价", "合同金额", "中标金额"]))
        lines.append(f"本项目预算金额为人民币{fig(budget)}元，最高限价为人民币{fig(budget)}元。" if rng.random() < 0.5 else
                     f"{rb}应于合同签订前向{ra}提交履约保证金人民币{fig(bond)}元（合同金额的5%）。")
    if goods:
        lines += ["", "## 三、交货", f"交货期：合同签订之日起{pick(rng, ['三十', '四十五', '六十'])}日内；交货地点：{ra}指定地点。"]
        eff_l, eff, exp, ft = zc_term(rng, "", signed, dt, ("open",))
        lines += ["", "## 四、合同生效", *eff_l]
    else:
        tl, eff, exp, ft = zc_term(rng, "服务期限", signed, dt, ("range_no_zi", "range", "future", "sign_range", "weeks"), months=12)
        lines += ["", "## 三、服务期限", *tl]
    lines += ["", "@@SIGNATURE"]
    lines.append(f"{'甲方' if mode != 'bare' else '采购人'}（盖章）：{buyer.name if rng.random() < 0.5 else ''}\t"
                 f"{'乙方' if mode != 'bare' else '供应商'}（盖章）：{sup.name if rng.random() < 0.5 else ''}")
    lines.append("法定代表人或授权代表：\t法定代表人或授权代表：")
    lines.append(f"签订日期：{dt(signed)}\t签订日期：{dt(signed)}" if rng.random() < 0.6 else f"签订日期：{dt(signed)}    签订地点：{city}市")
    if rng.random() < 0.4:
        lines += ["", f"采购代理机构（盖章）：{city}{pick(rng, list(BRAND_EN))}招标代理有限公司", f"日期：{dt(signed)}"]
    b = CBody(total=total, effective=eff, expiry=exp, from_term=ft)
    parties = sorted([buyer, sup], key=lambda p: p.role)
    return Filled(lines, zh_truth_c(ctype, no, parties, signed, b, lines), buyer.name)


# ---- kinds of body for the generic Chinese skeletons --------------------------------------------
@dataclass
class CKind:
    ctype: str
    funcs: list[tuple[str, str]]      # functional roles of (party_a, party_b) by the conventions
    titles: list[str]
    subtitle: str                     # the type named in brackets after 合同书 / in a subtitle
    a_kind: str = "company"
    b_kind: str = "company"
    buyer_first: float = 0.0          # probability that party_b (by function) is printed first


CKINDS: dict[str, CKind] = {
    "goods": CKind("sales", [("卖方", "买方"), ("供方", "需方"), ("出卖人", "买受人"), ("销售方", "购买方")],
                   ["买卖合同", "产品购销合同", "合同书", "协议书", "合作协议"], "设备买卖", buyer_first=0.25),
    "buy": CKind("purchase", [("供货方", "采购方"), ("卖方", "买方"), ("供应商", "采购方")],
                 ["采购合同", "物资采购合同", "合同书", "订货合同"], "采购", buyer_first=0.7),
    "svc": CKind("service", [("委托方", "服务方"), ("委托方", "受托方"), ("客户", "服务商")],
                 ["服务合同", "技术服务合同", "合同书", "委托合同", "合作协议"], "技术服务"),
    "rent": CKind("lease", [("出租方", "承租方"), ("出租人", "承租人")],
                  ["租赁合同", "厂房租赁合同", "合同书", "场地合作协议"], "房屋租赁", a_kind="maybe_person", b_kind="maybe_person"),
    "hire": CKind("employment", [("用工单位", "劳务人员"), ("聘用方", "受聘方")], ["劳务合同", "聘用协议", "协议书"], "劳务聘用",
                  b_kind="person"),
    "secret": CKind("nda", [("披露方", "接收方"), ("信息提供方", "信息接收方")], ["保密协议", "协议书", "合作保密协议"], "保密"),
    "lend": CKind("loan", [("出借人", "借款人"), ("出借方", "借款方")], ["借款协议", "协议书", "借款合同"], "借款",
                  a_kind="maybe_person", b_kind="maybe_person"),
    "lic": CKind("license", [("许可方", "被许可方"), ("授权方", "被授权方"), ("商标注册人", "使用人")],
                 ["商标使用许可合同", "许可协议", "合同书"], "商标许可"),
    "frame": CKind("framework", [("供方", "需方"), ("甲方", "乙方")], ["框架协议", "年度采购框架协议", "合作协议"], "框架"),
    "amend": CKind("supplementary", [("甲方", "乙方")], ["补充协议", "补充协议（二）", "变更协议", "协议书"], "原合同变更"),
    "equity": CKind("other", [("转让方", "受让方")], ["股权转让协议", "协议书", "转让协议"], "股权转让", a_kind="maybe_person"),
    "freight": CKind("other", [("托运方", "承运方"), ("托运人", "承运人")], ["运输合同", "货物运输合同", "合同书"], "货物运输"),
}
ZH_KIND_OF = {"sales": ["goods"], "purchase": ["buy"], "service": ["svc"], "lease": ["rent"], "employment": ["hire"],
              "nda": ["secret"], "loan": ["lend"], "license": ["lic"], "framework": ["frame"], "supplementary": ["amend"],
              "other": ["equity", "freight"]}
SHOPS = ["五金店", "便利店", "餐饮店", "建材经营部", "服装店", "汽车维修部", "水果店", "文具店"]
ORIG_TITLES = [("房屋租赁合同", "rent"), ("设备采购合同", "buy"), ("技术服务合同", "svc"), ("产品购销合同", "goods")]


def zc_body(kind: str, rng: Rng, ra: str, rb: str, signed: date, dt: DateFn, city: str, ref: str = "本合同",
            cur: str = "CNY") -> CBody:
    """Clauses, money and term of one kind; ra / rb are the words the body uses for party_a / b."""
    b = CBody(cur=cur)
    c = b.clauses
    if kind in ("goods", "buy"):
        seller, buyer = ra, rb
        rows, total = zc_goods(rng, cur)
        b.total = total
        lead = f"{buyer}向{seller}购买下列货物：" if kind == "buy" else f"{seller}向{buyer}供应下列产品："
        mode = int(rng.integers(3)) if cur == "CNY" else 0
        if mode == 0:
            money = [lead, *rows, *zc_total(rng, total, pick(rng, ["合同总价", "合同总金额", "货款总额"]), cur)]
        elif mode == 1:  # the total only in the payment schedule
            money = [lead, *rows, "货款按下列进度支付：", *zc_schedule(rng, total)]
        else:
            adv = q2(total * Decimal("0.3"))
            money = [lead, *rows, f"{buyer}应于合同签订后五日内支付预付款人民币{fig(adv)}元，"
                     f"余款人民币{fig(total - adv)}元于货到验收合格后十五日内付清。" + zc_total(rng, total, "合同总价", forms=(0, 1, 2, 3, 4))[0]]
        c.append(("标的、数量及价款", money))
        c.append(("交货", [f"交货时间：{dt(signed + days(rng, 7, 60))}前；交货地点：{buyer}指定地点；运费由{seller}承担。"]))
        tl, b.effective, b.expiry, b.from_term = zc_term(rng, "合同有效期", signed, dt, ("open", "open", "sign_term"), ref=ref)
        c.append(("合同生效", tl))
    elif kind == "svc":
        what = pick(rng, ["信息系统运维", "网络安全监测", "数据标注", "设备巡检", "办公楼保洁", "软件实施"])
        c.append(("服务内容", [f"{rb}为{ra}提供{what}服务，服务标准见附件一《服务需求书》。"]))
        mode = int(rng.integers(4))
        if mode == 0:
            b.total = money_in(rng, 30_000, 3_000_000, 100)
            money = zc_total(rng, b.total, pick(rng, ["服务费总额", "合同总价", "合同金额"]))
        elif mode == 1:
            b.total = money_in(rng, 30_000, 3_000_000, 100)
            money = ["服务费按以下计划支付：", *zc_schedule(rng, b.total)]
        elif mode == 2:  # a monthly fee and nothing else: no total
            money = [f"服务费为每月人民币{fig(money_in(rng, 3_000, 90_000, 100))}元（含税），按季度结算；"
                     f"{pick(rng, ['加班服务', '驻场人员'])}按每人每天人民币{int(rng.integers(300, 1500))}元另行计费。"]
        else:  # monthly fee times months, then the stated total
            per = money_in(rng, 3_000, 60_000, 100)
            n = pick(rng, [6, 12, 24])
            b.total = per * n
            money = [f"服务费为人民币{fig(per)}元/月，服务期{n}个月，服务费总计人民币{fig(b.total)}元（含税）。"]
        c.append(("服务费用", money))
        tl, b.effective, b.expiry, b.from_term = zc_term(rng, "服务期限", signed, dt, ("range_no_zi", "range", "weeks", "future", "sign_range"),
                                                         ref=ref)
        c.append(("服务期限", tl))
    elif kind == "rent":
        area = int(rng.integers(80, 5000))
        rent = money_in(rng, 3_000, 200_000, 100)
        c.append(("租赁物", [f"{ra}将坐落于{zh_addr(rng, city)}的{pick(rng, ['厂房', '仓库', '办公用房', '商铺'])}（建筑面积{area}平方米）出租给{rb}使用。"]))
        months = pick(rng, [12, 24, 36, 60])
        tl, b.effective, b.expiry, b.from_term = zc_term(rng, "租赁期限", signed, dt, ("range_no_zi", "range", "future", "sign_range"),
                                                         months=months, start=add_months(signed.replace(day=1), 1), ref=ref)
        c.append(("租赁期限", tl))
        mode = int(rng.integers(3))
        if mode == 0:
            money = [f"租金为每月人民币{fig(rent)}元（{pick(rng, ['含税', '不含物业费'])}），按季度支付，每季度首月五日前付清。",
                     f"{rb}应于本合同签订之日支付押金人民币{fig(rent * 2)}元。"]
        elif mode == 1 and b.from_term is False and b.expiry:
            b.total = rent * months
            money = [f"租金标准为{fig(rent)}元/月，租赁期内租金总额为人民币{fig(b.total)}元（大写：{zh_upper(b.total)}）。"]
        else:
            unit = Decimal(pick(rng, ["1.2", "1.8", "2.5", "3.6", "4.5"]))
            money = [f"租金按建筑面积计算，每平方米每天人民币{unit}元，即每月人民币{fig(q2(unit * area * 365 / 12))}元；"
                     f"租金每年递增{pick(rng, ['3', '5'])}%。"]
        c.append(("租金及支付", money))
    elif kind == "hire":
        pay = money_in(rng, 3_000, 30_000, 100)
        c.append(("工作内容", [f"{rb}按{ra}安排从事{pick(rng, ['技术顾问', '质量检验', '培训讲师', '设备调试'])}工作，双方不建立劳动关系。"]))
        c.append(("劳务报酬", [f"劳务报酬为每月人民币{fig(pay)}元（税前），于次月十日前支付。"]))
        tl, b.effective, b.expiry, b.from_term = zc_term(rng, "聘用期限", signed, dt, ("range_no_zi", "range", "weeks", "sign_term"), ref=ref)
        c.append(("聘用期限", tl))
    elif kind == "secret":
        c.append(("保密信息", [f"{ra}向{rb}披露的技术资料、客户名单、经营信息等，均为保密信息。"]))
        c.append(("违约责任", [f"{rb}违反本协议的，应向{ra}支付违约金人民币{fig(money_in(rng, 50_000, 1_000_000, 10_000))}元。"]))
        tl, b.effective, b.expiry, b.from_term = zc_term(rng, "保密期限", signed, dt, ("sign_term", "future", "range_no_zi"),
                                                         months=pick(rng, [24, 36, 60]), ref=ref)
        c.append(("保密期限", tl))
    elif kind == "lend":
        total = money_in(rng, 20_000, 5_000_000, 1_000)
        b.total = total
        c.append(("借款金额", [pick(rng, [f"{ra}同意出借给{rb}人民币（大写）{zh_upper(total)}（¥{fig(total)}）。",
                                       f"{rb}向{ra}借款人民币{fig(total)}元（大写：{zh_upper(total)}）。"])]))
        c.append(("借款利息", [f"借款年利率为{pick(rng, ['3.45', '4', '6', '8'])}%，利息按月支付；逾期还款的，按日加收万分之五的违约金。"]))
        tl, b.effective, b.expiry, b.from_term = zc_term(rng, "借款期限", signed, dt, ("range_no_zi", "range", "weeks", "sign_range"),
                                                         months=pick(rng, [3, 6, 12]), ref=ref)
        c.append(("借款期限", tl))
    elif kind == "lic":
        mark = pick(rng, ["晨星", "云帆", "青禾", "蓝鲸", "金穗", "悦家"])
        c.append(("许可内容", [f"{ra}许可{rb}在{pick(rng, ['中国大陆', city + '市'])}范围内于{pick(rng, ['食品', '服装', '日用品'])}上使用“{mark}”注册商标"
                               f"（注册号：{int(rng.integers(10**7, 10**8))}）。"]))
        if rng.random() < 0.5:
            b.total = money_in(rng, 50_000, 2_000_000, 1_000)
            money = zc_total(rng, b.total, "商标许可使用费总额", forms=(0, 1, 3, 4))
        else:
            money = [f"许可使用费按{rb}被许可商品年销售额的{pick(rng, ['3', '5', '8'])}%计算，每年最低使用费人民币{fig(money_in(rng, 50_000, 500_000, 10_000))}元。"]
        c.append(("许可使用费", money))
        tl, b.effective, b.expiry, b.from_term = zc_term(rng, "许可期限", signed, dt, ("range_no_zi", "range", "future", "sign_term"),
                                                         months=pick(rng, [12, 24, 36]), ref=ref)
        c.append(("许可期限", tl))
    elif kind == "frame":
        c.append(("合作方式", [f"在本协议有效期内，{rb}根据需要向{ra}发出订单，{ra}按订单供货；每份订单经双方确认后构成独立的买卖合同。"]))
        if rng.random() < 0.4:
            b.total = money_in(rng, 1_000_000, 50_000_000, 100_000)
            c.append(("采购额度", [f"本协议有效期内订单金额累计不超过人民币{fig(b.total)}元（含税）。"]))
        else:
            c.append(("价格", ["各订单的价格以双方届时确认的报价单为准，本协议不约定总金额。"]))
        tl, b.effective, b.expiry, b.from_term = zc_term(rng, "本协议有效期", signed, dt, ("sign_term", "range_no_zi", "future"),
                                                         months=pick(rng, [12, 24, 36]), ref=ref)
        c.append(("协议期限", tl))
    elif kind == "amend":
        otitle, okind = pick(rng, ORIG_TITLES)
        od = signed - days(rng, 90, 700)
        ono = f"HT-{od.year}-{int(rng.integers(1, 999)):03d}"
        c.append(("", [f"{ra}与{rb}于{dt(od)}签订了《{otitle}》（合同编号：{ono}，以下简称“原合同”）。现经双方协商一致，对原合同作如下补充："]))
        if rng.random() < 0.5:
            old = money_in(rng, 100_000, 3_000_000, 100)
            new = q2(old * Decimal(pick(rng, ["1.08", "1.15", "0.92", "1.2"])))
            b.total = new
            c.append(("价款变更", [f"原合同总价人民币{fig(old)}元调整为人民币{fig(new)}元（大写：{zh_upper(new)}）。"]))
            tl, b.effective, b.expiry, b.from_term = zc_term(rng, "", signed, dt, ("open",), ref=ref)
            c.append(("生效", tl))
        else:
            start, m = od + days(rng, 0, 20), pick(rng, [24, 36, 48])
            while term_end(start, m) <= signed + timedelta(days=60):
                m += 12
            new_end = term_end(start, m)
            c.append(("期限变更", [f"原合同期限延长至{dt(new_end)}止，其他条款不变。"]))
            b.expiry = new_end
            b.effective = signed
            c.append(("生效", [f"{ref}自双方签字盖章之日起生效，与原合同具有同等法律效力。"]))
    elif kind == "equity":
        target = zh_make_party(rng, "company", city)
        total = money_in(rng, 200_000, 50_000_000, 10_000)
        b.total = total
        reg = money_in(rng, 1_000_000, 20_000_000, 100_000)
        c.append(("股权转让", [f"{ra}将其持有的{target.name}（注册资本人民币{wan(reg)}万元）{int(rng.integers(5, 60))}%的股权转让给{rb}。",
                               *zc_total(rng, total, "股权转让价款", forms=(1, 4))]))
        b.effective = signed
        c.append(("生效", [f"{ref}自双方签字盖章之日起生效。"]))
    else:  # freight
        c.append(("运输货物", [f"{rb}承运{ra}的{pick(rng, ['钢材', '电子产品', '日用百货'])}，自{city}运至{zh_city(rng)}。"]))
        if rng.random() < 0.5:
            c.append(("运费", [f"运费按每吨公里人民币{pick(rng, ['0.45', '0.6', '0.85'])}元结算，每月结算一次。"]))
        else:
            b.total = money_in(rng, 10_000, 900_000, 100)
            c.append(("运费", zc_total(rng, b.total, "运输费用总计", forms=(0, 1, 2, 4))))
        tl, b.effective, b.expiry, b.from_term = zc_term(rng, "合同期限", signed, dt, ("sign_term", "range_no_zi", "weeks"), ref=ref)
        c.append(("合同期限", tl))
    return b


def zc_clauses(rng: Rng, clauses: list[tuple[str, list[str]]], city: str) -> list[str]:
    clauses = clauses + [("争议解决", [pick(rng, [f"因本合同引起的争议，双方协商解决；协商不成的，提交{city}仲裁委员会仲裁。",
                                                  "因本合同引起的争议，由原告住所地人民法院管辖。"])]),
                         ("其他", [pick(rng, ["本合同一式两份，双方各执一份。", "本合同一式肆份，双方各执贰份。"])])]
    out: list[str] = []
    ns = int(rng.integers(3))
    i = 0
    for h, content in clauses:
        if not h:
            out += content
            continue
        i += 1
        if ns == 0:
            out += [f"## 第{zh_cn_number(i)}条 {h}", *content]
        elif ns == 1:
            out += [f"{zh_cn_number(i)}、{h}", *content]
        else:
            out += [f"{i}. {h}：{content[0]}", *content[1:]]
    return out


def zc_parties(rng: Rng, ck: CKind, city: str, sole: bool = False) -> tuple[Party, Party]:
    pa = zh_make_party(rng, ck.a_kind, city)
    pb = zh_make_party(rng, ck.b_kind)
    while pb.name == pa.name or (pb.init == pa.init and not (pa.person or pb.person)):
        pb = zh_make_party(rng, ck.b_kind)
    if sole:  # a sole proprietor (个体工商户) on one side
        tgt = pb if ck.ctype in ("sales", "service", "license", "framework", "lease") else pa
        d = pick(rng, ZH_CITIES[city])
        owner = zh_person(rng)
        if rng.random() < 0.7:
            shop = Party(f"{city}市{d}{pick(rng, list(BRAND_EN))}{pick(rng, SHOPS)}", kind="sole", init="GT")
        else:
            shop = Party(owner, person=True, kind="sole", init="GT")
        shop.short = owner  # the operator
        if tgt is pb:
            pb = shop
        else:
            pa = shop
    pa.role, pb.role = "party_a", "party_b"
    return pa, pb


def zh_named_after(rng: Rng, kind: str) -> Filled:
    """Generic contracts whose parties are written the unusual ways: the role AFTER the name
    (``X（甲方）``, ``X（以下称甲方）`` under ``立合同人``, ``X（下称“卖方”）``, ``X，以下简称乙方``), bilingual labels
    ``Party A（甲方）：``, a sole proprietor (``X店（个体工商户）`` with its 经营者, or the operator's own name),
    an agent signing for a principal; titles that name the type in a subtitle or in brackets after
    合同书; the signing date in the prose (``于…在…签订``) or in the signature block."""
    ck = CKINDS[kind]
    city = zh_city(rng)
    dt = zh_dater(rng)
    signed0 = rand_date(rng)
    da, db, signed = two_dates(rng, signed0, 0.25)
    hdr = pick(rng, ["after", "lihetong", "xiacheng", "nobracket", "bilabel", "sole", "agent"])
    pa, pb = zc_parties(rng, ck, city, sole=hdr == "sole" or rng.random() < 0.08)
    fa, fb = pick(rng, ck.funcs)
    pa.func, pb.func = fa, fb
    buyer_first = rng.random() < ck.buyer_first
    first, second = (pb, pa) if buyer_first else (pa, pb)
    functional = hdr == "xiacheng" and fa != "甲方"
    if functional:
        ra, rb = fa, fb
        pa.label, pb.label = fa, fb
    else:  # printed 甲方 / 乙方: the first printed is party_a
        first.role, second.role = "party_a", "party_b"
        first.label, second.label = "甲方", "乙方"
        ra, rb = ("甲方", "乙方") if first is pa else ("乙方", "甲方")
    # ---- title ----
    t = pick(rng, ck.titles)
    form = int(rng.integers(4))
    lines: list[str] = []
    if form == 0:
        lines.append(t)
    elif form == 1:
        lines += [pick(rng, ["合同书", "合 同 书", "协议书"]), f"== （{ck.subtitle}）"]
    elif form == 2:
        lines.append(f"{pick(rng, ['合同书', '协议书'])}（{ck.subtitle}）")
    else:
        lines += [t, f"== —— {ck.subtitle}{'合同' if '协议' not in t else '协议'} ——"]
    title = lines[0].replace(" ", "")
    ref = "本协议" if "协议" in title else "本合同"
    code = {"sales": "XS", "purchase": "CG", "service": "FW", "lease": "ZL", "employment": "LW", "nda": "BM", "loan": "JK",
            "license": "XK", "framework": "KJ", "supplementary": "BC", "other": "QT"}[ck.ctype]
    no = zh_num(rng, (first if not first.person else second).init, code, "合", signed, city) if rng.random() < 0.7 else None
    if no:
        lines.append(pick(rng, [f">> 合同编号：{no}", f">> 编号：{no}", f"合同编号：{no}"]))
    lines.append("")
    place = f"{city}市{pick(rng, ZH_CITIES[city])}"
    prose_date = rng.random() < 0.4 and da == db
    # ---- parties ----

    def det(p: Party) -> list[str]:
        if p.kind == "sole":
            return [f"经营者：{p.short}    身份证号码：{zh_id(rng)}", f"经营场所：{zh_addr(rng, city)}"] if p.name != p.short else \
                [f"身份证号码：{zh_id(rng)}", f"经营场所：{zh_addr(rng, city)}"]
        return zh_party_lines(rng, p, rich=False)

    def shown(p: Party) -> str:  # the name as printed in the header
        if p.kind == "sole":
            return f"{p.name}（个体工商户）" if p.name != p.short or rng.random() < 0.5 else p.name
        return p.name

    if hdr == "after":
        for p in (first, second):
            lines += [f"{shown(p)}（{p.label}）", *det(p), ""]
    elif hdr == "lihetong":
        lines.append("立合同人：")
        for p in (first, second):
            lines.append(f"{shown(p)}（以下称{p.label}）")
        lines.append("")
        for p in (first, second):
            lines += [f"{p.label}住所：{zh_addr(rng, city_of(p.name, city))}"]
        lines.append("")
    elif hdr == "xiacheng":
        q = pick(rng, ["“{}”", "\"{}\"", "{}"])
        s = f"{shown(first)}（下称{q.format(first.label)}）与{shown(second)}（下称{q.format(second.label)}）"
        if prose_date:
            lines.append(f"{s}于{dt(signed)}在{place}签订本{'协议' if ref == '本协议' else '合同'}，约定如下：")
        else:
            lines.append(f"{s}，经协商一致，订立本{'协议' if ref == '本协议' else '合同'}。")
        lines.append("")
    elif hdr == "nobracket":
        lines += [f"{shown(first)}，以下简称{first.label}；", f"{shown(second)}，以下简称{second.label}。", ""]
    elif hdr == "bilabel":
        for p, en in ((first, "Party A"), (second, "Party B")):
            lines += [f"{en}（{p.label}）：{shown(p)}", *[x.replace("：", "：", 1) for x in det(p)], ""]
    elif hdr == "sole":
        for p in (first, second):
            if p.kind == "sole" and p.name != p.short and rng.random() < 0.5:
                lines += [f"{p.label}：{p.name}（经营者：{p.short}）", f"经营场所：{zh_addr(rng, city)}", ""]
            else:
                lines += [f"{p.label}：{shown(p)}", *det(p), ""]
    else:  # agent: a party represented by an agent who is no party
        for p in (first, second):
            lines += [f"{p.label}：{shown(p)}", *det(p)[:2]]
            if p is first:
                lines.append(pick(rng, [f"委托代理人：{zh_person(rng)}（{pick(rng, ['上海', '北京', '浙江'])}{pick(rng, ['金诚', '汇业', '明理'])}律师事务所律师）",
                                        f"委托代理人：{city}{pick(rng, list(BRAND_EN))}企业管理咨询有限公司（代为签署本合同）"]))
            lines.append("")
    if hdr != "xiacheng" and prose_date:
        lines.append(f"{ref}由{first.label}、{second.label}双方于{dt(signed)}在{place}签订。")
    elif hdr != "xiacheng":
        lines.append(f"{first.label}、{second.label}双方本着平等互利的原则，经友好协商，达成如下条款：")
    # ---- body ----
    cur = "USD" if kind in ("goods", "buy") and rng.random() < 0.15 else "CNY"  # a Chinese contract priced in US dollars
    body = zc_body(kind, rng, ra, rb, signed, dt, city, ref, cur)
    lines += zc_clauses(rng, body.clauses, city)
    # ---- signature ----
    show_dates = not prose_date or rng.random() < 0.3
    d1, d2 = (da, db) if first is pa else (db, da)
    if hdr == "agent":
        lines += ["", "@@SIGNATURE", f"{first.label}（盖章）：{first.name}\t{second.label}（盖章）：{second.name}",
                  f"委托代理人（签字）：\t{'法定代表人（签字）：' if not second.person else ''}"]
        if show_dates:
            lines.append(f"日期：{dt(d1)}\t日期：{dt(d2)}")
    else:
        names = rng.random() < 0.6
        lines += zc_sign_rows(rng, [(first.label, first.name if names else "", first.person or first.kind == "sole"),
                                    (second.label, second.name if names else "", second.person or second.kind == "sole")],
                              [d1, d2] if show_dates else None, dt, pick(rng, ["日期", "签订日期", "签约日期"]))
    if ref == "本协议":
        lines = [x.replace("本合同", "本协议") for x in lines]
    parties = sorted([pa, pb], key=lambda p: p.role)
    return Filled(lines, zh_truth_c(ck.ctype, no, parties, signed, body, lines), pa.name)


def zh_export(rng: Rng, want: str = "sales") -> Filled:
    """Bilingual 售货合同 SALES CONTRACT / 购货合同 PURCHASE CONTRACT of a PRC trader with a foreign
    counterparty: ``卖方 The Sellers：`` with the Chinese name over the English one (the Chinese name is
    the truth in a Chinese document; a foreign party has its English name only), a USD / EUR total in
    a 总值 Total Value row and in words, insurance at 110% of the invoice value as a distractor."""
    city = pick(rng, [c for c in CITY_EN if c in ZH_CITIES])
    dt = zh_dater(rng)
    signed = rand_date(rng)
    prc, prc_en = bi_company(rng, city)
    jur = pick(rng, ["us", "uk", "de", "sg", "hk"])
    foreign = en_party(rng, jur)
    cur = pick(rng, ["USD", "USD", "USD", "EUR"]) if jur != "de" else "EUR"
    export = want == "sales"
    seller, buyer = (prc, foreign) if export else (foreign, prc)
    seller.role, buyer.role = "party_a", "party_b"
    seller.func = seller.label = "卖方"
    buyer.func = buyer.label = "买方"
    ctype = "sales" if export else "purchase"
    no = f"{prc.init}{signed:%y}{pick(rng, ['EX', 'SC', 'IM', 'PC'])}{int(rng.integers(1, 9999)):04d}"
    lines = [("售 货 合 同" if export else "购 货 合 同") if rng.random() < 0.6 else ("销售合同" if export else "进口合同"),
             f"== {'SALES CONTRACT' if export else 'PURCHASE CONTRACT'}", ""]
    lines.append(f"合同号 Contract No.：{no}\t日期 Date：{dt(signed)}")
    lines.append(f"签约地点 Signed at：{city}, China")
    lines.append("")

    def block(p: Party, lab: str, en_lab: str) -> list[str]:
        if p is prc:
            out = [f"{lab} {en_lab}：{prc.name}", f"{prc_en}" if rng.random() < 0.7 else f"英文名称：{prc_en}",
                   f"地址 Address：{zh_addr(rng, city)}"]
        else:
            out = [f"{lab} {en_lab}：{p.name}", f"地址 Address：{pick(rng, JUR[jur][2])}"]
        out.append(f"电话 Tel：{zh_phone(rng) if p is prc else '+' + str(int(rng.integers(1, 90))) + ' ' + str(int(rng.integers(10**7, 10**8)))}")
        return out + [""]

    lines += block(seller, "卖方", "The Sellers")
    lines += block(buyer, "买方", "The Buyers")
    lines.append("买卖双方同意按下列条款由买方购进、卖方售出下列商品：The Sellers agree to sell and the Buyers agree to buy the "
                 "undermentioned goods on the terms and conditions stated below:")
    items = []
    goods = [("Stainless steel sheet 304", "MT", 1800, 3200), ("LED panel light 60x60", "PCS", 8, 30), ("Servo motor 1.5kW", "SETS", 120, 400),
             ("Cotton yarn 32S", "KGS", 2, 5), ("Hydraulic valve DN25", "PCS", 40, 160)]
    for k in rng.choice(len(goods), size=int(rng.integers(1, 4)), replace=False):
        n, u, lo, hi = goods[int(k)]
        qty = int(rng.integers(1, 60)) * (100 if hi < 100 else 1)
        price = money_in(rng, lo, hi, 1)
        items.append((n, u, qty, price, q2(price * qty)))
    total = sum((it[4] for it in items), Decimal(0))
    sym = "USD" if cur == "USD" else "EUR"
    lines.append("| 品名及规格 Commodity & Specification | 数量 Quantity | 单价 Unit Price | 金额 Amount |")
    lines += [f"| {n} | {q:,} {u} | {sym} {fig(p)} | {sym} {fig(a)} |" for n, u, q, p, a in items]
    tv = pick(rng, ["row", "row", "line"])
    if tv == "row":
        lines.append(f"| 总值 Total Value | | {pick(rng, ['FOB Shanghai', 'CIF Hamburg', 'CFR Singapore', 'FOB Ningbo'])} | {sym} {fig(total)} |")
    else:
        lines.append(f"总值 Total Value：{sym} {fig(total)}（{pick(rng, ['FOB', 'CIF', 'CFR'])}）")
    unit = "US DOLLARS" if cur == "USD" else "EUROS"
    lines.append(f"总值（大写）Total Value in Words：SAY {unit} {en_words_int(int(total)).upper()}"
                 + (f" AND CENTS {en_words_int(int((total - int(total)) * 100)).upper()}" if total != int(total) else "") + " ONLY")
    lines += ["", f"1. 装运期限 Time of Shipment：{dt(signed + days(rng, 20, 90))}前 / before the date above.",
              f"2. 付款条件 Terms of Payment：{pick(rng, ['30%', '20%'])} T/T in advance, balance against copy of B/L.",
              "3. 保险 Insurance：由卖方按发票金额110%投保一切险 To be covered by the Sellers for 110% of the invoice value against All Risks."
              if rng.random() < 0.6 else "3. 保险 Insurance：由买方负责 To be covered by the Buyers.",
              "4. 仲裁 Arbitration：中国国际经济贸易仲裁委员会 CIETAC.", ""]
    lines += ["@@SIGNATURE", "卖方 The Sellers：\t买方 The Buyers：", f"{seller.name}\t{buyer.name}", "（签字盖章 Signature & Stamp）\t（签字 Signature）"]
    b = CBody(total=total, cur=cur, words="")
    return Filled(lines, zh_truth_c(ctype, no, [seller, buyer], signed, b, lines), prc.name)


def zh_sign_only(rng: Rng, kind: str) -> Filled:
    """A short 协议书 whose body speaks of 甲方 / 乙方 (or of functions) and names the parties only in the
    signature block; the signing date ``于二〇二四年…在…签订`` at the start or the end, or only at the foot."""
    ck = CKINDS[kind]
    city = zh_city(rng)
    dt = zh_dater(rng)
    signed = rand_date(rng)
    pa, pb = zc_parties(rng, ck, city, sole=rng.random() < 0.1)
    fa, fb = pick(rng, ck.funcs)
    pa.func, pb.func = fa, fb
    jia = fa == "甲方" or rng.random() < 0.6
    first, second = (pb, pa) if rng.random() < ck.buyer_first else (pa, pb)
    if jia:
        first.role, second.role = "party_a", "party_b"
        first.label, second.label = "甲方", "乙方"
        ra, rb = ("甲方", "乙方") if first is pa else ("乙方", "甲方")
    else:
        pa.label, pb.label = fa, fb
        ra, rb = fa, fb
    title = pick(rng, ck.titles)
    ref = "本协议" if "协议" in title else "本合同"
    lines = [title]
    no = zh_num(rng, (first if not first.person else second).init, "XY", "协", signed, city) if rng.random() < 0.4 else None
    if no:
        lines.append(f">> {pick(rng, ['编号', '协议编号', 'NO.'])}：{no}")
    lines.append("")
    place = f"{city}市{pick(rng, ZH_CITIES[city])}"
    where = pick(rng, ["start", "end", "foot", "foot"])
    if where == "start":
        lines.append(f"{first.label}与{second.label}于{dt(signed)}在{place}就{ck.subtitle}事宜经友好协商，签订{ref}如下：")
    else:
        lines.append(f"{first.label}、{second.label}双方经友好协商，就{ck.subtitle}事宜达成如下协议：")
    body = zc_body(kind, rng, ra, rb, signed, dt, city, ref)
    lines += zc_clauses(rng, body.clauses, city)
    if where == "end":
        lines.append(f"{ref}于{dt(signed)}在{place}签订。")
    lines += ["", "@@SIGNATURE"]
    seal = {True: "（签字）", False: "（盖章）"}
    if rng.random() < 0.5:
        lines.append(f"{first.label}{seal[first.person or first.kind == 'sole']}：{first.name}\t{second.label}{seal[second.person or second.kind == 'sole']}：{second.name}")
        lines.append("代表人：\t代表人：")
        if where == "foot":
            lines.append(f"{dt(signed)}\t{dt(signed)}")
    else:
        for p in (first, second):
            lines.append(f"{p.label}：{p.name}{seal[p.person or p.kind == 'sole']}")
            lines.append("")
        if where == "foot":
            lines.append(f">> {dt(signed)}")
    if ref == "本协议":
        lines = [x.replace("本合同", "本协议") for x in lines]
    return Filled(lines, zh_truth_c(ck.ctype, no, sorted([pa, pb], key=lambda p: p.role), signed, body, lines), pa.name)


def zh_keyterms(rng: Rng, kind: str) -> Filled:
    """A contract opening with a key-terms table (合同要素表): parties, 签约日期, 合同金额 (figures,
    "见付款计划表" with the total only in the schedule's sum row, or a monthly rate) and 合同期限 as
    table rows, then general terms; the signature block carries no date."""
    ck = CKINDS[kind]
    city = zh_city(rng)
    dt = zh_dater(rng)
    signed = rand_date(rng)
    pa, pb = zc_parties(rng, ck, city)
    fa, fb = pick(rng, [f for f in ck.funcs if f[0] != "甲方"] or ck.funcs)
    pa.func, pb.func = fa, fb
    jia = rng.random() < 0.5
    first, second = (pb, pa) if rng.random() < ck.buyer_first else (pa, pb)
    if jia:
        first.role, second.role = "party_a", "party_b"
        first.label, second.label = f"{first.func}（甲方）", f"{second.func}（乙方）"
        ra, rb = ("甲方", "乙方") if first is pa else ("乙方", "甲方")
    else:
        pa.label, pb.label = fa, fb
        ra, rb = fa, fb
    title = pick(rng, ck.titles)
    ref = "本协议" if "协议" in title else "本合同"
    no = zh_num(rng, first.init if not first.person else second.init, "HT", "合", signed, city) if rng.random() < 0.8 else None
    body = zc_body(kind, rng, ra, rb, signed, dt, city, ref)
    # ---- key terms table ----
    lines = [title, "", "## 合同要素表" if rng.random() < 0.5 else "== 第一部分 合同要素", ""]
    rows = []
    if no:
        rows.append(f"| 合同编号 | {no} |")
    rows += [f"| {first.label} | {first.name} |", f"| {second.label} | {second.name} |",
             f"| {pick(rng, ['签约日期', '签订日期', '签署日期'])} | {dt(signed)} |", f"| 签约地点 | {city}市 |"]
    money_in_table = body.total is not None and rng.random() < 0.5
    if money_in_table:
        rows.append(f"| 合同金额 | {pick(rng, [f'人民币{fig(body.total)}元（含税）', f'¥{fig(body.total)}（大写：{zh_upper(body.total)}）'])} |")  # type: ignore[arg-type]
    elif body.total is None:
        rows.append("| 合同金额 | 按实结算 |")
    if body.expiry and body.effective and not body.from_term:
        rows.append(f"| 合同期限 | {dt(body.effective)}至{dt(body.expiry)} |")
    lines += rows + ["", "== 第二部分 通用条款", ""]
    if money_in_table:  # the money clause repeats the total: keep the rates only
        pass
    lines += zc_clauses(rng, body.clauses, city)
    lines += ["", "@@SIGNATURE", f"{first.label.split('（')[0]}（盖章）：\t{second.label.split('（')[0]}（{'签字' if second.person else '盖章'}）：",
              "授权代表：\t授权代表："]
    if ref == "本协议":
        lines = [x.replace("本合同", "本协议") for x in lines]
    return Filled(lines, zh_truth_c(ck.ctype, no, sorted([pa, pb], key=lambda p: p.role), signed, body, lines), pa.name)


# ================================================================================================
# English: kinds, money and terms
# ================================================================================================
@dataclass
class EKind:
    ctype: str
    funcs: list[tuple[str, str]]     # defined terms of (party_a, party_b) by the conventions
    titles: list[str]
    b_person: float = 0.0
    a_person: float = 0.0
    b_first: float = 0.0             # probability that party_b is named first


EKINDS: dict[str, EKind] = {
    "goods": EKind("sales", [("Seller", "Buyer"), ("Vendor", "Purchaser"), ("Supplier", "Customer")],
                   ["SALE AGREEMENT", "AGREEMENT FOR SALE", "CONTRACT FOR THE SALE OF GOODS", "AGREEMENT"], b_first=0.2),
    "buy": EKind("purchase", [("Supplier", "Purchaser"), ("Vendor", "Buyer"), ("Contractor", "Purchaser")],
                 ["PURCHASE AGREEMENT", "PROCUREMENT CONTRACT", "CONTRACT", "GOODS PURCHASE CONTRACT"], b_first=0.7),
    "svc": EKind("service", [("Client", "Consultant"), ("Customer", "Service Provider"), ("Client", "Contractor")],
                 ["CONSULTANCY AGREEMENT", "SERVICES AGREEMENT", "AGREEMENT", "CONTRACT FOR SERVICES"], b_person=0.15),
    "rent": EKind("lease", [("Landlord", "Tenant"), ("Lessor", "Lessee")],
                  ["LEASE", "TENANCY AGREEMENT", "AGREEMENT", "UNDERLEASE"], a_person=0.2, b_person=0.2),
    "emp": EKind("employment", [("Employer", "Employee"), ("Company", "Employee")],
                 ["CONTRACT OF EMPLOYMENT", "EMPLOYMENT CONTRACT", "AGREEMENT"], b_person=1.0),
    "nda": EKind("nda", [("Disclosing Party", "Recipient"), ("Discloser", "Recipient"), ("", "")],
                 ["CONFIDENTIALITY AGREEMENT", "NON-DISCLOSURE AGREEMENT", "AGREEMENT"]),
    "loan": EKind("loan", [("Lender", "Borrower")], ["LOAN AGREEMENT", "FACILITY AGREEMENT", "AGREEMENT"], b_person=0.15, a_person=0.1),
    "lic": EKind("license", [("Licensor", "Licensee")], ["LICENCE AGREEMENT", "LICENSE AGREEMENT", "AGREEMENT"]),
    "frame": EKind("framework", [("Client", "Contractor"), ("Authority", "Supplier"), ("Customer", "Service Provider")],
                   ["FRAMEWORK AGREEMENT", "MASTER SERVICES AGREEMENT", "AGREEMENT"]),
    "amend": EKind("supplementary", [], ["AMENDMENT AGREEMENT", "VARIATION AGREEMENT", "ADDENDUM", "AGREEMENT"]),
    "settle": EKind("other", [("Claimant", "Respondent"), ("", "")], ["SETTLEMENT AGREEMENT", "AGREEMENT", "DEED OF SETTLEMENT"]),
    "guar": EKind("other", [("Lender", "Borrower")], ["GUARANTEE", "DEED OF GUARANTEE"]),
}
EN_KIND_OF = {"sales": ["goods"], "purchase": ["buy"], "service": ["svc"], "lease": ["rent"], "employment": ["emp"], "nda": ["nda"],
              "loan": ["loan"], "license": ["lic"], "framework": ["frame"], "supplementary": ["amend"], "other": ["settle", "guar"]}
EN_ORIG = [("SERVICES AGREEMENT", ("Customer", "Supplier"), "svc"), ("LEASE", ("Landlord", "Tenant"), "rent"),
           ("SUPPLY AGREEMENT", ("Supplier", "Customer"), "goods"), ("LICENCE AGREEMENT", ("Licensor", "Licensee"), "lic")]
EN_GOODS = [("Conveyor line spares", 40, 900), ("Laboratory centrifuge", 3_000, 18_000), ("Industrial printer", 2_000, 9_000),
            ("Solar inverter 50kW", 4_000, 12_000), ("Forklift battery", 900, 4_000), ("Network switch 48-port", 800, 5_000)]
EN_WORDS_NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def en_num(n: int) -> str:
    return f"{en_words_int(n)} ({n})"


def en_tax_name(cur: str) -> tuple[str, int]:
    return {"GBP": ("VAT", 20), "EUR": ("VAT", 19), "SGD": ("GST", 9), "USD": ("sales tax", 8), "HKD": ("", 0), "CNY": ("VAT", 13)}[cur]


def en_total_lines(rng: Rng, v: Decimal, cur: str, cue: str, forms: tuple[int, ...] = (0, 1, 2, 3)) -> list[str]:
    """The total as English drafting prints it; every form states the same total ``v``."""
    tax, rate = en_tax_name(cur)
    f = pick(rng, list(forms))
    if f == 1 and not rate:
        f = 0
    if f == 0:
        return [f"{cue} is {en_amt(rng, v, cur, 0.5)}."]
    if f == 1:  # exclusive + tax + inclusive in prose
        net = q2(v / (1 + Decimal(rate) / 100))
        return [f"The Charges are {en_amt(rng, net, cur, 0)} exclusive of {tax}. {tax[0].upper() + tax[1:]} at {rate}% amounts to "
                f"{en_amt(rng, v - net, cur, 0)}, giving a total of {en_amt(rng, v, cur, 0)} inclusive of {tax}."]
    if f == 2:  # payment schedule, the total only in its sum row
        s = pick(rng, [("0.3", "0.5"), ("0.25", "0.5"), ("0.4", "0.4")])
        a, b, c = split3(v, s)
        sym = pick(rng, [f"{cur} ", ""])
        return ["The Price shall be paid in instalments as follows:", f"| Milestone | Due | Amount ({cur}) |",
                f"| 1. Signature | on the date of this Agreement | {sym}{fig(a)} |",
                f"| 2. {pick(rng, ['Delivery', 'Go-live', 'Interim report'])} | within 30 days of invoice | {sym}{fig(b)} |",
                f"| 3. {pick(rng, ['Acceptance', 'Final report', 'End of warranty'])} | within 30 days of invoice | {sym}{fig(c)} |",
                f"| Total | | {sym}{fig(v)} |"]
    # words first, figures after
    w = en_words_cur(v, cur)
    return [f"{cue} shall be the sum of {w[0].upper() + w[1:]} ({pick(rng, [f'{cur} ', ''])}{fig(v)})" + pick(rng, [".", ", inclusive of all taxes."])]


def en_term_c(rng: Rng, signed: date, dt: DateFn, forms: tuple[str, ...], months: int | None = None, start: date | None = None,
              what: str = "this Agreement") -> tuple[list[str], date | None, date | None, bool]:
    start = start or signed + days(rng, 0, 20)
    months = months or pick(rng, [6, 12, 12, 24, 36])
    end = term_end(start, months)
    k, unit = (months // 12, "year") if months % 12 == 0 and rng.random() < 0.6 else (months, "month")
    nw = f"{en_num(k)} {unit}{'s' if k > 1 else ''}"
    W = what[0].upper() + what[1:]
    form = pick(rng, list(forms))
    if form == "weeks":
        w = pick(rng, [4, 6, 8, 10, 12, 16, 26])
        if rng.random() < 0.5:
            return [f"The Services shall be performed over a period of {en_num(w)} weeks commencing on {dt(start)}."], start, weeks_end(start, w), True
        return [f"{W} shall take effect on the date of signature and the {pick(rng, ['Term', 'Assignment'])} shall run for {w} weeks from {dt(start)}."], \
            signed, weeks_end(start, w), True
    if form == "future":
        fut = signed + days(rng, 5, 75)
        if rng.random() < 0.5:
            return [f"{W} shall come into force on {dt(fut)} (the \"Effective Date\") and shall continue for {nw}."], fut, term_end(fut, months), True
        return [f"Although signed on the date below, {what} shall take effect on {dt(fut)} and shall expire on {dt(term_end(fut, months))}."], \
            fut, term_end(fut, months), False
    if form == "range":
        return [pick(rng, [f"The Term runs from and including {dt(start)} to and including {dt(end)}.",
                           f"{W} shall commence on {dt(start)} and end on {dt(end)}."])], start, end, False
    if form == "sign_term":
        return [f"{W} takes effect on the date on which it is signed and continues for {nw}."], signed, term_end(signed, months), True
    return [f"{W} takes effect on signature and continues until all obligations under it have been performed."], signed, None, False


def en_cbody(kind: str, rng: Rng, ka: str, kb: str, signed: date, dt: DateFn, cur: str, jur: str, what: str = "this Agreement",
             bilingual: bool = False, bare: bool = False) -> CBody:
    """Clauses, money and term of one kind; ka / kb are the defined terms of party_a / party_b (short
    names used as they are when ``bare``)."""
    b = CBody(cur=cur)
    c = b.clauses
    A, B = (f"the {ka}" if ka else "the first party"), (f"the {kb}" if kb else "the second party")
    if bare:
        A, B = ka, kb
    if kind in ("goods", "buy"):
        items = []
        for k in rng.choice(len(EN_GOODS), size=int(rng.integers(1, 4)), replace=False):
            n, lo, hi = EN_GOODS[int(k)]
            q = int(rng.integers(1, 40))
            p = money_in(rng, lo, hi, 10)
            items.append((n, q, p, q2(p * q)))
        b.total = sum((it[3] for it in items), Decimal(0))
        rows = [f"| Item | Qty | Unit price ({cur}) | Amount ({cur}) |"] + [f"| {n} | {q} | {fig(p)} | {fig(a)} |" for n, q, p, a in items]
        cue = "Total Contract Price 合同总价" if bilingual else pick(rng, ["The total price", "The Contract Price", "The aggregate price"])
        c.append(("Goods and Price", [f"{A} shall sell and {B} shall buy the following goods:" if kind == "goods" else
                                      f"{B} agrees to purchase from {A} the following goods:", *rows,
                                      *en_total_lines(rng, b.total, cur, cue)]))
        c.append(("Delivery", [f"Delivery shall be made {pick(rng, ['DAP', 'FCA', 'EXW'])} by {dt(signed + days(rng, 10, 60))}."]))
        tl, b.effective, b.expiry, b.from_term = en_term_c(rng, signed, dt, ("open", "open", "sign_term"), what=what)
        c.append(("Commencement", tl))
    elif kind == "svc":
        c.append(("Services", [f"{B} shall provide {pick(rng, ['IT support', 'market research', 'engineering design', 'data migration', 'training'])} "
                               f"services to {A} as described in Schedule 1 (the \"Services\")."]))
        mode = int(rng.integers(3))
        if mode < 2:
            b.total = money_in(rng, 5_000, 900_000, 50)
            money = en_total_lines(rng, b.total, cur, "Total Contract Price 合同总价" if bilingual else "The total fee for the Services",
                                   forms=(0, 1, 2, 3) if mode == 0 else (2,))
        else:  # rates only: no total
            money = [f"{A} shall pay a day rate of {en_amt(rng, money_in(rng, 300, 2_000, 50), cur, 0)} per consultant day, "
                     f"invoiced monthly in arrears, plus reasonable expenses."]
        c.append(("Fees", money))
        tl, b.effective, b.expiry, b.from_term = en_term_c(rng, signed, dt, ("weeks", "weeks", "future", "range", "sign_term"), what=what)
        c.append(("Term", tl))
    elif kind == "rent":
        rent = money_in(rng, 1_000, 90_000, 50)
        months = pick(rng, [12, 24, 36, 60])
        start = signed + days(rng, 0, 30)
        c.append(("Premises", [f"{A} lets to {B} the premises known as {pick(rng, ['Unit 4', 'Third Floor', 'Warehouse 2', 'Ground Floor'])}, "
                               f"{pick(rng, JUR[jur][2])} (the \"Premises\")."]))
        tl, b.effective, b.expiry, b.from_term = en_term_c(rng, signed, dt, ("range", "future", "sign_term"), months=months, start=start,
                                                           what=what)
        c.append(("Term", tl))
        if rng.random() < 0.4 and not b.from_term:
            total = rent * months
            b.total = total
            money = [f"The rent is {en_amt(rng, rent, cur, 0)} per calendar month, being {en_amt(rng, total, cur, 0.4)} in total for the Term, "
                     "payable monthly in advance."]
        else:
            money = [f"The rent is {en_amt(rng, rent, cur, 0.3)} per {pick(rng, ['calendar month', 'month'])}, payable in advance on the first day "
                     f"of each month, plus a deposit of {en_amt(rng, rent * 2, cur, 0)}."]
        c.append(("Rent", money))
    elif kind == "emp":
        sal = money_in(rng, 24_000, 180_000, 500)
        c.append(("Job title", [f"You are employed as {pick(rng, ['Senior Analyst', 'Project Manager', 'Sales Executive', 'Software Engineer'])}."]))
        c.append(("Salary", [f"Your salary is {en_amt(rng, sal, cur, 0)} per annum, paid monthly in arrears."]))
        start = signed + days(rng, 0, 30)
        if rng.random() < 0.5:
            c.append(("Start date", [f"Your employment starts on {dt(start)} and continues until terminated by either party on "
                                     f"{pick(rng, ['one', 'three'])} months' notice."]))
            b.effective, b.expiry = start, None
        else:
            n = pick(rng, [6, 12, 18, 24])
            end = term_end(start, n)
            c.append(("Term", [f"This is a fixed-term contract starting on {dt(start)} and ending on {dt(end)}."]))
            b.effective, b.expiry = start, end
    elif kind == "nda":
        c.append(("Confidential Information", [f"{B} shall keep confidential all information disclosed to it by {A} in connection with the "
                                               f"{pick(rng, ['proposed acquisition', 'joint bid', 'supply discussions'])} (the \"Purpose\")."]))
        c.append(("Liquidated damages", [f"{B} shall pay {en_amt(rng, money_in(rng, 10_000, 500_000, 5_000), cur, 0)} for each breach."]
                  if rng.random() < 0.4 else ["Damages may not be an adequate remedy; injunctive relief is available."]))
        tl, b.effective, b.expiry, b.from_term = en_term_c(rng, signed, dt, ("sign_term", "future", "range"), months=pick(rng, [24, 36, 60]),
                                                           what=what)
        c.append(("Duration", tl))
    elif kind == "loan":
        b.total = money_in(rng, 10_000, 20_000_000, 1_000)
        c.append(("The Loan", [f"{A} agrees to lend {B} the principal sum of {en_amt(rng, b.total, cur, 0.6)} (the \"Loan\")."]))
        c.append(("Interest", [f"Interest accrues at {pick(rng, ['4.5', '6', '7.25', '9'])}% per annum; an arrangement fee of "
                               f"{en_amt(rng, q2(b.total * Decimal('0.01')), cur, 0)} is payable on drawdown."]))
        if rng.random() < 0.5:
            mat = term_end(signed, pick(rng, [12, 24, 36]))
            c.append(("Repayment", [f"{B} shall repay the Loan in full on {dt(mat)} (the \"Final Repayment Date\")."]))
            b.effective, b.expiry = signed, mat
            c.append(("Effect", [f"{what[0].upper() + what[1:]} takes effect on the date of signature."]))
        else:
            w = pick(rng, [8, 12, 26])
            c.append(("Repayment", [f"{B} shall repay the Loan within {en_num(w)} weeks after the date on which it is advanced."]))
            b.effective, b.expiry = None, None
    elif kind == "lic":
        c.append(("Grant", [f"{A} grants {B} a non-exclusive licence to use the {pick(rng, ['Software', 'Trade Marks', 'Patents'])} in the Territory."]))
        if rng.random() < 0.5:
            b.total = money_in(rng, 5_000, 800_000, 500)
            money = en_total_lines(rng, b.total, cur, "The licence fee", forms=(0, 1, 3))
        else:
            money = [f"{B} shall pay a royalty of {pick(rng, ['3', '5', '7.5'])}% of Net Sales, subject to a minimum annual royalty of "
                     f"{en_amt(rng, money_in(rng, 10_000, 200_000, 1_000), cur, 0)}."]
        c.append(("Fees", money))
        tl, b.effective, b.expiry, b.from_term = en_term_c(rng, signed, dt, ("future", "range", "sign_term"), months=pick(rng, [12, 36, 60]), what=what)
        c.append(("Term", tl))
    elif kind == "frame":
        c.append(("Call-off", [f"{A} may from time to time place Call-Off Orders with {B}; each Call-Off Order forms a separate contract."]))
        if rng.random() < 0.4:
            b.total = money_in(rng, 100_000, 20_000_000, 10_000)
            c.append(("Maximum value", [f"The aggregate value of all Call-Off Orders shall not exceed {en_amt(rng, b.total, cur, 0.3)}."]))
        else:
            c.append(("Prices", ["Prices are set out in the Price List in Schedule 2 and are fixed for the first year."]))
        tl, b.effective, b.expiry, b.from_term = en_term_c(rng, signed, dt, ("sign_term", "range", "future"), months=pick(rng, [24, 36, 48]), what=what)
        c.append(("Duration", tl))
    elif kind == "amend":
        od = signed - days(rng, 100, 800)
        c.append(("Background", [f"The parties entered into an agreement dated {dt(od)} (the \"Original Agreement\"), reference "
                                 f"{pick(rng, ['MSA', 'LS', 'SA'])}-{od.year}-{int(rng.integers(1, 999)):03d}."]))
        if rng.random() < 0.5:
            old = money_in(rng, 20_000, 2_000_000, 500)
            new = q2(old * Decimal(pick(rng, ["1.1", "1.25", "0.9"])))
            b.total = new
            c.append(("Variation", [f"The Contract Price of {en_amt(rng, old, cur, 0)} is increased to {en_amt(rng, new, cur, 0.3)}."
                                    if new > old else f"The Contract Price of {en_amt(rng, old, cur, 0)} is reduced to {en_amt(rng, new, cur, 0.3)}."]))
            b.effective = signed
            c.append(("Effect", [f"{what[0].upper() + what[1:]} takes effect on the date of signature."]))
        else:
            fut = signed + days(rng, 3, 40)
            ostart, m = od + days(rng, 0, 20), pick(rng, [24, 36, 48])
            while term_end(ostart, m) <= fut + timedelta(days=60):
                m += 12
            new_end = term_end(ostart, m)
            c.append(("Extension", [f"The term of the Original Agreement is extended so that it expires on {dt(new_end)}."]))
            b.expiry = new_end
            c.append(("Effect", [f"This Amendment takes effect on {dt(fut)}."]))
            b.effective = fut
    elif kind == "settle":
        claim = money_in(rng, 50_000, 5_000_000, 1_000)
        total = q2(claim * Decimal(pick(rng, ["0.4", "0.55", "0.7"])))
        b.total = total
        c.append(("Settlement Sum", [f"In full and final settlement of the claim of {en_amt(rng, claim, cur, 0)}, "
                                     f"{B} shall pay {en_amt(rng, total, cur, 0.5)} (the \"Settlement Sum\") within 28 days."]))
        b.effective = signed
        c.append(("Effect", ["This agreement takes effect on the date of signature."]))
    else:  # guar
        b.total = money_in(rng, 100_000, 10_000_000, 10_000)
        c.append(("Guarantee", [f"The Guarantor guarantees to {A} the punctual performance by {B} of its obligations under the Facility "
                                f"Agreement, the Guarantor's maximum liability being {en_amt(rng, b.total, cur, 0.4)}."]))
    b.clauses = [(h, [x[0].upper() + x[1:] if x else x for x in content]) for h, content in c]
    return b


# ================================================================================================
# English skeletons
# ================================================================================================
def en_jur_c(rng: Rng) -> str:
    return pick(rng, ["uk", "uk", "uk", "us", "us", "hk", "sg"])


def en_cur_c(rng: Rng, jur: str) -> str:
    cur = JUR[jur][1]
    if jur in ("hk", "sg") and rng.random() < 0.3:
        cur = "USD"
    return cur


@dataclass
class ESetup:
    ek: EKind
    jur: str
    cur: str
    dt: DateFn
    pa: Party
    pb: Party
    first: Party
    second: Party
    da: date
    db: date
    signed: date
    third: Party | None = None
    bare: bool = False       # no roles: the parties are defined by short names


def en_setup(rng: Rng, kind: str, p_two: float = 0.3) -> ESetup:
    ek = EKINDS[kind]
    jur = en_jur_c(rng)
    cur = en_cur_c(rng, jur)
    dt = en_dater(rng, jur)
    da, db, signed = two_dates(rng, rand_date(rng), p_two)
    if kind == "amend":
        otitle, funcs, _ = pick(rng, EN_ORIG)
    else:
        funcs = pick(rng, ek.funcs)
    pa = en_party(rng, jur, rng.random() < ek.a_person)
    pb = en_party(rng, jur, rng.random() < ek.b_person)
    while pb.name == pa.name or (pb.short and pb.short == pa.short):
        pb = en_party(rng, jur, rng.random() < ek.b_person)
    pa.func, pb.func = funcs
    pa.role, pb.role = "party_a", "party_b"
    first, second = (pb, pa) if rng.random() < ek.b_first else (pa, pb)
    bare = funcs == ("", "")
    if bare:  # no roles: the first named is party_a; short names are the defined terms
        first.role, second.role = "party_a", "party_b"
        for p in (pa, pb):
            p.func = p.short or p.name.split()[-1]
    s = ESetup(ek, jur, cur, dt, pa, pb, first, second, da, db, signed, bare=bare)
    if kind == "guar":
        g = en_party(rng, jur, rng.random() < 0.3)
        while g.short in (pa.short, pb.short) or g.name in (pa.name, pb.name):
            g = en_party(rng, jur, True)
        g.role, g.func = "party_c", "Guarantor"
        s.third = g
    return s


def en_parties_truth(s: ESetup) -> list[Party]:
    ps = [p for p in (s.pa, s.pb, s.third) if p is not None and p.role]
    return sorted(ps, key=lambda p: p.role)


def en_clauses(rng: Rng, clauses: list[tuple[str, list[str]]], jur: str, what: str = "Agreement") -> list[str]:
    clauses = clauses + [("Governing law", [f"This {what} is governed by " + {"uk": "the law of England and Wales.", "us": "the laws of the State of New York.",
                                                                           "hk": "the laws of Hong Kong.", "sg": "the laws of Singapore.",
                                                                           "prc": "the laws of the People's Republic of China."}.get(jur, "English law.")])]
    out: list[str] = []
    ns = int(rng.integers(3))
    for i, (h, content) in enumerate(clauses, 1):
        if ns == 0 or any(x.startswith("|") for x in content):
            out += [f"## {i}. {h.upper()}", *content]
        elif ns == 1:
            out += [f"{i}. {h}. {content[0]}", *content[1:]]
        else:
            out += [f"## {i}. {h}", *[f"{i}.{j} {x}" if not x.startswith("|") else x for j, x in enumerate(content, 1)]]
    return out


def en_exec(rng: Rng, s: ESetup, show_dates: bool, signers: list[Party] | None = None, as_agent: tuple[Party, str] | None = None) -> list[str]:
    """Execution block; ``as_agent`` = (principal, agent name) signs by an agent."""
    signers = signers or [s.first, s.second]
    d = {id(s.first): s.da if s.first is s.pa else s.db, id(s.second): s.db if s.first is s.pa else s.da}
    out = ["", "@@SIGNATURE"]
    for p in signers:
        if as_agent and p is as_agent[0]:
            out += [f"SIGNED by {as_agent[1]} as agent for and on behalf of {p.name}", "....................................."]
        elif p.person:
            out += [f"SIGNED by {p.name}", "....................................."]
        else:
            out += [f"SIGNED by {en_person_name(rng)}, {pick(rng, ['Director', 'authorised signatory'])}, for and on behalf of {p.name}",
                    "....................................."]
        if show_dates:
            out.append(f"Date: {s.dt(d.get(id(p), s.signed))}")
        out.append("")
    return out


def en_no_line(rng: Rng, s: ESetup) -> tuple[str | None, str]:
    code = {"sales": "SA", "purchase": "PA", "service": "CSA", "lease": "LSE", "employment": "EMP", "nda": "CDA", "loan": "LA",
            "license": "LIC", "framework": "FWK", "supplementary": "AMD", "other": "AGR"}[s.ek.ctype]
    if rng.random() < 0.3:
        return None, ""
    no = en_no(rng, s.first.init, code, s.signed)
    return no, pick(rng, [f"Agreement No: {no}", f"Ref: {no}", f"Contract No. {no}", f"Our reference: {no}"])


def en_one_sentence(rng: Rng, kind: str) -> Filled:
    """``THIS AGREEMENT is made on … BETWEEN (1) X … ("Landlord") and (2) Y … ("Tenant").`` - the whole
    parties clause in one sentence, defined terms without "the", descriptions between the name and
    the role."""
    s = en_setup(rng, kind)
    title = pick(rng, s.ek.titles)
    deed = "DEED" in title
    what = "Deed" if deed else "Agreement"
    no, no_line = en_no_line(rng, s)
    lines = [title]
    if no:
        lines.append(f">> {no_line}")
    lines.append("")
    members = [s.first, s.second] + ([s.third] if s.third else [])
    if kind == "guar":
        members = [s.third, s.pa, s.pb]  # type: ignore[list-item]
        if rng.random() < 0.5:
            s.pb.role = ""  # the borrower is named in the guarantee but is no party to it
            members = [s.third, s.pa]  # type: ignore[list-item]
    parts = []
    for i, p in enumerate(members, 1):
        role = f"\"{p.func}\"" if p.func else f"\"{p.short or p.name.split()[-1]}\""
        desc = en_desc(rng, p, s.jur)
        parts.append(f"({i}) {p.name.upper() if rng.random() < 0.3 else p.name}{' ' if desc.startswith('(') else ', '}{desc} ({role})")
    dated = rng.random() < 0.7
    head = f"THIS {what.upper()} is made on {s.dt(s.signed)} " if dated else f"THIS {what.upper()} is made "
    if not dated:
        s.da = s.db = s.signed  # one signature date at the foot
    lines.append(head + "BETWEEN " + ("; ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 2 else " and ".join(parts)) + ".")
    lines.append("")
    if s.pb.role == "" and kind == "guar":
        lines.append(f"The Guarantor has agreed to guarantee the obligations of {s.pb.name} (the \"Borrower\") to the Lender.")
    body = en_cbody(kind, rng, s.pa.func, s.pb.func if kind != "guar" else "Borrower", s.signed, s.dt, s.cur, s.jur, f"this {what}", bare=s.bare)
    lines += ["## IT IS AGREED as follows:" if rng.random() < 0.5 else "NOW IT IS AGREED:", *en_clauses(rng, body.clauses, s.jur, what)]
    signers = [m for m in members if m.role]
    lines += en_exec(rng, s, show_dates=not dated, signers=signers)
    return Filled(lines, en_truth_c(s.ek.ctype, no, en_parties_truth(s), s.signed, body), s.pa.name)


def en_old_style(rng: Rng, kind: str) -> Filled:
    """Old-style drafting: ``THIS AGREEMENT made the 5th day of March 2024 BETWEEN X of … (hereinafter
    called "the Vendor") of the one part AND Y … (hereinafter referred to as the Purchaser) of the
    other part``; ``hereinafter "the Buyer"`` without brackets; WITNESSETH / WHEREAS recitals."""
    s = en_setup(rng, kind, 0.0)
    title = pick(rng, s.ek.titles)
    what = "Deed" if "DEED" in title else "Agreement"
    no, no_line = en_no_line(rng, s)
    lines = [title, ""]

    def called(p: Party) -> str:
        f = p.func
        if s.bare:
            return pick(rng, [f"(hereinafter called \"{f}\")", f"(hereinafter referred to as \"{f}\")", f"hereinafter \"{f}\""])
        return pick(rng, [f"(hereinafter called \"the {f}\")", f"(hereinafter referred to as the {f})", f"hereinafter \"the {f}\"",
                          f"(hereinafter called \"the {f}\" which expression shall where the context so admits include its successors and assigns)"])

    def who(p: Party) -> str:
        if p.person:
            return f"{p.name} of {pick(rng, JUR[s.jur][2])}"
        return f"{p.name.upper() if rng.random() < 0.5 else p.name} whose registered office is at {pick(rng, JUR[s.jur][2])}"

    sep = pick(rng, [" ", "\n"])
    opening = f"THIS {what.upper()} made {made_on(s.signed, s.jur)}" if rng.random() < 0.6 else f"THIS {what.upper()} is made on {s.dt(s.signed)}"
    a_txt = f"BETWEEN {who(s.first)} {called(s.first)} of the one part"
    b_txt = f"AND {who(s.second)} {called(s.second)} of the other part."
    if sep == "\n":
        lines += [opening, "", a_txt, "", b_txt]
    else:
        lines.append(f"{opening} {a_txt} {b_txt}")
    if no:
        lines.append(f">> {no_line}")
    lines += ["", "WHEREAS:", "(A) The parties wish to record the terms on which they have agreed to deal with one another.",
              "", "NOW IT IS HEREBY AGREED as follows:" if rng.random() < 0.5 else "NOW THIS AGREEMENT WITNESSETH as follows:"]
    body = en_cbody(kind, rng, s.pa.func, s.pb.func, s.signed, s.dt, s.cur, s.jur, "this Agreement", bare=s.bare)
    lines += en_clauses(rng, body.clauses, s.jur, what)
    lines += ["", "IN WITNESS whereof the parties hereto have set their hands the day and year first above written."]
    lines += en_exec(rng, s, show_dates=False)
    return Filled(lines, en_truth_c(s.ek.ctype, no, en_parties_truth(s), s.signed, body), s.pa.name)


BANK_WORDS = ["Harbour", "Meridian", "Sterling", "Atlas", "Summit", "Granite", "Pacific", "Crescent"]


def en_bank_c(rng: Rng, jur: str) -> Party:
    w = pick(rng, BANK_WORDS)
    name = {"uk": f"{w} Bank plc", "us": f"{w} Bank, N.A.", "hk": f"{w} Bank (Hong Kong) Limited", "sg": f"{w} Bank (Singapore) Limited"}.get(
        jur, f"{w} Bank plc")
    return Party(name, short=f"{w} Bank", init=w[0] + "B")


def en_as_role(rng: Rng, kind: str) -> Filled:
    """Parties with ``as <role>`` after the name: a facility agreement listing ``(1) X LIMITED as borrower
    (the "Borrower") (2) Y BANK plc as lender`` (the borrower first, a guarantor as party_c), or a sale
    ``between Y Ltd (as Buyer) and X Ltd (as Seller)``."""
    s = en_setup(rng, kind)
    title = pick(rng, s.ek.titles) if kind != "loan" else pick(rng, ["FACILITY AGREEMENT", "TERM LOAN FACILITY AGREEMENT", "LOAN FACILITY AGREEMENT"])
    no, no_line = en_no_line(rng, s)
    lines = [title]
    if rng.random() < 0.4:
        lines.append(f"== for {en_amt(rng, Decimal(1), s.cur, 0).split('1')[0]}{pick(rng, ['5,000,000', '12,500,000', '750,000'])} term facility"
                     if kind == "loan" else "== (the \"Agreement\")")
    if no:
        lines.append(f">> {no_line}")
    lines.append("")
    if kind == "loan":
        s.pa = en_bank_c(rng, s.jur) if rng.random() < 0.7 else s.pa
        s.pa.role, s.pa.func = "party_a", "Lender"
        s.first, s.second = s.pb, s.pa  # the borrower is listed first
        if rng.random() < 0.35:
            g = en_party(rng, s.jur)
            while g.name in (s.pa.name, s.pb.name):
                g = en_party(rng, s.jur)
            g.role, g.func = "party_c", "Guarantor"
            s.third = g
        lines.append(f"THIS AGREEMENT is dated {s.dt(s.signed)} and made between:")
        s.da = s.db = s.signed
        members = [s.pb, s.pa] + ([s.third] if s.third else [])
        for i, p in enumerate(members, 1):
            nm = p.name.upper() if rng.random() < 0.6 else p.name
            tail = ";" if i < len(members) else "."
            lines.append(f"({i}) {nm} ({pick(rng, ['registered number', 'company number'])} {int(rng.integers(10**6, 10**8))}) as "
                         f"{p.func.lower()} (the \"{p.func}\"){tail}" if not p.person else f"({i}) {nm} as {p.func.lower()} (the \"{p.func}\"){tail}")
        dated = True
    else:
        members = [s.first, s.second]
        dated = rng.random() < 0.6
        how = pick(rng, ["as", "acting as"])
        d = f" on {s.dt(s.signed)}" if dated else ""
        a, b = [(f"{p.name} ({how} {p.func})" if how == "as" else f"{p.name}, acting as {p.func},") if p.func else p.name for p in members]
        lines.append(f"This {pick(rng, ['Agreement', 'Contract'])} is made{d} between {a} and {b}.".replace(",.", ".").replace(", and", " and"))
    lines.append("")
    body = en_cbody(kind, rng, s.pa.func, s.pb.func, s.signed, s.dt, s.cur, s.jur)
    lines += en_clauses(rng, body.clauses, s.jur)
    lines += en_exec(rng, s, show_dates=not dated, signers=[m for m in members if m.role])
    return Filled(lines, en_truth_c(s.ek.ctype, no, en_parties_truth(s), s.signed, body), s.pa.name)


def en_agent(rng: Rng, kind: str) -> Filled:
    """A party acting by an agent who is no party: a landlord ``acting by its managing agent``, a seller
    ``X Trading Ltd, acting as agent for and on behalf of Y Ltd (the "Seller")``, a client acting
    through its project manager; the agent signs ``as agent for and on behalf of`` the principal."""
    s = en_setup(rng, kind)
    agent = en_party(rng, s.jur)
    while agent.name in (s.pa.name, s.pb.name):
        agent = en_party(rng, s.jur)
    if kind == "rent":
        agent.name = f"{agent.short} {pick(rng, ['Estates LLP', 'Property Management Limited', 'Chartered Surveyors'])}"
    principal = s.pa
    title = pick(rng, s.ek.titles)
    no, no_line = en_no_line(rng, s)
    lines = [title, ""]
    if no:
        lines.insert(1, f">> {no_line}")
    dated = rng.random() < 0.6
    lines.append(f"Date: {s.dt(s.signed)}" if dated else "Date: the date of the last signature below")
    lines.append("")
    ftxt = principal.func
    if kind == "rent":
        lines += ["## PARTICULARS", f"| {ftxt} | {principal.name} acting by its managing agent {agent.name} of {short_addr(rng, s.jur)} |",
                  f"| {s.pb.func} | {s.pb.name} |"]
        lines.append("")
    else:
        pa_txt = pick(rng, [f"{agent.name}, acting as agent for and on behalf of {principal.name} (the \"{ftxt}\")",
                            f"{principal.name} (the \"{ftxt}\"), acting through its {pick(rng, ['agent', 'project manager', 'authorised agent'])} {agent.name}"])
        pb_txt = f"{s.pb.name} (the \"{s.pb.func}\")"
        lines.append("PARTIES")
        if s.first is principal:
            lines += [f"(1) {pa_txt}; and", f"(2) {pb_txt}."]
        else:
            lines += [f"(1) {pb_txt}; and", f"(2) {pa_txt}."]
        lines += ["", "The agent contracts as agent only and is not a party to this Agreement."]
    body = en_cbody(kind, rng, s.pa.func, s.pb.func, s.signed, s.dt, s.cur, s.jur)
    lines += en_clauses(rng, body.clauses, s.jur)
    if dated:
        s.da = s.db = s.signed
    lines += en_exec(rng, s, show_dates=not dated, as_agent=(principal, agent.name) if rng.random() < 0.7 else None)
    return Filled(lines, en_truth_c(s.ek.ctype, no, en_parties_truth(s), s.signed, body), principal.name)


def en_sig_only(rng: Rng, kind: str) -> Filled:
    """A memorandum whose body speaks only of "the Seller" / "the Licensor" (or of "the parties"): the
    names appear in the signature blocks only, with a date each (the later one is the signing date)."""
    s = en_setup(rng, kind, 0.5)
    if s.bare:
        s.pa.func, s.pb.func = ("Disclosing Party", "Receiving Party") if kind == "nda" else ("Claimant", "Respondent")
        s.bare = False
    title = pick(rng, ["MEMORANDUM OF AGREEMENT", "LETTER OF AGREEMENT", "AGREEMENT"])
    no, no_line = en_no_line(rng, s)
    lines = [title]
    if no:
        lines.append(f">> {no_line}")
    lines += ["", f"This memorandum records the agreement between the {s.first.func} and the {s.second.func} named in the signature blocks below.", ""]
    body = en_cbody(kind, rng, s.pa.func, s.pb.func, s.signed, s.dt, s.cur, s.jur, "this Agreement", bare=s.bare)
    body.clauses = [(h, [x.replace("the date of signature", "the date of the last signature below") for x in c]) for h, c in body.clauses]
    lines += en_clauses(rng, body.clauses, s.jur)
    lines += ["", "Agreed by the parties:", "@@SIGNATURE"]
    d = {id(s.pa): s.da, id(s.pb): s.db}
    style = int(rng.integers(3))
    for p in (s.first, s.second):
        if style == 0:
            lines += [p.func.upper(), p.name.upper() if not p.person else p.name, "By: ____________________",
                      f"Name: {p.name if p.person else en_person_name(rng)}", f"Date: {s.dt(d[id(p)])}", ""]
        elif style == 1:
            lines += [f"For and on behalf of {p.name} (the {p.func})", "Signature: ____________________", f"Date: {s.dt(d[id(p)])}", ""]
        else:
            lines += [f"The {p.func}: {p.name}", f"Signed: ____________________    Dated: {s.dt(d[id(p)])}", ""]
    return Filled(lines, en_truth_c(s.ek.ctype, no, en_parties_truth(s), s.signed, body), s.pa.name)


def en_bilingual(rng: Rng, kind: str) -> Filled:
    """An English-Chinese contract of a PRC company: ``Party A（甲方）: <English name>`` with the Chinese
    name beside it or under it (the English name is the truth in an English document), printed Party
    A / Party B authoritative, ``Total Contract Price 合同总价: USD …``, ``Date of Signing 签订日期`` in a
    table row or at the foot."""
    ek = EKINDS[kind]
    jur = "prc"
    dt = en_dater(rng, jur)
    da, db, signed = two_dates(rng, rand_date(rng), 0.2)
    cur = pick(rng, ["CNY", "CNY", "USD"])
    a, a_en = bi_company(rng)
    b, b_en = bi_company(rng)
    while b_en == a_en:
        b, b_en = bi_company(rng)
    fa, fb = pick(rng, ek.funcs) if ek.funcs else ("Party A", "Party B")
    pa, pb = Party(a_en, init=a.init, func=fa), Party(b_en, init=b.init, func=fb)
    zh = {id(pa): a.name, id(pb): b.name}
    first, second = (pb, pa) if rng.random() < ek.b_first else (pa, pb)
    first.role, second.role = "party_a", "party_b"   # printed Party A / Party B
    first.label, second.label = "Party A", "Party B"
    title = pick(rng, ek.titles)
    zt = {"sales": "销售合同", "purchase": "采购合同", "service": "服务合同", "license": "许可合同", "lease": "租赁合同", "loan": "借款合同",
          "nda": "保密协议", "framework": "框架协议", "supplementary": "补充协议", "employment": "劳动合同", "other": "协议"}[ek.ctype]
    no = f"{first.init}-{signed.year}-{int(rng.integers(1, 9999)):04d}" if rng.random() < 0.8 else None
    lines = [title, f"== {zt}", ""]
    if no:
        lines.append(f"Contract No. 合同编号: {no}")
    table_date = rng.random() < 0.5 and da == db
    if table_date:
        lines += [f"| Date of Signing 签订日期 | {dt(signed)} |", f"| Place of Signing 签订地点 | {pick(rng, list(CITY_EN.values()))}, China |"]
    lines.append("")
    style = int(rng.integers(3))
    for p, lab, zl in ((first, "Party A", "甲方"), (second, "Party B", "乙方")):
        if style == 0:
            lines += [f"{lab}（{zl}）: {p.name}（{zh[id(p)]}）"]
        elif style == 1:
            lines += [f"{lab}（{zl}）: {p.name}", f"{zh[id(p)]}"]
        else:
            lines += [f"{lab} / {zl}: {p.name}", f"中文名称: {zh[id(p)]}"]
        lines += [f"Address 地址: {pick(rng, JUR['prc'][2])}", f"Legal Representative 法定代表人: {en_person_name(rng) if rng.random() < 0.3 else pick(rng, ['Wang Wei', 'Li Na', 'Zhang Min', 'Liu Yang', 'Chen Jie'])}", ""]
    A = "Party A" if first is pa else "Party B"
    B = "Party B" if first is pa else "Party A"
    body = en_cbody(kind, rng, "", "", signed, dt, cur, jur, "this Contract", bilingual=True)
    body.clauses = [(h, [x.replace("The first party", A).replace("the first party", A).replace("The second party", B).replace("the second party", B)
                         for x in c]) for h, c in body.clauses]
    lines += en_clauses(rng, body.clauses, jur, "Contract")
    lines += ["", "@@SIGNATURE", "Party A 甲方 (Seal 盖章):\tParty B 乙方 (Seal 盖章):", "Authorised Representative 授权代表:\tAuthorised Representative 授权代表:"]
    if not table_date:
        lines.append(f"Date 日期: {dt(da if first is pa else db)}\tDate 日期: {dt(db if first is pa else da)}")
    return Filled(lines, en_truth_c(ek.ctype, no, sorted([pa, pb], key=lambda p: p.role), signed, body), pa.name)


def en_pronoun(rng: Rng, kind: str) -> Filled:
    """Plain-English contracts that define the parties as pronouns: ``between X Ltd ("we", "us") and Y
    ("you")`` - an employment contract or a freelance services contract; the employer / client is
    party_a."""
    s = en_setup(rng, kind)
    if kind == "svc":
        s.pb = en_party(rng, s.jur, True)
        s.pb.role, s.pb.func = "party_b", "Contractor"
    s.first, s.second = s.pa, s.pb
    title = pick(rng, ["CONTRACT OF EMPLOYMENT", "YOUR EMPLOYMENT CONTRACT", "EMPLOYMENT AGREEMENT"] if kind == "emp" else
                 ["FREELANCE SERVICES AGREEMENT", "CONTRACTOR AGREEMENT", "AGREEMENT FOR SERVICES"])
    no, no_line = en_no_line(rng, s)
    lines = [title, ""]
    if no:
        lines.append(f">> {no_line}")
    we = pick(rng, ["(\"we\", \"us\", \"our\")", "(\"we\" or \"us\")", "(the \"Company\", \"we\")"])
    lines.append(f"This {'contract' if rng.random() < 0.5 else 'agreement'} is made between {s.pa.name} of {short_addr(rng, s.jur)} {we} "
                 f"and {s.pb.name} of {pick(rng, JUR[s.jur][2])} (\"you\").")
    dated = rng.random() < 0.5
    if dated:
        lines.append(f"Date of this contract: {s.dt(s.signed)}")
        s.da = s.db = s.signed
    lines.append("")
    body = en_cbody("emp" if kind == "emp" else "svc", rng, "Company", "Contractor", s.signed, s.dt, s.cur, s.jur)
    sub = [("to the Company", "to us"), ("the Company", "we"), ("The Company", "We"), ("to the Contractor", "to you"),
           ("the Contractor", "you"), ("The Contractor", "You"), ("You shall", "You will"), ("We shall", "We will")]
    cl = []
    for h, c in body.clauses:
        out = []
        for x in c:
            for a, b in sub:
                x = x.replace(a, b)
            out.append(x.replace("we shall pay", "we will pay").replace("you shall", "you will"))
        cl.append((h, out))
    lines += en_clauses(rng, cl, s.jur)
    lines += ["", "@@SIGNATURE", f"Signed for and on behalf of {s.pa.name}: ....................", f"Name: {en_person_name(rng)}, HR Director" if kind == "emp"
              else f"Name: {en_person_name(rng)}, Director"]
    if not dated:
        lines.append(f"Date: {s.dt(s.da)}")
    lines += ["", "Signed by you: ....................", f"{s.pb.name}"]
    if not dated:
        lines.append(f"Date: {s.dt(s.db)}")
    return Filled(lines, en_truth_c(s.ek.ctype, no, [s.pa, s.pb], s.signed, body), s.pa.name)


def en_onehand(rng: Rng, kind: str) -> Filled:
    """US drafting ``by and between X, a Delaware corporation, on the one hand, and Y …, on the other hand``
    with or without defined roles (without roles the first named is party_a); an "as of" date."""
    s = en_setup(rng, kind, 0.0)
    s.jur = "us"
    s.dt = en_dater(rng, "us")
    s.cur = "USD"
    for p in (s.pa, s.pb):
        if not p.person and not p.name.endswith(("Inc.", "LLC", "Corporation", "Corp.", "L.P.")):
            p.name = f"{p.short or p.name.split()[0]} {pick(rng, ['Holdings', 'Labs', 'Partners'])} {pick(rng, ['Inc.', 'LLC'])}"
    title = pick(rng, s.ek.titles)
    no, no_line = en_no_line(rng, s)
    lines = [title, ""]
    if no:
        lines.append(f">> {no_line}")

    def who(p: Party) -> str:
        role = f" (\"{p.func}\")" if p.func else ""  # without its role the reader could not tell the parties apart
        if p.person:
            return f"{p.name}, an individual{role}"
        return f"{p.name}, {en_desc(rng, p, 'us')}{role}"

    asof = rng.random() < 0.7
    lead = f"This {title.title()} (this \"Agreement\") is entered into {'as of ' + s.dt(s.signed) if asof else 'on the date of the last signature below'} by and between "
    lines.append(lead + f"{who(s.first)}, on the one hand, and {who(s.second)}, on the other hand.")
    lines.append("")
    body = en_cbody(kind, rng, s.pa.func, s.pb.func, s.signed, s.dt, s.cur, s.jur, bare=s.bare)
    if asof and body.effective == s.signed and rng.random() < 0.5:
        lines[-2] = lines[-2].replace(f"as of {s.dt(s.signed)}", f"as of {s.dt(s.signed)} (the \"Effective Date\")")
    lines += ["NOW, THEREFORE, the parties agree as follows:", *en_clauses(rng, body.clauses, "us")]
    if asof:
        s.da = s.db = s.signed
    lines += ["", "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above." if asof else
              "IN WITNESS WHEREOF, the parties have executed this Agreement on the dates set forth below.", "@@SIGNATURE",
              f"{s.first.name.upper()}\t{s.second.name.upper()}", "By: ____________________\tBy: ____________________",
              f"Name: {en_person_name(rng)}\tName: {en_person_name(rng)}"]
    if not asof:
        lines.append(f"Date: {s.dt(s.da if s.first is s.pa else s.db)}\tDate: {s.dt(s.db if s.first is s.pa else s.da)}")
    return Filled(lines, en_truth_c(s.ek.ctype, no, en_parties_truth(s), s.signed, body), s.pa.name)


def en_schedule_parties(rng: Rng, kind: str) -> Filled:
    """``made between the parties whose details are set out in Schedule 1`` - the parties appear only
    in a closing table with the role in the last column (name first, role after)."""
    s = en_setup(rng, kind)
    title = pick(rng, s.ek.titles)
    no, no_line = en_no_line(rng, s)
    lines = [title, ""]
    if no:
        lines.append(f">> {no_line}")
    dated = rng.random() < 0.6
    lines.append(f"THIS AGREEMENT is dated {s.dt(s.signed)}" if dated else "THIS AGREEMENT is dated the date of the last signature below")
    if dated:
        s.da = s.db = s.signed
    lines += [f"and is made between the parties whose details are set out in {pick(rng, ['Schedule 1 (Parties)', 'the Schedule', 'Part A of the Schedule'])}.", ""]
    body = en_cbody(kind, rng, s.pa.func, s.pb.func, s.signed, s.dt, s.cur, s.jur, bare=s.bare)
    lines += en_clauses(rng, body.clauses, s.jur)
    lines += en_exec(rng, s, show_dates=not dated)
    lines += ["@@PAGEBREAK" if rng.random() < 0.4 else "", "## SCHEDULE 1 - PARTIES",
              f"| Name | Company number | Registered office | {'Short name' if s.bare else 'Role'} |"]
    for p in (s.first, s.second):
        lines.append(f"| {p.name} | {'-' if p.person else int(rng.integers(10**6, 10**8))} | {short_addr(rng, s.jur)} | "
                     f"{p.func} |")
    return Filled(lines, en_truth_c(s.ek.ctype, no, en_parties_truth(s), s.signed, body), s.pa.name)


# ================================================================================================
# dispatch
# ================================================================================================
Maker = Callable[[Rng], Filled]


def _k(fn: Callable[[Rng, str], Filled], kind: str) -> Maker:
    return lambda r: fn(r, kind)


ZH_SKELETONS: dict[str, list[tuple[float, Maker]]] = {
    "sales": [(2, zh_presale), (2, _k(zh_export, "sales")), (2, _k(zh_named_after, "goods")), (1, _k(zh_sign_only, "goods")), (1, _k(zh_keyterms, "goods"))],
    "purchase": [(3, _k(zh_gov_proc, "purchase")), (1, _k(zh_export, "purchase")), (2, _k(zh_named_after, "buy")), (1, _k(zh_keyterms, "buy"))],
    "service": [(2, _k(zh_tech_table, "service")), (1, _k(zh_gov_proc, "service")), (2, _k(zh_keyterms, "svc")), (2, _k(zh_named_after, "svc")), (1, _k(zh_sign_only, "svc"))],
    "lease": [(3, zh_city_lease), (1, _k(zh_named_after, "rent")), (1, _k(zh_sign_only, "rent")), (1, _k(zh_keyterms, "rent"))],
    "employment": [(3, zh_labor_form), (1, _k(zh_named_after, "hire")), (1, _k(zh_sign_only, "hire"))],
    "nda": [(2, _k(zh_named_after, "secret")), (1, _k(zh_sign_only, "secret"))],
    "loan": [(3, zh_bank_loan), (2, _k(zh_named_after, "lend")), (1, _k(zh_sign_only, "lend"))],
    "license": [(2, _k(zh_tech_table, "license")), (2, _k(zh_named_after, "lic")), (1, _k(zh_keyterms, "lic"))],
    "framework": [(2, _k(zh_named_after, "frame")), (1, _k(zh_sign_only, "frame"))],
    "supplementary": [(2, _k(zh_named_after, "amend")), (1, _k(zh_sign_only, "amend"))],
    "other": [(1, _k(zh_named_after, "equity")), (1, _k(zh_named_after, "freight")), (1, _k(zh_sign_only, "equity")),
              (1, _k(zh_sign_only, "freight"))],
}
EN_SKELETONS: dict[str, list[tuple[float, Maker]]] = {
    "sales": [(2, _k(en_one_sentence, "goods")), (2, _k(en_old_style, "goods")), (1, _k(en_as_role, "goods")), (1, _k(en_agent, "goods")),
              (2, _k(en_bilingual, "goods")), (1, _k(en_sig_only, "goods"))],
    "purchase": [(2, _k(en_bilingual, "buy")), (1, _k(en_sig_only, "buy")), (1, _k(en_one_sentence, "buy")), (1, _k(en_as_role, "buy")),
                 (1, _k(en_schedule_parties, "buy"))],
    "service": [(2, _k(en_pronoun, "svc")), (1, _k(en_agent, "svc")), (1, _k(en_bilingual, "svc")), (1, _k(en_schedule_parties, "svc")),
                (1, _k(en_one_sentence, "svc"))],
    "lease": [(2, _k(en_one_sentence, "rent")), (2, _k(en_agent, "rent")), (1, _k(en_old_style, "rent"))],
    "employment": [(3, _k(en_pronoun, "emp")), (1, _k(en_one_sentence, "emp"))],
    "nda": [(2, _k(en_onehand, "nda")), (1, _k(en_sig_only, "nda")), (1, _k(en_old_style, "nda"))],
    "loan": [(3, _k(en_as_role, "loan")), (1, _k(en_old_style, "loan")), (1, _k(en_one_sentence, "loan"))],
    "license": [(1, _k(en_schedule_parties, "lic")), (1, _k(en_one_sentence, "lic")), (1, _k(en_onehand, "lic")), (1, _k(en_bilingual, "lic")),
                (1, _k(en_sig_only, "lic"))],
    "framework": [(1, _k(en_onehand, "frame")), (1, _k(en_schedule_parties, "frame"))],
    "supplementary": [(1, _k(en_one_sentence, "amend")), (1, _k(en_sig_only, "amend")), (1, _k(en_schedule_parties, "amend"))],
    "other": [(1, _k(en_onehand, "settle")), (1, _k(en_one_sentence, "guar")), (1, _k(en_old_style, "settle"))],
}


def make_contract(contract_type: str, lang: str, rng: Rng, **_: Any) -> Filled:
    return make_from_skeletons(ZH_SKELETONS, EN_SKELETONS, contract_type, lang, rng)


def random_contract(rng: Rng) -> Filled:
    return make_contract(pick(rng, CONTRACT_TYPES), pick(rng, ["zh", "en"]), rng)
