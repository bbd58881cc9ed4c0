"""Realistic Brazilian demo data for an empty database, from a few dozen items to millions."""

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from citrus_desktop.domain.errors import DomainError
from citrus_desktop.domain.session import actor
from citrus_desktop.domain.tax_ids import cnpj_with_check_digits
from citrus_desktop.domain.text import fold
from citrus_desktop.i18n import translate
from citrus_desktop.store.bulk import after_explicit_ids, bulk_load, insert_rows
from citrus_desktop.store.models import MODELS
from citrus_desktop.store.transactions import writing

DEFAULT_ITEMS = 60
ITEMS_PER_CUSTOMER = 50

CITIES = [
    ("São Paulo", "SP"),
    ("Florianópolis", "SC"),
    ("Goiânia", "GO"),
    ("Belém", "PA"),
    ("Maceió", "AL"),
    ("São Luís", "MA"),
    ("Ribeirão Preto", "SP"),
    ("Vitória", "ES"),
    ("Cuiabá", "MT"),
    ("Niterói", "RJ"),
    ("Brasília", "DF"),
    ("Uberlândia", "MG"),
    ("João Pessoa", "PB"),
    ("Jundiaí", "SP"),
    ("Petrópolis", "RJ"),
    ("Curitiba", "PR"),
    ("Porto Alegre", "RS"),
    ("Belo Horizonte", "MG"),
    ("Recife", "PE"),
    ("Fortaleza", "CE"),
    ("Salvador", "BA"),
    ("Manaus", "AM"),
    ("Natal", "RN"),
    ("Teresina", "PI"),
    ("Aracaju", "SE"),
    ("Macapá", "AP"),
    ("Palmas", "TO"),
    ("Campo Grande", "MS"),
    ("Londrina", "PR"),
    ("Joinville", "SC"),
    ("Santarém", "PA"),
    ("Maringá", "PR"),
    ("Caxias do Sul", "RS"),
    ("Juiz de Fora", "MG"),
    ("Itajaí", "SC"),
]
STREETS = [
    "Av. Paulista",
    "Rua das Acácias",
    "Av. Brasil",
    "Rua Sete de Setembro",
    "Av. Getúlio Vargas",
    "Rua XV de Novembro",
    "Av. Beira-Mar",
    "Rua São João",
    "Av. da Integração",
    "Rua Barão do Rio Branco",
]
NAME_FIRST = [
    "Açaí",
    "Alvorada",
    "Araucária",
    "Bandeirantes",
    "Boa Vista",
    "Cerrado",
    "Colibri",
    "Coqueiral",
    "Estrela",
    "Guará",
    "Horizonte",
    "Ipê",
    "Itaúna",
    "Jacarandá",
    "Jequitibá",
    "Lagoa",
    "Mandacaru",
    "Maré",
    "Norte",
    "Pantanal",
    "Paraná",
    "Pau-Brasil",
    "Pérola",
    "Pinhão",
    "Planalto",
    "Ribeira",
    "Sabiá",
    "Serra Azul",
    "Solar",
    "Sertão",
    "Tucano",
    "Vale Verde",
    "Vitória-Régia",
    "Xingu",
    "Aurora",
    "Atlântico",
    "Cristal",
]
NAME_SECTOR = [
    "Logística",
    "Alimentos",
    "Hospitalar",
    "Engenharia",
    "Educação",
    "Farmacêutica",
    "Têxtil",
    "Construções",
    "Comércio",
    "Transportes",
    "Agronegócio",
    "Tecnologia",
    "Clínica Médica",
    "Supermercados",
    "Metalúrgica",
    "Cooperativa",
    "Advocacia",
    "Contabilidade",
    "Hotelaria",
    "Papelaria",
]
NAME_SUFFIX = ["Ltda.", "S.A.", "ME", "EIRELI", "Ltda. EPP"]
SURNAMES = [
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Rodrigues",
    "Ferreira",
    "Almeida",
    "Pereira",
    "Lima",
    "Gonçalves",
    "Gomes",
    "Ribeiro",
    "Carvalho",
    "Araújo",
    "Conceição",
    "Magalhães",
    "Simões",
    "Assunção",
    "Brandão",
    "Falcão",
    "Guimarães",
    "Loureiro",
    "Mendonça",
    "Nogueira",
    "Peçanha",
    "Queiroz",
    "Sampaio",
    "Teixeira",
    "Vasconcelos",
    "Zanetti",
]
SITE_NAMES = [
    "Matriz",
    "Filial Centro",
    "Bloco A",
    "Bloco B",
    "Unidade Industrial",
    "Depósito",
    "Loja 01",
    "Loja 02",
    "Escritório Comercial",
    "Centro de Distribuição",
    "Recepção",
    "Almoxarifado",
    "Laboratório",
    "Anexo Sul",
]
CONTRACT_SUBJECTS = [
    "Locação de impressoras",
    "Suporte gerenciado",
    "Licenciamento Microsoft 365",
    "Outsourcing de TI",
    "Monitoramento de rede 24x7",
    "Locação de notebooks",
    "Backup em nuvem",
    "Telefonia IP",
    "Manutenção preventiva",
    "Segurança da informação",
    "Automação comercial",
    "Link dedicado",
]
TYPES = [
    (
        "Notebook",
        "product",
        ["Dell Latitude 5440 i5 16 GB", "Lenovo ThinkPad E14 Ryzen 5", "HP ProBook 450 G10"],
    ),
    ("Desktop", "product", ["Dell OptiPlex 7010 i7", "Lenovo ThinkCentre M70q", "HP EliteDesk 800 G9"]),
    (
        "Impressora térmica",
        "product",
        ['Zebra ZD220 etiquetas 4"', "Elgin i9 cupom não fiscal", "Bematech MP-4200"],
    ),
    (
        "Impressora multifuncional",
        "product",
        ["Brother DCP-L5652DN", "HP LaserJet M432fdn", "Epson EcoTank L6270"],
    ),
    ("Roteador", "product", ["MikroTik hEX RB750Gr3", "Cisco ISR 1111", "TP-Link ER605"]),
    (
        "Switch gerenciável",
        "product",
        ["Aruba 2530 24 portas", "Cisco Catalyst 1000 48 portas", "Intelbras S3328G"],
    ),
    ("Nobreak", "product", ["SMS Station II 1400 VA", "APC Smart-UPS 1500 VA", "NHS Senoidal 2200 VA"]),
    ("Leitor de código de barras", "product", ["Honeywell Voyager 1250g", "Zebra DS2208", "Elgin EL250"]),
    ("Telefone IP", "product", ["Grandstream GXP1625", "Yealink T31P", "Intelbras TIP 125i"]),
    ("Servidor rack", "product", ["Dell PowerEdge R650xs", "HPE ProLiant DL380 Gen11", "Lenovo SR630 V2"]),
    ("Licença Microsoft 365", "service", ["Business Standard anual", "Business Basic mensal", "E3 anual"]),
    (
        "Licença de antivírus",
        "service",
        ["Kaspersky Endpoint Select", "ESET Protect Entry", "Bitdefender GravityZone"],
    ),
    (
        "Backup em nuvem",
        "service",
        ["500 GB com retenção de 30 dias", "1 TB com versão diária", "Servidor de arquivos"],
    ),
    (
        "Suporte técnico mensal",
        "service",
        ["Atendimento 8x5 remoto", "Atendimento 24x7 presencial", "Plantão aos sábados"],
    ),
    (
        "Monitoramento de rede",
        "service",
        ["Zabbix gerenciado", "Alertas por WhatsApp", "Relatório mensal de SLA"],
    ),
]
OBSERVATIONS = [
    "",
    "",
    "Instalado na recepção.",
    "Garantia até dez/2027.",
    "Patrimônio etiquetado.",
    "Uso do financeiro.",
    "Substituiu equipamento com defeito.",
    "Cliente pediu troca do toner trimestral.",
    "Configuração padrão.",
    "Acesso remoto liberado.",
    "Próximo à doca de carga.",
    "Sala de reuniões do 2º andar.",
]
VENDOR_PREFIXES = ["5CD", "PF3", "FTX", "CN0", "SGH", "MXL", "JPB", "HKG"]


