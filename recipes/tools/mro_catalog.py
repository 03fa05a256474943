#!/usr/bin/env python3
"""Writes recipes/industrial-mro.recipe.json: MRO supplies in the manner of ZKH (震坤行).

Five verified distributors sell fasteners, bearings and power transmission, pneumatics and hydraulics, tools and
safety gear to factories: 300+ products with GB/DIN standards, grades, materials and tiered wholesale prices, a
decorated marketplace home and a decorated shop per distributor. The recipe is data; this script is how it was
made, so the catalog can be regrown without hand-editing hundreds of products:  python3 recipes/tools/mro_catalog.py
"""
import random

from vertical_catalog import messaging_steps, ROLES, payments_steps, Shop, Storefront, attr, credit_code, pages_step, setup_recipe, tiers, write

# The first two distributors' codes, e-mails and SKU codes are what the tests sign in with and look up: keep them.
FASTENERS = "91330110MA2B3C4D56"   # 杭州紧固件供应链有限公司
TOOLS = "91440300MA5F6G7H8B"       # 深圳精密工具有限公司
TRANSMISSION = credit_code("91410305MA47RK2F3")   # 洛阳 涧西区
FLUID = credit_code("91330206MA2H8D5N1")      # 宁波 北仑区
SAFETY = credit_code("91320506MA1Y6TQ4B")     # 苏州 吴中区

# SKU codes start with the merchant's prefix and the category's first three letters (HZ-BOL-007-1), or its
# abbreviation where those would clash with another category of the merchant or read badly.
PREFIXES = {FASTENERS: "HZ", TOOLS: "SZ", TRANSMISSION: "LY", FLUID: "NB", SAFETY: "SA"}
ABBREVIATIONS = {"v-belts": "VBT", "roller-chains": "CHN", "air-preparation": "FRL", "air-tubing": "TUB", "hydraulic-hoses": "HOS",
                 "hydraulic-valves": "HVL", "safety-shoes": "SHO"}

MERCHANTS = [
    {"name": "杭州紧固件供应链有限公司", "creditCode": FASTENERS, "categories": ["紧固件", "轴承", "劳保用品"], "ownerEmail": "owner@fasteners.example.cn",
     "staff": [{"email": "finance@fasteners.example.cn", "role": "finance"}, {"email": "products@fasteners.example.cn", "role": "product-manager"}],
     "depositPaid": True, "acceptAgreement": True, "contactName": "王建国", "mobile": "13805710001", "address": "浙江省杭州市余杭区仓前街道文一西路1500号"},
    {"name": "深圳精密工具有限公司", "creditCode": TOOLS, "categories": ["手动工具", "电动工具", "量具"], "ownerEmail": "owner@tools.example.cn",
     "depositPaid": True, "acceptAgreement": True, "contactName": "李晓明", "mobile": "13902550002", "address": "广东省深圳市宝安区福永街道凤凰工业区8栋"},
    {"name": "洛阳精工轴承传动有限公司", "creditCode": TRANSMISSION, "categories": ["轴承", "传动件"], "ownerEmail": "owner@bearings.example.cn",
     "staff": [{"email": "products@bearings.example.cn", "role": "product-manager"}],
     "depositPaid": True, "acceptAgreement": True, "contactName": "赵志刚", "mobile": "13903790003", "address": "河南省洛阳市涧西区建设路86号"},
    {"name": "宁波甬力气动液压有限公司", "creditCode": FLUID, "categories": ["气动元件", "液压元件"], "ownerEmail": "owner@pneumatics.example.cn",
     "depositPaid": True, "acceptAgreement": True, "contactName": "陈海波", "mobile": "13857400004", "address": "浙江省宁波市北仑区大碶街道庐山东路18号"},
    {"name": "苏州安固劳保用品有限公司", "creditCode": SAFETY, "categories": ["劳保用品"], "ownerEmail": "owner@safety.example.cn",
     "staff": [{"email": "service@safety.example.cn", "role": "customer-service"}],
     "depositPaid": True, "acceptAgreement": True, "contactName": "周丽娟", "mobile": "13913100005", "address": "江苏省苏州市吴中区木渎镇金枫南路1258号"},
]

