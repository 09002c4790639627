"""Contract type classification: title weighs most, both languages, low confidence without
evidence."""

import pytest

from classifiers.contract_type import classify
from contracts_core.record import CONTRACT_TYPES

ZH_BODY_SALES = "卖方向买方销售下列货物，买方验收货物后付款。销售价格含税。交货地点为买方仓库。"


@pytest.mark.parametrize("title,body,expected", [
    ("产品销售合同", ZH_BODY_SALES, "sales"),
    ("买卖合同", "甲方向乙方采购办公设备一批。", "sales"),
    ("设备采购合同", "卖方应按买卖双方约定交货。", "purchase"),
    ("补充协议", "本协议是对双方于2024年签订的《产品销售合同》的补充。" + ZH_BODY_SALES * 3, "supplementary"),
    ("房屋租赁合同", "出租方将房屋出租给承租方，月租金人民币8,000元，押金两个月。", "lease"),
    ("劳动合同书", "用人单位与劳动者约定试用期三个月，工资每月发放，依法缴纳社会保险。", "employment"),
    ("保密协议", "接收方对披露方提供的保密信息承担保密义务。", "nda"),
    ("借款合同", "出借人向借款人提供借款本金，年利率4.35%，借款人按期还款。", "loan"),
    ("专利实施许可合同", "许可方许可被许可方使用其专利，被许可方支付许可使用费。", "license"),
    ("采购框架协议", "具体订单另行签订，本协议为双方合作的框架。", "framework"),
    ("技术服务合同", "受托方向委托方提供技术服务，服务费按季度支付。", "service"),
])
def test_chinese_titles(title: str, body: str, expected: str) -> None:
    c = classify(f"{title}\n合同编号：HT-2025-001\n{body}")
    assert c.value == expected
    assert c.confidence > 0.6


@pytest.mark.parametrize("title,body,expected", [
    ("SALES CONTRACT", "The Seller shall deliver the goods to the Buyer.", "sales"),
    ("PURCHASE AGREEMENT", "The Purchaser shall pay the Supplier within 30 days.", "purchase"),
    ("SUPPLEMENTARY AGREEMENT", "to the Sales Contract No. SC-1. The Seller and the Buyer agree "
     "to amend the delivery of goods.", "supplementary"),
    ("LEASE AGREEMENT", "The Landlord lets the Premises to the Tenant; rent is payable monthly.",
     "lease"),
    ("EMPLOYMENT AGREEMENT", "The Employer employs the Employee; salary and probation.",
     "employment"),
    ("MUTUAL NON-DISCLOSURE AGREEMENT", "Confidential Information of the Disclosing Party.",
     "nda"),
    ("LOAN AGREEMENT", "The Lender lends the principal to the Borrower at an interest rate.",
     "loan"),
    ("SOFTWARE LICENSE AGREEMENT", "The Licensor grants the Licensee a licence; royalties.",
     "license"),
    ("MASTER SUPPLY FRAMEWORK AGREEMENT", "Individual purchase orders shall be issued.",
     "framework"),
    ("CONSULTING SERVICES AGREEMENT", "The Consultant shall provide the Services to the Client.",
     "service"),
])
def test_english_titles(title: str, body: str, expected: str) -> None:
    c = classify(f"{title}\nContract No.: X-1\n{body}")
    assert c.value == expected
    assert c.confidence > 0.6


def test_title_beats_body_evidence() -> None:
    body = "乙方向甲方采购设备。" * 10
    assert classify("销售合同\n" + body).value == "sales"
    assert classify("采购合同\n" + ZH_BODY_SALES * 5).value == "purchase"


def test_letterhead_before_title() -> None:
    c = classify("上海华信科技有限公司\n房屋租赁合同\n出租方：上海华信科技有限公司")
    assert c.value == "lease"


def test_no_evidence_is_other_with_low_confidence() -> None:
    c = classify("会议纪要\n今天天气很好，大家讨论了午餐安排。")
    assert c.value == "other"
    assert c.confidence < 0.5
    assert classify("").value == "other"


def test_scores_cover_all_types_and_sum_to_one() -> None:
    c = classify("LEASE AGREEMENT\nThe Landlord and the Tenant")
    assert set(c.scores) == set(CONTRACT_TYPES)
    assert abs(sum(c.scores.values()) - 1.0) < 1e-3
    assert 0.0 <= c.confidence <= 1.0


