"""A sixth development corpus ("office"): documents as they come out of a legal or purchasing
office, in the shapes the other five corpora do not print - titles that do not name the type,
letters, deeds, schedules, IOUs, order forms, and parties, amounts and dates where the other
corpora never put them.

Chinese documents (``zh_standard`` over 27 kinds, plus seven special skeletons):

* titles that do not name the type or name it indirectly: ``合同书`` / ``协议书`` / ``合同`` / ``合 同 书``
  (letter-spaced), ``关于国贸中心十二层的协议``, ``国贸中心十二层使用协议``, ``场地使用协议``, ``XX项目合同``,
  ``资金拆借协议``, ``审计业务约定书``, ``聘请常年法律顾问合同``, ``经销协议``, ``订购单``, ``加盟合同书``,
  ``软件授权协议``, ``A与B战略合作协议``, ``合作协议``, ``劳务协议书``, ``退休人员返聘协议``, ``承诺书``,
  ``关于…股权的转让协议``, a company letterhead as the first line with the title under it;
* parties: stacked with 统一社会信用代码 / 身份证号码 lines, a side-by-side table whose header row alone
  carries the labels (``| 项目 | 甲方 | 乙方 |`` then ``| 名称 | X | Y |``), prose
  ``X（统一社会信用代码：…）（以下简称“甲方”）与Y…``, the label on one line and the name on the next,
  two-column blocks, natural persons with ID numbers (lessors, borrowers, lenders, employees,
  transferors), ``华信科技（上海）有限公司``, branches, law and accounting firms
  (``立信会计师事务所（特殊普通合伙）南京分所``), a guarantor / target company as 丙方, labels such as
  ``业主/租户``, ``厂方/经销商``, ``聘请方/受聘方``, ``让与人/受让人``, ``致：X公司`` letters and ``我司/贵司``;
* special skeletons: 销售确认书 (parties only in a header table, the buyer confirming later), 订购单 /
  采购订单 of a buyer (order number in a table, amounts in 万元), 借条 / 借据 between individuals (no
  number, uppercase amount, repayment date), 综合授信协议 of a bank branch (sub-limits before the
  aggregate), 函 / 确认函 countersigned by the addressee (supplementary), 保密承诺书 addressed to a
  company, the 科学技术部 model technology contract with its cover page and an empty 合同登记编号 box;
* amounts: ``（大写：人民币…）（小写：¥…）``, tables in 万元 with a 合计 row, yearly rents in 万元, the
  total last in a sentence after instalments and 质保金, 不含税 / 税额 / 价税合计, adjusted prices after
  the old one (``…人民币A元变更为…B元``), distractors (预付款, 定金, 押金, 保证金, 违约金, 工时费, 装卸费,
  原诉讼标的额, 注册资本, 年度销售任务, 利息总额), no-total documents with rates only;
* dates: uppercase ``二〇二四年三月五日`` in most documents, both parties signing on different days,
  signing dates only in the signature block or in the prose (``于…在…签订``), ranges, ``有效期三年``;
* numbers: ``编号`` / ``合同编号`` / ``协议编号`` / ``NO.`` at the top, on a line shared with 签订地点, in a
  table row, at the end, absent; distractors 原合同编号 (also inside a
  函), 主合同 numbers, 项目编号, 案号, 房屋所有权证号, 车架号, 专利号, 注册号, 统一社会信用代码.

English documents (``en_standard`` over 17 kinds, plus fourteen special skeletons):

* titles: ``AGREEMENT``, ``CONTRACT``, ``DEED``, ``SERVICE AGREEMENT`` (an executive's employment),
  ``OFFICE PREMISES AT`` / an address over ``LEASE OF PART``, ``X PROJECT AGREEMENT``, ``EQUIPMENT
  SCHEDULE NO. 7``, ``TERMS OF BUSINESS``, ``HEADS OF TERMS``, ``BILL OF SALE``, ``PROMISSORY NOTE``,
  ``SHARE SALE AGREEMENT``, ``AGREEMENT for the sale and purchase of the entire issued share capital
  of …``, ``GUARANTEE AND INDEMNITY``, ``LETTER OF AWARD``, cover sheets (``DATED …`` over the names);
* parties: ``(1) NAME incorporated …`` lists, US ``as of … by and between``, ``BETWEEN: (1) … (hereinafter
  …)`` deeds with three parties (guarantor, the company of a shareholders' agreement), names with
  ``(formerly known as …)``, ``t/a``, ``trading as``, short names as defined terms, letters (``To:`` /
  ``From:``, ``The Directors`` address blocks, letterheads, "for and on behalf of"), particulars
  tables (tenancies with HKID / NRIC numbers, hire contracts, terms of business), PO vendor / ship-to
  rows, two-column "For and on behalf of X<TAB>For and on behalf of Y" execution blocks;
* amounts: ``GBP 12,500 (twelve thousand five hundred pounds)``, words before figures, ``US$``, ``HK$``,
  ``S$``, ``€``, ``RMB``; totals after fees, milestones or deposits; Net / VAT / Total rows; no-total
  documents (annual rents, day and hourly rates, salaries, royalties, minimum purchase targets,
  indicative price ranges, price per share) full of distractor amounts;
* dates: ``5th March 2024``, ``March 5, 2024``, ``05/03/2024`` only in UK / Hong Kong / Singapore
  documents and ``03/05/2024`` only in US documents, ``this 5th day of March 2024``, undated heads
  (``is dated ____ 2024``) with two signature dates, offer / facility / award letters accepted later,
  "with effect from the date of this letter", "for a period of 36 months from …".

Ground truth has the format of :mod:`sample_scans.templates` and the conventions of
:mod:`sample_scans.templates_wild` (printed 甲方/乙方 and Party A/B are authoritative; otherwise party_a
is the seller / supplier / vendor even when the buyer is named first or issues the document, the
lessor / landlord / hire company, the client / customer / 委托方 / 发包人 of a service or works, the
discloser, the employer, the lender (a bank, the holder of a note, the 出借人 of a 借条), the licensor /
franchisor / 让与人 / 转让方 / 特许人, the seller of shares, the creditor / lender of a guarantee, the
claimant of a settlement, the first-named party where the roles say nothing; a guarantor, a target
company or the company of a shareholders' agreement is party_c - also in a guarantee to which the
borrower is not a party). The decisions this corpus adds:

* signing date: when the parties sign on different days the LATER date is the signing date (the
  contract is concluded by the last signature); a letter countersigned by the addressee (offer,
  facility letter, letter of award, engagement letter, side letter, 函 with a 回执, 销售确认书, 订购单
  confirmed by the supplier) is signed on the acceptance date when that is printed, else on the
  letter's date; "on signature" / 自双方签字盖章之日起生效 then means the later date as well;
* effective date: an explicit clause wins over the start of the term (``本合同自双方签字盖章之日起生效。
  租赁期限自…起`` → the signing date); "with effect from the date of this letter" / "The Contract shall
  take effect on the date of this letter" → the letter's date even when accepted later; employment
  starts on its commencement date; none when nothing is said (借条, bills of sale, hire contracts,
  heads of terms, side letters that only vary rent, POs);
* expiry: the repayment / maturity date of a 借条, note or facility letter; none when the term runs
  from disbursement, for the operating period of a joint venture company, for an open hire, a
  guarantee period counted from the debtor's default, or a rent concession period;
* contract number: a printed label of the document's own reference is its number (编号, 合同编号,
  NO., Agreement No., Ref, Our ref, Schedule Reference, 订单编号, PO Number, 函号 / 编号 of a 函);
  "Your Ref", quotation and tender numbers, 原合同编号, the master agreement of a schedule, an empty
  合同登记编号 box and court case numbers are not;
* totals: the tax-inclusive total (Total payable, 价税合计); a settlement's total sum (not the claim);
  a guarantee's maximum liability / 担保的主债权本金 / 最高债权额 (a cap, as for frameworks); a credit
  facility's aggregate limit; a franchise's stated 合计; a bill of sale's price; the new price of a
  variation; none for annual / monthly rents, hire and hourly / day rates, salaries and allowances,
  royalties (even with a minimum), distributors' minimum purchases and 年度销售任务, indicative price
  ranges of heads of terms, price per share, registered capital and capital contributions;
* types: 技术开发 / 技术服务 / 技术咨询 / 物业 / 维保 / 法律顾问 / 审计业务约定书 / engagement letters /
  Terms of Business → ``service``; 劳务合同 and 退休人员返聘协议 and an executive's SERVICE AGREEMENT →
  ``employment``; 供货 / 经销 / distribution / supply agreement / bill of sale / 销售确认书 → ``sales``;
  订购 / 采购订单 / purchase order / procurement contract / letter of award → ``purchase``;
  车辆 / 设备 / 场地使用 / tenancy / hire / equipment schedule under a master lease → ``lease``;
  保密承诺书 / confidentiality undertaking → ``nda``; 借条 / 资金拆借 / 授信 / facility letter /
  promissory note → ``loan``; 技术转让 / 专利权转让 / 特许经营 / 加盟 / 软件授权 / franchise → ``license``;
  合作协议 under which orders are placed → ``framework``; 函 / side letter / deed of variation /
  addendum → ``supplementary``; 股权转让, 建设工程施工, 保证合同, 和解, 合资经营, 货物运输, deed of
  guarantee, settlement, shareholders', share sale, heads of terms → ``other``.

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
from sample_scans.templates_varied import (
    EN_MONTHS, _truth, en_words, en_words_int, money_in, ordinal, zh_cn_number, zh_date_any,
)
from sample_scans.templates_wild import (
    BRAND_PY, CITY_CODE, CITY_PROV, EN_FEMALE, JUR, ZH_BANKS, Party, bank_account, en_desc, en_goods, en_party,
    en_person_name, made_on, q2, short_addr, term_end, uscc, zh_addr, zh_city, zh_party, zh_phone,
)

__all__ = ["CONTRACT_TYPES", "make_contract", "random_contract"]

Rng = np.random.Generator
CONTRACT_TYPES = (*BASE_TYPES, "other")
DateFn = Callable[[date], str]


# ================================================================================================
# shared helpers
# ================================================================================================
def days(rng: Rng, lo: int, hi: int) -> timedelta:
    return timedelta(days=int(rng.integers(lo, hi + 1)))


def two_dates(rng: Rng, signed: date, p: float = 0.35) -> tuple[date, date, date]:
    """(date party A signs, date party B signs, signing date): the parties may sign on different
    days; the contract is signed when the later of them signs."""
    da = db = signed
    if rng.random() < p:
        other = signed + days(rng, 1, 21)
        da, db = (signed, other) if rng.random() < 0.5 else (other, signed)
    return da, db, max(da, db)


def fig0(v: Decimal) -> str:
    """12,500 for whole amounts, 12,500.50 otherwise (English drafting drops the pence)."""
    return f"{v:,.0f}" if v == v.to_integral() else fig(v)


def wan(v: Decimal) -> str:
    return f"{(v / 10000).normalize():f}"


def zh_id(rng: Rng) -> str:
    return (f"{int(rng.integers(110101, 659001))}{int(rng.integers(1958, 2003))}{int(rng.integers(1, 13)):02d}"
            f"{int(rng.integers(1, 29)):02d}{int(rng.integers(100, 999))}{pick(rng, list('0123456789X'))}")


def zh_dater(rng: Rng) -> DateFn:
    """One document's date style; 二〇二四年三月五日 is printed more often than elsewhere."""
    style = pick(rng, [0, 0, 0, 1, 3, 4, 5, 6, 6, 6])

    def f(d: date) -> str:
        return zh_date_any(rng, d, style if rng.random() < 0.9 else 6)
    return f


def zh_term_words(months: int, rng: Rng) -> str:
    if months % 12 == 0 and rng.random() < 0.7:
        y = months // 12
        return pick(rng, [f"{zh_cn_number(y)}年", f"{y}年", f"{'壹贰叁肆伍'[y - 1]}年" if y <= 5 else f"{y}年"])
    return pick(rng, [f"{months}个月", f"{zh_cn_number(months)}个月"])


def zh_num(rng: Rng, init: str, code: str, han: str, d: date, city: str) -> str:
    """A printed contract number in one of the shapes Chinese offices use."""
    y, seq = d.year, int(rng.integers(1, 3000))
    prov = CITY_PROV.get(city, "沪")
    brand = {v: k for k, v in BRAND_PY.items()}.get(init, "华")
    return pick(rng, [
        f"{init}-{code}-{y}-{seq:04d}", f"{init}{code}{y}{seq:04d}", f"{prov}{init}{code}〔{y}〕{seq:03d}号",
        f"（{y}）{brand}{han}字第{seq:04d}号", f"{y}{seq:05d}", f"{code}{d:%Y%m}{seq % 1000:03d}",
        f"{init}/{code}/{y}-{seq:03d}", f"{y}-{code}-{seq:04d}-{pick(rng, ['01', '02', 'A'])}",
        f"{brand}{han}〔{y}〕第{seq}号", f"HT{d:%Y%m%d}{seq % 100:02d}",
    ])


def zh_amt(rng: Rng, v: Decimal) -> str:
    forms = [f"人民币{fig(v)}元", f"¥{fig(v)}元", f"￥{fig(v)}元", f"人民币{fig(v)}元整" if v == v.to_integral() else f"人民币{fig(v)}元",
             f"{fig(v)}元"]
    if v % 100 == 0 and v >= 10000 and rng.random() < 0.3:
        return f"人民币{wan(v)}万元"
    return pick(rng, forms)


def zh_total_phrase(rng: Rng, cue: str, v: Decimal) -> str:
    """A total as drafted: uppercase and figures in several arrangements."""
    up = zh_upper(v)
    s = int(rng.integers(6))
    if s == 0:
        return f"{cue}（大写：人民币{up}）（小写：¥{fig(v)}）"
    if s == 1:
        return f"{cue}为人民币{up}（¥{fig(v)}）"
    if s == 2:
        return f"{cue}：人民币（大写）{up}，（小写）{fig(v)}元"
    if s == 3:
        return f"{cue}为{zh_amt(rng, v)}（大写：{up}）"
    if s == 4 and v % 100 == 0 and v >= 10000:
        return f"{cue}为人民币{wan(v)}万元（大写：人民币{up}）"
    return f"{cue}为{zh_amt(rng, v)}"


# ================================================================================================
# Chinese
# ================================================================================================
BUILDINGS = ["国贸中心", "金融广场", "科技大厦", "世纪商务中心", "创新园", "汇智大厦", "星河写字楼", "财富中心"]
PROJECTS = ["智慧园区一期", "办公楼改造", "数据中心扩容", "生产线技改", "档案数字化", "ERP升级", "营销中心装修",
            "污水处理站", "厂区道路", "仓储物流中心"]
GOODS = [("服务器", "台", 30_000, 90_000), ("交换机", "台", 3_000, 20_000), ("不锈钢板", "吨", 14_000, 19_000),
         ("铜芯电缆", "米", 80, 400), ("办公椅", "把", 400, 2_000), ("数控车床", "台", 90_000, 300_000),
         ("电动叉车", "台", 60_000, 150_000), ("LED灯具", "套", 300, 1_500), ("空调机组", "台", 6_000, 15_000),
         ("螺纹钢", "吨", 3_400, 4_500), ("笔记本电脑", "台", 4_500, 12_000), ("医用口罩", "箱", 200, 900)]
MARKS = ["晨星", "云帆", "青禾", "蓝鲸", "金穗", "悦家", "禾木", "拾光"]
ACCOUNTING = ["立信", "天健", "大华", "信永中和", "致同", "中汇"]
BUILD_PROJECTS = ["科技园二期厂房", "综合办公楼", "职工宿舍楼", "物流仓储中心", "污水处理站", "厂区道路", "研发中心装修"]
LAWFIRMS = ["金诚", "汇业", "君泽", "明理", "正平", "德衡"]


@dataclass
class ZKind:
    ctype: str
    titles: list[str]
    funcs: list[tuple[str, str]]   # printed functions of (party_a, party_b) by the conventions
    a_kind: str = "company"
    b_kind: str = "company"
    b_first: float = 0.0           # probability that party_b is printed first


ZKINDS: dict[str, ZKind] = {
    "supply": ZKind("sales", ["供货合同", "产品供应合同", "{year}年度{goods}供应合同", "合同书", "合同", "购 销 合 同", "{a}产品供应合同"],
                    [("供方", "需方"), ("供货方", "购货方"), ("卖方", "买方"), ("甲方", "乙方")], b_first=0.2),
    "dealer": ZKind("sales", ["经销协议", "区域经销合同", "产品经销协议书", "协议书"],
                    [("供货方", "经销商"), ("厂方", "经销商"), ("甲方", "乙方")]),
    "order": ZKind("purchase", ["订购合同", "{goods}采购项目合同", "询价采购合同", "政府采购合同（货物类）", "合同书", "合 同"],
                   [("供应商", "采购人"), ("卖方", "买方"), ("供货单位", "订货单位"), ("甲方", "乙方")], b_first=0.7),
    "techdev": ZKind("service", ["技术开发（委托）合同", "委托开发合同", "{proj}项目合同", "合同书", "软件定制开发协议"],
                     [("委托方", "研究开发方"), ("委托方", "受托方"), ("甲方", "乙方")]),
    "property": ZKind("service", ["物业服务合同", "{building}物业管理委托合同", "协议书"],
                      [("委托方", "物业服务人"), ("甲方", "乙方")]),
    "maint": ZKind("service", ["设备维保合同", "电梯维护保养合同", "{proj}运维项目合同", "维保协议", "合同书"],
                   [("委托方", "维保单位"), ("甲方", "乙方"), ("使用单位", "维保单位")]),
    "counsel": ZKind("service", ["聘请常年法律顾问合同", "常年法律顾问协议", "财税顾问服务协议"],
                     [("聘请方", "受聘方"), ("委托方", "顾问方"), ("甲方", "乙方")], b_kind="lawfirm"),
    "audit": ZKind("service", ["审计业务约定书"], [("甲方", "乙方")], b_kind="cpa"),
    "house": ZKind("lease", ["房屋租赁合同", "关于{building}{floor}层的协议", "{building}{floor}层使用协议", "协议书", "场地使用协议", "合同"],
                   [("出租方", "承租方"), ("出租人", "承租人"), ("甲方", "乙方"), ("业主", "租户")], a_kind="maybe_person",
                   b_kind="maybe_person"),
    "car": ZKind("lease", ["车辆租赁合同", "汽车租赁协议", "合同书", "车辆使用协议"], [("出租方", "承租方"), ("甲方", "乙方")]),
    "equip": ZKind("lease", ["设备租赁合同", "{equip}租赁协议", "设备使用协议书"], [("出租方", "承租方"), ("甲方", "乙方")]),
    "labor": ZKind("employment", ["劳动合同书", "劳动合同（固定期限）", "聘用协议", "合同书"],
                   [("甲方", "乙方"), ("用人单位", "劳动者"), ("聘用方", "受聘方")], b_kind="person"),
    "laowu": ZKind("employment", ["劳务合同", "退休人员返聘协议", "劳务协议书"], [("甲方", "乙方"), ("用工单位", "劳务人员")],
                   b_kind="person"),
    "nda": ZKind("nda", ["保密协议", "信息保护协议", "竞业限制及保密协议", "协议书"], [("披露方", "接收方"), ("甲方", "乙方")]),
    "mnda": ZKind("nda", ["相互保密协议", "保密协议（双向）", "合作保密协议"], [("甲方", "乙方"), ("", "")]),
    "lend": ZKind("loan", ["借款合同", "资金拆借协议", "借款协议书", "协议书"], [("出借人", "借款人"), ("甲方", "乙方"), ("出借方", "借款方")],
                  b_kind="maybe_person"),
    "patent": ZKind("license", ["专利实施许可合同", "专利权转让合同", "技术转让（专利实施许可）合同"], [("许可方", "被许可方"), ("转让方", "受让方"), ("甲方", "乙方")]),
    "franchise": ZKind("license", ["特许经营合同", "品牌加盟合同", "加盟合同书"], [("特许人", "被特许人"), ("甲方", "乙方")]),
    "softlic": ZKind("license", ["软件授权协议", "软件使用许可协议", "关于“{mark}”商标使用的协议"], [("授权方", "被授权方"), ("许可方", "被许可方"), ("甲方", "乙方")]),
    "frame": ZKind("framework", ["战略合作协议", "{sa}与{sb}战略合作协议", "合作协议", "年度合作框架协议", "框架协议"], [("甲方", "乙方")]),
    "supp": ZKind("supplementary", ["补充协议", "变更协议", "协议书", "《{orig}》之补充协议", "合同变更协议书"], [("甲方", "乙方")]),
    "equity": ZKind("other", ["股权转让协议", "股权转让协议书", "关于{target}股权的转让协议"], [("转让方", "受让方"), ("甲方", "乙方")],
                    a_kind="maybe_person"),
    "build": ZKind("other", ["{bproj}工程施工合同", "{bproj}项目合同", "建设工程施工合同"], [("发包人", "承包人")]),
    "guar": ZKind("other", ["保证合同", "最高额保证合同"], [("甲方", "乙方")], b_kind="maybe_person"),
    "settle": ZKind("other", ["和解协议", "和解协议书", "协议书"], [("甲方", "乙方")]),
    "jv": ZKind("other", ["合资经营合同", "合资协议书", "合作经营合同"], [("甲方", "乙方")]),
    "freight": ZKind("other", ["货物运输合同", "公路货物运输合同", "运输协议"], [("托运人", "承运人"), ("甲方", "乙方")]),
}
ZH_CODES = {"sales": ("XS", "销"), "purchase": ("CG", "采"), "service": ("FW", "服"), "lease": ("ZL", "租"),
            "employment": ("LD", "劳"), "nda": ("BM", "密"), "loan": ("JK", "借"), "license": ("XK", "许"),
            "framework": ("KJ", "框"), "supplementary": ("BC", "补"), "other": ("QT", "合")}


def zh_make_party(rng: Rng, kind: str, city: str | None = None) -> Party:
    if kind == "maybe_person":
        kind = "person" if rng.random() < 0.4 else "company"
    if kind == "lawfirm":
        c = city or zh_city(rng)
        return Party(f"{pick(rng, ['上海', '北京', '广东', '浙江', '江苏'])}{pick(rng, LAWFIRMS)}律师事务所"
                     + ("" if rng.random() < 0.6 else f"{c}分所"), kind="institution", init="LS")
    if kind == "cpa":
        return Party(f"{pick(rng, ACCOUNTING)}会计师事务所（特殊普通合伙）" + (f"{city or zh_city(rng)}分所" if rng.random() < 0.4 else ""),
                     kind="institution", init="KJ")
    p = zh_party(rng, kind, city)
    if p.short and p.short not in p.name and p.short[:2] in p.name:  # 国鑫集团有限公司 is not "国鑫物流"
        p.short = p.short[:2] + "公司"
    return p


@dataclass
class ZBody:
    clauses: list[tuple[str, list[str]]] = field(default_factory=list)
    total: Decimal | None = None
    effective: date | None = None
    expiry: date | None = None
    from_term: bool = False
    third: Party | None = None
    signed_extra: list[str] = field(default_factory=list)   # lines printed before the signature


def zh_term(rng: Rng, label: str, signed: date, dt: DateFn, start: date | None = None, forms: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6),
            months: int | None = None) -> tuple[list[str], date | None, date | None, bool]:
    """A term clause: (lines, effective, expiry, expiry_from_term). An explicit clause making the
    contract effective on signing gives the effective date even when the term starts later."""
    start = start or signed + days(rng, 0, 20)
    months = months or (12 * int(rng.integers(1, 4)) if rng.random() < 0.7 else pick(rng, [6, 18, 24, 36]))
    nw = zh_term_words(months, rng)
    end = term_end(start, months)
    form = pick(rng, list(forms))
    sign_eff = pick(rng, ["本合同自双方签字盖章之日起生效", "本合同经双方签字并加盖公章或合同专用章后生效", "本合同自双方签署之日起生效"])
    if form == 0:
        return [f"{label}自{dt(start)}起至{dt(end)}止。"], start, end, False
    if form == 1:
        return [f"{sign_eff}，{pick(rng, ['有效期', '合同有效期', label])}{nw}。"], signed, term_end(signed, months), True
    if form == 2:
        return [f"{label}为{nw}，自{dt(start)}起计算。"], start, end, True
    if form == 3:
        return [f"{sign_eff}。", f"{label}自{dt(start)}起至{dt(end)}止。"], signed, end, False
    if form == 4:
        return [f"本合同自{dt(start)}起生效，有效期至{dt(end)}止。"], start, end, False
    if form == 5:
        return [f"{label}：{dt(start)}{pick(rng, ['至', '—', '～'])}{dt(end)}。"], start, end, False
    return [f"{sign_eff}，至双方权利义务履行完毕之日终止。"], signed, None, False


