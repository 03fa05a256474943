"""What every vertical's catalog generator shares: credit codes, attribute and tier builders, the standard
features and roles, the decorated pages (marketplace home, about, terms, help and every merchant's shop), a check
of the finished recipe against the rules the host enforces, and writing it.

The generators (mro_catalog.py, pharma_catalog.py, agri_catalog.py) are how the sample catalogs were made; the
recipes they write are committed, so a launch never runs Python. Everything is seeded: the same script writes
the same file, byte for byte.
"""
import json
import pathlib
import random
import re
from collections import Counter
from dataclasses import dataclass

RECIPES = pathlib.Path(__file__).resolve().parents[1]
THEMES = RECIPES.parent / "themes"
STOCK = RECIPES.parent / "modules" / "SaaS.Decoration" / "Stock"

# GB 32100-2015: 31 characters (no I, O, S, V, Z), weights of the first 17, check character modulo 31.
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# The host's units of measure (modules/SaaS.Catalog/Products/Units.cs).
UNITS = {"piece", "pair", "set", "box", "pack", "bag", "roll", "sheet", "bottle", "drum", "carton", "kg", "g", "ton", "metre", "litre"}

FEATURES = ["Storefront", "Seo", "Merchants", "Companies", "Catalog", "Search", "Decoration", "Orders", "Payments", "Messaging"]

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


def setup_recipe(name, display_name, description, site_name, theme, steps, roles=ROLES):
    """A setup recipe of the vertical `name`: the standard features, its theme, settings (with a siteName parameter) and roles, then `steps`."""
    return {
        "name": name, "displayName": display_name, "description": description, "vertical": name, "version": "1.0.0", "isSetupRecipe": True,
        "parameters": {"siteName": {"default": site_name}},
        "steps": [{"name": "features", "enable": FEATURES}, {"name": "theme", "theme": theme}, settings("{{siteName}}"), {"name": "roles", "roles": roles}, *steps],
    }


def payments_steps(default_rate, category_rates, remittance):
    """Commission rules (a default and per top category slug, at least 0.50 a line) and the settlement cycle: T+7, on Mondays."""
    return [
        {"name": "commissions", "effectiveFrom": "2020-01-01", "default": {"ratePercent": default_rate, "minimumPerLine": 0.5},
         "categories": {slug: {"ratePercent": rate, "minimumPerLine": 0.5} for slug, rate in category_rates.items()}},
        {"name": "payment-settings", "settlementDelayDays": 7, "settlementWeekday": "Monday", "remittanceAccount": remittance},
    ]


def messaging_steps(rules, templates):
    """Who hears of what where the catalog's defaults do not suit the trade, and the trade's own wording of some messages."""
    return [
        {"name": "notification-rules", "events": rules},
        {"name": "message-templates", "templates": templates},
    ]


def walk(categories, parent=None):
    """Every category node with its parent's slug, parents first."""
    for node in categories:
        yield node, parent
        yield from walk(node.get("children", []), node["slug"])


# The colours a shop may take when no theme along the chain names a palette (ShopAppearances.DefaultPalette).
DEFAULT_PALETTE = ["#b45309", "#b91c1c", "#be185d", "#7e22ce", "#4338ca", "#1d4ed8", "#0f766e", "#15803d", "#334155"]


def stock(name):
    """The address of a picture the Decoration module ships (modules/SaaS.Decoration/Stock), checked to exist."""
    assert (STOCK / f"{name}.svg").is_file(), f"no stock picture {name}.svg"
    return f"/media/stock/{name}.svg"


def shop_palette(theme):
    """The brand colours shops may take on `theme`: the first shopPalette along its base themes, as the host reads them."""
    while theme:
        descriptor = json.loads((THEMES / theme / "theme.json").read_text(encoding="utf-8"))
        if descriptor.get("shopPalette"): return descriptor["shopPalette"]
        theme = descriptor.get("baseTheme")
    return DEFAULT_PALETTE


@dataclass(frozen=True)
class Shop:
    """What a merchant's decorated shop says beyond its merchants-step definition; texts are (Chinese, English) pairs."""
    merchant: dict       # the definition in the merchants step
    short: str           # the name buyers know it by: 杭州紧固件
    speciality: tuple    # what it sells and how well
    banner: str          # stock picture of its banner
    certificates: str    # the certifications block's note: what it holds beyond the licences the marketplace verified
    story: tuple         # (stock picture, title, text): its warehouse, farm or cold chain, on the about page


