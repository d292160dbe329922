"""What each kind of import reads: canonical fields, the headers districts write for them, and
the natural key that makes importing the same rows again change nothing.

A new kind (experts, scores, annual reports) is a new ``ImportSchema``, not a new engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "code", "uscc", "base_type", "number", "date", "email", "phone"]


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # the canonical Chinese header, as templates write it
    synonyms: tuple[str, ...] = ()
    kind: Kind = "text"
    required: bool = False


@dataclass(frozen=True)
class ImportSchema:
    kind: str
    title: str
    fields: tuple[ImportField, ...]
    natural_key: tuple[str, ...]

    def field(self, key: str) -> ImportField:
        return next(f for f in self.fields if f.key == key)


_ORG_NAME = ImportField(
    "org_name", "单位名称", ("单位全称", "依托单位", "依托单位名称", "申报单位"), required=True
)
_USCC = ImportField("uscc", "统一社会信用代码", ("社会信用代码", "信用代码"), "uscc", required=True)
_ORG_KIND = ImportField("org_kind", "单位性质", ("单位类型",))
_BASE_NAME = ImportField("base_name", "基地名称", (), required=True)
_BASE_TYPE = ImportField(
    "base_type", "基地类型", ("类型", "申报类型", "基地类别"), "base_type", required=True
)
_FIELD = ImportField("field", "所属领域", ("领域", "技术领域"))
_COUNTRIES = ImportField("countries", "主要合作国家(地区)", ("合作国家", "合作国别"))
_PARTNERS = ImportField("partners", "主要外方合作机构", ("外方合作机构",))
_LEADER = ImportField("leader", "基地负责人", ("负责人",))
_CONTACT = ImportField("contact", "联系人", ())
_PHONE = ImportField("phone", "联系电话", ("电话", "手机", "联系电话（手机）"), "phone")
_EMAIL = ImportField("email", "电子邮箱", ("邮箱", "Email"), "email")
_RECOMMENDER = ImportField("recommender", "推荐单位", ("推荐部门",))
_REMARK = ImportField("remark", "备注", ())

RECOMMENDATION = ImportSchema(
    kind="recommendation",
    title="推荐汇总表",
    fields=(
        ImportField("priority", "序号", ("优先级", "推荐顺序"), "number"),
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

REGISTER = ImportSchema(
    kind="register",
    title="基地名录",
    fields=(
        _ORG_NAME,
        _USCC,
        _ORG_KIND,
        ImportField("district", "所在区县", ("区县", "所属区", "所在区")),
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
        ImportField("recognized_on", "认定日期", ("认定时间", "授牌日期"), "date"),
        ImportField("batch", "认定批次", ("批次",)),
        ImportField("valid_until", "有效期至", ("有效期", "有效期截止"), "date"),
        ImportField("cert_no", "证书编号", ("证书号",), "code"),
        _REMARK,
    ),
    natural_key=("uscc", "base_type"),
)

SCHEMAS = {s.kind: s for s in (RECOMMENDATION, REGISTER)}
