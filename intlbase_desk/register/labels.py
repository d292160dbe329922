"""The names of the register's fields, as officers and the forms they fill in write them.

Defined here once: the forms, the tables, the history, the exports and the district templates
all show these. (Kept apart from the checks, so the first screen reads them without loading the
table classes.)
"""

from __future__ import annotations

ORG_LABELS = {
    "name": "单位名称",
    "uscc": "统一社会信用代码",
    "kind": "单位性质",
    "district": "所在区县",
    "address": "地址",
    "registered_on": "注册日期",
    "legal_rep": "法定代表人",
    "contact_person": "联系人",
    "contact_phone": "联系电话",
}
BASE_LABELS = {
    "name": "基地名称",
    "base_type": "基地类型",
    "org_id": "依托单位",
    "field": "所属领域",
    "countries": "主要合作国家(地区)",
    "partners": "主要外方合作机构",
    "leader": "基地负责人",
    "contact_person": "联系人",
    "phone": "联系电话",
    "email": "电子邮箱",
    "recommender": "推荐单位",
    "recognized_on": "认定日期",
    "batch": "认定批次",
    "valid_until": "有效期至",
    "status": "状态",
    "cert_no": "证书编号",
    "notes": "备注",
}