CATEGORIES = [
    {"slug": "fasteners", "name": "紧固件 Fasteners", "children": [
        {"slug": "bolts", "name": "螺栓 Bolts"}, {"slug": "nuts", "name": "螺母 Nuts"},
        {"slug": "screws", "name": "螺钉 Screws"}, {"slug": "washers", "name": "垫圈 Washers"},
        {"slug": "anchors", "name": "膨胀螺栓 Anchors"}]},
    {"slug": "bearings", "name": "轴承 Bearings", "children": [
        {"slug": "ball-bearings", "name": "深沟球轴承 Deep Groove Ball Bearings"},
        {"slug": "roller-bearings", "name": "圆锥滚子轴承 Tapered Roller Bearings"},
        {"slug": "pillow-block-bearings", "name": "带座轴承 Mounted Bearing Units"}]},
    {"slug": "power-transmission", "name": "传动件 Power Transmission", "children": [
        {"slug": "v-belts", "name": "三角带 V-Belts"}, {"slug": "roller-chains", "name": "滚子链 Roller Chains"},
        {"slug": "couplings", "name": "联轴器 Couplings"}]},
    {"slug": "safety", "name": "劳保用品 Safety & PPE", "children": [
        {"slug": "gloves", "name": "防护手套 Gloves"}, {"slug": "helmets", "name": "安全帽 Helmets"},
        {"slug": "eyewear", "name": "护目镜 Eyewear"}, {"slug": "respirators", "name": "防护口罩 Respirators"},
        {"slug": "safety-shoes", "name": "安全鞋 Safety Shoes"}, {"slug": "hearing-protection", "name": "耳塞 Hearing Protection"},
        {"slug": "fall-protection", "name": "安全带 Fall Protection"}]},
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
        {"slug": "cylinders", "name": "气缸 Cylinders"}, {"slug": "fittings", "name": "气管接头 Fittings"},
        {"slug": "solenoid-valves", "name": "电磁阀 Solenoid Valves"}, {"slug": "air-preparation", "name": "气源处理 Air Preparation"},
        {"slug": "air-tubing", "name": "气管 Air Tubing"}]},
    {"slug": "hydraulics", "name": "液压元件 Hydraulics", "children": [
        {"slug": "hydraulic-hoses", "name": "液压胶管 Hydraulic Hoses"}, {"slug": "hydraulic-valves", "name": "液压阀 Hydraulic Valves"}]},
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
    attr("pneumatics", "max-pressure", "最高使用压力 Max. pressure", "Number", unit="MPa", filterable=True),
    attr("cylinders", "stroke", "行程 Stroke", "Number", unit="mm", filterable=True),
    attr("solenoid-valves", "port", "接口螺纹 Port", "SingleChoice", ["G1/8", "G1/4", "G3/8"], filterable=True),
    attr("solenoid-valves", "coil-voltage", "线圈电压 Coil voltage", "SingleChoice", ["DC24V", "DC12V", "AC220V"], variant=True),
    attr("air-preparation", "port", "接口螺纹 Port", "SingleChoice", ["G1/4", "G3/8", "G1/2"], variant=True),
    attr("power-transmission", "size", "规格 Size", "Text", variant=True),
    attr("v-belts", "belt-section", "带型 Section", "SingleChoice", ["A", "B", "C", "SPZ", "SPA", "SPB"], filterable=True),
    attr("roller-chains", "strands", "排数 Strands", "SingleChoice", ["单排", "双排"], filterable=True),
    attr("couplings", "coupling-material", "材质 Material", "SingleChoice", ["铝合金", "45#钢", "不锈钢"], filterable=True),
    attr("safety-shoes", "shoe-size", "鞋码 Size", "SingleChoice", ["38", "39", "40", "41", "42", "43", "44", "45"], variant=True),
    attr("safety-shoes", "toe-cap", "鞋头 Toe cap", "SingleChoice", ["钢包头", "复合包头"], filterable=True),
    attr("safety-shoes", "protection", "防护功能 Protection", "MultiChoice", ["防砸", "防刺穿", "防静电", "绝缘", "防滑耐油"], filterable=True),
    attr("hearing-protection", "snr", "降噪值 SNR", "Number", unit="dB", filterable=True),
    attr("hearing-protection", "pack", "包装 Pack", "Text", variant=True),
    attr("fall-protection", "fp-size", "尺码 Size", "SingleChoice", ["标准", "加大"], variant=True),
    attr("hydraulics", "pressure", "额定压力 Rated pressure", "Number", unit="MPa", filterable=True),
    attr("hydraulics", "size", "规格 Size", "Text", variant=True),
]