@dataclass
class DemoSummary:
    customers: int
    contracts: int
    sites: int
    product_types: int
    items: int


def is_empty() -> bool:
    return not any(model.select().exists() for model in MODELS)


def _ean13(index: int) -> str:
    """A valid EAN-13 with the Brazilian GS1 prefix 789, unique for each index below 10⁹."""
    body = f"789{index:09d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _serial(rng: random.Random, index: int) -> str:
    # The running index keeps every serial unique, whatever its shape.
    shape = index % 4
    if shape == 0:
        return _ean13(index)
    if shape == 1:
        return f"{rng.choice(VENDOR_PREFIXES)}{index:07d}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    if shape == 2:
        return f"{index:010d}"
    return f"SN-{rng.randrange(2019, 2027)}-{index:07d}"


def fill_demo(items: int | None = None, seed: int = 7) -> DemoSummary:
    """Fill an empty database with demo data: ``items`` items (default a small set), customers ≈ items/50."""
    if not is_empty():
        raise DomainError(
            translate("Demo", "The database already has data; demo data only goes into an empty one.")
        )
    rng = random.Random(seed)
    n_items = DEFAULT_ITEMS if items is None else max(0, int(items))
    n_customers = max(8, round(n_items / ITEMS_PER_CUSTOMER))
    now = datetime.now().replace(microsecond=0)
    who = actor() or "demo"
    audit = (1, now, who, now, who)
    audit_columns = ("version", "created_at", "created_by", "updated_at", "updated_by")

    types = _types(n_items)
    with writing("demo", "Demo data"):
        insert_rows(
            "product_type",
            ("id", "name", "name_key", "kind", "description", "active", *audit_columns),
            (
                (i + 1, name, fold(name), kind, description, True, *audit)
                for i, (name, kind, description) in enumerate(types)
            ),
        )
        customers: list[tuple[object, ...]] = []
        contracts: list[tuple[object, ...]] = []
        sites: list[tuple[object, ...]] = []
        used_names: set[str] = set()
        for c in range(1, n_customers + 1):
            name = _company_name(rng, used_names, c)
            cnpj = cnpj_with_check_digits(f"{10_000_000 + c * 7919 % 89_999_999:08d}0001")
            city, uf = rng.choice(CITIES)
            slug = fold(name).split()[0].replace("-", "")
            customers.append(
                (
                    c,
                    name,
                    fold(name),
                    cnpj,
                    f"contato@{slug}{c}.com.br",
                    f"({rng.randrange(11, 99)}) 9{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
                    "",
                    True,
                    *audit,
                )
            )
            for k in range(rng.randrange(1, 4)):
                # Dated around today, so that some end this month and some ended with items.
                start = now.date() - timedelta(days=rng.randrange(0, 1100))
                code = f"CT-{start.year}-{c:05d}-{k + 1}"
                contracts.append(
                    (
                        len(contracts) + 1,
                        c,
                        code,
                        fold(code),
                        rng.choice(CONTRACT_SUBJECTS),
                        start,
                        start + timedelta(days=365 * rng.randrange(1, 4)),
                        "",
                        *audit,
                    )
                )
            for k, site_name in enumerate(rng.sample(SITE_NAMES, rng.randrange(1, 5))):
                site_city, site_uf = (city, uf) if k == 0 else rng.choice(CITIES)
                sites.append(
                    (
                        len(sites) + 1,
                        c,
                        site_name,
                        fold(site_name),
                        f"{rng.choice(STREETS)}, {rng.randrange(10, 4000)}",
                        site_city,
                        site_uf,
                        "",
                        *audit,
                    )
                )
        insert_rows(
            "customer",
            ("id", "name", "name_key", "tax_id", "email", "phone", "notes", "active", *audit_columns),
            customers,
        )
        # The rows bring their keys (no key trigger per row); demo rows get no history entry each,
        # only the one "Demo data" batch.
        with bulk_load("contract", keep_history=False):
            insert_rows(
                "contract",
                (
                    "id",
                    "customer_id",
                    "code",
                    "code_key",
                    "description",
                    "start_date",
                    "end_date",
                    "notes",
                    *audit_columns,
                ),
                contracts,
            )
        with bulk_load("site", keep_history=False):
            insert_rows(
                "site",
                (
                    "id",
                    "customer_id",
                    "name",
                    "name_key",
                    "address",
                    "city",
                    "state",
                    "notes",
                    *audit_columns,
                ),
                sites,
            )
        with bulk_load("inventory_item", keep_history=False):
            insert_rows(
                "inventory_item",
                (
                    "id",
                    "serial_number",
                    "customer_id",
                    "contract_id",
                    "site_id",
                    "product_type_id",
                    "description",
                    "observation",
                    "search_text",
                    "serial_key",
                    *audit_columns,
                ),
                _items(rng, n_items, n_customers, contracts, sites, types, _added_stamps(rng, now), who),
            )
        after_explicit_ids(["product_type", "customer", "contract", "site", "inventory_item"])
    return DemoSummary(len(customers), len(contracts), len(sites), len(types), n_items)


