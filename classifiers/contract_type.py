"""Contract type from keyword and phrase evidence, weighted by position.

The title (the first non-empty lines) weighs most: "补充协议" in the title beats "销售" all over
the body. Each type sums the weights of its phrases: a phrase in the title counts
``TITLE_WEIGHT`` times its weight, the body counts ``weight * log(1 + occurrences)``. Scores go
through a softmax against a fixed score for "other", so a document with little evidence is
"other" with a low confidence, and two close types share the probability.
"""

from __future__ import annotations

import math
import re
import unicodedata

from contracts_core.record import CONTRACT_TYPES, Classification
from extractors.language import detect_language

TITLE_LINES = 3
TITLE_WEIGHT = 4.0
SUBTITLE_WEIGHT = 1.5
OTHER_SCORE = 2.0  # what "other" scores: below it, evidence is too thin to name a type
TEMPERATURE = 1.6

# (phrase regex, title weight[, body weight]). Chinese phrases match anywhere, English ones on word boundaries.
_ZH: dict[str, list[tuple]] = {  # type: ignore[type-arg]
    "sales": [("销售合同|买卖合同|购销合同|销货合同|产品销售|商品销售", 3.0), ("出卖人|卖方|销售方|供货方", 1.0),
              ("销售", 0.6), ("交货|货物|验收", 0.3)],
    "purchase": [("采购合同|采购协议|订购合同|采购订单|订货合同", 3.0), ("采购方|采购人|订购方|需方", 1.0),
                 ("采购", 0.8), ("供应商|供方", 0.4)],
    "service": [("服务合同|服务协议|技术服务|咨询服务|委托合同|外包服务|维护合同|运维服务|顾问协议|咨询合同|"
                 "技术开发|委托开发|开发合同|技术咨询|承揽合同|代理合同", 3.0),
                ("服务费|服务内容|服务期限|服务方|受托方|委托方", 0.8), ("服务", 0.4)],
    "lease": [("租赁合同|租赁协议|房屋租赁|场地租赁|设备租赁|租房合同", 3.0),
              ("出租方|承租方|出租人|承租人|租金|租赁期|租期|押金", 1.0), ("租赁", 0.6)],
    "employment": [("劳动合同|聘用合同|雇佣合同|劳务合同|聘用协议|劳动协议", 3.0),
                   ("用人单位|劳动者|试用期|工资|社会保险|工作岗位|劳动报酬|工作时间", 0.9)],
    "nda": [("保密协议|保密合同|不披露协议|保密承诺书|竞业限制协议", 3.0),
            ("保密信息|商业秘密|披露方|接收方|保密义务|保密期限", 1.0), ("保密", 0.4)],
    "loan": [("借款合同|贷款合同|借款协议|贷款协议|借贷合同|授信合同", 3.0),
             ("借款人|贷款人|出借人|借款本金|利率|利息|还款|逾期", 0.9), ("借款|贷款", 0.6)],
    "license": [("许可合同|许可协议|使用许可|技术转让|专利许可|商标许可|软件许可|授权协议|技术许可|著作权许可", 3.0),
                ("许可方|被许可方|许可人|被许可人|许可使用费|专利|商标|著作权|知识产权|使用费", 0.8),
                ("许可", 0.5)],
    "framework": [("框架协议|框架合同|战略合作协议|合作框架|总协议|年度合作协议", 3.0, 1.0),
                  ("框架|具体订单|订单另行|另行签订", 0.8)],
    # "另行签订补充协议" is boilerplate in every Chinese contract: in the body it counts little
    "supplementary": [("补充协议|补充合同|变更协议|修改协议|补充条款|补充约定", 3.0, 0.2),
                      ("原合同|原协议|补充|变更|修改为", 0.7)],
}
_EN: dict[str, list[tuple]] = {  # type: ignore[type-arg]
    "sales": [(r"sales?\s+(?:contract|agreement)|sale\s+and\s+purchase|sales\s+order|"
               r"contract\s+(?:of|for)\s+(?:the\s+)?sale|supply\s+(?:contract|agreement)", 3.0),
              (r"seller|vendor", 1.0), (r"goods|delivery|sale", 0.3)],
    "purchase": [(r"purchase\s+(?:contract|agreement|order)|procurement\s+(?:contract|agreement)", 3.0),
                 (r"purchaser|procurement", 1.0), (r"purchase", 0.3)],
    "service": [(r"(?:services?|consult(?:ing|ancy)|maintenance|outsourcing)\s+(?:contract|agreement)|"
                 r"statement\s+of\s+work", 3.0),
                (r"service\s+provider|consultant|contractor|service\s+fees?|the\s+services", 1.0),
                (r"services?", 0.3)],
    "lease": [(r"(?:lease|tenancy|rental)\s+(?:contract|agreement)|lease", 3.0),
              (r"lessor|lessee|landlord|tenant|premises|rent|security\s+deposit", 1.0)],
    "employment": [(r"employment\s+(?:contract|agreement)|labou?r\s+contract|offer\s+of\s+employment", 3.0),
                   (r"employer|employee|salary|probation(?:ary)?|working\s+hours|annual\s+leave", 1.0)],
    "nda": [(r"non[-\s]?disclosure|confidentiality\s+(?:agreement|undertaking)|\bnda\b", 3.0),
            (r"confidential\s+information|disclosing\s+party|receiving\s+party|recipient", 1.0),
            (r"confidential(?:ity)?", 0.3)],
    "loan": [(r"loan\s+(?:contract|agreement)|credit\s+(?:facility|agreement)|promissory\s+note|"
              r"facility\s+agreement|term\s+loan", 3.0),
             (r"lender|borrower|principal|interest\s+rate|repayment|drawdown", 1.0), (r"loan", 0.5)],
    "license": [(r"licen[cs]e\s+(?:contract|agreement)|technology\s+(?:transfer|licen[cs]e)|"
                 r"(?:patent|trademark|software)\s+licen[cs]e", 3.0),
                (r"licensor|licensee|royalt(?:y|ies)|patents?|trademarks?|intellectual\s+property", 1.0),
                (r"licen[cs]e", 0.5)],
    "framework": [(r"framework\s+(?:contract|agreement)|master\s+(?:services\s+|purchase\s+|supply\s+)?agreement|"
                   r"strategic\s+cooperation", 3.0),
                  (r"(?:individual|specific)\s+(?:purchase\s+)?orders?|call[-\s]off|framework", 0.8)],
    "supplementary": [(r"supplementa(?:l|ry)\s+(?:agreement|contract)|amendment(?:\s+(?:no\.?|agreement))?|"
                       r"addendum", 3.0, 0.8),
                      (r"original\s+(?:agreement|contract)|hereby\s+amended|amended\s+(?:to\s+read|as\s+follows)|"
                       r"supplement", 0.8)],
}


