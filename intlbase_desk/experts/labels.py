"""What each field of an expert is called, where officers see it (form, table, template)."""

from __future__ import annotations

EXPERT_LABELS: dict[str, str] = {
    "name": "姓名",
    "employer": "工作单位",
    "employer_uscc": "工作单位统一社会信用代码",
    "title": "职称",
    "fields": "专业领域",
    "phone": "手机",
    "email": "电子邮箱",
    "employments": "曾任职单位及起止时间",
    "relations": "回避单位及关系",
    "active": "状态",
    "pledge_signed_on": "回避承诺签署日期",
    "notes": "备注",
}
ACTIVE_TEXT = {True: "启用", False: "停用"}