@dataclass(frozen=True)
class Storefront:
    """What the marketplace's own pages say; texts are (Chinese, English) pairs unless a field says otherwise."""
    slides: list         # home banners: [(stock picture, title, subtitle, category slug they link to)]
    story: tuple         # (stock picture, alt, title, text) of the home's image with text, linking to the about page
    suppliers: str       # title of the home's merchant list
    rfq: tuple           # (title, introduction) of the home's contact form
    about: list          # paragraphs of the about page; {{siteName}} is the marketplace's name
    promises: list       # bullet points of the about page
    terms: list          # the vertical's clauses, before the ones every marketplace has
    faq: list            # [(question, answer)]: the vertical's questions, before the ones every marketplace has
    shop_service: tuple  # what every shop of the vertical offers (invoices, cold chain …), on its about page
    shop_rfq: str        # introduction of every shop's contact form
    logo: str            # stock picture every shop starts with as its logo


COMMON_TERMS = [
    ("在平台上成交的订单是买方与供应商之间的买卖合同，受《中华人民共和国民法典》约束；平台提供信息发布、交易撮合与结算服务。",
     "An order placed on the marketplace is a contract of sale between the buyer and the supplier under the Civil Code of the PRC; the marketplace lists, matches and settles."),
    ("平台按订单金额收取技术服务费，其余货款按结算周期支付给供应商。",
     "The marketplace collects a service commission on each order and settles the rest to suppliers on a regular cycle."),
    ("供应商须为每笔订单开具合法有效的发票；企业买家在企业资料中维护发票抬头。",
     "Suppliers issue a valid invoice for every order; company buyers keep their invoice titles in their company profile."),
    ("商品质量、交付与售后争议由买卖双方协商解决；协商不成的，平台依据订单记录介入调解。",
     "Disputes about quality, delivery or after-sales service are settled between buyer and supplier; failing that, the marketplace mediates on the order record."),
    ("平台依法保护用户的个人信息，仅为完成交易、开具发票和履行法定义务而使用。",
     "The marketplace protects personal information and uses it only to complete orders, issue invoices and meet legal obligations."),
]

COMMON_FAQ = [
    (("起订量和包装倍数是什么？", "What are the minimum order and the pack size?"),
     ("每个商品都有最小起订数量，下单数量须为包装倍数的整数倍；买得越多，阶梯价越低。",
      "Every product has a minimum order quantity and is ordered in whole packs; the more you buy, the lower the tier price.")),
    (("如何开具增值税专用发票？", "How do I get a VAT special invoice?"),
     ("在企业资料中维护发票抬头，下单时选择“增值税专用发票”。", "Add your invoice title to your company profile and choose “VAT special invoice” when you order.")),
    (("找不到需要的商品怎么办？", "What if I cannot find what I need?"),
     ("在首页或店铺页的询价表单写明品名、规格、数量和交期，平台或供应商会直接回复您。",
      "Send the name, specification, quantity and delivery date from the request-for-quotation form on the home page or a shop page; the marketplace or the supplier answers you.")),
    (("如何成为供应商？", "How do I become a supplier?"),
     ("打开顶部导航的“商家”页，点击“商家入驻”，填写企业信息并上传营业执照及本平台要求的行业资质，审核通过后即可开店。",
      "Open Merchants in the top menu and choose Sell with us: fill in your company details and upload your business licence and the licences the marketplace requires; once approved, your shop opens.")),
]


def bilingual(pairs):
    """Paragraphs in Chinese, each followed by its English."""
    return "".join(f'<p>{zh}</p><p lang="en">{en}</p>' for zh, en in pairs)


def main_category(merchant, categories, products):
    """The top category in which `merchant` has most products anyone may see (ties: the first in the tree), or None."""
    top_of, hidden = {}, set()
    for top in categories:
        for node, parent in walk([top]):
            top_of[node["slug"]] = top
            if node.get("verifiedBuyersOnly") or parent in hidden: hidden.add(node["slug"])
    counts = Counter(top_of[p["category"]]["slug"] for p in products if p["merchant"] == merchant["creditCode"] and p["category"] not in hidden)
    best = max(categories, key=lambda top: counts[top["slug"]])
    return best if counts[best["slug"]] else None