def _types(n_items: int) -> list[tuple[str, str, str]]:
    """The base types; at scale, model-specific variants too (a few hundred)."""
    types = [(name, kind, ", ".join(models)) for name, kind, models in TYPES]
    if n_items >= 10_000:
        for name, kind, models in TYPES:
            for model in models:
                for tier in ("Básico", "Padrão", "Premium", "Corporativo", "Educação"):
                    types.append((f"{name} {model} – {tier}", kind, f"{name} {model}, linha {tier.lower()}"))
    return types


def _company_name(rng: random.Random, used: set[str], index: int) -> str:
    for _ in range(20):
        if rng.random() < 0.5:
            name = f"{rng.choice(NAME_FIRST)} {rng.choice(NAME_SECTOR)} {rng.choice(NAME_SUFFIX)}"
        else:
            first, second = rng.sample(SURNAMES, 2)
            name = f"{first} & {second} {rng.choice(NAME_SECTOR)} {rng.choice(NAME_SUFFIX)}"
        if name not in used:
            used.add(name)
            return name
    name = f"{rng.choice(NAME_FIRST)} {rng.choice(NAME_SECTOR)} {index} {rng.choice(NAME_SUFFIX)}"
    used.add(name)
    return name


def _added_stamps(rng: random.Random, now: datetime, count: int = 4096) -> list[str]:
    """Creation times over the last two years, more of them recent (a growing inventory)."""
    span = 730 * 24 * 3600
    stamps = [now - timedelta(seconds=int(span * (1 - rng.random() ** 0.6))) for _ in range(count)]
    return [stamp.strftime("%Y-%m-%d %H:%M:%S") for stamp in stamps]