# The bearing house's models (model, bore, outside diameter); BEARINGS, below, are the fasteners distributor's.
DEEP_GROOVE = [("6200", 10, 30), ("6204", 20, 47), ("6205", 25, 52), ("6206", 30, 62), ("6207", 35, 72), ("6208", 40, 80),
               ("6305", 25, 62), ("6306", 30, 72), ("6310", 50, 110), ("6004", 20, 42), ("6005", 25, 47), ("6804", 20, 32)]
TAPERED = [("30204", 20, 47), ("30205", 25, 52), ("30206", 30, 62), ("30207", 35, 72), ("30208", 40, 80), ("32206", 30, 62), ("32208", 40, 80), ("30306", 30, 72)]
# Mounted units cycle through the three housings, so model and name agree: UCP pillow block, UCF square flange, UCFL rhombic flange.
MOUNTED = [(f"{housing}{size}", bore, od) for size, bore, od in (("204", 20, 47), ("205", 25, 52), ("206", 30, 62)) for housing in ("UCP", "UCF", "UCFL")]
PROTECTION = ["防砸", "防刺穿", "防静电", "绝缘", "防滑耐油"]

# (merchant, category, brand list, [(chinese, english)], unit, moq, multiple, variants, base price, attributes, count[, bearing models])
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
] + [
    # The other three distributors come after: the products above, their SKU codes and prices stay as they were.
    (TRANSMISSION, "ball-bearings", ["SKF", "NSK", "舍弗勒 FAG"],
     [("深沟球轴承", "Deep Groove Ball Bearing")],
     "piece", 10, 10, ["开式", "ZZ", "2RS"], 16.0, None, 10, DEEP_GROOVE),
    (TRANSMISSION, "roller-bearings", ["铁姆肯 Timken", "NSK", "瓦轴 ZWZ"],
     [("圆锥滚子轴承", "Tapered Roller Bearing")],
     "piece", 2, 1, ["开式"], 62.0, None, 6, TAPERED),
    (TRANSMISSION, "pillow-block-bearings", ["NSK", "哈轴 HRB"],
     [("立式带座轴承", "Pillow Block Bearing Unit"), ("方形带座轴承", "Square Flange Bearing Unit"), ("菱形带座轴承", "Rhombic Flange Bearing Unit")],
     "piece", 2, 1, ["2RS"], 48.0, None, 6, MOUNTED),
    (TRANSMISSION, "v-belts", ["三维 Sanwei", "盖茨 Gates", "阪东 Bando"],
     [("普通三角带", "Classical V-Belt"), ("切边三角带", "Raw Edge V-Belt"), ("联组三角带", "Banded V-Belt"), ("窄V带", "Narrow V-Belt")],
     "piece", 5, 5, ["Li 1000mm", "Li 1250mm", "Li 1600mm", "Li 2000mm", "Li 2500mm"], 16.0,
     lambda r: {"belt-section": r.choice(["A", "B", "C", "SPZ", "SPA", "SPB"])}, 6),
    (TRANSMISSION, "roller-chains", ["东华 Donghua", "椿本 Tsubaki"],
     [("精密滚子链", "Precision Roller Chain"), ("不锈钢滚子链", "Stainless Steel Roller Chain"), ("重载滚子链", "Heavy Duty Roller Chain")],
     "metre", 5, 5, ["08B", "10A", "12A", "16A"], 26.0,
     lambda r: {"strands": r.choice(["单排", "双排"])}, 4),
    (TRANSMISSION, "couplings", ["KTR", "米思米 MISUMI", "国茂 Guomao"],
     [("梅花联轴器", "Jaw Coupling"), ("膜片联轴器", "Disc Coupling"), ("弹性柱销联轴器", "Pin and Bush Coupling"), ("鼓形齿式联轴器", "Gear Coupling")],
     "piece", 1, 1, ["孔径14mm", "孔径19mm", "孔径24mm", "孔径28mm"], 88.0,
     lambda r: {"coupling-material": r.choice(["铝合金", "45#钢", "不锈钢"])}, 6),
    (FLUID, "cylinders", ["亚德客 AirTAC", "SMC", "费斯托 Festo"],
     [("标准气缸", "ISO 15552 Standard Cylinder"), ("迷你气缸", "Mini Round Cylinder"), ("薄型气缸", "Compact Cylinder"), ("双轴气缸", "Twin Rod Cylinder")],
     "piece", 1, 1, ["Φ32", "Φ40", "Φ50", "Φ63"], 168.0,
     lambda r: {"stroke": r.choice([25, 50, 75, 100, 150, 200]), "max-pressure": 1.0}, 10),
    (FLUID, "fittings", ["亚德客 AirTAC", "SMC"],
     [("快插直通接头", "Push-in Straight Union"), ("快插弯头", "Push-in Elbow"), ("快插三通", "Push-in Tee")],
     "piece", 10, 10, ["Φ4", "Φ6", "Φ8", "Φ10", "Φ12"], 4.2,
     lambda r: {"max-pressure": 1.0}, 6),
    (FLUID, "solenoid-valves", ["亚德客 AirTAC", "SMC", "费斯托 Festo"],
     [("二位五通单电控电磁阀", "5/2-way Single Solenoid Valve"), ("二位五通双电控电磁阀", "5/2-way Double Solenoid Valve"),
      ("三位五通中封电磁阀", "5/3-way Closed Centre Solenoid Valve"), ("二位三通电磁阀", "3/2-way Solenoid Valve")],
     "piece", 1, 1, ["DC24V", "AC220V", "DC12V"], 96.0,
     lambda r: {"port": r.choice(["G1/8", "G1/4", "G3/8"]), "max-pressure": 0.8}, 6),
    (FLUID, "air-preparation", ["亚德客 AirTAC", "SMC"],
     [("过滤减压阀", "Filter Regulator"), ("气源处理二联件", "Filter Regulator Lubricator Combination"), ("精密减压阀", "Precision Regulator")],
     "piece", 1, 1, ["G1/4", "G3/8", "G1/2"], 118.0,
     lambda r: {"max-pressure": 1.0}, 4),
    (FLUID, "air-tubing", ["亚德客 AirTAC", "SMC", "三益 Sanyi"],
     [("PU气管", "Polyurethane Air Tubing"), ("尼龙气管", "Nylon Air Tubing")],
     "roll", 1, 1, ["Φ4×2.5", "Φ6×4", "Φ8×5", "Φ10×6.5", "Φ12×8"], 68.0,
     lambda r: {"max-pressure": r.choice([0.8, 1.0, 1.5])}, 4),
    (FLUID, "hydraulic-hoses", ["派克 Parker", "伊顿 Eaton", "中策 Zhongce"],
     [("钢丝编织液压胶管", "Wire Braided Hydraulic Hose"), ("钢丝缠绕液压胶管", "Spiral Wound Hydraulic Hose")],
     "metre", 10, 1, ["DN6", "DN10", "DN13", "DN19", "DN25"], 24.0,
     lambda r: {"pressure": r.choice([21, 28, 35, 42])}, 4),
    (FLUID, "hydraulic-valves", ["力士乐 Rexroth", "油研 Yuken", "华德 Huade"],
     [("电磁换向阀", "Solenoid Directional Valve"), ("先导式溢流阀", "Pilot Operated Relief Valve"), ("单向节流阀", "Check Throttle Valve"),
      ("叠加式减压阀", "Modular Pressure Reducing Valve")],
     "piece", 1, 1, ["NG6", "NG10"], 620.0,
     lambda r: {"pressure": r.choice([21, 31.5, 35])}, 6),
    (SAFETY, "gloves", ["霍尼韦尔 Honeywell", "安思尔 Ansell", "代尔塔 Delta Plus"],
     [("涂掌耐油手套", "Palm Coated Oil Resistant Gloves"), ("一次性检查手套", "Disposable Examination Gloves"),
      ("防切割手套", "Cut Resistant Gloves"), ("耐高温隔热手套", "Heat Resistant Gloves")],
     "pair", 12, 12, ["S", "M", "L", "XL"], 9.5,
     lambda r: {"glove-material": r.choice(["丁腈", "乳胶", "PU", "芳纶"]), "cut-level": r.choice(["1", "3", "5"]), "certification": ["CE", "EN388"]}, 10),
    (SAFETY, "helmets", ["梅思安 MSA", "霍尼韦尔 Honeywell"],
     [("V型安全帽", "V-Gard Safety Helmet"), ("透气型安全帽", "Vented Safety Helmet"), ("电绝缘安全帽", "Electrically Insulated Helmet")],
     "piece", 10, 10, ["白", "黄", "红", "蓝"], 36.0,
     lambda r: {"shell": r.choice(["ABS", "HDPE"]), "certification": ["GB", "LA"]}, 4),
    (SAFETY, "eyewear", ["梅思安 MSA", "霍尼韦尔 Honeywell", "3M"],
     [("防冲击防护眼镜", "Impact Resistant Safety Spectacles"), ("全密封护目镜", "Sealed Splash Goggles")],
     "piece", 12, 12, ["PC", "防雾PC", "防刮PC"], 19.0,
     lambda r: {"certification": ["EN166", "CE"]}, 4),
    (SAFETY, "respirators", ["3M", "霍尼韦尔 Honeywell"],
     [("半面罩防尘面具", "Half Mask Respirator"), ("折叠式防尘口罩", "Foldable Dust Respirator"), ("杯型防尘口罩", "Cup-shaped Dust Respirator")],
     "box", 1, 1, ["KN95", "KN100"], 62.0,
     lambda r: {"certification": ["GB", "LA"]}, 4),
    (SAFETY, "safety-shoes", ["代尔塔 Delta Plus", "霍尼韦尔 Honeywell", "际华 Jihua"],
     [("劳保安全鞋", "Safety Shoes"), ("中帮安全鞋", "Mid-cut Safety Shoes")],
     "pair", 1, 1, ["39", "40", "41", "42", "43", "44"], 168.0,
     lambda r: {"toe-cap": r.choice(["钢包头", "复合包头"]), "protection": sorted(r.sample(PROTECTION, 2), key=PROTECTION.index), "certification": ["GB", "CE"]}, 6),
    (SAFETY, "hearing-protection", ["3M", "霍尼韦尔 Honeywell"],
     [("泡棉耳塞", "Foam Earplugs"), ("带线耳塞", "Corded Earplugs"), ("可重复使用耳塞", "Reusable Earplugs")],
     "box", 1, 1, ["独立包装", "散装"], 98.0,
     lambda r: {"snr": r.choice([29, 33, 37]), "certification": ["CE"]}, 4),
    (SAFETY, "fall-protection", ["3M", "霍尼韦尔 Honeywell", "代尔塔 Delta Plus"],
     [("全身式安全带", "Full Body Harness"), ("双钩缓冲安全绳", "Twin-leg Shock Absorbing Lanyard")],
     "piece", 1, 1, ["标准", "加大"], 218.0,
     lambda r: {"certification": ["GB", "CE"]}, 4),
]

