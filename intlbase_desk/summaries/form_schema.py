"""The sheets annual summaries come back in, as schemas of the one spreadsheet engine: a base's
own form (one row per indicator or text item, known by its hidden keys) and the sheet a
recommending unit fills for all its bases (one row per base, a column per indicator)."""

from __future__ import annotations

from intlbase_desk.policy.report_form import ReportForm
from intlbase_desk.sheets import Field, Schema

FORMAT = "intlbase-summary-form-1"
KEYS_SHEET = "_keys"
FORM_TITLE = "年度工作报表"
OPINION = "推荐单位审核意见"

FORM_SHEET = Schema(
    kind="summary_form",
    title=FORM_TITLE,
    fields=(
        Field("section", "栏目", ("类别",)),
        Field("item", "指标", ("项目", "指标名称"), required=True),
        Field("unit", "单位", ("计量单位",)),
        Field("last", "上年数值", ("上年",)),
        Field("value", "本年数值", ("本年", "数值", "填报数值", "内容")),
    ),
    natural_key=("item",),
)


def unit_schema(form: ReportForm, with_opinion: bool) -> Schema:
    """One row per base; indicator columns are keyed by their place in the form."""
    fields = [
        Field(
            "uscc",
            "统一社会信用代码",
            ("社会信用代码", "信用代码", "依托单位统一社会信用代码"),
            "uscc",
        ),
        Field("base_name", "基地名称", ("国合基地名称", "基地")),
    ]
    fields += [
        Field(indicator_key(i), indicator.name, (), "decimal")
        for i, indicator in enumerate(form.indicators)
    ]
    if with_opinion:
        fields.append(Field("opinion", OPINION, ("推荐单位意见", "审核意见")))
    return Schema("summary_units", "年度工作报表汇总", tuple(fields), ("uscc", "base_name"))


def indicator_key(index: int) -> str:
    return f"indicator_{index}"
