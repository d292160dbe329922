"""The sheets districts send: a call's recommendations, and the register an office keeps in Excel.

Labels are the register's own where a column holds a register field; the synonyms are the
headers districts have been seen to write.
"""

from __future__ import annotations

from intlbase_desk.register import BASE_LABELS, ORG_LABELS
from intlbase_desk.sheets import Field, Schema

_ORG_NAME = Field(
    "org_name",
    ORG_LABELS["name"],
    ("单位全称", "依托单位", "依托单位名称", "申报单位"),
    required=True,
)
_USCC = Field("uscc", ORG_LABELS["uscc"], ("社会信用代码", "信用代码"), "uscc", required=True)
_ORG_KIND = Field("org_kind", ORG_LABELS["kind"], ("单位类型",))
_BASE_NAME = Field("base_name", BASE_LABELS["name"], (), required=True)
_BASE_TYPE = Field(
    "base_type", BASE_LABELS["base_type"], ("类型", "申报类型", "基地类别"), "choice", True
)
_FIELD = Field("field", BASE_LABELS["field"], ("领域", "技术领域"))
_COUNTRIES = Field("countries", BASE_LABELS["countries"], ("合作国家", "合作国别"))
_PARTNERS = Field("partners", BASE_LABELS["partners"], ("外方合作机构",))
_LEADER = Field("leader", BASE_LABELS["leader"], ("负责人",))
_CONTACT = Field("contact", BASE_LABELS["contact_person"], ())
_PHONE = Field("phone", BASE_LABELS["phone"], ("电话", "手机", "联系电话（手机）"), "phone")
_EMAIL = Field("email", BASE_LABELS["email"], ("邮箱", "Email"), "email")
_RECOMMENDER = Field("recommender", BASE_LABELS["recommender"], ("推荐部门",))
_REMARK = Field("remark", BASE_LABELS["notes"], ())

RECOMMENDATION = Schema(
    kind="recommendation",
    title="推荐汇总表",
    fields=(
        Field("priority", "序号", ("优先级", "推荐顺序"), "number"),
        _ORG_NAME,
        _USCC,
        _ORG_KIND,
        _BASE_NAME,
        _BASE_TYPE,
        _FIELD,
        _COUNTRIES,
        _PARTNERS,
        _LEADER,
        _CONTACT,
        _PHONE,
        _EMAIL,
        _RECOMMENDER,
        _REMARK,
    ),
    natural_key=("uscc", "base_type"),
)

REGISTER = Schema(
    kind="register",
    title="基地名录",
    fields=(
        _ORG_NAME,
        _USCC,
        _ORG_KIND,
        Field("district", ORG_LABELS["district"], ("区县", "所属区", "所在区")),
        _BASE_NAME,
        _BASE_TYPE,
        _FIELD,
        _COUNTRIES,
        _PARTNERS,
        _LEADER,
        _CONTACT,
        _PHONE,
        _EMAIL,
        _RECOMMENDER,
        Field("recognized_on", BASE_LABELS["recognized_on"], ("认定时间", "授牌日期"), "date"),
        Field("batch", BASE_LABELS["batch"], ("批次",)),
        Field("valid_until", BASE_LABELS["valid_until"], ("有效期", "有效期截止"), "date"),
        Field("cert_no", BASE_LABELS["cert_no"], ("证书号",), "code"),
        _REMARK,
    ),
    natural_key=("uscc", "base_type"),
)

SCHEMAS = {s.kind: s for s in (RECOMMENDATION, REGISTER)}
