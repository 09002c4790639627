"""Contract parties: role labels (甲方：…, Seller: …) and role declarations
(X（以下简称“甲方”）, between X (the "Buyer") and Y)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Callable, NamedTuple

from extractors.fields._common import HAN, Cand, is_han
from extractors.fields.consensus import levenshtein, max_edits

# role label -> normalised role. party_a: the one who sells / lets / discloses / employs /
# lends / licenses / orders the service; party_b: the other side.
ZH_ROLES: dict[str, str] = {}
for _role, _labels in {
    "party_a": "甲方 卖方 出卖人 出卖方 销售方 供方 供货方 供应方 供应商 出租方 出租人 委托方 委托人 "
               "许可方 许可人 贷款人 贷款方 出借人 出借方 用人单位 聘用方 聘用单位 披露方 信息披露方 "
               "发包方 发包人 转让方 转让人 授权方 委托开发方 债权人 抵押权人 质权人 托运人 投资方 "
               "出让方 出让人 招标人 采购单位 甲方单位 供货单位 特许人 特许方 让与人 让与方 授信人 授信方 业主 业主方 用工单位 用工方 "
               "客户 客户方 "
               # roles of the Civil Code's other model contracts (承揽, 保管, 仓储, 供用电, 赠与) and of
               # distribution: the one who orders the work, deposits, supplies or gives
               "定作人 定作方 寄存人 存货人 供电人 供电方 供水人 供水方 供气人 供热人 赠与人 赠与方 厂方",
    "party_b": "乙方 买方 买受人 购买方 购货方 采购方 采购人 需方 承租方 承租人 受托方 受托人 被许可方 "
               "被许可人 借款人 借款方 劳动者 受聘方 受聘人 受聘人员 接收方 信息接收方 承包方 承包人 "
               "受让方 受让人 服务方 服务提供方 被授权方 研究开发方 研发方 债务人 抵押人 出质人 承运人 "
               "被投资方 中标人 乙方单位 服务商 服务单位 订货单位 订货方 购货单位 被特许人 被特许方 授信申请人 "
               "被授信人 承诺人 承诺方 维保单位 维保方 施工单位 租户 承租户 顾问方 顾问单位 劳务人员 劳务方 劳务提供方 "
               "承揽人 承揽方 保管人 保管方 用电人 用电方 用水人 用水方 用气人 用热人 受赠人 受赠方 行纪人 "
               "中介人 中介方 居间人 居间方 物业服务人 物业服务企业 物业服务方 勘察人 设计人 研究开发人 "
               "经销商 经销方 代理商 代理方",
    "party_c": "丙方 担保方 担保人 保证人 保证方",
}.items():
    for _l in _labels.split():
        ZH_ROLES[_l] = _role
# Tesseract reads 方 as 万, 甲 as 曱 and 乙 as Z in bold or small print
ZH_ROLES.update({"甲万": "party_a", "曱方": "party_a", "乙万": "party_b", "丙万": "party_c", "z方": "party_b"})

EN_ROLES: dict[str, str] = {}
for _role, _labels in {
    "party_a": "party a|first party|seller|vendor|supplier|lessor|landlord|licensor|lender|authority|"
               "employer|company|client|customer|disclosing party|discloser|owner|assignor|transferor|"
               "creditor|mortgagee|pledgee|claimant|franchisor|principal|holder|payee|noteholder|party 1|"
               "shipper|consignor|broker|co-owner|co-lessor|co-landlord",
    "party_b": "party b|second party|buyer|purchaser|lessee|tenant|renter|hirer|licensee|borrower|employee|"
               "bill to|sold to|ship to|"
               "consultant|contractor|service provider|provider|receiving party|recipient|"
               "assignee|transferee|debtor|mortgagor|pledgor|respondent|franchisee|executive|agency|agent|"
               "distributor|reseller|subcontractor|sub-contractor|maker|party 2|carrier|co-borrower|co-tenant|"
               "co-lessee|co-buyer|co-purchaser|co-maker|builder",
    "party_c": "party c|third party|guarantor|party 3",
}.items():
    for _l in _labels.split("|"):
        EN_ROLES[_l] = _role

# a role label in a label's place (a line or table cell of its own, a colon or 名称 after it) that
# OCR read with one character wrong: "拔露方名称：X" for 披露方. Words of their own that are one
# character from a role label are left alone.
_LABEL_SLOT = re.compile(
    rf"(?:^|(?<=\n)|(?<=   ))[ \t]*(?:[\d一二三四五六七八九十]{{1,2}}\s*[、.)]\s*)?(?P<w>[{HAN}]{{3,5}}?)"
    rf"(?=[ \t]*(?:[(（][^)）\n]{{0,12}}[)）])?[ \t]*(?:[:：]|名\s*称|姓\s*名)|[ \t]{{3}}[ \t]*[{HAN}]{{2}})")  # (or a table's next cell)
_NOT_ROLES = frozenset("收货方 发货方 送货方 退货方 进货方 验收方 收货人 发货人 收件人 寄件人".split())
# a character read below this confidence may be the misread one
_REPAIR_BELOW = 0.85


def _one_char_off(word: str, label: str) -> int | None:
    """Where ``word`` differs from ``label`` when that is in one character only."""
    if len(word) != len(label):
        return None
    diff = [k for k, (a, b) in enumerate(zip(word, label)) if a != b]
    return diff[0] if len(diff) == 1 else None


def repair_role_labels(text: str, conf_at: Callable[[int], float | None]) -> str:
    """``text`` with the role labels OCR misread in one low-confidence character spelt right
    (same length, so offsets hold). Only a word one character from exactly one role label is
    repaired, and only where that character was read below ``_REPAIR_BELOW``; a role's last
    character (方, 人) is never the one changed."""
    out = list(text)
    for m in _LABEL_SLOT.finditer(text):
        w = m.group("w")
        if w in ZH_ROLES or w in _NOT_ROLES:
            continue
        near = [(label, k) for label in ZH_ROLES
                if (k := _one_char_off(w, label)) is not None and k < len(w) - 1]
        if len(near) != 1:
            continue
        label, k = near[0]
        conf = conf_at(m.start("w") + k)
        if conf is not None and (conf / 100 if conf > 1 else conf) < _REPAIR_BELOW:
            out[m.start("w") + k] = label[k]
    return "".join(out)


_EXPLICIT = {"甲方": "party_a", "乙方": "party_b", "丙方": "party_c", "甲万": "party_a",
             "曱方": "party_a", "乙万": "party_b", "丙万": "party_c", "z方": "party_b",
             "party a": "party_a", "party b": "party_b", "party c": "party_c"}


def _alt(labels: list[str]) -> str:
    """Alternation, longest first; Chinese labels may be spaced out for alignment ("甲  方")."""
    def one(x: str) -> str:
        if x.isascii():
            return re.escape(x).replace(r"\ ", r"\s+")
        return r"[ \t]{0,3}".join(re.escape(c) for c in x)
    return "|".join(one(x) for x in sorted(labels, key=len, reverse=True))


_ZH_ALT = _alt(list(ZH_ROLES))
_EN_ALT = _alt(list(EN_ROLES))
# a party declared by a pronoun alone ("Aisha Brown … ("you")"): the side the other party leaves
_OTHER_SIDE = "other_side"
# roles only ever given in a declaration ("We, X (the "Bank"), are pleased …"): as a label
# ("Bank: HSBC" in the payment details) they name no party
_DECL_ONLY = {"bank": "party_a", "you": _OTHER_SIDE, "we": _OTHER_SIDE}
# "致：X公司（以下简称“公司”）" in an undertaking: the company it is given to
_ZH_DECL_ONLY = {"公司": "party_a"}
_EN_DECL_ALT = _alt([*EN_ROLES, *_DECL_ONLY])
_ZH_DECL_ALT = "|".join(r"\s{0,2}".join(re.escape(c) for c in x)
                        for x in sorted([*ZH_ROLES, *_ZH_DECL_ONLY], key=len, reverse=True))

# the name field of a party table or block ("名称：", "名称（或姓名）", "Name:", "Company Name")
_FIELD = r"(?:单位|公司|企业)?名\s*称(?:\s*[(（]\s*或?\s*姓\s*名\s*[)）])?|姓\s*名|(?:full\s+|company\s+|legal\s+){0,2}name\b"

# the next table cell's role label right after a company name, with a name after it
# ("X有限公司乙方Y", "X有限公司 供应方（乙方） Y"): where one party's name ends
_ROLE_CELL_AFTER_NAME = rf"(?:{_ZH_ALT})(?:\s*[(（][^)）\n]{{0,12}}[)）])?\s*[^\s:：(（]{{2}}"

# a role label at the start of a line (or of a signature column), then an optional
# parenthetical ("（卖方）", "(Seal)"), a colon, and the rest of the line
_LABEL = re.compile(
    rf"(?:^|(?<=\n)|(?<=   )|(?<=[与和及同由])(?=(?:{_ZH_ALT})[{HAN}]{{2}})|(?:(?<=公司|集团)|(?<=公司 |集团 ))(?={_ROLE_CELL_AFTER_NAME})|(?<=\s)(?=for\s+(?:and\s+on\s+behalf\s+of\s+)?the\s+(?:{_EN_ALT})\s*:)|(?<=[^\s(（])(?=(?:{_ZH_ALT})\s*(?:[(（][^)）\n]{{0,12}}[)）]\s*){{0,2}}\s*[:：]))[ \t]*(?:[\d一二三四五六七八九十]{{1,2}}\s*[、.)]\s*|(?:item|part|section)\s+(?:\d{{1,2}}|[ivx]{{1,4}})\b\.?[ \t]*)?"
    rf"(?:for\s+(?:and\s+on\s+behalf\s+of\s+)?)?(?:the\s+)?"
    rf"(?P<label>{_ZH_ALT}|(?:{_EN_ALT})s?\b)"
    rf"(?:\s*[(（\[【](?P<inner>[^)）\]】\n]{{1,24}})[)）\]】])?(?:\s*[(（][^)）\n]{{1,12}}[)）])?"
    rf"[ \t]*(?P<colon>[:：;；])?[ \t]*(?:(?P<field>{_FIELD})[ \t]*[:：]?[ \t]*)?(?P<rest>(?:(?! {{3}})(?<![与和及同由](?=(?:{_ZH_ALT})[{HAN}]{{2}}))(?!(?<=公司|集团)\s?{_ROLE_CELL_AFTER_NAME})(?!\s(?:for\s+(?:and\s+on\s+behalf\s+of\s+)?)?the\s+(?:{_EN_ALT})\s*:)(?!(?:{_ZH_ALT})\s*(?:[(（][^)）\n]{{0,12}}[)）]\s*){{0,2}}\s*[:：])[^\n])*)",
    re.IGNORECASE,
)

_QUOTE = "\"'“”‘’「」『』"
# "X（以下简称“甲方”）", "X (hereinafter referred to as "Party A")", "X (the "Seller")"
_DECL = re.compile(
    # "(together with any subsequent holder, "Holder")", "(together, "Tenant")"
    rf"[(（]\s*(?:(?:together\s+with|including)\s[^(),\n]{{0,60}},\s*|(?:together|jointly|collectively)\s*,?\s*)?"
    rf"(?:(?:以下简称|以下称|下称|简称|以下[{HAN}]称)\s*[:：]?|hereinafter(?:\s+(?:referred\s+to\s+as|called))?"
    rf"\s*,?|individually\s+)?\s*(?:the\s+)?[{_QUOTE}]?\s*(?:the\s+)?(?P<label>{_ZH_DECL_ALT}|(?:{_EN_DECL_ALT})s?\b)\s*"
    rf"(?:\s*[(（](?P<inner>[^)）\n]{{1,24}})[)）])?"
    # (OCR loses the closing bracket now and then: "（以下简称 “ 甲方 “ :")
    rf"[{_QUOTE}]{{0,2}}\s*(?:[,，;；][^)）]{{0,40}}|\s+or\s+[{_QUOTE}][^)）]{{0,30}}|\s*或\s*[{_QUOTE}][^)）]{{0,20}}|[,，]?\s*which\s+expression[^)）]{{0,160}})?"
    rf"(?:[)）]|(?<=[{_QUOTE}\s])(?=[:：]))",
    re.IGNORECASE,
)

# declarations without brackets: 'X … hereinafter "the Recipient"', "X，以下简称甲方；"
_DECL_BARE = re.compile(
    rf"\bhereinafter(?:\s+(?:referred\s+to\s+as|called))?\s*,?\s*(?:the\s+)?[\"“]\s*(?:the\s+)?(?P<label>(?:{_EN_DECL_ALT})s?)\s*[\"”“]"  # (OCR turns a closing quote now and then)
    rf"|[，,]\s*(?:以下简称|以下称|下称)\s*[:：]?\s*[“\"]?(?P<zlabel>甲方|乙方|丙方)[”\"]?",
    re.IGNORECASE,
)
_EN_BOUNDARY = re.compile(r"\b(?:by\s+and\s+between|between|among(?:st)?|and)\b\s*:?|;|:|\n\s*\n",
                          re.IGNORECASE)
_EN_START = re.compile(r"\b(?:by\s+and\s+between|between|among(?:st)?)\b\s*:?|;|\n\s*\n|\bwe\s*,|\b(?:to|from|by|attn|attention)\s*:"
                       r"|\n[ \t]*[-–—]+[ \t]*and[ \t]*[-–—]+[ \t]*\n"  # "- and -" on a line of its own
                       r"|\b(?:for\s+and\s+)?on\s+behalf\s+of\b|\bfor\s+value\s+received\s*,|\bto\s+the\s+order\s+of\b"
                       r"|\b(?:entered\s+into|made|executed|concluded|signed)\b[^()\n]{0,40}?\bby\b\s*:?"
                       r"|(?:^|\n)[ \t]*(?:\(\s*(?:\d{1,2}|[a-d]|i{1,3}|iv)\s*\)|\d{1,2}[.)]\s|\d{1,2}\.\d{1,2}\.?\s|parties\s*:?\s*\n)",
                       re.IGNORECASE)
# a document's title or its reference line, not the start of a name below it
_HEAD_LINE = re.compile(r"[ \t]*(?:[A-Z][A-Z &,'/-]*\b(?:AGREEMENT|CONTRACT|DEED|LEASE|ORDER|NOTE|GUARANTEE|LETTER|"
                        r"UNDERTAKING|MEMORANDUM|TERMS|CONDITIONS|AMENDMENT|ADDENDUM|CONFIRMATION)S?\b[A-Z &,'/()-]*"
                        r"|(?:[A-Z][\w.-]*[ \t]+){0,3}(?i:no|number|ref|reference)\b\.?[ \t]*[:#.]?[ \t]*[A-Z0-9][^\s]*\d[^\n]*)"
                        r"[ \t]*\n")
# "甲方与X（以下简称“债务人”）": the other party named first, then this one
_ROLE_THEN_AND = re.compile(rf"^\s*(?:{_ZH_ALT})\s*(?:与|和|及|同|向)")
# "between:\n\nEmployer : X (the "Company")": the label before the declared name
_EN_LABEL_LEAD = rf"\s*(?:the\s+)?(?:{_EN_ALT})s?\s*:\s*"
# "采购人X（以下简称甲方）与中标供应商Y（以下简称乙方）": the role word before the name
_ROLE_BEFORE_NAME = re.compile(rf"^\s*(?:中标|成交)?(?:{_ZH_ALT})\s*(?=[{HAN}]{{4}})")
_REG_BRACKET = re.compile(r"[(（][^()（）\n]{0,12}(?:代码|号码|证号|注册号|执照号)[^()（）]{0,40}[)）]\s*$")
_ZH_BOUNDARY = re.compile(r"[，,。：:；;）)\n]")
_ZH_PREFIX = re.compile(r"^\s*(?:本[\u4e00-\u9fff]{0,6}?(?:合同|协议)(?:书)?(?:由|系)|兹有|立(?:合同|协议)人[:：]?|由|与|和|及|同|跟|"
                        r"委托|聘请|聘用)")



def _after_forms(forms: str) -> str:
    """A lookbehind: one of the company forms ``forms`` (space-separated) ends just before."""
    return "(?:" + "|".join(rf"(?<=\b{re.escape(f)})" for f in forms.split()) + ")"


# where a company name has ended, when another name may follow on the same line
_AFTER_COMPANY_FORM = _after_forms("Ltd. Limited Inc. LLC LLP PLC GmbH Corporation")


# where a name stops
_CUT = re.compile(
    r"\s*(?:[(（]\s*(?:以下|下称|简称|hereinafter|the\s|[" + _QUOTE + r"])|以下简称|hereinafter"
    r"|,?\s*\b(?:a|an)\s+(?:company|corporation|limited|private|public|individual|(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:corporation|company|limited|partnership|limited\s+liability\s+company))|,\s*(?:incorporated|organi[sz]ed|registered|existing|having|"
    r"with|whose|located|residing|holder|ID|address|an?\s)|\s+with\s+its\s|\s+having\s+its\s"
    r"|\s+(?:incorporated|organi[sz]ed|registered)\s+(?:and|in|under|with)\b"
    r"|注册地址|地址|住所|法定代表人|法人代表|负责人|联系人|联系电话|电话|统一社会信用代码|社会信用代码|"
    r"[(（]\s*(?:统一社会|社会信用|信用代码|注册号|身份证|证件)|身份证|营业执照|开户|合同编号|协议编号|合同编码|协议编码|合同号|协议号|编号\s*[:：]|编码\s*[:：]|签订地点|签约地点|签订日期|签订时间|"
    r"性别|出生|民族|"
    r"[(（]\s*(?:盖章|签字|签章|公章|签名|seal|signature)|盖章|签字|签章"
    r"|[(（]\s*[\u4e00-\u9fff][章字]\s*[)）〕]"  # (盘章): OCR's (盖章)
    r"|[，;；]| {3,}|\s+address\b|\s+tel\b"
    r"|,?\s+(?:acting\s+)?as\s+(?:the\s+)?(?:borrower|lender|seller|buyer|purchaser|supplier|vendor|landlord|tenant|"
    r"lessor|lessee|licensor|licensee|guarantor|employer|agent|principal|contractor|client|customer)\b"
    r"|\s+(?:ship|bill|deliver|invoice|sold)\s+to\b|\s+whose\s+(?:registered|principal|head)\b"
    r"|,?\s+acting\s+(?:by|through)\b"
    r"|\s*[(（]\s*(?:registered|company|registration|incorporation|business)\s+(?:number|no\b)"
    # "Bluegum Interactive Pty Ltd ACN 158 220 473": a registration number after the name
    r"|(?-i:,?\s+\(?(?:ABN|ACN|ARBN|UEN|CIN|CRN|EIN|GSTIN|BRN|RC|BN|SEC|SSM)\b\.?:?\s*(?:No\.?\s*)?[A-Z0-9])"
    # ", a microfinance bank licensed by …", ", a non-stock corporation": what the party is
    r"|(?-i:,\s*(?:a|an)\s+[a-z][a-z-]+\s)"
    r"|\s*[(（]\s*(?:registration|reg\.?)\s*(?:no\b\.?|number)"
    # an identity or licence number in brackets ("(HKID No. D234567(8))", "(SFC CE No. AXR512)")
    r"|\s*[(（]\s*(?:[A-Za-z][\w.&/-]*\s+){1,4}(?:no\b\.?|number\b)\s*[:.]?\s*[A-Z0-9]"
    # the address of a name in capitals ("WESSEX COUNTY COUNCIL of County Hall")
    r"|(?-i:(?<=[A-Z]{2})\s+of\s+(?=[A-Z]))"
    # "Halversen Foods Corporation - Plant 3": a site of the company after a dash
    r"|" + _after_forms("Ltd Ltd. Limited Inc Inc. LLC LLP PLC Corporation Company Co.") + r"\s+[-–—]\s+"
    r"|,?\s+(?:of\s+the\s+(?:one|other|first|second|third)\s+part|on\s+the\s+(?:one|other)\s+hand)\b"
    r"|(?<=[A-Za-z.)])\s*[(（](?=[\u4e00-\u9fff]{2})|"
    # "Guangzhou Lanting Cosmetics Co., Ltd.广州兰亭化妆品有限公司": the Chinese name after the English
    + _after_forms("Ltd Ltd. Limited Inc Inc. LLC LLP PLC GmbH Corporation Corp. Co.") + r"\s*(?=[\u4e00-\u9fff]{2})|[(（]\s*(?:经营者|个体工商户|负责人|原名|原称|曾用名|原(?=[\u4e00-\u9fff]{4}))"
    r"|" + _after_forms("LP L.P. LLC Inc Inc. Ltd Ltd. Limited PLC Corp Corp. Corporation LLP") + r"\s+of\s+(?=[A-Z])|\s+(?:t/a|trading\s+as|d/b/a|doing\s+business\s+as|f/k/a)\s|(?<=[a-zA-Z.])\s+(?:ta|t\.a\.|dba)\s+(?=[A-Z])|\s*[(（]\s*(?:formerly|f/k/a|previously)\b"
    # a person described after the name: "Suresh Vasant Kulkarni, aged about 61 years, S/o …"
    # (without the comma "Ravindran s/o Muthusamy" is a Malaysian legal name, kept whole)
    r"|,?\s+aged\s+(?:about\s+)?\d{1,3}\s+years?|,\s*(?:s/o|d/o|w/o|son\s+of|daughter\s+of|wife\s+of)\s"
    r"|\s+of\s+(?=\d|(?:room|flat|unit|suite|apartment|apt|block|level|floor|no\.)\s)|"
    + _after_forms("Ltd Ltd. Limited Inc Inc. LLC LLP PLC GmbH AG Corporation KG Corp Corp. Co. L.P. LP Pte")
    + r"\s+(?=\d|no\.\s*\d)|\s*[(（]\s*(?:passport|id\b|identity|nric|uen|company\s+(?:number|no)|registration|"
    r"unified\s+social)|\s+(?:registered|principal|business|correspondence)\s+(?:address|office)\b|\s+registered$"
    r"|" + _AFTER_COMPANY_FORM
    + r"\s+(?=(?:[A-Z][\w&'.-]*\s+){1,6}(?:Ltd|Limited|Inc|LLC|LLP|PLC|GmbH|Corporation|Corp|Co\.)(?:\W|$))"
    r"|(?<=公司|集团) (?=[\u4e00-\u9fff])|(?<=公司|集团)\s*(?=[A-Z][a-z]+\s+[A-Z])|(?<=公司|集团)(?=于\s*[\d一二〇○零]|在[\u4e00-\u9fff]{2,12}签))",  # a Chinese company name has no space after 公司
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s,，。:：;；、\-—_" + _QUOTE + r"]+$")
_LEADING = re.compile(r"^[\s,，。:：;；、\-—_" + _QUOTE + r"]+|^\(?\d\)\s*|^\d\.\s+|^(?i:to|from|attn|attention|致)\s*[:：]\s*"
                      # a signature block's words before the name ("Order accepted for Glenbrook …")
                      r"|^(?i:(?:(?:order\s+)?(?:signed|executed|accepted|agreed|acknowledged)\s+)(?:for|by)"
                      r"(?:\s+and\s+on\s+behalf\s+of)?|(?:for\s+and\s+)?on\s+behalf\s+of)\s+(?=[A-Z])")
_ABBREV_END = re.compile(r"\b(?:Ltd|Inc|Co|Corp|L\.L\.C|LLC|S\.A|N\.V|B\.V|N\.A|Jr|Sr|PLC|P\.C|L\.P|K\.K|Bhd)\.$",
                         re.IGNORECASE)
_ORG_SUFFIX = re.compile(
    r"(?:公司|集团|厂|店|中心|研究院|研究所|学院|大学|医院|银行|支行|分行|事务所|合作社|商行|工作室|协会|联合会|商会|"
    r"基金会|办公室|委员会|管理局|局|厅|法院|检察院|设计院|学校|小学|中学|幼儿园|图书馆|博物馆|合伙企业|"
    r"经营部|门市部|营业部|服务部|商店|超市|酒店|宾馆|诊所|药店|药房|"
    r"[(（](?:特殊)?(?:普通|有限)合伙[)）]|分所|分院|分中心|律师事务所|会计师事务所)$"
    r"|\b(?:Ltd\.?|Limited|Inc\.?|LLC|Corp\.?|Corporation|Company|Co\.|GmbH|PLC|LLP|AG|S\.A\.|KG|"
    r"L\.?P\.?|B\.V\.?|N\.V\.?|S\.p\.A\.?|SAS|SARL|S\.?r\.?l\.?|Pty|Bhd\.?|K\.?K\.?|Oy|AB|A/S|P\.C\.?|PLLC|"
    r"Trust|Council|University|Association|Foundation|Authority|Hospital|College|Institute(?:\s+of\s+[A-Z][\w-]+)?|"
    r"Academy|School|Bank|Society|Ministry|Commission|Centre|Center|Group|Holdings|Partnership|Fund|"
    r"Cooperative|Co-operative|Club|Works|Enterprises|Industries|Traders|Exports|Associates)$",
    re.IGNORECASE,
)
_COMPANY_FORM = re.compile(r"\b(?:Co\.,?\s+Ltd|Limited|Inc\.?|LLC|LLP|Corporation|GmbH|PLC)\b|有限公司|有限责任公司",
                           re.IGNORECASE)
_NOT_NAME = re.compile(
    r"^(?:应|须|需|负责|有权|不得|同意|承诺|保证|按|在|于|的|向|对|将|可|为|已|如|若|即|另行|承担|支付|提供|自行|办理|"
    r"收取|缴纳|出具|共同|各自|义务|权利|职责|责任|违约|陈述|关系|"
    r"shall\b|will\b|may\b|must\b|agrees?\b|hereby\b|is\b|has\b|the\s+(?:buyer|seller|company|party)|"
    r"and\s|your\b|our\b|you\b|us\b)"
    r"|^(?:签字|签章|盖章|日期|授权代表|法定代表人|代表|签名|name|title|date|by|signature|seal|"
    r"authori[sz]ed|signed|print)(?:\b|$)|^_+",
    re.IGNORECASE,
)


@dataclass
class PartyCand(Cand):
    role: str
    name: str
    kind: str  # "label", "decl", "next_line", "loose", "numbered", "letter", "signature"
    label: str = ""  # the printed role, lower case
    explicit: bool = False  # the role is printed as a party letter (甲方, Party A, 采购人（以下简称“甲方”）)
    joint: bool = False  # one of several persons who together are one side (co-borrowers, tenants)


# roles that are party A only relative to the other side ("Customer" facing a "Service
# Provider"); facing another party-A role ("Supplier") the first-named party keeps party A
_RELATIVE_A = {"customer", "company", "client", "owner"}
_SELLING = {"seller", "vendor", "licensor", "lessor", "landlord", "lender"}


_ENDS_WITH_ROLE = re.compile(rf"(?:{_ZH_ALT})\s*$|(?:^|\n|\s{{3}})[ \t]*(?:the\s+)?(?:party\s+[abc]|first\s+party|second\s+party)\s*$",
                             re.IGNORECASE)
_LABEL_START = re.compile(rf"^\s*(?:{_ZH_ALT}|(?:{_EN_ALT})\b)", re.IGNORECASE)

# another role label starting inside a name (two signature columns run together)
_NEXT_LABEL = re.compile(rf"(?:{_ZH_ALT})\s*(?:[(（][^)）\n]{{0,12}}[)）]\s*){{0,2}}\s*[:：]"
                         rf"|\s(?:{_ZH_ALT})(?:\s*[(（][^)）\n]{{0,12}}[)）])?\s"  # the next cell: "X 乙方 Y"
                         rf"|(?<=公司|集团)(?:{_ZH_ALT})"  # or with the gap lost: "X有限公司乙方Y"
                         rf"|\s(?:for\s+(?:and\s+on\s+behalf\s+of\s+)?)?(?:the\s+)?(?:{_EN_ALT})\s*:",
                         re.IGNORECASE)


_NAMED_AS = re.compile(r"(?:以下简称|以下称|下称|简称|hereinafter(?:\s+referred\s+to\s+as|\s+called)?)\s*[:：,]?\s*"
                       r"(?:the\s+)?[\"'“”‘’「」]?\s*(甲方|乙方|丙方|party\s+[abc])\b")


def _printed(label: str) -> str:
    """A role label as printed, lower case, its spaces normalised (none between Han)."""
    return re.sub(r"\s+", "" if not label.isascii() else " ", label.strip().lower())


def _letter_of(label: str, inner: str | None) -> str | None:
    """The party a role names by its letter: 甲方 / Party A, or a role that names its letter
    ("采购人（以下简称“甲方”）", "Supplier (Party A)"); None for a role word alone."""
    if inner:
        inn = re.sub(r"\s+", " ", inner.strip().lower())
        if inn in _EXPLICIT:
            return _EXPLICIT[inn]
        named = _NAMED_AS.search(inn)
        if named:
            return _EXPLICIT.get(re.sub(r"\s+", " ", named.group(1)))
    return _EXPLICIT.get(_printed(label))


def _role_of(label: str, inner: str | None) -> str | None:
    lab = _printed(label)
    # "("Sellers")": a side of several persons is still one party
    return _letter_of(label, inner) or ZH_ROLES.get(lab) or EN_ROLES.get(lab) or _DECL_ONLY.get(lab) or \
        _ZH_DECL_ONLY.get(lab) or EN_ROLES.get(lab[:-1] if lab.endswith("s") else "")


def _is_explicit(label: str, inner: str | None) -> bool:
    return _letter_of(label, inner) is not None


# a name does not go on to a line that starts in lower case ("incorporated and registered in
# …", "a company organised under …") or with a registration number ("(UEN 201658809N)")
_LINE_CUT = re.compile(r"[ \t]*\n[ \t]*(?:(?=[a-z])|(?i:[(（]\s*(?:uen|acn|abn|cin|ein|crn|company\s+(?:number|no)|"
                       r"registration|registered|reg\.?\s*no))|(?i:(?:flat|room|unit|suite|level|floor|block|no\.)\s*[\dA-Z])"
                       # "HIGHVELD PLANT HIRE (PTY) LTD" over "Registration No. 2008/017752/07"
                       r"|(?i:(?:company\s+|business\s+)?(?:registration|reg\.|incorporation|company)\s+(?:no\b|number)))")


_NAME_SMALL_WORDS = {"of", "and", "for", "the", "de", "du", "la", "von", "van", "der", "und", "&"}


def clean_name(raw: str) -> str:
    """The company or person name alone: no address, no "(hereinafter …)", no punctuation."""
    line_end = _LINE_CUT.search(raw)
    s = (raw[:line_end.start()] if line_end else raw).replace("\n", " ")
    m = _NEXT_LABEL.search(s)
    if m and m.start() > 0:
        s = s[:m.start()]
    m = _CUT.search(s)
    if m:
        s = s[:m.start()]
    # an English comma ends the name unless a company suffix follows ("Co., Ltd.")
    for m in re.finditer(r",\s*", s):
        if not re.match(r"(?:Ltd|Limited|Inc|LLC|L\.L\.C|Corp|Co\b|GmbH|S\.A|PLC|LLP|AG|B\.V|N\.V|N\.A\.|L\.\s?P\b|LP\b|Pte|"
                        r"P\.\s?C\.|PC\b|PLLC|P\.A\.|L\.L\.P|Pty|S\.L|S\.p\.A|S\.r\.l|K\.K|AB\b|A/S|Oy)",
                        s[m.end():], re.IGNORECASE):
            s = s[:m.start()]
            break
    s = _LEADING.sub("", s)
    s = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?=[A-Z])", "", s)  # "Mrs Eleanor Joan Whitcombe"
    while True:
        t = _TRAILING.sub("", s)
        if t.endswith(".") and not _ABBREV_END.search(t):
            t = t[:-1]
        if t == s:
            break
        s = t
    s = re.sub(r"\s+", " ", s).strip()
    # "are pleased to offer Granite Electronics Corporation": a company name ends the words
    # of the sentence it stands in
    lead = [w for w in re.finditer(r"(?:^|\s)(?P<w>[a-z][\w'-]*)(?=\s)", s)
            if w.group("w") not in _NAME_SMALL_WORDS]
    if lead and re.match(r"\s*[A-Z0-9]", s[lead[-1].end():]):
        tail = s[lead[-1].end():].strip()
        # "are pleased to offer Granite Electronics Corporation", "… to offer Mei Bennett"
        if _ORG_SUFFIX.search(s) or looks_like_person(tail):
            s = tail
    # Tesseract puts a space between a Latin run and the Han character next to it
    s = re.sub(rf"(?<=[{HAN}]) (?=\S)|(?<=\S) (?=[{HAN}])", "", s)
    # stray brackets at either end, not the closing one of "X会计师事务所（特殊普通合伙）"
    while s and s[0] in "()（）[]【】" and not (s[0] in "(（" and re.search(r"[)）]", s)):
        s = s[1:]
    while s and s[-1] in "()（）[]【】" and not (s[-1] in ")）" and re.search(r"[(（]", s)):
        s = s[:-1]
    return _fix_suffix(s)


# the legal-form endings of Chinese company names; a single character OCR misread in one
# ("有限货任公司") is put right, since the form is one of a few fixed words
_ZH_FORMS = ("股份有限公司", "有限责任公司", "有限公司")


def _fix_suffix(name: str) -> str:
    for form in _ZH_FORMS:
        tail = name[-len(form):]
        if len(name) > len(form) + 1 and tail != form \
                and sum(a != b for a, b in zip(tail, form)) == 1:
            return name[:-len(form)] + form
        if tail == form:
            break
    return name


_SELF_REFERENCE = {"我司", "贵司", "我方", "贵方", "本公司", "我公司", "贵公司", "本人", "本单位", "我单位", "贵单位"}


# a company form alone ("Ltd" cut from two names OCR ran together), no company's name
_FORM_ONLY = re.compile(r"^(?:(?:Co|Ltd|Limited|Inc|Incorporated|LLC|LLP|Corp|Corporation|Pte|Pty|PLC|"
                        r"GmbH|AG|S\.?A|Company)\b[.,]{0,2}\s*)+$|^(?:有限)?(?:责任)?公司$", re.IGNORECASE)


_ROLE_TAILS = frozenset(r[-2:] for r in ZH_ROLES if len(r) >= 3 and r.endswith("方"))
_ADDRESS_START = re.compile(r"(?:plot|office|room|unit|suite|flat|level|floor|block|building|p\.?\s?o\.?\s+box)\s*\d"
                            r"|\d+[A-Za-z]?(?:\s+[A-Z][\w'-]*){1,3}\s+(?:street|st|road|rd|avenue|ave|drive|dr|lane|ln|"
                            r"boulevard|blvd|way|place|crescent|close|court|highway|hwy)\b\.?$", re.IGNORECASE)


def _plausible(name: str) -> bool:
    if name in ZH_ROLES or name.lower() in EN_ROLES or name in _SELF_REFERENCE:
        return False
    if re.match(rf"the\s+(?:{_EN_ALT})s?\b", name, re.IGNORECASE):
        return False  # "the customer identified below"
    if re.match(r"[a-z]", name) and not re.match(r"(?:van|von|de|da|di|du|le|la|al|el|bin)\s", name):
        return False  # "to the other", "or (d) is required …": words of a sentence
    if name[:1] in "与和及同" and name[1:] in ZH_ROLES:
        return False  # "采购方（以下简称“甲方”）与供货方（…）": a role, the names come later
    if len(name) >= 3 and any(len(r) == len(name) and levenshtein(name, r, 1) <= 1 for r in ZH_ROLES):
        return False  # a role word OCR misread ("拐露方" for 披露方), not a name
    if len(name) < 2 or len(name) > 90 or _FORM_ONLY.match(name):
        return False
    if re.search(r"\b(?:No|Nos|Number|Ref)\.?$", name, re.IGNORECASE) or name[0] in "/／" \
            or re.match(r"[\u4e00-\u9fff]{0,4}信息", name) and not _ORG_SUFFIX.search(name):
        return False  # a form's field label ("Order No", "Account No.", "/姓名", "银行信息"), no name
    # a long one is a company's ("… Co., Ltd. Panyu Branch"), not the words of a clause
    if len(name) > 60 and not (_ORG_SUFFIX.search(name) or _COMPANY_FORM.search(name)):
        return False
    # 向 and 于 are surnames too ("向庆"), not only the verbs that start a clause
    if _NOT_NAME.search(name) and not (name[0] in "向于" and _ZH_PERSON.match(name) and len(name) <= 3):
        return False
    if name[-2:] in _ROLE_TAILS and not _ORG_SUFFIX.search(name):
        return False  # "苏州…有限促8租方": a name that ran into the next cell's role (承租方)
    if _ADDRESS_START.match(name) and not _ORG_SUFFIX.search(name):
        return False  # "Creditor: Plot 88, Elandsfontein …": a notice address under the role, no name
    if name.isascii() and name == name.lower() and " " not in name:
        return False  # "cc" OCR made of a dotted signature line
    letters = sum(1 for c in name if c.isalpha())
    if sum(1 for c in name if c.isdigit()) >= 6 and not re.search(r"[a-z\u4e00-\u9fff]", name):
        return False  # a registration or credit code, not a name
    return letters >= 2


def _script_penalty(name: str) -> float:
    """A Chinese name with a run of Latin letters is probably OCR garbage ("深SITTER AP")."""
    han = sum(1 for c in name if is_han(c))
    latin = sum(1 for c in name if c.isascii() and c.isalpha())
    return 0.6 if han and latin >= 4 and not name.endswith(("公司", "集团", "中心")) else 1.0


_FIELD_LINE = re.compile(rf"^[ \t]*(?:{_FIELD})[ \t]*[:：]?[ \t]*(?P<rest>[^\n]+)", re.IGNORECASE)
_ZH_PERSON = re.compile(rf"^[{HAN}]{{2,4}}$")
_EN_PERSON = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.?)?"
                        r"(?:(?:\s+(?:bin|binte|binti|van|von|der|den|de|da|del|la|le|di|al))*\s+[A-Z][a-zA-Z'\-]+){1,2}$")
_NOT_PERSON = re.compile(r"合同|协议|条款|地址|住所|电话|日期|签|章|代表|银行|账号|双方|本|第|信息|资料|"
                         r"\b(?:Agreement|Address|Date|Signature|Party|Schedule|Clause|Page|Street|Road)\b")


def looks_like_person(name: str) -> bool:
    """A bare personal name: 2–4 Han characters, or two or three capitalised words."""
    return bool((_ZH_PERSON.match(name) or _EN_PERSON.match(name)) and not _NOT_PERSON.search(name))


def _names_party(name: str) -> bool:
    """A plausible name that is a company's or a person's (not a clause, a label, a place)."""
    return _plausible(name) and bool(_ORG_SUFFIX.search(name) or looks_like_person(name))


def looks_like_organisation(name: str) -> bool:
    """Whether ``name`` ends like a company or an institution (有限公司, 银行, Ltd, LLP …)."""
    return _ORG_SUFFIX.search(name.strip()) is not None


# where one company's name ends and another's starts on the same line
_AFTER_COMPANY = re.compile(_AFTER_COMPANY_FORM + r"\s+(?=[A-Z])")


def _same_column(text: str, pos: int, below: str) -> str:
    """The cell of ``below`` in the column of the label that ends at ``pos`` ("甲方（盖章）：   乙方
    （盖章）：" over "X公司   Y公司": the second label's name is the second cell), or the whole
    line where the two lines do not have the same cells."""
    def cells_of(s: str) -> list[str]:  # (a colon left alone by a blanked gloss is no cell)
        return [c for c in _CELLS.findall(s) if c not in (":", "：")]
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    column = len(cells_of(text[line_start:pos]))
    cells = cells_of(below)
    if len(cells) < len(cells_of(line)):
        # two names OCR set closer than a column gap ("X Co., Ltd. Maple Harbour Trading Inc."):
        # the company forms still end them
        cells = [c for c in _AFTER_COMPANY.split(below) if c.strip()]
    if column <= 1 or len(cells) != len(cells_of(line)):
        return below
    return cells[column - 1]


def _label_only(line: str) -> bool:
    return bool(line.strip()) and _ROLE_CELL.match(line.strip()) is not None


def _stacked_name(text: str, pos: int, line_end: int) -> tuple[str, int, str, float] | None:
    """Labels of two columns that OCR gave one under the other ("Party A …:" / "Party B …:"),
    then their names the same way: the label's place in the stack is its name's place under it.
    None where the label stands alone."""
    lines = text.split("\n")
    at = text.count("\n", 0, pos)  # the label's line
    above = 0
    while at - above - 1 >= 0 and _label_only(lines[at - above - 1]):
        above += 1
    below = 0
    while at + below + 1 < len(lines) and _label_only(lines[at + below + 1]):
        below += 1
    if above + below == 0:
        return None
    k = at + below + 1 + above  # the name line of this label
    names = lines[at + below + 1:at + below + 2 + above + below]
    if k >= len(lines) or len(names) != above + below + 1:
        return None
    found = [clean_name(n) for n in names]
    if not all(_names_party(n) for n in found):
        return None
    s = sum(len(x) + 1 for x in lines[:k])
    return found[above], _name_start(text, found[above], s), "next_line", 0.6


def _name_below(text: str, pos: int, has_colon: bool,
                label_end: int | None = None) -> tuple[str, int, str, float] | None:
    """The name under a role label that ends its line: the next line ("甲方：" / "Lender:"),
    or a "名称：X" / "Name: X" line among the next three (a "甲方" / "THE LENDER" heading)."""
    start = text.find("\n", pos)
    if start < 0 or (label_end is None and text[pos:start].strip()):
        return None
    stacked = _stacked_name(text, pos, start)
    if stacked is not None:
        return stacked
    for k in range(3):
        s = start + 1
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
        line = text[s:e]
        fm = _FIELD_LINE.match(line)
        if fm:
            name = clean_name(fm.group("rest"))
            return name, s + fm.start("rest"), "label", 0.8
        if k == 0 and line.strip():
            name = clean_name(_same_column(text, pos if label_end is None else label_end, line))
            if has_colon and (_ORG_SUFFIX.search(name) or looks_like_person(name)):
                return name, s, "next_line", 0.6
            if _ORG_SUFFIX.search(name):  # a heading ("THE LENDER") over a company name
                return name, s, "next_line", 0.5
        if _LABEL_START.match(line):
            return None  # another role label: this one has no name of its own
        start = e
        if start >= len(text):
            return None
    return None


# "Party A / 甲方: X": the Chinese label after the English one blanked out too
_GLOSS_ZH = re.compile(rf"((?:^|(?<=[\n \t]))[ \t]*(?:the\s+)?(?:{_EN_ALT})(?:[ \t]*\([A-Za-z ]{{1,24}}\))?)"
                       rf"([ \t]*/?[ \t]*(?:{_ZH_ALT})(?:[ \t]*[(（][^)）\n]{{1,12}}[)）])?)(?=[ \t]*[:：]|[ \t]{{3}})",
                       re.IGNORECASE)
_GLOSS = re.compile(rf"((?:^|(?<=[\n \t]))[ \t]*(?:{_ZH_ALT})(?:[ \t]*[(（][^)）\n]{{1,12}}[)）])?[ \t]*)"
                    rf"((?:the\s+)?[A-Za-z][A-Za-z'. ]{{1,40}}?(?:[ \t]*\([A-Za-z ]{{1,20}}\))?)(?=[ \t]*[:：]|[ \t]{{3}})",
                    re.IGNORECASE)
# a bilingual label whose Chinese OCR misread ("5277 The Sellers:" for 卖方): the English one
_GARBLED_GLOSS = re.compile(rf"((?:^|(?<=\n))[ \t]*)([^\sA-Za-z:：]{{1,6}})(?=[ \t]+(?:the\s+)?(?:{_EN_ALT})s?[ \t]*[:：])",
                            re.IGNORECASE)
# a party letter OCR misread before the role it stands for ("用方（卖方）名称：X" for 甲方（卖方）)
_GARBLED_LETTER = re.compile(rf"(?:^|(?<=\n)|(?<=   ))[ \t]*(?P<x>[{HAN}])(?=方[ \t]*[(（][ \t]*(?P<role>{_ZH_ALT})[ \t]*[)）])")
_LETTER = {"party_a": "甲", "party_b": "乙", "party_c": "丙"}
# the rules of a table row: a column gap to the patterns (one character for one: offsets hold)
_TABLE_RULE = re.compile(r"[|│┃｜]")


class _Decl(NamedTuple):
    start: int
    end: int
    label: str
    inner: str | None
    text: str


def _declarations(text: str) -> list[_Decl]:
    """The role declarations in document order: bracketed ones ("X（以下简称“甲方”）", "X (the
    "Seller")") and bare ones ('X … hereinafter "the Recipient"', "X，以下简称甲方") that do not
    stand inside a bracketed one."""
    bracketed = [_Decl(m.start(), m.end(), m.group("label"), m.group("inner"), m.group(0))
                 for m in _DECL.finditer(text)]
    bare = [_Decl(m.start(), m.end(), m.group("label") or m.group("zlabel"), None, m.group(0))
            for m in _DECL_BARE.finditer(text)
            if not any(d.start <= m.start() < d.end for d in bracketed)]
    return sorted([*bracketed, *bare], key=lambda d: d.start)


def find_party_candidates(text: str) -> list[PartyCand]:
    """Every party candidate in document order. Table rules ("| 甲方 | X公司 |") count as the
    wide gaps between columns that OCR leaves where the rules were."""
    text = _TABLE_RULE.sub(" ", text)
    # a quote mark standing alone between two columns is a speck OCR read, not a quotation
    # (one of a pair around a short word, "（以下简称 “ 甲方 ”）", is a quotation)
    text = re.sub(r"(?<= )[“”\"‘’](?= )(?![^\n“”\"‘’]{1,12}[“”\"‘’])", lambda m: m.group(0) if re.search(
        r"[“”\"‘’][^\n“”\"‘’]{1,12}$", text[max(0, m.start() - 13):m.start()]) else " ", text)
    # OCR reads "（" as "〔" or "〔(" now and then: one round bracket (offsets unchanged)
    text = text.replace("〔(", " (").replace("〔", "(").replace(")〕", ") ").replace("〕", ")")
    # "贷款人(甲方}苏州…": the closing bracket of a party letter read as a brace
    text = re.sub(r"(?<=[(（][甲乙丙]方)[}\]｝]", ")", text)
    # a bilingual label, "卖方 The Sellers：X": the English gloss blanked out (offsets unchanged)
    for gloss in (_GLOSS, _GLOSS_ZH, _GARBLED_GLOSS):
        text = gloss.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    text = _GARBLED_LETTER.sub(lambda m: m.group("x") if m.group("x") + "方" in ZH_ROLES
                               else _LETTER[ZH_ROLES[_printed(m.group("role"))]], text)
    out: list[PartyCand] = []
    labels = list(_LABEL.finditer(text))
    for m in labels:
        role = _role_of(m.group("label"), m.group("inner"))
        if role is None:
            continue
        rest = m.group("rest")
        rest_start = m.start("rest")
        has_colon = m.group("colon") is not None or m.group("field") is not None
        kind, conf = "label", 0.85
        # "Supplier:   Deliver To:": headings of two columns, the names under them
        heading_row = bool(rest.strip()) and bool(re.search(r" {3}|[:：]", text[m.end("label"):rest_start])) \
            and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() \
            and bool(_OTHER_HEAD.match(rest.strip()) or _ROLE_CELL.match(rest.strip()))
        if heading_row:
            nxt = _LABEL.match(text, rest_start)  # the next column's heading is a label too
            if nxt is not None:
                labels.append(nxt)
        if not rest.strip() or heading_row:
            # "甲方：" with the name on the next line, or a "甲方" heading over "名称：X"
            found = _name_below(text, m.end(), has_colon, label_end=m.start("rest") if heading_row else None)
            if found is None:
                continue
            name, rest_start, kind, conf = found
        elif not has_colon:
            if re.match(r"[ \t]*[a-z]", rest):
                continue  # "The Lessor lets to the Lessee …": a sentence, not a table row
            kind, conf = "loose", 0.6
            name = clean_name(rest)
            # "Borrower  Wei Chen" (a table row): a company, or a bare personal name, in
            # capitals too across a column gap ("Landlord   TAN WEI MING")
            gap = " " * 3 in text[m.end("label"):rest_start + len(rest) - len(rest.lstrip())]
            if not (_ORG_SUFFIX.search(name) or looks_like_person(name.strip())
                    or gap and name.isupper() and looks_like_person(name.strip().title())):
                continue
        else:
            name = clean_name(_with_form_below(text, rest, m.end("rest")))
        if not _plausible(name):
            continue
        if _po_agent(text, m, name):
            continue
        conf *= _script_penalty(name)
        start = _name_start(text, name, rest_start)
        out.append(PartyCand(start=start, end=min(start + len(name), len(text)), conf=conf,
                             role=role, name=name, kind=kind,
                             label=_printed(m.group("label")),
                             explicit=_is_explicit(m.group("label"), m.group("inner"))))
    prev_end = 0
    for d in _declarations(text):
        role = _role_of(d.label, d.inner)
        if role is None:
            continue
        lo = max(0, d.start - 600, prev_end)
        before = text[lo:d.start]
        is_zh = any(is_han(c) for c in d.text)
        if is_zh:
            # "X（统一社会信用代码：…）（以下简称“甲方”）": the name is before the code
            reg = _REG_BRACKET.search(before)
            if reg:
                before = before[:reg.start()]
            # the bracketed place in a name ("中泰新材料（青岛）有限公司") is no boundary
            bounds = [b for b in _ZH_BOUNDARY.finditer(before)
                      if not (b.group(0) in ")）" and re.search(rf"[(（][{HAN}]{{2,6}}$", before[:b.start()])
                              and re.match(rf"[ \t]?[{HAN}(（]", (before + "（")[b.end():b.end() + 2]))]
            last = bounds[-1] if bounds else None
            # a name the line wrap broke ("南京市恒达生物科\n技有限公司"): the end of a full line of
            # prose before the break is part of it
            if last is not None and last.group(0) == "\n" and last.start() > 0 and is_han(before[last.start() - 1]):
                line_start = text.rfind("\n", 0, lo + last.start()) + 1
                prev_end_at = bounds[-2].end() if len(bounds) >= 2 else 0
                after_label = len(bounds) >= 2 and bounds[-2].group(0) in ":："  # "签订地点：X" is a value
                if lo + last.start() - line_start >= 30 and before[prev_end_at:last.start()].strip() \
                        and not after_label:
                    last = bounds[-2] if len(bounds) >= 2 else None
            seg_start = lo + (last.end() if last else 0)
        else:
            # the name starts after "between" or after the previous declaration; "and" inside
            # an address ("England and Wales") must not cut it
            last = None
            for b in _EN_START.finditer(before):
                last = b
            if last is None and lo != prev_end:
                for b in _EN_BOUNDARY.finditer(before):
                    last = b
            elif last is None:
                # "X ("Landlord"), acting through its agent Y, and Z ("Tenant")": after ", and"
                for b in re.finditer(r",\s*and\b\s*", before):
                    last = b
            seg_start = lo + (last.end() if last else 0)
            # a party given a short name before this one ("X, … ("Bank"), and Y … ("Borrower")")
            # ends there as well
            for sm in _SHORT_NAME.finditer(before):
                seg_start = max(seg_start, lo + sm.end())
        after = re.match(r"[ \t]*[:：][ \t]*([^\n]*)", text[d.end:d.end + 80])
        # "采购方（以下简称“甲方”）：X", "Lender (Party A): X": a role label with its letter
        line_lead = text[text.rfind("\n", 0, d.start) + 1:d.start]
        if after and _is_explicit(d.label, d.inner) and (
                re.fullmatch(rf"[ \t]*[{HAN}]{{2,8}}[ \t]*", line_lead) if is_zh
                else re.fullmatch(r"[ \t]*(?:[A-Za-z][A-Za-z'-]*[ \t]+){0,3}[A-Za-z][A-Za-z'-]*[ \t]*", line_lead)):
            prev_end = d.end
            if after.group(1).strip():
                name, at = clean_name(after.group(1)), d.end
            else:  # "聘用单位（以下简称“甲方”）：" over "名称：X"
                below = _name_below(text, d.end + after.end(), True)
                name, at = (below[0], below[1]) if below else ("", d.end)
            if _plausible(name):
                start = _name_start(text, name, at)
                out.append(PartyCand(start=start, end=min(start + len(name), len(text)), conf=0.85,
                                     role=role, name=name, kind="label",
                                     label=_printed(d.label), explicit=True))
            continue
        seg = text[seg_start:d.start]
        if _ENDS_WITH_ROLE.search(seg):
            prev_end = d.end
            continue  # "甲方（采购方）": two role words, a label and no declaration
        if is_zh:
            for prefix in (_ZH_PREFIX, _ROLE_THEN_AND, _ROLE_BEFORE_NAME):
                p = prefix.match(seg)
                if p:
                    seg, seg_start = seg[p.end():], seg_start + p.end()
        else:
            for lead in (_SEG_LEAD, _EN_LABEL_LEAD):
                p = re.match(lead, seg, re.IGNORECASE)
                if p:
                    seg, seg_start = seg[p.end():], seg_start + p.end()
            # "1. THE PARTIES\nEmployer: X … (the "Company")": the name after the line's label
            labelled = list(re.finditer(r"\n" + _EN_LABEL_LEAD, seg, re.IGNORECASE))
            if labelled:
                seg, seg_start = seg[labelled[-1].end():], seg_start + labelled[-1].end()
            # "We are pleased to confirm your employment with X (the "Company")": a sentence of
            # its own line, the name in it; the lines above (a letterhead, an address) are not
            last_nl = seg.rfind("\n")
            if last_nl >= 0:
                line = seg[last_nl + 1:]
                tail = clean_name(line)
                at = line.find(tail[:8]) if tail else -1
                if at > 0 and looks_like_organisation(tail) \
                        and len(re.findall(r"(?:^|\s)[a-z][a-z'-]+(?=\s)", line[:at])) >= 3:
                    seg, seg_start = line, seg_start + last_nl + 1
            # the title and the reference line over a name at the top of the page
            # ("SOFTWARE LICENSE AGREEMENT" / "Agreement No. HR-LA-2024-0056" / "Hoshizora …")
            while (h := _HEAD_LINE.match(seg)) and seg[h.end():].strip():
                seg, seg_start = seg[h.end():], seg_start + h.end()
        name = clean_name(seg)
        prev_end = d.end
        if name in _SELF_REFERENCE:
            # "贵司（承租方）与我司（出租方）…" in a letter: the addressee and the letterhead
            side = _letter_side(text, name)
            if side is None:
                continue
            name, seg_start = side
        if not _plausible(name):
            continue
        start = _name_start(text, name, seg_start)
        out.append(PartyCand(start=start, end=min(start + len(name), len(text)), conf=0.9,
                             role=role, name=name, kind="decl",
                             label=_printed(d.label),
                             explicit=_is_explicit(d.label, d.inner)))
    out.extend(_column_table_parties(text))
    out.extend(_numbered_parties(text, out))
    out.extend(_between_parties(text, out))
    out.extend(_cover_parties(text, out))
    out.extend(_iou_lender(text))
    out.extend(_acting_as(text, out))
    out.extend(_role_column_rows(text, out))
    out.extend(_letter_addressee(text, out))
    out.extend(_letterhead_party(text, out))
    out.extend(_zh_letter_parties(text, out))
    out.extend(_signature_parties(text, out))
    _pronoun_sides(text, out)
    out = _split_joint(out)
    out.sort(key=lambda c: c.start)
    return out


_JOINT = re.compile(r"^(?P<a>.+?)\s*(?:\sand\s|、|和|及)\s*(?P<b>.+)$")


def _split_joint(cands: list[PartyCand]) -> list[PartyCand]:
    """Persons who together are one side ("Daniel K. Okafor and Priya Raman (together,
    "Tenant")", "Owner:   Hemi Paratene and Charlotte Anne Paratene", "CO-BORROWER: X"): each a
    party of that side, the second and later ones joint."""
    out: list[PartyCand] = []
    for c in cands:
        if c.label.startswith("co-"):
            c.joint = True
        m = _JOINT.match(c.name)
        if m and looks_like_person(m.group("a")) and looks_like_person(m.group("b")) \
                and not _ORG_SUFFIX.search(c.name):
            b_start = c.start + m.start("b")
            out.append(replace(c, end=c.start + len(m.group("a")), name=m.group("a")))
            out.append(replace(c, start=b_start, end=b_start + len(m.group("b")), name=m.group("b"), joint=True))
            continue
        out.append(c)
    return out


_FORM_BROKEN = re.compile(r"\b(?:Co|Pte|Sdn|Pty|\(Pty\))\.?,?[ \t]*$")
_FORM_REST = re.compile(r"[ \t]*(?:Ltd\b\.?|Limited\b|Bhd\b\.?|Inc\b\.?|LLC\b|Ltd(?=[(（]))")


def _with_form_below(text: str, rest: str, rest_end: int) -> str:
    """``rest`` and the end of its company form on the next line, where the line broke inside
    it ("Party A: Hongyuan New Materials (Wuhan) Co.," / "Ltd.（宏远新材料（武汉）有限公司）")."""
    if rest_end < len(text) and text[rest_end] == "\n" and _FORM_BROKEN.search(rest):
        more = _FORM_REST.match(text, rest_end + 1)
        if more:
            return rest + " " + more.group(0).strip()
    return rest


def _po_agent(text: str, m: re.Match[str], name: str) -> bool:
    """"Buyer: T. Lindqvist" in a purchase order's header, in a column beside "PO Number": the
    purchasing agent who placed the order, not the buying company (its letterhead)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end("rest"))
    person = looks_like_person(name) or re.fullmatch(r"(?:[A-Z]\.\s*){1,2}[A-Z][a-zA-Z'-]+", name)
    # another field in a column before it, or after it ("Buyer:   Kenji Lavoie   Phone: …")
    in_header = re.search(r"\S {3,}", text[line_start:m.start("label")] + " ") \
        or re.search(r" {3,}[A-Za-z][\w ./]{0,20}:", text[m.start("rest"):len(text) if line_end < 0 else line_end])
    return bool(m.group("label").lower() in {"buyer", "purchaser"} and person and in_header
                and re.search(r"purchase\s+order", text[:400], re.IGNORECASE))


