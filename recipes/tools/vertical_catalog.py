"""What every vertical's catalog generator shares: credit codes, attribute and tier builders, the standard
features and roles, a check of the finished recipe against the rules the host enforces, and writing it.

The generators (mro_catalog.py, pharma_catalog.py, agri_catalog.py) are how the sample catalogs were made; the
recipes they write are committed, so a launch never runs Python. Everything is seeded: the same script writes
the same file, byte for byte.
"""
import json
import pathlib
import random
import re

RECIPES = pathlib.Path(__file__).resolve().parents[1]

# GB 32100-2015: 31 characters (no I, O, S, V, Z), weights of the first 17, check character modulo 31.
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# The host's units of measure (modules/SaaS.Catalog/Products/Units.cs).
UNITS = {"piece", "pair", "set", "box", "pack", "bag", "roll", "sheet", "bottle", "drum", "carton", "kg", "g", "ton", "metre", "litre"}

FEATURES = ["Storefront", "Seo", "Merchants", "Companies", "Catalog", "Search", "Decoration"]

ROLES = [
    {"name": "Administrator", "permissions": [
        "ManageFeatures", "ManageSettings", "ManageUsers", "ManageRoles", "RunRecipes", "ViewAuditLog", "ReviewMerchantApplications",
        "ManageMerchants", "ManageCompanies", "ManageCatalog", "ReviewProducts", "ManageSearch"]},
    {"name": "Merchant", "permissions": []},
    {"name": "MerchantStaff", "permissions": []},
    {"name": "Buyer", "permissions": []},
]


def credit_code(body):
    """A unified social credit code: the 17 characters given and their check character."""
    assert len(body) == 17 and all(c in CREDIT_ALPHABET for c in body), body
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(body, CREDIT_WEIGHTS))
    return body + CREDIT_ALPHABET[(31 - total % 31) % 31]


def attr(category, code, name, kind, options=None, unit=None, **flags):
    a = {"category": category, "code": code, "name": name, "kind": kind}
    if options: a["options"] = options
    if unit: a["unit"] = unit
    a.update(flags)
    return a


def tiers(moq, price, breaks=((1, 1.0), (10, 0.95), (50, 0.88))):
    """Quantity breaks as multiples of the MOQ with their price factors: quantities rise, unit prices never do."""
    out = []
    for multiple, factor in breaks:
        unit_price = max(0.01, round(price * factor, 2))
        if out and unit_price > out[-1][1]: unit_price = out[-1][1]
        out.append([moq * multiple, unit_price])
    return out


class Catalog:
    """
    Builds a product list: each product goes to the next merchant (in turn) selling its category, SKU codes are the
    merchant's prefix, the category's abbreviation and a running number, and licence or approval numbers never repeat.
    """

    def __init__(self, seed, merchants, sells, stocks=(0, 60, 200, 500, 1200, 3000), lead_times=(1, 1, 2, 3)):
        self.random = random.Random(seed)
        self.merchants = merchants   # [(SKU prefix, merchant definition)]
        self.sells = sells           # (merchant definition, category slug) -> whether it sells there
        self.stocks, self.lead_times = stocks, lead_times
        self.turns, self.sequence, self.numbers = {}, {}, set()
        self.products = []

    def unique(self, make):
        """A number from make() not handed out before (approval numbers, registration numbers)."""
        while True:
            number = make()
            if number not in self.numbers:
                self.numbers.add(number)
                return number

    def add(self, category, title, brand, unit, moq, multiple, attributes, description, variants, breaks):
        """variants: [(variant values, unit price)], one SKU each, priced in quantity breaks of the MOQ."""
        sellers = [(prefix, m) for prefix, m in self.merchants if self.sells(m, category)]
        assert sellers, category
        turn = self.turns.get(category, 0)
        self.turns[category] = turn + 1
        prefix, merchant = sellers[turn % len(sellers)]
        key = (prefix, category)
        self.sequence[key] = self.sequence.get(key, 0) + 1
        code = f"{prefix}-{''.join(part[:4] for part in category.split('-')).upper()}-{self.sequence[key]:03d}"
        r = self.random
        skus = [{"code": code if len(variants) == 1 else f"{code}-{i + 1}", "variant": variant, "stock": r.choice(self.stocks),
                 "tiers": tiers(moq, price, breaks)} for i, (variant, price) in enumerate(variants)]
        self.products.append({
            "merchant": merchant["creditCode"], "category": category, "title": title, "brand": brand, "unit": unit, "moq": moq,
            "multiple": multiple, "leadTimeDays": r.choice(self.lead_times), "attributes": attributes, "description": description,
            "skus": skus, "publish": True,
        })


