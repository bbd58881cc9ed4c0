"""Collecting validation problems field by field, then raising them together."""

from collections.abc import Callable

from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.domain.text import clean, has_control
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import BaseModel

LONG_TEXT = 20_000


class Checks:
    """Accumulates field → message; `done()` raises ValidationError if any rule was broken."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def text(
        self,
        field: str,
        value: str | None,
        label: str,
        *,
        required: bool = False,
        longest: int = LONG_TEXT,
        strip: bool = True,
        one_line: bool = False,
    ) -> str:
        """The value trimmed (unless ``strip`` is False), with its problems recorded.

        ``one_line``: a key (serial, code, name), which may hold no newline, tab or other control
        character."""
        text = clean(value) if strip else (value or "")
        if "\x00" in text:
            self.fail(
                field, translate("Validation", "%1 cannot contain the NUL character.").replace("%1", label)
            )
        elif any("\ud800" <= char <= "\udfff" for char in text):
            # Lone surrogates cannot be stored as UTF-8 (they only come from broken pastes).
            self.fail(
                field,
                translate("Validation", "%1 contains a character that cannot be stored.").replace(
                    "%1", label
                ),
            )
        elif one_line and has_control(text):
            self.fail(
                field,
                translate(
                    "Validation", "%1 must be one line, without tabs or other control characters."
                ).replace("%1", label),
            )
        elif required and not text.strip():
            self.fail(field, translate("Validation", "%1 is required.").replace("%1", label))
        elif len(text) > longest:
            self.fail(
                field,
                translate("Validation", "%1 is too long (at most %2 characters).")
                .replace("%1", label)
                .replace("%2", str(longest)),
            )
        return text

    def reference(self, field: str, value: int | None, label: str, exists: bool) -> None:
        if not value:
            self.fail(field, translate("Validation", "Choose the %1.").replace("%1", label))
        elif not exists:
            self.fail(field, translate("Validation", "The chosen %1 no longer exists.").replace("%1", label))

    def ok(self, field: str) -> bool:
        """No problem recorded for ``field`` yet (so its value may be used in a query)."""
        return field not in self.errors

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def problems_of(validate: Callable[[], object]) -> dict[str, str]:
    """The problems (field → message) ``validate`` raises, without writing anything."""
    try:
        validate()
    except ValidationError as error:
        return error.errors
    return {}


def customer_of(model: type[BaseModel], record_id: int) -> int | None:
    """The customer a contract or site (``model``) belongs to; None when there is no such record."""
    customer = model._meta.fields["customer"]
    value = model.select(customer).where(model.id == record_id).scalar()
    return None if value is None else int(value)