def test_mixed_evidence_lowers_confidence() -> None:
    clear = classify("保密协议\n接收方对披露方的保密信息承担保密义务。")
    mixed = classify("协议书\n接收方对披露方的保密信息承担保密义务。出租方将房屋出租给承租方，租金每月支付。")
    assert mixed.confidence < clear.confidence


@pytest.mark.parametrize("title,body,expected", [
    ("技术开发（委托）合同", "委托方委托研究开发方进行软件开发，研究开发经费和报酬总额为人民币50万元。", "service"),
    ("专利权转让合同", "转让方将其专利权转让给受让方，受让方支付转让费。", "license"),
    ("战略合作框架协议", "具体订单由双方另行签订，订单与本协议不一致的以订单为准。", "framework"),
    ("商品房买卖合同", "出卖人向买受人出售商品房，买受人按约定支付房价款。", "sales"),
    ("CONSULTANCY AGREEMENT", "The Consultant shall provide the Services to the Client.", "service"),
    ("TENANCY AGREEMENT", "The Landlord lets the Premises to the Tenant at a monthly rent.", "lease"),
    ("FACILITY AGREEMENT", "The Lender makes available to the Borrower a term loan facility; "
                           "interest accrues at 5% per annum until repayment.", "loan"),
    ("ADDENDUM NO. 1", "This Addendum amends the Original Agreement as follows.", "supplementary"),
])
def test_varied_titles(title: str, body: str, expected: str) -> None:
    assert classify(f"{title}\nRef: X-2025-01\n{body}").value == expected


@pytest.mark.parametrize("title,body,expected", [
    ("合同书", "出租方将房屋出租给承租方使用，承租方每月五日前支付租金，押金于签约时支付。", "lease"),
    ("协议书", "出借人同意向借款人出借款项，借款年利率为百分之四，借款人应按期还款。", "loan"),
    ("合同", "乙方在甲方安排的工作岗位工作，试用期三个月，甲方按月支付劳动报酬并缴纳社会保险。", "employment"),
    ("AGREEMENT", "The Landlord lets the premises to the Tenant. The Tenant shall pay the monthly "
                  "rent and a security deposit.", "lease"),
    ("AGREEMENT", "The Receiving Party shall keep the Confidential Information of the Disclosing "
                  "Party in strict confidence.", "nda"),
])
def test_body_decides_when_the_title_names_no_type(title: str, body: str, expected: str) -> None:
    assert classify(f"{title}\n{body * 2}").value == expected


def test_body_model_is_deterministic_and_does_not_override_a_named_title() -> None:
    from classifiers.contract_type import BodyModel, training_texts
    a = BodyModel.train(training_texts("zh", 3), "zh")
    b = BodyModel.train(training_texts("zh", 3), "zh")
    assert a.vocab == b.vocab
    text = "出租方将房屋出租给承租方，承租方支付租金。"
    assert a.probs(text, "zh") == b.probs(text, "zh")
    assert max(a.probs(text * 5, "zh").items(), key=lambda kv: kv[1])[0] == "lease"
    assert classify("借款合同\n" + text * 3).value == "loan"


_ZH_GENERIC = ("合同编号：HT-2026-0012\n甲方：上海某某有限公司\n乙方：北京某某科技有限公司\n"
               "甲乙双方经友好协商，根据《中华人民共和国民法典》达成如下协议。\n"
               "第一条 违约责任 任何一方违反本合同约定的，应承担违约责任。\n"
               "第二条 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。\n甲方（盖章）：  乙方（盖章）：")
_EN_GENERIC = ("Contract No.: AG-2026-014\nThis Agreement is made on 1 March 2026 by and between "
               "Alpha Holdings Ltd. (\"Party A\") and Beta Systems Inc. (\"Party B\").\n"
               "1. Breach. A party in breach shall be liable for the losses caused.\n"
               "2. This Agreement takes effect on the date of signature.\n"
               "IN WITNESS WHEREOF the parties have signed this Agreement.")


