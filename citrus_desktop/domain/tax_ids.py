"""Brazilian tax ids: CPF and CNPJ check digits, and how they are shown."""

import re

_NON_DIGIT = re.compile(r"\D")


def digits(value: str) -> str:
    return _NON_DIGIT.sub("", value)


def _check_digit(numbers: list[int], weights: list[int]) -> int:
    remainder = sum(n * w for n, w in zip(numbers, weights, strict=True)) % 11
    return 0 if remainder < 2 else 11 - remainder


def is_valid_cpf(number: str) -> bool:
    if len(number) != 11 or not number.isdigit() or len(set(number)) == 1:
        return False
    values = [int(c) for c in number]
    first = _check_digit(values[:9], list(range(10, 1, -1)))
    second = _check_digit([*values[:9], first], list(range(11, 1, -1)))
    return values[9:] == [first, second]


_CNPJ_WEIGHTS = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]


def is_valid_cnpj(number: str) -> bool:
    if len(number) != 14 or not number.isdigit() or len(set(number)) == 1:
        return False
    values = [int(c) for c in number]
    first = _check_digit(values[:12], _CNPJ_WEIGHTS[1:])
    second = _check_digit([*values[:12], first], _CNPJ_WEIGHTS)
    return values[12:] == [first, second]


def cnpj_with_check_digits(base12: str) -> str:
    """Complete a 12-digit CNPJ base with its two check digits."""
    values = [int(c) for c in base12]
    first = _check_digit(values, _CNPJ_WEIGHTS[1:])
    second = _check_digit([*values, first], _CNPJ_WEIGHTS)
    return f"{base12}{first}{second}"


def format_tax_id(number: str) -> str:
    """CPF as 000.000.000-00, CNPJ as 00.000.000/0000-00; anything else unchanged."""
    if len(number) == 11:
        return f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}"
    if len(number) == 14:
        return f"{number[:2]}.{number[2:5]}.{number[5:8]}/{number[8:12]}-{number[12:]}"
    return number
