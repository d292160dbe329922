"""The kinds of evaluation round, as officers call them (light: the command line's help reads
them before anything else of the package loads)."""

KINDS = {"evaluation": "绩效评估", "re_evaluation": "复评", "annual": "年度考核"}