@pytest.mark.parametrize("title,expected", [
    ("采购合同之补充协议", "supplementary"), ("房屋租赁合同补充协议", "supplementary"),
    ("关于《技术服务合同》的变更协议", "supplementary"), ("年度采购框架协议", "framework"),
    ("保密及竞业限制协议", "nda"), ("经销合同", "sales"), ("法律顾问合同", "service"),
    ("特许经营合同", "license"), ("场地使用协议", "lease"),
    ("建设工程施工合同", "other"), ("股权转让协议", "other"), ("货物运输合同", "other"),
    ("保证合同", "other"), ("合伙协议", "other"),
])
def test_the_head_of_a_chinese_title_names_the_type(title: str, expected: str) -> None:
    """The kind named last is the head ("…合同之补充协议" is a supplementary agreement); a
    title naming a kind outside the taxonomy is "other" even over a generic contract body."""
    assert classify(f"{title}\n{_ZH_GENERIC}", language="zh").value == expected


@pytest.mark.parametrize("title,expected", [
    ("Addendum to Services Agreement", "supplementary"),
    ("First Amendment to Lease Agreement", "supplementary"),
    ("Master Services Agreement", "framework"), ("Framework Supply Agreement", "framework"),
    ("Master Purchase Agreement", "framework"), ("Distribution Agreement", "sales"),
    ("Software Development Agreement", "service"), ("Sublease Agreement", "lease"),
    ("Offer Letter", "employment"), ("Share Purchase Agreement", "other"),
    ("Joint Venture Agreement", "other"), ("Settlement Agreement", "other"),
    ("Power of Attorney", "other"),
])
def test_the_head_of_an_english_title_names_the_type(title: str, expected: str) -> None:
    """The kind named first is the head ("Addendum to Services Agreement"); a label line
    such as "Contract No.: …" is never taken for the title."""
    assert classify(f"{title}\n{_EN_GENERIC}", language="en").value == expected


@pytest.mark.parametrize("title,expected", [
    ("EQUIPMENT PURCHASE\nAGREEMENT", "purchase"),
    ("CONTRACT FOR THE\nSALE OF GOODS", "sales"),
    ("Master Services\nAgreement", "framework"),
    ("房屋\n租赁合同", "lease"),
])
def test_a_title_broken_over_two_lines_is_read_whole(title: str, expected: str) -> None:
    body = ("This Agreement is made between Acme Ltd (the \"Buyer\") and Beta GmbH (the \"Seller\"). "
            "The Seller shall sell and deliver the Goods and the Buyer shall pay the price.")
    assert classify(f"{title}\n{body}").value == expected


_ZH_NEUTRAL = ("甲方：上海某某有限公司\n乙方：北京某某科技有限公司\n"
               "甲乙双方经友好协商，根据《中华人民共和国民法典》及相关法律法规，就下列事项达成如下协议，以资共同遵守。\n"
               "第一条 合同标的\n第二条 价款及支付方式\n第三条 违约责任 任何一方违反本合同约定的，应承担违约责任。")
_EN_NEUTRAL = ("This Agreement is made on 1 March 2026 by and between Alpha Holdings Ltd. (\"Party A\") and "
               "Beta Systems Inc. (\"Party B\").\n1. Subject Matter\n2. Price and Payment\n"
               "3. Breach. A party in breach shall be liable for the losses caused.")


@pytest.mark.parametrize("title,expected", [
    ("售货合同", "sales"), ("电子产品购销协议", "sales"), ("产品代销协议", "sales"),
    ("定购合同", "purchase"), ("设备维修保养合同", "service"), ("网站建设合同", "service"),
    ("录用通知书", "employment"), ("非全日制用工协议", "employment"),
    ("技术秘密转让合同", "license"), ("加盟合同", "license"), ("续租协议", "supplementary"),
])
def test_chinese_title_variants_over_a_neutral_body(title: str, expected: str) -> None:
    # the body names no type and its long opening sentence mentions 协议: the title decides
    assert classify(f"{title}\n合同编号：HT-2026-0012\n{_ZH_NEUTRAL}", language="zh").value == expected


@pytest.mark.parametrize("title,expected", [
    ("SALES AND PURCHASE CONTRACT", "sales"), ("SALE OF GOODS AGREEMENT", "sales"),
    ("ADVISORY AGREEMENT", "service"), ("LICENCE TO OCCUPY", "lease"),
    ("STATEMENT OF EMPLOYMENT PARTICULARS", "employment"),
    ("SERVICE AGREEMENT FOR EXECUTIVE DIRECTOR", "employment"),
    ("FACILITY LETTER", "loan"), ("LEASE RENEWAL AGREEMENT", "supplementary"),
    ("SERVICES AGREEMENT AMENDMENT NO. 2", "supplementary"),
    ("SOFTWARE LICENSE AGREEMENT", "license"), ("MASTER SERVICES AGREEMENT", "framework"),
])
def test_english_title_variants_over_a_neutral_body(title: str, expected: str) -> None:
    assert classify(f"{title}\nContract No.: AG-2026-014\n{_EN_NEUTRAL}", language="en").value == expected


