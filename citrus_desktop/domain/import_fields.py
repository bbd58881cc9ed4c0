"""What an import fills, and which file column fills it: the fields of each list and the header
names they are known by, in either language, ignoring case, accents and marks such as ``*``."""

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from citrus_desktop.domain.text import fold
from citrus_desktop.i18n import translate

LISTS = ("inventory", "customers")
_MARKS = re.compile(r"[*:#.()\[\]]+")


@dataclass(frozen=True)
class ImportField:
    key: str
    title: str
    """The field's name in the UI language (also its column title in exported files)."""
    required: bool = False
    names: tuple[str, ...] = ()
    """Other header names it is known by (English, Portuguese, common variants)."""
    for_new: str = ""
    """Set for fields used only when a missing record is created: which kind of record."""


def header_key(header: str) -> str:
    """A header as compared: folded, without marks such as ``*`` or ``Nº`` and extra spaces."""
    return " ".join(_MARKS.sub(" ", fold(header)).replace("-", " ").replace("/", " ").split())


def item_fields() -> list[ImportField]:
    return [
        ImportField(
            "serial_number",
            translate("Columns", "Serial number"),
            True,
            (
                "Serial number",
                "Número de série",
                "Serial",
                "Série",
                "Nº de série",
                "N° de série",
                "S/N",
                "SN",
                "Número serial",
                "Código de barras",
                "Barcode",
                "EAN",
            ),
        ),
        ImportField("customer", translate("Columns", "Customer"), True, ("Customer", "Cliente")),
        ImportField("contract", translate("Columns", "Contract"), True, ("Contract", "Contrato")),
        ImportField("site", translate("Columns", "Site"), True, ("Site", "Local", "Localização", "Unidade")),
        ImportField(
            "product_type",
            translate("Columns", "Type"),
            True,
            ("Type", "Tipo", "Product or service type", "Tipo de produto ou serviço", "Tipo de produto"),
        ),
        ImportField("description", translate("Columns", "Description"), False, ("Description", "Descrição")),
        ImportField(
            "observation",
            translate("Columns", "Observation"),
            False,
            ("Observation", "Observação", "Observações", "Obs"),
        ),
        ImportField(
            "contract_start",
            translate("Columns", "Contract start"),
            False,
            ("Contract start", "Início do contrato", "Início", "Start"),
            for_new="contract",
        ),
        ImportField(
            "contract_end",
            translate("Columns", "Contract end"),
            False,
            ("Contract end", "Fim do contrato", "Término do contrato", "Fim", "End"),
            for_new="contract",
        ),
        ImportField("site_city", translate("Columns", "City"), False, ("City", "Cidade"), for_new="site"),
        ImportField(
            "site_state", translate("Columns", "State"), False, ("State", "Estado", "UF"), for_new="site"
        ),
        ImportField(
            "type_kind",
            translate("Columns", "Kind"),
            False,
            ("Kind", "Natureza", "Product or service", "Produto ou serviço"),
            for_new="type",
        ),
    ]


def customer_fields() -> list[ImportField]:
    return [
        ImportField(
            "name",
            translate("Columns", "Name"),
            True,
            ("Name", "Nome", "Customer", "Cliente", "Razão social", "Company", "Empresa"),
        ),
        ImportField(
            "tax_id",
            translate("Columns", "CPF/CNPJ"),
            False,
            ("CPF/CNPJ", "CNPJ/CPF", "CNPJ", "CPF", "Tax id", "Documento"),
        ),
        ImportField(
            "email", translate("Columns", "E-mail"), False, ("E-mail", "Email", "Correio eletrônico")
        ),
        ImportField("phone", translate("Columns", "Phone"), False, ("Phone", "Telefone", "Tel", "Celular")),
        ImportField(
            "notes", translate("Columns", "Notes"), False, ("Notes", "Observações", "Observação", "Obs")
        ),
        ImportField("active", translate("Columns", "Active"), False, ("Active", "Ativo", "Ativa")),
    ]


def fields_of(list_name: str) -> list[ImportField]:
    """The fields an import into ``list_name`` (inventory, customers) fills."""
    return item_fields() if list_name == "inventory" else customer_fields()


def guess_mapping(headers: Sequence[str], fields: Sequence[ImportField]) -> list[str | None]:
    """For each header, the key of the field it names (None: not imported); each field once, to
    the first column that names it."""
    known: dict[str, str] = {}
    for field in fields:
        for name in (field.title, *field.names):
            known.setdefault(header_key(name), field.key)
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        key = known.get(header_key(header))
        if key is None or key in taken:
            mapping.append(None)
            continue
        taken.add(key)
        mapping.append(key)
    return mapping


def missing_required(mapping: Sequence[str | None], fields: Sequence[ImportField]) -> list[ImportField]:
    """The required fields no column fills."""
    chosen = set(mapping)
    return [field for field in fields if field.required and field.key not in chosen]


def shape_of(headers: Sequence[str]) -> str:
    """A short name for a file's header row: files of the same shape get the same mapping."""
    joined = "\x1f".join(header_key(header) for header in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