# the writer of a letter-contract is the one who provides the services ("our fees", "we will
# provide"): the client it writes to is party A then
_WRITER_SERVES = re.compile(r"\bour\s+(?:fees?|charges|services|engagement)\b|\bwe\s+will\s+(?:provide|perform|deliver|act)\b"
                            r"|\b(?:engagement\s+letter|letter\s+of\s+engagement)\b|\bfor\s+instructing\b",
                            re.IGNORECASE)


def _pronoun_sides(text: str, cands: list[PartyCand]) -> None:
    """Parties declared only as "we" and "you" (an employment contract or engagement letter
    written in the first person): the writer is party A (the employer, the landlord), unless it
    is the one serving the other ("our fees"); the other party is the other side. With a party
    of one side declared by its role, a pronoun takes the side left."""
    pron = [c for c in cands if c.role == _OTHER_SIDE]
    sides = {c.role for c in cands} & {"party_a", "party_b"}
    if not pron or len(sides) > 1:
        return  # (both sides named by their roles: the pronouns add nothing)
    if sides:
        for c in pron:
            c.role = "party_b" if sides == {"party_a"} else "party_a"
        return
    writer_serves = bool(_WRITER_SERVES.search(text))
    for c in pron:
        we = c.label == "we"
        c.role = "party_b" if we == writer_serves else "party_a"


