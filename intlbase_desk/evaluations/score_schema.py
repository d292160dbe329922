"""The sheets scores come back in, as schemas of the one spreadsheet engine: the sheet of an
expert's returned workbook (one per target), and the summary a third-party evaluator sends (one
row per expert, target and, optionally, line)."""

from __future__ import annotations

from intlbase_desk.sheets import Field, Schema

SCORE_SHEET = Schema(
    kind="score_sheet",
    title="专家评分表",
    fields=(
        Field("seq", "序号", (), "number"),
        Field("item", "指标", ("评分指标", "评价指标", "一级指标"), required=True),
        Field("criteria", "评分标准", ("评分要点", "说明")),
        Field("points", "满分", ("分值", "标准分"), "decimal"),
        Field("score", "得分", ("评分", "分数", "专家评分"), "decimal"),
    ),
    natural_key=("item",),
)

SCORE_SUMMARY = Schema(
    kind="score_summary",
    title="专家评分汇总表",
    fields=(
        Field("seq", "序号", (), "number"),
        Field("expert", "专家姓名", ("专家", "评审专家", "姓名"), required=True),
        Field(
            "uscc",
            "统一社会信用代码",
            ("社会信用代码", "信用代码", "依托单位统一社会信用代码"),
            "uscc",
        ),
        Field("base_name", "基地名称", ("合作基地名称", "基地")),
        Field("item", "指标", ("评分指标", "评价指标")),
        Field("score", "得分", ("评分", "分数", "总分", "专家评分"), "decimal", required=True),
    ),
    natural_key=("expert", "uscc", "base_name", "item"),
)
