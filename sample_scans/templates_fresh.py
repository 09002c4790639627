"""A fourth development corpus: layouts real contracts show and the other corpora lack.

Every document draws, independently, how each piece is printed:

* contract number: a cover/info table (``| 合同编号 | X | 签订日期 | Y |``), a right-aligned or
  centred header, a line shared with the signing place or date (``"\\t"``), a footer-like line at
  the end (alone or repeating the header), inside a sentence (``本合同编号为X``, ``under Contract
  No. X``); shapes ``ABC-2024-0012``, ``ABC/2024/012``, ``2024ABC0012``, ``沪采〔2024〕第015号``,
  Han-prefixed ``苏ZL-2024-0018``, company initials ``NBL-PO-2024-031``;
* parties: four-column party tables (``| 甲方 | X | 乙方 | Y |``), column tables with a ``名称`` /
  ``Name`` row, ``甲方（出租人）：`` and ``出租人（甲方）：`` labels, spaced labels ``甲  方：``, the
  name on the line below its label, declarations ``X（以下简称“甲方”）``, person tables of a 劳动合同,
  English ``BETWEEN:`` / ``(1) X …;`` / ``and`` / ``(2) Y …``, ``Party A: X (the "Buyer")``,
  recitals, two-column signature blocks;
* dates: 2024年3月5日, 二〇二四年三月五日, 2024.3.5, 2024-03-05, 5 March 2024, March 5, 2024,
  numeric dates with their convention stated; ranges (至 / — / ～ / to / –) and terms (期限三年,
  24个月, "for a period of twenty-four (24) months");
* amounts: ¥ / ￥ / RMB / 人民币 / 元 / 万元 / USD / US$ / EUR, goods tables with unit prices and a
  合计 row, 价税合计 with the tax split out, monthly rents beside the total, 大写 amounts,
  instalments, deposits and penalties that are not the total;
* titles: spaced (``借 款 合 同``), bilingual, under a company letterhead, a cover page,
  ``《X合同》之补充协议`` / "Amendment No. 2 to the Services Agreement", and type ``other``
  (建设工程施工合同, 股权转让协议, Joint Venture Agreement, Settlement Agreement, …).

Ground truth has the format of :mod:`sample_scans.templates`; roles as in
:mod:`sample_scans.templates_varied` (printed 甲方/乙方 and Party A/B are authoritative, otherwise
party_a is the seller / supplier / lessor / client / discloser / employer / lender / licensor /
transferor / 发包人 / the first-named party where no role says more). A lease that states only a
monthly rent has no total. Expiry from a term is start + term − 1 day.

    make_contract(contract_type, lang, rng) -> Filled
    random_contract(rng) -> Filled
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np

from sample_scans.templates import (
    CONTRACT_TYPES as BASE_TYPES, EN_PLACES, ZH_CITIES, Filled, add_months, en_person,
    fig, pick, plain, rand_date, zh_address, zh_company, zh_person, zh_upper,
)
from sample_scans.templates_varied import (
    CURRENCIES, _truth, en_company_any, en_date_any, en_words, en_words_int,
    money_in, zh_cn_number, zh_date_any,
)

__all__ = ["CONTRACT_TYPES", "make_contract", "random_contract"]

Rng = np.random.Generator
CONTRACT_TYPES = (*BASE_TYPES, "other")


@dataclass
class Spec:
    titles: list[str]
    roles: list[tuple[str, str]]  # (party_a function, party_b function)
    code: str
    money: str  # goods | rent | fee | loan | license | cap | supp | price | none
    b_person: float = 0.0
    b_first: float = 0.0  # probability that the party_b function is printed first
    term: float = 0.5
    term_label: str = ""
    clauses: tuple[str, ...] = ()
    third: str = ""


# ----------------------------------------------------------------------------------------------
# Chinese
# ----------------------------------------------------------------------------------------------
ZH: dict[str, Spec] = {
    "sales": Spec(["买卖合同", "产品销售合同", "购销合同", "设备买卖合同", "钢材购销合同"],
                  [("出卖人", "买受人"), ("卖方", "买方"), ("供方", "需方"), ("销售方", "购买方")], "XS", "goods",
                  term=0.1, term_label="合同有效期",
                  clauses=("出卖人应于合同生效后三十日内将货物送至买受人指定地点，运输费用由出卖人承担。",
                           "买受人应在收货后七日内验收，逾期未提出书面异议的，视为验收合格。",
                           "标的物的所有权自买受人付清全部货款之日起转移。")),
    "purchase": Spec(["采购合同", "设备采购合同", "物资采购合同", "原材料采购合同", "货物采购合同"],
                     [("供应方", "采购方"), ("供方", "需方"), ("供应商", "采购人")], "CG", "goods", b_first=0.6,
                     term=0.1, term_label="合同有效期",
                     clauses=("供应方保证所供货物为全新、原厂正品，并随货提供合格证、检测报告及装箱清单。",
                              "采购方在收到合格发票后三十日内以银行转账方式支付货款。")),
    "service": Spec(["技术服务合同", "委托服务合同", "咨询服务协议", "物业服务合同", "软件开发合同", "信息系统运维服务合同"],
                    [("委托方", "受托方"), ("委托人", "服务方"), ("发包方", "承包方")], "FW", "fee",
                    term=0.7, term_label="服务期限",
                    clauses=("受托方应按照委托方的要求完成约定的服务事项，并按月提交服务报告。",
                             "服务成果应符合附件约定的技术指标，委托方应在收到成果后十个工作日内完成验收。")),
    "lease": Spec(["房屋租赁合同", "厂房租赁合同", "商铺租赁合同", "设备租赁合同", "办公用房租赁协议"],
                  [("出租方", "承租方"), ("出租人", "承租人")], "ZL", "rent", b_person=0.25,
                  term=1.0, term_label="租赁期限",
                  clauses=("出租方将其合法拥有的房屋出租给承租方作办公使用，建筑面积以不动产权证记载为准。",
                           "租赁期内，承租方不得擅自转租或改变房屋用途，水电费、物业管理费由承租方承担。")),
    "employment": Spec(["劳动合同书", "劳动合同", "固定期限劳动合同", "聘用合同"],
                       [("用人单位", "劳动者"), ("聘用单位", "受聘人员")], "LD", "none", b_person=1.0,
                       term=0.9, term_label="劳动合同期限",
                       clauses=("劳动者同意根据用人单位工作需要，在研发部门从事软件工程师岗位工作，工作地点为用人单位所在地。",
                                "用人单位依法为劳动者缴纳养老、医疗、失业、工伤、生育等社会保险及住房公积金。")),
    "nda": Spec(["保密协议", "保密协议书", "商业秘密保护协议", "技术信息保密协议"],
                [("披露方", "接收方"), ("信息披露方", "信息接收方")], "BM", "none",
                term=0.7, term_label="保密期限",
                clauses=("保密信息是指披露方以书面、口头或电子形式提供的技术秘密和经营信息。",
                         "接收方应对保密信息严格保密，未经披露方书面同意不得向任何第三方披露。")),
    "loan": Spec(["借款合同", "借款协议", "个人借款合同", "流动资金借款合同"],
                 [("出借人", "借款人"), ("贷款人", "借款人")], "JK", "loan", b_person=0.4,
                 term=1.0, term_label="借款期限", third="保证人",
                 clauses=("借款用途为生产经营周转，借款人不得将借款挪作他用。",
                          "借款人应按期足额归还借款本息，逾期还款的，按日万分之五支付逾期利息。")),
    "license": Spec(["专利实施许可合同", "商标使用许可合同", "软件许可使用协议", "技术转让合同", "著作权许可使用合同"],
                    [("许可方", "被许可方"), ("许可人", "被许可人"), ("转让方", "受让方")], "XK", "license",
                    term=0.7, term_label="许可期限",
                    clauses=("许可方许可被许可方在中国境内以普通许可方式实施本合同项下的专利技术。",
                             "未经许可方书面同意，被许可方不得将许可使用的技术再许可给任何第三方。")),
    "framework": Spec(["框架协议", "采购框架协议", "战略合作框架协议", "年度供货框架合同"],
                      [("甲方", "乙方")], "KJ", "cap", term=0.9, term_label="协议有效期",
                      clauses=("本协议为双方合作的框架性约定，具体产品、数量、价格及交货期以甲方发出的订单为准。",
                               "每份订单经双方确认后即构成本协议项下的独立合同，订单与本协议不一致的以订单为准。")),
    "supplementary": Spec([], [("甲方", "乙方"), ("出租方", "承租方"), ("委托方", "受托方")], "BC", "supp",
                          term=0.3, term_label="原合同期限延长后的期限",
                          clauses=("本补充协议是原合同不可分割的组成部分，与原合同具有同等法律效力。",
                                   "本补充协议未约定的事项，仍按原合同的约定执行。")),
}
ZH["other"] = Spec([], [], "QT", "price")  # drawn per title in zh_contract
ZH_ORIG = ["买卖合同", "房屋租赁合同", "技术服务合同", "采购合同", "借款合同"]
# other: (title, roles, money cue or "")
ZH_OTHER = [("建设工程施工合同", ("发包人", "承包人"), "签约合同价"),
            ("股权转让协议", ("转让方", "受让方"), "股权转让价款"),
            ("货物运输合同", ("托运人", "承运人"), "运输费用总计"),
            ("仓储合同", ("存货人", "保管人"), "仓储费总额"),
            ("合伙协议", ("甲方", "乙方"), ""),
            ("和解协议", ("甲方", "乙方"), "和解款项"),
            ("合资经营合同", ("甲方", "乙方"), "")]
ZH_OTHER_CLAUSE = {
    "建设工程施工合同": "承包人应按照经审查合格的施工图纸和国家施工验收规范组织施工，按期完成全部工程并通过竣工验收。",
    "股权转让协议": "转让方同意将其持有的目标公司百分之三十的股权转让给受让方，双方应于本协议生效后三十日内办理工商变更登记。",
    "货物运输合同": "承运人应将托运人交付的货物安全、及时地运至约定的到达地点，并交付收货人。",
    "仓储合同": "保管人应按约定的储存条件和保管要求保管仓储物，存货人应如实说明仓储物的性质。",
    "合伙协议": "合伙人按照出资比例分配利润、分担亏损，合伙事务由全体合伙人共同执行。",
    "和解协议": "双方就前述纠纷达成和解，甲方支付和解款项后，双方之间就该纠纷再无其他争议。",
    "合资经营合同": "双方同意共同投资设立合资经营企业，合资企业的组织形式为有限责任公司。",
}
ZH_EN_TITLE = {"sales": "SALES CONTRACT", "purchase": "PURCHASE CONTRACT", "service": "SERVICE AGREEMENT",
               "lease": "LEASE CONTRACT", "employment": "LABOR CONTRACT", "nda": "NON-DISCLOSURE AGREEMENT",
               "loan": "LOAN AGREEMENT", "license": "LICENSE AGREEMENT", "framework": "FRAMEWORK AGREEMENT",
               "supplementary": "SUPPLEMENTARY AGREEMENT", "other": "CONTRACT"}
HAN_CODE = {"sales": "销", "purchase": "采", "service": "服", "lease": "租", "employment": "劳", "nda": "密",
            "loan": "借", "license": "许", "framework": "框", "supplementary": "补", "other": "建"}
ZH_PROV = ["沪", "京", "粤", "苏", "浙", "川", "鄂"]
GOODS_ZH = [("服务器", "台", 20_000, 90_000), ("笔记本电脑", "台", 4_000, 15_000), ("热轧钢板", "吨", 3_500, 6_000),
            ("工业控制器", "套", 8_000, 30_000), ("办公桌椅", "套", 800, 4_000), ("电力电缆", "米", 20, 400),
            ("激光打印机", "台", 1_500, 9_000), ("液压泵", "件", 2_000, 20_000)]
GOODS_EN = [("Server", "units", 3_000, 15_000), ("Laptop", "units", 600, 2_500), ("Steel plate", "t", 500, 900),
            ("Controller", "sets", 1_000, 5_000), ("Power cable", "m", 3, 60), ("Hydraulic pump", "pcs", 300, 3_000)]


def initials(name: str) -> str:
    letters = "".join(w[0] for w in name.replace(",", " ").split() if w[:1].isalpha() and w[0].isupper())
    return (letters[:3] or "AB").upper()


def contract_number(rng: Rng, lang: str, ctype: str, code: str, d: date, who: str) -> str:
    seq = int(rng.integers(1, 3000))
    y = d.year
    forms = [f"{code}-{y}-{seq:04d}", f"{code}/{y}/{seq:03d}", f"{y}{code}{seq:04d}",
             f"{code}{d:%Y%m%d}-{seq % 100:02d}", f"{code}-{d:%y}{seq:05d}"]
    if lang == "zh":
        prov = pick(rng, ZH_PROV)
        ob, cb = pick(rng, [("〔", "〕"), ("〔", "〕"), ("（", "）"), ("[", "]")])
        forms += [f"{prov}{HAN_CODE[ctype]}{ob}{y}{cb}第{seq:03d}号",
                  f"{prov}{HAN_CODE[ctype]}字{ob}{y}{cb}{seq}号",
                  f"{prov}{code}-{y}-{seq:04d}"]
    else:
        forms += [f"{initials(who)}-{code}-{y}-{seq:03d}", f"{code}/{d:%y}/{seq:03d}-A"]
    return pick(rng, forms)


def spaced(label: str, rng: Rng, p: float = 0.3) -> str:
    """甲方 → 甲  方 (labels letter-spaced as typeset model contracts print them)."""
    if len(label) in (2, 3) and "（" not in label and rng.random() < p:
        return pick(rng, [" ", "  "]).join(label)
    return label


def zh_money(rng: Rng, v: Decimal, cur: str) -> str:
    if cur == "USD":
        return pick(rng, [f"USD {fig(v)}", f"US${fig(v)}", f"美元{fig(v)}元"])
    if cur == "EUR":
        return pick(rng, [f"EUR {fig(v)}", f"欧元{fig(v)}元"])
    forms = [f"人民币{fig(v)}元", f"¥{fig(v)}元", f"￥{fig(v)}", f"RMB {fig(v)}", f"人民币（小写）{fig(v)}元",
             f"{fig(v)}元", f"人民币{plain(v)}元", f"¥{fig(v)}"]
    if v % 100 == 0 and v >= 10000:
        forms.append(f"人民币{(v / 10000).normalize():f}万元")
    return pick(rng, forms)


def zh_upper_cur(v: Decimal, cur: str) -> str:
    return {"USD": "美元", "EUR": "欧元"}.get(cur, "人民币") + zh_upper(v)


def zh_total_sentence(rng: Rng, cue: str, v: Decimal, cur: str) -> str:
    up = zh_upper_cur(v, cur)
    s = int(rng.integers(5))
    if s == 0:
        return f"{cue}为{zh_money(rng, v, cur)}（大写：{up}）。"
    if s == 1:
        return f"{cue}：{zh_money(rng, v, cur)}。"
    if s == 2:
        return f"{cue}（大写）：{up}；（小写）：{zh_money(rng, v, cur)}。"
    if s == 3:
        return f"{cue}为{up}（{zh_money(rng, v, cur)}）。"
    return f"{cue}为{zh_money(rng, v, cur)}，大写{up}，该价款已包含全部税费。"


def goods_items(rng: Rng, goods: list[tuple[str, str, int, int]]
                ) -> list[tuple[str, str, int, Decimal, Decimal]]:
    out = []
    for k in rng.choice(len(goods), size=int(rng.integers(1, 4)), replace=False):
        name, unit, lo, hi = goods[int(k)]
        qty = int(rng.integers(1, 120)) * (100 if hi < 500 else 1)
        price = money_in(rng, lo, hi, 1 if hi < 500 else 10, cents=True)
        out.append((name, unit, qty, price, price * qty))
    return out


def zh_amount_block(rng: Rng, kind: str, cue: str, months: int | None
                    ) -> tuple[list[str], Decimal | None, str, bool]:
    """(lines, total or None, currency, lines are a table block) for one money kind."""
    cur = pick(rng, ["USD", "EUR"]) if kind in ("goods", "fee", "license", "price") and rng.random() < 0.1 else "CNY"
    if kind == "goods":
        items = goods_items(rng, GOODS_ZH)
        total = sum((it[4] for it in items), Decimal(0))
        rows = ["| 序号 | 货物名称 | 数量 | 单价（元） | 金额（元） |"]
        rows += [f"| {i} | {n} | {q}{u} | {fig(p)} | {fig(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
        s = int(rng.integers(4))
        if s == 0:
            rows.append(f"| 合计 | | | | {fig(total)} |")
            rows.append(f"| 合计金额（大写） | {zh_upper_cur(total, cur)} |")
            return rows, total, cur, True
        rows.append(f"| 价税合计 | | | | {zh_money(rng, total, cur)} |")
        tail = [""]
        if s == 1:
            net = (total / Decimal("1.13")).quantize(Decimal("0.01"))
            tail.append(f"上述价格含13%增值税，其中不含税金额{zh_money(rng, net, cur)}，税额{zh_money(rng, total - net, cur)}，"
                        f"价税合计{zh_money(rng, total, cur)}（大写：{zh_upper_cur(total, cur)}）。")
        elif s == 2:
            tail.append(zh_total_sentence(rng, pick(rng, ["合同总价款", "合同总金额", "价税合计"]), total, cur))
        return rows + tail, total, cur, True
    if kind == "rent":
        months = months or 12
        if rng.random() < 0.4:
            area = int(rng.integers(60, 900))
            unit = Decimal(int(rng.integers(40, 260)))
            rent = unit * area
            head = f"租金按建筑面积每平方米每月人民币{unit}元计算，月租金合计{zh_money(rng, rent.quantize(Decimal('0.01')), cur)}"
        else:
            rent = money_in(rng, 2_000, 80_000, 100)
            head = f"{pick(rng, ['月租金为', '租金标准：每月', '每月租金'])}{zh_money(rng, rent, cur)}（大写：{zh_upper(rent)}）"
        rent = rent.quantize(Decimal("0.01"))
        dep = f"承租方应于签约时支付押金{zh_money(rng, rent * 2, cur)}。" if rng.random() < 0.5 else ""
        if rng.random() < 0.15:  # only the monthly rent: no total
            return [f"{head}，按季度支付。{dep}"], None, cur, False
        total = rent * months
        return [f"{head}，租赁期内租金总额为{zh_money(rng, total, cur)}（大写：{zh_upper(total)}）。{dep}"], total, cur, False
    if kind == "none":
        return [], None, cur, False
    if kind == "loan":
        total = money_in(rng, 50_000, 20_000_000, 10_000)
        s = int(rng.integers(3))
        txt = (f"借款金额：人民币（大写）{zh_upper(total)}（小写：¥{fig(total)}）。" if s == 0 else
               f"借款本金为{zh_money(rng, total, cur)}。" if s == 1 else zh_total_sentence(rng, "借款金额", total, cur))
        txt += f"借款年利率为{pick(rng, ['4.35', '5.5', '6'])}%，利息按月支付，每月应付利息约{fig((total * Decimal('0.00363')).quantize(Decimal('0.01')))}元。"
        return [txt], total, cur, False
    if kind == "cap":
        if rng.random() < 0.4:
            return [], None, cur, False
        total = money_in(rng, 1_000_000, 50_000_000, 100_000)
        return [f"本协议有效期内，甲方年度采购总额预计不超过{zh_money(rng, total, cur)}，具体以订单金额为准。"], total, cur, False
    if kind == "supp":
        if rng.random() < 0.35:
            return [], None, cur, False
        total = money_in(rng, 50_000, 5_000_000, 100)
        old = (total * Decimal("0.85")).quantize(Decimal("1.00"))
        return [f"原合同第三条约定的合同总价款由人民币{fig(old)}元调整为{zh_money(rng, total, cur)}"
                f"（大写：{zh_upper(total)}）。"], total, cur, False
    if kind == "price" and not cue:
        cap = money_in(rng, 1_000_000, 30_000_000, 100_000)
        return [f"甲方以货币出资人民币{fig(cap)}元，乙方以技术和设备作价出资，双方按出资比例分享利润、分担风险。"], None, cur, False
    total = money_in(rng, 10_000, 9_000_000, 100, cents=True)
    cue = cue or {"fee": pick(rng, ["服务费总额", "合同总价款", "委托费用合计"]),
                  "license": pick(rng, ["许可使用费总额", "转让费", "合同总价款"])}.get(kind, "合同总金额")
    txt = zh_total_sentence(rng, cue, total, cur)
    if kind in ("fee", "license") and rng.random() < 0.6:
        n = pick(rng, [2, 4])
        txt += f"该款项分{zh_cn_number(n)}期支付，每期{zh_money(rng, (total / n).quantize(Decimal('0.01')), cur)}。"
    if kind == "fee" and rng.random() < 0.4:
        txt += "上述费用含6%增值税。"
    return [txt], total, cur, False


def zh_term(rng: Rng, label: str, signed: date, start: date, dt: Any
            ) -> tuple[str, date, date, bool]:
    """(sentence, effective, expiry, from_term)."""
    years = int(rng.integers(1, 6))
    months = 12 * years if rng.random() < 0.7 else pick(rng, [6, 18, 24, 30])
    if months % 12 == 0 and rng.random() < 0.6:
        n_txt = pick(rng, [f"{zh_cn_number(months // 12)}年", f"{months // 12}年"])
    else:
        n_txt = pick(rng, [f"{months}个月", f"{zh_cn_number(months)}个月"])
    form = int(rng.integers(6))
    if form == 5:
        start = signed
    end = add_months(start, months) - timedelta(days=1)
    if form == 0:
        return f"{label}自{dt(start)}起至{dt(end)}止。", start, end, False
    if form == 1:
        return f"{label}：{dt(start)}{pick(rng, ['—', '～', '至'])}{dt(end)}。", start, end, False
    if form == 2:
        return f"{label}为{n_txt}，自{dt(start)}起算。", start, end, True
    if form == 3:
        return f"本合同自{dt(start)}起生效，有效期至{dt(end)}。", start, end, False
    if form == 4:
        return f"{label}{pick(rng, ['为', ''])}{n_txt}，即自{dt(start)}起至{dt(end)}止。", start, end, False
    return (f"本合同自双方签字盖章之日起生效，{pick(rng, [label + '为', '期限'])}{n_txt}。", start, end, True)


def zh_contract(ctype: str, rng: Rng) -> Filled:
    spec = ZH[ctype]
    money_kind, cue, orig = spec.money, "", "原合同"
    if ctype == "other":
        title, (ra, rb), cue = pick(rng, ZH_OTHER)
        roles_jiayi = (ra, rb) == ("甲方", "乙方")
        money_kind = "price"
        spec = Spec([], [], "QT", "price", term=0.5, term_label="合同期限", clauses=(ZH_OTHER_CLAUSE[title],))
    elif ctype == "supplementary":
        ra, rb = pick(rng, spec.roles)
        orig = pick(rng, ZH_ORIG)
        title = pick(rng, [f"《{orig}》之补充协议", f"{orig}补充协议", f"关于《{orig}》的补充协议（二）", "补充协议书"])
        roles_jiayi = (ra, rb) == ("甲方", "乙方")
    else:
        title = pick(rng, spec.titles)
        ra, rb = pick(rng, spec.roles)
        roles_jiayi = (ra, rb) == ("甲方", "乙方")
    b_person_p = spec.b_person if ctype != "other" else 0.0
    a = zh_company(rng)
    b = zh_person(rng) if rng.random() < b_person_p else zh_company(rng)
    while b == a:
        b = zh_company(rng)
    b_is_person = not b.endswith("公司")
    signed = rand_date(rng)
    city = pick(rng, list(ZH_CITIES))
    dstyle = int(rng.integers(7))

    def dt(d: date) -> str:
        return zh_date_any(rng, d, dstyle if rng.random() < 0.8 else None)

    # ---- parties: printed order and labels ----
    b_first = rng.random() < spec.b_first
    first, second = ((rb, b), (ra, a)) if b_first else ((ra, a), (rb, b))
    mode = "jia" if roles_jiayi else pick(rng, ["func", "func", "jia_func", "func_jia", "jia"])

    def label(func: str, jy: str) -> str:
        return {"func": func, "jia_func": f"{jy}（{func}）", "func_jia": f"{func}（{jy}）", "jia": jy}[mode]

    l1, l2 = label(first[0], "甲方"), label(second[0], "乙方")
    if mode == "func":
        r1, r2 = ("party_a", "party_b") if first[0] == ra else ("party_b", "party_a")
    else:
        r1, r2 = "party_a", "party_b"
    style = int(rng.integers(7))
    short1, short2 = (first[0], second[0]) if mode == "func" else ("甲方", "乙方")
    parties = [(r1, first[1], short1 if style == 4 else l1), (r2, second[1], short2 if style == 4 else l2)]
    third = None
    if spec.third and rng.random() < 0.3:
        third = (pick(rng, [spec.third, "丙方（保证人）", "丙方"]), zh_company(rng))
        parties.append(("party_c", third[1], third[0]))
    person1, person2 = first[1] == b and b_is_person, second[1] == b and b_is_person

    no = contract_number(rng, "zh", ctype, spec.code, signed, a) if rng.random() < 0.92 else None
    no_label = pick(rng, ["合同编号", "合同编号", "编号", "合同号", "协议编号", "合同编号（No.）"])
    no_line = f"{no_label}{pick(rng, ['：', '：', ':', ' ', '： '])}{no}" if no else ""
    no_pos = pick(rng, ["right", "cover_table", "shared", "footer", "repeat", "sentence", "center"]) if no else None

    # ---- term and amount ----
    start = signed + timedelta(days=int(rng.integers(0, 20)))
    if ctype == "lease":
        start = add_months(signed.replace(day=1), 1)
    effective = expiry = None
    from_term = False
    term_txt = ""
    if rng.random() < spec.term:
        term_txt, effective, expiry, from_term = zh_term(rng, spec.term_label or "合同期限", signed, start, dt)
    elif rng.random() < 0.6:
        effective = signed
        term_txt = pick(rng, ["本合同自双方签字盖章之日起生效。", "本协议经双方法定代表人或授权代表签字并加盖公章后生效。"])
    months = ((expiry.year - effective.year) * 12 + expiry.month - effective.month + 1
              if expiry and effective else None)
    money_lines, total, cur, _table = zh_amount_block(rng, money_kind, cue, months)

    # ---- header ----
    lines: list[str] = []
    signed_shown = False  # the signing date printed before the signature block
    sign_place = f"{city}市{pick(rng, ZH_CITIES[city])}"
    disp_title = title
    tstyle = int(rng.integers(6))
    if tstyle == 0 and len(title) <= 6:
        disp_title = " ".join(title)
    letterhead = tstyle == 1
    if tstyle == 2 and ctype != "other":
        disp_title = f"{title} {ZH_EN_TITLE[ctype]}" if len(title) <= 8 else title
    if letterhead:
        issuer = second[1] if person1 else first[1]
        lines += [issuer, f"== 地址：{zh_address(rng)}  电话：0{int(rng.integers(10, 99))}-{int(rng.integers(10**7, 10**8))}",
                  "", f"== {disp_title}"]
    elif tstyle == 3:  # cover page
        lines += [disp_title, "", "", f"== {l1}：{first[1]}", f"== {l2}：{second[1]}"]
        if no and no_pos in ("cover_table", "center"):
            lines.append(f"== {no_line}")
        lines += [f"== 签订地点：{sign_place}", f"== 签订日期：{dt(signed)}", "@@PAGEBREAK", title]
        signed_shown = True
    else:
        lines.append(disp_title)
    if tstyle == 4 and ctype != "other":
        lines.append(f"== {ZH_EN_TITLE[ctype]}")
    if no_pos in ("right", "repeat"):
        lines.append(f">> {no_line}")
    elif no_pos == "center" and tstyle != 3:
        lines.append(f"== （{no_line}）")
    lines.append("")
    if no_pos == "cover_table" and tstyle != 3:
        lines.append(f"| {no_label} | {no} | 签订日期 | {dt(signed)} |")
        extra = (f"| 签订地点 | {sign_place} | 合同金额 | {zh_money(rng, total, cur)} |" if total is not None and rng.random() < 0.5
                 else f"| 签订地点 | {sign_place} | 页数 | 共{int(rng.integers(3, 9))}页 |")
        lines += [extra, ""]
        signed_shown = True
    elif no_pos == "shared":
        right = pick(rng, [f"签订地点：{sign_place}", f"签订日期：{dt(signed)}"])
        lines += [f"{no_line}\t{right}", ""]
        signed_shown = right.startswith("签订日期")

    # ---- parties ----
    def detail(person: bool) -> list[str]:
        if person:
            out = [f"身份证号码：{int(rng.integers(110000, 659999))}19{int(rng.integers(60, 99))}"
                   f"{int(rng.integers(1, 13)):02d}{int(rng.integers(1, 29)):02d}{int(rng.integers(1000, 9999))}"]
            if ctype == "employment" and rng.random() < 0.5:
                out.append(f"出生日期：{dt(date(int(rng.integers(1965, 2002)), int(rng.integers(1, 13)), int(rng.integers(1, 29))))}")
            return out + [f"住址：{zh_address(rng)}"]
        return [f"{pick(rng, ['住所', '地址', '注册地址'])}：{zh_address(rng)}",
                f"{pick(rng, ['法定代表人', '法定代表人/负责人'])}：{zh_person(rng)}"]

    def phone() -> str:
        return f"1{int(rng.integers(3, 9))}{int(rng.integers(100000000, 999999999))}"

    if style == 0:
        for lab, (_, n), person in ((l1, first, person1), (l2, second, person2)):
            lines += [f"{spaced(lab, rng)}：{n}", *detail(person), ""]
    elif style == 1:  # the name on the line below its label
        for lab, (_, n), person in ((l1, first, person1), (l2, second, person2)):
            lines += [f"{spaced(lab, rng)}：", n, *detail(person), ""]
    elif style == 2:  # four-column party table
        lines += [f"| {l1} | {first[1]} | {l2} | {second[1]} |",
                  f"| 地址 | {zh_address(rng)} | 地址 | {zh_address(rng)} |",
                  f"| 联系人 | {zh_person(rng)} | 联系人 | {second[1] if person2 else zh_person(rng)} |",
                  f"| 电话 | {phone()} | 电话 | {phone()} |", ""]
    elif style == 3:  # column table with a 名称 row
        lines += [f"| 项目 | {l1} | {l2} |",
                  f"| {'名称/姓名' if person1 or person2 else '名称'} | {first[1]} | {second[1]} |",
                  f"| 地址 | {zh_address(rng)} | {zh_address(rng)} |",
                  f"| 联系电话 | {phone()} | {phone()} |", ""]
    elif style == 4:  # declaration
        lines.append(f"{pick(rng, ['本合同由', '', '立合同人：'])}{first[1]}（以下简称“{short1}”）与{second[1]}"
                     f"（以下简称“{short2}”）根据《中华人民共和国民法典》及有关法律法规的规定，"
                     "在平等、自愿、协商一致的基础上订立本合同。")
    elif style == 5 and (person1 or person2):  # employment-like: company line, then a person table
        pl, pn = (l2, second[1]) if person2 else (l1, first[1])
        cl, cn = (l1, first[1]) if person2 else (l2, second[1])
        lines += [f"{spaced(cl, rng)}：{cn}", *detail(False), "", f"{pl}：",
                  f"| 姓名 | {pn} | 性别 | {pick(rng, ['男', '女'])} |",
                  f"| 身份证号码 | {int(rng.integers(110000, 659999))}1990{int(rng.integers(1000, 9999))}0011 | 联系电话 | {phone()} |", ""]
    else:  # headings with 名称/姓名 rows
        for lab, (_, n), person in ((l1, first, person1), (l2, second, person2)):
            lines += [f"## {lab}", f"{'姓名' if person else '名称'}：{n}", *detail(person)[:1], ""]
    if third:
        lines += [f"{third[0]}：{third[1]}", f"住所：{zh_address(rng)}", ""]
    pre = []
    if style != 4:
        pre.append(pick(rng, ["根据《中华人民共和国民法典》及相关法律法规的规定，双方在平等、自愿的基础上，经友好协商，订立本合同，以资共同遵守。",
                              "甲乙双方经友好协商，就下列事项达成一致，订立本合同。"]))
    if no_pos == "sentence":
        pre.append(pick(rng, [f"本合同编号为{no}，双方应在往来函件中注明该编号。", f"（本合同编号：{no}）"]))
    if rng.random() < 0.25:
        pre.append(f"本合同于{dt(signed)}在{sign_place}签订。")
        signed_shown = True
    lines += pre
    if ctype == "supplementary":
        od = signed - timedelta(days=int(rng.integers(60, 700)))
        ono = contract_number(rng, "zh", pick(rng, list(HAN_CODE)), "HT", od, a)
        lines.append(f"鉴于双方已于{dt(od)}签订了编号为{ono}的《{orig}》（以下简称“原合同”），"
                     "现经双方协商一致，对原合同的部分条款作如下变更和补充：")

    # ---- clauses ----
    body: list[tuple[str, list[str]]] = [(h, [c]) for h, c in zip(["标的", "双方义务", "其他约定"], spec.clauses)] \
        if spec.clauses else [("合作内容", ["双方应按照本合同约定履行各自义务。"])]
    if money_lines:
        body.insert(1 if len(body) > 1 else 0, (pick(rng, ["合同价款", "价款及支付", "费用及支付方式", "金额"]), money_lines))
    elif ctype == "employment":
        body.append(("劳动报酬", [f"劳动者月工资为人民币{fig(money_in(rng, 4_000, 50_000, 500))}元（税前），于每月十日前支付。"]))
    elif ctype == "nda":
        body.append(("违约责任", [f"接收方违反本协议的，应向披露方支付违约金人民币{fig(money_in(rng, 50_000, 1_000_000, 10_000))}元。"]))
    if term_txt:
        body.insert(int(rng.integers(len(body) + 1)), (pick(rng, ["期限", "合同期限", "生效及期限"]), [term_txt]))
    body.append(("争议解决", [f"因本合同引起的争议，双方协商解决；协商不成的，提交{city}仲裁委员会仲裁。"]))
    body.append(("其他", [f"本合同一式{pick(rng, ['两', '四'])}份，双方各执{pick(rng, ['一', '二'])}份，具有同等法律效力。"]))
    nstyle = int(rng.integers(3))
    for i, (head, content) in enumerate(body, start=1):
        table = content and content[0].startswith("|")
        if nstyle == 0 or table:
            lines += [f"## 第{zh_cn_number(i)}条 {head}", *content]
        elif nstyle == 1:
            lines += [f"{zh_cn_number(i)}、{head}：{content[0]}", *content[1:]]
        else:
            lines += [f"{i}. {content[0]}", *content[1:]]
    lines.append("（以下无正文）")

    # ---- signature ----
    lines += ["@@SIGNATURE", ""]
    d = dt(signed)
    date_where = pick(rng, ["both", "both", "once", "blank"])
    if date_where == "blank" and not signed_shown:
        date_where = "both"
    mark1, mark2 = ("（签字）" if person1 else "（盖章）"), ("（签字）" if person2 else "（盖章）")
    sig = int(rng.integers(3))
    if sig == 0:
        lines.append(f"{l1}{mark1}：{first[1]}\t{l2}{mark2}：{second[1]}")
        lines.append("法定代表人或授权代表：\t" + ("" if person2 else "法定代表人或授权代表："))
    elif sig == 1:
        lines += [f"{l1}{mark1}：\t{l2}{mark2}：", f"{first[1]}\t{second[1]}", "签字：\t签字："]
    else:
        lines += [f"{l1}：{first[1]}（盖章）" if not person1 else f"{l1}（签字）：{first[1]}", "授权代表：",
                  f"{l2}：{second[1]}（盖章）" if not person2 else f"{l2}（签字）：{second[1]}", "授权代表："]
    dl = pick(rng, ["签订日期", "日期", "签署日期", "签订时间"])
    if date_where == "both":
        lines.append(f"{dl}：{d}\t{dl}：{d}")
    elif date_where == "once":
        lines.append(f"签订日期：{d}" if rng.random() < 0.5 else f"签订地点：{sign_place}\t签订日期：{d}")
    else:
        lines.append(f"{dl}：\t{dl}：")
    if third:
        lines.append(f"{third[0]}（盖章）：{third[1]}")
    if no_pos in ("footer", "repeat"):
        lines += ["", pick(rng, [f">> {no_line}", f"== {no_line}", f"{no_line}\t{title}"])]
    t = _truth("zh", ctype, no, parties, signed, effective, expiry,
               (total, cur) if total is not None else None,
               zh_upper(total) if total is not None else None, from_term)
    return Filled(lines, t, a)


# ----------------------------------------------------------------------------------------------
# English
# ----------------------------------------------------------------------------------------------
EN: dict[str, Spec] = {
    "sales": Spec(["SALES CONTRACT", "SALES AGREEMENT", "Sale of Goods Agreement", "EQUIPMENT SALES CONTRACT"],
                  [("Seller", "Buyer"), ("Vendor", "Purchaser")], "SC", "goods", term=0.1,
                  clauses=("The Seller shall deliver the Goods DAP at the Buyer's warehouse; title passes on delivery.",
                           "The Goods shall be free from defects in design, material and workmanship for twelve (12) months.")),
    "purchase": Spec(["PURCHASE AGREEMENT", "PURCHASE CONTRACT", "PROCUREMENT CONTRACT", "Purchase Order Agreement"],
                     [("Supplier", "Purchaser"), ("Vendor", "Buyer")], "PO", "goods", b_first=0.6, term=0.1,
                     clauses=("The Purchaser hereby orders and the Supplier agrees to supply the Products listed below.",
                              "The Purchaser shall pay each undisputed invoice within thirty (30) days after acceptance.")),
    "service": Spec(["SERVICES AGREEMENT", "CONSULTING AGREEMENT", "Professional Services Agreement",
                     "IT OUTSOURCING SERVICES CONTRACT"],
                    [("Client", "Service Provider"), ("Customer", "Contractor"), ("Company", "Consultant")], "SA", "fee",
                    term=0.8, clauses=("The Service Provider shall perform the Services with reasonable skill, care and diligence.",
                                       "Fees shall be invoiced monthly in arrears and paid within thirty (30) days.")),
    "lease": Spec(["LEASE AGREEMENT", "TENANCY AGREEMENT", "Commercial Lease", "EQUIPMENT LEASE AGREEMENT"],
                  [("Landlord", "Tenant"), ("Lessor", "Lessee")], "LS", "rent", b_person=0.3, term=1.0,
                  clauses=("The Landlord lets and the Tenant takes the Premises for use as offices only.",
                           "The Tenant shall not assign or sublet the Premises without the Landlord's prior written consent.")),
    "employment": Spec(["EMPLOYMENT AGREEMENT", "CONTRACT OF EMPLOYMENT", "Employment Contract"],
                       [("Employer", "Employee"), ("Company", "Employee")], "EMP", "none", b_person=1.0, term=0.8,
                       clauses=("The Employee is employed as Senior Engineer and shall report to the Chief Technology Officer.",
                                "The first three (3) months of employment shall be a probationary period.")),
    "nda": Spec(["NON-DISCLOSURE AGREEMENT", "CONFIDENTIALITY AGREEMENT", "Mutual Non-Disclosure Agreement"],
                [("Disclosing Party", "Receiving Party"), ("Discloser", "Recipient")], "NDA", "none", term=0.7,
                clauses=("The Receiving Party shall hold the Confidential Information in strict confidence.",
                         "On request, the Receiving Party shall return or destroy all Confidential Information.")),
    "loan": Spec(["LOAN AGREEMENT", "TERM LOAN AGREEMENT", "Shareholder Loan Agreement", "FACILITY AGREEMENT"],
                 [("Lender", "Borrower")], "LN", "loan", b_person=0.3, term=1.0, third="Guarantor",
                 clauses=("The Borrower shall apply the Loan towards its general working capital requirements.",
                          "Any amount not paid when due shall bear default interest at 2% per annum above the agreed rate.")),
    "license": Spec(["LICENSE AGREEMENT", "SOFTWARE LICENCE AGREEMENT", "Trademark License Agreement", "PATENT LICENCE AGREEMENT"],
                    [("Licensor", "Licensee")], "LIC", "license", term=0.7,
                    clauses=("The Licensor grants to the Licensee a non-exclusive, non-transferable licence within the Territory.",
                             "The Licensee shall not sub-license the Licensed Technology without prior written consent.")),
    "framework": Spec(["FRAMEWORK AGREEMENT", "MASTER FRAMEWORK AGREEMENT", "Framework Services Agreement"],
                      [("Party A", "Party B"), ("Client", "Contractor")], "FA", "cap", term=0.9,
                      clauses=("Individual orders shall be placed by call-off orders issued under this Framework Agreement.",
                               "This Framework Agreement does not oblige Party A to place any minimum volume of orders.")),
    "supplementary": Spec([], [("Party A", "Party B"), ("Landlord", "Tenant"), ("Client", "Service Provider")], "AMD",
                          "supp", term=0.3,
                          clauses=("Save as amended by this Amendment, the Original Agreement remains in full force and effect.",)),
}
EN["other"] = Spec([], [], "AGR", "price")  # drawn per title in en_contract
EN_ORIG = {("Landlord", "Tenant"): "Lease Agreement", ("Client", "Service Provider"): "Services Agreement"}
EN_OTHER_CLAUSE = {
    "JOINT VENTURE AGREEMENT": ("The Parties shall establish a joint venture company with limited liability to carry out the Business.",
                                "The registered capital of the Joint Venture Company shall be contributed by the Parties in proportion to "
                                "their equity interests."),
    "SETTLEMENT AGREEMENT": ("In full and final settlement of the Dispute, the Respondent shall pay the Settlement Amount to the Claimant.",),
    "SHARE PURCHASE AGREEMENT": ("The Seller shall sell and the Purchaser shall purchase the Sale Shares free from all encumbrances.",),
    "CONSTRUCTION CONTRACT": ("The Contractor shall execute and complete the Works in accordance with the Drawings and Specifications.",),
    "Agency Agreement": ("The Principal appoints the Agent as its non-exclusive agent to solicit orders in the Territory.",
                         "The Agent shall receive a commission of five per cent (5%) of the net invoiced value of accepted orders."),
    "WAREHOUSING AGREEMENT": ("The Warehouse Operator shall store the Goods in a secure, dry and clean warehouse.",),
}
EN_OTHER = [("JOINT VENTURE AGREEMENT", ("Party A", "Party B"), ""),
            ("SETTLEMENT AGREEMENT", ("Claimant", "Respondent"), "Settlement Amount"),
            ("SHARE PURCHASE AGREEMENT", ("Seller", "Purchaser"), "Purchase Price"),
            ("CONSTRUCTION CONTRACT", ("Employer", "Contractor"), "Contract Sum"),
            ("Agency Agreement", ("Principal", "Agent"), ""),
            ("WAREHOUSING AGREEMENT", ("Depositor", "Warehouse Operator"), "Storage Fees")]


def en_money(rng: Rng, v: Decimal, cur: str) -> str:
    code = CURRENCIES[cur][0]
    forms = [f"{code} {fig(v)}", f"{fig(v)} {code}", f"{code}{fig(v)}"]
    if cur == "USD":
        forms += [f"US${fig(v)}", f"US$ {fig(v)}"]
    if cur == "GBP":
        forms.append(f"£{fig(v)}")
    return pick(rng, forms)


def en_total_sentence(rng: Rng, cue: str, v: Decimal, cur: str) -> str:
    s = int(rng.integers(4))
    if s == 0:
        return f"The {cue} is {en_money(rng, v, cur)} (say {en_words(v, cur)})."
    if s == 1:
        return f"{cue}: {en_money(rng, v, cur)}"
    if s == 2:
        return f"The {cue} shall be {en_words(v, cur)} ({en_money(rng, v, cur)}), inclusive of all taxes."
    return f"The {cue} payable under this Agreement is {en_money(rng, v, cur)}, exclusive of VAT."


def en_amount_block(rng: Rng, kind: str, cue: str, months: int | None
                    ) -> tuple[list[str], Decimal | None, str]:
    cur = pick(rng, ["USD", "USD", "EUR", "CNY", "GBP"])
    if kind == "goods":
        items = goods_items(rng, GOODS_EN)
        total = sum((it[4] for it in items), Decimal(0))
        code = CURRENCIES[cur][0]
        rows = [f"| Item | Description | Qty | Unit Price ({code}) | Amount ({code}) |"]
        rows += [f"| {i} | {n} | {q} {u} | {fig(p)} | {fig(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
        rows.append(f"| Total | | | | {en_money(rng, total, cur)} |")
        if rng.random() < 0.6:
            rows += ["", en_total_sentence(rng, pick(rng, ["total Contract Price", "Total Purchase Price"]), total, cur)]
        return rows, total, cur
    if kind == "rent":
        rent = money_in(rng, 1_500, 60_000, 50)
        head = f"The monthly rent is {en_money(rng, rent, cur)}, payable in advance on the first day of each month."
        dep = f" A security deposit of {en_money(rng, rent * 3, cur)} is payable on signing." if rng.random() < 0.5 else ""
        if rng.random() < 0.15:
            return [head + dep], None, cur
        total = rent * (months or 12)
        return [head + f" The total rent payable for the Term is {en_money(rng, total, cur)}." + dep], total, cur
    if kind == "none":
        return [], None, cur
    if kind == "loan":
        total = money_in(rng, 50_000, 10_000_000, 5_000)
        txt = pick(rng, [f"The Lender agrees to lend to the Borrower a principal amount of {en_money(rng, total, cur)} (the \"Loan\").",
                         f"Loan Amount: {en_money(rng, total, cur)} ({en_words(total, cur)})",
                         f"The aggregate principal amount of the Loan is {en_money(rng, total, cur)}."])
        return [txt + f" Interest accrues at {pick(rng, ['4.5', '6.25', '7'])}% per annum, payable quarterly in arrears."], total, cur
    if kind == "cap":
        if rng.random() < 0.4:
            return [], None, cur
        total = money_in(rng, 500_000, 20_000_000, 50_000)
        return [f"The estimated aggregate value of all Orders under this Agreement shall not exceed {en_money(rng, total, cur)}."], total, cur
    if kind == "supp":
        if rng.random() < 0.35:
            return [], None, cur
        total = money_in(rng, 50_000, 5_000_000, 100)
        old = (total * Decimal("0.85")).quantize(Decimal("1.00"))
        return [f"The total contract price under the Original Agreement of {CURRENCIES[cur][0]} {fig(old)} is hereby "
                f"amended to {en_money(rng, total, cur)}."], total, cur
    total = money_in(rng, 10_000, 9_000_000, 100, cents=True)
    cue = cue or {"fee": pick(rng, ["total fees for the Services", "Contract Value", "aggregate fee"]),
                  "license": pick(rng, ["total licence fee", "lump-sum royalty"])}.get(kind, "total price")
    txt = en_total_sentence(rng, cue, total, cur)
    if kind in ("fee", "license") and rng.random() < 0.5:
        txt += f" It is payable in four equal quarterly instalments of {en_money(rng, (total / 4).quantize(Decimal('0.01')), cur)}."
    return [txt], total, cur


def en_contract(ctype: str, rng: Rng) -> Filled:
    spec = EN[ctype]
    money_kind, cue = spec.money, ""
    orig = ""
    if ctype == "other":
        title, (ra, rb), cue = pick(rng, EN_OTHER)
        money_kind = "price" if cue else "none"
        spec = Spec([], [], "AGR", money_kind, term=0.5, clauses=EN_OTHER_CLAUSE[title])
    elif ctype == "supplementary":
        ra, rb = pick(rng, spec.roles)
        orig = EN_ORIG.get((ra, rb)) or pick(rng, ["Supply Agreement", "Services Agreement", "Distribution Agreement"])
        title = pick(rng, [f"AMENDMENT NO. {int(rng.integers(1, 4))} TO THE {orig.upper()}", f"First Amendment to {orig}",
                           "SUPPLEMENTAL AGREEMENT", f"ADDENDUM TO THE {orig.upper()}", "AMENDMENT AGREEMENT"])
    else:
        title = pick(rng, spec.titles)
        ra, rb = pick(rng, spec.roles)
    a = en_company_any(rng)
    b_is_person = bool(rng.random() < spec.b_person)
    b = en_person(rng) if b_is_person else en_company_any(rng)
    while b == a:
        b = en_company_any(rng)
    signed = rand_date(rng)
    place_a, place_b = pick(rng, EN_PLACES), pick(rng, EN_PLACES)
    numeric = rng.random() < 0.2
    dmy = rng.random() < 0.7
    dstyle = pick(rng, [0, 1, 4, 5])

    def dt(d: date) -> str:
        if numeric:
            return f"{d:%d/%m/%Y}" if dmy else f"{d:%m/%d/%Y}"
        return en_date_any(rng, d, True, dstyle if rng.random() < 0.8 else pick(rng, [0, 1, 2, 5]))

    b_first = rng.random() < spec.b_first
    first, second = ((rb, b), (ra, a)) if b_first else ((ra, a), (rb, b))
    chinese_style = (ra, rb) != ("Party A", "Party B") and rng.random() < 0.2
    if (ra, rb) == ("Party A", "Party B") or chinese_style:
        r1, r2 = "party_a", "party_b"
        l1 = "Party A" if not chinese_style else f"Party A ({first[0]})"
        l2 = "Party B" if not chinese_style else f"Party B ({second[0]})"
    else:
        r1, r2 = ("party_a", "party_b") if first[0] == ra else ("party_b", "party_a")
        l1, l2 = first[0], second[0]
    parties = [(r1, first[1], l1), (r2, second[1], l2)]
    third = (spec.third, en_company_any(rng)) if spec.third and rng.random() < 0.3 else None
    if third:
        parties.append(("party_c", third[1], third[0]))
    person1, person2 = first[1] == b and b_is_person, second[1] == b and b_is_person

    no = contract_number(rng, "en", ctype, spec.code, signed, a) if rng.random() < 0.9 else None
    no_label = pick(rng, ["Contract No.", "Agreement No.", "Ref:", "Reference No.", "Our Ref.", "Contract Number:", "No."])
    no_line = (f"{no_label} {no}" if no_label.endswith(":") else f"{no_label}: {no}" if rng.random() < 0.7
               else f"{no_label} {no}") if no else ""
    no_pos = pick(rng, ["right", "table", "shared", "footer", "repeat", "sentence", "center"]) if no else None

    start = signed + timedelta(days=int(rng.integers(0, 30)))
    if ctype == "lease":
        start = add_months(signed.replace(day=1), 1)
    effective = expiry = None
    from_term = False
    term_txt = ""
    if rng.random() < spec.term:
        unit = pick(rng, ["year", "month"])
        n = int(rng.integers(1, 6)) if unit == "year" else pick(rng, [6, 12, 18, 24, 36])
        months = 12 * n if unit == "year" else n
        n_words = f"{en_words_int(n)} ({n}) {unit}{'s' if n > 1 else ''}" if rng.random() < 0.6 else f"{n} {unit}{'s' if n > 1 else ''}"
        form = int(rng.integers(6))
        if form == 5:
            start = signed
        end = add_months(start, months) - timedelta(days=1)
        term_txt = [
            f"This Agreement shall commence on {dt(start)} and continue for a period of {n_words}.",
            f"The term of this Agreement is from {dt(start)} to {dt(end)} (both dates inclusive).",
            f"This Agreement is effective as of {dt(start)} (the \"Effective Date\") and shall expire on {dt(end)}.",
            f"Term: {dt(start)} {pick(rng, ['–', 'to', '-'])} {dt(end)}.",
            f"The term shall be {n_words} commencing on {dt(start)} (the \"Commencement Date\").",
            f"This Agreement shall become effective on the date of signature and shall continue for {n_words}.",
        ][form]
        if form == 3 and numeric and rng.random() < 0.5:
            term_txt = f"Term: {dt(start)} to {dt(end)}."
        effective, expiry, from_term = start, end, form in (0, 4, 5)
    elif rng.random() < 0.5:
        effective = signed
        term_txt = "This Agreement shall become effective upon signature by both Parties."
    months_all = ((expiry.year - effective.year) * 12 + expiry.month - effective.month + 1
                  if expiry and effective else None)
    money_lines, total, cur = en_amount_block(rng, money_kind, cue, months_all)

    # ---- header ----
    lines: list[str] = []
    tstyle = int(rng.integers(5))
    disp = title if rng.random() < 0.7 else title.title().replace(" Of ", " of ").replace(" To ", " to ").replace(" The ", " the ")
    if tstyle == 1:
        issuer = a
        lines += [issuer, f"== {pick(rng, EN_PLACES)[2]}", "", f"== {disp}"]
    else:
        lines.append(disp)
    if tstyle == 2 and ctype != "other":
        lines.append(f"== ({pick(rng, ['the', 'this'])} \"Agreement\")")
    if no_pos in ("right", "repeat"):
        lines.append(f">> {no_line}")
    elif no_pos == "center":
        lines.append(f"== {no_line}")
    lines.append("")
    if no_pos == "table":
        lines += pick(rng, [[f"| {no_label.rstrip(':')} | {no} |", f"| Date | {dt(signed)} |"],
                            [f"| {no_label.rstrip(':')} | {no} | Date | {dt(signed)} |"]]) + [""]
    elif no_pos == "shared":
        lines += [f"{no_line}\t{pick(rng, ['Date: ' + dt(signed), 'Place: ' + place_a[0]])}", ""]
    if numeric:
        lines.append("In this Agreement all dates are written " + ("day/month/year (DD/MM/YYYY)." if dmy
                                                                  else "month/day/year (MM/DD/YYYY)."))
    made = pick(rng, ["THIS AGREEMENT is made on {d}", "This {t} (the \"Agreement\") is entered into as of {d}",
                      "DATED {d}", "This Agreement is made and entered into on {d}"])
    if no_pos == "sentence":
        made = pick(rng, ["This Agreement, under Contract No. " + no + ", is made on {d}",
                          "THIS AGREEMENT (Agreement No. " + no + ") is made on {d}"])
    made_txt = made.format(d=dt(signed), t=title.title())

    def desc(place: tuple[str, str, str], person: bool) -> str:
        if person:
            return f"an individual residing at {place[2]}"
        return pick(rng, [f"a company incorporated under the laws of {place[1]}, whose registered office is at {place[2]}",
                          f"a {place[0]} corporation with its principal place of business at {place[2]}",
                          f"(company number {int(rng.integers(10**6, 10**7))}) of {place[2]}"])

    k1, k2 = ("Party A", "Party B") if chinese_style else (l1, l2)  # defined terms
    d1, d2 = desc(place_a if first[1] == a else place_b, person1), desc(place_b if second[1] == b else place_a, person2)
    style = int(rng.integers(6))
    if style == 0:
        lines += [f"{made_txt}", "BETWEEN:", f"(1) {first[1]}, {d1} (the \"{k1}\");", "and",
                  f"(2) {second[1]}, {d2} (the \"{k2}\")" + (";" if third else ".")]
        if third:
            lines += ["and", f"(3) {third[1]}, {desc(pick(rng, EN_PLACES), False)} (the \"{third[0]}\")."]
    elif style == 1:
        lines.append(f"{made_txt} by and between {first[1]}, {d1} (hereinafter the \"{k1}\"), and {second[1]}, {d2} "
                     f"(hereinafter the \"{k2}\")" + (f", and {third[1]} (the \"{third[0]}\")." if third else "."))
    elif style == 2:
        lines += [f"{made_txt}.", f"| | {l1} | {l2} |", f"| Name | {first[1]} | {second[1]} |",
                  f"| Address | {(place_a if first[1] == a else place_b)[0]} | {(place_b if second[1] == b else place_a)[0]} |",
                  f"| Contact | {en_person(rng)} | {second[1] if person2 else en_person(rng)} |"]
        if third:
            lines.append(f"{third[0]}: {third[1]}")
    elif style == 3:  # the name on the line below its label
        lines += [f"{made_txt}.", ""]
        for lab, n, pl in ((l1, first[1], place_a), (l2, second[1], place_b)):
            lines += [f"{lab}:", n, f"Address: {pl[2]}", ""]
        if third:
            lines += [f"{third[0]}:", third[1], ""]
    elif style == 4:  # Chinese-style English
        lines += [f"{made_txt}.", ""]
        for lab, n, role in ((l1, first[1], first[0]), (l2, second[1], second[0])):
            lines.append(f"{lab}: {n}" + (f" (the \"{role}\")" if lab.startswith("Party") and "(" not in lab
                                          and role not in ("Party A", "Party B") else ""))
            lines.append(f"Address: {pick(rng, EN_PLACES)[2]}")
        if third:
            lines.append(f"{third[0]}: {third[1]}")
    else:  # parties named only in recitals-style paragraphs
        lines += [f"{made_txt}.", "## PARTIES",
                  f"1. {first[1].upper() if rng.random() < 0.3 else first[1]}, {d1} (\"{k1}\").",
                  f"2. {second[1]}, {d2} (\"{k2}\")."]
        if third:
            lines.append(f"3. {third[1]} (\"{third[0]}\").")
    rec = {"supplementary": f"the Parties entered into a {orig} dated {dt(signed - timedelta(days=int(rng.integers(90, 700))))} "
                            f"(No. {contract_number(rng, 'en', 'service', 'SA', signed, b)}) (the \"Original Agreement\") "
                            "and wish to amend it as set out below",
           "other": "the Parties wish to record the terms agreed between them"}.get(
        ctype, f"the {k1} wishes to enter into this Agreement with the {k2} on the terms set out below")
    if rng.random() < 0.6 or ctype == "supplementary":
        lines += ["", "RECITALS" if rng.random() < 0.5 else "WHEREAS:", f"(A) {rec};",
                  "(B) the Parties have agreed to enter into this Agreement on the terms below.",
                  "NOW, THEREFORE, the Parties agree as follows:"]

    body: list[tuple[str, list[str]]] = [(h, [c]) for h, c in zip(["Scope", "Obligations", "Further Terms"], spec.clauses)] \
        if spec.clauses else [("Scope", ["The Parties shall perform their respective obligations under this Agreement."])]
    if money_lines:
        body.insert(1 if len(body) > 1 else 0, (pick(rng, ["Price and Payment", "Fees", "Consideration", "Contract Price"]), money_lines))
    elif ctype == "employment":
        body.append(("Remuneration", [f"The Employee shall receive an annual base salary of {en_money(rng, money_in(rng, 30_000, 250_000, 1000), cur)}."]))
    if term_txt:
        body.insert(int(rng.integers(len(body) + 1)), (pick(rng, ["Term", "Duration", "Commencement and Term"]), [term_txt]))
    body.append(("Governing Law", [f"This Agreement shall be governed by the laws of {pick(rng, EN_PLACES)[1]}."]))
    nstyle = int(rng.integers(3))
    for i, (h, content) in enumerate(body, start=1):
        if nstyle == 0 or content[0].startswith("|"):
            lines += [f"## {i}. {h.upper() if rng.random() < 0.3 else h}", *content]
        elif nstyle == 1:
            lines += [f"{i}. {h}. {content[0]}", *content[1:]]
        else:
            lines += [f"{i}.1 {content[0]}", *content[1:]]

    lines += ["", pick(rng, ["IN WITNESS WHEREOF the Parties have executed this Agreement on the date first written above.",
                             "AS WITNESS the hands of the Parties on the date stated below."]), "@@SIGNATURE", ""]
    d = dt(signed)
    sig = int(rng.integers(3))
    if sig == 0:
        lines += ["SIGNED for and on behalf of\t" + ("SIGNED by" if person2 else "SIGNED for and on behalf of"),
                  f"{first[1]}\t{second[1]}", "By: ____________\tBy: ____________",
                  f"Name: {en_person(rng)}\tName: {second[1] if person2 else en_person(rng)}", f"Date: {d}\tDate: {d}"]
    elif sig == 1:
        lines += [f"{l1.upper()}: {first[1]}\t{l2.upper()}: {second[1]}", "Signature: ________\tSignature: ________",
                  f"Date: {d}\tDate: {d}" if rng.random() < 0.7 else "Date: ________\tDate: ________"]
    else:
        lines += [f"Signed by {en_person(rng)}, duly authorised for and on behalf of {first[1]}", "....................",
                  (f"Signed by {second[1]}" if person2 else f"Signed by {en_person(rng)} for and on behalf of {second[1]}"),
                  "....................", f"Date: {d}"]
    if third:
        lines += [f"For the {third[0]}: {third[1]}", f"Date: {d}"]
    if no_pos in ("footer", "repeat"):
        lines += ["", pick(rng, [f">> {no_line}", f"== {no_line}", f"{title.title()}\t{no_line}"])]
    t = _truth("en", ctype, no, parties, signed, effective, expiry,
               (total, cur) if total is not None else None, en_words(total, cur) if total is not None else None,
               from_term)
    return Filled(lines, t, a)


def make_contract(contract_type: str, lang: str, rng: Rng, **_: Any) -> Filled:
    if contract_type not in CONTRACT_TYPES:
        raise ValueError(f"no template for {contract_type!r}")
    if lang not in ("zh", "en"):
        raise ValueError(f"no template in {lang!r}")
    return (zh_contract if lang == "zh" else en_contract)(contract_type, rng)


def random_contract(rng: Rng) -> Filled:
    return make_contract(pick(rng, CONTRACT_TYPES), pick(rng, ["zh", "en"]), rng)
