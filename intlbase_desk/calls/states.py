"""Where an application stands on its way from receipt to recognition (the profiles'
procedure: 申报受理 → 形式审查 → 专家评审 → 公示 → 认定)."""

STATES = {
    "received": "已受理",
    "formal_passed": "形式审查通过",
    "formal_failed": "形式审查不通过",
    "expert_review": "专家评审",
    "proposed": "拟认定",
    "publicity": "公示中",
    "recognized": "已认定",
    "not_recognized": "未认定",
    "withdrawn": "撤回",
}
# Nothing follows these.
FINAL = frozenset({"recognized", "not_recognized", "withdrawn"})
