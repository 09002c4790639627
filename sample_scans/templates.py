"""Development contract templates (Chinese and English) filled from randomised values.

These are the templates the extractor and classifier are developed against. The extraction
benchmark uses a separate, independently written set (``benchmarks/heldout_templates.py``).

Every template returns a :class:`Filled`: the lines to render (see the markup in
:mod:`sample_scans.synth`) and the ground truth::

    {"language", "contract_type", "contract_no", "parties": [{"role", "name", "printed_role"}],
     "signed_date", "effective_date", "expiry_date", "expiry_from_term",
     "total_amount": {"value": "125000.00", "currency": "CNY"} | None,
     "amount_in_words": "壹拾贰万伍仟元整" | None}

Conventions: the first-named party is ``party_a`` (seller, lessor, discloser, employer, lender,
licensor, client/purchaser); a third party (guarantor, 丙方) is ``party_c``. When an expiry is
stated only as a term ("for a term of two (2) years from the Effective Date"), the expiry date is
the last day of the term (effective date + term - 1 day) and ``expiry_from_term`` is true.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Callable

import cn2an
import numpy as np

CONTRACT_TYPES = ("sales", "purchase", "service", "lease", "employment", "nda", "loan", "license",
                  "framework", "supplementary")


@dataclass
class Filled:
    lines: list[str]
    truth: dict[str, Any]
    seal_text: str = ""  # the name a seal of party A would carry
    extra: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# random values
# --------------------------------------------------------------------------------------------
ZH_CITIES = {
    "上海": ["浦东新区", "徐汇区", "闵行区", "静安区"], "北京": ["海淀区", "朝阳区", "丰台区"],
    "深圳": ["南山区", "福田区", "宝安区"], "广州": ["天河区", "黄埔区", "番禺区"],
    "杭州": ["西湖区", "滨江区", "余杭区"], "苏州": ["工业园区", "吴中区", "相城区"],
    "南京": ["鼓楼区", "江宁区", "建邺区"], "成都": ["高新区", "武侯区", "锦江区"],
    "武汉": ["洪山区", "江汉区", "东西湖区"], "天津": ["滨海新区", "河西区"],
    "西安": ["雁塔区", "未央区"], "宁波": ["鄞州区", "北仑区"], "青岛": ["黄岛区", "市南区"],
}
ZH_BRANDS = ["华信", "恒达", "中泰", "瑞丰", "鼎盛", "天成", "宏远", "金桥", "新辰", "博远", "嘉禾",
             "远航", "正邦", "德润", "凯胜", "明泰", "东方", "汇通", "创维", "永盛", "信达", "安捷",
             "晨光", "海纳", "联创", "华晟", "立讯", "泰和", "锦程", "蓝海"]
ZH_INDUSTRY = ["科技", "信息技术", "电子科技", "贸易", "物流", "建设工程", "医疗器械", "精密机械",
               "新材料", "软件", "食品", "环保科技", "商贸", "网络科技", "实业", "供应链管理",
               "智能装备", "文化传媒", "生物科技", "置业"]
ZH_SUFFIX = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司"]
ZH_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
ZH_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲婷雪琳晨宇浩然子轩欣怡思远嘉俊志鹏海燕红梅立新国庆春晓")
ZH_ROADS = ["张江路", "科苑路", "中山路", "人民路", "建国路", "长江路", "解放路", "南京西路", "高新大道",
            "学府路", "创业路", "金融街", "滨江大道", "星湖街", "软件园路", "文三路"]

EN_BRAND_A = ["North", "Blue", "Silver", "Harbor", "Stone", "Bright", "Oak", "Red", "Iron", "Clear",
              "Summit", "Pacific", "Atlas", "Granite", "Maple", "Crescent", "Evergreen", "Falcon"]
EN_BRAND_B = ["wind", "peak", "bridge", "view", "field", "water", "gate", "line", "crest", "point",
              "ridge", "haven", "stone", "wood", "light", "brook"]
EN_INDUSTRY = ["Logistics", "Analytics", "Trading", "Technologies", "Holdings", "Manufacturing",
               "Software", "Consulting", "Medical Devices", "Materials", "Foods", "Systems",
               "Capital", "Energy", "Robotics", "Biotech", "Properties", "Electronics"]
EN_SUFFIX = ["Ltd.", "Inc.", "LLC", "Co., Ltd.", "Limited", "Corporation", "GmbH", "Pte. Ltd.",
             "PLC", "Pty Ltd"]
EN_FIRST = ["James", "Mary", "Robert", "Linda", "Michael", "Sarah", "David", "Emma", "Daniel",
            "Olivia", "Thomas", "Grace", "Andrew", "Chloe", "Peter", "Hannah", "Wei", "Mei"]
EN_LAST = ["Smith", "Johnson", "Carter", "Nguyen", "Brown", "Miller", "Wilson", "Moore", "Clark",
           "Walker", "Young", "Hughes", "Bennett", "Chen", "Wang", "Fischer", "Okafor", "Rossi"]
EN_PLACES = [("Singapore", "the Republic of Singapore", "12 Marina Boulevard, #21-03, Singapore 018982"),
             ("Hong Kong", "the Hong Kong SAR", "88 Queensway, Admiralty, Hong Kong"),
             ("Delaware", "the State of Delaware", "1209 Orange Street, Wilmington, DE 19801, USA"),
             ("California", "the State of California", "450 Market Street, Suite 1200, San Francisco, CA 94105, USA"),
             ("England", "England and Wales", "20 Fenchurch Street, London EC3M 3BY, United Kingdom"),
             ("Germany", "the Federal Republic of Germany", "Friedrichstrasse 68, 10117 Berlin, Germany"),
             ("the PRC", "the People's Republic of China", "Room 1805, 1000 Lujiazui Ring Road, Pudong, Shanghai 200120, China"),
             ("New York", "the State of New York", "350 Fifth Avenue, 41st Floor, New York, NY 10118, USA")]
EN_MONTHS = list(calendar.month_name)[1:]
EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
CURRENCY_EN = {"USD": ("USD", "US Dollars"), "CNY": ("RMB", "Renminbi Yuan"),
               "EUR": ("EUR", "Euros"), "HKD": ("HKD", "Hong Kong Dollars")}


def pick(rng: np.random.Generator, seq: list[Any] | tuple[Any, ...]) -> Any:
    return seq[int(rng.integers(len(seq)))]


def zh_company(rng: np.random.Generator, brand: str | None = None) -> str:
    city = pick(rng, list(ZH_CITIES))
    prefix = city + ("市" if rng.random() < 0.3 else "")
    return f"{prefix}{brand or pick(rng, ZH_BRANDS)}{pick(rng, ZH_INDUSTRY)}{pick(rng, ZH_SUFFIX)}"


def zh_person(rng: np.random.Generator) -> str:
    n = 1 if rng.random() < 0.35 else 2
    return pick(rng, ZH_SURNAMES) + "".join(pick(rng, ZH_GIVEN) for _ in range(n))


def zh_address(rng: np.random.Generator) -> str:
    city = pick(rng, list(ZH_CITIES))
    return (f"{city}市{pick(rng, ZH_CITIES[city])}{pick(rng, ZH_ROADS)}{int(rng.integers(1, 999))}号"
            + (f"{int(rng.integers(2, 30))}楼" if rng.random() < 0.5 else ""))


def en_company(rng: np.random.Generator) -> str:
    brand = pick(rng, EN_BRAND_A) + pick(rng, EN_BRAND_B)
    return f"{brand} {pick(rng, EN_INDUSTRY)} {pick(rng, EN_SUFFIX)}"


def en_person(rng: np.random.Generator) -> str:
    return f"{pick(rng, EN_FIRST)} {pick(rng, EN_LAST)}"


def money(rng: np.random.Generator, lo: int, hi: int, step: int = 100,
          cents: bool = False) -> Decimal:
    v = Decimal(int(rng.integers(lo // step, hi // step + 1)) * step)
    if cents and rng.random() < 0.5:
        v += Decimal(int(rng.integers(1, 100))) / 100
    return v.quantize(Decimal("0.01"))


def fig(v: Decimal) -> str:
    return f"{v:,.2f}"


def plain(v: Decimal) -> str:
    """Amount without separators, as the ``"125000.00"`` truth value."""
    return f"{v.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}"


def zh_upper(v: Decimal) -> str:
    """Chinese financial uppercase (大写) of ``v``, e.g. 壹拾贰万伍仟元整."""
    return cn2an.an2cn(plain(v), "rmb")


def en_words_int(n: int) -> str:
    if n < 20:
        return EN_SMALL[n]
    if n < 100:
        return EN_TENS[n // 10] + ("-" + EN_SMALL[n % 10] if n % 10 else "")
    if n < 1000:
        return EN_SMALL[n // 100] + " hundred" + (" " + en_words_int(n % 100) if n % 100 else "")
    for div, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= div:
            rest = n % div
            return en_words_int(n // div) + " " + name + (" " + en_words_int(rest) if rest else "")
    raise ValueError(n)


def en_amount_words(v: Decimal, currency: str) -> str:
    whole = int(v)
    cents = int((v - whole) * 100)
    words = en_words_int(whole).title().replace("-", "-")
    tail = f" and {cents}/100" if cents else ""
    return f"{CURRENCY_EN[currency][1]} {words}{tail} Only"


def zh_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def en_date(d: date) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    day = min(d.day, calendar.monthrange(y, m + 1)[1])
    return date(y, m + 1, day)


def rand_date(rng: np.random.Generator, start: date = date(2023, 1, 1),
              end: date = date(2026, 10, 31)) -> date:
    return start + timedelta(days=int(rng.integers(0, (end - start).days + 1)))


def term_words(n: int, unit: str) -> str:
    word = EN_SMALL[n]
    return f"{word} ({n}) {unit}{'s' if n != 1 else ''}"


def _truth(lang: str, ctype: str, no: str, parties: list[tuple[str, str, str]], signed: date,
           effective: date | None = None, expiry: date | None = None,
           total: tuple[Decimal, str] | None = None, words: str | None = None,
           from_term: bool = False) -> dict[str, Any]:
    return {
        "language": lang,
        "contract_type": ctype,
        "contract_no": no,
        "parties": [{"role": r, "name": n, "printed_role": p} for r, n, p in parties],
        "signed_date": signed.isoformat(),
        "effective_date": effective.isoformat() if effective else None,
        "expiry_date": expiry.isoformat() if expiry else None,
        "expiry_from_term": from_term,
        "total_amount": {"value": plain(total[0]), "currency": total[1]} if total else None,
        "amount_in_words": words,
    }


@dataclass
class Values:
    """Randomised values shared by one filled template."""

    a: str
    b: str
    c: str
    a_addr: str
    b_addr: str
    a_rep: str
    b_rep: str
    signed: date
    effective: date
    years: int
    no_seq: int
    city: str
    en_place_a: tuple[str, str, str]
    en_place_b: tuple[str, str, str]


def values(rng: np.random.Generator, lang: str, party_a: str | None = None,
           party_b: str | None = None) -> Values:
    comp, person, addr = ((zh_company, zh_person, zh_address) if lang == "zh"
                          else (en_company, en_person, lambda r: pick(r, EN_PLACES)[2]))
    a = party_a or comp(rng)
    b = party_b or comp(rng)
    while b == a:
        b = comp(rng)
    signed = rand_date(rng)
    pa, pb = pick(rng, EN_PLACES), pick(rng, EN_PLACES)
    return Values(a=a, b=b, c=comp(rng), a_addr=addr(rng) if lang == "zh" else pa[2],
                  b_addr=addr(rng) if lang == "zh" else pb[2], a_rep=person(rng),
                  b_rep=person(rng), signed=signed,
                  effective=signed + timedelta(days=int(rng.integers(0, 21))),
                  years=int(rng.integers(1, 4)), no_seq=int(rng.integers(1, 999)),
                  city=pick(rng, list(ZH_CITIES)), en_place_a=pa, en_place_b=pb)


def contract_no(rng: np.random.Generator, code: str, d: date, seq: int) -> str:
    style = int(rng.integers(4))
    if style == 0:
        return f"{code}-{d:%Y%m%d}-{seq:03d}"
    if style == 1:
        return f"{code}{d:%Y}{seq:04d}"
    if style == 2:
        return f"{pick(rng, ['HX', 'SH', 'BJ', 'SZ'])}-{code}-{d:%Y}-{seq:04d}"
    return f"{code}/{d:%Y}/{seq:03d}"


# --------------------------------------------------------------------------------------------
# shared Chinese pieces
# --------------------------------------------------------------------------------------------
ZH_PREAMBLE = ("根据《中华人民共和国民法典》及相关法律法规的规定，{a_short}与{b_short}在平等、自愿、公平、"
               "诚实信用的基础上，经友好协商，就{subject}事宜达成如下协议，以资共同遵守。")
ZH_BOILER = [
    ("违约责任", "任何一方违反本合同约定的，应当承担违约责任，并赔偿因此给守约方造成的全部损失，"
              "包括但不限于直接损失、诉讼费、律师费、保全费等。"),
    ("不可抗力", "因地震、台风、水灾、战争、疫情等不能预见、不能避免且不能克服的不可抗力事件导致不能履行"
              "或不能完全履行本合同的，遭受不可抗力的一方应在事件发生后十五日内书面通知对方，并提供相关证明。"),
    ("保密", "双方对在履行本合同过程中知悉的对方商业秘密负有保密义务，未经对方书面同意，不得向任何第三方披露。"),
    ("争议解决", "因本合同引起的或与本合同有关的任何争议，双方应友好协商解决；协商不成的，任何一方均可向"
              "{city}有管辖权的人民法院提起诉讼。"),
    ("通知", "本合同项下的通知应以书面形式送达本合同首部所列地址，一方地址变更的，应提前七日书面通知对方。"),
    ("其他", "本合同未尽事宜，由双方另行协商并签订补充协议，补充协议与本合同具有同等法律效力。"
           "本合同一式{copies}份，双方各执{each}份，具有同等法律效力。"),
]
ZH_NUM = "一二三四五六七八九十"


def zh_clause_no(i: int) -> str:
    if i <= 10:
        return ZH_NUM[i - 1]
    return "十" + ZH_NUM[i - 11] if i < 20 else str(i)


def _zh_clauses(clauses: list[tuple[str, str]], rng: np.random.Generator, v: Values,
                n_boiler: int | None = None) -> list[str]:
    out: list[str] = []
    boiler = list(ZH_BOILER)
    k = n_boiler if n_boiler is not None else int(rng.integers(3, len(boiler) + 1))
    chosen = [boiler[i] for i in sorted(rng.choice(len(boiler) - 1, size=k - 1, replace=False))]
    chosen.append(boiler[-1])
    for i, (head, body) in enumerate(clauses + chosen, start=1):
        out.append(f"## 第{zh_clause_no(i)}条 {head}")
        copies, each = ("四", "二") if rng.random() < 0.3 else ("二", "一")
        out.append(body.format(city=v.city + "市", copies=copies, each=each))
    return out


def _zh_header(title: str, no: str, roles: list[tuple[str, str, str, str]],
               rng: np.random.Generator) -> list[str]:
    """roles: (printed label, name, address, representative)."""
    lines = [title, f">> 合同编号：{no}", ""]
    for label, name, addr, rep in roles:
        lines.append(f"{label}：{name}")
        if addr:
            lines.append(f"住所地：{addr}")
        if rep:
            lines.append(f"法定代表人：{rep}")
        lines.append("")
    return lines


def _zh_sign(labels: tuple[str, str], v: Values, rng: np.random.Generator,
             b_is_person: bool = False, sign_place: bool = True) -> list[str]:
    d = zh_date(v.signed) if rng.random() < 0.8 else v.signed.isoformat()
    lines = ["@@SIGNATURE", ""]
    if sign_place:
        lines.append(f"签订地点：{v.city}市")
    lines += [
        f"{labels[0]}（盖章）：{v.a}\t{labels[1]}{'（签字）' if b_is_person else '（盖章）'}：{v.b}",
        f"法定代表人或授权代表（签字）：{v.a_rep}\t" + ("" if b_is_person else f"法定代表人或授权代表（签字）：{v.b_rep}"),
        f"签订日期：{d}\t签订日期：{d}",
    ]
    return lines


def _zh_amount_sentence(rng: np.random.Generator, total: Decimal, lead: str) -> str:
    style = int(rng.integers(3))
    up = zh_upper(total)
    if style == 0:
        return f"{lead}为人民币{fig(total)}元（大写：人民币{up}）。"
    if style == 1:
        return f"{lead}：¥{fig(total)}（大写：{up}）。"
    return f"{lead}为RMB {fig(total)}元，大写人民币{up}。"


# --------------------------------------------------------------------------------------------
# Chinese templates
# --------------------------------------------------------------------------------------------
ZH_GOODS = [("服务器", "台", 28000, 65000), ("工业控制器", "套", 8000, 30000),
            ("液晶显示屏", "台", 1200, 4500), ("不锈钢板材", "吨", 12000, 18000),
            ("医用防护口罩", "箱", 300, 900), ("数控机床配件", "批", 20000, 80000),
            ("办公桌椅", "套", 800, 2600), ("网络交换机", "台", 3000, 15000),
            ("锂电池模组", "组", 5000, 20000), ("包装纸箱", "件", 5, 30)]


def _goods_table(rng: np.random.Generator, zh: bool) -> tuple[list[str], Decimal]:
    n = int(rng.integers(1, 4))
    idx = rng.choice(len(ZH_GOODS), size=n, replace=False)
    rows = (["| 序号 | 产品名称 | 单位 | 数量 | 单价（元） | 金额（元）"] if zh
            else ["| No. | Description | Unit | Qty | Unit Price | Amount"])
    total = Decimal(0)
    en_names = {"服务器": "Rack server", "工业控制器": "Industrial controller",
                "液晶显示屏": "LCD monitor", "不锈钢板材": "Stainless steel plate",
                "医用防护口罩": "Medical masks", "数控机床配件": "CNC machine parts",
                "办公桌椅": "Office desk set", "网络交换机": "Network switch",
                "锂电池模组": "Lithium battery module", "包装纸箱": "Carton box"}
    en_units = {"台": "set", "套": "set", "吨": "ton", "箱": "case", "批": "lot", "组": "pack",
                "件": "pc"}
    for i, j in enumerate(idx, start=1):
        name, unit, lo, hi = ZH_GOODS[int(j)]
        price = money(rng, lo, hi, step=10 if hi < 1000 else 100)
        qty = int(rng.integers(2, 60)) if hi > 1000 else int(rng.integers(100, 3000))
        sub = price * qty
        total += sub
        rows.append(f"| {i} | {name if zh else en_names[name]} | {unit if zh else en_units[unit]} "
                    f"| {qty} | {fig(price)} | {fig(sub)}")
    rows.append(f"| 合计 | | | | | {fig(total)}" if zh else f"| Total | | | | | {fig(total)}")
    return rows, total


def zh_sales(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "XS", v.signed, v.no_seq)
    title = pick(rng, ["产品买卖合同", "销售合同", "购销合同"])
    table, total = _goods_table(rng, True)
    deliver = v.signed + timedelta(days=int(rng.integers(10, 60)))
    pre = (total * Decimal("0.3")).quantize(Decimal("0.01"))
    lines = _zh_header(title, no, [("卖方（甲方）", v.a, v.a_addr, v.a_rep),
                                   ("买方（乙方）", v.b, v.b_addr, v.b_rep)], rng)
    lines.append(ZH_PREAMBLE.format(a_short="甲方", b_short="乙方", subject="乙方向甲方购买产品"))
    lines += ["## 第一条 产品名称、数量及价款"] + table
    lines.append(_zh_amount_sentence(rng, total, "本合同总金额") + "上述价款已包含增值税及运输费用。")
    clauses = [
        ("交货时间及地点", f"甲方应于{zh_date(deliver)}前将货物运送至乙方指定地点：{v.b_addr}。"),
        ("付款方式", f"乙方应于本合同签订后五个工作日内向甲方支付合同总金额的30%作为预付款，即人民币{fig(pre)}元；"
                 "余款在货物验收合格后三十日内付清。"),
        ("质量标准及验收", "产品质量应符合国家标准及行业标准。乙方应在收货后七日内进行验收，如有异议应书面提出。"),
    ]
    lines += _renumber(_zh_clauses(clauses, rng, v), 2)
    lines += _zh_sign(("甲方", "乙方"), v, rng)
    t = _truth("zh", "sales", no, [("party_a", v.a, "卖方（甲方）"), ("party_b", v.b, "买方（乙方）")],
               v.signed, total=(total, "CNY"), words=zh_upper(total))
    return Filled(lines, t, v.a)


def _renumber(body: list[str], start: int) -> list[str]:
    out, i = [], start
    for ln in body:
        if ln.startswith("## 第"):
            head = ln.split(" ", 2)[-1]
            out.append(f"## 第{zh_clause_no(i)}条 {head}")
            i += 1
        else:
            out.append(ln)
    return out


def zh_purchase(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "CG", v.signed, v.no_seq)
    table, total = _goods_table(rng, True)
    lines = _zh_header("采购合同", no, [("采购方（甲方）", v.a, v.a_addr, v.a_rep),
                                      ("供应方（乙方）", v.b, v.b_addr, v.b_rep)], rng)
    lines.append(ZH_PREAMBLE.format(a_short="甲方", b_short="乙方", subject="甲方向乙方采购货物"))
    lines += ["## 第一条 采购标的"] + table
    lines.append(_zh_amount_sentence(rng, total, "合同总价"))
    warranty = int(rng.integers(12, 37))
    clauses = [
        ("交付", f"乙方应于{zh_date(v.signed + timedelta(days=int(rng.integers(7, 45))))}前完成全部货物交付。"),
        ("结算方式", "甲方在收到乙方开具的合法有效增值税专用发票及货物验收合格后三十个工作日内，以银行转账方式支付货款。"),
        ("质量保证", f"乙方保证所供货物为全新、未使用过的合格产品，质保期为验收合格之日起{warranty}个月。"),
    ]
    lines += _renumber(_zh_clauses(clauses, rng, v), 2)
    lines += _zh_sign(("甲方", "乙方"), v, rng)
    t = _truth("zh", "purchase", no, [("party_a", v.a, "采购方（甲方）"), ("party_b", v.b, "供应方（乙方）")],
               v.signed, total=(total, "CNY"), words=zh_upper(total))
    return Filled(lines, t, v.a)


def zh_service(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "FW", v.signed, v.no_seq)
    subject = pick(rng, ["信息系统运维", "软件开发", "物业管理", "咨询", "数据处理"])
    total = money(rng, 50_000, 2_000_000, step=1000)
    exp = add_years(v.effective, v.years) - timedelta(days=1)
    lines = _zh_header(f"{subject}服务合同", no, [("委托方（甲方）", v.a, v.a_addr, v.a_rep),
                                              ("服务方（乙方）", v.b, v.b_addr, v.b_rep)], rng)
    lines.append(ZH_PREAMBLE.format(a_short="甲方", b_short="乙方", subject=f"乙方为甲方提供{subject}服务"))
    clauses = [
        ("服务内容", f"乙方按照本合同附件《服务说明书》的要求，为甲方提供{subject}服务，并指派专人负责。"),
        ("服务期限", f"服务期限自{zh_date(v.effective)}起至{zh_date(exp)}止。"),
        ("服务费用", _zh_amount_sentence(rng, total, "本合同服务费总额") + "甲方按季度平均支付服务费。"),
        ("双方权利义务", "甲方应为乙方提供必要的工作条件和资料；乙方应按约定的标准和期限完成服务，并接受甲方的监督。"),
    ]
    lines += _zh_clauses(clauses, rng, v)
    lines += _zh_sign(("甲方", "乙方"), v, rng)
    t = _truth("zh", "service", no, [("party_a", v.a, "委托方（甲方）"), ("party_b", v.b, "服务方（乙方）")],
               v.signed, v.effective, exp, total=(total, "CNY"), words=zh_upper(total))
    return Filled(lines, t, v.a)


def zh_lease(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "ZL", v.signed, v.no_seq)
    start = add_months(v.signed.replace(day=1), 1)
    months = 12 * v.years
    end = add_months(start, months) - timedelta(days=1)
    rent = money(rng, 3_000, 60_000, step=100)
    total = rent * months
    deposit = rent * 2
    area = f"{int(rng.integers(40, 900))}.{int(rng.integers(0, 10))}"
    lines = _zh_header("房屋租赁合同", no, [("出租方（甲方）", v.a, v.a_addr, v.a_rep),
                                          ("承租方（乙方）", v.b, v.b_addr, v.b_rep)], rng)
    lines.append(ZH_PREAMBLE.format(a_short="甲方", b_short="乙方", subject="房屋租赁"))
    clauses = [
        ("租赁房屋", f"甲方将位于{zh_address(rng)}的房屋出租给乙方作办公使用，建筑面积{area}平方米。"),
        ("租赁期限", f"租赁期限自{zh_date(start)}起至{zh_date(end)}止，共计{months}个月。"),
        ("租金及支付", f"月租金为人民币{fig(rent)}元，租金总额为人民币{fig(total)}元（大写：人民币{zh_upper(total)}），"
                   "乙方按季度预付租金。"),
        ("押金", f"乙方应于本合同签订之日向甲方支付押金人民币{fig(deposit)}元，租赁期满乙方无违约的，甲方无息退还。"),
        ("房屋维修", "租赁期间房屋主体结构的维修由甲方负责；因乙方使用不当造成损坏的，由乙方负责修复或赔偿。"),
    ]
    lines += _zh_clauses(clauses, rng, v)
    lines += _zh_sign(("出租方", "承租方"), v, rng)
    t = _truth("zh", "lease", no, [("party_a", v.a, "出租方（甲方）"), ("party_b", v.b, "承租方（乙方）")],
               v.signed, start, end, total=(total, "CNY"), words=zh_upper(total))
    return Filled(lines, t, v.a)


def zh_nda(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "BM", v.signed, v.no_seq)
    exp = add_years(v.effective, v.years + 1) - timedelta(days=1)
    penalty = money(rng, 100_000, 1_000_000, step=50_000)
    lines = _zh_header(pick(rng, ["保密协议", "商业保密协议"]), no,
                       [("披露方（甲方）", v.a, v.a_addr, v.a_rep), ("接收方（乙方）", v.b, v.b_addr, v.b_rep)], rng)
    lines.append(ZH_PREAMBLE.format(a_short="甲方", b_short="乙方", subject="保密信息的使用和保护"))
    clauses = [
        ("保密信息", "本协议所称保密信息，是指甲方以书面、口头或电子形式向乙方披露的技术信息、经营信息及其他商业秘密。"),
        ("保密义务", "乙方仅得为双方合作之目的使用保密信息，应采取不低于保护自身同类信息的措施防止保密信息泄露。"),
        ("保密期限", f"本协议有效期自{zh_date(v.effective)}至{zh_date(exp)}，有效期届满后乙方的保密义务继续有效三年。"),
        ("违约金", f"乙方违反本协议约定的，应向甲方支付违约金人民币{fig(penalty)}元；违约金不足以弥补损失的，乙方应继续赔偿。"),
    ]
    lines += _zh_clauses(clauses, rng, v, n_boiler=3)
    lines += _zh_sign(("甲方", "乙方"), v, rng)
    t = _truth("zh", "nda", no, [("party_a", v.a, "披露方（甲方）"), ("party_b", v.b, "接收方（乙方）")],
               v.signed, v.effective, exp)
    return Filled(lines, t, v.a)


def zh_employment(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"))
    person = kw.get("party_b") or zh_person(rng)
    v.b = person
    no = contract_no(rng, "LD", v.signed, v.no_seq)
    end = add_years(v.effective, v.years + 1) - timedelta(days=1)
    salary = money(rng, 6_000, 45_000, step=500)
    id_no = f"{int(rng.integers(110000, 659999))}{int(rng.integers(1970, 2003))}{int(rng.integers(1, 13)):02d}{int(rng.integers(1, 29)):02d}{int(rng.integers(1000, 9999))}"
    lines = [pick(rng, ["劳动合同", "劳动合同书"]), f">> 合同编号：{no}", "",
             f"用人单位（甲方）：{v.a}", f"住所地：{v.a_addr}", f"法定代表人：{v.a_rep}", "",
             f"劳动者（乙方）：{person}", f"身份证号码：{id_no}", f"联系地址：{zh_address(rng)}", "",
             "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规，甲乙双方遵循合法、公平、平等自愿、"
             "协商一致、诚实信用的原则，签订本合同。"]
    clauses = [
        ("合同期限", f"本合同为固定期限劳动合同，期限自{zh_date(v.effective)}起至{zh_date(end)}止，"
                 f"其中试用期{int(rng.integers(1, 7))}个月。"),
        ("工作内容和工作地点", f"乙方同意根据甲方工作需要，担任{pick(rng, ['软件工程师', '销售经理', '财务专员', '行政主管', '产品经理'])}岗位，工作地点为{v.city}市。"),
        ("劳动报酬", f"乙方月工资为人民币{fig(salary)}元（税前），甲方于每月十五日前以货币形式支付乙方上月工资。"),
        ("社会保险", "甲乙双方应依法参加社会保险，按时足额缴纳社会保险费。"),
    ]
    lines += _zh_clauses(clauses, rng, v, n_boiler=2)
    lines += _zh_sign(("甲方", "乙方"), v, rng, b_is_person=True, sign_place=False)
    t = _truth("zh", "employment", no, [("party_a", v.a, "用人单位（甲方）"), ("party_b", person, "劳动者（乙方）")],
               v.signed, v.effective, end)
    return Filled(lines, t, v.a)


def zh_loan(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "JK", v.signed, v.no_seq)
    total = money(rng, 100_000, 5_000_000, step=10_000)
    start = v.effective
    end = add_months(start, 6 * int(rng.integers(1, 7))) - timedelta(days=1)
    rate = pick(rng, ["3.85", "4.35", "4.75", "5.2", "6"])
    guarantor = kw.get("party_c") if "party_c" in kw else (v.c if rng.random() < 0.6 else None)
    roles = [("出借人（甲方）", v.a, v.a_addr, v.a_rep), ("借款人（乙方）", v.b, v.b_addr, v.b_rep)]
    if guarantor:
        roles.append(("担保人（丙方）", guarantor, zh_address(rng), zh_person(rng)))
    lines = _zh_header("借款合同", no, roles, rng)
    lines.append(ZH_PREAMBLE.format(a_short="甲方", b_short="乙方", subject="乙方向甲方借款"))
    clauses = [
        ("借款金额", "乙方向甲方借款，" + _zh_amount_sentence(rng, total, "借款本金")),
        ("借款期限", f"借款期限自{zh_date(start)}起至{zh_date(end)}止。"),
        ("借款利率", f"借款年利率为{rate}%，按月结息，到期一次性归还本金。"),
        ("还款", "乙方应按期足额归还借款本息，逾期还款的，应按日万分之五向甲方支付逾期利息。"),
    ]
    if guarantor:
        clauses.append(("担保", "丙方自愿为乙方在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期届满之日起三年。"))
    lines += _zh_clauses(clauses, rng, v, n_boiler=3)
    lines += _zh_sign(("甲方", "乙方"), v, rng)
    if guarantor:
        lines.insert(len(lines) - 1, f"丙方（盖章）：{guarantor}")
    parties = [("party_a", v.a, "出借人（甲方）"), ("party_b", v.b, "借款人（乙方）")]
    if guarantor:
        parties.append(("party_c", guarantor, "担保人（丙方）"))
    t = _truth("zh", "loan", no, parties, v.signed, start, end, total=(total, "CNY"),
               words=zh_upper(total))
    return Filled(lines, t, v.a)


def zh_license(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "XK", v.signed, v.no_seq)
    total = money(rng, 80_000, 3_000_000, step=5_000)
    exp = add_years(v.effective, v.years + 1) - timedelta(days=1)
    tech = pick(rng, ["图像识别算法", "工业物联网平台软件", "高分子材料制备工艺", "智能仓储调度系统"])
    patent = f"ZL{int(rng.integers(2015, 2024))}{int(rng.integers(1, 3))}{int(rng.integers(1000000, 9999999))}.{int(rng.integers(0, 10))}"
    lines = _zh_header(pick(rng, ["技术许可合同", "专利实施许可合同", "软件许可协议"]), no,
                       [("许可方（甲方）", v.a, v.a_addr, v.a_rep), ("被许可方（乙方）", v.b, v.b_addr, v.b_rep)], rng)
    lines.append(ZH_PREAMBLE.format(a_short="甲方", b_short="乙方", subject=f"{tech}的许可使用"))
    clauses = [
        ("许可内容", f"甲方同意将其拥有的{tech}（专利号：{patent}）以普通许可方式许可乙方在中国大陆地区使用。"),
        ("许可期限", f"许可期限自{zh_date(v.effective)}至{zh_date(exp)}。"),
        ("许可使用费", _zh_amount_sentence(rng, total, "许可使用费总额") + "乙方分两期支付。"),
        ("技术资料", "甲方应在本合同生效后十五日内向乙方交付实施许可技术所需的全部技术资料。"),
    ]
    lines += _zh_clauses(clauses, rng, v, n_boiler=3)
    lines += _zh_sign(("甲方", "乙方"), v, rng)
    t = _truth("zh", "license", no, [("party_a", v.a, "许可方（甲方）"), ("party_b", v.b, "被许可方（乙方）")],
               v.signed, v.effective, exp, total=(total, "CNY"), words=zh_upper(total))
    return Filled(lines, t, v.a)


def zh_framework(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "KJ", v.signed, v.no_seq)
    exp = add_years(v.effective, v.years) - timedelta(days=1)
    lines = _zh_header(pick(rng, ["战略合作框架协议", "采购框架协议", "框架合作协议"]), no,
                       [("甲方", v.a, v.a_addr, v.a_rep), ("乙方", v.b, v.b_addr, v.b_rep)], rng)
    lines.append(ZH_PREAMBLE.format(a_short="甲方", b_short="乙方", subject="长期业务合作"))
    clauses = [
        ("合作内容", "双方在产品供应、技术开发及市场推广等领域开展长期合作，具体合作事项以双方另行签订的订单或具体合同为准。"),
        ("订单", "甲方根据实际需要向乙方发出订单，订单应载明产品名称、规格、数量、单价、交货期等内容，订单经乙方确认后生效。"),
        ("价格", "产品价格以双方确认的年度报价单为准，报价单有效期内价格不作调整。"),
        ("协议期限", f"本协议有效期自{zh_date(v.effective)}至{zh_date(exp)}止。期满前一个月双方无异议的，本协议自动延续一年。"),
    ]
    lines += _zh_clauses(clauses, rng, v, n_boiler=3)
    lines += _zh_sign(("甲方", "乙方"), v, rng)
    t = _truth("zh", "framework", no, [("party_a", v.a, "甲方"), ("party_b", v.b, "乙方")],
               v.signed, v.effective, exp)
    return Filled(lines, t, v.a)


def zh_supplementary(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "zh", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "BC", v.signed, v.no_seq)
    orig_date = v.signed - timedelta(days=int(rng.integers(60, 500)))
    orig_no = contract_no(rng, pick(rng, ["XS", "CG", "FW"]), orig_date, int(rng.integers(1, 999)))
    old = money(rng, 100_000, 2_000_000, step=1000)
    new = old + money(rng, 10_000, 300_000, step=1000)
    eff = v.signed + timedelta(days=int(rng.integers(0, 15)))
    lines = _zh_header("补充协议", no, [("甲方", v.a, v.a_addr, ""), ("乙方", v.b, v.b_addr, "")], rng)
    lines.append(f"鉴于甲乙双方于{zh_date(orig_date)}签订了编号为{orig_no}的《{pick(rng, ['产品买卖合同', '采购合同', '技术服务合同'])}》"
                 "（以下简称“原合同”），现经双方友好协商，就原合同变更事项达成如下补充协议：")
    clauses = [
        ("价款变更", f"原合同总金额由人民币{fig(old)}元调整为人民币{fig(new)}元（大写：人民币{zh_upper(new)}）。"),
        ("其他条款", "除本补充协议明确变更的内容外，原合同其他条款继续有效。本补充协议与原合同约定不一致的，以本补充协议为准。"),
        ("生效", f"本补充协议自{zh_date(eff)}起生效，一式两份，双方各执一份。"),
    ]
    for i, (head, body) in enumerate(clauses, start=1):
        lines += [f"## 第{zh_clause_no(i)}条 {head}", body]
    lines += _zh_sign(("甲方", "乙方"), v, rng, sign_place=False)
    t = _truth("zh", "supplementary", no, [("party_a", v.a, "甲方"), ("party_b", v.b, "乙方")],
               v.signed, eff, None, total=(new, "CNY"), words=zh_upper(new))
    t["original_contract_no"] = orig_no
    return Filled(lines, t, v.a)


# --------------------------------------------------------------------------------------------
# English templates
# --------------------------------------------------------------------------------------------
EN_BOILER = [
    ("Confidentiality", "Each Party shall keep confidential all non-public information received from "
                        "the other Party and shall not disclose it to any third party without prior written consent."),
    ("Force Majeure", "Neither Party shall be liable for any failure or delay in performance caused by "
                      "events beyond its reasonable control, including natural disasters, war, epidemics or "
                      "governmental action, provided that it notifies the other Party promptly in writing."),
    ("Termination", "Either Party may terminate this Agreement with immediate effect by written notice if "
                    "the other Party commits a material breach and fails to remedy it within thirty (30) days."),
    ("Notices", "All notices under this Agreement shall be in writing and delivered by hand, courier or "
                "email to the addresses set out above."),
    ("Governing Law and Disputes", "This Agreement shall be governed by the laws of {law}. Any dispute "
                                   "arising out of or in connection with this Agreement shall be submitted to "
                                   "{forum} for arbitration."),
    ("Entire Agreement", "This Agreement constitutes the entire agreement between the Parties and "
                         "supersedes all prior negotiations and understandings. Any amendment must be in "
                         "writing and signed by both Parties."),
]
EN_FORUMS = [("the Republic of Singapore", "the Singapore International Arbitration Centre"),
             ("Hong Kong", "the Hong Kong International Arbitration Centre"),
             ("the People's Republic of China", "the China International Economic and Trade Arbitration Commission"),
             ("the State of New York", "the American Arbitration Association"),
             ("England and Wales", "the London Court of International Arbitration")]


def _en_boiler(rng: np.random.Generator, start: int, k: int | None = None) -> list[str]:
    law, forum = pick(rng, EN_FORUMS)
    k = k if k is not None else int(rng.integers(3, len(EN_BOILER) + 1))
    idx = sorted(rng.choice(len(EN_BOILER) - 1, size=k - 1, replace=False)) + [len(EN_BOILER) - 1]
    out: list[str] = []
    for i, j in enumerate(idx, start=start):
        head, body = EN_BOILER[int(j)]
        out += [f"## {i}. {head}", body.format(law=law, forum=forum)]
    return out


def _en_clauses(clauses: list[tuple[str, str]], rng: np.random.Generator,
                k: int | None = None) -> list[str]:
    out: list[str] = []
    for i, (head, body) in enumerate(clauses, start=1):
        out += [f"## {i}. {head}", body]
    return out + _en_boiler(rng, len(clauses) + 1, k)


def _en_party_intro(v: Values, a_label: str, b_label: str, rng: np.random.Generator,
                    made: str, b_person: bool = False) -> list[str]:
    a_desc = f"a company incorporated under the laws of {v.en_place_a[1]}, with its registered office at {v.a_addr}"
    b_desc = (f"an individual residing at {v.b_addr}" if b_person else
              f"a company incorporated under the laws of {v.en_place_b[1]}, with its registered office at {v.b_addr}")
    if rng.random() < 0.5:
        return [f"{made} by and between {v.a}, {a_desc} (\"{a_label}\"), and {v.b}, {b_desc} (\"{b_label}\").",
                f"{a_label} and {b_label} are each referred to as a \"Party\" and together as the \"Parties\"."]
    return [f"{made} by and between:",
            f"{a_label}: {v.a}", f"Address: {v.a_addr}",
            f"{b_label}: {v.b}", f"Address: {v.b_addr}"]


def _en_sign(v: Values, labels: tuple[str, str], rng: np.random.Generator,
             b_person: bool = False) -> list[str]:
    d = en_date(v.signed) if rng.random() < 0.75 else v.signed.isoformat()
    titles = ["Director", "Chief Executive Officer", "General Manager", "Authorized Signatory",
              "Managing Director"]
    return ["", "IN WITNESS WHEREOF, the Parties have caused this Agreement to be executed by their "
                "duly authorized representatives on the date written below.", "@@SIGNATURE", "",
            f"{labels[0]}: {v.a}\t{labels[1]}: {v.b}",
            "By: ______________________\tBy: ______________________",
            f"Name: {v.a_rep}\tName: {v.b if b_person else v.b_rep}",
            f"Title: {pick(rng, titles)}\t" + ("" if b_person else f"Title: {pick(rng, titles)}"),
            f"Date: {d}\tDate: {d}"]


def _en_money(rng: np.random.Generator, v: Decimal, cur: str) -> str:
    code, _ = CURRENCY_EN[cur]
    sym = {"USD": "US$", "CNY": "RMB ", "EUR": "EUR ", "HKD": "HK$"}[cur]
    style = int(rng.integers(3))
    if style == 0:
        return f"{code} {fig(v)} ({en_amount_words(v, cur)})"
    if style == 1:
        return f"{sym}{fig(v)}" if cur != "USD" else f"${fig(v)} ({code})"
    return f"{code} {fig(v)}"


def _en_title_no(title: str, no: str, rng: np.random.Generator) -> list[str]:
    label = pick(rng, ["Contract No.", "Agreement No.", "Ref. No."])
    return [title, f">> {label}: {no}", ""]


def en_sales(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "SC", v.signed, v.no_seq)
    cur = pick(rng, ["USD", "USD", "EUR", "CNY"])
    table, total = _goods_table(rng, False)
    lines = _en_title_no(pick(rng, ["SALES CONTRACT", "SALE AND PURCHASE AGREEMENT"]), no, rng)
    lines += _en_party_intro(v, "Seller", "Buyer", rng, f"This Sales Contract is made on {en_date(v.signed)}")
    lines += ["", f"## 1. Goods and Price (currency: {cur})"] + table
    lines.append(f"The total contract price is {_en_money(rng, total, cur)}, inclusive of packing and "
                 "delivery to the Buyer's premises.")
    deposit = (total * Decimal("0.2")).quantize(Decimal("0.01"))
    clauses = [
        ("Delivery", f"The Seller shall deliver the Goods no later than {en_date(v.signed + timedelta(days=int(rng.integers(15, 75))))} "
                     f"(Incoterms 2020: {pick(rng, ['FOB Shanghai', 'CIF Rotterdam', 'DAP Singapore', 'EXW Shenzhen'])})."),
        ("Payment", f"The Buyer shall pay a deposit of {CURRENCY_EN[cur][0]} {fig(deposit)} within seven (7) days of "
                    "signing and the balance within thirty (30) days after acceptance of the Goods."),
        ("Inspection and Warranty", "The Goods shall conform to the agreed specifications. The Seller warrants the "
                                    "Goods against defects in materials and workmanship for twelve (12) months from delivery."),
    ]
    lines += _renumber_en(_en_clauses(clauses, rng), 2)
    lines += _en_sign(v, ("SELLER", "BUYER"), rng)
    t = _truth("en", "sales", no, [("party_a", v.a, "Seller"), ("party_b", v.b, "Buyer")], v.signed,
               total=(total, cur))
    return Filled(lines, t, v.a)


def _renumber_en(body: list[str], start: int) -> list[str]:
    out, i = [], start
    for ln in body:
        if ln.startswith("## ") and ln[3:4].isdigit():
            out.append(f"## {i}. {ln.split('. ', 1)[1]}")
            i += 1
        else:
            out.append(ln)
    return out


def en_purchase(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "PO", v.signed, v.no_seq)
    cur = pick(rng, ["USD", "CNY", "HKD"])
    table, total = _goods_table(rng, False)
    lines = _en_title_no(pick(rng, ["PURCHASE AGREEMENT", "PURCHASE CONTRACT"]), no, rng)
    lines += _en_party_intro(v, "Party A (Purchaser)", "Party B (Supplier)", rng,
                             f"This Purchase Agreement is entered into on {en_date(v.signed)}")
    lines += ["", f"## 1. Products (prices in {cur})"] + table
    lines.append(f"Total Purchase Price: {_en_money(rng, total, cur)}.")
    clauses = [
        ("Delivery", f"Party B shall deliver all Products on or before {en_date(v.signed + timedelta(days=int(rng.integers(10, 60))))}."),
        ("Invoicing and Payment", "Party A shall pay each undisputed invoice within forty-five (45) days of receipt "
                                  "by wire transfer to the bank account designated by Party B."),
        ("Quality", "Party B warrants that the Products are new, of merchantable quality and free from defects."),
    ]
    lines += _renumber_en(_en_clauses(clauses, rng), 2)
    lines += _en_sign(v, ("PARTY A", "PARTY B"), rng)
    t = _truth("en", "purchase", no, [("party_a", v.a, "Party A (Purchaser)"),
                                      ("party_b", v.b, "Party B (Supplier)")], v.signed, total=(total, cur))
    return Filled(lines, t, v.a)


def en_service(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "SA", v.signed, v.no_seq)
    cur = pick(rng, ["USD", "USD", "CNY", "EUR"])
    total = money(rng, 20_000, 900_000, step=500)
    exp = add_years(v.effective, v.years) - timedelta(days=1)
    lines = _en_title_no(pick(rng, ["SERVICE AGREEMENT", "MASTER SERVICES AGREEMENT", "CONSULTING SERVICES AGREEMENT"]), no, rng)
    lines += _en_party_intro(v, "Client", "Service Provider", rng,
                             f"This Service Agreement (the \"Agreement\") is made on {en_date(v.signed)}")
    clauses = [
        ("Services", "The Service Provider shall provide the services described in Schedule 1 (the \"Services\") "
                     "with due skill, care and diligence."),
        ("Term", f"This Agreement shall take effect on {en_date(v.effective)} (the \"Effective Date\") and shall "
                 f"continue for a term of {term_words(v.years, 'year')} from the Effective Date, unless terminated earlier."),
        ("Fees", f"In consideration of the Services, the Client shall pay the Service Provider a total fee of "
                 f"{_en_money(rng, total, cur)}, payable in equal monthly installments."),
    ]
    lines += [""] + _en_clauses(clauses, rng)
    lines += _en_sign(v, ("CLIENT", "SERVICE PROVIDER"), rng)
    t = _truth("en", "service", no, [("party_a", v.a, "Client"), ("party_b", v.b, "Service Provider")],
               v.signed, v.effective, exp, total=(total, cur), from_term=True)
    return Filled(lines, t, v.a)


def en_lease(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "LA", v.signed, v.no_seq)
    cur = pick(rng, ["USD", "HKD", "CNY"])
    start = add_months(v.signed.replace(day=1), 1)
    months = 12 * v.years
    end = add_months(start, months) - timedelta(days=1)
    rent = money(rng, 2_000, 40_000, step=50)
    total = rent * months
    lines = _en_title_no(pick(rng, ["LEASE AGREEMENT", "OFFICE LEASE AGREEMENT"]), no, rng)
    lines += _en_party_intro(v, "Lessor", "Lessee", rng, f"This Lease Agreement is made on {en_date(v.signed)}")
    clauses = [
        ("Premises", f"The Lessor leases to the Lessee the premises at {pick(rng, EN_PLACES)[2]} with a gross floor "
                     f"area of approximately {int(rng.integers(60, 1500))} square meters (the \"Premises\")."),
        ("Term", f"The lease term shall commence on {en_date(start)} and end on {en_date(end)}."),
        ("Rent", f"The monthly rent is {CURRENCY_EN[cur][0]} {fig(rent)}. The total rent for the lease term is "
                 f"{_en_money(rng, total, cur)}, payable monthly in advance."),
        ("Security Deposit", f"Upon signing, the Lessee shall pay a security deposit of {CURRENCY_EN[cur][0]} {fig(rent * 3)}."),
    ]
    lines += [""] + _en_clauses(clauses, rng)
    lines += _en_sign(v, ("LESSOR", "LESSEE"), rng)
    t = _truth("en", "lease", no, [("party_a", v.a, "Lessor"), ("party_b", v.b, "Lessee")], v.signed,
               start, end, total=(total, cur))
    return Filled(lines, t, v.a)


def en_nda(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "NDA", v.signed, v.no_seq)
    exp = add_years(v.effective, v.years + 1) - timedelta(days=1)
    lines = _en_title_no(pick(rng, ["NON-DISCLOSURE AGREEMENT", "CONFIDENTIALITY AGREEMENT"]), no, rng)
    lines += _en_party_intro(v, "Disclosing Party", "Receiving Party", rng,
                             f"This Non-Disclosure Agreement is entered into as of {en_date(v.effective)} (the \"Effective Date\")")
    clauses = [
        ("Confidential Information", "\"Confidential Information\" means all technical, commercial and financial "
                                     "information disclosed by the Disclosing Party, whether orally, in writing or electronically."),
        ("Obligations", "The Receiving Party shall use the Confidential Information solely for evaluating a "
                        "potential business relationship and shall protect it with at least reasonable care."),
        ("Term", f"This Agreement shall remain in force for a period of {term_words(v.years + 1, 'year')} from the "
                 "Effective Date. The obligations of confidentiality shall survive termination for three (3) years."),
    ]
    lines += [""] + _en_clauses(clauses, rng, k=3)
    lines += _en_sign(v, ("DISCLOSING PARTY", "RECEIVING PARTY"), rng)
    t = _truth("en", "nda", no, [("party_a", v.a, "Disclosing Party"), ("party_b", v.b, "Receiving Party")],
               v.signed, v.effective, exp, from_term=True)
    return Filled(lines, t, v.a)


def en_employment(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"))
    person = kw.get("party_b") or en_person(rng)
    v.b, v.b_addr = person, pick(rng, EN_PLACES)[2]
    no = contract_no(rng, "EMP", v.signed, v.no_seq)
    exp = add_years(v.effective, v.years) - timedelta(days=1)
    cur = pick(rng, ["USD", "HKD", "CNY"])
    salary = money(rng, 3_000, 20_000, step=100)
    lines = _en_title_no("EMPLOYMENT CONTRACT", no, rng)
    lines += _en_party_intro(v, "Employer", "Employee", rng,
                             f"This Employment Contract is made on {en_date(v.signed)}", b_person=True)
    clauses = [
        ("Position", f"The Employer employs the Employee as {pick(rng, ['Senior Engineer', 'Sales Manager', 'Financial Analyst', 'Product Designer'])}."),
        ("Term", f"Employment commences on {en_date(v.effective)} (the \"Commencement Date\") for a fixed term of "
                 f"{term_words(v.years, 'year')}, including a probation period of three (3) months."),
        ("Remuneration", f"The Employee shall receive a gross monthly salary of {CURRENCY_EN[cur][0]} {fig(salary)}, "
                         "payable on the last working day of each month."),
        ("Working Hours and Leave", "Normal working hours are forty (40) hours per week. The Employee is entitled "
                                    "to fifteen (15) working days of paid annual leave."),
    ]
    lines += [""] + _en_clauses(clauses, rng, k=2)
    lines += _en_sign(v, ("EMPLOYER", "EMPLOYEE"), rng, b_person=True)
    t = _truth("en", "employment", no, [("party_a", v.a, "Employer"), ("party_b", person, "Employee")],
               v.signed, v.effective, exp, from_term=True)
    return Filled(lines, t, v.a)


def en_loan(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "LN", v.signed, v.no_seq)
    cur = pick(rng, ["USD", "CNY", "EUR"])
    total = money(rng, 50_000, 3_000_000, step=5_000)
    end = add_months(v.effective, 12 * v.years) - timedelta(days=1)
    lines = _en_title_no("LOAN AGREEMENT", no, rng)
    lines += _en_party_intro(v, "Lender", "Borrower", rng, f"This Loan Agreement is made on {en_date(v.signed)}")
    clauses = [
        ("Loan", f"The Lender agrees to lend to the Borrower a principal amount of {_en_money(rng, total, cur)} "
                 "(the \"Loan\")."),
        ("Term and Repayment", f"The Loan is advanced on {en_date(v.effective)} and shall be repaid in full on or before "
                               f"{en_date(end)} (the \"Maturity Date\")."),
        ("Interest", f"Interest accrues at {pick(rng, ['4.5', '5.0', '6.25', '7'])}% per annum, calculated on the "
                     "basis of a 365-day year and payable quarterly in arrears."),
    ]
    lines += [""] + _en_clauses(clauses, rng, k=3)
    lines += _en_sign(v, ("LENDER", "BORROWER"), rng)
    t = _truth("en", "loan", no, [("party_a", v.a, "Lender"), ("party_b", v.b, "Borrower")], v.signed,
               v.effective, end, total=(total, cur))
    return Filled(lines, t, v.a)


def en_license(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "LIC", v.signed, v.no_seq)
    cur = pick(rng, ["USD", "EUR"])
    total = money(rng, 10_000, 800_000, step=1_000)
    exp = add_years(v.effective, v.years + 1) - timedelta(days=1)
    product = pick(rng, ["the SmartVision image recognition software", "Patent No. US 10,987,654 B2",
                         "the FlowOps workflow engine", "the NeoCell battery process know-how"])
    lines = _en_title_no(pick(rng, ["LICENSE AGREEMENT", "SOFTWARE LICENSE AGREEMENT", "TECHNOLOGY LICENSE AGREEMENT"]), no, rng)
    lines += _en_party_intro(v, "Licensor", "Licensee", rng,
                             f"This License Agreement is made on {en_date(v.signed)} and is effective as of "
                             f"{en_date(v.effective)} (the \"Effective Date\")")
    clauses = [
        ("Grant of License", f"The Licensor grants to the Licensee a non-exclusive, non-transferable license to use "
                             f"{product} within the Territory."),
        ("License Fee", f"The Licensee shall pay a license fee of {_en_money(rng, total, cur)} within thirty (30) "
                        "days after the Effective Date."),
        ("Term", f"This Agreement shall commence on the Effective Date and continue for a term of "
                 f"{term_words(v.years + 1, 'year')}."),
    ]
    lines += [""] + _en_clauses(clauses, rng, k=3)
    lines += _en_sign(v, ("LICENSOR", "LICENSEE"), rng)
    t = _truth("en", "license", no, [("party_a", v.a, "Licensor"), ("party_b", v.b, "Licensee")], v.signed,
               v.effective, exp, total=(total, cur), from_term=True)
    return Filled(lines, t, v.a)


def en_framework(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "FA", v.signed, v.no_seq)
    exp = add_years(v.effective, v.years) - timedelta(days=1)
    lines = _en_title_no(pick(rng, ["FRAMEWORK AGREEMENT", "MASTER SUPPLY FRAMEWORK AGREEMENT"]), no, rng)
    lines += _en_party_intro(v, "Party A", "Party B", rng, f"This Framework Agreement is made on {en_date(v.signed)}")
    clauses = [
        ("Scope", "This Agreement sets out the general terms on which Party B will supply products and services "
                  "to Party A. Individual purchases shall be made by separate purchase orders."),
        ("Purchase Orders", "Each purchase order shall specify the products, quantities, prices and delivery "
                            "dates, and becomes binding upon written acceptance by Party B."),
        ("Term", f"This Agreement is valid from {en_date(v.effective)} to {en_date(exp)}."),
    ]
    lines += [""] + _en_clauses(clauses, rng, k=3)
    lines += _en_sign(v, ("PARTY A", "PARTY B"), rng)
    t = _truth("en", "framework", no, [("party_a", v.a, "Party A"), ("party_b", v.b, "Party B")], v.signed,
               v.effective, exp)
    return Filled(lines, t, v.a)


def en_supplementary(rng: np.random.Generator, **kw: Any) -> Filled:
    v = values(rng, "en", kw.get("party_a"), kw.get("party_b"))
    no = contract_no(rng, "SUP", v.signed, v.no_seq)
    cur = pick(rng, ["USD", "CNY"])
    orig_date = v.signed - timedelta(days=int(rng.integers(60, 500)))
    orig_no = contract_no(rng, "SA", orig_date, int(rng.integers(1, 999)))
    old = money(rng, 50_000, 900_000, step=500)
    new = old + money(rng, 5_000, 200_000, step=500)
    eff = v.signed + timedelta(days=int(rng.integers(0, 15)))
    lines = _en_title_no(pick(rng, ["SUPPLEMENTARY AGREEMENT", "AMENDMENT NO. 1"]), no, rng)
    lines += _en_party_intro(v, "Party A", "Party B", rng,
                             f"This Supplementary Agreement is made on {en_date(v.signed)}")
    lines += ["", f"WHEREAS, the Parties entered into the Service Agreement No. {orig_no} dated {en_date(orig_date)} "
                  "(the \"Original Agreement\") and wish to amend it as follows:"]
    clauses = [
        ("Contract Price", f"The total contract price under the Original Agreement is amended from "
                           f"{CURRENCY_EN[cur][0]} {fig(old)} to {_en_money(rng, new, cur)}."),
        ("Effect", f"This Supplementary Agreement takes effect on {en_date(eff)}. All other terms of the Original "
                   "Agreement remain unchanged and in full force."),
    ]
    for i, (head, body) in enumerate(clauses, start=1):
        lines += [f"## {i}. {head}", body]
    lines += _en_sign(v, ("PARTY A", "PARTY B"), rng)
    t = _truth("en", "supplementary", no, [("party_a", v.a, "Party A"), ("party_b", v.b, "Party B")],
               v.signed, eff, None, total=(new, cur))
    t["original_contract_no"] = orig_no
    return Filled(lines, t, v.a)


TEMPLATES: dict[tuple[str, str], Callable[..., Filled]] = {
    ("sales", "zh"): zh_sales, ("purchase", "zh"): zh_purchase, ("service", "zh"): zh_service,
    ("lease", "zh"): zh_lease, ("nda", "zh"): zh_nda, ("employment", "zh"): zh_employment,
    ("loan", "zh"): zh_loan, ("license", "zh"): zh_license, ("framework", "zh"): zh_framework,
    ("supplementary", "zh"): zh_supplementary,
    ("sales", "en"): en_sales, ("purchase", "en"): en_purchase, ("service", "en"): en_service,
    ("lease", "en"): en_lease, ("nda", "en"): en_nda, ("employment", "en"): en_employment,
    ("loan", "en"): en_loan, ("license", "en"): en_license, ("framework", "en"): en_framework,
    ("supplementary", "en"): en_supplementary,
}


def make_contract(contract_type: str, lang: str, rng: np.random.Generator, **overrides: Any) -> Filled:
    """Fill the development template for ``contract_type`` in ``lang`` ("zh"/"en").

    ``overrides``: ``party_a``, ``party_b`` (names), ``party_c`` (zh loan guarantor, or None).
    """
    try:
        fn = TEMPLATES[(contract_type, lang)]
    except KeyError:
        raise ValueError(f"no template for {contract_type!r} in {lang!r}") from None
    return fn(rng, **overrides)


def random_contract(rng: np.random.Generator) -> Filled:
    ctype = pick(rng, CONTRACT_TYPES)
    return make_contract(ctype, pick(rng, ["zh", "en"]), rng)
