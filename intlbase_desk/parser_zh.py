"""The command line's own words in Chinese: argparse's headings and refusals, as officers read
the rest of the commands. Python ships no Chinese catalogue for argparse; its messages are few
and fixed, so each is matched and said again here. One that is not known stays as argparse
wrote it (a newer Python may word one differently), so nothing is ever lost."""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

_TYPES = {"int": "整数", "float": "数字"}

# (argparse's message as a pattern, the same in Chinese)
_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the following arguments are required: (.+)"), r"缺少必填的参数：\1"),
    (re.compile(r"unrecognized arguments: (.+)"), r"无法识别的参数：\1"),
    (re.compile(r"one of the arguments (.+) is required"), r"参数 \1 须填写其中一个"),
    (re.compile(r"argument (\S+): expected one argument"), r"参数 \1 后须跟一个值"),
    (re.compile(r"argument (\S+): expected at least one argument"), r"参数 \1 后须至少跟一个值"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"), r"参数 \1 不能与 \2 同时使用"),
    (
        re.compile(r"argument (\S+): invalid choice: '?([^']*?)'? \(choose from (.+)\)"),
        r"参数 \1：“\2”不是可选的值（可选：\3）",
    ),
    (re.compile(r"ambiguous option: (\S+) could match (.+)"), r"选项 \1 不明确，可能是：\2"),
    (re.compile(r"argument (\S+): ignored explicit argument '(.*)'"), r"参数 \1 不接受值“\2”"),
    # Last: a message of the app's own (a date refused) after argparse's "argument X:".
    (re.compile(r"argument (\S+): (.+)", re.DOTALL), r"参数 \1：\2"),
]
_INVALID_VALUE = re.compile(r"argument (\S+): invalid (\w+) value: '(.*)'")


def translate(message: str) -> str:
    found = _INVALID_VALUE.fullmatch(message)
    if found:
        kind = _TYPES.get(found[2], "值")
        return f"参数 {found[1]}：“{found[3]}”不是有效的{kind}"
    for pattern, chinese in _MESSAGES:
        if pattern.fullmatch(message):
            return pattern.sub(chinese, message)
    return message


class Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """Subcommands' parsers are made of the same class (add_subparsers' default)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = "显示本帮助并退出"

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{translate(message)}\n")
