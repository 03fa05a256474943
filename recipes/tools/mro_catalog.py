#!/usr/bin/env python3
"""Writes the industrial-mro recipe's sample catalog (categories, attributes, 200+ products).

The recipe is data; this script is how it was made, so the catalog can be regrown (more products for a
benchmark, other prices) without hand-editing 200 products:  python3 recipes/tools/mro_catalog.py
"""
import random

from vertical_catalog import attr, replace_steps, tiers

FASTENERS = "91330110MA2B3C4D56"   # 杭州紧固件供应链有限公司
TOOLS = "91440300MA5F6G7H8B"       # 深圳精密工具有限公司

CATEGORIES = [
    {"slug": "fasteners", "name": "紧固件 Fasteners", "children": [
        {"slug": "bolts", "name": "螺栓 Bolts"}, {"slug": "nuts", "name": "螺母 Nuts"},
        {"slug": "screws", "name": "螺钉 Screws"}, {"slug": "washers", "name": "垫圈 Washers"},
        {"slug": "anchors", "name": "膨胀螺栓 Anchors"}]},
    {"slug": "bearings", "name": "轴承 Bearings", "children": [
        {"slug": "ball-bearings", "name": "深沟球轴承 Deep Groove Ball Bearings"},
        {"slug": "roller-bearings", "name": "圆锥滚子轴承 Tapered Roller Bearings"}]},
    {"slug": "safety", "name": "劳保用品 Safety & PPE", "children": [
        {"slug": "gloves", "name": "防护手套 Gloves"}, {"slug": "helmets", "name": "安全帽 Helmets"},
        {"slug": "eyewear", "name": "护目镜 Eyewear"}, {"slug": "respirators", "name": "防护口罩 Respirators"}]},
    {"slug": "hand-tools", "name": "手动工具 Hand Tools", "children": [
        {"slug": "wrenches", "name": "扳手 Wrenches"}, {"slug": "screwdrivers", "name": "螺丝刀 Screwdrivers"},
        {"slug": "pliers", "name": "钳子 Pliers"}, {"slug": "sockets", "name": "套筒 Sockets"}]},
    {"slug": "power-tools", "name": "电动工具 Power Tools", "children": [
        {"slug": "drills", "name": "电钻 Drills"}, {"slug": "angle-grinders", "name": "角磨机 Angle Grinders"},
        {"slug": "impact-wrenches", "name": "电动扳手 Impact Wrenches"}]},
    {"slug": "measuring", "name": "量具 Measuring Tools", "children": [
        {"slug": "calipers", "name": "卡尺 Calipers"}, {"slug": "micrometers", "name": "千分尺 Micrometers"},
        {"slug": "tape-measures", "name": "卷尺 Tape Measures"}]},
    {"slug": "pneumatics", "name": "气动元件 Pneumatics", "children": [
        {"slug": "cylinders", "name": "气缸 Cylinders"}, {"slug": "fittings", "name": "气管接头 Fittings"}]},
]