# "(1) TIDEWATERBRIDGE CONSULTING GMBH" on a cover, "(2) Pacificpoint Materials (UK) Limited
# incorporated …" under PARTIES: the parties in the order they are numbered
_NUMBERED = re.compile(r"^[ \t]*(?:[(（]\s*(?P<n>[1-3])\s*[)）]|(?P<dot>[1-3])\.(?!\d))[ \t]*"
                       r"(?P<rest>[^\n]+(?:\n(?![ \t]*(?:[(（]\s*\d|\d\.))[^\n]+){0,3})",
                       re.MULTILINE)
_NUMBERED_ROLE = {"1": "party_a", "2": "party_b", "3": "party_c"}
_PARTIES_INTRO = re.compile(r"(?i:\b(?:between|among(?:st)?|parties))[ \t]*:?[ \t]*\n[ \t]*\Z")
# what stands between two parties of an opening sentence
_SEG_LEAD = (r"\s*(?:[,;]\s*)?(?:(?:of\s+the\s+(?:one|other|first|second|third)\s+part|on\s+the\s+(?:one|other)\s+hand)"
             r"\s*[,.;]?\s*)?(?:and\b\s*)?(?:the\s+undersigned\s*,?\s*)?")


# "by and between X, incorporated … ("Falconpeak"), and Y, … ("Pinnaclepeak")": parties
# defined by a short name rather than a role, party A the first named
_BETWEEN = re.compile(r"\b(?:by\s+and\s+between|between|among(?:st)?)\b(?!\s+(?:the|its|their|us|them|you)\b)\s*:?",
                      re.IGNORECASE)
