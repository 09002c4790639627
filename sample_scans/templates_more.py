"""A third development corpus aimed at the parts real contracts vary most: how the parties are
introduced, where and how the contract number is printed, and titles that do not name the type.

Layouts drawn here (from Chinese model contracts and English commercial practice):

* parties: ``甲方（盖章）：X`` lines, the name on the line after the label, a flattened party
  table (``| 甲方 | 名称 | X |``), a ``甲方`` heading followed by ``名称：X``, declarations
  ``X（以下简称"甲方"）``, English "between A (hereinafter "the Licensee") and B", "(1) A …
  (2) B" lists, "Party A | Name | X" rows, person names for employees and borrowers;
* contract numbers: 合同编号 / 合同号 / 编号 / 协议编号 / No. / Contract No. / Agreement No. /
  Ref. / Our Ref / Reference, at the top, right-aligned, in a cover table or at the bottom, in
  shapes like ``沪租〔2024〕第0123号``, ``SA/2024/0178``, ``HT-2024-00031``;
* titles: the type-naming title, or a bare "合同书" / "协议书" / "AGREEMENT" with the type only in
  the body;
* text-level OCR noise (``noisy=True``): 甲方 read as 甲万, colons lost, a space inside a name,
  ``0`` read as ``O``.

Ground truth has the format of :mod:`sample_scans.templates`; roles as in
:mod:`sample_scans.templates_varied` (printed 甲方/乙方 and Party A/B are authoritative).

    make_contract(contract_type, lang, rng, noisy=False) -> Filled
    random_contract(rng) -> Filled
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np

from sample_scans.templates import (
    CONTRACT_TYPES, Filled, en_company, en_person, fig, pick, rand_date, zh_address, zh_company,
    zh_person,
)
from sample_scans.templates_varied import (
    _truth, en_company_any, en_date_any, money_in, zh_date_any,
)

__all__ = ["make_contract", "random_contract"]

Rng = np.random.Generator

# ---------------------------------------------------------------------------------------------
# Chinese
# ---------------------------------------------------------------------------------------------
# type -> (titles, (role a, role b), party B a person?, body clauses)
ZH: dict[str, tuple[list[str], list[tuple[str, str]], float, list[str]]] = {
    "sales": (["买卖合同", "产品销售合同", "购销合同", "钢材买卖合同"],
              [("出卖人", "买受人"), ("供方", "需方"), ("卖方", "买方")], 0.0,
              ["标的物名称、规格型号、数量及价款详见下表，出卖人保证标的物质量符合国家标准。",
               "卖方负责将货物送至买方指定地点，运输费用由卖方承担，货物毁损灭失的风险自交付时转移。",
               "买方应在收到货物之日起五日内进行验收，验收合格后十五日内支付货款。",
               "标的物的所有权自买方付清全部货款之日起转移至买方。"]),
    "purchase": (["采购合同", "材料采购合同", "设备采购合同"],
                 [("采购方", "供应方"), ("需方", "供方"), ("采购人", "供应商")], 0.0,
                 ["采购方向供应方订购下列产品，供应方应按采购方提出的技术要求组织生产并按期交货。",
                  "供应商应随货提供产品合格证、检测报告及装箱清单，采购方验收合格后办理入库。",
                  "采购人在收到合格发票后三十日内以银行转账方式支付采购价款。"]),
    "service": (["技术服务合同", "委托服务协议", "信息系统运维服务合同", "咨询服务协议"],
                [("委托方", "受托方"), ("甲方", "乙方"), ("委托人", "服务方")], 0.0,
                ["服务内容：乙方为甲方提供信息系统的日常运行维护、故障处理及技术支持服务。",
                 "服务期限内，服务方应安排专职工程师驻场，响应时间不超过两小时。",
                 "服务费按季度结算，委托方在收到服务报告及发票后十个工作日内支付当期服务费。",
                 "受托方应按照服务质量标准完成各项服务，并接受委托方的考核。"]),
    "lease": (["房屋租赁合同", "厂房租赁合同", "租赁合同"],
              [("出租方", "承租方"), ("出租人", "承租人")], 0.2,
              ["出租方将位于租赁物所在地的房屋出租给承租方作办公使用，建筑面积以产权证记载为准。",
               "租金按月计算，承租方应于每月五日前支付当月租金，逾期支付的按日加收滞纳金。",
               "承租方应于签订本合同时支付押金，租赁期满房屋交还后押金无息退还。",
               "租赁期内，承租方不得擅自转租或改变房屋用途，水电费、物业管理费由承租方承担。"]),
    "employment": (["劳动合同", "劳动合同书", "员工聘用合同"],
                   [("用人单位", "劳动者"), ("甲方", "乙方")], 1.0,
                   ["工作岗位：乙方同意在甲方安排的岗位工作，工作地点为甲方所在地。",
                    "试用期为三个月，试用期工资不低于转正工资的百分之八十。",
                    "劳动报酬：甲方每月十日前以货币形式支付乙方上月工资，实行标准工时制度。",
                    "甲方依法为乙方缴纳养老、医疗、失业、工伤、生育等社会保险及住房公积金。"]),
    "nda": (["保密协议", "保密协议书", "商业秘密保密协议"],
            [("披露方", "接收方"), ("甲方", "乙方")], 0.0,
            ["本协议所称保密信息，是指披露方以书面、口头或电子形式提供的技术秘密和经营信息。",
             "接收方应对保密信息采取不低于保护自身秘密的措施，不得向第三方泄露。",
             "保密义务不因本协议的终止而解除，保密期限为协议终止后五年。",
             "违反保密义务的，违约方应赔偿守约方因此遭受的全部损失。"]),
    "loan": (["借款合同", "借款协议", "个人借款合同"],
             [("出借人", "借款人"), ("贷款人", "借款人"), ("甲方", "乙方")], 0.5,
             ["借款金额：出借人同意向借款人出借人民币款项，借款用途为生产经营周转。",
              "借款利率为年利率百分之四点五，利息按季支付，到期一次还本。",
              "借款人应按约定期限还款，逾期还款的，按借款利率上浮百分之五十计收罚息。",
              "借款人提前还款的，应提前三十日书面通知出借人。"]),
    "license": (["专利实施许可合同", "软件许可使用协议", "商标使用许可合同", "技术许可合同"],
                [("许可方", "被许可方"), ("许可人", "被许可人"), ("甲方", "乙方")], 0.0,
                ["许可方许可被许可方在中国境内以普通许可方式实施本合同项下的专利技术。",
                 "被许可方应按年度向许可方支付许可使用费，许可使用费按销售额的百分之三计算。",
                 "许可方保证其为本合同所涉软件著作权的合法权利人，不侵犯任何第三方的知识产权。",
                 "未经许可方书面同意，被许可方不得将许可使用的技术再许可给第三方。"]),
    "framework": (["框架协议", "采购框架协议", "战略合作框架协议", "年度合作框架合同"],
                  [("甲方", "乙方")], 0.0,
                  ["本协议为双方合作的框架性约定，具体的产品名称、数量、价格及交货期以甲方发出的订单为准。",
                   "每份订单经双方确认后即构成本协议项下的独立合同，订单与本协议不一致的以订单为准。",
                   "本协议有效期内，乙方应保证供货能力，订单另行签订时不再重复约定本协议已有条款。"]),
    "supplementary": (["补充协议", "合同变更补充协议", "补充协议书"],
                      [("甲方", "乙方")], 0.0,
                      ["甲乙双方于前期签订了原合同，现经友好协商，就原合同部分条款的变更达成如下补充协议。",
                       "原合同第三条约定的交货期限变更为原定期限顺延三十日。",
                       "原合同其他条款不变，本补充协议与原合同具有同等法律效力，两者冲突的以本补充协议为准。"]),
}
ZH_GENERIC_TITLES = ["合同书", "协议书", "合同"]
ZH_NO_LABELS = ["合同编号", "合同编号", "合同号", "编号", "协议编号", "No."]


def zh_number(rng: Rng, d: date) -> str:
    seq = int(rng.integers(1, 9999))
    city = pick(rng, ["沪", "京", "粤", "苏", "浙"])
    return [
        f"{city}{pick(rng, ['租', '采', '销', '服'])}〔{d.year}〕第{seq:04d}号",
        f"HT-{d.year}-{seq:05d}",
        f"{pick(rng, ['SA', 'PO', 'SV', 'LS'])}/{d.year}/{seq:04d}",
        f"{d:%Y%m}{seq:04d}",
        f"{pick(rng, ['GX', 'ZB', 'KJ'])}{d:%y}{seq:04d}-{int(rng.integers(1, 9))}",
        f"{d.year}-{seq:03d}",
    ][int(rng.integers(6))]


def zh_contract(ctype: str, rng: Rng, noisy: bool = False) -> Filled:
    titles, roles, b_person, clauses = ZH[ctype]
    title = pick(rng, titles) if rng.random() < 0.75 else pick(rng, ZH_GENERIC_TITLES)
    ra, rb = pick(rng, roles)
    a = zh_company(rng)
    b = zh_person(rng) if rng.random() < b_person else zh_company(rng)
    while b == a:
        b = zh_company(rng)
    signed = rand_date(rng)
    no = zh_number(rng, signed) if rng.random() < 0.9 else None
    # a purchase contract names the buyer first: the buyer is 甲方 and party A
    jia = (ra, rb) != ("甲方", "乙方") and rng.random() < 0.6
    la = f"甲方（{ra}）" if jia and rng.random() < 0.5 else "甲方" if jia else ra
    lb = f"乙方（{rb}）" if jia and la != "甲方" else "乙方" if jia else rb
    # without printed 甲方/乙方 the seller (供方) is party A even when the buyer is named first
    swap = ctype == "purchase" and not jia
    parties = [("party_b" if swap else "party_a", a, la), ("party_a" if swap else "party_b", b, lb)]
    no_label = pick(rng, ZH_NO_LABELS)
    no_line = f"{no_label}{pick(rng, ['：', ':', ' ', '：'])}{no}" if no else ""
    no_pos = pick(rng, ["right", "top", "table", "bottom"]) if no else None

    lines: list[str] = [title]
    if no_pos == "right":
        lines.append(f">> {no_line}")
    elif no_pos == "top":
        lines.append(no_line)
    lines.append("")
    style = int(rng.integers(6))
    if no_pos == "table":
        lines += [f"| {no_label} | {no} |", f"| 签订地点 | {pick(rng, ['上海市', '北京市', '深圳市'])} |", ""]

    def block(label: str, name: str, person: bool) -> list[str]:
        extra = (f"身份证号码：{int(rng.integers(110000, 659999))}19{int(rng.integers(60, 99))}0101"
                 f"{int(rng.integers(1000, 9999))}" if person else f"法定代表人：{zh_person(rng)}")
        addr = f"{pick(rng, ['住所', '地址', '通讯地址'])}：{zh_address(rng)}"
        if style == 0:
            return [f"{label}：{name}", addr, extra]
        if style == 1:
            return [f"{label}：", name, addr]
        if style == 2:
            return [f"| {label} | {'姓名' if person else '名称'} | {name} |", f"| | 地址 | {zh_address(rng)} |"]
        if style == 3:
            return [f"## {label}", f"{'姓名' if person else '名称'}：{name}", addr, extra]
        return [f"{label}（盖章）：{name}" if not person else f"{label}（签字）：{name}", addr]

    if style == 5:
        ka = "甲方" if jia else ra
        kb = "乙方" if jia else rb
        parties = [("party_b" if swap else "party_a", a, ka), ("party_a" if swap else "party_b", b, kb)]
        lines.append(f"{pick(rng, ['', '本合同由', '立合同人：'])}{a}（以下简称“{ka}”）与{b}（以下简称“{kb}”），"
                     "经平等协商，就下列事项达成一致，订立本合同。")
    else:
        lines += block(la, a, False) + [""] + block(lb, b, b_person > 0 and b not in (a,) and
                                                      not b.endswith("公司"))
        lines += ["", "双方经友好协商，根据《中华人民共和国民法典》的有关规定，订立本合同，共同遵守。"]
    body = list(clauses)
    rng.shuffle(body)
    total: Decimal | None = None
    if ctype not in ("nda", "employment") and rng.random() < 0.6:
        total = money_in(rng, 20_000, 3_000_000, 100)
        body.insert(int(rng.integers(len(body) + 1)), f"合同总金额：人民币{fig(total)}元。")
    nums = "一二三四五六七八九十"
    for i, c in enumerate(body[:9]):
        lines.append(f"第{nums[i]}条 {c}")
    lines.append("本合同一式两份，双方各执一份，自双方签字盖章之日起生效。")
    lines += ["", "@@SIGNATURE"]
    d = zh_date_any(rng, signed)
    sig = int(rng.integers(3))
    if sig == 0:
        lines += [f"{la}（盖章）：{a}\t{lb}（盖章）：{b}", "法定代表人：\t授权代表：", f"日期：{d}\t日期：{d}"]
    elif sig == 1:
        lines += [f"{la}（盖章）：\t{lb}（签字）：", f"签订日期：{d}"]
    else:
        lines += [f"{la}：{a}（盖章）\t{lb}：{b}", f"签订时间：{d}\t签订时间：{d}"]
    if no_pos == "bottom":
        lines.append(no_line)
    if noisy:
        lines = [_zh_noise(rng, ln, [a, b]) for ln in lines]
    t = _truth("zh", ctype, no, parties, signed, signed, None,
               (total, "CNY") if total is not None else None)
    return Filled(lines, t, a)


def _zh_noise(rng: Rng, line: str, names: list[str]) -> str:
    """OCR-like errors on a line: 方→万 in role labels, a lost colon, a space in a name,
    0→O in a number."""
    if line.startswith("@@"):
        return line
    if rng.random() < 0.3:
        line = line.replace("甲方", "甲万", 1) if rng.random() < 0.5 else line.replace("乙方", "乙万", 1)
    if rng.random() < 0.15:
        line = line.replace("：", " ", 1)
    for n in names:
        if n in line and len(n) > 6 and rng.random() < 0.25:
            k = int(rng.integers(2, len(n) - 2))
            line = line.replace(n, n[:k] + " " + n[k:])
    return line


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------
EN: dict[str, tuple[list[str], list[tuple[str, str]], float, list[str]]] = {
    "sales": (["SALES CONTRACT", "CONTRACT FOR THE SALE OF GOODS", "SALE AGREEMENT"],
              [("Seller", "Buyer"), ("Vendor", "Purchaser")], 0.0,
              ["The Seller agrees to sell and the Buyer agrees to buy the goods described in Schedule 1.",
               "Title and risk in the goods shall pass to the Buyer upon delivery at the named port.",
               "The Buyer shall inspect the goods within ten days of delivery and notify any defect.",
               "Payment shall be made by irrevocable letter of credit against shipping documents."]),
    "purchase": (["PURCHASE CONTRACT", "PURCHASE AGREEMENT", "PROCUREMENT CONTRACT"],
                 [("Purchaser", "Supplier"), ("Buyer", "Supplier")], 0.0,
                 ["The Purchaser hereby orders and the Supplier agrees to supply the equipment listed in the purchase order.",
                  "The Supplier shall deliver the goods DDP to the Purchaser's warehouse and provide certificates of conformity.",
                  "The Purchaser shall pay each invoice within thirty days after acceptance of the goods."]),
    "service": (["SERVICES AGREEMENT", "CONSULTING AGREEMENT", "MAINTENANCE SERVICES CONTRACT"],
                [("Client", "Service Provider"), ("Customer", "Consultant"), ("Company", "Contractor")], 0.0,
                ["The Service Provider shall perform the services described in the Statement of Work with reasonable skill and care.",
                 "The services shall meet the service levels set out in Schedule 2; response time shall not exceed four hours.",
                 "The Client shall pay the service fees monthly in arrears within thirty days of receipt of a valid invoice.",
                 "The scope of services may be changed only by a written change request signed by both parties."]),
    "lease": (["LEASE AGREEMENT", "TENANCY AGREEMENT", "COMMERCIAL LEASE"],
              [("Landlord", "Tenant"), ("Lessor", "Lessee")], 0.3,
              ["The Landlord lets and the Tenant takes the premises for use as offices only.",
               "The Tenant shall pay the monthly rent in advance on the first day of each month.",
               "The Tenant shall pay a security deposit equal to three months' rent on signing.",
               "The Tenant shall keep the premises in good repair and shall not sublet without consent."]),
    "employment": (["EMPLOYMENT AGREEMENT", "CONTRACT OF EMPLOYMENT", "EMPLOYMENT CONTRACT"],
                   [("Employer", "Employee"), ("Company", "Employee")], 1.0,
                   ["The Employee is employed in the position of Senior Engineer reporting to the Head of Engineering.",
                    "The first three months of employment shall be a probationary period.",
                    "The Employee shall receive a gross annual salary payable in twelve monthly instalments.",
                    "The Employee is entitled to twenty working days of paid annual leave per year."]),
    "nda": (["NON-DISCLOSURE AGREEMENT", "MUTUAL CONFIDENTIALITY AGREEMENT", "CONFIDENTIALITY AGREEMENT"],
            [("Disclosing Party", "Receiving Party"), ("Discloser", "Recipient")], 0.0,
            ["Confidential Information means all information disclosed by the Disclosing Party, whether orally or in writing.",
             "The Receiving Party shall hold the Confidential Information in strict confidence and use it only for the Purpose.",
             "The obligations of confidentiality shall survive for five years after termination.",
             "On request the Receiving Party shall return or destroy all copies of the Confidential Information."]),
    "loan": (["LOAN AGREEMENT", "TERM LOAN FACILITY AGREEMENT", "PROMISSORY NOTE AND LOAN AGREEMENT"],
             [("Lender", "Borrower")], 0.4,
             ["The Lender agrees to make available to the Borrower a term loan in the principal amount stated below.",
              "Interest shall accrue on the outstanding principal at a rate of 6.5% per annum, payable quarterly.",
              "The Borrower shall repay the loan in eight equal quarterly instalments.",
              "Any amount not paid when due shall bear default interest at 2% above the interest rate."]),
    "license": (["LICENSE AGREEMENT", "SOFTWARE LICENCE AGREEMENT", "PATENT LICENSE AGREEMENT", "TRADEMARK LICENCE"],
                [("Licensor", "Licensee")], 0.0,
                ["The Licensor grants the Licensee a non-exclusive, non-transferable licence to use the Licensed Software.",
                 "The Licensee shall pay royalties equal to five percent of net sales of licensed products.",
                 "All intellectual property rights in the licensed patents remain with the Licensor.",
                 "The Licensee shall not sublicense the licensed technology without prior written consent."]),
    "framework": (["FRAMEWORK AGREEMENT", "MASTER SUPPLY AGREEMENT", "MASTER SERVICES AGREEMENT"],
                  [("Party A", "Party B"), ("Customer", "Supplier")], 0.0,
                  ["This Agreement sets out the terms on which the parties will enter into individual purchase orders.",
                   "Each purchase order issued under this framework shall form a separate contract incorporating these terms.",
                   "Quantities, prices and delivery dates shall be as stated in the relevant order; nothing obliges the Customer to place any order."]),
    "supplementary": (["AMENDMENT AGREEMENT", "SUPPLEMENTAL AGREEMENT", "ADDENDUM NO. 1"],
                      [("Party A", "Party B")], 0.0,
                      ["This Addendum amends the agreement between the parties dated earlier (the Original Agreement).",
                       "Clause 4.1 of the Original Agreement is hereby amended to read as set out below.",
                       "Save as amended by this Amendment, the Original Agreement remains in full force and effect."]),
}
EN_GENERIC_TITLES = ["AGREEMENT", "CONTRACT", "MEMORANDUM OF AGREEMENT"]
EN_NO_LABELS = ["Contract No.", "Agreement No.", "Ref.", "Our Ref", "Reference", "No.", "Ref No."]


def en_number(rng: Rng, d: date) -> str:
    seq = int(rng.integers(1, 9999))
    return [
        f"{pick(rng, ['SA', 'MSA', 'LIC', 'LN', 'EMP'])}-{d.year}-{seq:04d}",
        f"{pick(rng, ['AB', 'CX', 'QR'])}/{d:%y}/{seq:03d}",
        f"{d:%Y%m%d}-{seq % 100:02d}",
        f"{pick(rng, ['K', 'P', 'T'])}{seq:05d}",
        f"{pick(rng, ['LGL', 'PROC'])}_{d.year}_{seq:04d}",
    ][int(rng.integers(5))]


def en_contract(ctype: str, rng: Rng, noisy: bool = False) -> Filled:
    titles, roles, b_person, clauses = EN[ctype]
    title = pick(rng, titles) if rng.random() < 0.75 else pick(rng, EN_GENERIC_TITLES)
    ra, rb = pick(rng, roles)
    a = en_company_any(rng)
    b = en_person(rng) if rng.random() < b_person else en_company(rng)
    signed = rand_date(rng)
    british = rng.random() < 0.5
    no = en_number(rng, signed) if rng.random() < 0.9 else None
    no_label = pick(rng, EN_NO_LABELS)
    no_line = f"{no_label}{pick(rng, [': ', ' ', ': '])}{no}" if no else ""
    no_pos = pick(rng, ["right", "top", "table", "bottom"]) if no else None
    swap = ctype == "purchase"  # the Supplier is party A
    parties = [("party_b" if swap else "party_a", a, ra), ("party_a" if swap else "party_b", b, rb)]
    d = en_date_any(rng, signed, british)
    lines: list[str] = [title]
    if no_pos == "right":
        lines.append(f">> {no_line}")
    elif no_pos == "top":
        lines.append(no_line)
    lines.append("")
    if no_pos == "table":
        lines += [f"| {no_label} | {no} |", f"| Date | {d} |", ""]
    style = int(rng.integers(5))
    desc_a = pick(rng, ["a company incorporated in England and Wales", "a Delaware corporation",
                        "a company organised under the laws of Singapore"])
    desc_b = "an individual" if b_person and " " in b and not b.endswith((".", "Ltd", "LLC", "Limited")) \
        else "a limited liability company"
    if style == 0:
        lines.append(f"This Agreement is made on {d} between {a}, {desc_a} (hereinafter referred to as "
                     f"the \"{ra}\"), and {b}, {desc_b} (hereinafter the \"{rb}\").")
    elif style == 1:
        lines += ["THIS AGREEMENT is dated " + d, "PARTIES",
                  f"(1) {a}, {desc_a}, whose registered office is at 1 King Street, London (the \"{ra}\"); and",
                  f"(2) {b}, whose address is 45 Harbour Road, Singapore (the \"{rb}\")."]
    elif style == 2:
        lines += [f"| {ra} | Name | {a} |", "| | Address | 20 Queen's Road, Hong Kong |",
                  f"| {rb} | Name | {b} |", "| | Address | 7 Market Street, Sydney |"]
    elif style == 3:
        lines += [f"## {ra.upper()}", f"Name: {a}", "Address: 100 Main Street, Boston, MA",
                  f"## {rb.upper()}", f"Name: {b}", "Address: 9 Orchard Road, Singapore"]
    else:
        lines += [f"{ra}:", a, "Address: 18 Collyer Quay, Singapore", f"{rb}:", b,
                  "Address: 2 Park Lane, London"]
    lines.append("")
    body = list(clauses)
    rng.shuffle(body)
    total: Decimal | None = None
    if ctype not in ("nda", "employment") and rng.random() < 0.6:
        total = money_in(rng, 20_000, 3_000_000, 100)
        body.insert(int(rng.integers(len(body) + 1)),
                    f"The total contract price is USD {fig(total)}.")
    for i, c in enumerate(body):
        lines.append(f"{i + 1}. {c}")
    lines.append("This Agreement shall take effect on the date of signature by both parties.")
    lines += ["", "@@SIGNATURE", "IN WITNESS WHEREOF the parties have executed this Agreement."]
    sig = int(rng.integers(2))
    if sig == 0:
        lines += [f"For and on behalf of {a}\t{'Signed by ' + b if b_person and ' ' in b else 'For and on behalf of ' + b}",
                  "Signature: ________\tSignature: ________", f"Date: {d}\tDate: {d}"]
    else:
        lines += [f"{ra.upper()}\t{rb.upper()}", "By: ____________\tBy: ____________", f"Date: {d}\tDate: {d}"]
    if no_pos == "bottom":
        lines.append(no_line)
    if noisy:
        lines = [_en_noise(rng, ln) for ln in lines]
    t = _truth("en", ctype, no, parties, signed, signed, None,
               (total, "USD") if total is not None else None)
    return Filled(lines, t, a)


def _en_noise(rng: Rng, line: str) -> str:
    if line.startswith("@@") or rng.random() > 0.2:
        return line
    return line.replace(": ", " ", 1)


def make_contract(contract_type: str, lang: str, rng: Rng, noisy: bool = False, **_: Any) -> Filled:
    if contract_type not in CONTRACT_TYPES:
        raise ValueError(f"no template for {contract_type!r}")
    return (zh_contract if lang == "zh" else en_contract)(contract_type, rng, noisy)


def random_contract(rng: Rng) -> Filled:
    return make_contract(pick(rng, CONTRACT_TYPES), pick(rng, ["zh", "en"]), rng,
                         noisy=bool(rng.random() < 0.3))


_ = (en_person, en_company)