ATTRIBUTES = [
    attr("fasteners", "material", "材质 Material", "SingleChoice", ["碳钢", "不锈钢304", "不锈钢316", "合金钢", "黄铜"], required=True, filterable=True, searchable=True),
    attr("fasteners", "surface", "表面处理 Finish", "SingleChoice", ["本色", "镀锌", "发黑", "达克罗", "热镀锌"], filterable=True),
    attr("fasteners", "standard", "执行标准 Standard", "Text", searchable=True),
    attr("bolts", "grade", "强度等级 Grade", "SingleChoice", ["4.8", "8.8", "10.9", "12.9", "A2-70", "A4-80"], filterable=True),
    attr("bolts", "size", "规格 Size", "Text", variant=True),
    attr("nuts", "grade", "强度等级 Grade", "SingleChoice", ["4", "8", "10", "A2-70", "A4-80"], filterable=True),
    attr("nuts", "size", "规格 Size", "Text", variant=True),
    attr("screws", "head", "头型 Head", "SingleChoice", ["盘头", "沉头", "圆柱头", "六角头", "半圆头"], filterable=True),
    attr("screws", "size", "规格 Size", "Text", variant=True),
    attr("washers", "size", "规格 Size", "Text", variant=True),
    attr("anchors", "size", "规格 Size", "Text", variant=True),
    attr("bearings", "model", "型号 Model", "Text", required=True, searchable=True),
    attr("bearings", "inner-diameter", "内径 Bore", "Number", unit="mm", filterable=True),
    attr("bearings", "outer-diameter", "外径 OD", "Number", unit="mm", filterable=True),
    attr("bearings", "seal", "密封形式 Seal", "SingleChoice", ["开式", "ZZ", "2RS"], variant=True),
    attr("safety", "certification", "认证 Certification", "MultiChoice", ["CE", "GB", "ANSI", "EN388", "EN166", "LA"], filterable=True),
    attr("gloves", "glove-material", "材质 Material", "SingleChoice", ["丁腈", "乳胶", "PU", "棉纱", "芳纶"], filterable=True, searchable=True),
    attr("gloves", "cut-level", "防切割等级 Cut level", "SingleChoice", ["1", "2", "3", "4", "5"], filterable=True),
    attr("gloves", "glove-size", "尺码 Size", "SingleChoice", ["S", "M", "L", "XL"], variant=True),
    attr("helmets", "shell", "帽壳材质 Shell", "SingleChoice", ["ABS", "HDPE", "玻璃钢"], filterable=True),
    attr("helmets", "colour", "颜色 Colour", "SingleChoice", ["白", "黄", "红", "蓝"], variant=True),
    attr("eyewear", "lens", "镜片 Lens", "SingleChoice", ["PC", "防雾PC", "防刮PC"], variant=True),
    attr("respirators", "rating", "防护等级 Rating", "SingleChoice", ["KN90", "KN95", "KN100"], filterable=True, variant=True),
    attr("hand-tools", "tool-material", "材质 Material", "SingleChoice", ["铬钒钢", "S2合金钢", "碳钢", "铬钼钢"], filterable=True),
    attr("wrenches", "size", "规格 Size", "Text", variant=True),
    attr("screwdrivers", "size", "规格 Size", "Text", variant=True),
    attr("pliers", "length", "长度 Length", "Text", variant=True),
    attr("sockets", "size", "规格 Size", "Text", variant=True),
    attr("power-tools", "voltage", "电压 Voltage", "SingleChoice", ["220V", "18V", "20V", "12V"], filterable=True, variant=True),
    attr("power-tools", "power", "功率 Power", "Number", unit="W", filterable=True),
    attr("measuring", "range", "量程 Range", "Text", variant=True),
    attr("measuring", "reading", "读数方式 Reading", "SingleChoice", ["机械", "数显", "带表"], filterable=True),
    attr("pneumatics", "bore", "缸径/管径 Bore", "Text", variant=True),
]