BEARINGS = [("6000", 10, 26), ("6001", 12, 28), ("6002", 15, 32), ("6201", 12, 32), ("6202", 15, 35), ("6203", 17, 40),
            ("6204", 20, 47), ("6205", 25, 52), ("6206", 30, 62), ("6305", 25, 62), ("6306", 30, 72), ("6308", 40, 90),
            ("30205", 25, 52), ("30206", 30, 62), ("30208", 40, 80), ("32210", 50, 90), ("30305", 25, 62)]


# The attribute that tells a category's SKUs apart.
VARIANT = {"bolts": "size", "nuts": "size", "screws": "size", "washers": "size", "anchors": "size",
           "ball-bearings": "seal", "roller-bearings": "seal", "pillow-block-bearings": "seal", "gloves": "glove-size", "helmets": "colour",
           "eyewear": "lens", "respirators": "rating", "safety-shoes": "shoe-size", "hearing-protection": "pack", "fall-protection": "fp-size",
           "wrenches": "size", "screwdrivers": "size", "pliers": "length", "sockets": "size", "drills": "voltage", "angle-grinders": "voltage",
           "impact-wrenches": "voltage", "calipers": "range", "micrometers": "range", "tape-measures": "range",
           "v-belts": "size", "roller-chains": "size", "couplings": "size", "cylinders": "bore", "fittings": "bore", "solenoid-valves": "coil-voltage",
           "air-preparation": "port", "air-tubing": "bore", "hydraulic-hoses": "size", "hydraulic-valves": "size"}