def pages_step(theme, storefront, shops, categories, products):
    """
    The `pages` step of a vertical: the decorated marketplace home (banners, categories, newest products, merchants,
    the marketplace's story, a request-for-quotation form), its about, terms and help pages, and for every shop a home
    (banners, its main category's products, its certifications, a contact form), an about page and its look (the
    theme's palette colours taken in turn). Rich texts hold no links: a path there would miss the tenant's prefix.
    """
    slugs = {node["slug"] for node, _ in walk(categories)}
    assert all(slug in slugs for *_, slug in storefront.slides), storefront.slides
    story_picture, story_alt, story_title, story_text = storefront.story
    pages = [
        {"page": "home", "title": "首页", "blocks": [
            {"type": "banner-carousel", "settings": {"interval": 6, "slides": [
                {"image": stock(image), "title": title, "subtitle": subtitle, "link": f"/c/{slug}"} for image, title, subtitle, slug in storefront.slides]}},
            {"type": "category-nav", "settings": {"title": "全部分类 Categories"}},
            {"type": "product-grid", "settings": {"title": "新品上架 New arrivals", "source": "newest", "count": 8}},
            {"type": "merchant-list", "settings": {"title": storefront.suppliers, "count": min(24, max(6, len(shops)))}},
            {"type": "image-text", "settings": {"image": stock(story_picture), "alt": story_alt, "title": story_title, "text": story_text,
                                                "link": "/pages/about", "linkText": "了解我们 About us", "imageSide": "right"}},
            {"type": "contact-form", "settings": {"title": storefront.rfq[0], "intro": storefront.rfq[1]}},
        ]},
        {"page": "about", "title": "关于我们 About", "blocks": [
            {"type": "rich-text", "settings": {"title": "关于平台 About the marketplace", "html": bilingual(storefront.about)
                                               + "<ul>" + "".join(f"<li>{zh} {en}</li>" for zh, en in storefront.promises) + "</ul>"}}]},
        {"page": "terms", "title": "服务条款 Terms", "blocks": [
            {"type": "rich-text", "settings": {"title": "服务条款 Terms of service", "html": "<ol>" + "".join(
                f'<li><p>{zh}</p><p lang="en">{en}</p></li>' for zh, en in storefront.terms + COMMON_TERMS) + "</ol>"}}]},
        {"page": "help", "title": "帮助中心 Help", "blocks": [
            {"type": "rich-text", "settings": {"title": "常见问题 FAQ", "html": "".join(
                f"<h3>{q_zh} {q_en}</h3>" + bilingual([answer]) for (q_zh, q_en), answer in storefront.faq + COMMON_FAQ)}}]},
    ]
    palette = shop_palette(theme)
    for index, shop in enumerate(shops):
        merchant, picture, heading, text = shop.merchant, *shop.story
        main = main_category(merchant, categories, products)
        grid = {"title": f"主营 {main['name']}", "source": "category", "category": main["slug"], "count": 8} if main else \
            {"title": "新品上架 New arrivals", "source": "newest", "count": 8}
        pages.append({"shop": merchant["creditCode"], "page": "home", "title": "店铺首页",
                      "appearance": {"logoUrl": stock(storefront.logo), "bannerUrl": stock(shop.banner), "brandColor": palette[index % len(palette)],
                                     "navigation": ["home", "about"]},
                      "blocks": [
                          {"type": "banner-carousel", "settings": {"slides": [
                              {"image": stock(shop.banner), "title": shop.short, "subtitle": shop.speciality[0]},
                              {"image": stock(picture), "title": heading, "subtitle": text}]}},
                          {"type": "product-grid", "settings": grid},
                          {"type": "certifications", "settings": {"title": "资质证书 Certifications", "note": shop.certificates}},
                          {"type": "contact-form", "settings": {"title": f"向{shop.short}询价 Request a quote", "intro": storefront.shop_rfq}},
                      ]})
        facts = [("经营类目 Categories", "、".join(merchant["categories"])), ("联系人 Contact", merchant.get("contactName")), ("地址 Address", merchant.get("address"))]
        pages.append({"shop": merchant["creditCode"], "page": "about", "title": "关于我们", "blocks": [
            {"type": "rich-text", "settings": {"title": f"关于{shop.short} About us", "html": bilingual([shop.speciality, storefront.shop_service])
                                               + "<ul>" + "".join(f"<li>{label}：{value}</li>" for label, value in facts if value) + "</ul>"}},
            {"type": "image-text", "settings": {"image": stock(picture), "alt": heading, "title": heading, "text": text, "imageSide": "left"}},
        ]})
    return {"name": "pages", "pages": pages}