def settings(site_name):
    return {"name": "settings", "siteName": site_name, "defaultCurrency": "CNY", "locale": "zh-CN", "timeZone": "Asia/Shanghai"}


def setup_recipe(name, display_name, description, site_name, theme, steps):
    """A setup recipe of the vertical `name`: the standard features, its theme, settings (with a siteName parameter) and roles, then `steps`."""
    return {
        "name": name, "displayName": display_name, "description": description, "vertical": name, "version": "1.0.0", "isSetupRecipe": True,
        "parameters": {"siteName": {"default": site_name}},
        "steps": [{"name": "features", "enable": FEATURES}, {"name": "theme", "theme": theme}, settings("{{siteName}}"), {"name": "roles", "roles": ROLES}, *steps],
    }


def walk(categories, parent=None):
    """Every category node with its parent's slug, parents first."""
    for node in categories:
        yield node, parent
        yield from walk(node.get("children", []), node["slug"])


def check(recipe):
    """The rules the host enforces at launch, checked here so a generator never writes a recipe that cannot launch."""
    steps = {s["name"]: s for s in recipe["steps"]}
    slugs = [node["slug"] for node, _ in walk(steps["categories"]["categories"])]
    assert len(slugs) == len(set(slugs)), "duplicate category slugs"
    parents = {node["slug"]: parent for node, parent in walk(steps["categories"]["categories"])}

    def path(slug):
        while slug:
            yield slug
            slug = parents[slug]

    definitions = {}
    for a in steps["attributes"]["attributes"]:
        assert a["category"] in parents, a
        definitions.setdefault(a["category"], {})[a["code"]] = a
    codes = set()
    merchants = {m["creditCode"] for m in steps["merchants"]["merchants"]}
    for m in steps["merchants"]["merchants"]:
        assert credit_code(m["creditCode"][:17]) == m["creditCode"], m["creditCode"]
    for p in steps["products"]["products"]:
        assert p["merchant"] in merchants and p["category"] in parents and p["unit"] in UNITS, p["title"]
        assert 0 < len(p["title"]) <= 200 and p["moq"] % p["multiple"] == 0, p["title"]
        applicable = {code: a for slug in path(p["category"]) for code, a in definitions.get(slug, {}).items()}
        for code, a in applicable.items():
            value = p["attributes"].get(code)
            if a.get("variant"): continue
            assert value is not None or not a.get("required"), f"{p['title']}: {code} is required"
            if value is not None and a["kind"] == "SingleChoice": assert value in a["options"], f"{p['title']}: {code}={value}"
            if value is not None and a["kind"] == "MultiChoice": assert set(value) <= set(a["options"]), f"{p['title']}: {code}={value}"
        assert set(p["attributes"]) <= set(applicable), f"{p['title']}: {set(p['attributes']) - set(applicable)}"
        for sku in p["skus"]:
            assert sku["code"] not in codes and not re.search(r"\s", sku["code"]), sku["code"]
            codes.add(sku["code"])
            for code, value in sku.get("variant", {}).items():
                assert applicable[code].get("variant"), f"{p['title']}: {code} is not a variant"
                assert "options" not in applicable[code] or value in applicable[code]["options"], f"{p['title']}: {code}={value}"
            t = sku["tiers"]
            assert t[0][0] <= p["moq"] and all(a[0] < b[0] and a[1] >= b[1] for a, b in zip(t, t[1:])), f"{p['title']}: {t}"
            assert all(price > 0 and round(price, 2) == price for _, price in t), f"{p['title']}: {t}"
    for group in steps.get("synonyms", {}).get("synonyms", []):
        assert len(group) >= 2, group
    return len(slugs), len(steps["products"]["products"])


def write(name, recipe):
    """Checks the recipe and writes recipes/{name}.recipe.json."""
    categories, products = check(recipe)
    path = RECIPES / f"{name}.recipe.json"
    path.write_text(json.dumps(recipe, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{categories} categories and {products} products written to {path}")


def replace_steps(name, generated):
    """Replaces the named steps of an existing recipe in place (or appends them), keeping its hand-written steps."""
    path = RECIPES / f"{name}.recipe.json"
    recipe = json.loads(path.read_text(encoding="utf-8"))
    steps = recipe["steps"]
    for step in generated:
        index = next((i for i, s in enumerate(steps) if s["name"] == step["name"]), None)
        if index is None: steps.append(step)
        else: steps[index] = step
    write(name, recipe)