SOLD_BY = {"piece": "件", "pair": "双", "pack": "包", "roll": "卷", "metre": "米"}


def products():
    r = random.Random(2026)
    out, codes = [], set()
    for merchant, category, brands, names, unit, moq, multiple, variants, price, attributes, count, *models in FAMILIES:
        prefix = PREFIXES[merchant] + "-" + ABBREVIATIONS.get(category, category[:3].upper())
        for n in range(count):
            zh, en = names[n % len(names)]
            brand = brands[n % len(brands)]
            attrs = attributes(r) if attributes else {}
            if category.endswith("bearings"):
                table = models[0] if models else BEARINGS
                model, bore, od = table[n % len(table)]
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
                skus.append({"code": code, "variant": {VARIANT[category]: value}, "stock": r.choice([0, 40, 120, 500, 2000]) if i else r.choice([60, 300, 1500]),
                             "tiers": tiers(moq, base * (1 + i * 0.18))})
            out.append({
                "merchant": merchant, "category": category, "title": title, "brand": brand, "unit": unit, "moq": moq, "multiple": multiple,
                "leadTimeDays": r.choice([1, 2, 3, 5, 7]), "attributes": attrs,
                "description": f"<p>{brand} {zh}（{en}），现货供应，支持开具增值税专用发票。</p><ul><li>批量采购享阶梯价</li><li>{'按盒销售' if unit == 'box' else '按' + SOLD_BY.get(unit, '件') + '销售'}</li></ul>",
                "skus": skus, "publish": True,
            })
    return out