_SHORT_NAME = re.compile(r"(?:[(（]\s*(?:(?:hereinafter|individually)(?:\s+(?:referred\s+to\s+as|called))?\s*,?\s*)?|"
                         r"\bhereinafter(?:\s+(?:referred\s+to\s+as|called))?\s*,?\s*)"
                         r"(?:the\s+)?[\"“”']\s*(?P<short>[A-Z][^\"“”'\n]{1,40}?)\s*[\"“”']\s*[)）]?")


def _between_parties(text: str, found: list[PartyCand]) -> list[PartyCand]:
    """The parties of the opening "between X (…) and Y (…)" sentence, numbered by their order,
    where each is given a short name instead of a role; as for numbered parties, names and
    roles found with a printed role are left to those."""
    head = text[: max(3000, len(text) // 3)]
    m = _BETWEEN.search(head)
    if m is None:
        return []
    entries: list[tuple[int, str, str | None]] = []  # (where, name, printed role)
    seg_start = m.end()
    for n, d in enumerate(_SHORT_NAME.finditer(head, m.end(), min(len(head), m.end() + 1500))):
        if n >= 3:
            break
        lead = re.match(_SEG_LEAD, head[seg_start:d.start()], re.IGNORECASE)
        seg_from = seg_start + (lead.end() if lead else 0)
        seg_start = d.end()
        short = d.group("short").strip()
        entries.append((seg_from, clean_name(head[seg_from:d.start()]),
                        short.lower() if _role_of(short, None) is not None else None))
        if re.search(r"\.\s*$|\.\s+[A-Z]", head[d.end():d.end() + 3]):
            break  # the sentence ends
    return _ordinal_parties(text, entries, found)


# a cover page: "between" (or "- and -") on a line of its own between names on lines of theirs
_COVER_BETWEEN = re.compile(r"^[ \t]*(?:by\s+and\s+)?(?:between|among(?:st)?)[ \t]*:?[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)
_COVER_AND = re.compile(r"^[ \t]*[-–—]*[ \t]*(?:and|&)[ \t]*[-–—]*[ \t]*$", re.IGNORECASE)
_COVER_ROLE = re.compile(rf"^[ \t]*[(（]?[ \t]*(?:as\s+)?(?:the\s+)?(?P<label>(?:{_EN_ALT})s?)\b[ \t]*[)）]?[ \t]*$",
                         re.IGNORECASE)


def _cover_parties(text: str, found: list[PartyCand]) -> list[PartyCand]:
    """The parties of a cover page: "between", then each name on a line of its own, "and" (or
    "- and -") on the line between them, and now and then a role under a name ("(as Lender)")
    or a bracketed place ("(United Kingdom)"). A printed role decides; the order does where none
    is printed."""
    m = _COVER_BETWEEN.search(text[: max(3000, len(text) // 3)])
    if m is None:
        return []
    entries: list[tuple[int, str, str | None]] = []
    want_name = True
    pos = m.end()
    for line_m in re.finditer(r"[^\n]*", text[pos:pos + 1200]):
        line = line_m.group(0)
        at = pos + line_m.start()
        if not line.strip():
            continue
        if _COVER_AND.match(line):
            want_name = True
            continue
        role = _COVER_ROLE.match(line)
        if role and entries and entries[-1][2] is None:
            entries[-1] = (entries[-1][0], entries[-1][1], _printed(role.group("label")))
            continue
        if re.fullmatch(r"[ \t]*[(（][^()（）\n]{1,60}[)）][ \t]*", line) and entries:
            continue  # "(United Kingdom)", "(Company No. 0123456)"
        if not want_name:
            break
        # a role or a place in brackets after the name on its line ("X LIMITED (as Borrower)")
        tail = re.search(r"\s*[(（]([^()（）\n]{1,60})[)）]\s*$", line)
        printed = None
        if tail:
            role = _COVER_ROLE.match(tail.group(0))
            printed = _printed(role.group("label")) if role else None
            line = line[:tail.start()]
        name = clean_name(re.sub(r"^[ \t]*[(（]\s*\d\s*[)）]", "", line))
        if not _names_party(name):
            break
        entries.append((at + line.find(name[:2]), name, printed))
        want_name = False
        if len(entries) == 3:
            break
    if len(entries) < 2:
        return []
    out: list[PartyCand] = []
    for at, name, printed in entries:
        role = _role_of(printed, None) if printed else None
        if role is None or any(_same_name(name, c.name) for c in found):
            continue
        out.append(PartyCand(start=at, end=min(at + len(name), len(text)), conf=0.8, role=role,
                             name=name, kind="label", label=printed or "",
                             explicit=_is_explicit(printed or "", None)))
    return out + _ordinal_parties(text, [e for e in entries if e[2] is None], [*found, *out])


def _ordinal_parties(text: str, entries: list[tuple[int, str, str | None]],
                     found: list[PartyCand]) -> list[PartyCand]:
    """Parties listed in order, party A the first: those without a printed role (a printed
    role leaves the party to its declaration). Where two are listed without a role and a
    third is "the Company" (a shareholders' agreement, a deed with the company whose
    shares it deals in), the company is the third party, not party A."""
    if len(entries) == 3 and entries[0][2] is None and entries[1][2] is None \
            and entries[2][2] in _RELATIVE_A:
        for c in found:
            if c.role == "party_a" and _same_name(c.name, entries[2][1]):
                c.role = "party_c"
    out: list[PartyCand] = []
    taken = {c.role for c in found}
    for n, (at, name, printed) in enumerate(entries):
        if printed is None:
            role = _NUMBERED_ROLE[str(n + 1)]
            if len(entries) == 2 and role in taken and entries[1 - n][2] is not None:
                # "between X (“LCHG”) and Y (the “Supplier”)": Y's role is printed and taken,
                # X is the other side
                role = next((r for r in ("party_a", "party_b") if r not in taken), role)
            c = _ordinal_party(text, name, role, at, found)
            if c is not None:
                out.append(c)
    return out


_DEAR = re.compile(r"\bDear\s+(?:Sirs?|Madam|[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3})[ \t]*(?:[,:]|(?=\n))")
_ADDRESSEE_PREFIX = re.compile(r"^(?:to|attn|attention|for\s+the\s+attention\s+of)\s*[:.]?\s*"
                               r"|^the\s+(?:directors|board(?:\s+of\s+directors)?|(?:managing\s+|finance\s+)?director|"
                               r"manager|secretary)\s*,\s*", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Messrs|M/[sS])\.?\s+")


# an IOU (借条, 借据): "本人X今向Y借款…", "今借到Y人民币…": Y lent the money
_IOU = re.compile(rf"(?:今?向|今借到|现借到|借到)\s*(?P<name>[{HAN}()（）]{{2,40}}?)\s*(?:[(（][^)）\n]{{0,40}}[)）]?\s*)?"
                  rf"(?:借款|借用|借到|借|人民币|现金|[¥￥])")


def _iou_lender(text: str) -> list[PartyCand]:
    m = _IOU.search(text[:1500])
    if m is None or not re.search(r"借条|借据|欠条|借款", text[:200]):
        return []
    name = clean_name(m.group("name"))
    if not (_names_party(name)):
        return []
    start = _name_start(text, name, m.start("name"))
    return [PartyCand(start=start, end=start + len(name), conf=0.75, role="party_a", name=name, kind="decl",
                      label="出借人")]


_ACTING_AS = re.compile(rf"(?P<name>[A-Z][^,;:()\n]{{2,80}}?(?:\n[^,;:()\n]{{0,40}}?)?),?\s+(?:acting\s+)?as\s+(?:the\s+)?"
                        rf"(?P<label>{_EN_ALT})\b(?!\s*\()", re.IGNORECASE)


def _acting_as(text: str, found: list[PartyCand]) -> list[PartyCand]:
    """"between X, acting as Purchaser and Y, acting as Supplier": the role after the name."""
    out: list[PartyCand] = []
    head = text[:2500]
    for m in _ACTING_AS.finditer(head):
        name = clean_name(re.sub(r"^.*\b(?:between|and)\s+", "", m.group("name").replace("\n", " "),
                                 flags=re.IGNORECASE))
        role = _role_of(m.group("label"), None)
        if role is None or not _names_party(name):
            continue
        if any(_same_name(name, c.name) or c.role == role for c in [*found, *out]):
            continue
        start = _name_start(text, name, m.start("name"))
        out.append(PartyCand(start=start, end=start + len(name), conf=0.8, role=role, name=name, kind="decl",
                             label=m.group("label").lower()))
    return out


# a schedule of parties: "Name  Company number  Registered office  Role" over one row per party
_ROLE_HEADER = re.compile(r"^[^\n]*\b(?:name|名称)\b[^\n]*\b(?:role|capacity|角色|身份)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_ROW_ROLE = re.compile(rf"[ \t](?P<label>{_ZH_ALT}|(?:{_EN_ALT}))[ \t]*$", re.IGNORECASE)


def _role_column_rows(text: str, found: list[PartyCand]) -> list[PartyCand]:
    out: list[PartyCand] = []
    for h in _ROLE_HEADER.finditer(text):
        pos = h.end() + 1
        for _ in range(4):
            end = text.find("\n", pos)
            line = text[pos:end if end >= 0 else len(text)]
            r = _ROW_ROLE.search(line)
            if r is None:
                break
            role = _role_of(r.group("label"), None)
            name = clean_name(line[:r.start()])
            if role and _names_party(name) and \
                    not any(_same_name(name, c.name) for c in [*found, *out]):
                out.append(PartyCand(start=pos, end=pos + len(name), conf=0.75, role=role, name=name,
                                     kind="label", label=r.group("label").lower()))
            if end < 0:
                break
            pos = end + 1
    return out


def _letterhead(text: str) -> tuple[str, int] | None:
    """The company name a letter or form is printed under: its first line, or the first
    column of its first line or of the line under a title ("OFFICIAL PURCHASE ORDER" over
    "X Ltd   Order No: …", "X LTD.   PURCHASE ORDER")."""
    for k, m in enumerate(re.finditer(r"[ \t]*(\S[^\n]*)", text[:600])):
        if k == 2:
            break
        cell = re.match(r"\S+(?: {1,2}\S+)*", m.group(1))
        raw = cell.group(0) if cell else m.group(1)
        name = clean_name(raw)
        if name == raw.strip().rstrip(":：") and not re.search("[:：]", name) and _ORG_SUFFIX.search(name) \
                and _plausible(name):
            return name, m.start(1)
    return None


def _letter_side(text: str, word: str) -> tuple[str, int] | None:
    """Who "我司" (the writer: the letterhead) or "贵司" (the addressee: "X公司：" on a line of
    its own under the title) is in a letter (函)."""
    if word.startswith(("我", "本")):
        return _letterhead(text)
    org = rf"([{HAN}()（）]{{4,40}}?(?:公司|集团|中心|银行|支行|分行|研究院|学院|医院))"
    m = re.search(rf"^[ \t]*(?:致\s*[:：]\s*{org}\s*[:：]?|{org}\s*[:：])\s*$", text[:800], re.MULTILINE)
    if m:
        return (m.group(1), m.start(1)) if m.group(1) else (m.group(2), m.start(2))
    return None


_ADDRESSEE_SELLS = re.compile(r"向\s*贵(?:司|方|公司)\s*(?:采购|订购|购买|订货|租用|租赁|借款)|贵(?:司|方|公司)[^。；\n]{0,12}(?:供货|供应|提供|出租|出借)")
_WRITER_SELLS = re.compile(r"向\s*(?:我|本)(?:司|方|公司)\s*(?:采购|订购|购买|订货|租用|租赁|借款)|(?:我|本)(?:司|方|公司)[^。；\n]{0,12}(?:向\s*贵(?:司|方|公司)\s*)?(?:供货|供应|出租|出借)")


def _zh_letter_parties(text: str, found: list[PartyCand]) -> list[PartyCand]:
    """A letter-contract in Chinese (采购确认函, 订货函) under a letterhead to "X公司：": which of
    the two sells, the writer (我司) or the addressee (贵司), its verbs tell ("现确认向贵司采购"
    — the addressee sells, party A)."""
    if {c.role for c in found} & {"party_a", "party_b"}:
        return []
    writer, addressee = _letter_side(text, "我司"), _letter_side(text, "贵司")
    if writer is None or addressee is None or _same_name(writer[0], addressee[0]):
        return []
    sells = _ADDRESSEE_SELLS.search(text), _WRITER_SELLS.search(text)
    if bool(sells[0]) == bool(sells[1]):
        return []
    a, b = (addressee, writer) if sells[0] else (writer, addressee)
    return [PartyCand(start=at, end=at + len(name), conf=0.55, role=role, name=name, kind="letter")
            for (name, at), role in ((a, "party_a"), (b, "party_b"))]


def _letterhead_party(text: str, found: list[PartyCand]) -> list[PartyCand]:
    """The company a form or letter is printed under (a purchase order, a hire contract, a
    notice), as the side no printed role names, when the other side has one."""
    roles = {c.role for c in found}
    if len(roles & {"party_a", "party_b"}) != 1:
        return []
    head = _letterhead(text)
    if head is None or any(_same_name(head[0], c.name) for c in found):
        return []
    role = "party_b" if "party_a" in roles else "party_a"
    return [PartyCand(start=head[1], end=head[1] + len(head[0]), conf=0.5, role=role, name=head[0],
                      kind="letter")]


_SIGNED_FOR = re.compile(r"\b(?:(?:for\s+and\s+)?on\s+behalf\s+of|(?:signed|executed|accepted)\s+for(?!\s+and\b))\b(?:[ \t]*:)?",
                         re.IGNORECASE)


_YOURS = re.compile(r"\byours\s+(?:faithfully|sincerely|truly)\b", re.IGNORECASE)


def _signing_companies(text: str) -> list[tuple[int, str]]:
    """The companies the signature blocks sign for ("SIGNED for and on behalf of" over "X
    LIMITED", in columns or one under the other), in order, each once."""
    out: list[tuple[int, str]] = []
    for m in _SIGNED_FOR.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        below = text[line_end + 1:].split("\n", 1)[0]  # the next line ("" at the end)
        cell, at = re.split(r" {3,}", text[m.end():line_end])[0], m.end()  # "" when a column gap follows
        if not cell.strip() and below:
            cell = _same_column(text, m.end(), below)
            at = line_end + 1 + max(0, below.find(cell))
        name = clean_name(cell)
        if not looks_like_organisation(name) and cell.strip() and below:
            # "… for and on behalf of Lumenline" / "Engineering Corporation": wrapped
            first = re.split(r" {3,}", below.strip())[0]
            if re.match(r"[A-Z(&]", first):
                name = clean_name(cell.rstrip() + " " + first)
        if looks_like_organisation(name) and _plausible(name) and not any(_same_name(name, n) for _, n in out):
            out.append((_name_start(text, name, at), name))
    return out


_ROLE_WORD = re.compile(rf"(?:^|(?<=\s))(?:{_ZH_ALT}|(?:{_EN_ALT}))(?=\s|$)", re.IGNORECASE)


def _heading_sides(text: str, names: list[str]) -> list[str] | None:
    """The sides of two names that stand side by side on one line under a line of two role
    headings ("Buyer Vendor" over "Name Brightbridge … Pte. Ltd. Horizon … Co., Ltd."), the
    table's columns run together: the headings' order is the names' order."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        at = [line.find(n) for n in names]
        if min(at) < 0:
            continue
        for above in lines[max(0, i - 3):i]:
            words = [w.group(0) for w in _ROLE_WORD.finditer(above)]
            sides = [_role_of(w, None) for w in words]
            if len(words) == 2 and len(above.split()) <= 6 and None not in sides and sides[0] != sides[1] \
                    and set(sides) <= {"party_a", "party_b"}:
                return sides if at[0] < at[1] else sides[::-1]
        return None
    return None


def _signature_parties(text: str, found: list[PartyCand]) -> list[PartyCand]:
    """Two companies signing, where the parties clause names one side or none (a schedule
    OCR could not read, a role the extractor does not know, "the Warehouse"): the one not
    named takes the side left, and with none named the first to sign is party A."""
    signing = _signing_companies(text)
    if len(signing) != 2:
        return []
    known = [next((c.role for c in found if _same_name(name, c.name)), None) for _, name in signing]
    roles = {c.role for c in found}
    if known == [None, None]:
        # (a letter's sides follow what it is, not who signs first: the buyer's letter of award
        # is signed by the buyer, then acknowledged by the supplier, party A)
        if roles & {"party_a", "party_b"} or _DEAR.search(text) or _YOURS.search(text):
            return []
        sides = _heading_sides(text, [name for _, name in signing]) or ["party_a", "party_b"]
        return [PartyCand(start=at, end=at + len(name), conf=0.45, role=role, name=name, kind="signature")
                for (at, name), role in zip(signing, sides)]
    if None not in known or known[0] == known[1] or not (set(known) & {"party_a", "party_b"}):
        return []
    role = "party_b" if "party_a" in known else "party_a"
    if role in roles:
        return []
    at, name = signing[known.index(None)]
    return [PartyCand(start=at, end=at + len(name), conf=0.5, role=role, name=name, kind="signature")]


def _letter_addressee(text: str, found: list[PartyCand]) -> list[PartyCand]:
    """The addressee of a letter agreement (an offer of employment, a facility letter): the
    name over the address block above "Dear …", as the side no printed role names — the
    letter's writer declares itself ("We, X (the "Bank")"), the addressee often does not."""
    m = _DEAR.search(text[:2500])
    if m is None:
        return []
    taken = {c.role for c in found}
    # the client of a letter whose writer serves it ("our fees", an engagement letter) is party A
    order = ("party_a", "party_b") if not taken and _WRITER_SERVES.search(text) else ("party_b", "party_a")
    role = next((r for r in order if r not in taken), None)
    if role is None:
        return []
    lines = text[:m.start()].split("\n")
    pos = m.start()
    plain = 0  # address lines without a number ("Home Farm, Thornbury Lane")
    person: tuple[str, int] | None = None
    for line in reversed(lines[-10:]):
        pos -= len(line) + 1
        if re.match(r"\s*from\s*:", line, re.IGNORECASE):
            # "To: X (the "Company")" / "From: Y": the sender is the other side
            sender = clean_name(line)
            if _plausible(sender) and _ORG_SUFFIX.search(sender) and \
                    not any(_same_name(sender, c.name) for c in found):
                start = _name_start(text, sender, pos + 1)
                return [PartyCand(start=start, end=start + len(sender), conf=0.6, role=role,
                                  name=sender, kind="letter")]
            continue
        raw = _HONORIFIC.sub("", _ADDRESSEE_PREFIX.sub("", line.strip()))
        if not raw or (person is None and re.match(r"(?:re|subject|subj)\s*[:.]", raw, re.IGNORECASE)):
            continue  # the subject line between the address block and "Dear …"
        name = clean_name(raw)
        if _names_party(name):
            if _ORG_SUFFIX.search(name):
                person = (name, pos + 1)
                break
            if person is not None:
                break
            person = (name, pos + 1)  # unless a company's name is right above it
            continue
        if person is not None:
            break
        if not re.search(r"\d", line):
            plain += 1
            # neither an address line nor a name: the addressee block ends
            if plain > 2 or not re.fullmatch(r"[ \t]*[A-Z][\w'.-]*(?:,?[ \t]+[A-Z][\w'.-]*){0,5}[ \t]*,?[ \t]*", line):
                break
    if person is None or any(_same_name(person[0], c.name) for c in found):
        return []
    name = person[0]
    start = _name_start(text, name, person[1])
    return [PartyCand(start=start, end=start + len(name), conf=0.6, role=role, name=name, kind="letter")]


def _numbered_parties(text: str, found: list[PartyCand]) -> list[PartyCand]:
    """Parties numbered (1), (2), (3) at the start of lines, the first-numbered party A, where
    no role printed in the document says otherwise: a name found with a role, or a role taken
    by another name, is left to those. Only company names and personal names count (a clause
    list numbered the same way holds sentences)."""
    entries: list[tuple[int, str, str | None]] = []
    expected = "1"
    for m in _NUMBERED.finditer(text[: max(2000, len(text) // 2)]):
        n = m.group("n") or m.group("dot")
        if n == "1":
            if sum(1 for e in entries if _names_party(e[1])) >= 2:
                break  # a second list ("AGREED TERMS (1) …"): the parties were the first
            expected = "1"
            entries = []
            # "1. LEKKI DEEPWATER LOGISTICS LIMITED, …": numbered "1." only right under "made
            # between:" (elsewhere "1." numbers clauses)
            if m.group("dot") and not _PARTIES_INTRO.search(text, 0, m.start()):
                expected = ""
                continue
        if n != expected:
            continue
        expected = str(int(n) + 1)
        if m.group("rest")[:1].islower():
            continue  # "for one\n(1) year.": a numeral wrapped to a line's start
        name = clean_name(m.group("rest"))
        printed = next((c.label for c in found if c.kind == "decl" and _same_name(name, c.name)), None)
        entries.append((m.start("rest"), name, printed))
    return _ordinal_parties(text, entries, found)


def _ordinal_party(text: str, name: str, role: str, at: int,
                   found: list[PartyCand]) -> PartyCand | None:
    """The party named ``name`` near ``at`` in the role its order gives, unless it is no
    company or person name, or a printed role already names it or takes that role."""
    if not _names_party(name):
        return None
    if any(c.role == role or _same_name(name, c.name) for c in found):
        return None
    start = _name_start(text, name, at)
    return PartyCand(start=start, end=min(start + len(name), len(text)), conf=0.75, role=role,
                     name=name, kind="numbered")


def _name_start(text: str, name: str, at: int) -> int:
    """Where ``name`` (cleaned from the text from ``at`` on) starts in ``text``."""
    start = text.find(name[:2], at)
    return at if start < 0 else start


_ROLE_CELL = re.compile(rf"^(?:the\s+)?(?P<label>{_ZH_ALT}|(?:{_EN_ALT})\b"
                        # any role word with its party letter: "托运方（甲方）"
                        rf"|[{HAN}]{{2,5}}(?=\s*[(（]\s*(?:[甲乙丙]方|party\s+[abc])\s*[)）]))\s*"
                        rf"(?:[(（](?P<inner>[^)）\n]{{1,16}})[)）])?\s*(?:信息|资料|details|information|info)?\s*[:：]?$",
                        re.IGNORECASE)
_NAME_CELL = re.compile(rf"^(?:{_FIELD}|单位|公司|party|parties)(?:\s*[/／]\s*(?:{_FIELD}))?\s*[:：]?$",
                        re.IGNORECASE)  # "名称/姓名", "Name / Full name"
_CELLS = re.compile(r"\S+(?: {1,2}\S+)*")  # cells: runs separated by three spaces or more


def _column_table_parties(text: str) -> list[PartyCand]:
    """Parties of a table laid out by columns: a row of role headings ("| | 甲方 | 乙方 |",
    "Seller   Buyer") over a name row ("| 名称 | X | Y |", "Name   X   Y"). OCR leaves three
    spaces or more between cells; the name in each column goes to that column's role."""
    out: list[PartyCand] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for ln in text.split("\n"):
        lines.append((pos, ln))
        pos += len(ln) + 1
    for i, (_, line) in enumerate(lines):
        cells = [m.group(0) for m in _CELLS.finditer(line)]
        if len(cells) < 2:
            continue
        heads = [_ROLE_CELL.match(c) for c in cells]
        if heads[0] is None and not _OTHER_HEAD.match(cells[0]):
            # a first column of row titles ("项目", "Item") or an empty one
            cells, heads = cells[1:], heads[1:]
        if len(heads) >= 2 and sum(map(bool, heads)) >= 1 and all(h or _OTHER_HEAD.match(c) for h, c in zip(heads, cells)):
            # column headings over the names ("SELLER   BUYER", "VENDOR   SHIP TO", "SUPPLIER
            # DELIVER TO"), maybe with "For and on behalf of" between
            out.extend(_names_under_headings(lines[i + 1:i + 5], heads))
        if len(heads) < 2 or not all(heads):
            continue
        roles = [_role_of(h.group("label"), h.group("inner")) for h in heads if h]
        if None in roles or len(set(roles)) != len(roles):
            continue
        for j, (start, below) in enumerate(lines[i + 1:i + 5], i + 1):
            found = list(_CELLS.finditer(below))
            if len(found) == 1 and _NAME_CELL.match(found[0].group(0)):
                # "Company Name" alone, the names of the columns one under the other (OCR
                # read the table column by column)
                stack = lines[j + 1:j + 1 + len(roles)]
                names = [clean_name(ln) for _, ln in stack]
                if len(stack) == len(roles) and all(_names_party(n) for n in names):
                    for role, h, (at, _), name in zip(roles, heads, stack, names):
                        out.append(PartyCand(start=at, end=at + len(name), conf=0.7, role=str(role), name=name,
                                             kind="label", label=_printed(h.group("label")) if h else ""))
                    break
            if len(found) != len(roles) + 1 or not _NAME_CELL.match(found[0].group(0)):
                continue
            for role, h, m in zip(roles, heads, found[1:]):
                printed = re.sub(r"\s+", " ", h.group("label").strip().lower()) if h else ""
                name = clean_name(m.group(0))
                if _plausible(name):
                    out.append(PartyCand(start=start + m.start(), end=start + m.start() + len(name),
                                         conf=0.8, role=str(role), name=name, kind="label",
                                         label=printed))
            break
    return out


# headings of columns that hold no party of their own
_OTHER_HEAD = re.compile(r"^(?:deliver(?:y)?\s+(?:to|address)|invoice\s+to|consignee|notify\s+party|remit\s+to|"
                         r"deliver(?:y)?\s*/\s*(?:install(?:ation)?|site)\s+(?:at|to|address)|install(?:ation)?\s+(?:at|address|site)|"
                         r"(?:site|works|project)\s+address|收货(?:单位|地址|人)|送货地址|安装地址|施工地址)\s*:?$", re.IGNORECASE)
_ON_BEHALF_CELL = re.compile(r"^(?:(?:signed\s+)?(?:for\s+and\s+)?on\s+behalf\s+of|for|by|signed(?:\s+by)?)\s*:?$",
                             re.IGNORECASE)


_FIELD_CELL = re.compile(rf"^(?:{_ZH_ALT}|(?:{_EN_ALT})\s)?\s*(?:{_FIELD})\s*[:：]\s*", re.IGNORECASE)


def _names_under_headings(below: list[tuple[int, str]], heads: list[re.Match[str] | None]) -> list[PartyCand]:
    """The names in the first row under a row of column headings with a cell for every
    column and a company or personal name under each role heading."""
    for start, line in below:
        cells = list(_CELLS.finditer(line))
        if not cells:
            continue
        if all(_ON_BEHALF_CELL.match(c.group(0)) for c in cells):
            continue
        if len(cells) != len(heads):
            return []
        found = []
        for h, c in zip(heads, cells):
            if h is None:
                continue
            field = _FIELD_CELL.match(c.group(0))  # "名称：X" under "甲方（披露方）"
            name = clean_name(c.group(0)[field.end():] if field else c.group(0))
            if not (_plausible(name) and (_ORG_SUFFIX.search(name) or looks_like_person(name))):
                return []
            role = _role_of(h.group("label"), h.group("inner"))
            if role is None:
                return []
            at = start + c.start() + (field.end() if field else 0)
            found.append(PartyCand(start=at, end=at + len(name), conf=0.75,
                                   role=role, name=name, kind="label", label=_printed(h.group("label"))))
        return found
    return []


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name).lower()


def _same_name(a: str, b: str) -> bool:
    """Whether two readings name the same party: equal, one inside the other, or apart by
    no more OCR misreads than the name's length allows."""
    ka, kb = _key(a), _key(b)
    if ka == kb or ka in kb or kb in ka:
        return True
    limit = max_edits(min(ka, kb, key=len))
    return bool(limit) and levenshtein(ka, kb, limit) <= limit


# a buyer facing a service provider is the client, party A ("采购人" and "服务商" of a
# government service contract); facing a seller it stays party B
_BUYER_LABELS = {"采购人", "采购方", "需方"}
_SERVICE_LABELS = {"服务商", "服务方", "服务提供方", "服务单位", "受托方", "受托人"}


def _holds_other(name: str, other: str) -> bool:
    """``name`` is longer than ``other`` by a word or more and holds most of it after some other
    words: two names run together. (A name that starts with the other is a branch of it.)"""
    a, b = _key(name), _key(other)
    if len(a) < len(b) + 4 or len(b) < 8:
        return False
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= max(8, int(0.6 * len(b))) and m.a > 0


def resolve_parties(cands: list[PartyCand]) -> list[PartyCand]:
    """One party per role: the first declaration; repeats of the same name (signature block)
    raise the confidence, a different name for the same role lowers it. A party letter printed
    for a name (甲方, Party A) decides that name's role wherever else it appears."""
    chosen: dict[str, PartyCand] = {}
    used: set[str] = set()
    lettered: dict[str, str] = {}
    # a name that holds, after some other words, a name found elsewhere more surely is
    # two cells of a row that OCR ran together ("Evergreen Holdings Brightwind Technologies
    # Inc." under Vendor | Purchaser, "甲方}苏州…有限促8租方(乙方}北京…有限公司"): it names no side
    # for sure, and another name for its side wins over it
    merged = [c for c in cands if any(o.start != c.start and o.conf > c.conf and _holds_other(c.name, o.name)
                                      for o in cands)]
    if merged:
        cands = [c for c in cands if c not in merged
                 or not any(o.role == c.role and o not in merged for o in cands)]
    for c in cands:
        if c.explicit:
            lettered.setdefault(_key(c.name), c.role)
    for c in cands:
        if not c.explicit and _key(c.name) in lettered:
            c.role = lettered[_key(c.name)]
    labels = {c.label for c in cands}
    if not lettered and labels & _SERVICE_LABELS and labels & _BUYER_LABELS \
            and not any(c.role == "party_a" and c.label not in _BUYER_LABELS for c in cands):
        for c in cands:
            if c.label in _BUYER_LABELS:
                c.role = "party_a"
    # two names both claiming party A through roles (a "Customer" and a "Supplier"): the
    # first-named is party A, the other party B — unless Party A/B is printed
    explicit = {_key(c.name) for c in cands if c.label in _EXPLICIT}
    a_names = [_key(c.name) for c in cands if c.role == "party_a" and c.kind == "decl" and not c.joint] or \
        [_key(c.name) for c in cands if c.role == "party_a" and not c.joint]
    a_names = list(dict.fromkeys(a_names))
    if len(a_names) >= 2 and not explicit and not any(c.role == "party_b" for c in cands):
        # a customer or client facing a licensor, landlord or seller is the side that buys from
        # it (facing a "Supplier", which may serve it, the first-named keeps party A)
        relative = [k for k in a_names[:2] if all(c.label in _RELATIVE_A for c in cands if _key(c.name) == k)]
        selling = [k for k in a_names[:2] if any(c.label in _SELLING for c in cands if _key(c.name) == k)]
        other = relative[0] if len(relative) == 1 and len(selling) == 1 and selling != relative else a_names[1]
        for c in cands:
            if _key(c.name) == other:
                c.role = "party_b"
    for c in cands:
        if c.role in chosen or c.role == _OTHER_SIDE or _key(c.name) in used or c.joint:
            continue
        chosen[c.role] = c
        used.add(_key(c.name))
    # the other persons of a side several persons share
    joint: list[PartyCand] = []
    for c in cands:
        if c.joint and c.role in chosen and _key(c.name) not in used:
            joint.append(PartyCand(start=c.start, end=c.end, conf=max(0.05, min(1.0, c.conf)), role=c.role,
                                   name=c.name, kind=c.kind))
            used.add(_key(c.name))
    result = []
    for role, c in chosen.items():
        same = sum(1 for o in cands if o is not c and o.role == role and _key(o.name) == _key(c.name))
        other = sum(1 for o in cands if o.role == role and not _same_name(o.name, c.name))
        conf = c.conf + min(0.1, 0.05 * same) - min(0.3, 0.15 * other)
        result.append(PartyCand(start=c.start, end=c.end, conf=max(0.05, min(1.0, conf)),
                                role=role, name=c.name, kind=c.kind))
    return sorted(result + joint, key=lambda c: c.role)
