"""The expert list officers keep (专家名单), as a schema of the one spreadsheet engine."""

from __future__ import annotations

from intlbase_desk.experts.labels import EXPERT_LABELS as L
from intlbase_desk.sheets import Field, Schema

EXPERTS = Schema(
    kind="experts",
    title="专家名单",
    fields=(
        Field("seq", "序号", ("编号",), "number"),
        Field("name", L["name"], ("专家姓名",), required=True),
        Field("employer", L["employer"], ("单位", "所在单位", "工作单位名称")),
        Field(
            "employer_uscc",
            "统一社会信用代码",
            ("工作单位统一社会信用代码", "单位统一社会信用代码", "社会信用代码", "信用代码"),
            "uscc",
        ),
        Field("title", L["title"], ("职务/职称", "职称/职务", "专业技术职称")),
        Field("fields", L["fields"], ("研究领域", "专业", "技术领域", "领域")),
        Field("phone", L["phone"], ("手机号", "手机号码", "联系电话", "电话"), "phone"),
        Field("email", L["email"], ("邮箱", "Email", "E-mail"), "email"),
        Field(
            "employments",
            L["employments"],
            ("曾任职单位", "曾工作单位", "工作经历", "曾任职单位（起止时间）"),
        ),
        Field("relations", L["relations"], ("回避单位", "需回避单位", "利害关系单位", "回避关系")),
        Field("active", L["active"], ("是否启用",), "choice"),
        Field(
            "pledge_signed_on",
            L["pledge_signed_on"],
            ("回避承诺日期", "承诺书签署日期", "签署回避承诺日期"),
            "date",
        ),
        Field("notes", L["notes"], ("说明",)),
    ),
    natural_key=("name", "phone"),
)