SYNONYMS = [
    ["螺丝", "螺钉", "screw"],
    ["螺栓", "bolt"],
    ["螺母", "螺帽", "nut"],
    ["垫圈", "垫片", "washer"],
    ["膨胀螺栓", "膨胀螺丝", "anchor bolt"],
    ["轴承", "bearing"],
    ["手套", "劳保手套", "gloves", "glove"],
    ["安全帽", "头盔", "hard hat", "helmet"],
    ["护目镜", "防护眼镜", "goggles", "safety glasses"],
    ["口罩", "防尘口罩", "respirator", "mask"],
    ["扳手", "扳子", "wrench", "spanner"],
    ["螺丝刀", "起子", "改锥", "screwdriver"],
    ["钳子", "老虎钳", "pliers"],
    ["电钻", "手电钻", "drill"],
    ["角磨机", "砂轮机", "angle grinder"],
    ["卡尺", "游标卡尺", "caliper"],
    ["千分尺", "螺旋测微器", "micrometer"],
    ["卷尺", "钢卷尺", "tape measure"],
    ["不锈钢", "stainless", "SUS"],
    ["套筒", "sockets", "socket"],
    ["轴承座", "带座轴承", "pillow block"],
    ["三角带", "V带", "皮带", "v-belt", "v-belts"],
    ["链条", "滚子链", "chain", "chains"],
    ["联轴器", "靠背轮", "coupling", "couplings"],
    ["气缸", "cylinder", "cylinders"],
    ["电磁阀", "solenoid valve"],
    ["二联件", "三联件", "气源处理", "FRL"],
    ["液压胶管", "高压油管", "hydraulic hose"],
    ["安全鞋", "劳保鞋", "防砸鞋", "safety shoes"],
    ["耳塞", "防噪音耳塞", "earplugs"],
    ["安全带", "安全绳", "harness"],
]