def zh_goods_money(rng: Rng, ra: str, rb: str, dt: DateFn, signed: date, buying: bool = False) -> tuple[list[str], Decimal]:
    """Goods and the total in one of five arrangements; returns (lines, total)."""
    items = []
    form = int(rng.integers(5))
    for k in rng.choice(len(GOODS), size=int(rng.integers(1, 5)), replace=False):
        name, unit, lo, hi = GOODS[int(k)]
        qty = int(rng.integers(1, 60)) * (100 if hi < 1000 else 1)
        price = money_in(rng, lo, hi, 100 if form == 1 else (1 if hi < 2000 else 10), cents=form not in (1,) and hi < 2000)
        items.append((name, unit, qty, price, q2(price * qty)))
    total = sum((it[4] for it in items), Decimal(0))
    head = pick(rng, ["| 序号 | 产品名称 | 数量 | 单价（元） | 金额（元） |", "| 序号 | 品名 | 数量 | 含税单价 | 含税金额 |"])
    rows = [f"| {i} | {n} | {q}{u} | {fig(p)} | {fig(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
    # the document says from whose side it is written: a seller supplies, a buyer purchases
    lines = [pick(rng, [f"{rb}向{ra}采购下列货物：", f"{rb}因经营需要，向{ra}订购下列产品：", f"一、{rb}采购货物的名称、数量、价格"]) if buying else
             pick(rng, [f"{ra}向{rb}供应下列产品：", f"{ra}向{rb}销售下列产品：", f"一、{ra}供应产品的名称、数量、价格"])]
    if form == 0:  # total row, then uppercase and figures in brackets
        lines += [head, *rows, f"| 合计 | | | | {fig(total)} |",
                  f"合同总金额：（大写：人民币{zh_upper(total)}）（小写：¥{fig(total)}）"]
    elif form == 1:  # amounts in 万元
        rows = [f"| {i} | {n} | {q}{u} | {fig(p)} | {wan(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
        lines += ["| 序号 | 产品名称 | 数量 | 单价（元） | 金额（万元） |", *rows, f"| 合计 | | | | {wan(total)} |"]
    elif form == 2:  # no total row: instalments first, the total last in a sentence
        pre = q2(total * Decimal("0.3"))
        ret = q2(total * Decimal("0.05"))
        lines += [head, *rows, "",
                  f"{rb}于合同签订后五个工作日内支付预付款{zh_amt(rng, pre)}；货到验收合格后支付至合同价款的95%；"
                  f"质保金{zh_amt(rng, ret)}于质保期满后无息支付。以上各期款项合计即合同总价款{zh_amt(rng, total)}。"]
    elif form == 3:  # prices net of VAT, tax and the tax-inclusive total in a sentence
        net = q2(total / Decimal("1.13"))
        lines += [head.replace("含税", ""), *rows, "",
                  f"上述金额为含税价。其中不含税金额人民币{fig(net)}元，增值税税额人民币{fig(total - net)}元，"
                  f"价税合计人民币{fig(total)}元（大写：{zh_upper(total)}）。"]
    else:  # only the uppercase-and-figures line, no table total
        freight = money_in(rng, 500, 6_000, 100)
        lines += [head, *rows, "",
                  f"合同价款：人民币（大写）{zh_upper(total)}（小写：¥{fig(total)}），已包含运至{rb}指定地点的运输费用"
                  f"（其中运输费人民币{fig(freight)}元）及13%增值税。"]
    lines.append(pick(rng, [f"交货时间：{dt(signed + days(rng, 10, 60))}前；交货地点：{rb}指定仓库。",
                            f"{ra}应于合同生效后{pick(rng, ['十五', '三十', '四十五'])}日内交货。"]))
    return lines, total


def zh_body(kind: str, rng: Rng, ra: str, rb: str, signed: date, dt: DateFn, city: str, title: str,
            target: Party | None = None, place: tuple[str, int, str] | None = None) -> ZBody:
    """Clauses, money and term of one kind of document; ra / rb are the words the body uses for
    party_a / party_b."""
    b = ZBody()
    ref = "本协议" if "协议" in title else "本合同"
    if kind in ("supply", "order"):
        seller, buyer = ra, rb
        lines, b.total = zh_goods_money(rng, seller, buyer, dt, signed, buying=kind == "order")
        b.clauses.append((pick(rng, ["产品及价款", "标的、数量及价款", "合同价款"]), lines))
        b.clauses.append(("质量要求", [f"{seller}保证所供产品为全新、未使用过的合格产品，质量保证期为验收合格之日起十二个月。"]))
        if rng.random() < 0.4:
            b.clauses.append(("合同生效", [f"{ref}自双方签字盖章之日起生效。"]))
            b.effective = signed
    elif kind == "dealer":
        rows = ["| 产品型号 | 出厂价（元/台） | 建议零售价（元/台） |"]
        for m in rng.choice(6, size=3, replace=False):
            p = money_in(rng, 800, 9_000, 10)
            rows.append(f"| HX-{100 + int(m) * 20} | {fig(p)} | {fig(q2(p * Decimal('1.35')))} |")
        target = money_in(rng, 1_000_000, 20_000_000, 100_000)
        dep = money_in(rng, 20_000, 200_000, 10_000)
        b.clauses.append(("经销区域及产品", [f"{ra}授权{rb}在{city}市区域内经销{ra}的下列产品，{rb}以自己的名义向{ra}购进产品并自行销售。", *rows]))
        b.clauses.append(("销售任务及保证金", [f"{rb}年度销售任务为人民币{wan(target)}万元；{rb}应于{ref.replace('本', '')}签订后七日内向{ra}交纳市场保证金人民币{fig(dep)}元。",
                                         "每批产品的数量、价格以双方确认的订单为准，货款实行先款后货。"]))
        lines, b.effective, b.expiry, b.from_term = zh_term(rng, "经销期限", signed, dt, forms=(0, 1, 4))
        b.clauses.append(("经销期限", lines))
    elif kind == "techdev":
        proj = pick(rng, PROJECTS)
        total = money_in(rng, 100_000, 3_000_000, 1_000)
        fee = q2(total * Decimal(pick(rng, ["0.6", "0.7"])))
        b.total = total
        b.clauses.append(("项目内容", [f"{ra}委托{rb}研究开发“{proj}管理信息系统”项目，{rb}应按照本合同附件的技术要求完成软件开发、部署及培训。"]))
        if rng.random() < 0.5:
            money = [f"研究开发经费和报酬总额为人民币{fig(total)}元（大写：{zh_upper(total)}），其中研究开发经费人民币{fig(fee)}元，报酬人民币{fig(total - fee)}元。"]
        else:
            p1, p2 = q2(total * Decimal("0.3")), q2(total * Decimal("0.6"))
            money = [f"{ra}分三期支付：合同生效后支付人民币{fig(p1)}元；系统上线后支付人民币{fig(p2)}元；验收合格满一年后支付人民币{fig(total - p1 - p2)}元。",
                     zh_total_phrase(rng, "上述费用合计", total) + "，含6%增值税。"]
        b.clauses.append(("研究开发经费及支付", money))
        lines, b.effective, b.expiry, b.from_term = zh_term(rng, "本合同履行期限", signed, dt, forms=(0, 3, 5, 6))
        b.clauses.append(("履行期限", lines))
    elif kind == "property":
        area = int(rng.integers(2_000, 90_000))
        unit = Decimal(pick(rng, ["2.80", "3.50", "4.20", "5.60", "8.00"]))
        b.clauses.append(("物业基本情况", [f"物业名称：{pick(rng, BUILDINGS)}；坐落位置：{zh_addr(rng, city)}；建筑面积{area}平方米。"]))
        b.clauses.append(("物业服务费用", [f"物业服务费按建筑面积每月每平方米人民币{unit}元计收，按季度预付。",
                                     f"电梯、公共照明等公共能耗费用按实结算；停车服务费每车位每月人民币{int(rng.integers(150, 600))}元。"]))
        lines, b.effective, b.expiry, b.from_term = zh_term(rng, "物业服务期限", signed, dt, forms=(0, 2, 4, 5))
        b.clauses.append(("服务期限", lines))
    elif kind == "maint":
        n = int(rng.integers(2, 40))
        if rng.random() < 0.5:
            total = money_in(rng, 20_000, 600_000, 100)
            b.total = total
            money = [f"维保范围内设备共{n}台，" + zh_total_phrase(rng, "维保费用总计", total) + "（含税），包含人工费、常规易损件费用。",
                     "更换主要部件的，材料费另行报价，经甲方书面确认后实施。" if ra == "甲方" else "更换主要部件的，材料费另行报价。"]
        else:
            per = money_in(rng, 300, 3_000, 50)
            money = [f"维保费用按每台每月人民币{fig(per)}元计算，共{n}台，按季度结算；超出维保范围的维修另行计费，工时费每小时人民币{int(rng.integers(80, 300))}元。"]
        b.clauses.append(("维保内容", [f"{rb}负责{ra}的{pick(rng, ['电梯', '中央空调', '消防设施', '数据中心UPS'])}设备的定期保养、故障维修及年检配合工作，接到报修后两小时内到场。"]))
        b.clauses.append(("维保费用", money))
        lines, b.effective, b.expiry, b.from_term = zh_term(rng, "维保期限", signed, dt, forms=(0, 1, 2, 5), months=12)
        b.clauses.append(("维保期限", lines))
    elif kind == "counsel":
        years = pick(rng, [2, 3])
        fee = money_in(rng, 30_000, 300_000, 1_000)
        b.clauses.append(("服务范围", [f"{rb}指派律师担任{ra}的常年法律顾问，为{ra}提供日常法律咨询、合同审查、出具法律意见等服务；诉讼及仲裁案件另行委托。"]))
        if rng.random() < 0.5:
            b.clauses.append(("顾问费用", [f"顾问费为每年人民币{fig(fee)}元，于每个顾问年度开始后十五日内支付；律师办理{ra}委托事项发生的差旅费由{ra}另行承担。"]))
            lines, b.effective, b.expiry, b.from_term = zh_term(rng, "顾问期限", signed, dt, forms=(0, 2, 5), months=12 * years)
        else:
            b.total = fee * years
            b.clauses.append(("顾问费用", [f"顾问期限内顾问费每年人民币{fig(fee)}元，" + zh_total_phrase(rng, f"{zh_cn_number(years)}年顾问费合计", b.total) + "。"]))
            lines, b.effective, b.expiry, b.from_term = zh_term(rng, "顾问期限", signed, dt, forms=(0, 4, 5), months=12 * years)
        b.clauses.append(("顾问期限", lines))
    elif kind == "audit":
        y = signed.year - (1 if signed.month < 10 else 0)
        total = money_in(rng, 30_000, 800_000, 1_000)
        b.total = total
        b.clauses.append(("审计目标和范围", [f"乙方接受甲方委托，对甲方{y}年12月31日的资产负债表、{y}年度的利润表、现金流量表、所有者权益变动表以及财务报表附注进行审计。"]))
        b.clauses.append(("审计收费", [f"本期审计费用为人民币{fig(total)}元（大写：{zh_upper(total)}），甲方应于本约定书签署之日起五日内支付30%，"
                                   f"即人民币{fig(q2(total * Decimal('0.3')))}元，剩余款项于审计报告出具时结清。"]))
        b.clauses.append(("审计报告", [f"乙方应于{dt(date(y + 1, 4, int(rng.integers(10, 28))))}前出具审计报告。"]))
        b.clauses.append(("约定书的有效期间", ["本约定书自双方签字盖章之日起生效，并在双方履行完毕本约定书约定的所有义务后终止。"]))
        b.effective = signed
    elif kind in ("house", "car", "equip"):
        start = add_months(signed.replace(day=1), 1) if kind == "house" else signed + days(rng, 0, 10)
        if kind == "house":
            building, floor = (place or (pick(rng, BUILDINGS), int(rng.integers(2, 30)), ""))[:2]
            area = int(rng.integers(60, 2_500))
            street = f"{city}市{pick(rng, ZH_CITIES[city])}{pick(rng, ['张江路', '中山路', '人民路', '建国路', '解放路'])}{int(rng.integers(1, 999))}号"
            b.clauses.append(("租赁物", [f"{ra}将位于{street}{building}第{floor}层的房屋（建筑面积{area}平方米，"
                                        f"房屋所有权证号：{CITY_PROV.get(city, '沪')}房权证{pick(rng, ['字', '证字'])}（{signed.year - int(rng.integers(3, 15))}）第{int(rng.integers(10000, 99999))}号）出租给{rb}作办公使用。"]))
        elif kind == "car":
            plate = f"{CITY_PROV.get(city, '沪')}{pick(rng, list('ABCDE'))}·{pick(rng, ['D', 'F', ''])}{int(rng.integers(10000, 99999))}"
            vin = "LSV" + "".join(pick(rng, list("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")) for _ in range(14))
            b.clauses.append(("租赁车辆", [f"车辆品牌型号：{pick(rng, ['别克GL8', '丰田凯美瑞', '大众帕萨特', '比亚迪汉'])}；车牌号：{plate}；车架号：{vin}。",
                                         f"{ra}保证车辆手续齐全、车况良好，并已投保交强险及商业险。"]))
        else:
            equip = (place or ("", 0, pick(rng, ["履带式起重机", "塔式起重机", "挖掘机", "高空作业平台"])))[2]
            b.clauses.append(("租赁设备", [f"设备名称：{equip}；型号：{pick(rng, ['QUY55', 'QTZ80', 'PC200-8', 'GS-1932'])}；数量：{int(rng.integers(1, 6))}台；"
                                         f"使用地点：{zh_addr(rng, city)}。"]))
        months = pick(rng, [12, 24, 36, 60]) if kind == "house" else pick(rng, [3, 6, 12, 24])
        term_l, b.effective, b.expiry, b.from_term = zh_term(rng, "租赁期限", signed, dt, start=start, months=months,
                                                          forms=(0, 2, 3, 5) if kind == "house" else (0, 2, 5))
        rent = money_in(rng, 3_000, 150_000, 100) if kind != "car" else money_in(rng, 3_000, 20_000, 100)
        dep = rent * pick(rng, [2, 3])
        form = int(rng.integers(4))
        if form == 0 and months % 12 == 0 and kind == "house":  # yearly rents in 万元 with a total row
            yearly = [rent * 12]
            for _ in range(months // 12 - 1):
                yearly.append(q2(yearly[-1] * Decimal("1.05")))
            yearly = [Decimal(int(v / 100) * 100) for v in yearly]
            rows = ["| 租赁年度 | 年租金（万元） |"] + [f"| 第{zh_cn_number(i)}年 | {wan(v)} |" for i, v in enumerate(yearly, 1)]
            b.total = sum(yearly, Decimal(0))
            rows.append(f"| 合计 | {wan(b.total)} |")
            money = ["租金标准如下（自第二年起每年递增5%）：", *rows, f"{rb}应于签订本合同时支付租赁保证金人民币{fig(dep)}元，租赁期满无息退还。"]
        elif form == 1:  # monthly rent and other charges only
            money = [f"月租金为人民币{fig(rent)}元（大写：{zh_upper(rent)}），每三个月支付一次。",
                     f"租赁保证金人民币{fig(dep)}元；" + (f"物业管理费每月人民币{fig(money_in(rng, 300, 9_000, 50))}元、水电费按实由{rb}承担。" if kind == "house"
                                                  else f"超出约定里程的，每公里加收人民币{pick(rng, ['1.5', '2', '3'])}元。" if kind == "car"
                                                  else f"设备进出场运输费人民币{fig(money_in(rng, 1_000, 20_000, 500))}元由{rb}承担。")]
        elif form == 2 and kind != "house":  # day rate
            money = [f"租金按日计算，每台每日人民币{fig(money_in(rng, 300, 8_000, 50))}元，不足一日按一日计；进出场运输费人民币{fig(money_in(rng, 1_000, 20_000, 500))}元由{rb}承担。",
                     f"{rb}应于设备进场前支付押金人民币{fig(dep)}元。"]
        else:  # the whole rent stated
            b.total = rent * months
            per = pick(rng, [n for n in (2, 3, 4, 6) if months % n == 0] or [1])
            money = [f"月租金人民币{fig(rent)}元，租赁期内" + zh_total_phrase(rng, "租金总额", b.total) + f"，分{zh_cn_number(per)}期支付，"
                     f"每期人民币{fig(q2(b.total / per))}元。", f"押金人民币{fig(dep)}元。"]
        b.clauses.append(("租赁期限", term_l + ([f"{dt(start)}至{dt(start + days(rng, 14, 45))}为免租装修期。"]
                                             if kind == "house" and rng.random() < 0.3 else [])))
        b.clauses.append(("租金及支付", money))
    elif kind in ("labor", "laowu"):
        start = signed + days(rng, 0, 14)
        months = pick(rng, [12, 24, 36, 36, 60]) if kind == "labor" else pick(rng, [6, 12, 24])
        end = term_end(start, months)
        wage = money_in(rng, 4_000, 40_000, 500)
        job = pick(rng, ["软件工程师", "销售经理", "会计", "行政主管", "技术顾问", "质检员"])
        if kind == "labor":
            form = int(rng.integers(3))
            if form == 0:
                term_l = ["合同期限类型为固定期限，" + f"自{dt(start)}起至{dt(end)}止，其中试用期{pick(rng, ['一', '两', '三', '六'])}个月。"]
                b.expiry, b.from_term = end, False
            elif form == 1:
                term_l = [f"本合同期限为{zh_term_words(months, rng)}，自{dt(start)}起算（含试用期）。"]
                b.expiry, b.from_term = end, True
            else:
                term_l = ["本合同为无固定期限劳动合同，" + f"自{dt(start)}起履行。"]
            b.effective = start
            b.clauses.append(("合同期限", term_l))
            b.clauses.append(("工作内容和工作地点", [f"{rb}同意根据{ra}工作需要，担任{job}岗位，工作地点为{city}市。"]))
            b.clauses.append(("劳动报酬", [f"{rb}月工资为人民币{fig(wage)}元（税前），试用期工资为人民币{fig(q2(wage * Decimal('0.8')))}元；"
                                       f"{ra}每月十日前支付上月工资，年终奖金根据考核结果另行确定。"]))
        else:
            b.effective, b.expiry = start, end
            b.clauses.append(("劳务内容", [f"{rb}为{ra}提供{job}方面的劳务，{rb}已达到法定退休年龄并依法享受基本养老保险待遇，双方不建立劳动关系。"
                                       if "返聘" in title else f"{rb}为{ra}提供{job}劳务，双方确认不建立劳动关系。"]))
            b.clauses.append(("劳务期限", [f"劳务期限自{dt(start)}起至{dt(end)}止。"]))
            b.clauses.append(("劳务报酬", [f"劳务报酬为每月人民币{fig(wage)}元（税前），由{ra}代扣代缴个人所得税后于次月十五日前支付。"]))
    elif kind in ("nda", "mnda"):
        pen = money_in(rng, 50_000, 2_000_000, 10_000)
        b.clauses.append(("保密信息", ["保密信息是指一方以书面、口头、电子或其他形式向另一方提供的技术信息和经营信息，包括但不限于客户名单、报价、源代码、工艺参数。"
                                   if kind == "mnda" else f"本协议所称保密信息，是指{ra}以任何形式向{rb}披露的技术信息和经营信息。"]))
        if "竞业" in title:
            b.clauses.append(("竞业限制", [f"{rb}在离职后两年内不得到与{ra}有竞争关系的单位任职；{ra}在竞业限制期内按月向{rb}支付经济补偿，"
                                       f"标准为离职前十二个月平均工资的30%。"]))
        b.clauses.append(("违约责任", [f"违反本协议的一方应向守约方支付违约金人民币{fig(pen)}元；违约金不足以弥补损失的，还应赔偿全部损失。"]))
        lines, b.effective, b.expiry, b.from_term = zh_term(rng, "本协议有效期", signed, dt, forms=(0, 1, 1, 2, 6))
        lines = [x.replace("本合同", "本协议") for x in lines]
        b.clauses.append(("期限", lines + ["保密义务不因本协议的终止而终止，在保密信息公开之前持续有效。"]))
    elif kind == "lend":
        total = money_in(rng, 50_000, 30_000_000, 10_000)
        b.total = total
        rate = pick(rng, ["3.65", "4.35", "6", "8"])
        start = signed + days(rng, 0, 10)
        months = pick(rng, [3, 6, 12, 24, 36])
        end = term_end(start, months)
        amt = pick(rng, [f"借款金额：人民币（大写）{zh_upper(total)}（小写：¥{fig(total)}）。",
                         f"{ra}同意向{rb}出借资金人民币{wan(total)}万元（大写：{zh_upper(total)}）。",
                         f"本合同项下借款本金为人民币{fig(total)}元。"])
        b.clauses.append(("借款金额及用途", [amt, f"借款用途：{pick(rng, ['流动资金周转', '购买原材料', '项目建设', '归还到期债务'])}，{rb}不得挪作他用。"]))
        b.clauses.append(("利息", [f"借款年利率为{rate}%，按季结息；逾期还款的，逾期部分按日万分之五计收罚息。"
                                + (f"预计借款期间利息总额约为人民币{fig(q2(total * Decimal(rate) / 100 * months / 12))}元。" if rng.random() < 0.4 else "")]))
        form = int(rng.integers(3))
        if form == 0:
            b.clauses.append(("借款期限", [f"借款期限{zh_term_words(months, rng)}，自{dt(start)}起至{dt(end)}止。", f"{ref}自各方签字盖章之日起生效。"]))
            b.effective, b.expiry = signed, end
        elif form == 1:
            b.clauses.append(("借款期限", [f"借款期限为{zh_term_words(months, rng)}，自{ra}实际出借款项之日起计算。", f"{ref}自各方签字盖章之日起生效。"]))
            b.effective = signed
        else:
            b.clauses.append(("还款", [f"{rb}应于{dt(end)}前一次性归还全部借款本金及利息。", f"{ref}自双方签字盖章之日起生效。"]))
            b.effective, b.expiry = signed, end
        if rng.random() < 0.4:
            g = zh_make_party(rng, "maybe_person")
            g.role, g.func = "party_c", "保证人"
            b.third = g
            b.clauses.append(("保证", [f"丙方自愿为{rb}在本合同项下的全部债务提供连带责任保证，保证期间为借款期限届满之日起三年。"]))
    elif kind in ("patent", "softlic"):
        if kind == "patent":
            pno = f"ZL {signed.year - int(rng.integers(2, 9))} {pick(rng, ['1', '2'])} {int(rng.integers(1000000, 9999999))}.{int(rng.integers(0, 9))}"
            b.clauses.append(("专利", [f"专利名称：一种{pick(rng, ['高效换热装置', '锂电池隔膜制备方法', '智能巡检机器人', '污水除磷工艺'])}；专利号：{pno}；"
                                     f"专利申请日：{dt(signed - days(rng, 800, 3000))}。"]))
            if "转让" in title and "许可" not in title:
                b.clauses.append(("转让", [f"{ra}将上述专利权转让给{rb}，双方应于{ref.replace('本', '')}生效后三十日内共同向国家知识产权局办理著录项目变更手续。"]))
            else:
                b.clauses.append(("许可方式和范围", [f"{ra}许可{rb}在中国大陆地区以{pick(rng, ['普通', '排他', '独占'])}许可方式实施上述专利。"]))
        else:
            mark = pick(rng, MARKS)
            if "商标" in title:
                b.clauses.append(("许可使用的商标", [f"{ra}许可{rb}在{pick(rng, ['服装', '食品', '日化用品'])}商品上使用“{mark}”注册商标（注册号：第{int(rng.integers(10_000_000, 69_999_999))}号）。"]))
            else:
                b.clauses.append(("授权内容", [f"{ra}授权{rb}在其内部使用“{mark}企业资源管理软件V{int(rng.integers(2, 9))}.0”，授权用户数{int(rng.integers(10, 500))}个，"
                                             f"{rb}不得复制、出租或再许可。"]))
        form = int(rng.integers(3))
        if form == 0:
            b.total = money_in(rng, 30_000, 3_000_000, 1_000)
            b.clauses.append(("费用及支付", [zh_total_phrase(rng, pick(rng, ["许可使用费", "转让费", "授权费用总额"]), b.total) + "（含税），"
                                          f"{rb}应于{ref.replace('本', '')}生效后十五日内一次性支付。",
                                          f"{'次年起每年技术服务费按上述费用的15%计收。' if kind == 'softlic' else ''}"]))
        elif form == 1:
            b.clauses.append(("费用及支付", [f"{rb}按许可产品年净销售额的{pick(rng, ['3', '5', '8'])}%向{ra}支付使用费，每年最低使用费人民币{fig(money_in(rng, 50_000, 500_000, 10_000))}元。"]))
        else:
            y = money_in(rng, 20_000, 800_000, 1_000)
            n = pick(rng, [2, 3, 5])
            b.total = y * n
            b.clauses.append(("费用及支付", [f"使用费每年人民币{fig(y)}元，许可期限{zh_cn_number(n)}年，" + zh_total_phrase(rng, "使用费合计", b.total) + "。"]))
            lines, b.effective, b.expiry, b.from_term = zh_term(rng, "许可期限", signed, dt, months=12 * n, forms=(0, 1, 2, 5))
            b.clauses.append(("许可期限", lines))
        b.clauses = [(h, [x for x in c if x]) for h, c in b.clauses]
        if b.effective is None and rng.random() < 0.6 and not ("转让" in title and "许可" not in title):
            lines, b.effective, b.expiry, b.from_term = zh_term(rng, "许可期限", signed, dt, forms=(0, 1, 4, 6))
            b.clauses.append(("期限", lines))
    elif kind == "franchise":
        mark = pick(rng, MARKS)
        b.clauses.append(("特许经营内容", [f"{ra}许可{rb}在{city}市{pick(rng, ZH_CITIES[city])}使用“{mark}”商标、商号及经营模式开设加盟门店一家，{rb}独立承担经营风险。"]))
        dep = money_in(rng, 10_000, 100_000, 5_000)
        if rng.random() < 0.55:
            fee1, fee2 = money_in(rng, 30_000, 300_000, 1_000), money_in(rng, 10_000, 120_000, 1_000)
            b.total = fee1 + fee2
            b.clauses.append(("特许经营费用", [f"特许经营费用合计人民币{fig(b.total)}元，其中加盟费人民币{fig(fee1)}元、首年品牌使用费人民币{fig(fee2)}元；"
                                          f"另，{rb}应交纳履约保证金人民币{fig(dep)}元（不计入上述费用，合同期满无息退还）。"]))
        else:
            b.clauses.append(("特许经营费用", [f"品牌使用费按门店月营业额的{pick(rng, ['3', '5', '6'])}%收取，每月十日前支付；{rb}应于签约时交纳履约保证金人民币{fig(dep)}元。"]))
        lines, b.effective, b.expiry, b.from_term = zh_term(rng, "特许经营期限", signed, dt, forms=(0, 1, 2, 5), months=pick(rng, [36, 60]))
        b.clauses.append(("特许经营期限", lines))
    elif kind == "frame":
        b.clauses.append(("合作内容", [pick(rng, ["双方在智慧园区、数据服务、供应链金融等领域开展长期战略合作，具体合作项目由双方另行签订项目合同予以约定。",
                                               "乙方作为甲方的合格供应商，在本协议有效期内根据甲方发出的采购订单供货，每份订单构成独立的买卖合同。"])]))
        if rng.random() < 0.5:
            b.total = money_in(rng, 1_000_000, 90_000_000, 100_000)
            b.clauses.append(("合作金额", [f"本协议有效期内，各订单金额累计不超过人民币{wan(b.total) + '万元' if rng.random() < 0.5 else fig(b.total) + '元'}；"
                                        f"单笔订单超过人民币{pick(rng, ['50', '100', '200'])}万元的，须经甲方总经理审批。"]))
        else:
            b.clauses.append(("结算", ["各项目的价款、结算方式以项目合同约定为准，本协议不涉及具体金额。"]))
        lines, b.effective, b.expiry, b.from_term = zh_term(rng, "本协议有效期", signed, dt, forms=(0, 1, 1, 2, 4))
        b.clauses.append(("协议期限", [x.replace("本合同", "本协议") for x in lines]))
    elif kind == "equity":
        target = target or zh_make_party(rng, "company", city)
        total = money_in(rng, 500_000, 80_000_000, 10_000)
        pct = int(rng.integers(5, 70))
        reg = money_in(rng, 1_000_000, 50_000_000, 100_000)
        b.total = total
        if rng.random() < 0.5:
            target.role, target.func = "party_c", "目标公司"
            b.third = target
        b.clauses.append(("股权转让", [f"{ra}同意将其持有的{target.name}（注册资本人民币{wan(reg)}万元）{pct}%的股权转让给{rb}。",
                                   f"首期股权转让款人民币{fig(q2(total * Decimal('0.4')))}元于本协议生效后十日内支付，剩余款项人民币{fig(total - q2(total * Decimal('0.4')))}元于工商变更登记完成后十日内支付，"
                                   f"股权转让价款总计人民币{fig(total)}元（大写：{zh_upper(total)}）。"]))
        b.clauses.append(("生效", [f"{ref}自各方签字盖章之日起生效。"]))
        b.effective = signed
    elif kind == "build":
        total = money_in(rng, 1_000_000, 90_000_000, 100, cents=True)
        prov = q2(total * Decimal("0.05"))
        d1 = signed + days(rng, 10, 40)
        n = int(rng.integers(90, 540))
        b.total = total
        pname = title.replace('工程施工合同', '').replace('项目合同', '')
        pname = pick(rng, BUILD_PROJECTS) if pname in ("建设", "") else pname
        b.clauses.append(("工程概况", [f"工程名称：{pname}工程；工程地点：{zh_addr(rng, city)}；"
                                   f"工程承包范围：施工图纸范围内的土建、安装工程。"]))
        b.clauses.append(("合同工期", [f"计划开工日期：{dt(d1)}；计划竣工日期：{dt(d1 + timedelta(days=n - 1))}；工期总日历天数{n}天。"]))
        b.clauses.append(("签约合同价", [f"暂列金额：人民币{fig(prov)}元；安全文明施工费：人民币{fig(q2(total * Decimal('0.02')))}元；",
                                     f"签约合同价为：人民币（大写）{zh_upper(total)}（¥{fig(total)}元）。"]))
        b.clauses.append(("合同生效", ["本合同自发包人和承包人双方签字并盖章后生效。"]))
        b.effective = signed
    elif kind == "guar":
        debtor = zh_make_party(rng, "company", city)
        mno = zh_num(rng, "JK", "JK", "借", signed - days(rng, 0, 30), city)
        maxi = "最高额" in title
        total = money_in(rng, 500_000, 50_000_000, 100_000)
        b.total = total
        if maxi:
            s = pick(rng, [f"乙方所担保的最高债权额为人民币{wan(total)}万元。", f"被担保的最高债权本金余额为人民币{fig(total)}元（大写：{zh_upper(total)}）。"])
            main = f"甲方与{debtor.name}（以下简称“债务人”）在{dt(signed)}至{dt(term_end(signed, 24))}期间内连续签订的借款合同（以下简称“主合同”）。"
        else:
            s = f"乙方担保的主债权为甲方依据主合同向债务人发放的借款本金人民币{fig(total)}元（大写：{zh_upper(total)}）及利息、罚息。"
            main = f"甲方与{debtor.name}（以下简称“债务人”）签订的编号为{mno}的《借款合同》（以下简称“主合同”）。"
        b.clauses.append(("主合同", [main]))
        b.clauses.append(("被担保的主债权", [s]))
        b.clauses.append(("保证方式及保证期间", ["乙方提供连带责任保证。保证期间为主合同项下债务履行期限届满之日起三年。"]))
        b.clauses.append(("合同生效", [f"{ref}自双方签字盖章之日起生效。"]))
        b.effective = signed
    elif kind == "settle":
        case = f"（{signed.year}）{CITY_PROV.get(city, '沪')}{int(rng.integers(100, 199)):04d}民初{int(rng.integers(1000, 30000))}号"
        total = money_in(rng, 20_000, 5_000_000, 1_000)
        b.total = total
        p1 = q2(total * Decimal(pick(rng, ["0.5", "0.6"])))
        b.clauses.append(("鉴于", [f"甲、乙双方因{pick(rng, ['买卖合同', '建设工程', '租赁合同', '服务合同'])}纠纷一案，甲方已向{city}市{pick(rng, ZH_CITIES[city])}人民法院提起诉讼（案号：{case}）。"
                                 "为妥善解决纠纷，双方经协商一致，达成如下和解协议。"]))
        b.clauses.append(("和解款项", [f"乙方同意向甲方支付和解款共计人民币{fig(total)}元（大写：{zh_upper(total)}），其中于{dt(signed + days(rng, 3, 10))}前支付人民币{fig(p1)}元，"
                                   f"余款人民币{fig(total - p1)}元于{dt(signed + days(rng, 30, 90))}前付清。",
                                   f"甲方放弃其余诉讼请求（原诉讼标的额人民币{fig(q2(total * Decimal('1.6')))}元），并于收到首期款项后三日内申请撤诉。"]))
        b.clauses.append(("生效", [f"{ref}自双方签字盖章之日起生效。"]))
        b.effective = signed
    elif kind == "jv":
        reg = money_in(rng, 5_000_000, 200_000_000, 1_000_000)
        pa_pct = int(rng.integers(30, 71))
        b.clauses.append(("合营公司", [f"双方同意在{city}市共同投资设立{pick(rng, list(BRAND_PY))}{pick(rng, ['新能源', '智能制造', '医疗科技'])}有限公司（暂定名，以登记机关核准为准）。"]))
        b.clauses.append(("注册资本及出资", [f"合营公司注册资本为人民币{wan(reg)}万元，其中甲方认缴出资人民币{wan(q2(reg * pa_pct / 100))}万元，占{pa_pct}%；"
                                        f"乙方认缴出资人民币{wan(reg - q2(reg * pa_pct / 100))}万元，占{100 - pa_pct}%。",
                                        "双方应于合营公司成立之日起两年内缴足各自认缴的出资。"]))
        b.clauses.append(("经营期限", ["合营公司的经营期限为二十年，自合营公司营业执照签发之日起计算。"]))
        b.clauses.append(("生效", [f"{ref}自双方签字盖章之日起生效。"]))
        b.effective = signed
    elif kind == "freight":
        b.clauses.append(("货物及运输", [f"{rb}负责将{ra}的{pick(rng, ['钢材', '电子产品', '日用百货', '化工原料（非危险品）'])}自{zh_addr(rng, city)}运至{zh_addr(rng)}。"]))
        if rng.random() < 0.5:
            b.clauses.append(("运费", [f"运费按每吨公里人民币{pick(rng, ['0.45', '0.6', '0.85'])}元结算，每月结算一次；装卸费每吨人民币{int(rng.integers(10, 40))}元。"]))
        else:
            b.total = money_in(rng, 5_000, 900_000, 100)
            b.clauses.append(("运费", [zh_total_phrase(rng, "本合同运输费用总计", b.total) + "，货物交付后十五日内支付；货物保价费另计。"]))
        lines, b.effective, b.expiry, b.from_term = zh_term(rng, "合同期限", signed, dt, forms=(0, 1, 6))
        b.clauses.append(("合同期限", lines))
    return b


ZH_ORIGS = [("房屋租赁合同", "lease"), ("技术服务合同", "service"), ("设备采购合同", "goods"), ("产品购销合同", "goods"),
            ("物业服务合同", "service"), ("车辆租赁合同", "lease")]


def zh_supp_body(rng: Rng, signed: date, dt: DateFn, city: str, init: str, title: str) -> tuple[ZBody, str]:
    """Body of a supplementary agreement; returns (body, the original contract's title)."""
    b = ZBody()
    orig, okind = pick(rng, ZH_ORIGS)
    od = signed - days(rng, 60, 1000)
    ono = zh_num(rng, init, pick(rng, ["ZL", "FW", "CG", "XS"]), "合", od, city)
    ref = "本补充协议" if "补充" in title else "本协议"
    recital = (f"鉴于甲、乙双方于{dt(od)}签订了《{orig}》（合同编号：{ono}，以下简称“原合同”），现经双方友好协商，"
               "就原合同有关事项的变更达成如下协议：") if rng.random() < 0.7 else \
        f"甲乙双方签订的《{orig}》（原合同编号{ono}）正在履行中，现双方就以下事项补充约定："
    b.clauses.append(("", [recital]))
    changes: list[str] = []
    form = int(rng.integers(4))
    if form == 0:
        total = money_in(rng, 50_000, 5_000_000, 100)
        old = q2(total * Decimal(pick(rng, ["0.8", "0.9", "1.1"])))
        changes.append(f"原合同第{zh_cn_number(int(rng.integers(3, 7)))}条约定的合同总价款人民币{fig(old)}元变更为"
                       + zh_total_phrase(rng, "", total).lstrip("为：") + "。")
        b.total = total
    elif form == 1:
        add = money_in(rng, 10_000, 900_000, 100)
        old = money_in(rng, 100_000, 5_000_000, 100)
        b.total = old + add
        why = {"lease": "增加租赁面积", "service": "增加服务内容"}.get(okind, "增加采购数量")
        changes.append(f"因{why}，合同金额增加人民币{fig(add)}元，变更后合同总金额为人民币{fig(b.total)}元（原合同金额人民币{fig(old)}元）。")
    elif form == 2 and okind == "lease":
        rent = money_in(rng, 3_000, 90_000, 100)
        changes.append(f"自{dt(add_months(signed.replace(day=1), 1))}起，月租金由人民币{fig(q2(rent * Decimal('0.95')))}元调整为人民币{fig(rent)}元，"
                       "其他费用标准不变。")
    else:
        changes.append(pick(rng, ["原合同附件一《技术规格》第3.2项修改为：“设备额定功率不低于15kW”。",
                                  "原合同约定的交付地点变更为乙方位于苏州工业园区的仓库，由此增加的运输费用由乙方承担。",
                                  "原合同第八条约定的付款方式修改为：每季度结束后十五日内支付当季费用。"]))
    if okind in ("lease", "service") and (form >= 2 or rng.random() < 0.5):
        ext = add_months(signed, int(rng.integers(6, 30)))
        ext = date(ext.year, ext.month, 1) - timedelta(days=1)
        changes.append(pick(rng, [f"原合同期限延长至{dt(ext)}止。", f"双方同意将原合同有效期延长至{dt(ext)}。"]))
        b.expiry = ext
    b.clauses.append(("变更内容", changes))
    b.clauses.append(("其他", [f"{ref}是原合同不可分割的组成部分，与原合同具有同等法律效力；{ref}未约定的事项，仍按原合同执行。",
                              f"{ref}自双方签字盖章之日起生效。"]))
    b.effective = signed
    return b, orig


def zh_details(rng: Rng, p: Party, city: str, n: int = 3) -> list[tuple[str, str]]:
    """(key, value) detail rows of one party."""
    if p.person:
        out = [("身份证号码", zh_id(rng)), (pick(rng, ["住址", "户籍地址", "联系地址"]), zh_addr(rng)), ("联系电话", zh_phone(rng))]
        return out[:max(2, n)]
    org = "12" if p.kind == "institution" else "91"
    c = next((x for x in CITY_CODE if x in p.name), city)
    out = [(pick(rng, ["住所", "地址", "注册地址"]), zh_addr(rng, c)),
           ("负责人" if p.name.endswith(("分公司", "支行", "分行", "分所")) else pick(rng, ["法定代表人", "法定代表人", "负责人"]), zh_person(rng)),
           ("统一社会信用代码", uscc(rng, c, org)), ("联系电话", zh_phone(rng))]
    if rng.random() < 0.3:
        out += [("开户银行", f"{pick(rng, ZH_BANKS)[:-6]}{c}分行"), ("账号", bank_account(rng))]
    if rng.random() < 0.5:
        out = [out[2], out[0], out[1], *out[3:]]
    return out[:n]


def zh_standard(kind: str, rng: Rng) -> Filled:
    """The common office contract: any title (often not naming the type), parties stacked, in a
    table or in prose, numbered clauses, and a signature block with one or two dates."""
    zk = ZKINDS[kind]
    ctype = zk.ctype
    city = zh_city(rng)
    signed0 = rand_date(rng)
    da, db, signed = two_dates(rng, signed0)
    dt = zh_dater(rng)
    pa, pb = zh_make_party(rng, zk.a_kind, city), zh_make_party(rng, zk.b_kind)
    while pb.name == pa.name or pb.init == pa.init:
        pb = zh_make_party(rng, zk.b_kind)
    fa, fb = pick(rng, zk.funcs)
    pa.func, pb.func = fa, fb
    b_first = rng.random() < zk.b_first
    first, second = (pb, pa) if b_first else (pa, pb)
    # ---- labels and roles ----
    if fa == "甲方" or fa == "":
        mode = "jia" if fa == "甲方" else "names"
    else:
        mode = pick(rng, ["func", "func", "func_jia", "jia_func", "jian"])
    if mode == "func":
        pa.role, pb.role = "party_a", "party_b"
    else:  # 甲方 / 乙方 printed (or nothing: the first named): the first printed is party_a
        first.role, second.role = "party_a", "party_b"
    jy = {id(first): "甲方", id(second): "乙方"}

    def label(p: Party) -> str:
        j = jy[id(p)]
        return {"func": p.func, "jia": j, "func_jia": f"{p.func}（{j}）", "jia_func": f"{j}（{p.func}）",
                "jian": f"{p.func}（{j}）", "names": p.short}[mode]

    if mode == "names" and first.short == second.short:
        second.short = second.name[:4]
    for p in (first, second):
        p.label = label(p)

    def refword(p: Party) -> str:
        if mode == "names":
            return p.short if not p.person else p.name
        return p.func if mode == "func" else jy[id(p)]

    ra, rb = refword(pa), refword(pb)
    # ---- title ----
    target = zh_make_party(rng, "company", city)
    tpl = pick(rng, zk.titles)
    orig = ""
    place_ = (pick(rng, BUILDINGS), int(rng.integers(2, 30)), pick(rng, ["履带式起重机", "挖掘机", "发电机组", "高空作业平台"]))
    title = tpl.format(year=signed.year, goods=pick(rng, GOODS)[0], a=first.short or first.name, proj=pick(rng, PROJECTS),
                       building=place_[0], floor=zh_cn_number(place_[1]), equip=place_[2], mark=pick(rng, MARKS),
                       bproj=pick(rng, BUILD_PROJECTS), sa=first.short or first.name, sb=second.short or second.name, orig="{orig}", target=target.name)
    # ---- body ----
    if kind == "supp":
        body, orig = zh_supp_body(rng, signed, dt, city, first.init, title)
        title = title.replace("{orig}", orig)
    else:
        body = zh_body(kind, rng, ra, rb, signed, dt, city, title, target, place_)
    third = body.third
    if third is not None:
        third.label = pick(rng, [f"丙方（{third.func}）", "丙方"])
    # ---- number ----
    code, han = ZH_CODES[ctype]
    no = zh_num(rng, first.init if not first.person else second.init, code, han, signed, city) if rng.random() < 0.85 else None
    no_label = pick(rng, ["编号", "合同编号", "协议编号", "合同编号", "NO."])
    if "协议" in title and no_label == "合同编号" and rng.random() < 0.5:
        no_label = "协议编号"
    no_line = (f"{no_label}{no}" if no_label == "NO." else f"{no_label}：{no}") if no else ""
    no_pos = pick(rng, ["right", "right", "under", "two_col", "end", "table"]) if no else None
    # ---- header ----
    lines: list[str] = []
    letterhead = rng.random() < 0.2 and not first.person
    spaced = rng.random() < 0.2 and len(title) <= 4
    disp = " ".join(title) if spaced else title
    if letterhead:
        lines += [first.name, f"== {disp}"]
    else:
        lines.append(disp)
    place = f"{city}市{pick(rng, ZH_CITIES[city])}"
    signed_shown = False
    if no_pos == "right":
        lines.append(f">> {no_line}")
    elif no_pos == "under":
        lines.append(no_line)
    elif no_pos == "two_col":
        show = da == db and rng.random() < 0.5
        lines.append(f"{no_line}\t{'签订日期：' + dt(signed) if show else '签订地点：' + place}")
        signed_shown = show
    if kind in ("techdev", "build", "maint") and rng.random() < 0.5:
        lines.append(f"{pick(rng, ['项目编号', '招标编号', '采购项目编号'])}：{CITY_PROV.get(city, '沪')}{pick(rng, ['ZFCG', 'CG', 'ZB'])}-{signed.year}-{int(rng.integers(100, 9999)):04d}")
    lines.append("")
    # ---- parties ----
    pstyle = int(rng.integers(5))
    if mode == "names":
        pstyle = 2
    if pstyle == 1 and (first.person != second.person):
        pstyle = 0
    if third is not None and pstyle == 1:
        pstyle = 0
    trio = [first, second] + ([third] if third else [])
    if pstyle == 0:  # stacked, details under each name
        for p in trio:
            det = zh_details(rng, p, city, int(rng.integers(2, 5)))
            if p.person and rng.random() < 0.5:
                lines.append(f"{p.label}：{p.name}    {det[0][0]}：{det[0][1]}")
                det = det[1:]
            elif mode == "jian" and p is not third:
                lines.append(f"{p.func}：{p.name}（以下简称“{jy[id(p)]}”）")
            else:
                lines.append(f"{p.label}：{p.name}")
            lines += [f"{k}：{v}" for k, v in det]
            lines.append("")
    elif pstyle == 1:  # both parties side by side in a table; the labels only in the header row
        lines += [f"| 项目 | {first.label} | {second.label} |", f"| {'姓名' if first.person else '名称'} | {first.name} | {second.name} |"]
        if first.person:
            rows = [("身份证号码", zh_id(rng), zh_id(rng)), ("住址", zh_addr(rng), zh_addr(rng))]
        else:
            rows = [("统一社会信用代码", uscc(rng, city), uscc(rng, zh_city(rng))), ("住所", zh_addr(rng, city), zh_addr(rng)),
                    ("法定代表人", zh_person(rng), zh_person(rng))]
        rows.append(("联系电话", zh_phone(rng), zh_phone(rng)))
        for k1, v1, v2 in rows[int(rng.integers(0, 2)):]:
            lines.append(f"| {k1} | {v1} | {v2} |")
        lines.append("")
    elif pstyle == 2:  # prose
        def inline(p: Party) -> str:
            if p.person:
                return f"{p.name}（身份证号码：{zh_id(rng)}）"
            if rng.random() < 0.5:
                return f"{p.name}（统一社会信用代码：{uscc(rng, next((x for x in CITY_CODE if x in p.name), city))}）"
            return p.name
        if mode == "names":
            s = (f"{inline(first)}（以下简称“{refword(first)}”）与{inline(second)}（以下简称“{refword(second)}”）")
        elif mode in ("jia", "func_jia", "jia_func", "jian"):
            s = f"{inline(first)}（以下简称“甲方”）与{inline(second)}（以下简称“乙方”）"
            first.label, second.label = "甲方", "乙方"
        else:
            s = f"{first.func}{inline(first)}与{second.func}{inline(second)}"
        if third is not None:
            s = s.replace("与", "、", 1) + f"及{inline(third)}（以下简称“丙方”）"
            third.label = "丙方"
        if rng.random() < 0.5 and da == db:
            s = f"本{'协议' if '协议' in title else '合同'}由{s}于{dt(signed)}在{place}签订。"
            signed_shown = True
        else:
            s += "经友好协商，就下列事项达成一致："
        lines += [s, ""]
    elif pstyle == 3:  # label on one line, the name on the next
        for p in trio:
            lines += [f"{p.label}：", p.name, *[f"{k}：{v}" for k, v in zh_details(rng, p, city, 2)], ""]
    else:  # two-column block
        if third is None and len(first.name) <= 16 and len(second.name) <= 16:
            lines.append(f"{first.label}：{first.name}\t{second.label}：{second.name}")
            for (k1, v1), (k2, v2) in zip(zh_details(rng, first, city, 2), zh_details(rng, second, city, 2)):
                lines.append(f"{k1}：{v1}\t{k2}：{v2}")
        else:
            for p in trio:
                lines += [f"{p.label}：{p.name}", *[f"{k}：{v}" for k, v in zh_details(rng, p, city, 2)]]
        lines.append("")
    if no_pos == "table":
        lines = [ln for ln in lines]
        lines += [f"| {no_label.rstrip('.')} | {no} | 签订地点 | {place} |", ""]
    if pstyle != 2 and rng.random() < 0.5:
        lines.append(pick(rng, ["根据《中华人民共和国民法典》及相关法律法规的规定，双方在平等、自愿、诚实信用的基础上，经协商一致，订立本合同，以资共同遵守。",
                                f"{ra}与{rb}经友好协商，就以下事项达成一致。"]))
    # ---- clauses ----
    n_copies = pick(rng, ["贰", "肆", "陆"])
    clauses = body.clauses + [
        ("争议解决", [pick(rng, [f"因本合同引起的争议，双方协商解决；协商不成的，向{city}仲裁委员会申请仲裁。",
                                 "因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向有管辖权的人民法院提起诉讼。"])]),
        ("其他", [f"本合同一式{n_copies}份，{'各方' if third else '双方'}各执{'壹' if n_copies == '贰' or third else '贰'}份，具有同等法律效力。"])]
    nstyle = int(rng.integers(4))
    i = 0
    for h, content in clauses:
        if not h:
            lines += content
            continue
        i += 1
        tbl = any(c.startswith("|") for c in content)
        if nstyle == 0 or (tbl and nstyle == 2):
            lines += [f"## 第{zh_cn_number(i)}条 {h}", *content]
        elif nstyle == 1:
            lines += [f"{zh_cn_number(i)}、{h}", *content]
        elif nstyle == 2:
            lines += [f"{i}. {h}：{content[0]}", *content[1:]]
        else:
            lines.append(f"第{zh_cn_number(i)}条 {h}")
            j = 0
            for c in content:
                if c and not c.startswith("|"):
                    j += 1
                    c = f"{i}.{j} {c}"
                lines.append(c)
    # ---- signature ----
    lines += zh_sign_block(rng, first, second, third, da, db, dt, signed_shown, title)
    if no_pos == "end":
        lines += ["", f">> {no_line}" if rng.random() < 0.5 else no_line]
    if "协议" in title:
        lines = [ln.replace("本合同", "本协议") for ln in lines]
    parties = [first, second] + ([third] if third else [])
    t = zh_truth(ctype, no, parties, signed, body.effective, body.expiry, body.total, body.from_term)
    return Filled(lines, t, pa.name)


def zh_truth(ctype: str, no: str | None, parties: list[Party], signed: date, effective: date | None = None,
             expiry: date | None = None, total: Decimal | None = None, from_term: bool = False) -> dict[str, Any]:
    ps = [(p.role, p.name, p.label or p.func) for p in parties]
    return _truth("zh", ctype, no, ps, signed, effective, expiry, (total, "CNY") if total is not None else None,  # type: ignore[arg-type]
                  zh_upper(total) if total is not None else None, from_term)


def zh_sign_block(rng: Rng, first: Party, second: Party, third: Party | None, da: date, db: date, dt: DateFn,
                  signed_shown: bool, title: str) -> list[str]:
    """Signature block; when the parties signed on different days both dates are printed."""
    out = ["", "（以下无正文）" if rng.random() < 0.4 else "", "@@SIGNATURE"]
    if rng.random() < 0.15:
        out = ["@@PAGEBREAK", f"（本页无正文，为《{title.replace(' ', '').strip('《》').replace('》之', '之')}》之签署页）", "", "@@SIGNATURE"]
    differ = da != db
    show_dates = differ or not signed_shown or rng.random() < 0.5
    dl = pick(rng, ["日期", "签订日期", "签署日期", "签字日期"])

    def seal(p: Party) -> str:
        return "（签字）" if p.person else pick(rng, ["（盖章）", "（公章）", "（签章）"])

    def base(p: Party) -> str:
        return (p.label or ("甲方" if p is first else "乙方")).split("（")[0]

    s = int(rng.integers(5))
    if s == 4 and differ:
        s = 0
    if s == 0:  # two columns: label and name on one line
        out += [f"{base(first)}{seal(first)}：{first.name}\t{base(second)}{seal(second)}：{second.name}"]
        if not (first.person and second.person):
            out.append(("" if first.person else "法定代表人或授权代表（签字）：") + "\t" + ("" if second.person else "法定代表人或授权代表（签字）："))
        if show_dates:
            out.append(f"{dl}：{dt(da)}\t{dl}：{dt(db)}")
    elif s == 1:  # stacked
        for p, d in ((first, da), (second, db)):
            out += [f"{base(p)}{seal(p)}：{p.name}", "签字：" if p.person else "授权代表：", f"{dl}：{dt(d)}" if show_dates else "", ""]
    elif s == 2:  # table
        out += [f"| {base(first)}{seal(first)} | {base(second)}{seal(second)} |", f"| {first.name} | {second.name} |",
                "| 签字： | 签字： |"]
        if show_dates:
            out.append(f"| {dt(da)} | {dt(db)} |")
    elif s == 3:  # labels only, names not repeated
        out += [f"{base(first)}{seal(first)}：\t{base(second)}{seal(second)}：",
                f"{'签字' if first.person else '代表人'}：\t{'签字' if second.person else '代表人'}："]
        if show_dates:
            out.append(f"{dt(da)}\t{dt(db)}" if rng.random() < 0.5 else f"{dl}：{dt(da)}\t{dl}：{dt(db)}")
    else:  # one date at the end (落款)
        out += [f"{base(first)}{seal(first)}：{first.name}", "", f"{base(second)}{seal(second)}：{second.name}", ""]
        if show_dates:
            out.append(f">> {dt(da)}")
    if third is not None:
        out += ["", f"{(third.label or '丙方').split('（')[0]}{seal(third)}：{third.name}"]
        if show_dates and s != 4:
            out.append(f"{dl}：{dt(max(da, db))}")
    return out


def zh_goods_rows(rng: Rng, unit_wan: bool = False) -> tuple[list[str], Decimal]:
    items = []
    for k in rng.choice(len(GOODS), size=int(rng.integers(1, 5)), replace=False):
        name, unit, lo, hi = GOODS[int(k)]
        qty = int(rng.integers(1, 60)) * (100 if hi < 1000 else 1)
        price = money_in(rng, lo, hi, 100 if unit_wan else 10, cents=False)
        items.append((name, unit, qty, price, q2(price * qty)))
    total = sum((it[4] for it in items), Decimal(0))
    if unit_wan:
        rows = ["| 序号 | 品名 | 数量 | 单价（元） | 金额（万元） |"]
        rows += [f"| {i} | {n} | {q}{u} | {fig(p)} | {wan(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
    else:
        rows = ["| 序号 | 品名规格 | 数量 | 单价（元） | 金额（元） |"]
        rows += [f"| {i} | {n} | {q}{u} | {fig(p)} | {fig(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
    return rows, total


def zh_confirm(rng: Rng) -> Filled:
    """销售确认书: parties only in a header table, a goods table, the buyer countersigning later."""
    city = zh_city(rng)
    issued = rand_date(rng)
    dt = zh_dater(rng)
    pa, pb = zh_make_party(rng, "company", city), zh_make_party(rng, "company")
    while pb.init == pa.init:
        pb = zh_make_party(rng, "company")
    fa, fb = pick(rng, [("卖方", "买方"), ("供方", "需方"), ("出卖人", "买受人")])
    pa.func, pa.label, pa.role = fa, fa, "party_a"
    pb.func, pb.label, pb.role = fb, fb, "party_b"
    confirmed = issued + days(rng, 1, 12) if rng.random() < 0.5 else None
    signed = confirmed or issued
    no = zh_num(rng, pa.init, "XS", "销", issued, city) if rng.random() < 0.85 else None
    lines = [pick(rng, ["销售确认书", "销 售 确 认 书", "订货确认书"])]
    if rng.random() < 0.5:
        lines.append("== SALES CONFIRMATION")
    if no:
        lines.append(f">> {pick(rng, ['编号', '确认书编号', 'No.'])}：{no}")
    lines += ["", f"| {fa} | {pa.name} | {fb} | {pb.name} |",
              f"| 日期 | {dt(issued)} | 地点 | {city}市 |", ""]
    lines.append(f"经双方确认，{fa}同意出售、{fb}同意购买下列货物：")
    unit_wan = rng.random() < 0.3
    rows, total = zh_goods_rows(rng, unit_wan)
    lines += rows
    if unit_wan:
        lines.append(f"| 合计 | | | | {wan(total)} |")
    elif rng.random() < 0.5:
        lines.append(f"| 合计 | | | | {fig(total)} |")
    lines.append(pick(rng, [f"总金额：（大写：人民币{zh_upper(total)}）（小写：¥{fig(total)}）",
                            f"合计金额（大写）：人民币{zh_upper(total)}    ¥{fig(total)}",
                            f"以上货款共计人民币{fig(total)}元，含13%增值税及运费。"]))
    dep = q2(total * Decimal(pick(rng, ["0.2", "0.3"])))
    lines += ["", f"1. 交货期：收到定金后{pick(rng, ['七', '十五', '三十'])}日内发货。",
              f"2. 付款方式：{fb}于确认后三日内支付定金人民币{fig(dep)}元，余款提货前付清。",
              f"3. 质量标准：按{fa}企业标准执行，{fb}收货后七日内未提出书面异议的，视为验收合格。"]
    eff = None
    if rng.random() < 0.6:
        lines.append("4. 本确认书经双方签字盖章后生效，传真件、扫描件与原件具有同等效力。")
        eff = signed
    lines += ["", "@@SIGNATURE", f"{fa}（盖章）：{pa.name}\t{fb}（确认签章）：{pb.name}",
              "经办人：\t经办人："]
    if confirmed:
        lines.append(f"日期：{dt(issued)}\t确认日期：{dt(confirmed)}")
    t = zh_truth("sales", no, [pa, pb], signed, eff, None, total)
    return Filled(lines, t, pa.name)


def zh_po(rng: Rng) -> Filled:
    """采购订单 / 订购单 issued by the buyer; the supplier (party_a) may confirm on a later day."""
    city = zh_city(rng)
    ordered = rand_date(rng)
    dt = zh_dater(rng)
    buyer = zh_make_party(rng, pick(rng, ["company", "company", "institution"]), city)
    sup = zh_make_party(rng, "company")
    while sup.init == buyer.init:
        sup = zh_make_party(rng, "company")
    (sup.func, buyer.func) = pick(rng, [("供应商", "采购方"), ("供方", "需方"), ("卖方", "买方"), ("供货单位", "订货单位")])
    sup.role, buyer.role = "party_a", "party_b"
    sup.label, buyer.label = sup.func, buyer.func
    confirmed = ordered + days(rng, 1, 7) if rng.random() < 0.45 else None
    signed = confirmed or ordered
    no = f"{pick(rng, ['PO', 'CG', buyer.init + 'PO'])}{ordered:%Y%m%d}{int(rng.integers(1, 999)):03d}"
    lines = [buyer.name, f"== {pick(rng, ['采 购 订 单', '订 购 单', '定购单', '采购订单'])}", ""] if rng.random() < 0.7 else \
        [pick(rng, ["采购订单", "订购单", "采 购 订 单"]), f"== {buyer.name}", ""]
    lines += [f"| 订单编号 | {no} | 订单日期 | {dt(ordered)} |",
              f"| {sup.func} | {sup.name} | {buyer.func} | {buyer.name} |",
              f"| 联系人 | {zh_person(rng)} | 联系人 | {zh_person(rng)} |",
              f"| 电话 | {zh_phone(rng)} | 电话 | {zh_phone(rng)} |", ""]
    unit_wan = rng.random() < 0.35
    rows, total = zh_goods_rows(rng, unit_wan)
    lines += rows
    lines.append(f"| 合计 | | | | {wan(total) if unit_wan else fig(total)} |")
    if rng.random() < 0.6:
        lines.append(f"合计金额（大写）：人民币{zh_upper(total)}")
    lines += ["", "订单条款：",
              f"1. 交货日期：{dt(ordered + days(rng, 7, 45))}前送达{buyer.func}指定地点，运费由{sup.func}承担。",
              f"2. 付款方式：货到验收合格并收到发票后{pick(rng, ['30', '60', '90'])}日内付款。",
              "3. 逾期交货的，每逾期一日按订单金额的0.5%支付违约金。",
              "4. 供应商收到本订单后应于两个工作日内盖章回传，逾期未回传又未提出异议的视为接受。", "",
              "@@SIGNATURE", f"{buyer.func}（盖章）：{buyer.name if rng.random() < 0.5 else ''}\t{sup.func}确认（盖章）：",
              f"经办人：{zh_person(rng)}\t经办人："]
    lines.append(f"日期：{dt(ordered)}\t日期：{dt(confirmed) if confirmed else ''}")
    t = zh_truth("purchase", no, [sup, buyer], signed, None, None, total)
    return Filled(lines, t, buyer.name)


def zh_iou(rng: Rng) -> Filled:
    """借条 / 借据 between individuals (or a company lending to a person): no number, the date
    at the foot, uppercase amount with figures; the repayment date is the expiry."""
    city = zh_city(rng)
    signed = rand_date(rng)
    dt = zh_dater(rng)
    lender = zh_make_party(rng, "person" if rng.random() < 0.7 else "company", city)
    borrower = zh_make_party(rng, "person")
    while borrower.name == lender.name:
        borrower = zh_make_party(rng, "person")
    lender.role, lender.func, lender.label = "party_a", "出借人", "出借人"
    borrower.role, borrower.func, borrower.label = "party_b", "借款人", "借款人"
    total = money_in(rng, 5_000, 2_000_000, 1_000)
    months = pick(rng, [3, 6, 12, 24])
    due = term_end(signed, months)
    lid = f"（身份证号码：{zh_id(rng)}）" if lender.person else ""
    purpose = pick(rng, ["资金周转", "购房", "经营周转", "装修"])
    amount = pick(rng, [f"人民币（大写）{zh_upper(total)}（¥{fig(total)}）", f"人民币{zh_upper(total)}（小写：{fig(total)}元）"])
    rate = pick(rng, ["", f"，年利率{pick(rng, ['3.6', '6', '8'])}%，利随本清", "，不计利息"])
    lines = [pick(rng, ["借 条", "借条", "借据", "借款借据"]), ""]
    form = int(rng.integers(3))
    if form == 0:
        lines.append(f"今借到{lender.name}{lid}{amount}，用于{purpose}。借款期限{zh_term_words(months, rng)}，于{dt(due)}前一次性归还{rate}。")
    elif form == 1:
        lines += [f"出借人：{lender.name}{lid}", f"借款人：{borrower.name}（身份证号码：{zh_id(rng)}）", "",
                  f"借款人因{purpose}向出借人借款{amount}，出借人已于{dt(signed)}以银行转账方式支付。借款人承诺于{dt(due)}前归还全部借款{rate}。"]
    else:
        lines.append(f"本人{borrower.name}（身份证号码：{zh_id(rng)}）今向{lender.name}{lid}借款{amount}，"
                     f"还款日期为{dt(due)}{rate}。逾期未还的，本人愿承担出借人为实现债权支付的律师费、诉讼费等费用。")
    lines.append("如发生争议，由出借人住所地人民法院管辖。")
    parties = [lender, borrower]
    lines += ["", "@@SIGNATURE", f"借款人（签字并按手印）：{borrower.name}"]
    if form != 1:
        lines.append(f"身份证号码：{zh_id(rng)}")
    if rng.random() < 0.3:
        g = zh_make_party(rng, "person")
        g.role, g.func, g.label = "party_c", "担保人", "担保人"
        lines += [f"担保人（签字）：{g.name}    身份证号码：{zh_id(rng)}", "担保人自愿对上述借款承担连带保证责任。"]
        parties.append(g)
    lines.append(f">> {dt(signed)}" if rng.random() < 0.5 else f"{dt(signed)}")
    t = zh_truth("loan", None, parties, signed, None, due, total)
    return Filled(lines, t, lender.name)


def zh_credit(rng: Rng) -> Filled:
    """综合授信协议 of a bank branch: sub-limits first, the aggregate facility last."""
    city = zh_city(rng)
    signed = rand_date(rng)
    dt = zh_dater(rng)
    bank = zh_make_party(rng, "bank", city)
    cust = zh_make_party(rng, "company", city)
    bank.func, bank.role = pick(rng, ["授信人", "贷款人"]), "party_a"
    cust.func, cust.role = pick(rng, ["授信申请人", "受信人", "借款人"]), "party_b"
    jia = rng.random() < 0.3
    bank.label = f"{bank.func}（甲方）" if jia else bank.func
    cust.label = f"{cust.func}（乙方）" if jia else cust.func
    parts = [money_in(rng, 1_000_000, 50_000_000, 1_000_000) for _ in range(int(rng.integers(2, 4)))]
    total = sum(parts, Decimal(0))
    names = ["流动资金贷款额度", "银行承兑汇票额度", "国内信用证额度"]
    start = signed + days(rng, 0, 5)
    months = pick(rng, [12, 12, 24, 36])
    end = term_end(start, months)
    abbr = pick(rng, ["工银", "建银", "中银", "招银", "交银"])
    no = f"{abbr}{city[:1]}授字{signed.year}第{int(rng.integers(1, 999)):03d}号" if rng.random() < 0.85 else None
    lines = [pick(rng, ["综合授信协议", "授信额度协议", "综合授信合同"])]
    if no:
        lines.append(f">> 编号：{no}")
    lines.append("")
    for p in (bank, cust):
        lines.append(f"{p.label}：{p.name}")
        lines += [f"{k}：{v}" for k, v in zh_details(rng, p, city, 3)]
        lines.append("")
    lines.append(f"{cust.func}向{bank.func}申请综合授信额度，{bank.func}经审查同意提供。为明确双方权利义务，特订立本协议。")
    sub = "、".join(f"{names[i]}人民币{wan(v)}万元" for i, v in enumerate(parts))
    lines += ["## 第一条 授信额度",
              f"{bank.func}同意在授信期间内向{cust.func}提供{sub}，" + pick(rng, [
                  f"授信额度合计人民币{wan(total)}万元（大写：{zh_upper(total)}）。",
                  f"上述额度合计为人民币（大写）{zh_upper(total)}（小写：¥{fig(total)}）。"]),
              "本协议项下的具体业务，由双方另行签订具体业务合同。",
              "## 第二条 授信期间",
              pick(rng, [f"授信期间为{zh_term_words(months, rng)}，自{dt(start)}起至{dt(end)}止。",
                         f"授信期间：{dt(start)}至{dt(end)}。"]),
              "## 第三条 担保",
              f"本协议项下债务由{zh_make_party(rng, 'company').name}提供最高额连带责任保证，另行签订保证合同。",
              "## 第四条 费用",
              f"{cust.func}应按单笔业务支付手续费；银行承兑汇票按票面金额的0.05%收取承兑手续费，并交存不低于票面金额30%的保证金。",
              "## 第五条 生效",
              "本协议自双方签字（或盖章）之日起生效。", "", "@@SIGNATURE",
              f"{bank.func}（公章）：\t{cust.func}（公章）：", "负责人或授权代理人：\t法定代表人或授权代理人：",
              f"{dt(signed)}\t{dt(signed)}"]
    t = zh_truth("loan", no, [bank, cust], signed, signed, end, total)
    return Filled(lines, t, bank.name)


def zh_letter(rng: Rng) -> Filled:
    """A letter (函) countersigned by the addressee, varying a contract: supplementary. A letter's
    own number (编号 / 函号) is its contract number; the original contract's number is not."""
    city = zh_city(rng)
    sent = rand_date(rng)
    dt = zh_dater(rng)
    lease = rng.random() < 0.55
    sender = zh_make_party(rng, "company", city)
    addr = zh_make_party(rng, "company")
    while addr.init == sender.init:
        addr = zh_make_party(rng, "company")
    if lease:  # the lessor writes; the lessor is party_a
        sender.func, addr.func = "出租方", "承租方"
        sender.role, addr.role = "party_a", "party_b"
        orig = pick(rng, ["房屋租赁合同", "厂房租赁合同", "租赁合同"])
    else:  # the buyer writes to its supplier: the addressee is party_a
        sender.func, addr.func = "采购方", "供应商"
        sender.role, addr.role = "party_b", "party_a"
        orig = pick(rng, ["设备采购合同", "采购合同", "产品购销合同"])
    sender.label, addr.label = sender.func, addr.func
    confirmed = sent + days(rng, 1, 15) if rng.random() < 0.6 else None
    signed = confirmed or sent
    od = sent - days(rng, 200, 1000)
    ono = zh_num(rng, sender.init, "HT", "合", od, city)
    no = f"{sender.init}{pick(rng, ['函', '商函', '字'])}〔{sent.year}〕{int(rng.integers(1, 200))}号" if rng.random() < 0.6 else None
    lines = [sender.name, f"== {pick(rng, ['关于续租及租金调整事宜的函', '确认函', '关于变更合同有关事项的函']) if lease else pick(rng, ['关于调整合同价款的确认函', '确认函', '关于变更合同有关事项的函'])}"]
    if no:
        lines.append(f">> {pick(rng, ['编号', '函号'])}：{no}")
    lines += ["", pick(rng, [f"致：{addr.name}", f"{addr.name}："]), ""]
    expiry = total = None
    if lease:
        old_end = term_end(od, 36)
        new_end = add_months(old_end, pick(rng, [12, 24, 36]))
        rent = money_in(rng, 5_000, 150_000, 100)
        lines.append(f"贵司（承租方）与我司（出租方）于{dt(od)}签订的《{orig}》（合同编号：{ono}）约定的租赁期限将于{dt(old_end)}届满。经双方协商，现就续租事宜确认如下：")
        lines += [f"一、租赁期限延长至{dt(new_end)}止；",
                  f"二、自{dt(old_end + timedelta(days=1))}起，月租金调整为人民币{fig(rent)}元（大写：{zh_upper(rent)}），押金不变；",
                  "三、原合同其他条款继续有效。"]
        expiry = new_end
    else:
        total = money_in(rng, 100_000, 9_000_000, 100)
        old = q2(total * Decimal(pick(rng, ["0.85", "0.9", "1.08"])))
        lines.append(f"我司（采购方）与贵司（供应商）于{dt(od)}签订的《{orig}》（合同编号：{ono}），原合同总价为人民币{fig(old)}元。因{pick(rng, ['采购数量调整', '原材料价格上涨', '技术参数变更'])}，经双方协商确认：")
        lines += [f"一、合同总价调整为人民币{fig(total)}元（大写：{zh_upper(total)}），含13%增值税；",
                  "二、交货期顺延十五日；", "三、原合同其他条款不变。"]
    eff = None
    if rng.random() < 0.7:
        lines.append("本函经双方盖章确认后生效，作为原合同的补充协议，与原合同具有同等法律效力。")
        eff = signed
    lines += ["请贵司核对无误后在本函下方盖章确认并回传我司。", "特此函告。", "", "@@SIGNATURE",
              f">> {sender.name}（盖章）", f">> {dt(sent)}", "", pick(rng, ["回执：", "确认意见："]),
              "我司同意上述内容。", f"{addr.name}（盖章）"]
    lines.append(f"日期：{dt(confirmed)}" if confirmed else "日期：     年   月   日")
    t = zh_truth("supplementary", no, [p for p in (sender, addr) if p.role == "party_a"] + [p for p in (sender, addr) if p.role == "party_b"],
                 signed, eff, expiry, total)
    return Filled(lines, t, sender.name)


def zh_undertaking(rng: Rng) -> Filled:
    """保密承诺书 addressed to a company by an employee or a supplier: nda; the company is the
    discloser (party_a)."""
    city = zh_city(rng)
    signed = rand_date(rng)
    dt = zh_dater(rng)
    comp = zh_make_party(rng, "company", city)
    person = rng.random() < 0.6
    giver = zh_make_party(rng, "person" if person else "company")
    comp.role, comp.func, comp.label = "party_a", "公司", "致"
    giver.role, giver.func, giver.label = "party_b", "承诺人", "承诺人"
    short = pick(rng, ["公司", comp.short or "公司"])
    pen = money_in(rng, 10_000, 500_000, 10_000)
    lines = [pick(rng, ["保密承诺书", "保 密 承 诺 书", "承诺书"])]
    no = None
    if rng.random() < 0.25:
        no = f"{comp.init}-BM-{signed.year}-{int(rng.integers(1, 999)):03d}"
        lines.append(f">> 编号：{no}")
    lines += ["", f"致：{comp.name}（以下简称“{short}”）", ""]
    if person:
        lines.append(f"本人{giver.name}（身份证号码：{zh_id(rng)}），系{short}{pick(rng, ['研发部', '财务部', '销售部'])}员工，"
                     f"鉴于本人在工作中将知悉{short}的商业秘密，现郑重承诺如下：")
    else:
        lines.append(f"本公司{giver.name}作为{short}的{pick(rng, ['供应商', '外包服务商', '合作方'])}，在合作过程中将接触{short}的保密信息，现承诺如下：")
    lines += [f"一、对{short}的技术信息、经营信息及其他商业秘密严格保密，不向任何第三方披露；",
              f"二、不将保密信息用于为{short}工作（合作）以外的任何目的；",
              f"三、违反本承诺的，自愿向{short}支付违约金人民币{fig(pen)}元，并赔偿{short}因此遭受的全部损失；"]
    eff = None
    if rng.random() < 0.6:
        lines.append(f"四、本承诺书自{'本人' if person else '本公司'}签署之日起生效，保密义务在{'本人离职' if person else '合作终止'}后{pick(rng, ['两', '三', '五'])}年内持续有效。")
        eff = signed
    lines += ["", "@@SIGNATURE", f"承诺人（{'签字' if person else '盖章'}）：{giver.name}"]
    if person:
        lines.append(f"身份证号码：{zh_id(rng)}")
    lines.append(f"日期：{dt(signed)}" if rng.random() < 0.6 else f">> {dt(signed)}")
    t = zh_truth("nda", no, [comp, giver], signed, eff, None, None)
    return Filled(lines, t, comp.name)


ZH_TECH = [("技术开发（委托）合同", "service", ("委托方", "研究开发方"), "技术开发"),
           ("技术服务合同", "service", ("委托方", "受托方"), "技术服务"),
           ("技术咨询合同", "service", ("委托方", "受托方"), "技术咨询"),
           ("技术转让（技术秘密）合同", "license", ("让与人", "受让人"), "技术秘密转让"),
           ("技术转让（专利实施许可）合同", "license", ("让与人", "受让人"), "专利实施许可")]


def zh_techcover(rng: Rng, ctype: str = "service") -> Filled:
    """The 科学技术部 model technology contract: cover page with the parties, signing date and
    period; an empty registration-number box that is not the contract number."""
    city = zh_city(rng)
    signed = rand_date(rng)
    dt = zh_dater(rng)
    title, ctype, (fa, fb), what = pick(rng, [x for x in ZH_TECH if x[1] == ctype])
    pa = zh_make_party(rng, pick(rng, ["company", "company", "institution"]), city)
    pb = zh_make_party(rng, pick(rng, ["company", "institution"]))
    while pb.init == pa.init:
        pb = zh_make_party(rng, "company")
    pa.func, pb.func = fa, fb
    pa.label, pb.label = f"{fa}（甲方）", f"{fb}（乙方）"
    pa.role, pb.role = "party_a", "party_b"
    proj = pick(rng, PROJECTS) + pick(rng, ["关键技术研究", "系统", "工艺优化", "平台"])
    start = signed + days(rng, 0, 15)
    months = pick(rng, [6, 12, 18, 24, 36])
    end = term_end(start, months)
    no = zh_num(rng, pa.init, "JS", "技", signed, city) if rng.random() < 0.5 else None
    lines = [title, "", "== 合同登记编号：□□□□□□□□□□□□□□□□□□", "", f"== 项目名称：{proj}",
             f"== {fa}（甲方）：{pa.name}", f"== {fb}（乙方）：{pb.name}", f"== 签订时间：{dt(signed)}",
             f"== 签订地点：{city}市{pick(rng, ZH_CITIES[city])}", f"== 有效期限：{dt(start)}至{dt(end)}", "",
             "== 中华人民共和国科学技术部印制", "@@PAGEBREAK", title]
    if no:
        lines.append(f">> 合同编号：{no}")
    lines += ["", f"{fa}（甲方）：{pa.name}", *[f"{k}：{v}" for k, v in zh_details(rng, pa, city, 2)], "",
              f"{fb}（乙方）：{pb.name}", *[f"{k}：{v}" for k, v in zh_details(rng, pb, city, 2)], "",
              (f"本合同甲方将{proj}项目的{what}相关技术许可（转让）给乙方，乙方支付相应的使用费（转让费）。" if ctype == "license" else
               f"本合同乙方就{proj}项目的{what}，甲方支付相应的{'研究开发经费和报酬' if '开发' in what else '费用'}。")
              + "双方经过平等协商，在真实、充分地表达各自意愿的基础上，根据《中华人民共和国民法典》的规定，达成如下协议，并由双方共同恪守。"]
    total = money_in(rng, 50_000, 3_000_000, 1_000)
    lines += ["## 第一条 标的技术的内容、范围及要求", f"{pick(rng, ['技术目标', '服务内容', '转让范围'])}详见附件一《技术要求》。",
              "## 第二条 履行期限", f"本合同的履行期限：{dt(start)}至{dt(end)}。",
              "## 第三条 价款及支付方式",
              zh_total_phrase(rng, pick(rng, ["本合同价款总额", "研究开发经费和报酬总额" if "开发" in what else "合同总价款"]), total) + "。",
              f"支付方式：合同签订后十日内支付{fig(q2(total * Decimal('0.4')))}元；验收合格后十日内支付其余款项。",
              "## 第四条 验收", "乙方完成合同约定的工作后，甲方应在十五个工作日内组织验收。", "",
              "@@SIGNATURE", f"| {fa}（甲方） | 名称（或姓名） | {pa.name} |", "| | 法定代表人 | |", "| | 委托代理人 | |",
              f"| {fb}（乙方） | 名称（或姓名） | {pb.name} |", "| | 法定代表人 | |", "| | 委托代理人 | |"]
    t = zh_truth(ctype, no, [pa, pb], signed, start, end, total)
    return Filled(lines, t, pa.name)


# ================================================================================================
# English
# ================================================================================================
CUR_WORDS = {"GBP": ("pounds", "pence"), "USD": ("US dollars", "cents"), "HKD": ("Hong Kong dollars", "cents"),
             "SGD": ("Singapore dollars", "cents"), "EUR": ("euros", "cents"), "CNY": ("Renminbi", "fen")}
CUR_SYM = {"GBP": ["£", "GBP "], "USD": ["US$", "USD ", "$"], "HKD": ["HK$", "HKD "], "SGD": ["S$", "SGD "],
           "EUR": ["€", "EUR "], "CNY": ["RMB ", "CNY "]}
PROJECTS_EN = ["Riverside Campus", "Northgate Data Centre", "Harbour Line Upgrade", "Project Falcon", "Westfield Depot",
               "ERP Replacement", "Project Atlas", "Eastside Logistics Hub"]
TRADE_NAMES = ["Swift Couriers", "Apex Office Supplies", "Bluebell Catering", "Metro Print", "Greenleaf Cleaning",
               "Keystone Plumbing", "Northern Lights Events", "Union Street Motors"]


def en_dater(rng: Rng, jur: str) -> DateFn:
    """One document's date style; numeric dates follow the document's jurisdiction (day first in
    the UK, Hong Kong and Singapore, month first in the US)."""
    us = jur == "us"
    style = int(rng.integers(6))
    if jur in ("prc", "de") and style == 2:
        style = 5

    def f(d: date) -> str:
        s = style if rng.random() < 0.9 else int(rng.integers(6))
        if jur in ("prc", "de") and s == 2:
            s = 5
        m = EN_MONTHS[d.month - 1]
        if s == 0:
            return f"{m} {d.day}, {d.year}" if us else f"{d.day} {m} {d.year}"
        if s == 1:
            return f"{m} {ordinal(d.day)}, {d.year}" if us else f"{ordinal(d.day)} {m} {d.year}"
        if s == 2:
            return f"{d:%m/%d/%Y}" if us else f"{d:%d/%m/%Y}"
        if s == 3:
            return f"{m[:3]} {d.day}, {d.year}" if us else f"{d.day} {m[:3]} {d.year}"
        if s == 4:
            return f"{m} {d.day}, {d.year}"
        return d.isoformat() if jur in ("prc", "de") else (f"{m} {d.day}, {d.year}" if us else f"{d.day} {m} {d.year}")
    return f


def en_words_cur(v: Decimal, cur: str) -> str:
    unit, sub = CUR_WORDS[cur]
    whole = int(v)
    cents = int((v - whole) * 100)
    return f"{en_words_int(whole)} {unit}" + (f" and {en_words_int(cents)} {sub}" if cents else "")


def en_amt(rng: Rng, v: Decimal, cur: str, words: float = 0.3) -> str:
    """An amount as English drafting prints it; with probability ``words`` the amount in words too."""
    sym = pick(rng, CUR_SYM[cur])
    figs = pick(rng, [f"{sym}{fig(v)}", f"{sym}{fig0(v)}", f"{cur} {fig0(v)}"])
    if rng.random() < words:
        w = en_words_cur(v, cur)
        return pick(rng, [f"{figs} ({w})", f"{w[0].upper() + w[1:]} ({figs})", f"{figs} (say {en_words(v, cur)})"])
    return figs


def en_truth(ctype: str, no: str | None, parties: list[Party], signed: date, effective: date | None = None,
             expiry: date | None = None, total: Decimal | None = None, cur: str = "GBP", from_term: bool = False) -> dict[str, Any]:
    ps = [(p.role, p.name, p.label or p.func) for p in parties]
    return _truth("en", ctype, no, ps, signed, effective, expiry, (total, cur) if total is not None else None,  # type: ignore[arg-type]
                  en_words(total, cur) if total is not None else None, from_term)


def en_no(rng: Rng, init: str, code: str, d: date) -> str:
    seq = int(rng.integers(1, 3000))
    return pick(rng, [f"{init}/{code}/{d.year}/{seq:04d}", f"{code}-{d:%y}{seq:04d}", f"{init}-{d.year}-{seq:03d}",
                      f"{code}{d.year}{seq:05d}", f"{init}/{d:%y}/{seq:03d}{pick(rng, ['', 'A', 'B'])}",
                      f"{code}.{d.year}.{seq:04d}"])


def en_jur(rng: Rng) -> str:
    return pick(rng, ["uk", "uk", "uk", "us", "us", "hk", "sg", "prc"])


def en_cur(rng: Rng, jur: str) -> str:
    cur = JUR[jur][1]
    if jur in ("prc", "hk", "sg") and rng.random() < 0.3:
        cur = "USD"
    if jur == "uk" and rng.random() < 0.1:
        cur = "EUR"
    return cur


def display_name(rng: Rng, p: Party, jur: str, p_alias: float = 0.35) -> str:
    """The name as the parties clause prints it: (formerly known as …), t/a, trading as. The party
    is the legal entity named before the alias."""
    if rng.random() >= p_alias:
        return p.name
    if p.person:
        return f"{p.name} {pick(rng, ['t/a', 'trading as'])} {pick(rng, TRADE_NAMES)}"
    form = int(rng.integers(3))
    if form == 0 and jur in ("uk", "hk", "sg"):
        old = p.name.replace(p.short, p.short + pick(rng, [" Group", " Holdings", " International"]), 1) if p.short else p.name + " (2019)"
        return f"{p.name} (formerly known as {old})"
    if form == 1:
        return f"{p.name} trading as {pick(rng, TRADE_NAMES)}"
    return f"{p.name} t/a {pick(rng, TRADE_NAMES)}"


def en_term(rng: Rng, signed: date, dt: DateFn, start: date | None = None, months: int | None = None,
            forms: tuple[int, ...] = (0, 1, 2, 3, 4, 5), what: str = "this Agreement") -> tuple[list[str], date | None, date | None, bool]:
    start = start or signed + days(rng, 0, 25)
    months = months or pick(rng, [12, 12, 24, 36, 36, 60, 18, 6])
    end = term_end(start, months)
    k, unit = (months // 12, "year") if months % 12 == 0 and rng.random() < 0.6 else (months, "month")
    nw = pick(rng, [f"{en_words_int(k)} ({k}) {unit}{'s' if k > 1 else ''}", f"{k} {unit}{'s' if k > 1 else ''}"])
    form = pick(rng, list(forms))
    W = what[0].upper() + what[1:]
    if form == 0:
        return [f"{W} shall commence on {dt(start)} and shall end on {dt(end)} (both dates inclusive)."], start, end, False
    if form == 1:
        return [f"{W} shall remain in force for a period of {nw} from {dt(start)} (the \"Commencement Date\")."], start, end, True
    if form == 2:
        return [f"{W} shall come into force on the date of {what} and shall continue for an initial period of {nw}, and "
                "thereafter until terminated by either party giving not less than three months' written notice."], \
            signed, term_end(signed, months), True
    if form == 3:
        return [f"{W} takes effect on the date on which it has been signed by both parties and shall expire on {dt(end)}."], \
            signed, end, False
    if form == 4:
        return [f"{W} shall take effect on signature and shall continue until terminated by either party on not less than "
                "ninety (90) days' written notice."], signed, None, False
    return [f"Term: {dt(start)} to {dt(end)}."], start, end, False


@dataclass
class EKind:
    ctype: str
    titles: list[str]
    funcs: list[tuple[str, str]]      # defined terms of (party_a, party_b)
    b_person: float = 0.0
    a_person: float = 0.0
    b_first: float = 0.0


EKINDS: dict[str, EKind] = {
    "supply": EKind("sales", ["SUPPLY AGREEMENT", "AGREEMENT", "AGREEMENT FOR THE SUPPLY OF|{GOODS}", "CONTRACT", "{A}|TERMS OF SUPPLY"],
                    [("Supplier", "Customer"), ("Seller", "Buyer"), ("Vendor", "Purchaser")], b_first=0.25),
    "distrib": EKind("sales", ["DISTRIBUTION AGREEMENT", "EXCLUSIVE DISTRIBUTORSHIP AGREEMENT", "AGREEMENT"],
                     [("Supplier", "Distributor"), ("Principal", "Distributor"), ("Company", "Distributor")]),
    "procure": EKind("purchase", ["PROCUREMENT CONTRACT", "CONTRACT", "PURCHASE AGREEMENT", "AGREEMENT FOR THE PURCHASE OF|{GOODS}",
                                  "{B} PROCUREMENT AGREEMENT"],
                     [("Supplier", "Purchaser"), ("Contractor", "Authority"), ("Vendor", "Buyer")], b_first=0.6),
    "consult": EKind("service", ["AGREEMENT", "CONSULTANCY AGREEMENT", "CONTRACT", "{PROJECT}|PROJECT AGREEMENT", "AGREEMENT FOR SERVICES"],
                     [("Client", "Consultant"), ("Customer", "Supplier"), ("Company", "Contractor")]),
    "maint": EKind("service", ["MAINTENANCE AND SUPPORT AGREEMENT", "AGREEMENT", "SERVICE LEVEL AGREEMENT", "CONTRACT"],
                   [("Customer", "Contractor"), ("Client", "Service Provider")]),
    "premises": EKind("lease", ["LEASE", "OFFICE PREMISES AT|{ADDR}", "AGREEMENT", "{ADDR}|LEASE OF PART", "COUNTERPART LEASE"],
                      [("Landlord", "Tenant")], b_person=0.1, a_person=0.15),
    "exec": EKind("employment", ["SERVICE AGREEMENT", "EXECUTIVE SERVICE AGREEMENT", "AGREEMENT", "CONTRACT"],
                  [("Company", "Executive"), ("Employer", "Employee")], b_person=1.0),
    "mnda": EKind("nda", ["AGREEMENT", "MUTUAL NON-DISCLOSURE AGREEMENT", "CONFIDENTIALITY AGREEMENT", "DEED"],
                  [("", ""), ("Disclosing Party", "Recipient")]),
    "loan": EKind("loan", ["LOAN AGREEMENT", "AGREEMENT", "DEED", "FACILITY AGREEMENT", "SHAREHOLDER LOAN AGREEMENT"],
                  [("Lender", "Borrower")], b_person=0.15),
    "licence": EKind("license", ["LICENCE AGREEMENT", "AGREEMENT", "TRADE MARK LICENCE", "SOFTWARE LICENCE", "DEED OF LICENCE"],
                     [("Licensor", "Licensee")]),
    "franchise": EKind("license", ["FRANCHISE AGREEMENT", "AGREEMENT"], [("Franchisor", "Franchisee")], b_person=0.3),
    "master": EKind("framework", ["MASTER AGREEMENT", "AGREEMENT", "FRAMEWORK AGREEMENT", "CALL-OFF FRAMEWORK AGREEMENT",
                                  "MASTER SERVICES AGREEMENT"],
                    [("Customer", "Supplier"), ("Authority", "Contractor"), ("Client", "Provider")]),
    "variation": EKind("supplementary", ["DEED OF VARIATION", "ADDENDUM", "AMENDMENT AGREEMENT", "AGREEMENT", "SUPPLEMENTAL AGREEMENT"], []),
    "guarantee": EKind("other", ["DEED OF GUARANTEE", "GUARANTEE", "DEED", "GUARANTEE AND INDEMNITY"], [("Lender", "Borrower")]),
    "settle": EKind("other", ["SETTLEMENT AGREEMENT", "AGREEMENT", "DEED OF SETTLEMENT", "SETTLEMENT AND RELEASE AGREEMENT"],
                    [("Claimant", "Defendant"), ("", "")]),
    "sha": EKind("other", ["SHAREHOLDERS' AGREEMENT", "AGREEMENT", "INVESTMENT AND SHAREHOLDERS' AGREEMENT"], [("", "")]),
    "spa": EKind("other", ["AGREEMENT|for the sale and purchase of the entire issued share capital of|{T}", "SHARE SALE AGREEMENT",
                           "AGREEMENT RELATING TO THE SALE OF|{T}"], [("Seller", "Buyer"), ("Vendor", "Purchaser")], a_person=0.4),
}
EN_CODES = {"sales": "SC", "purchase": "PC", "service": "SA", "lease": "LS", "employment": "EMP", "nda": "NDA", "loan": "LN",
            "license": "LIC", "framework": "FA", "supplementary": "VAR", "other": "AGR"}
EN_ORIG = [("LEASE", ("Landlord", "Tenant"), "lease"), ("SERVICES AGREEMENT", ("Customer", "Supplier"), "service"),
           ("SUPPLY AGREEMENT", ("Supplier", "Customer"), "goods"), ("CONSULTANCY AGREEMENT", ("Client", "Consultant"), "service")]
GOODS_WORDS = ["LABORATORY EQUIPMENT", "ROLLING STOCK SPARES", "IT HARDWARE", "MEDICAL CONSUMABLES", "OFFICE FURNITURE"]


@dataclass
class EBody:
    clauses: list[tuple[str, list[str]]] = field(default_factory=list)
    total: Decimal | None = None
    effective: date | None = None
    expiry: date | None = None
    from_term: bool = False
    third: Party | None = None
    recital: str = ""


def en_body(kind: str, rng: Rng, ka: str, kb: str, signed: date, dt: DateFn, cur: str, jur: str, pa: Party, pb: Party,
            third: Party | None, orig: tuple[str, tuple[str, str], str] | None, what: str, names: bool) -> EBody:
    """Clauses, money and term of one kind; ka / kb are the defined terms of party_a / party_b
    (their short names when ``names``)."""
    b = EBody()
    A = ka if names else f"the {ka}"
    B = kb if names else f"the {kb}"
    this = f"this {what}"
    A_, B_ = A[0].upper() + A[1:], B[0].upper() + B[1:]
    if kind in ("supply", "procure"):
        items = en_goods(rng)
        sub = sum((it[4] for it in items), Decimal(0))
        form = int(rng.integers(4))
        rows = ["| Item | Description | Qty | Unit Price | Amount |"]
        rows += [f"| {i} | {n} | {q} {u} | {fig(p)} | {fig(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
        if form == 0:
            rate = {"GBP": "20", "EUR": "19", "SGD": "9", "HKD": "0", "CNY": "13"}.get(cur, "0")
            tax = q2(sub * Decimal(rate) / 100)
            b.total = sub + tax
            rows += [f"| | | | Net total | {fig(sub)} |", f"| | | | VAT @ {rate}% | {fig(tax)} |",
                     f"| | | | Total payable ({cur}) | {fig(b.total)} |"]
            money = [f"{B_} shall purchase the following Goods:" if kind == "procure" else f"{A_} shall sell the following Goods:", *rows]
        elif form == 1:
            b.total = sub
            dep = q2(sub * Decimal("0.3"))
            money = [f"{B_} wishes to purchase, and {A} has agreed to supply, the Goods listed in Schedule 1." if kind == "procure" else
                     f"{A_} shall sell and supply the Goods listed in Schedule 1 to {B}.", *rows, "",
                     f"A deposit of {en_amt(rng, dep, cur, 0)} is payable on signature and the balance on delivery. "
                     f"The total Contract Price is {en_amt(rng, b.total, cur, 0.6)}."]
        elif form == 2:
            b.total = sub
            money = [f"{B_} shall purchase from {A} the Goods at the prices in the Price Schedule below." if kind == "procure" else
                     f"{A_} shall supply and {B} shall purchase the Goods at the prices in the Price Schedule below.", *rows, "",
                     f"Contract Price: {en_amt(rng, b.total, cur, 0.5)}, exclusive of VAT and inclusive of delivery. "
                     f"Liquidated damages for late delivery are {en_amt(rng, q2(sub * Decimal('0.005')), cur, 0)} per day."]
        else:
            unit = money_in(rng, 200, 9_000, 10)
            money = [(f"{B_} may purchase Goods from {A} by placing Orders. " if kind == "procure" else
                      f"{A_} shall sell Goods to {B} against Orders. ")
                     + f"Prices are as set out in {A}'s price list current at the date of each Order; at the date of this Agreement "
                     f"the unit price of a standard unit is {en_amt(rng, unit, cur, 0)}. Delivery charges of {en_amt(rng, Decimal(75), cur, 0)} "
                     "apply to orders under the minimum order value."]
        b.clauses.append(("Goods and Price", money))
        b.clauses.append(("Delivery", [f"Delivery shall be made DAP {B}'s premises on or before {dt(signed + days(rng, 14, 90))}. "
                                       "Title and risk pass on delivery."]))
        if rng.random() < 0.4:
            b.clauses.append(("Commencement", [f"This {what} shall come into force on the date of signature by both parties."]))
            b.effective = signed
    elif kind == "distrib":
        target = money_in(rng, 200_000, 5_000_000, 50_000)
        b.clauses.append(("Appointment", [f"{A_} appoints {B} as its exclusive distributor of the Products in the Territory "
                                          f"({pick(rng, ['the United Kingdom and Ireland', 'Hong Kong and Macau', 'Singapore and Malaysia', 'the State of California'])}). "
                                          f"{B_} shall purchase Products from {A} for resale in its own name and on its own account."]))
        b.clauses.append(("Minimum Purchases", [f"{B_} shall purchase Products with an aggregate invoice value of not less than "
                                                f"{en_amt(rng, target, cur, 0.3)} in each Contract Year. Prices are {A}'s list prices less a "
                                                f"discount of {pick(rng, ['25', '30', '35'])}%."]))
        lines, b.effective, b.expiry, b.from_term = en_term(rng, signed, dt, forms=(0, 1, 2), what=this)
        b.clauses.append(("Duration", lines))
    elif kind in ("consult", "maint"):
        form = int(rng.integers(4))
        if form == 0:
            b.total = money_in(rng, 10_000, 900_000, 500)
            money = [f"In consideration of the Services {A} shall pay {B} a fixed fee of {en_amt(rng, b.total, cur, 0.5)} "
                     f"(exclusive of VAT), payable as to 40% on signature and 60% on acceptance."]
        elif form == 1:
            m1, m2, m3 = (money_in(rng, 5_000, 200_000, 500) for _ in range(3))
            b.total = m1 + m2 + m3
            money = [f"The Charges are payable by milestones: (a) inception report, {en_amt(rng, m1, cur, 0)}; (b) interim report, "
                     f"{en_amt(rng, m2, cur, 0)}; (c) final report, {en_amt(rng, m3, cur, 0)}; making a total of {en_amt(rng, b.total, cur, 0.4)}."]
        elif form == 2:
            rate = money_in(rng, 400, 2_500, 50)
            money = [f"{B_} shall charge for the Services on a time and materials basis at the day rates in Schedule 2 (partner "
                     f"{en_amt(rng, rate, cur, 0)}; senior consultant {en_amt(rng, q2(rate * Decimal('0.7')), cur, 0)}; analyst "
                     f"{en_amt(rng, q2(rate * Decimal('0.45')), cur, 0)}), invoiced monthly in arrears. Travel outside the M25 is charged at cost."
                     if jur == "uk" else
                     f"{B_} shall charge for the Services at the hourly rates in Schedule 2 (principal {en_amt(rng, rate, cur, 0)} per hour; "
                     f"associate {en_amt(rng, q2(rate * Decimal('0.6')), cur, 0)} per hour), invoiced monthly in arrears."]
        else:
            fee = money_in(rng, 500, 30_000, 50)
            money = [f"{A_} shall pay a monthly service charge of {en_amt(rng, fee, cur, 0)} plus VAT. Call-outs outside the Service Hours "
                     f"are charged at {en_amt(rng, money_in(rng, 80, 400, 5), cur, 0)} per hour with a minimum charge of two hours."]
        b.clauses.append(("Services", [f"{B_} shall provide the Services described in Schedule 1 with reasonable skill and care"
                                       + (" in connection with " + pick(rng, PROJECTS_EN) if rng.random() < 0.5 else "") + "."]))
        b.clauses.append(("Charges", money))
        lines, b.effective, b.expiry, b.from_term = en_term(rng, signed, dt, forms=(0, 1, 2, 3, 4, 5), what=this)
        b.clauses.append(("Term", lines))
    elif kind == "premises":
        start = add_months(signed.replace(day=1), 1) if rng.random() < 0.6 else signed + days(rng, 0, 20)
        months = pick(rng, [36, 60, 60, 120, 24])
        rent = money_in(rng, 12_000, 900_000, 500)
        b.clauses.append(("Letting", [f"{A_} lets the Premises to {B} for the Contractual Term at the Rent."]))
        form = int(rng.integers(3))
        if form == 0:
            end = term_end(start, months)
            b.effective, b.expiry = start, end
            b.clauses.append(("Term", [f"Contractual Term: a term of {en_words_int(months // 12) if months % 12 == 0 else months} "
                                       f"{'years' if months % 12 == 0 else 'months'} from and including {dt(start)} to and including {dt(end)}."]))
        elif form == 1:
            lines, b.effective, b.expiry, b.from_term = en_term(rng, signed, dt, start=start, months=months, forms=(1,), what="the Contractual Term")
            b.clauses.append(("Term", lines))
        else:
            b.effective, b.expiry = start, term_end(start, months)
            b.from_term = True
            b.clauses.append(("Term", [f"The Contractual Term is {en_words_int(months)} ({months}) months beginning on {dt(start)}."]))
        b.clauses.append(("Rent", [f"The Rent is {en_amt(rng, rent, cur, 0.3)} per annum exclusive of VAT, payable by equal quarterly "
                                   f"instalments in advance. The service charge for the first year is estimated at {en_amt(rng, q2(rent * Decimal('0.18')), cur, 0)}.",
                                   f"Rent deposit: {en_amt(rng, q2(rent / 4), cur, 0)}. Rent-free period: the first {pick(rng, ['three', 'six'])} months of the Term."]))
    elif kind == "exec":
        start = signed + days(rng, 0, 45)
        sal = money_in(rng, 60_000, 400_000, 1_000)
        b.effective = start
        b.clauses.append(("Appointment", [f"{A_} shall employ {B} and {B} shall serve {A} as "
                                          f"{pick(rng, ['Chief Financial Officer', 'Managing Director', 'Chief Operating Officer', 'Sales Director'])}."]))
        if rng.random() < 0.5:
            b.clauses.append(("Commencement and Term", [f"The Appointment shall commence on {dt(start)} and shall continue, subject to the "
                                                        "remaining terms of this agreement, until terminated by either party giving the other "
                                                        f"not less than {pick(rng, ['six', 'twelve'])} months' prior notice in writing."]))
        else:
            months = pick(rng, [24, 36])
            b.expiry = term_end(start, months)
            b.clauses.append(("Commencement and Term", [f"The Appointment shall commence on {dt(start)} and shall continue for a fixed term "
                                                        f"ending on {dt(b.expiry)}."]))
        b.clauses.append(("Salary", [f"{A_} shall pay {B} a salary of {en_amt(rng, sal, cur, 0.2)} per annum, together with an annual "
                                     f"car allowance of {en_amt(rng, money_in(rng, 5_000, 15_000, 500), cur, 0)} and a discretionary bonus of up to "
                                     f"{pick(rng, ['50', '75', '100'])}% of salary."]))
    elif kind == "mnda":
        b.clauses.append(("Confidentiality", [("Each party shall keep the Confidential Information of the other confidential and use it "
                                               if ka != "Disclosing Party" else
                                               "The Recipient shall keep the Confidential Information of the Disclosing Party confidential and use it ")
                                              + "solely for the Purpose, namely the evaluation of a possible "
                                              + pick(rng, ["joint venture", "acquisition", "supply arrangement", "technology collaboration"]) + "."]))
        if rng.random() < 0.4:
            b.clauses.append(("Remedies", [f"Without prejudice to any other remedy, a party in breach shall pay liquidated damages of "
                                           f"{en_amt(rng, money_in(rng, 10_000, 500_000, 5_000), cur, 0)}."]))
        lines, b.effective, b.expiry, b.from_term = en_term(rng, signed, dt, forms=(1, 2, 3, 4), what=this)
        b.clauses.append(("Duration", lines + ["The obligations of confidentiality shall survive for five years after termination."]))
    elif kind == "loan":
        b.total = money_in(rng, 50_000, 20_000_000, 5_000)
        fee = q2(b.total * Decimal("0.01"))
        b.clauses.append(("The Loan", [pick(rng, [
            f"{A_} agrees to lend to {B} the sum of {en_amt(rng, b.total, cur, 0.5)} (the \"Loan\").",
            f"{B_} shall pay {A} an arrangement fee of {en_amt(rng, fee, cur, 0)} on the date of this {what}. Subject to that, {A} "
            f"makes available to {B} a loan of {en_amt(rng, b.total, cur, 0.5)}."]),
            f"Interest accrues at {pick(rng, ['4.5', '6', '7.25', '8'])}% per annum and is payable quarterly in arrears."]))
        months = pick(rng, [12, 24, 36, 60])
        form = int(rng.integers(3))
        if form == 0:
            rep = term_end(signed, months)
            b.clauses.append(("Repayment", [f"{B_} shall repay the Loan in full on {dt(rep)} (the \"Repayment Date\")."]))
            b.expiry = rep
            if rng.random() < 0.5:
                b.clauses.append(("Effect", [f"This {what} takes effect on the date of signature."]))
                b.effective = signed
        elif form == 1:
            b.clauses.append(("Repayment", [f"{B_} shall repay the Loan by {months // 3} equal quarterly instalments, the first falling three "
                                            "months after the Drawdown Date."]))
        else:
            rep = term_end(signed, months)
            b.clauses.append(("Repayment", [f"The Loan is repayable on demand, and in any event on {dt(rep)}."]))
            b.expiry = rep
    elif kind in ("licence", "franchise"):
        if kind == "licence":
            b.clauses.append(("Grant", [f"{A_} grants to {B} a non-exclusive licence to use the "
                                        + pick(rng, ["Licensed Software", "Trade Marks", "Licensed Patents", "Know-how"])
                                        + f" in {pick(rng, ['the Territory', 'the United Kingdom', 'Hong Kong', 'Singapore'])}."]))
        else:
            b.clauses.append(("Grant", [f"{A_} grants {B} the right to operate one {pick(rng, ['coffee shop', 'fitness studio', 'print centre'])} "
                                        f"under the {pick(rng, ['Bean & Co', 'FitLab', 'PrintHub'])} name and System at the Premises."]))
        form = int(rng.integers(3))
        if form == 0:
            b.total = money_in(rng, 5_000, 900_000, 500)
            b.clauses.append(("Fees", [f"{B_} shall pay {'an initial franchise fee' if kind == 'franchise' else 'a one-off licence fee'} of "
                                       f"{en_amt(rng, b.total, cur, 0.4)} on signature. No further fees are payable."
                                       if kind == "licence" else
                                       f"{B_} shall pay a total fee of {en_amt(rng, b.total, cur, 0.4)} for the Initial Term, payable on signature."]))
        else:
            b.clauses.append(("Fees", [f"{B_} shall pay a royalty of {pick(rng, ['4', '6', '8'])}% of Gross Sales monthly, and a marketing "
                                       f"levy of 2% of Gross Sales; the minimum annual royalty is {en_amt(rng, money_in(rng, 5_000, 100_000, 1_000), cur, 0)}."]))
        lines, b.effective, b.expiry, b.from_term = en_term(rng, signed, dt, forms=(0, 1, 2, 3, 4), what=this)
        b.clauses.append(("Term", lines))
    elif kind == "master":
        b.clauses.append(("Framework", [f"This {what} sets out the terms on which {A} may from time to time order services from {B} by "
                                        "issuing a Call-Off Contract or Statement of Work. Each Call-Off Contract forms a separate contract. "
                                        f"{A_} is not obliged to order any minimum volume."]))
        if rng.random() < 0.5:
            b.total = money_in(rng, 250_000, 30_000_000, 50_000)
            b.clauses.append(("Value", [f"The aggregate value of all Call-Off Contracts shall not exceed {en_amt(rng, b.total, cur, 0.3)}."]))
        lines, b.effective, b.expiry, b.from_term = en_term(rng, signed, dt, forms=(0, 1, 2, 3), what=this)
        b.clauses.append(("Duration", lines))
    elif kind == "variation":
        assert orig is not None
        otitle, _, okind = orig
        od = signed - days(rng, 200, 1500)
        b.recital = f"This {what} is supplemental to a {otitle.title()} dated {dt(od)} made between the parties (the \"Original Agreement\")."
        ch: list[str] = []
        form = int(rng.integers(3))
        if okind == "lease":
            new_rent = money_in(rng, 12_000, 600_000, 500)
            ch.append(f"With effect from {dt(signed)} the Rent is {en_amt(rng, new_rent, cur, 0.3)} per annum.")
            if form != 0:
                ext = date(signed.year + int(rng.integers(2, 6)), pick(rng, [3, 6, 9, 12]), 1) - timedelta(days=1)
                ch.append(f"The Contractual Term is extended so as to expire on {dt(ext)}.")
                b.expiry = ext
        else:
            if form != 2:
                b.total = money_in(rng, 50_000, 5_000_000, 500)
                old = q2(b.total * Decimal(pick(rng, ["0.8", "0.9", "1.1"])))
                ch.append(f"The Contract Price is increased from {en_amt(rng, old, cur, 0)} to {en_amt(rng, b.total, cur, 0.4)}."
                          if b.total > old else
                          f"The Contract Price of {en_amt(rng, old, cur, 0)} is reduced to {en_amt(rng, b.total, cur, 0.4)}.")
            if okind == "service" and form != 1:
                ext = date(signed.year + 1, pick(rng, [3, 6, 9, 12]), 1) - timedelta(days=1)
                ch.append(f"The Term is extended to and including {dt(ext)}.")
                b.expiry = ext
            if not ch:
                ch.append("Schedule 2 (Service Levels) is deleted and replaced by the schedule annexed to this agreement.")
        ch.append("Save as varied by this agreement, the Original Agreement continues in full force and effect.")
        b.clauses.append(("Variations", ch))
        b.clauses.append(("Effect", [f"This {what} takes effect on the date of this {what}."]))
        b.effective = signed
    elif kind == "guarantee":
        b.total = money_in(rng, 50_000, 10_000_000, 5_000)
        b.clauses.append(("Guarantee", [f"In consideration of the Lender making a loan of {en_amt(rng, q2(b.total * Decimal('1')), cur, 0)} available to "
                                        f"{pb.name} (the \"Borrower\"), the Guarantor guarantees to the Lender the punctual payment of all "
                                        "sums due from the Borrower under the Facility Agreement.",
                                        f"The maximum aggregate liability of the Guarantor under this deed is {en_amt(rng, b.total, cur, 0.4)} "
                                        "plus interest and enforcement costs."]))
        b.clauses.append(("Effect", ["This deed takes effect on the date stated at the beginning of it."]))
        b.effective = signed
    elif kind == "settle":
        b.total = money_in(rng, 5_000, 3_000_000, 500)
        p1 = q2(b.total * Decimal("0.5"))
        claim = f"{pick(rng, ['HC', 'HCA', 'CL', 'KB'])}-{signed.year - 1}-{int(rng.integers(100, 9999)):06d}" if jur == "uk" else \
            f"HCA {int(rng.integers(100, 3000))}/{signed.year - 1}" if jur == "hk" else f"Case No. {int(rng.integers(1, 9))}:{signed.year % 100 - 1}-cv-{int(rng.integers(100, 9999)):05d}"
        b.clauses.append(("Background", [f"The parties are in dispute in proceedings under claim number {claim} (the \"Proceedings\"), in which "
                                         f"{A} claims {en_amt(rng, q2(b.total * Decimal('1.7')), cur, 0)}."]))
        b.clauses.append(("Settlement Sum", [f"{B_} shall pay {A} the sum of {en_amt(rng, p1, cur, 0)} within 14 days of the date of this "
                                             f"{what} and a further {en_amt(rng, b.total - p1, cur, 0)} within 60 days, being in total "
                                             f"{en_amt(rng, b.total, cur, 0.4)} (the \"Settlement Sum\"), in full and final settlement of the Proceedings."]))
        b.clauses.append(("Effect", [f"This {what} shall come into force on the date of signature by both parties."]))
        b.effective = signed
    elif kind == "sha":
        shares = int(rng.integers(1_000, 100_000))
        b.clauses.append(("Share Capital", [f"The issued share capital of the Company is {shares:,} ordinary shares of {pick(rng, CUR_SYM[cur])}1.00 each, "
                                            f"held as to {pick(rng, ['60', '51', '70'])}% by {A} and the balance by {B}.",
                                            f"{B_} shall subscribe for a further {shares // 10:,} shares at {en_amt(rng, money_in(rng, 2, 80, 1), cur, 0)} per share."]))
        b.clauses.append(("Board", [f"{A_} may appoint two directors and {B} one director. Reserved matters require the consent of both Shareholders."]))
        b.clauses.append(("Commencement", [f"This {what} takes effect on the date of this {what} and continues while both Shareholders hold shares."]))
        b.effective = signed
    elif kind == "spa":
        b.total = money_in(rng, 100_000, 90_000_000, 10_000)
        part = q2(b.total * Decimal(pick(rng, ["0.6", "0.75", "0.8"])))
        b.clauses.append(("Sale and Purchase", [f"{A_} shall sell and {B} shall buy the Shares with full title guarantee."]))
        b.clauses.append(("Consideration", [f"The consideration for the Shares is {en_amt(rng, b.total, cur, 0.5)}, of which "
                                            f"{en_amt(rng, part, cur, 0)} is payable on Completion and {en_amt(rng, b.total - part, cur, 0)} is "
                                            "deferred for twelve months. The Retention Amount is 10% of the consideration."]))
        b.clauses.append(("Completion", [f"Completion shall take place on {dt(signed + days(rng, 14, 60))} or such other date as the parties agree."]))
    return b


def en_standard(kind: str, rng: Rng) -> Filled:
    """The lawyer-drafted agreement: title often generic, parties as a numbered list (UK), an "as of"
    sentence (US) or a deed, clauses, and an execution block with one or two dates."""
    ek = EKINDS[kind]
    ctype = ek.ctype
    jur = en_jur(rng)
    cur = en_cur(rng, jur)
    dt = en_dater(rng, jur)
    signed0 = rand_date(rng)
    orig = pick(rng, EN_ORIG) if kind == "variation" else None
    funcs = orig[1] if orig else pick(rng, ek.funcs)
    pa = en_party(rng, jur, rng.random() < ek.a_person)
    pb = en_party(rng, jur, rng.random() < ek.b_person)
    while pb.name == pa.name or (pb.short and pb.short == pa.short):
        pb = en_party(rng, jur, rng.random() < ek.b_person)
    pa.func, pb.func = funcs
    pa.role, pb.role = "party_a", "party_b"
    first, second = (pb, pa) if rng.random() < ek.b_first else (pa, pb)
    short_names = funcs == ("", "") or (kind in ("mnda", "master", "supply") and rng.random() < 0.2 and not pb.person and not pa.person)
    if short_names:  # no roles: the first named party is party_a
        first.role, second.role = "party_a", "party_b"
        for p in (first, second):
            p.func = p.short if not p.person else p.name.split()[-1]
    third: Party | None = None
    if kind == "guarantee":  # the guarantor is party_c; the borrower is a party in some deeds only
        third = en_party(rng, jur, rng.random() < 0.3)
        third.role, third.func = "party_c", "Guarantor"
    elif kind == "variation" and orig and orig[2] == "lease" and rng.random() < 0.5:
        third = en_party(rng, jur)
        third.role, third.func = "party_c", "Guarantor"
    elif kind == "loan" and rng.random() < 0.25:
        third = en_party(rng, jur)
        third.role, third.func = "party_c", "Guarantor"
    elif kind == "sha":
        third = en_party(rng, jur)
        third.role, third.func = "party_c", "Company"
    if third is not None:
        while third.short in (pa.short, pb.short):
            third = Party(third.name.replace(third.short, third.short + "hold", 1), third.role, third.func, short=third.short + "hold",
                          init=third.init)
    borrower_party = kind != "guarantee" or rng.random() < 0.5
    if kind == "guarantee" and not borrower_party:
        pb.role = ""  # named in the guarantee, not a party
    target = en_party(rng, jur)
    signed_shown = False
    # ---- title ----
    tpl = pick(rng, ek.titles)
    if kind == "variation" and "DEED" in tpl:
        pass
    addr = ", ".join(pick(rng, JUR[jur][2]).split(", ")[:2]).upper()
    title = tpl.replace("{GOODS}", pick(rng, GOODS_WORDS)).replace("{A}", first.name.upper()) \
        .replace("{B}", (pb.short or pb.name).upper()).replace("{PROJECT}", pick(rng, PROJECTS_EN).upper()).replace("{ADDR}", addr) \
        .replace("{T}", target.name.upper())
    deed = "DEED" in title or kind == "guarantee" or (kind == "variation" and rng.random() < 0.4)
    what = "deed" if deed else ("Lease" if kind == "premises" and "LEASE" in title else "Agreement")
    title_lines = title.split("|")
    members = [p for p in (first, second) if p.role] + ([third] if third else [])
    if kind == "guarantee":
        members = [third] + [pa] + ([pb] if borrower_party else [])  # the guarantor is named first in a guarantee
    # ---- signing: one date in the heading, or one or two dates in the execution block ----
    date_mode = pick(rng, ["head", "head", "asof", "blocks", "blocks"])
    if jur != "us" and date_mode == "asof":
        date_mode = "head"
    if deed:
        date_mode = "head"
    da, db, signed = two_dates(rng, signed0, 0.5 if date_mode == "blocks" else 0.0)
    # ---- body ----
    ka, kb = pa.func, pb.func
    body = en_body(kind, rng, ka, kb, signed, dt, cur, jur, pa, pb, third, orig, what, short_names)
    if date_mode == "blocks":  # undated at the top: "the date of this Agreement" is the last signature
        body.clauses = [(h, [c.replace(f"on the date of this {what}", "on the date on which it is signed by the last party to sign")
                             .replace(f"the date of this {what}", "the date of the last signature") for c in cs]) for h, cs in body.clauses]
    # ---- number ----
    code = EN_CODES[ctype]
    no = en_no(rng, first.init, code, signed) if rng.random() < 0.75 else None
    no_label = pick(rng, ["Agreement No.", "Contract No.", "Ref:", "Reference:", "Our Ref:", "Contract Reference:"])
    no_line = (f"{no_label} {no}" if no_label.endswith(":") else f"{no_label}: {no}") if no else ""
    no_pos = pick(rng, ["top", "under", "end", "cover"]) if no else None
    # ---- header ----
    lines: list[str] = []
    cover = no_pos == "cover" or rng.random() < 0.2
    if cover:
        lines += ["", "== EXECUTION VERSION" if rng.random() < 0.3 else "",
                  f"== DATED {dt(signed)}" if date_mode != "blocks" else "== DATED                              20" + str(signed.year)[2:], ""]
        lines += [f"== {p.name.upper()}" for p in members]
        lines += ["", *[f"== {t}" for t in title_lines], ""]
        if no:
            lines.append(f"== {no_line}")
        lines += ["@@PAGEBREAK", f"== {' '.join(title_lines)}" if len(" ".join(title_lines)) < 40 else f"== {title_lines[0]}", ""]
        signed_shown = date_mode != "blocks"
    else:
        if no_pos == "top":
            lines += [title_lines[0]] + [f"== {t}" for t in title_lines[1:]] + [f">> {no_line}", ""]
        else:
            lines += [title_lines[0]] + [f"== {t}" for t in title_lines[1:]]
            if no_pos == "under":
                lines.append(f"== {no_line}")
            lines.append("")
    # ---- parties ----

    def defined(p: Party) -> str:
        if short_names and p in (first, second):
            return f"\"{p.func}\""
        return f"the \"{p.func}\"" if rng.random() < 0.6 else f"\"{p.func}\""

    layout = pick(rng, ["uk", "uk", "us", "deed"]) if not deed else "deed"
    if date_mode == "asof":
        layout = "us"
    if layout == "us" and jur != "us" and date_mode != "asof":
        layout = "uk"
    head_date = dt(signed) if date_mode in ("head", "asof") else ""
    if layout == "uk":
        lines.append(f"THIS {what.upper()} is dated {head_date}".rstrip() if head_date or rng.random() < 0.5 else
                     f"THIS {what.upper()} is dated ____________________ 20{str(signed.year)[2:]}")
        lines += ["", "## PARTIES"]
        for i, p in enumerate(members, 1):
            end = "." if i == len(members) else ";"
            desc = en_desc(rng, p, jur)
            sep = " " if desc.startswith(("incorporated", "of ", "(")) else ", "
            lines.append(f"({i}) {display_name(rng, p, jur).upper() if rng.random() < 0.4 else display_name(rng, p, jur)}{sep}"
                         f"{desc} ({defined(p)}){end}")
    elif layout == "us":
        tt = " ".join(title_lines).title().replace("'S", "'s")
        d = head_date or "the date of the last signature below"
        parts = [f"{display_name(rng, p, jur)}, {en_desc(rng, p, jur)} ({defined(p)})" for p in members]
        sent = f"This {tt} (this \"{what}\") is made and entered into as of {d} by and between " + ", and ".join(parts) + "."
        if date_mode == "asof" and body.effective in (None, signed):
            body.effective = signed
            sent = sent.replace(f"as of {d}", f"as of {d} (the \"Effective Date\")")
        lines.append(sent)
    else:
        lines.append(f"THIS {what.upper()} is made {made_on(signed, jur) if head_date and rng.random() < 0.5 else 'on ' + head_date if head_date else 'on ____________________'}")
        lines += ["", "BETWEEN:", ""]
        for i, p in enumerate(members, 1):
            lines += [f"({i}) {display_name(rng, p, jur).upper()}", en_desc(rng, p, jur),
                      f"(hereinafter {defined(p)}){'.' if i == len(members) else '; and' if i == len(members) - 1 else ';'}", ""]
    signed_shown = signed_shown or bool(head_date)
    if body.recital:
        lines += ["", "## BACKGROUND", f"(A) {body.recital}"]
    elif rng.random() < 0.4 and layout != "us":
        lines += ["", "## BACKGROUND", f"(A) The parties wish to record the terms agreed between them in this {what}."]
    lines += ["", "## AGREED TERMS" if layout != "us" else "NOW, THEREFORE, the parties agree as follows:"]
    # ---- clauses ----
    clauses = body.clauses + [("Governing Law", [f"This {what} is governed by " + {
        "uk": "the law of England and Wales.", "us": "the laws of the State of New York.", "hk": "the laws of Hong Kong.",
        "sg": "the laws of Singapore.", "prc": "the laws of the People's Republic of China.",
        "de": "German law."}[jur]])]
    nstyle = int(rng.integers(3))
    for i, (h, content) in enumerate(clauses, 1):
        if nstyle == 0 or any(c.startswith("|") for c in content):
            lines += [f"## {i}. {h.upper()}", *content]
        elif nstyle == 1:
            lines += [f"{i}. {h}. {content[0]}", *content[1:]]
        else:
            lines += [f"## {i}. {h}", *[f"{i}.{j} {c}" if c and not c.startswith("|") else c for j, c in enumerate(content, 1)]]
    # ---- execution ----
    show = date_mode == "blocks" or not signed_shown or rng.random() < 0.3
    if show:
        closing = pick(rng, [f"IN WITNESS WHEREOF the parties have executed this {what} on the dates set out below.",
                             "Signed by the parties on the dates set out below."])
    else:
        closing = pick(rng, [f"This {what} has been entered into on the date stated at the beginning of it.",
                             f"IN WITNESS WHEREOF the parties have executed this {what} on the date first written above."])
    if deed and not show:
        closing = f"Executed as a deed and delivered on the date stated at the beginning of this {what}."
    lines += ["", closing, "@@SIGNATURE", ""]
    signer = [p for p in (first, second) if p.role]
    s = 3 if deed else int(rng.integers(3))
    d1, d2 = (da, db) if signer[0] is first else (db, da)
    if s == 0 and len(signer) == 2:  # two columns
        lines += [f"For and on behalf of {signer[0].name}\tFor and on behalf of {signer[1].name}" if not signer[1].person
                  else f"For and on behalf of {signer[0].name}\tSigned by {signer[1].name}",
                  "Signature: ____________________\tSignature: ____________________",
                  f"Name: {en_person_name(rng)}\tName: {signer[1].name if signer[1].person else en_person_name(rng)}"]
        if show:
            lines.append(f"Date: {dt(d1)}\tDate: {dt(d2)}")
    elif s == 1 and len(signer) == 2 and layout == "us":
        lines += [f"{signer[0].name.upper()}\t{signer[1].name.upper()}", "By: ____________________\tBy: ____________________",
                  f"Name: {en_person_name(rng)}\tName: {en_person_name(rng)}", "Title: Director\tTitle: Authorized Signatory"]
        if show:
            lines.append(f"Date: {dt(d1)}\tDate: {dt(d2)}")
    else:
        for p, d in zip(signer, (d1, d2)):
            if s == 3 and not p.person:
                lines += [f"Executed as a deed by {p.name.upper()} acting by {en_person_name(rng)}, a director, in the presence of:",
                          "Witness signature: ....................", f"Witness name: {en_person_name(rng)}"]
            elif p.person:
                lines += [f"SIGNED {'as a deed ' if deed else ''}by {p.name.upper()}", "....................................."]
            else:
                lines += [f"SIGNED by {en_person_name(rng)} for and on behalf of {p.name}", ".....................................",
                          pick(rng, ["Director", "Authorised Signatory"])]
            if show:
                lines.append(f"Date: {dt(d)}")
            lines.append("")
    if third is not None:
        lines += ["", f"{'Executed as a deed' if deed else 'Signed'} by {third.name.upper()} ({third.func})", "....................................."]
    if no_pos == "end":
        lines += ["", f">> {no_line}"]
    parties = [p for p in members if p.role]
    parties.sort(key=lambda p: p.role)
    t = en_truth(ctype, no, parties, signed, body.effective, body.expiry, body.total, cur, body.from_term)
    return Filled(lines, t, pa.name)


HK_SUR = ["CHAN", "WONG", "LEE", "CHEUNG", "LAU", "NG", "HO", "LEUNG"]
HK_GIVEN = ["Tai Man", "Siu Ming", "Ka Yan", "Wing Sze", "Chi Keung", "Mei Ling", "Kwok Wai"]
SG_NAMES = ["Tan Wei Ming", "Lim Hui Ling", "Ng Boon Kiat", "Goh Siew Lan", "Rajesh Kumar s/o Suresh", "Nur Aisyah binte Rahman"]


def en_individual(rng: Rng, jur: str) -> tuple[Party, str]:
    """A natural person and the identity line printed after the name."""
    if jur == "hk":
        name = f"{pick(rng, HK_SUR)} {pick(rng, HK_GIVEN)}"
        ident = f"HKID No. {pick(rng, list('ACDEGKPRYZ'))}{int(rng.integers(100000, 999999))}({int(rng.integers(0, 10))})"
    elif jur == "sg":
        name = pick(rng, SG_NAMES)
        ident = f"NRIC No. {pick(rng, ['S', 'T'])}{int(rng.integers(1000000, 9999999))}{pick(rng, list('ABCDEFGHIZJ'))}"
    else:
        name = en_person_name(rng)
        ident = f"passport no. {int(rng.integers(100000000, 999999999))}"
    return Party(name, person=True, kind="person", init="IND"), ident


def en_bank(rng: Rng, jur: str) -> Party:
    a = pick(rng, ["Harbour", "Meridian", "Sterling", "Pacific", "Northgate", "Crescent", "Summit"])
    name = {"uk": f"{a} Bank PLC", "us": f"{a} National Bank, N.A.", "hk": f"{a} Bank (Hong Kong) Limited",
            "sg": f"{a} Bank Ltd", "prc": f"{a} Bank (China) Co., Ltd.", "de": f"{a} Bank AG"}[jur]
    return Party(name, short=a, init=a[:2].upper() + "B")


def letter_head(rng: Rng, p: Party, jur: str) -> list[str]:
    cc = {"uk": "44 20", "us": "1 212", "hk": "852", "sg": "65", "prc": "86 21", "de": "49 30"}[jur]
    return [p.name, f"== {pick(rng, JUR[jur][2])}", f"== Tel: +{cc} {int(rng.integers(1000, 9999))} {int(rng.integers(1000, 9999))}", ""]


def en_offer(rng: Rng) -> Filled:
    """Offer letter countersigned by the employee, often on a later day (the signing date)."""
    jur = pick(rng, ["uk", "uk", "us", "hk", "sg"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    sent = rand_date(rng)
    comp = en_party(rng, jur)
    local = jur in ("hk", "sg") and rng.random() < 0.5
    emp, _ = en_individual(rng, jur) if local else (en_party(rng, jur, True), "")
    comp.role, comp.func, comp.label = "party_a", "Company", "Company"
    emp.role, emp.func, emp.label = "party_b", "Employee", "addressee"
    accepted = sent + days(rng, 2, 20) if rng.random() < 0.6 else None
    signed = accepted or sent
    start = (accepted or sent) + days(rng, 14, 60)
    no = f"HR/{sent.year}/{int(rng.integers(1, 999)):03d}" if rng.random() < 0.5 else None
    lines = letter_head(rng, comp, jur) + [dt(sent)]
    if no:
        lines.append(f"{pick(rng, ['Our ref', 'Our Ref.', 'Ref'])}: {no}")
    first = emp.name.split()[0]
    hon = "Ms" if first in EN_FEMALE else "Mr"
    lines += ["", "PRIVATE AND CONFIDENTIAL", f"{hon} {emp.name}", pick(rng, JUR[jur][2]), "",
              f"Dear {hon} {emp.name if local else emp.name.split()[-1]},",
              f"## {pick(rng, ['Offer of Employment', 'Letter of Appointment', 'Employment Offer'])}",
              f"We are pleased to offer you the position of {pick(rng, ['Senior Accountant', 'Project Manager', 'Software Engineer', 'Head of Sales'])} "
              f"with {comp.name} (the \"Company\") on the following terms."]
    sal = money_in(rng, 30_000, 250_000, 1_000)
    if jur in ("hk", "sg") and rng.random() < 0.6:
        sal_txt = f"a monthly salary of {en_amt(rng, q2(sal / 12), cur, 0)}, with a guaranteed 13th-month payment"
    else:
        sal_txt = f"an annual salary of {en_amt(rng, sal, cur, 0.2)}, paid monthly in arrears"
    expiry = None
    lines += [f"1. Commencement. Your employment will commence on {dt(start)}.",
              f"2. Remuneration. You will receive {sal_txt}. You will also be eligible for a relocation allowance of "
              f"{en_amt(rng, money_in(rng, 1_000, 10_000, 500), cur, 0)}."]
    if rng.random() < 0.35:
        months = pick(rng, [12, 24])
        expiry = term_end(start, months)
        lines.append(f"3. Duration. This is a fixed-term appointment for {en_words_int(months)} months, ending on {dt(expiry)}.")
    else:
        lines.append(f"3. Probation. The first {pick(rng, ['three', 'six'])} months of your employment will be a probationary period.")
    lines += ["4. Notice. After probation, either party may terminate your employment by giving one month's written notice.",
              f"Please confirm your acceptance by signing and returning the enclosed copy of this letter by {dt(sent + days(rng, 7, 21))}.",
              "Yours sincerely,", "@@SIGNATURE", "", "....................................",
              f"{pick(rng, ['For and on behalf of', 'for and on behalf of', 'Signed for'])} {comp.name}",
              f"{en_person_name(rng)}, {pick(rng, ['HR Director', 'Head of People', 'Managing Director'])}", "",
              "## Acceptance", f"I, {emp.name}, accept the offer of employment on the terms set out in this letter.",
              "Signature: ....................................", f"Date: {dt(accepted) if accepted else ''}"]
    t = en_truth("employment", no, [comp, emp], signed, start, expiry, None, cur)
    return Filled(lines, t, comp.name)


def en_facility(rng: Rng) -> Filled:
    """Bank facility letter: fee before the facility amount, the final repayment date as expiry,
    'Our Ref' the number, 'Your Ref' a distractor, acceptance on a later day."""
    jur = pick(rng, ["uk", "hk", "sg", "us"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    sent = rand_date(rng)
    bank = en_bank(rng, jur)
    bor = en_party(rng, jur)
    bank.role, bank.func, bank.label = "party_a", "Bank", "Bank"
    bor.role, bor.func, bor.label = "party_b", "Borrower", "To"
    accepted = sent + days(rng, 1, 14) if rng.random() < 0.6 else None
    signed = accepted or sent
    total = money_in(rng, 100_000, 30_000_000, 10_000)
    fee = q2(total * Decimal(pick(rng, ["0.005", "0.01", "0.0075"])))
    months = pick(rng, [12, 24, 36, 60])
    final = term_end(signed, months)
    no = f"{bank.init}/{pick(rng, ['CB', 'CCU', 'BB'])}/{sent.year}/{int(rng.integers(100, 9999))}" if rng.random() < 0.75 else None
    lines = letter_head(rng, bank, jur) + [pick(rng, ["PRIVATE AND CONFIDENTIAL", "STRICTLY PRIVATE & CONFIDENTIAL"]),
                                            f"To: The Directors, {bor.name}" if rng.random() < 0.5 else f"The Directors\n{bor.name}".split("\n")[0],
                                            bor.name if False else pick(rng, JUR[jur][2]), ""]
    if lines[-3] == "The Directors":
        lines.insert(len(lines) - 2, bor.name)
    lines.append(dt(sent))
    if no:
        lines.append(f"Our Ref: {no}")
    if rng.random() < 0.5:
        lines.append(f"Your Ref: {pick(rng, ['FIN', 'TRS'])}/{sent.year}/{int(rng.integers(10, 99))}")
    guar = en_party(rng, jur) if rng.random() < 0.35 else None
    lines += ["", "Dear Sirs,", f"## {cur} {fig0(total)} TERM LOAN FACILITY" if rng.random() < 0.5 else "## TERM LOAN FACILITY",
              f"We, {bank.name} (the \"Bank\"), are pleased to offer {bor.name} (the \"Borrower\") the following facility, subject to the "
              "terms and conditions of this letter.",
              f"1. Arrangement fee: {en_amt(rng, fee, cur, 0)}, payable on acceptance of this letter.",
              f"2. Facility: a term loan of {en_amt(rng, total, cur, 0.4)} (the \"Facility\").",
              f"3. Interest: {pick(rng, ['2.25', '2.75', '3.5'])}% per annum above the Bank's base rate.",
              f"4. Repayment: by equal quarterly instalments, with the balance repaid in full on {dt(final)} (the \"Final Repayment Date\").",
              f"5. Availability: the Facility is available for drawing until {dt(signed + days(rng, 30, 90))}."]
    parties = [bank, bor]
    if guar:
        guar.role, guar.func, guar.label = "party_c", "Guarantor", "Guarantor"
        lines.append(f"6. Security: a guarantee from {guar.name} (the \"Guarantor\") limited to {en_amt(rng, total, cur, 0)}.")
        parties.append(guar)
    lines += ["Please confirm your acceptance by signing and returning the duplicate of this letter.", "Yours faithfully,",
              "@@SIGNATURE", "", "....................................", f"For and on behalf of {bank.name}", "",
              "## Acceptance", "We accept the Facility on the terms of this letter.",
              f"For and on behalf of {bor.name}\t{'For and on behalf of ' + guar.name if guar else ''}",
              "Director ....................\t" + ("Director ...................." if guar else ""),
              f"Date: {dt(accepted) if accepted else '          '}"]
    t = en_truth("loan", no, parties, signed, None, final, total, cur)
    return Filled(lines, t, bank.name)


def en_award(rng: Rng) -> Filled:
    """Letter of award by a purchasing authority to a supplier: the addressee (supplier) is
    party_a; 'Our Ref' the number, the quotation and tender numbers distractors."""
    jur = pick(rng, ["sg", "hk", "uk"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    sent = rand_date(rng)
    buyer = en_party(rng, jur)
    if rng.random() < 0.4:
        buyer = Party(pick(rng, {"uk": ["Borough Council of Westbrook", "Ashford District Council", "Northern Health NHS Trust"],
                                 "hk": ["Harbourfront Hospital Authority", "Kowloon Housing Authority"],
                                 "sg": ["Central Hospital Authority", "Jurong Transport Authority"]}[jur]), short="Authority", init="AUT")
    sup = en_party(rng, jur)
    sup.role, sup.func, sup.label = "party_a", "Contractor", "addressee"
    buyer.role, buyer.func, buyer.label = "party_b", "Purchaser", "sender"
    acked = sent + days(rng, 1, 10) if rng.random() < 0.6 else None
    signed = acked or sent
    total = money_in(rng, 20_000, 9_000_000, 100, cents=True)
    no = f"{pick(rng, ['PUR', 'PROC', 'LOA'])}/{sent.year}/{int(rng.integers(1, 999)):03d}" if rng.random() < 0.8 else None
    tender = f"{pick(rng, ['T', 'ITQ', 'RFQ'])}-{sent.year}-{int(rng.integers(100, 9999))}"
    goods = pick(rng, ["Laboratory Equipment", "IT Hardware", "Medical Consumables", "Office Furniture"])
    lines = letter_head(rng, buyer, jur) + [pick(rng, ["LETTER OF AWARD", "LETTER OF ACCEPTANCE", "NOTIFICATION OF AWARD"])]
    if no:
        lines.append(f"Our Ref: {no}")
    lines += [f"Your Ref: Quotation No. Q{int(rng.integers(10000, 99999))}", dt(sent), "", sup.name, pick(rng, JUR[jur][2]),
              f"Attn: {en_person_name(rng)}", "", "Dear Sir/Madam,", f"## TENDER NO. {tender}: SUPPLY AND DELIVERY OF {goods.upper()}"]
    gst = {"SGD": "GST", "GBP": "VAT"}.get(cur, "all taxes")
    paras = [f"We are pleased to inform you that your quotation dated {dt(sent - days(rng, 14, 60))} has been accepted for the supply and "
             f"delivery of {goods.lower()} at the total contract sum of {en_amt(rng, total, cur, 0.4)} (inclusive of {gst}).",
             f"This Letter of Award, together with the Conditions of Contract and your quotation, shall constitute a binding contract "
             f"between {buyer.name} and your company."]
    eff = None
    if rng.random() < 0.4:
        paras.append("The Contract shall take effect on the date of this letter.")
        eff = sent
    paras += [f"You shall furnish a performance bond of 5% of the contract sum, i.e. {en_amt(rng, q2(total * Decimal('0.05')), cur, 0)}, "
              "within 14 days.",
              f"Delivery shall be completed by {dt(sent + days(rng, 30, 120))}."]
    lines += [f"{i}. {x}" for i, x in enumerate(paras, 1)]
    lines += ["Please acknowledge acceptance by signing and returning a copy of this letter within seven days.", "Yours faithfully,",
              "@@SIGNATURE", "", "....................................", f"for and on behalf of {buyer.name}",
              f"{en_person_name(rng)}, {pick(rng, ['Procurement Manager', 'Head of Procurement', 'Director of Finance'])}", "",
              "## ACKNOWLEDGEMENT", "We acknowledge receipt of and accept the award on the terms above.",
              f"For and on behalf of {sup.name}", "Name: ....................  Designation: ....................",
              f"Date: {dt(acked) if acked else ''}"]
    t = en_truth("purchase", no, [sup, buyer], signed, eff, None, total, cur)
    return Filled(lines, t, buyer.name)


def en_engage(rng: Rng) -> Filled:
    """Engagement letter of an accountancy or law firm; the client (addressee) is party_a."""
    jur = pick(rng, ["uk", "uk", "hk", "sg"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    sent = rand_date(rng)
    a = pick(rng, ["Ashford", "Beacon", "Kestrel", "Westbrook", "Pinnacle", "Sterling"])
    firm = Party({"uk": f"{a} {pick(rng, ['& Partners LLP', 'Audit LLP', 'Chartered Accountants LLP'])}",
                  "hk": f"{a} CPA Limited", "sg": f"{a} PAC"}[jur], short=a, init=a[:2].upper())
    client = en_party(rng, jur)
    client.role, client.func, client.label = "party_a", "Company", "addressee"
    firm.role, firm.func, firm.label = "party_b", "firm", "sender"
    agreed = sent + days(rng, 3, 30) if rng.random() < 0.6 else None
    signed = agreed or sent
    ye = date(sent.year if sent.month > 3 else sent.year - 1, 12, 31)
    no = f"{firm.init}/{pick(rng, ['AUD', 'TAX', 'ENG'])}/{int(rng.integers(100, 9999))}" if rng.random() < 0.6 else None
    lines = letter_head(rng, firm, jur) + [dt(sent)]
    if no:
        lines.append(f"Our ref: {no}")
    lines += ["", "The Board of Directors", client.name, pick(rng, JUR[jur][2]), "", "Dear Sirs,",
              f"## {pick(rng, ['Letter of engagement', 'Terms of engagement', 'Engagement letter'])}: audit of the financial statements for the year ending {dt(ye)}",
              f"1. This letter sets out the basis on which we are to act as auditors of {client.name} (the \"Company\") and the respective "
              "responsibilities of the directors and of us."]
    total = None
    if rng.random() < 0.6:
        total = money_in(rng, 5_000, 250_000, 250)
        prev = q2(total * Decimal(pick(rng, ["0.85", "0.9", "0.95"])))
        lines.append(f"2. Fees. Our fee for the audit will be {en_amt(rng, total, cur, 0.3)} plus VAT and disbursements (previous year: "
                     f"{en_amt(rng, prev, cur, 0)}). It is payable in two instalments.")
    else:
        rate = money_in(rng, 150, 700, 5)
        lines.append(f"2. Fees. Our fees are charged on the time spent at hourly rates from {en_amt(rng, q2(rate * Decimal('0.4')), cur, 0)} "
                     f"(trainee) to {en_amt(rng, rate, cur, 0)} (partner), billed monthly.")
    lines += ["3. This letter will remain effective from one audit appointment to another until it is replaced.",
              "Please sign and return the enclosed copy of this letter to confirm your agreement to its terms.", "Yours faithfully,",
              "@@SIGNATURE", "", firm.name, "", "We agree to the terms of this letter.",
              f"Signed for and on behalf of {client.name}", "Director ....................................",
              f"Date: {dt(agreed) if agreed else ''}"]
    t = en_truth("service", no, [client, firm], signed, None, None, total, cur)
    return Filled(lines, t, firm.name)


def en_side(rng: Rng) -> Filled:
    """Side letter supplemental to a lease or a supply agreement: supplementary."""
    jur = pick(rng, ["uk", "uk", "hk", "sg", "us"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    sent = rand_date(rng)
    lease = rng.random() < 0.6
    pa, pb = en_party(rng, jur), en_party(rng, jur)
    while pb.short == pa.short:
        pb = en_party(rng, jur)
    pa.role, pb.role = "party_a", "party_b"
    pa.func, pb.func = ("Landlord", "Tenant") if lease else ("Supplier", "Customer")
    pa.label, pb.label = pa.func, pb.func
    sender, addressee = (pa, pb) if lease or rng.random() < 0.5 else (pb, pa)
    agreed = sent + days(rng, 1, 14) if rng.random() < 0.5 else None
    signed = agreed or sent
    od = sent - days(rng, 300, 2000)
    no = f"{sender.init}/SL/{int(rng.integers(10, 999))}" if rng.random() < 0.5 else None
    lines = letter_head(rng, sender, jur) + [dt(sent)]
    if no:
        lines.append(f"Our ref: {no}")
    lines += ["", f"To: {addressee.name}", pick(rng, JUR[jur][2]), "", "Dear Sirs,"]
    total = expiry = eff = None
    if lease:
        prem = f"Unit {int(rng.integers(1, 40))}, {short_addr(rng, jur)}"
        rent = money_in(rng, 20_000, 800_000, 500)
        lines += [f"## {prem}: Lease dated {dt(od)} between {pa.name} (as landlord) and {pb.name} (as tenant) (the \"Lease\")",
                  f"We refer to the Lease. In consideration of the {pb.func} entering into this letter, the {pa.func} agrees that, "
                  "notwithstanding the terms of the Lease:",
                  f"(a) the rent payable for the period from {dt(sent)} to {dt(term_end(sent, 12))} shall be {en_amt(rng, rent, cur, 0.2)} per annum "
                  f"instead of {en_amt(rng, q2(rent * Decimal('1.2')), cur, 0)} per annum;",
                  "(b) this concession is personal to the Tenant and shall cease if the Tenant assigns the Lease."]
        if rng.random() < 0.4:
            expiry = date(sent.year + int(rng.integers(2, 5)), pick(rng, [3, 6, 12]), 1) - timedelta(days=1)
            lines.append(f"(c) the contractual term of the Lease is extended to expire on {dt(expiry)}.")
    else:
        total = money_in(rng, 50_000, 4_000_000, 100)
        eff = sent
        lines += [f"## Supply Agreement dated {dt(od)} between {pa.name} (the \"Supplier\") and {pb.name} (the \"Customer\") (the \"Agreement\")",
                  f"Further to our recent discussions, the {pa.func} and the {pb.func} agree that with effect from the date of this letter "
                  f"the Contract Price under the Agreement shall be {en_amt(rng, total, cur, 0.3)}, the original Contract Price of "
                  f"{en_amt(rng, q2(total * Decimal('0.9')), cur, 0)} having been adjusted to reflect the additional quantities ordered."]
    lines += ["This letter is supplemental to, and shall be read with, the " + ("Lease." if lease else "Agreement."),
              "Please sign and return the enclosed copy to confirm your agreement.", "Yours faithfully,", "@@SIGNATURE", "",
              "....................................", f"For and on behalf of {sender.name}", "", "Agreed and accepted:",
              "....................................", f"For and on behalf of {addressee.name}", f"Date: {dt(agreed) if agreed else ''}"]
    t = en_truth("supplementary", no, [pa, pb], signed, eff, expiry, total, cur)
    return Filled(lines, t, sender.name)


def en_undertaking(rng: Rng) -> Filled:
    """Confidentiality undertaking given by a recipient to a company (the discloser, party_a)."""
    jur = pick(rng, ["uk", "hk", "sg", "us"])
    dt = en_dater(rng, jur)
    signed = rand_date(rng)
    comp = en_party(rng, jur)
    rec = en_party(rng, jur, rng.random() < 0.3)
    comp.role, comp.func, comp.label = "party_a", "Company", "To"
    rec.role, rec.func, rec.label = "party_b", "Recipient", "From"
    proj = pick(rng, ["Project Falcon", "Project Atlas", "Project Kestrel", "Project Orchid"])
    years = pick(rng, [2, 3, 5])
    lines = [pick(rng, ["CONFIDENTIALITY UNDERTAKING", "CONFIDENTIALITY LETTER", rec.name]), ""]
    if lines[0] == rec.name:
        lines += [f"== {pick(rng, JUR[jur][2])}", ""]
    lines += [f"To: {comp.name} (the \"Company\")", f"From: {rec.name}", f"Date: {dt(signed)}", "", "Dear Sirs,", f"## {proj}",
              f"In consideration of the Company making available to us certain information relating to {proj} (the \"Confidential "
              "Information\"), we undertake to the Company that we shall keep the Confidential Information confidential and use it "
              "only to evaluate the proposed transaction.",
              f"This undertaking shall continue in force for {en_words_int(years)} years from the date of this letter."]
    lines += ["Yours faithfully,", "@@SIGNATURE", "", "....................................",
              f"{'For and on behalf of ' if not rec.person else ''}{rec.name}"]
    if rng.random() < 0.4:
        lines += ["", f"Acknowledged by {comp.name}", "...................................."]
    t = en_truth("nda", None, [comp, rec], signed, signed, term_end(signed, 12 * years), None, "GBP", True)
    return Filled(lines, t, comp.name)


def en_note(rng: Rng) -> Filled:
    """US promissory note: the holder is the lender (party_a), the maker the borrower."""
    jur = "us"
    dt = en_dater(rng, jur)
    signed = rand_date(rng)
    holder = en_party(rng, jur, rng.random() < 0.4)
    maker = en_party(rng, jur, rng.random() < 0.5)
    holder.role, holder.func, holder.label = "party_a", "Holder", "Holder"
    maker.role, maker.func, maker.label = "party_b", "Borrower", "Borrower"
    total = money_in(rng, 10_000, 5_000_000, 1_000)
    maturity = term_end(signed, pick(rng, [12, 24, 36, 60]))
    city = pick(rng, ["New York, New York", "Austin, Texas", "San Francisco, California", "Boston, Massachusetts"])
    words = en_words_int(int(total)).title()
    lines = [pick(rng, ["PROMISSORY NOTE", "SECURED PROMISSORY NOTE", "TERM NOTE"]), "",
             f"${fig(total)}\t{city}", f"\t{dt(signed)}", "",
             f"FOR VALUE RECEIVED, the undersigned, {maker.name} (the \"Borrower\"), promises to pay to the order of {holder.name} "
             f"(the \"Holder\"), the principal sum of {words} Dollars (${fig(total)}), together with interest on the unpaid principal "
             f"balance at the rate of {pick(rng, ['5', '6.5', '8', '10'])}% per annum.",
             f"1. Payment. Interest is payable monthly in arrears. The entire unpaid principal and accrued interest shall be due and payable "
             f"on {dt(maturity)} (the \"Maturity Date\").",
             f"2. Late charge. Any payment more than ten days late bears a late charge of ${fig(Decimal(pick(rng, [50, 100, 250])))}.",
             "3. Prepayment. The Borrower may prepay this Note in whole or in part without penalty.",
             "4. Governing law. This Note is governed by the laws of the State of " + city.split(", ")[1] + ".", "",
             "@@SIGNATURE", "BORROWER:", maker.name if maker.person else maker.name.upper(), "By: ____________________"]
    if not maker.person:
        lines += [f"Name: {en_person_name(rng)}", "Title: President"]
    t = en_truth("loan", None, [holder, maker], signed, None, maturity, total, "USD")
    return Filled(lines, t, holder.name)


def en_bos(rng: Rng) -> Filled:
    """Bill of sale of a vehicle or plant: the seller is party_a; the price in figures and words."""
    jur = pick(rng, ["uk", "uk", "us", "sg", "hk"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    signed = rand_date(rng)
    seller, buyer = en_party(rng, jur, rng.random() < 0.5), en_party(rng, jur, rng.random() < 0.5)
    while buyer.name == seller.name:
        buyer = en_party(rng, jur, True)
    seller.role, seller.func, seller.label = "party_a", "Seller", "Seller"
    buyer.role, buyer.func, buyer.label = "party_b", "Buyer", "Buyer"
    total = money_in(rng, 2_000, 400_000, 250)
    reg = {"uk": f"{pick(rng, ['AB', 'LK', 'YR', 'MV'])}{int(rng.integers(10, 74))} {''.join(pick(rng, list('ABCDEFGHJKLMNPRSTUVWXYZ')) for _ in range(3))}",
           "us": f"{int(rng.integers(1, 9))}{''.join(pick(rng, list('ABCDEFGHJKLMNPRSTUVWXYZ')) for _ in range(3))}{int(rng.integers(100, 999))}",
           "sg": f"S{pick(rng, list('BFGHJKL'))}{pick(rng, list('ABCDEFGH'))}{int(rng.integers(1000, 9999))}{pick(rng, list('ABCDEGHJKLMPRSTUXYZ'))}",
           "hk": f"{pick(rng, ['AB', 'KX', 'TV', 'PM'])}{int(rng.integers(100, 9999))}"}[jur]
    vin = "".join(pick(rng, list("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")) for _ in range(17))
    what = pick(rng, ["Ford Transit Custom 2.0 TDCi", "Toyota Hilux Invincible", "JCB 3CX backhoe loader", "Mercedes-Benz Sprinter 314"])
    price = pick(rng, [f"{cur} {fig0(total)} ({en_words_cur(total, cur)})", en_amt(rng, total, cur, 1.0)])
    lines = [pick(rng, ["BILL OF SALE", "BILL OF SALE (ABSOLUTE)", "VEHICLE BILL OF SALE"]), "",
             f"THIS BILL OF SALE is made on {dt(signed)}", "",
             f"BY: {seller.name} of {pick(rng, JUR[jur][2])} (the \"Seller\")",
             f"TO: {buyer.name} of {pick(rng, JUR[jur][2])} (the \"Buyer\")", "",
             f"1. In consideration of the sum of {price} paid by the Buyer to the Seller (receipt of which the Seller acknowledges), the "
             "Seller sells and transfers to the Buyer absolutely the following goods (the \"Goods\"):",
             f"| Description | {what} |", f"| Registration | {reg} |", f"| VIN / Serial No. | {vin} |",
             f"| Odometer / hours | {int(rng.integers(5_000, 150_000)):,} |", "",
             "2. The Seller warrants that it has full title to the Goods, free from any charge, lien or hire purchase agreement.",
             "3. The Goods are sold as seen, and the Buyer has inspected them.", "", "@@SIGNATURE",
             "Signed by the Seller: ....................\tSigned by the Buyer: ....................",
             f"Name: {seller.name if seller.person else en_person_name(rng)}\tName: {buyer.name if buyer.person else en_person_name(rng)}"]
    t = en_truth("sales", None, [seller, buyer], signed, None, None, total, cur)
    return Filled(lines, t, seller.name)


def en_tenancy(rng: Rng) -> Filled:
    """Residential tenancy (Hong Kong / Singapore / England) with the particulars in a schedule:
    parties only in the table, monthly rent and deposit (no total), an estate agent who is not
    a party."""
    jur = pick(rng, ["hk", "hk", "sg", "uk"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    signed = rand_date(rng)
    ll, ll_id = en_individual(rng, jur) if rng.random() < 0.7 else (en_party(rng, jur), "")
    tt, tt_id = en_individual(rng, jur) if rng.random() < 0.6 or jur == "uk" else (en_party(rng, jur), "")
    ll.role, ll.func, ll.label = "party_a", "Landlord", "Landlord"
    tt.role, tt.func, tt.label = "party_b", "Tenant", "Tenant"
    start = signed + days(rng, 5, 30)
    months = pick(rng, [12, 24, 24, 36])
    end = term_end(start, months)
    rent = money_in(rng, 1_500, 90_000, 100) if cur != "GBP" else money_in(rng, 900, 8_000, 25)
    prem = pick(rng, JUR[jur][2])
    agent = {"hk": f"{pick(rng, ['Centaline', 'Midland', 'Ricacorp'])}-style Property Agency Limited (Licence No. C-{int(rng.integers(10000, 99999))})",
             "sg": f"{pick(rng, ['PropNex', 'ERA', 'Huttons'])}-style Realty Pte Ltd (CEA Reg. No. L{int(rng.integers(3000000, 3999999))}{pick(rng, list('ABCDEFGH'))})",
             "uk": f"{pick(rng, ['Foxtons', 'Savills', 'Chestertons'])}-style Lettings Ltd"}[jur]
    opener = pick(rng, [f"THIS AGREEMENT is made {made_on(signed, jur)} BETWEEN the Landlord and the Tenant named in the First Schedule.",
                        f"THIS TENANCY AGREEMENT is dated {dt(signed)} and is made between the parties named in Schedule 1."])
    lines = [pick(rng, ["TENANCY AGREEMENT", "TENANCY AGREEMENT (RESIDENTIAL)", "ASSURED SHORTHOLD TENANCY AGREEMENT" if jur == "uk" else "TENANCY AGREEMENT"]), "",
             opener, "", "## FIRST SCHEDULE" if jur == "hk" else "## SCHEDULE 1: PARTICULARS",
             f"| Landlord | {ll.name}{' (' + ll_id + ')' if ll_id else ''} |", f"| Tenant | {tt.name}{' (' + tt_id + ')' if tt_id else ''} |",
             f"| Premises | {prem} |",
             f"| Term | {en_words_int(months // 12).title()} year{'s' if months > 12 else ''} commencing on {dt(start)} and expiring on {dt(end)} (both days inclusive) |"
             if months % 12 == 0 else f"| Term | {months} months from {dt(start)} to {dt(end)} |",
             f"| Rent | {en_amt(rng, rent, cur, 0.2)} per month, exclusive of rates and management fees, payable in advance |",
             f"| Deposit | {en_amt(rng, rent * 2, cur, 0)} |", f"| Break clause | After the first {pick(rng, ['12', '14'])} months, on two months' notice |",
             "", f"Agent: {agent}, who acts for both parties and is not a party to this Agreement.", "",
             "1. The Tenant shall pay the Rent on the first day of each calendar month.",
             "2. The Landlord shall keep the structure and exterior of the Premises in repair.",
             "3. Stamp duty on this Agreement shall be borne by the parties in equal shares." if jur != "uk" else
             "3. The Deposit shall be protected in an authorised tenancy deposit scheme.", "",
             "@@SIGNATURE", "CONFIRMED AND ACCEPTED all the terms and conditions herein by the Landlord:", "....................................",
             ll.name if ll.person else f"For and on behalf of {ll.name}", "",
             "CONFIRMED AND ACCEPTED all the terms and conditions herein by the Tenant:", "....................................",
             tt.name if tt.person else f"For and on behalf of {tt.name}"]
    t = en_truth("lease", None, [ll, tt], signed, start, end, None, cur)
    return Filled(lines, t, ll.name)


def en_hire(rng: Rng) -> Filled:
    """Plant or vehicle hire contract with rates only: lease, no total."""
    jur = pick(rng, ["uk", "uk", "sg", "hk", "us"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    signed = rand_date(rng)
    owner = en_party(rng, jur)
    hirer = en_party(rng, jur, rng.random() < 0.2)
    owner.role, owner.func, owner.label = "party_a", "Owner", "letterhead"
    hirer.role, hirer.func, hirer.label = "party_b", "Hirer", "Hirer"
    no = f"{pick(rng, ['HC', 'H', 'RA'])}{int(rng.integers(100000, 999999))}" if rng.random() < 0.8 else None
    rows = []
    for item, lo, hi, per in rng.permutation(np.array([("8 tonne excavator", 90, 260, "day"), ("3 tonne dumper", 40, 120, "day"),
                                                       ("Tower light", 20, 60, "day"), ("Transit van", 45, 120, "day"),
                                                       ("Scissor lift 19ft", 50, 150, "day")], dtype=object))[:int(rng.integers(1, 4))]:
        rows.append(f"| {item} | {fig(money_in(rng, int(lo), int(hi), 1))} | per {per} |")
    lines = [owner.name, f"== {pick(rng, ['HIRE AGREEMENT', 'PLANT HIRE CONTRACT', 'VEHICLE RENTAL AGREEMENT'])}"]
    if no:
        lines.append(f">> {pick(rng, ['Hire Contract No', 'Contract No.', 'Agreement No.'])}: {no}")
    lines += ["", f"| Hirer | {display_name(rng, hirer, jur, 0.4)} |", f"| Account No. | {int(rng.integers(10000, 99999))} |",
              f"| Site address | {pick(rng, JUR[jur][2])} |", f"| Date | {dt(signed)} |", "", "| Equipment | Rate | |", *rows,
              f"| Delivery and collection | {fig(money_in(rng, 60, 300, 5))} | each way |", "",
              f"Minimum hire period one week. Damage waiver: 10% of the hire charges. Security deposit: {en_amt(rng, money_in(rng, 250, 2_000, 50), cur, 0)}.",
              "The hire continues until the Owner receives notice to collect the equipment (off-hire).",
              "This hire is subject to the Owner's Conditions for the Hiring of Plant overleaf.", "", "@@SIGNATURE",
              "Signed for the Hirer: ....................\tSigned for the Owner: ....................",
              f"Name: {hirer.name if hirer.person else en_person_name(rng)}\tName: {en_person_name(rng)}"]
    t = en_truth("lease", no, [owner, hirer], signed, None, None, None, cur)
    return Filled(lines, t, owner.name)


def en_schedule(rng: Rng) -> Filled:
    """Equipment schedule under a master lease: a lease; its own reference is the number; the
    commencement date and basic term give effective and expiry dates."""
    jur = pick(rng, ["us", "us", "uk", "sg"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    signed = rand_date(rng)
    lessor, lessee = en_party(rng, jur), en_party(rng, jur)
    while lessee.short == lessor.short:
        lessee = en_party(rng, jur)
    lessor.role, lessor.func, lessor.label = "party_a", "Lessor", "Lessor"
    lessee.role, lessee.func, lessee.label = "party_b", "Lessee", "Lessee"
    md = signed - days(rng, 100, 1500)
    n = int(rng.integers(2, 12))
    no = f"{lessor.init}-{md.year}-{int(rng.integers(10, 99))}-{n:03d}" if rng.random() < 0.8 else None
    start = signed + days(rng, 0, 20)
    months = pick(rng, [24, 36, 48, 60])
    rent = money_in(rng, 500, 60_000, 10, cents=True)
    total = rent * months if rng.random() < 0.5 else None
    lines = [f"EQUIPMENT SCHEDULE NO. {n}", f"== to Master Equipment Lease Agreement dated {dt(md)}"]
    if no:
        lines.append(f">> Schedule Reference: {no}")
    lines += ["", f"This Equipment Schedule is entered into pursuant to, and incorporates the terms of, the Master Equipment Lease Agreement "
                  f"dated {dt(md)} (the \"Master Lease\") between {lessor.name} (\"Lessor\") and {lessee.name} (\"Lessee\"). This Schedule "
                  "constitutes a separate lease of the Equipment described below.", "",
              "| Equipment | Qty | Serial Numbers |",
              f"| {pick(rng, ['Dell PowerEdge R760 server', 'Haas VF-2 machining centre', 'Toyota 8FGU25 forklift'])} | {int(rng.integers(1, 20))} | "
              f"{pick(rng, ['SN', 'S/N '])}{int(rng.integers(100000, 999999))}-{int(rng.integers(100000, 999999))} |", "",
              f"| Commencement Date | {dt(start)} |", f"| Basic Term | {months} months |",
              f"| Monthly Rental | {en_amt(rng, rent, cur, 0)} plus applicable taxes |"]
    if total is not None:
        lines.append(f"| Total Rentals | {en_amt(rng, total, cur, 0)} |")
    lines += [f"| Purchase Option | {pick(rng, ['Fair market value', 'US$1.00' if cur == 'USD' else 'Nominal sum of 1.00'])} |",
              f"| Equipment Location | {pick(rng, JUR[jur][2])} |", "", "@@SIGNATURE",
              f"LESSOR: {lessor.name}\tLESSEE: {lessee.name}", "By: ____________________\tBy: ____________________",
              f"Date: {dt(signed)}\tDate: {dt(signed)}"]
    t = en_truth("lease", no, [lessor, lessee], signed, start, term_end(start, months), total, cur, True)
    return Filled(lines, t, lessor.name)


def en_tob(rng: Rng) -> Filled:
    """Terms of Business of an agency or consultancy: service; the client (party_a) is named only
    in the schedule table; rates, no total."""
    jur = pick(rng, ["uk", "uk", "sg", "hk"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    signed = rand_date(rng)
    agency = en_party(rng, jur)
    client = en_party(rng, jur)
    while client.short == agency.short:
        client = en_party(rng, jur)
    agency.role, agency.func, agency.label = "party_b", "Agency", "Agency"
    client.role, client.func, client.label = "party_a", "Client", "Client"
    trade = pick(rng, ["Apex Recruitment", "TalentBridge", "Northern Staffing", "Prime Locums"])
    aname = pick(rng, [f"{agency.name} t/a {trade}", f"{agency.name} trading as {trade}", agency.name])
    rate = pick(rng, ["15", "18", "20", "22.5"])
    lines = [aname if rng.random() < 0.5 else "TERMS OF BUSINESS", "== TERMS OF BUSINESS" if True else "",
             f"== for the {pick(rng, ['introduction of candidates for permanent employment', 'supply of temporary workers'])}", "",
             f"These Terms of Business are made between {aname} (the \"Agency\") and the Client named in the Schedule.", "",
             "## SCHEDULE", f"| Client | {client.name} |", f"| Registered office | {pick(rng, JUR[jur][2])} |",
             f"| Date | {dt(signed)} |", f"| Introduction Fee | {rate}% of the Candidate's first-year Remuneration |",
             f"| Minimum Fee | {en_amt(rng, money_in(rng, 1_500, 6_000, 250), cur, 0)} |", "",
             "1. The Client shall pay the Introduction Fee within 14 days of the Engagement of a Candidate introduced by the Agency.",
             f"2. Temporary workers are charged at the hourly charge rates agreed for each assignment (for example, "
             f"{en_amt(rng, money_in(rng, 15, 60, 1), cur, 0)} per hour for administrative staff), plus VAT.",
             "3. Rebate: if the Candidate leaves within 8 weeks, the Agency will refund 50% of the fee.",
             "4. These Terms apply to every introduction and assignment and continue until terminated by either party on 30 days' notice.",
             "", "@@SIGNATURE", "Signed for and on behalf of the Client: ....................\tSigned for the Agency: ....................",
             f"Name: {en_person_name(rng)}\tName: {en_person_name(rng)}"]
    t = en_truth("service", None, [client, agency], signed, None, None, None, cur)
    return Filled(lines, t, agency.name)


def en_hot(rng: Rng) -> Filled:
    """Heads of Terms (subject to contract): ``other``; non-binding, so no effective or expiry
    date and no total (rents are periodic, prices indicative ranges)."""
    jur = pick(rng, ["uk", "uk", "sg", "hk"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    signed = rand_date(rng)
    subj = pick(rng, ["lease", "acquisition", "jv"])
    pa, pb = en_party(rng, jur), en_party(rng, jur)
    while pb.short == pa.short:
        pb = en_party(rng, jur)
    pa.role, pb.role = "party_a", "party_b"
    pa.func, pb.func = {"lease": ("Landlord", "Tenant"), "acquisition": ("Seller", "Buyer"), "jv": ("", "")}[subj]
    if subj == "jv":
        pa.func, pb.func = pa.short, pb.short
    pa.label, pb.label = pa.func, pb.func
    target = en_party(rng, jur)
    head = {"lease": f"Proposed letting of Unit {int(rng.integers(1, 30))}, {short_addr(rng, jur)}",
            "acquisition": f"Proposed acquisition of the entire issued share capital of {target.name}",
            "jv": f"Proposed joint venture between {pa.short} and {pb.short}"}[subj]
    lines = [pick(rng, ["HEADS OF TERMS", "HEADS OF TERMS", "HEADS OF AGREEMENT"]), "== SUBJECT TO CONTRACT", f"== {head}", "",
             f"Date: {dt(signed)}", ""]
    rows = [f"| {pa.func or 'Party 1'} | {pa.name} |", f"| {pb.func or 'Party 2'} | {pb.name} |"]
    if subj == "lease":
        rent = money_in(rng, 20_000, 900_000, 500)
        rows += [f"| Term | {pick(rng, ['Ten', 'Five', 'Fifteen'])} years from completion of the lease |",
                 f"| Rent | {en_amt(rng, rent, cur, 0)} per annum exclusive, reviewed upwards only every five years |",
                 f"| Rent free | {pick(rng, ['Six', 'Nine', 'Twelve'])} months |", f"| Deposit | {en_amt(rng, q2(rent / 2), cur, 0)} |"]
    elif subj == "acquisition":
        lo = money_in(rng, 1_000_000, 50_000_000, 100_000)
        rows += [f"| Price | An indicative enterprise value of {en_amt(rng, lo, cur, 0)} to {en_amt(rng, q2(lo * Decimal('1.2')), cur, 0)}, "
                 "subject to due diligence |", "| Exclusivity | Eight weeks from the date of these Heads of Terms |"]
    else:
        rows += ["| Structure | A new company owned 50:50 |", "| Board | Two directors appointed by each party |"]
    rows.append("| Legal effect | Save for Confidentiality, Exclusivity and Costs, these Heads of Terms are not legally binding |")
    lines += rows + ["", "@@SIGNATURE", f"Signed for {pa.name}: ....................  Signed for {pb.name}: ...................."]
    t = en_truth("other", None, [pa, pb], signed, None, None, None, cur)
    return Filled(lines, t, pa.name)


def en_po(rng: Rng) -> Filled:
    """Purchase order with a vendor / ship-to block and a total row after tax and shipping."""
    jur = pick(rng, ["us", "us", "uk", "sg"])
    cur = JUR[jur][1]
    dt = en_dater(rng, jur)
    signed0 = rand_date(rng)
    buyer, vendor = en_party(rng, jur), en_party(rng, jur)
    while vendor.short == buyer.short:
        vendor = en_party(rng, jur)
    vendor.role, vendor.func, vendor.label = "party_a", "Vendor", "Vendor"
    buyer.role, buyer.func, buyer.label = "party_b", "Buyer", "letterhead"
    acked = signed0 + days(rng, 1, 6) if rng.random() < 0.4 else None
    signed = acked or signed0
    no = f"{pick(rng, ['45', 'PO-', 'P0'])}{int(rng.integers(1000000, 99999999))}"
    items = en_goods(rng)
    sub = sum((it[4] for it in items), Decimal(0))
    rate = {"USD": "8.875", "GBP": "20", "SGD": "9"}[cur]
    tax = q2(sub * Decimal(rate) / 100)
    ship = money_in(rng, 20, 900, 5)
    total = sub + tax + ship
    lines = [buyer.name, f"== {pick(rng, JUR[jur][2])}", "", "## PURCHASE ORDER",
             f"| PO Number | {no} | Date | {dt(signed0)} |", f"| Vendor | {vendor.name} | Ship To | {buyer.name} |",
             f"| Vendor ID | V{int(rng.integers(10000, 99999))} | Terms | Net {pick(rng, ['30', '45', '60'])} |", "",
             "| Line | Item | Qty | Unit Price | Extended |"]
    lines += [f"| {i} | {n} | {q} {u} | {fig(p)} | {fig(a)} |" for i, (n, u, q, p, a) in enumerate(items, 1)]
    lines += [f"| | | | Subtotal | {fig(sub)} |", f"| | | | {'Sales Tax' if cur == 'USD' else 'VAT' if cur == 'GBP' else 'GST'} ({rate}%) | {fig(tax)} |",
              f"| | | | Shipping | {fig(ship)} |", f"| | | | TOTAL ({cur}) | {fig(total)} |", "",
              "Please reference the PO number on all invoices and packing slips. This order is subject to the Buyer's standard terms of purchase.",
              "", "@@SIGNATURE", f"Authorized by: {en_person_name(rng)}, Purchasing Manager\tDate: {dt(signed0)}",
              f"Vendor acknowledgement: ....................\tDate: {dt(acked) if acked else ''}"]
    t = en_truth("purchase", no, [vendor, buyer], signed, None, None, total, cur)
    return Filled(lines, t, buyer.name)


def _std(kind: str) -> Callable[[Rng], Filled]:
    return lambda r: en_standard(kind, r)


EN_SKELETONS: dict[str, list[tuple[float, Callable[[Rng], Filled]]]] = {
    "sales": [(3, _std("supply")), (1, _std("distrib")), (2, en_bos)],
    "purchase": [(2, _std("procure")), (2, en_award), (2, en_po)],
    "service": [(2, _std("consult")), (1, _std("maint")), (2, en_engage), (1, en_tob)],
    "lease": [(2, _std("premises")), (2, en_tenancy), (1, en_hire), (1, en_schedule)],
    "employment": [(2, _std("exec")), (2, en_offer)],
    "nda": [(2, _std("mnda")), (1, en_undertaking)],
    "loan": [(2, _std("loan")), (2, en_facility), (1, en_note)],
    "license": [(2, _std("licence")), (1, _std("franchise"))],
    "framework": [(1, _std("master"))],
    "supplementary": [(2, _std("variation")), (2, en_side)],
    "other": [(1, _std("guarantee")), (1, _std("settle")), (1, _std("sha")), (1, _std("spa")), (1, en_hot)],
}


ZH_SKELETONS: dict[str, list[tuple[float, Callable[[Rng], Filled]]]] = {
    "sales": [(3, lambda r: zh_standard("supply", r)), (1, lambda r: zh_standard("dealer", r)), (2, zh_confirm)],
    "purchase": [(3, lambda r: zh_standard("order", r)), (2, zh_po)],
    "service": [(2, lambda r: zh_standard("techdev", r)), (1, lambda r: zh_standard("property", r)),
                (1, lambda r: zh_standard("maint", r)), (1, lambda r: zh_standard("counsel", r)),
                (1, lambda r: zh_standard("audit", r)), (1, lambda r: zh_techcover(r, "service"))],
    "lease": [(3, lambda r: zh_standard("house", r)), (1, lambda r: zh_standard("car", r)), (1, lambda r: zh_standard("equip", r))],
    "employment": [(3, lambda r: zh_standard("labor", r)), (2, lambda r: zh_standard("laowu", r))],
    "nda": [(2, lambda r: zh_standard("nda", r)), (1, lambda r: zh_standard("mnda", r)), (2, zh_undertaking)],
    "loan": [(2, lambda r: zh_standard("lend", r)), (2, zh_iou), (1, zh_credit)],
    "license": [(2, lambda r: zh_standard("patent", r)), (1, lambda r: zh_standard("franchise", r)),
                (1, lambda r: zh_standard("softlic", r)), (1, lambda r: zh_techcover(r, "license"))],
    "framework": [(1, lambda r: zh_standard("frame", r))],
    "supplementary": [(3, lambda r: zh_standard("supp", r)), (2, zh_letter)],
    "other": [(2, lambda r: zh_standard("equity", r)), (2, lambda r: zh_standard("build", r)), (1, lambda r: zh_standard("guar", r)),
              (1, lambda r: zh_standard("settle", r)), (1, lambda r: zh_standard("jv", r)), (1, lambda r: zh_standard("freight", r))],
}


Skeletons = dict[str, list[tuple[float, Callable[[Rng], Filled]]]]


def make_from_skeletons(zh: Skeletons, en: Skeletons, contract_type: str, lang: str, rng: Rng) -> Filled:
    """A contract of ``contract_type`` from one of its weighted skeleton makers in ``lang``."""
    if contract_type not in CONTRACT_TYPES:
        raise ValueError(f"no template for {contract_type!r}")
    if lang not in ("zh", "en"):
        raise ValueError(f"no template in {lang!r}")
    options = (zh if lang == "zh" else en)[contract_type]
    w = np.array([o[0] for o in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][1](rng)


def make_contract(contract_type: str, lang: str, rng: Rng, **_: Any) -> Filled:
    return make_from_skeletons(ZH_SKELETONS, EN_SKELETONS, contract_type, lang, rng)


def random_contract(rng: Rng) -> Filled:
    return make_contract(pick(rng, CONTRACT_TYPES), pick(rng, ["zh", "en"]), rng)