def _items(
    rng: random.Random,
    n_items: int,
    n_customers: int,
    contracts: list[tuple[Any, ...]],
    sites: list[tuple[Any, ...]],
    types: list[tuple[str, str, str]],
    stamps: list[str],
    who: str,
) -> Iterator[tuple[object, ...]]:
    by_customer_contracts: dict[int, list[int]] = {}
    for row in contracts:
        by_customer_contracts.setdefault(row[1], []).append(row[0])
    by_customer_sites: dict[int, list[int]] = {}
    for row in sites:
        by_customer_sites.setdefault(row[1], []).append(row[0])
    base_types = len(TYPES)
    # Descriptions and observations come from small sets: fold each once, not once per item.
    descriptions = [
        [(text, fold(text)) for text in (f"{name} {model}" for model in models)] for name, _, models in TYPES
    ]
    observations = [(text, fold(text)) for text in OBSERVATIONS]
    random, randrange, choice = rng.random, rng.randrange, rng.choice
    for i in range(1, n_items + 1):
        customer = randrange(1, n_customers + 1)
        type_index = randrange(len(types)) if random() < 0.3 else randrange(base_types)
        base = type_index if type_index < base_types else (type_index - base_types) // 15
        description, description_key = choice(descriptions[base])
        observation, observation_key = choice(observations)
        serial = _serial(rng, i)
        stamp = choice(stamps)
        yield (
            i,
            serial,
            customer,
            choice(by_customer_contracts[customer]),
            choice(by_customer_sites[customer]),
            type_index + 1,
            description,
            observation,
            # Same text as items.search_text(): demo serials are plain ASCII without spaces.
            f"{serial.lower()}\n{description_key}\n{observation_key}",
            serial.lower(),
            1,
            stamp,
            who,
            stamp,
            who,
        )