AGREEMENT = {
    "title": "工品直采商家入驻协议",
    "body": ("1. 商家保证所售商品来源合法、质量合格，并提供合法有效的发票。\n"
             "2. 商家按平台规则缴纳保证金；违规经营的，平台有权扣除保证金并暂停其发布商品。\n"
             "3. 平台按订单金额收取佣金，其余货款按结算周期结算给商家。\n"
             "4. 本协议更新后，商家须重新确认方可继续发布商品。"),
}

STOREFRONT = Storefront(
    slides=[("banner-fasteners", "紧固件工厂直供 Fasteners direct from the mill", "GB/DIN 标准螺栓、螺母、垫圈，阶梯批发价", "fasteners"),
            ("banner-bearings", "轴承与传动 Bearings & power transmission", "SKF、NSK、铁姆肯正品轴承，三角带、滚子链、联轴器一站配齐", "bearings"),
            ("banner-pneumatics", "气动与液压 Pneumatics & hydraulics", "气缸、电磁阀、气源处理与液压胶管，工程师协助选型", "pneumatics")],
    story=("factory", "工厂厂房", "为工厂采购而生 Built for plant buyers",
           "营业执照逐一核验，阶梯批发价、起订量和包装倍数一目了然。企业账户、增值税专用发票、账期支付。"),
    suppliers="认证供应商 Verified suppliers",
    rfq=("找不到需要的型号？Ask for a quote", "告诉我们型号、数量和交期，平台采购顾问 2 小时内回复。"),
    about=[("{{siteName}} 是面向制造企业的工业品（MRO）采购市场：紧固件、轴承与传动件、气动与液压元件、工具和劳保用品，由经过核验的分销商直接供货。",
            "{{siteName}} is a marketplace for maintenance, repair and operations supplies: fasteners, bearings and power transmission, "
            "pneumatics and hydraulics, tools and safety gear, sold directly by verified distributors."),
           ("我们服务于工厂的设备、维修与采购团队：按型号和标准搜索，按阶梯价批量采购，用企业账户统一开票结算。",
            "We serve plant engineering, maintenance and purchasing teams: search by part number and standard, buy at tier prices, "
            "and invoice and settle under one company account.")],
    promises=[("所有供应商均经过营业执照审核", "Every supplier's business licence is verified"),
              ("阶梯批发价与企业专属价格表", "Tiered wholesale prices and company price lists"),
              ("支持增值税专用发票", "VAT special invoices"),
              ("每个商品标明起订量、包装倍数与交期", "Minimum order, pack size and lead time on every product")],
    terms=[("供应商保证所售商品来源合法，符合其标注的国家或行业标准（GB、DIN、ISO 等），并按买方要求提供材质证明或检测报告。",
            "Suppliers guarantee that goods are lawfully sourced and meet the standards they state (GB, DIN, ISO …), and provide material certificates or test reports on request."),
           ("劳动防护用品须符合国家强制性标准；特种劳动防护用品须具备有效的安全标志（LA）。",
            "Personal protective equipment meets the mandatory national standards; special PPE carries a valid LA safety mark.")],
    faq=[(("如何按型号或标准查找商品？", "How do I find a part by its number or standard?"),
          ("在搜索框输入型号（如 6205）、标准号（如 DIN 933）或 SKU 编码，精确匹配的商品排在最前。",
           "Type the part number (6205), the standard (DIN 933) or the SKU code into the search box; exact matches come first.")),
         (("可以申请企业专属价格吗？", "Can my company get its own prices?"),
          ("长期采购的企业可与供应商约定价格表，企业成员登录后即看到专属价格。",
           "Companies that buy regularly agree a price list with the supplier; their members see those prices once signed in."))],
    shop_service=("支持企业月结与增值税专用发票，可按需提供材质证明与检测报告。",
                  "Monthly terms for companies, VAT special invoices, and material certificates or test reports on request."),
    shop_rfq="批量采购、定制规格请留言，1 个工作日内回复。",
    logo="logo",
)