@pytest.mark.parametrize("title,lang,expected", [
    ("劳务协议书", "zh", "employment"), ("退休人员返聘协议", "zh", "employment"), ("产品代理协议", "zh", "sales"),
    ("LETTER OF AWARD", "en", "purchase"), ("TERMS OF BUSINESS", "en", "service"),
    ("SHARE SALE AGREEMENT", "en", "other"),
])
def test_titles_of_the_office_corpus_kinds(title: str, lang: str, expected: str) -> None:
    body = _ZH_NEUTRAL if lang == "zh" else _EN_NEUTRAL
    assert classify(f"{title}\n{body}", language=lang).value == expected


def test_a_letterhead_a_form_row_and_a_referenced_master_do_not_name_the_type() -> None:
    # the buyer's name holds 建设工程 (a kind of "other"); the order row holds 订单
    po = classify("订购单\n中联建设工程（杭州）有限公司\n订单编号 PO20230428305 订单日期 2023年4月28日\n"
                  "供方 杭州安捷信息技术有限公司 需方 中联建设工程（杭州）有限公司\n序号 品名 数量 单价 金额\n"
                  "需方向供方订购下列货物，供方按期交货。", language="zh")
    assert po.value == "purchase"
    schedule = classify("EQUIPMENT SCHEDULE NO. 11\nto Master Equipment Lease Agreement dated April 9, 2023\n"
                        "This Schedule constitutes a separate lease of the Equipment between the Lessor and the Lessee.\n"
                        "Monthly Rental $43,970 plus applicable taxes. The Lessee shall return the Equipment at the end "
                        "of the Basic Term. Rent is payable monthly in advance.", language="en")
    assert schedule.value == "lease"


@pytest.mark.parametrize("title,body", [
    ("FIRST AMENDMENT TO LOAN AGREEMENT",
     "Lender and Borrower are parties to that certain Loan Agreement. The Borrower has requested an increase "
     "in the loan. The Lender agrees to lend the Borrower an additional principal amount; the term loan, interest "
     "rate, repayment, maturity date and prepayment of the loan are amended as follows. " * 3),
    ("ADDENDUM TO TENANCY AGREEMENT (RENEWAL)",
     "The Landlord lets and the Tenant takes the premises for a further term. The monthly rent, the security "
     "deposit, the tenancy, the landlord's and the tenant's covenants and the lease of the premises continue. " * 3),
    ("借款展期协议", "出借人与借款人签订的借款合同项下借款本金、利息、还款期限、借款利率、贷款展期，借款人按期还款付息。" * 3),
    # a termination agreement ends the contract it names: it belongs with it, as a supplement
    ("信息技术服务合同终止协议", "甲乙双方于2023年6月26日签订《信息技术服务合同》，约定乙方向甲方提供运维服务，服务期至2025年6月30日。"
     "现经双方协商一致，原合同自2024年9月30日起提前终止，乙方完成服务交接，甲方结清服务费。" * 2),
    ("DEED OF TERMINATION", "The Supplier provides maintenance services to the Customer under the Services "
     "Agreement. The parties agree that the services and the Services Agreement terminate on 30 June 2025 and "
     "that the Customer shall pay the service fees due for the services performed. " * 3),
])
def test_an_amendment_is_supplementary_whatever_it_amends(title: str, body: str) -> None:
    """The body of an amendment speaks of the loan or the lease all through; its title says it
    is an amendment."""
    assert classify(f"{title}\n{body}").value == "supplementary"


def test_a_government_procurement_form_names_its_kind_under_the_title() -> None:
    body = "采购人与供应商根据政府采购法签订本合同。供应商按采购文件提供保洁服务，采购人按月支付服务费。采购合同价款含税。"
    assert classify(f"政府采购合同\n（服务类）\n{body}").value == "service"
    assert classify(f"政府采购合同\n（货物类）\n{body}").value == "purchase"