# (merchant, category, brand list, [(chinese, english)], unit, moq, multiple, variants, base price, attributes)
FAMILIES = [
    (FASTENERS, "bolts", ["晋亿 Jinyi", "东明 Dongming", "上标 Shangbiao", "伍尔特 Würth"],
     [("外六角螺栓", "Hex Head Bolt"), ("内六角圆柱头螺栓", "Hex Socket Cap Screw"), ("法兰面螺栓", "Flange Bolt"), ("全牙螺杆", "Threaded Rod"), ("马车螺栓", "Carriage Bolt")],
     "box", 1, 1, ["M6×20", "M8×30", "M10×40", "M12×50", "M16×60"], 18.0,
     lambda r: {"material": r.choice(["碳钢", "不锈钢304", "不锈钢316", "合金钢"]), "surface": r.choice(["本色", "镀锌", "发黑", "达克罗"]),
                "standard": r.choice(["GB/T 5783", "DIN 933", "DIN 912", "GB/T 70.1", "ISO 4017"]), "grade": r.choice(["8.8", "10.9", "12.9", "A2-70"])}, 30),
    (FASTENERS, "nuts", ["晋亿 Jinyi", "东明 Dongming", "伍尔特 Würth"],
     [("六角螺母", "Hex Nut"), ("尼龙锁紧螺母", "Nylon Lock Nut"), ("法兰螺母", "Flange Nut")],
     "box", 1, 1, ["M6", "M8", "M10", "M12", "M16"], 9.5,
     lambda r: {"material": r.choice(["碳钢", "不锈钢304", "不锈钢316"]), "surface": r.choice(["本色", "镀锌", "发黑"]),
                "standard": r.choice(["GB/T 6170", "DIN 934", "DIN 985"]), "grade": r.choice(["8", "10", "A2-70"])}, 15),
    (FASTENERS, "screws", ["东明 Dongming", "上标 Shangbiao", "森达 Senda"],
     [("十字盘头机螺钉", "Phillips Pan Head Machine Screw"), ("十字沉头自攻螺钉", "Countersunk Self-tapping Screw"), ("钻尾螺丝", "Self-drilling Screw"), ("干壁钉", "Drywall Screw")],
     "box", 1, 1, ["M3×10", "M4×12", "M5×16", "M6×20"], 12.0,
     lambda r: {"material": r.choice(["碳钢", "不锈钢304", "黄铜"]), "surface": r.choice(["镀锌", "发黑", "本色"]), "head": r.choice(["盘头", "沉头", "半圆头"]),
                "standard": r.choice(["GB/T 818", "GB/T 846", "DIN 7981"])}, 20),
    (FASTENERS, "washers", ["晋亿 Jinyi", "东明 Dongming"],
     [("平垫圈", "Flat Washer"), ("弹簧垫圈", "Spring Lock Washer")],
     "pack", 10, 10, ["M6", "M8", "M10", "M12", "M16"], 3.2,
     lambda r: {"material": r.choice(["碳钢", "不锈钢304"]), "surface": r.choice(["镀锌", "本色"]), "standard": r.choice(["GB/T 97.1", "GB/T 93", "DIN 125"])}, 10),
    (FASTENERS, "anchors", ["喜利得 Hilti", "慧鱼 fischer", "东明 Dongming"],
     [("膨胀螺栓", "Wedge Anchor"), ("化学锚栓", "Chemical Anchor Bolt")],
     "piece", 50, 50, ["M8×80", "M10×100", "M12×120"], 1.6,
     lambda r: {"material": r.choice(["碳钢", "不锈钢304"]), "surface": r.choice(["镀锌", "热镀锌"]), "standard": "JG/T 160"}, 8),
    (FASTENERS, "ball-bearings", ["SKF", "NSK", "哈轴 HRB", "瓦轴 ZWZ", "人本 C&U"],
     [("深沟球轴承", "Deep Groove Ball Bearing")],
     "piece", 10, 10, ["开式", "ZZ", "2RS"], 14.0, None, 12),
    (FASTENERS, "roller-bearings", ["SKF", "铁姆肯 Timken", "哈轴 HRB"],
     [("圆锥滚子轴承", "Tapered Roller Bearing")],
     "piece", 2, 1, ["开式"], 68.0, None, 5),
    (FASTENERS, "gloves", ["3M", "代尔塔 Delta Plus", "霍尼韦尔 Honeywell", "星宇 Xingyu"],
     [("丁腈涂掌手套", "Nitrile Palm Coated Gloves"), ("防切割手套", "Cut Resistant Gloves"), ("PU涂指手套", "PU Fingertip Coated Gloves"), ("棉纱劳保手套", "Cotton Knit Work Gloves")],
     "pair", 12, 12, ["S", "M", "L", "XL"], 6.8,
     lambda r: {"glove-material": r.choice(["丁腈", "PU", "棉纱", "芳纶"]), "cut-level": r.choice(["1", "2", "3", "5"]), "certification": r.sample(["CE", "EN388", "GB"], 2)}, 12),
    (FASTENERS, "helmets", ["3M", "霍尼韦尔 Honeywell", "代尔塔 Delta Plus"],
     [("ABS安全帽", "ABS Safety Helmet"), ("透气型安全帽", "Vented Hard Hat")],
     "piece", 10, 10, ["白", "黄", "红", "蓝"], 28.0,
     lambda r: {"shell": r.choice(["ABS", "HDPE", "玻璃钢"]), "certification": ["GB", "LA"]}, 5),
    (FASTENERS, "eyewear", ["3M", "霍尼韦尔 Honeywell"],
     [("防冲击护目镜", "Impact Safety Goggles"), ("防雾安全眼镜", "Anti-fog Safety Glasses")],
     "piece", 12, 12, ["PC", "防雾PC", "防刮PC"], 15.0,
     lambda r: {"certification": ["EN166", "CE"]}, 4),
    (FASTENERS, "respirators", ["3M", "霍尼韦尔 Honeywell"],
     [("KN95防护口罩", "KN95 Particulate Respirator"), ("带呼吸阀防尘口罩", "Valved Dust Mask")],
     "box", 1, 1, ["KN90", "KN95"], 45.0,
     lambda r: {"certification": ["GB", "LA"]}, 4),
    (TOOLS, "wrenches", ["世达 SATA", "史丹利 Stanley", "长城精工 Greatwall", "宝工 Pro'sKit"],
     [("两用扳手", "Combination Wrench"), ("活动扳手", "Adjustable Wrench"), ("棘轮扳手", "Ratcheting Wrench"), ("内六角扳手套装", "Hex Key Set")],
     "piece", 2, 1, ["8mm", "10mm", "13mm", "17mm", "19mm"], 22.0,
     lambda r: {"tool-material": r.choice(["铬钒钢", "S2合金钢", "铬钼钢"])}, 15),
    (TOOLS, "screwdrivers", ["世达 SATA", "史丹利 Stanley", "宝工 Pro'sKit"],
     [("十字螺丝刀", "Phillips Screwdriver"), ("一字螺丝刀", "Slotted Screwdriver"), ("精密螺丝刀套装", "Precision Screwdriver Set")],
     "piece", 5, 5, ["PH0×75", "PH1×100", "PH2×125", "PH3×150"], 9.8,
     lambda r: {"tool-material": r.choice(["S2合金钢", "铬钒钢"])}, 12),
    (TOOLS, "pliers", ["世达 SATA", "史丹利 Stanley", "长城精工 Greatwall", "克尼佩克斯 KNIPEX"],
     [("钢丝钳", "Combination Pliers"), ("尖嘴钳", "Long Nose Pliers"), ("斜口钳", "Diagonal Cutting Pliers"), ("水泵钳", "Water Pump Pliers")],
     "piece", 2, 1, ["6寸", "7寸", "8寸"], 26.0,
     lambda r: {"tool-material": r.choice(["铬钒钢", "碳钢"])}, 10),
    (TOOLS, "sockets", ["世达 SATA", "史丹利 Stanley"],
     [("公制套筒", "Metric Socket"), ("风炮套筒", "Impact Socket")],
     "piece", 5, 5, ["10mm", "13mm", "17mm", "19mm", "24mm"], 7.5,
     lambda r: {"tool-material": r.choice(["铬钒钢", "铬钼钢"])}, 8),
    (TOOLS, "drills", ["博世 Bosch", "牧田 Makita", "东成 Dongcheng", "得伟 DeWalt"],
     [("充电式电钻", "Cordless Drill Driver"), ("冲击钻", "Hammer Drill")],
     "piece", 1, 1, ["18V", "220V"], 399.0,
     lambda r: {"power": r.choice([450, 550, 650, 750])}, 6),
    (TOOLS, "angle-grinders", ["博世 Bosch", "牧田 Makita", "东成 Dongcheng"],
     [("角磨机", "Angle Grinder")],
     "piece", 1, 1, ["220V", "18V"], 259.0,
     lambda r: {"power": r.choice([720, 850, 1000, 1400])}, 5),
    (TOOLS, "impact-wrenches", ["牧田 Makita", "得伟 DeWalt"],
     [("锂电冲击扳手", "Cordless Impact Wrench")],
     "piece", 1, 1, ["18V", "20V"], 899.0,
     lambda r: {"power": r.choice([300, 400, 500])}, 4),
    (TOOLS, "calipers", ["三丰 Mitutoyo", "桂林广陆 Guanglu", "哈量 Harbin"],
     [("数显游标卡尺", "Digital Vernier Caliper"), ("带表卡尺", "Dial Caliper")],
     "piece", 1, 1, ["0-150mm", "0-200mm", "0-300mm"], 189.0,
     lambda r: {"reading": r.choice(["数显", "带表", "机械"])}, 8),
    (TOOLS, "micrometers", ["三丰 Mitutoyo", "哈量 Harbin"],
     [("外径千分尺", "Outside Micrometer")],
     "piece", 1, 1, ["0-25mm", "25-50mm", "50-75mm"], 320.0,
     lambda r: {"reading": r.choice(["机械", "数显"])}, 4),
    (TOOLS, "tape-measures", ["史丹利 Stanley", "长城精工 Greatwall", "得力 Deli"],
     [("钢卷尺", "Steel Tape Measure")],
     "piece", 10, 10, ["3m", "5m", "7.5m"], 8.9,
     lambda r: {"reading": "机械"}, 5),
]

