"""GB 32100-2015 check character."""

import pytest

from intlbase_desk.text import uscc
from tests.conftest import VALID_USCC


@pytest.mark.parametrize("code", VALID_USCC)
def test_valid_codes_from_the_standard_pass(code: str) -> None:
    assert uscc.problem(code) is None
    assert uscc.is_valid(code)


def test_wrong_check_character_is_named() -> None:
    message = uscc.problem("911100001000145330")
    assert message is not None and "校验位" in message and "应为" in message


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("", "不能为空"),
        ("9111000010001764", "18位"),
        ("91110000100017643KX", "18位"),
        ("9111000010001764OK", "不允许的字符"),  # letter O is not in the alphabet
        ("91110000I00017643K", "I"),
    ],
)
def test_malformed_codes_say_what_is_wrong(code: str, fragment: str) -> None:
    message = uscc.problem(code)
    assert message is not None and fragment in message


def test_normalize_full_width_spaces_and_case() -> None:
    assert uscc.normalize("９１１１ ００００１０００１７６４３ｋ") == "91110000100017643K"
    assert uscc.is_valid(" 91110000100017643k ")


def test_every_single_character_typo_is_caught() -> None:
    code = "91110108551385082Q"
    for i in range(18):
        for ch in uscc.ALPHABET:
            if ch != code[i]:
                assert not uscc.is_valid(code[:i] + ch + code[i + 1 :])