def _compile(table: dict[str, list[tuple]], en: bool  # type: ignore[type-arg]
             ) -> dict[str, list[tuple[re.Pattern[str], float, float]]]:
    """(pattern, title weight, body weight); the body weight defaults to the title weight."""
    flags = re.IGNORECASE
    return {t: [(re.compile(rf"\b(?:{it[0]})\b" if en else it[0], flags), it[1],
                 it[2] if len(it) > 2 else it[1]) for it in items]
            for t, items in table.items()}


_ZH_RE = _compile(_ZH, en=False)
_EN_RE = _compile(_EN, en=True)


_TITLE_WORD = re.compile(r"合同|协议|契约|承诺书|确认书|agreement|contract|lease|deed|memorandum|addendum|"
                         r"amendment|\bnda\b|undertaking", re.IGNORECASE)


def _regions(text: str) -> list[tuple[str, float]]:
    """(text, weight-of-a-hit) regions: the title line, short lines around it, the body."""
    lines = [ln.strip() for ln in text.split("\n")]
    idx = [i for i, ln in enumerate(lines) if ln][:TITLE_LINES]
    if not idx:
        return [("", 0.0)]
    main = next((i for i in idx if _TITLE_WORD.search(lines[i]) and len(lines[i]) <= 60), idx[0])
    regions = [(lines[main], TITLE_WEIGHT)]
    for i in idx:
        if i != main and len(lines[i]) <= 30:
            regions.append((lines[i], SUBTITLE_WEIGHT))
    body_start = idx[-1] + 1
    rest = [lines[i] for i in idx if i != main and len(lines[i]) > 30]
    regions.append(("\n".join(rest + lines[body_start:]), 0.0))
    return regions


def scores_of(text: str, language: str | None = None) -> dict[str, float]:
    """The raw evidence score of every type (other = ``OTHER_SCORE``)."""
    text = unicodedata.normalize("NFKC", text)
    lang = language or detect_language(text)
    regions = _regions(text)
    tables = [_ZH_RE, _EN_RE] if lang == "zh" else [_EN_RE, _ZH_RE]
    scores = {t: 0.0 for t in CONTRACT_TYPES}
    scores["other"] = OTHER_SCORE
    for k, table in enumerate(tables):
        scale = 1.0 if k == 0 else 0.5  # the other language's phrases count half
        for ctype, items in table.items():
            s = 0.0
            for pattern, weight, body_weight in items:
                for region, w_region in regions:
                    if w_region:
                        if pattern.search(region):
                            s += w_region * weight
                    else:
                        n = len(pattern.findall(region))
                        if n:
                            s += body_weight * math.log1p(n)
            scores[ctype] += scale * s
    return scores


def classify(text: str, *, language: str | None = None) -> Classification:
    """The contract type with a softmax confidence over the evidence scores."""
    raw = scores_of(text, language)
    top = max(raw.values())
    exp = {t: math.exp((s - top) / TEMPERATURE) for t, s in raw.items()}
    total = sum(exp.values())
    probs = {t: round(v / total, 4) for t, v in exp.items()}
    best = max(probs, key=lambda t: (probs[t], t == "other"))
    return Classification(value=best, confidence=probs[best], scores=probs)