BEARINGS = [("6000", 10, 26), ("6001", 12, 28), ("6002", 15, 32), ("6201", 12, 32), ("6202", 15, 35), ("6203", 17, 40),
            ("6204", 20, 47), ("6205", 25, 52), ("6206", 30, 62), ("6305", 25, 62), ("6306", 30, 72), ("6308", 40, 90),
            ("30205", 25, 52), ("30206", 30, 62), ("30208", 40, 80), ("32210", 50, 90), ("30305", 25, 62)]


def products():
    r = random.Random(2026)
    out, codes = [], set()
    for merchant, category, brands, names, unit, moq, multiple, variants, price, attributes, count in FAMILIES:
        prefix = ("HZ" if merchant == FASTENERS else "SZ") + "-" + category[:3].upper()
        for n in range(count):
            zh, en = names[n % len(names)]
            brand = brands[n % len(brands)]
            attrs = attributes(r) if attributes else {}
            if category.endswith("bearings"):
                model, bore, od = BEARINGS[n % len(BEARINGS)]
                attrs = {"model": model, "inner-diameter": bore, "outer-diameter": od}
                zh, en = f"{model} {zh}", f"{model} {en}"
            material = attrs.get("material") or attrs.get("glove-material") or attrs.get("tool-material") or ""
            title = f"{brand.split(' ')[0]} {material}{zh} {en}".replace("  ", " ")
            base = price * r.uniform(0.7, 1.6)
            chosen = variants if len(variants) <= 3 else variants[: r.randint(3, len(variants))]
            skus = []
            for i, value in enumerate(chosen):
                code = f"{prefix}-{n + 1:03d}-{i + 1}"
                assert code not in codes
                codes.add(code)
                variant_code = {"bolts": "size", "nuts": "size", "screws": "size", "washers": "size", "anchors": "size",
                                "ball-bearings": "seal", "roller-bearings": "seal", "gloves": "glove-size", "helmets": "colour",
                                "eyewear": "lens", "respirators": "rating", "wrenches": "size", "screwdrivers": "size", "pliers": "length",
                                "sockets": "size", "drills": "voltage", "angle-grinders": "voltage", "impact-wrenches": "voltage",
                                "calipers": "range", "micrometers": "range", "tape-measures": "range"}[category]
                skus.append({"code": code, "variant": {variant_code: value}, "stock": r.choice([0, 40, 120, 500, 2000]) if i else r.choice([60, 300, 1500]),
                             "tiers": tiers(moq, base * (1 + i * 0.18))})
            out.append({
                "merchant": merchant, "category": category, "title": title, "brand": brand, "unit": unit, "moq": moq, "multiple": multiple,
                "leadTimeDays": r.choice([1, 2, 3, 5, 7]), "attributes": attrs,
                "description": f"<p>{brand} {zh}（{en}），现货供应，支持开具增值税专用发票。</p><ul><li>批量采购享阶梯价</li><li>{'按盒销售' if unit == 'box' else '按' + {'piece': '件', 'pair': '双', 'pack': '包'}.get(unit, '件') + '销售'}</li></ul>",
                "skus": skus, "publish": True,
            })
    return out


def main():
    replace_steps("industrial-mro", [
        {"name": "categories", "categories": CATEGORIES},
        {"name": "attributes", "attributes": ATTRIBUTES},
        {"name": "products", "products": products()},
    ])


if __name__ == "__main__":
    main()