# What the host checks of a block's settings (modules/*/Blocks/*.cs): longest texts, required fields, who may use a type.
BLOCK_TEXTS = {"title": 100, "subtitle": 160, "alt": 150, "text": 2000, "linkText": 40, "intro": 500, "note": 500, "category": 100, "root": 100,
               "products": 2000, "caption": 200, "html": 20000}
BLOCK_REQUIRED = {"banner-carousel": ["slides"], "rich-text": ["html"], "image-text": ["image", "title"], "video": ["url"],
                  "contact-form": [], "product-grid": [], "category-nav": [], "certifications": [], "merchant-list": []}
SHOP_ONLY, MARKETPLACE_ONLY = {"certifications"}, {"merchant-list"}


def safe_link(text):
    """A path on the marketplace or an https address (BlockValidator.IsSafeLink)."""
    return (text.startswith("/") and not text.startswith("//") and "\\" not in text) or text.startswith("https://")


def check_pages(step, slugs, merchants, palette):
    for i, page in enumerate(step["pages"]):
        where = f"pages[{i}]"
        assert re.fullmatch(r"[a-z0-9-]{1,60}", page["page"]), where
        shop = "shop" in page
        assert not shop or page["shop"] in merchants, f"{where}: no merchant {page.get('shop')}"
        look = page.get("appearance", {})
        assert not look or (shop and look["brandColor"] in palette and all(safe_link(look[k]) for k in ("logoUrl", "bannerUrl"))), f"{where}.appearance"
        for j, block in enumerate(page["blocks"]):
            at, kind, values = f"{where}.blocks[{j}]", block["type"], block["settings"]
            assert kind in BLOCK_REQUIRED and kind not in (MARKETPLACE_ONLY if shop else SHOP_ONLY), f"{at}: {kind}"
            assert all(values.get(field) for field in BLOCK_REQUIRED[kind]), f"{at}: a required field is missing"
            assert 2 <= values.get("count", 8) <= 24 and 2 <= values.get("interval", 5) <= 15, at
            assert values.get("imageSide", "left") in ("left", "right") and values.get("source", "newest") in ("newest", "category", "picked"), at
            assert values.get("source") != "category" or values.get("category") in slugs, f"{at}: no category {values.get('category')}"
            # A rich text's links are written as they are: a path there would miss the tenant's prefix.
            assert "href=\"/" not in values.get("html", "") and "<script" not in values.get("html", ""), f"{at}.html"
            slides = values.get("slides", [])
            assert len(slides) <= 6 and all(slide.get("image") for slide in slides), f"{at}.slides"
            for name, value in [*values.items(), *((f"slides.{k}", v) for slide in slides for k, v in slide.items())]:
                field = name.rsplit(".", 1)[-1]
                if field in ("image", "link", "url", "poster"): assert safe_link(value) and len(value) <= 500, f"{at}.{name}"
                limit = 80 if name == "slides.title" else BLOCK_TEXTS.get(field)
                if limit: assert len(value) <= limit, f"{at}.{name}: {len(value)} characters, at most {limit}"



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
    if "pages" in steps: check_pages(steps["pages"], set(parents), merchants, shop_palette(steps["theme"]["theme"]))
    return len(slugs), len(steps["products"]["products"])


def write(name, recipe):
    """Checks the recipe and writes recipes/{name}.recipe.json."""
    categories, products = check(recipe)
    path = RECIPES / f"{name}.recipe.json"
    path.write_text(json.dumps(recipe, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{categories} categories and {products} products written to {path}")