SHOPS = [
    Shop(MERCHANTS[0], "杭州紧固件", ("紧固件专家：螺栓、螺母、垫圈与锚栓，现货 5000 余种规格。",
                                     "Fastener specialists: bolts, nuts, washers and anchors, more than 5,000 sizes in stock."),
         "banner-fasteners", "ISO 9001:2015 质量管理体系认证，可按需提供材质证明与检测报告。",
         ("warehouse", "自有仓储 Own warehouse", "杭州、佛山两仓发货，现货 24 小时内出库。")),
    Shop(MERCHANTS[1], "深圳精密工具", ("精密手动工具、电动工具与量具，服务华南 3000 家工厂。",
                                       "Precision hand tools, power tools and measuring instruments for 3,000 plants in South China."),
         "banner-tools", "ISO 9001:2015 质量管理体系认证；博世、牧田、三丰授权经销商。",
         ("factory", "校准与维修 Calibration and repair", "自有计量室，量具出厂逐件校准；电动工具保修期内免费维修。")),
    Shop(MERCHANTS[2], "洛阳精工轴承", ("轴承与传动件：深沟球、圆锥滚子与带座轴承，三角带、滚子链和联轴器。",
                                       "Bearings and power transmission: deep groove, tapered roller and mounted bearings, V-belts, roller chains and couplings."),
         "banner-bearings", "ISO 9001:2015 与 IATF 16949 认证；SKF、NSK、铁姆肯授权经销商，可提供原厂质保文件。",
         ("warehouse", "万种型号现货 Ten thousand part numbers", "洛阳、天津两仓备货；非标尺寸可按图定制。")),
    Shop(MERCHANTS[3], "宁波甬力气动", ("气动与液压元件：气缸、电磁阀、气源处理、接头气管，液压阀与高压胶管。",
                                       "Pneumatics and hydraulics: cylinders, solenoid valves, air preparation, fittings and tubing, hydraulic valves and hoses."),
         "banner-pneumatics", "ISO 9001:2015 质量管理体系认证；亚德客、SMC 授权代理，液压胶管出厂逐根压力测试。",
         ("factory", "选型与装配 Sizing and assembly", "工程师免费协助气缸与电磁阀选型；液压胶管按长度压接，当天发货。")),
    Shop(MERCHANTS[4], "苏州安固劳保", ("劳保用品一站采购：防护手套、安全帽、护目镜、口罩、安全鞋、耳塞与安全带。",
                                       "Personal protective equipment in one place: gloves, helmets, eyewear, respirators, safety shoes, earplugs and harnesses."),
         "banner-safety", "特种劳动防护用品安全标志（LA）齐全，CE、EN 检测报告可按需提供；ISO 45001 职业健康安全管理体系认证。",
         ("warehouse", "工厂集采 Plant-wide supply", "按岗位配置劳保套装，按月配送到车间，统一对账开票。")),
]


def main():
    catalog = products()
    write("industrial-mro", setup_recipe(
        "industrial-mro", "Industrial MRO supplies",
        "A marketplace for maintenance, repair and operations supplies in the manner of ZKH: fasteners, bearings and power transmission, "
        "pneumatics and hydraulics, tools and safety gear sold by verified distributors to factories.",
        "工品直采 MRO Direct", "Industrial",
        [
            {"name": "categories", "categories": CATEGORIES},
            {"name": "attributes", "attributes": ATTRIBUTES},
            {"name": "merchant-requirements", "licences": [], "deposit": {"default": 10000, "categories": {"劳保用品": 20000}}, "agreement": AGREEMENT},
            {"name": "merchants", "merchants": MERCHANTS},
            {"name": "products", "products": catalog},
            *payments_steps(4, {"fasteners": 3, "safety": 6}, "招商银行上海分行 工品直采平台有限公司 1219 0966 8810 001"),
            *messaging_steps(
                {"quote.sent": [{"audience": "buyer", "channels": ["email", "sms", "inbox"]}]},
                [{"event": "order.shipped", "channel": "sms", "locale": "zh-CN",
                  "body": "【{{ site_name }}】您的订单 {{ order.number }} 已由 {{ merchant.name }} 发出，请留意收货。"}]),
            {"name": "synonyms", "synonyms": SYNONYMS},
            pages_step("Industrial", STOREFRONT, SHOPS, CATEGORIES, catalog),
        ],
        # The purchasing managers' role the hand-written recipe had, kept so launches still create it.
        roles=ROLES + [{"name": "ProcurementManager", "permissions": []}]))


if __name__ == "__main__":
    main()
