"""Brazilian tax ids: CPF, and CNPJ numeric or alphanumeric (Receita Federal, from July 2026).

A CNPJ is 12 characters, digits or capital letters, then 2 check digits; each character counts as
its code value minus 48 ("0" is 0, "A" is 17), weighted 2, 3, … 9, 2, 3… from the right, and a
check digit is 0 when the sum modulo 11 is below 2, else 11 minus it. A CPF is 11 digits. Values
are stored canonical (capitals, no punctuation) and shown formatted; letters are never dropped.
"""

import re
from enum import Enum

PUNCTUATION = re.compile(r"[\s./\-]")
"""What people type between the characters: dots, slash, hyphen, spaces."""
_CANONICAL = re.compile(r"[0-9A-Z]*")


class TaxIdProblem(Enum):
    BAD_CHARACTERS = "bad characters"
    BAD_LENGTH = "bad length"
    CPF_CHECK_DIGITS = "cpf check digits"
    CNPJ_CHECK_DIGITS = "cnpj check digits"
    CPF_LETTERS = "letters in a cpf"


def canonical(value: str) -> str:
    """``value`` as stored: capitals, without dots, slash, hyphen and spaces."""
    return PUNCTUATION.sub("", value).upper()


def _value(char: str) -> int:
    return ord(char) - 48


def _check_digit(values: list[int]) -> int:
    """Modulo 11 over ``values`` weighted 2, 3, … 9, 2, 3… from the right."""
    total = sum(value * (2 + n % 8) for n, value in enumerate(reversed(values)))
    remainder = total % 11
    return 0 if remainder < 2 else 11 - remainder


def is_valid_cpf(number: str) -> bool:
    if len(number) != 11 or not number.isascii() or not number.isdigit() or len(set(number)) == 1:
        return False
    values = [int(c) for c in number]
    # CPF weights run 2…11 from the right, without wrapping.
    first = _cpf_digit(values[:9])
    second = _cpf_digit([*values[:9], first])
    return values[9:] == [first, second]


def _cpf_digit(values: list[int]) -> int:
    remainder = sum(v * w for v, w in zip(reversed(values), range(2, 12), strict=False)) % 11
    return 0 if remainder < 2 else 11 - remainder


def is_valid_cnpj(number: str) -> bool:
    """A numeric or alphanumeric CNPJ in canonical form with matching check digits."""
    if len(number) != 14 or not _CANONICAL.fullmatch(number) or not number[12:].isdigit():
        return False
    if len(set(number)) == 1:
        return False
    return cnpj_with_check_digits(number[:12]) == number


def cnpj_with_check_digits(base12: str) -> str:
    """Complete a 12-character CNPJ base (digits or capital letters) with its two check digits."""
    values = [_value(c) for c in base12]
    first = _check_digit(values)
    second = _check_digit([*values, first])
    return f"{base12}{first}{second}"


def problem(number: str) -> TaxIdProblem | None:
    """Why the canonical ``number`` is neither a valid CPF nor a valid CNPJ (None when it is one)."""
    if not _CANONICAL.fullmatch(number):
        return TaxIdProblem.BAD_CHARACTERS
    if len(number) == 11:
        if not number.isdigit():
            return TaxIdProblem.CPF_LETTERS
        return None if is_valid_cpf(number) else TaxIdProblem.CPF_CHECK_DIGITS
    if len(number) == 14:
        return None if is_valid_cnpj(number) else TaxIdProblem.CNPJ_CHECK_DIGITS
    return TaxIdProblem.BAD_LENGTH


def format_tax_id(number: str) -> str:
    """CPF as 000.000.000-00, CNPJ as 00.000.000/0000-00 (or 12.ABC.345/01DE-35); else unchanged."""
    if len(number) == 11 and number.isdigit():
        return f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}"
    if len(number) == 14:
        return f"{number[:2]}.{number[2:5]}.{number[5:8]}/{number[8:12]}-{number[12:]}"
    return number
