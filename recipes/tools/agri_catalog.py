#!/usr/bin/env python3
"""Writes recipes/agri-food.recipe.json: fresh produce and food service supplies in the manner of Meicai (美菜).

Wholesalers and farms sell vegetables, fruit, meat, seafood, grain and oil, seasonings, frozen food and drinks to
restaurants and canteens, by the kilogram or by the case, with origin, storage, shelf life, grade and the delivery
slots they serve, from a decorated marketplace home and a decorated shop each. Run:  python3 recipes/tools/agri_catalog.py
"""
from vertical_catalog import messaging_steps, Catalog, payments_steps, Shop, Storefront, attr, credit_code, pages_step, setup_recipe, write


def merchant(name, body, prefix, categories, domain, contact, mobile, address, licence, staff=()):
    definition = {"name": name, "creditCode": credit_code(body), "categories": categories, "ownerEmail": f"owner@{domain}.example.cn"}
    if staff: definition["staff"] = [{"email": f"{role.split('-')[0]}@{domain}.example.cn", "role": role} for role in staff]
    definition.update({"licences": [{"code": "food-trading", "number": licence[0], "expiresOn": licence[1]}], "depositPaid": True, "acceptAgreement": True,
                       "contactName": contact, "mobile": mobile, "address": address})
    return prefix, definition


# Credit codes: administrative division of the company's district, then a registration number and the check character.
MERCHANTS = [
    merchant("北京京郊鲜蔬供应链有限公司", "91110106MA01RDE45", "JJ", ["蔬菜"], "jingjiao", "赵德胜", "13801100701", "北京市丰台区新发地农产品批发市场蔬菜区A12",
             ("JY11101060123457", "2030-10-31"), ["order-clerk"]),
    merchant("寿光绿源果蔬有限公司", "91370783MA3CKL2P8", "SG", ["蔬菜", "水果"], "lvyuan", "孙立华", "13506360702", "山东省寿光市文家街道农产品物流园3号库",
             ("JY13707830045612", "2030-06-30")),
    merchant("内蒙古草原鲜肉食品有限公司", "91150105MA0N7TW3Q", "CY", ["肉禽蛋", "冻品"], "caoyuan", "巴特尔", "13904710703", "内蒙古自治区呼和浩特市赛罕区金桥开发区肉联路6号",
             ("JY11501050078934", "2029-12-31"), ["finance"]),
    merchant("大连海洋水产冷链有限公司", "91210202MA0UX8F6K", "DL", ["水产", "冻品"], "haiyang", "于海涛", "13842800704", "辽宁省大连市中山区港湾街21号冷库B区",
             ("JY12102020035678", "2030-03-31")),
    merchant("五常稻香粮油有限公司", "91230184MA1B4GR9D", "WC", ["粮油"], "daoxiang", "高玉兰", "13945100705", "黑龙江省五常市民乐朝鲜族乡稻香路8号",
             ("JY12301840012345", "2030-08-31")),
    merchant("广州江南果品批发有限公司", "91440111MA5CQ2YT1", "JN", ["水果"], "jiangnan", "梁国华", "13926000706", "广东省广州市白云区江南果菜批发市场东区18档",
             ("JY14401110098765", "2030-01-31"), ["customer-service"]),
    merchant("成都川味调味品有限公司", "91510107MA6DKP3H2", "CW", ["调味品", "粮油"], "chuanwei", "罗晓燕", "13688000707", "四川省成都市武侯区金履三路88号",
             ("JY15101070056789", "2029-11-30")),
    merchant("上海鲜饮酒水贸易有限公司", "91310115MA1HB6LN5", "XY", ["酒水饮料"], "xianyin", "周敏", "13917700708", "上海市浦东新区川沙路5588号3幢",
             ("JY13101150023456", "2030-05-31"), ["finance", "order-clerk"]),
]

TOPS = [  # (slug, name, merchant category, fresh produce?)
    ("vegetables", "蔬菜 Vegetables", "蔬菜", True), ("fruits", "水果 Fruits", "水果", True), ("meat-eggs", "肉禽蛋 Meat, Poultry & Eggs", "肉禽蛋", True),
    ("seafood", "水产 Seafood", "水产", True), ("grain-oil", "粮油 Grain & Oil", "粮油", False), ("seasonings", "调味品 Seasonings", "调味品", False),
    ("frozen", "冻品 Frozen Foods", "冻品", False), ("drinks", "酒水饮料 Drinks", "酒水饮料", False),
]
LEAVES = {
    "vegetables": [("leafy-greens", "叶菜类 Leafy Greens"), ("root-vegetables", "根茎类 Root Vegetables"), ("fruiting-vegetables", "茄果类 Fruiting Vegetables"),
                   ("mushrooms", "菌菇类 Mushrooms"), ("aromatics", "葱姜蒜 Aromatics"), ("tofu", "豆制品 Tofu & Soy Products")],
    "fruits": [("apples-pears", "苹果梨 Apples & Pears"), ("citrus", "柑橘橙柚 Citrus"), ("melons", "瓜类 Melons"), ("tropical-fruits", "热带水果 Tropical Fruits"),
               ("berries", "浆果 Grapes & Berries")],
    "meat-eggs": [("pork", "猪肉 Pork"), ("beef", "牛肉 Beef"), ("lamb", "羊肉 Lamb"), ("poultry", "禽肉 Poultry"), ("eggs", "蛋类 Eggs")],
    "seafood": [("live-fish", "鲜活鱼 Live Fish"), ("shrimp-crab", "虾蟹 Shrimp & Crab"), ("shellfish", "贝类 Shellfish")],
    "grain-oil": [("rice", "大米 Rice"), ("flour-noodles", "面粉面条 Flour & Noodles"), ("cooking-oil", "食用油 Cooking Oil"), ("grains", "杂粮 Grains & Beans")],
    "seasonings": [("soy-vinegar", "酱油醋 Soy Sauce & Vinegar"), ("salt-sugar", "盐糖味精 Salt, Sugar & MSG"), ("sauces", "酱料 Sauces & Pastes"), ("spices", "香辛料 Spices")],
    "frozen": [("frozen-dough", "速冻面点 Frozen Dumplings & Buns"), ("frozen-meat", "冷冻肉类 Frozen Meat"), ("frozen-seafood", "冷冻水产 Frozen Seafood"),
               ("hotpot-balls", "火锅丸滑 Hotpot Balls")],
    "drinks": [("water", "饮用水 Drinking Water"), ("soft-drinks", "碳酸饮料 Soft Drinks"), ("juice-tea", "果汁茶饮 Juice & Tea Drinks"), ("beer", "啤酒 Beer"),
               ("baijiu", "白酒 Baijiu")],
}
CATEGORIES = [{"slug": slug, "name": name, "children": [{"slug": s, "name": n} for s, n in LEAVES[slug]]} for slug, name, _, _ in TOPS]
LEAF_TOP = {leaf: top for top, leaves in LEAVES.items() for leaf, _ in leaves}
TOP_MERCHANT_CATEGORY = {slug: category for slug, _, category, _ in TOPS}

STORAGE = ["常温", "冷藏（0-4℃）", "冷冻（-18℃以下）"]
SLOTS = ["早市 04:00-07:00", "上午 07:00-12:00", "下午 12:00-18:00", "夜间 18:00-22:00"]
GRADES = ["特级", "一级", "二级", "统货"]

ATTRIBUTES = [a for slug, _, _, fresh in TOPS for a in [
    attr(slug, "origin", "产地 Origin", "Text", required=True, filterable=True, searchable=True),
    attr(slug, "storage", "储存条件 Storage", "SingleChoice", STORAGE, required=True, filterable=True),
    attr(slug, "shelf-life", "保质期 Shelf life", "Number", unit="天", required=True),
    attr(slug, "delivery-slot", "配送时段 Delivery slot", "MultiChoice", SLOTS, required=True, filterable=True),
    attr(slug, "spec", "规格 Pack", "Text", variant=True),
] + ([attr(slug, "grade", "等级 Grade", "SingleChoice", GRADES, filterable=True)] if fresh else [
    # Packaged food is sold under its maker's food production licence (SC + 14 digits).
    attr(slug, "production-licence", "生产许可证编号 Production licence", "Text", required=True, searchable=True),
])] + [attr(leaf, "quarantined", "动物检疫合格 Quarantine certified", "Boolean", required=True) for leaf in ("pork", "beef", "lamb", "poultry")]

# Fresh produce, per category: (Chinese, English, [(pack, price factor)], price per unit, unit, [(origin, short origin)], shelf days, storage)
PRODUCE = {
    "leafy-greens": [
        ("上海青", "Shanghai Bok Choy", [("精品 小棵", 1.2), ("统货", 1.0)], 5.6, "kg", [("上海崇明", "崇明"), ("河北张家口", "张家口")], 3, 1),
        ("菠菜", "Spinach", [("去根 净菜", 1.25), ("带根", 1.0)], 7.2, "kg", [("河北张家口", "张家口"), ("山东寿光", "寿光")], 3, 1),
        ("球生菜", "Iceberg Lettuce", [("单球500g以上", 1.0)], 6.4, "kg", [("云南通海", "通海"), ("河北张家口", "张家口")], 5, 1),
        ("罗马生菜", "Romaine Lettuce", [("整棵", 1.0)], 9.6, "kg", [("云南通海", "通海"), ("河北张家口", "张家口")], 5, 1),
        ("油麦菜", "Indian Lettuce (A-choy)", [("统货", 1.0)], 6.0, "kg", [("山东寿光", "寿光"), ("北京大兴", "大兴")], 3, 1),
        ("大白菜", "Napa Cabbage", [("单棵2kg以上", 1.0)], 1.8, "kg", [("山东胶州", "胶州"), ("河北张家口", "张家口")], 15, 0),
        ("娃娃菜", "Baby Napa Cabbage", [("3棵装", 1.15), ("散装", 1.0)], 5.2, "kg", [("云南通海", "通海"), ("河北张家口", "张家口")], 7, 1),
        ("西芹", "Celery", [("去叶", 1.1), ("带叶", 1.0)], 4.6, "kg", [("山东寿光", "寿光")], 7, 1),
        ("韭菜", "Chinese Chives", [("统货", 1.0)], 7.8, "kg", [("山东寿光", "寿光"), ("北京大兴", "大兴")], 3, 1),
        ("空心菜", "Water Spinach", [("统货", 1.0)], 6.6, "kg", [("广东增城", "增城")], 2, 1),
        ("菜心", "Choy Sum", [("精品", 1.2), ("统货", 1.0)], 8.4, "kg", [("广东增城", "增城"), ("广西南宁", "南宁")], 3, 1),
        ("芥兰", "Chinese Kale (Gai Lan)", [("统货", 1.0)], 8.8, "kg", [("广东增城", "增城")], 4, 1),
        ("茼蒿", "Crown Daisy", [("统货", 1.0)], 8.0, "kg", [("北京大兴", "大兴")], 3, 1),
        ("圆白菜", "Cabbage", [("单棵1kg以上", 1.0)], 2.4, "kg", [("河北张家口", "张家口"), ("山东寿光", "寿光")], 15, 0),
        ("西兰花", "Broccoli", [("单球350g以上", 1.1), ("统货", 1.0)], 9.2, "kg", [("浙江台州", "台州"), ("河北张家口", "张家口")], 7, 1),
        ("菜花", "Cauliflower", [("有机花", 1.0)], 6.8, "kg", [("山东寿光", "寿光")], 7, 1),
    ],
    "root-vegetables": [
        ("土豆", "Potatoes", [("大号 单个200g以上", 1.15), ("中号", 1.0)], 2.8, "kg", [("内蒙古乌兰察布", "乌兰察布"), ("甘肃定西", "定西"), ("云南会泽", "会泽")], 30, 0),
        ("胡萝卜", "Carrots", [("精品", 1.15), ("统货", 1.0)], 3.0, "kg", [("山东潍坊", "潍坊"), ("河北张家口", "张家口")], 20, 1),
        ("白萝卜", "White Radish (Daikon)", [("统货", 1.0)], 2.2, "kg", [("山东潍坊", "潍坊")], 20, 1),
        ("洋葱", "Onions", [("紫皮", 1.0), ("黄皮", 1.05)], 2.6, "kg", [("甘肃酒泉", "酒泉"), ("云南元谋", "元谋")], 60, 0),
        ("红薯", "Sweet Potatoes", [("烟薯25", 1.2), ("普通红薯", 1.0)], 4.2, "kg", [("山东烟台", "烟台")], 30, 0),
        ("铁棍山药", "Chinese Yam", [("垆土", 1.3), ("沙土", 1.0)], 14.0, "kg", [("河南焦作", "焦作")], 30, 0),
        ("莲藕", "Lotus Root", [("九孔 粉藕", 1.0), ("七孔 脆藕", 1.05)], 7.6, "kg", [("湖北洪湖", "洪湖")], 7, 1),
        ("芋头", "Taro", [("荔浦芋", 1.3), ("小芋头", 1.0)], 6.0, "kg", [("广西荔浦", "荔浦")], 30, 0),
        ("莴笋", "Celtuce", [("去叶", 1.0)], 4.4, "kg", [("四川成都", "成都")], 7, 1),
    ],
    "fruiting-vegetables": [
        ("西红柿", "Tomatoes", [("大果 单果150g以上", 1.15), ("中果 单果100-150g", 1.0)], 5.4, "kg", [("山东寿光", "寿光"), ("云南元谋", "元谋"), ("内蒙古赤峰", "赤峰")], 10, 0),
        ("樱桃番茄", "Cherry Tomatoes", [("千禧", 1.0)], 11.0, "kg", [("海南三亚", "三亚")], 10, 1),
        ("黄瓜", "Cucumbers", [("密刺", 1.0), ("水果黄瓜", 1.4)], 4.8, "kg", [("山东寿光", "寿光"), ("河北廊坊", "廊坊")], 7, 1),
        ("长茄子", "Long Eggplants", [("紫长茄", 1.0)], 4.6, "kg", [("山东寿光", "寿光")], 7, 1),
        ("圆茄子", "Round Eggplants", [("统货", 1.0)], 3.8, "kg", [("河北廊坊", "廊坊")], 7, 1),
        ("青椒", "Green Peppers", [("薄皮", 1.0), ("厚皮", 1.1)], 5.6, "kg", [("山东寿光", "寿光"), ("海南文昌", "文昌")], 10, 1),
        ("线椒", "Long Hot Peppers", [("统货", 1.0)], 8.2, "kg", [("云南元谋", "元谋")], 10, 1),
        ("彩椒", "Bell Peppers", [("红黄混装", 1.0)], 10.4, "kg", [("山东寿光", "寿光")], 10, 1),
        ("西葫芦", "Zucchini", [("统货", 1.0)], 3.6, "kg", [("山东寿光", "寿光")], 10, 1),
        ("南瓜", "Pumpkin", [("贝贝南瓜", 1.6), ("老南瓜", 1.0)], 4.0, "kg", [("河北张家口", "张家口")], 60, 0),
        ("冬瓜", "Winter Melon", [("黑皮冬瓜", 1.0)], 1.8, "kg", [("广东湛江", "湛江")], 30, 0),
        ("苦瓜", "Bitter Melon", [("统货", 1.0)], 6.2, "kg", [("海南文昌", "文昌")], 7, 1),
        ("豆角", "Green Beans", [("油豆角", 1.1), ("长豆角", 1.0)], 8.0, "kg", [("山东寿光", "寿光"), ("海南文昌", "文昌")], 5, 1),
        ("秋葵", "Okra", [("统货", 1.0)], 12.0, "kg", [("海南文昌", "文昌")], 5, 1),
    ],
    "mushrooms": [
        ("香菇", "Shiitake Mushrooms", [("花菇", 1.3), ("光面菇", 1.0)], 13.0, "kg", [("河南西峡", "西峡"), ("湖北随州", "随州")], 7, 1),
        ("金针菇", "Enoki Mushrooms", [("150g×30包/箱", 1.0)], 7.0, "kg", [("福建漳州", "漳州"), ("山东德州", "德州")], 10, 1),
        ("杏鲍菇", "King Oyster Mushrooms", [("统货", 1.0)], 9.0, "kg", [("福建漳州", "漳州"), ("江苏宿迁", "宿迁")], 10, 1),
        ("平菇", "Oyster Mushrooms", [("统货", 1.0)], 7.4, "kg", [("河北平泉", "平泉")], 5, 1),
        ("白玉菇", "White Beech Mushrooms", [("150g×20包/箱", 1.0)], 12.0, "kg", [("上海金山", "金山")], 10, 1),
        ("蟹味菇", "Brown Beech Mushrooms", [("150g×20包/箱", 1.0)], 12.0, "kg", [("上海金山", "金山")], 10, 1),
        ("口蘑", "Button Mushrooms", [("统货", 1.0)], 14.0, "kg", [("福建漳州", "漳州")], 5, 1),
        ("黑木耳", "Dried Black Fungus", [("秋木耳 500g/袋", 1.0)], 68.0, "kg", [("黑龙江东宁", "东宁")], 365, 0),
    ],
    "aromatics": [
        ("大葱", "Chinese Leeks", [("章丘大葱", 1.2), ("统货", 1.0)], 4.2, "kg", [("山东章丘", "章丘"), ("河北张家口", "张家口")], 15, 0),
        ("小葱", "Scallions", [("统货", 1.0)], 8.0, "kg", [("山东寿光", "寿光")], 5, 1),
        ("生姜", "Ginger", [("老姜", 1.0), ("仔姜", 1.2)], 9.6, "kg", [("山东安丘", "安丘"), ("云南罗平", "罗平")], 60, 0),
        ("大蒜", "Garlic", [("紫皮蒜", 1.1), ("白皮蒜 5cm", 1.0)], 8.4, "kg", [("山东金乡", "金乡")], 90, 0),
        ("蒜苗", "Garlic Sprouts", [("统货", 1.0)], 9.0, "kg", [("山东金乡", "金乡")], 5, 1),
        ("香菜", "Coriander", [("小叶", 1.0)], 12.0, "kg", [("山东寿光", "寿光"), ("北京大兴", "大兴")], 3, 1),
    ],
    "tofu": [
        ("北豆腐", "Firm Tofu", [("500g×10块", 1.0)], 5.0, "kg", [("北京", "北京")], 3, 1),
        ("嫩豆腐", "Silken Tofu", [("400g×12盒", 1.0)], 6.0, "kg", [("北京", "北京")], 5, 1),
        ("豆腐皮", "Tofu Skin", [("统货", 1.0)], 14.0, "kg", [("河北保定", "保定")], 5, 1),
        ("腐竹", "Dried Bean Curd Sticks", [("一级 5kg/箱", 1.0)], 32.0, "kg", [("广西桂平", "桂平")], 360, 0),
        ("绿豆芽", "Mung Bean Sprouts", [("统货", 1.0)], 3.0, "kg", [("北京", "北京")], 2, 1),
        ("黄豆芽", "Soybean Sprouts", [("统货", 1.0)], 3.2, "kg", [("北京", "北京")], 2, 1),
    ],
    "apples-pears": [
        ("红富士苹果", "Fuji Apples", [("80#", 1.0), ("85#", 1.15)], 8.6, "kg", [("山东烟台", "烟台"), ("陕西洛川", "洛川"), ("新疆阿克苏", "阿克苏")], 60, 1),
        ("嘎啦苹果", "Gala Apples", [("75#", 1.0)], 7.4, "kg", [("陕西洛川", "洛川")], 30, 1),
        ("砀山酥梨", "Dangshan Pears", [("统货", 1.0)], 4.6, "kg", [("安徽砀山", "砀山")], 60, 1),
        ("库尔勒香梨", "Korla Fragrant Pears", [("特级", 1.2), ("一级", 1.0)], 12.0, "kg", [("新疆库尔勒", "库尔勒")], 60, 1),
        ("皇冠梨", "Crown Pears", [("统货", 1.0)], 5.6, "kg", [("河北赵县", "赵县")], 60, 1),
    ],
    "citrus": [
        ("脐橙", "Navel Oranges", [("75-80mm", 1.0), ("80-85mm", 1.15)], 7.2, "kg", [("江西赣州", "赣南"), ("湖北秭归", "秭归")], 30, 0),
        ("砂糖橘", "Shatang Mandarins", [("统货", 1.0)], 6.8, "kg", [("广西桂林", "桂林")], 15, 0),
        ("沃柑", "Orah Mandarins", [("统货", 1.0)], 8.0, "kg", [("广西武鸣", "武鸣")], 20, 0),
        ("琯溪蜜柚", "Guanxi Honey Pomelos", [("红心", 1.15), ("白心", 1.0)], 4.4, "kg", [("福建平和", "平和")], 60, 0),
        ("柠檬", "Lemons", [("黄柠檬 一级", 1.0)], 9.0, "kg", [("四川安岳", "安岳")], 60, 0),
        ("丑橘", "Dekopon Mandarins", [("统货", 1.0)], 10.0, "kg", [("四川蒲江", "蒲江")], 20, 0),
    ],
    "melons": [
        ("麒麟西瓜", "Qilin Watermelons", [("单个4kg以上", 1.0)], 3.6, "kg", [("海南乐东", "乐东"), ("河南开封", "开封")], 15, 0),
        ("哈密瓜", "Hami Melons", [("西州蜜25号", 1.0)], 6.4, "kg", [("新疆哈密", "哈密")], 20, 0),
        ("羊角蜜甜瓜", "Yangjiaomi Melons", [("统货", 1.0)], 8.0, "kg", [("河北廊坊", "廊坊")], 10, 1),
    ],
    "tropical-fruits": [
        ("香蕉", "Bananas", [("一级 13kg/箱", 1.0)], 5.6, "kg", [("云南西双版纳", "西双版纳"), ("广西南宁", "南宁")], 7, 0),
        ("菠萝", "Pineapples", [("统货", 1.0)], 5.2, "kg", [("广东徐闻", "徐闻")], 10, 0),
        ("芒果", "Mangoes", [("台农", 1.0), ("凯特", 1.3)], 9.4, "kg", [("海南三亚", "三亚"), ("四川攀枝花", "攀枝花")], 10, 0),
        ("红心火龙果", "Red Dragon Fruit", [("单果400g以上", 1.0)], 12.0, "kg", [("广西南宁", "南宁")], 15, 0),
        ("椰青", "Young Coconuts", [("9个/箱", 1.0)], 6.0, "kg", [("海南文昌", "文昌")], 20, 0),
    ],
    "berries": [
        ("巨峰葡萄", "Kyoho Grapes", [("统货", 1.0)], 12.0, "kg", [("辽宁大连", "大连"), ("云南宾川", "宾川")], 10, 1),
        ("阳光玫瑰葡萄", "Shine Muscat Grapes", [("精品", 1.2), ("统货", 1.0)], 26.0, "kg", [("云南建水", "建水")], 14, 1),
        ("草莓", "Strawberries", [("红颜 大果", 1.1), ("统货", 1.0)], 28.0, "kg", [("辽宁丹东", "丹东"), ("四川双流", "双流")], 3, 1),
        ("蓝莓", "Blueberries", [("125g×12盒", 1.0)], 60.0, "kg", [("云南澄江", "澄江")], 10, 1),
        ("猕猴桃", "Kiwifruit", [("徐香", 1.0), ("红心", 1.4)], 10.0, "kg", [("陕西周至", "周至"), ("四川蒲江", "蒲江")], 30, 1),
        ("车厘子", "Cherries", [("J级", 1.0), ("JJ级", 1.3)], 58.0, "kg", [("山东烟台", "烟台")], 7, 1),
    ],
    "live-fish": [
        ("草鱼", "Grass Carp", [("单条1.5-2kg", 1.0)], 14.0, "kg", [("湖北洪湖", "洪湖"), ("广东佛山", "佛山")], 1, 0),
        ("加州鲈鱼", "Largemouth Bass", [("单条0.5kg左右", 1.0)], 36.0, "kg", [("广东佛山", "佛山")], 1, 0),
        ("鲫鱼", "Crucian Carp", [("单条0.25kg左右", 1.0)], 18.0, "kg", [("江苏洪泽", "洪泽")], 1, 0),
        ("黑鱼", "Snakehead", [("单条1kg左右", 1.0)], 28.0, "kg", [("广东佛山", "佛山")], 1, 0),
        ("鳊鱼", "Wuchang Bream", [("单条0.75kg左右", 1.0)], 22.0, "kg", [("湖北鄂州", "鄂州")], 1, 0),
        ("罗非鱼", "Tilapia", [("单条0.6kg左右", 1.0)], 15.0, "kg", [("海南文昌", "文昌")], 1, 0),
    ],
    "shrimp-crab": [
        ("基围虾", "Greasyback Shrimp", [("30-40头/500g", 1.0)], 88.0, "kg", [("广东湛江", "湛江")], 1, 1),
        ("小龙虾", "Crayfish", [("4-6钱", 1.0), ("6-8钱", 1.3)], 48.0, "kg", [("湖北潜江", "潜江"), ("江苏盱眙", "盱眙")], 1, 1),
        ("南美白对虾", "Whiteleg Shrimp", [("40-50头/500g", 1.0)], 56.0, "kg", [("广东湛江", "湛江")], 1, 1),
        ("梭子蟹", "Swimming Crabs", [("单只200g以上", 1.0)], 96.0, "kg", [("浙江舟山", "舟山")], 1, 1),
    ],
    "shellfish": [
        ("花蛤", "Manila Clams", [("统货", 1.0)], 12.0, "kg", [("辽宁大连", "大连"), ("福建莆田", "莆田")], 2, 1),
        ("扇贝", "Scallops", [("单个8cm以上", 1.0)], 24.0, "kg", [("山东荣成", "荣成")], 2, 1),
        ("生蚝", "Oysters", [("单只150g以上", 1.0)], 20.0, "kg", [("广西钦州", "钦州"), ("山东乳山", "乳山")], 2, 1),
        ("青口贝", "Mussels", [("统货", 1.0)], 14.0, "kg", [("浙江嵊泗", "嵊泗")], 2, 1),
        ("蛏子", "Razor Clams", [("大号", 1.0)], 36.0, "kg", [("福建宁德", "宁德")], 2, 1),
    ],
}

# Meat and eggs, per category: (Chinese, English, [(pack, price factor)], price, unit, [(brand, English brand, origin)], shelf days, storage)
MEAT = {
    "pork": [
        ("猪五花肉", "Pork Belly", [("带皮", 1.0), ("去皮", 1.08)], 29.0, "kg"),
        ("猪前腿肉", "Pork Shoulder", [("去皮", 1.0)], 26.0, "kg"),
        ("猪里脊", "Pork Tenderloin", [("整条", 1.0)], 32.0, "kg"),
        ("猪精肋排", "Pork Spare Ribs", [("切段", 1.0)], 46.0, "kg"),
        ("猪肘子", "Pork Knuckles", [("前肘", 1.0)], 30.0, "kg"),
    ],
    "beef": [
        ("牛腩", "Beef Brisket", [("切块", 1.0)], 76.0, "kg"),
        ("牛腱子", "Beef Shank", [("整块", 1.0)], 88.0, "kg"),
        ("牛里脊", "Beef Tenderloin", [("整条", 1.0)], 118.0, "kg"),
        ("牛霖", "Beef Knuckle", [("整块", 1.0)], 72.0, "kg"),
    ],
    "lamb": [
        ("羊后腿", "Lamb Leg", [("带骨", 1.0), ("去骨", 1.2)], 78.0, "kg"),
        ("羊排", "Lamb Ribs", [("切段", 1.0)], 82.0, "kg"),
        ("羊蝎子", "Lamb Spine", [("切段", 1.0)], 42.0, "kg"),
    ],
    "poultry": [
        ("白条鸡", "Whole Chicken", [("单只1.2-1.5kg", 1.0)], 18.0, "kg"),
        ("鸡大胸", "Chicken Breast", [("去皮", 1.0)], 16.0, "kg"),
        ("琵琶腿", "Chicken Drumsticks", [("统货", 1.0)], 19.0, "kg"),
        ("鸡翅中", "Chicken Mid-wings", [("统货", 1.0)], 42.0, "kg"),
        ("白条鸭", "Whole Duck", [("单只2kg左右", 1.0)], 16.0, "kg"),
    ],
    "eggs": [
        ("鲜鸡蛋", "Fresh Eggs", [("360枚/箱", 1.0), ("240枚/箱", 0.68)], 168.0, "box"),
        ("土鸡蛋", "Free-range Eggs", [("30枚/盒", 1.0)], 32.0, "box"),
        ("鸭蛋", "Duck Eggs", [("30枚/盒", 1.0)], 36.0, "box"),
        ("咸鸭蛋", "Salted Duck Eggs", [("20枚/箱", 1.0)], 38.0, "box"),
        ("鹌鹑蛋", "Quail Eggs", [("500g/盒×10", 1.0)], 88.0, "box"),
    ],
}
MEAT_BRANDS = {
    "pork": [("双汇", "Shuanghui", "河南漯河"), ("雨润", "Yurun", "江苏南京"), ("金锣", "Jinluo", "山东临沂")],
    "beef": [("科尔沁", "Horqin", "内蒙古通辽"), ("恒都", "Hengdu", "重庆丰都"), ("大庄园", "Dazhuangyuan", "内蒙古呼和浩特")],
    "lamb": [("草原宏宝", "Caoyuan Hongbao", "内蒙古巴彦淖尔"), ("额尔敦", "Erdun", "内蒙古锡林郭勒"), ("蒙都", "Mengdu", "内蒙古赤峰")],
    "poultry": [("圣农", "Sunner", "福建南平"), ("凤祥", "Fengxiang", "山东聊城"), ("正大", "CP", "河北秦皇岛")],
    "eggs": [("德青源", "DQY", "北京延庆"), ("圣迪乐村", "Sundaily", "四川绵阳")],
}
MEAT_SHELF = {"pork": 5, "beef": 7, "lamb": 7, "poultry": 5, "eggs": 45}

# Packaged goods, per category: (Chinese, English, [(pack, price factor)], price per unit, unit, [(brand, English brand, origin)], shelf days, storage)
PACKAGED = {
    "rice": [
        ("五常大米 稻花香2号", "Wuchang Rice Daohuaxiang No.2", [("25kg/袋", 1.0), ("10kg/袋", 0.42)], 245.0, "bag", [("五常稻香", "Wuchang Daoxiang", "黑龙江五常")], 365, 0),
        ("东北大米 长粒香", "Northeast Long-grain Rice", [("25kg/袋", 1.0)], 138.0, "bag", [("福临门", "Fortune", "黑龙江佳木斯"), ("金龙鱼", "Arawana", "黑龙江哈尔滨")], 365, 0),
        ("泰国茉莉香米", "Thai Hom Mali Rice", [("25kg/袋", 1.0)], 198.0, "bag", [("金龙鱼", "Arawana", "泰国")], 540, 0),
        ("丝苗米", "Simiao Rice", [("15kg/袋", 1.0)], 96.0, "bag", [("福临门", "Fortune", "广东增城"), ("金龙鱼", "Arawana", "广东东莞")], 365, 0),
    ],
    "flour-noodles": [
        ("高筋小麦粉", "Bread Flour", [("25kg/袋", 1.0)], 105.0, "bag", [("五得利", "Wudeli", "河北邢台"), ("香雪", "Xiangxue", "河北石家庄")], 365, 0),
        ("饺子用小麦粉", "Dumpling Flour", [("25kg/袋", 1.0), ("5kg/袋", 0.22)], 98.0, "bag", [("金龙鱼", "Arawana", "河北秦皇岛"), ("五得利", "Wudeli", "河北邢台")], 365, 0),
        ("中筋小麦粉", "All-purpose Flour", [("25kg/袋", 1.0)], 92.0, "bag", [("香雪", "Xiangxue", "河北石家庄"), ("金龙鱼", "Arawana", "河北秦皇岛")], 365, 0),
        ("龙须挂面", "Dried Thin Noodles", [("1kg×12袋/箱", 1.0)], 78.0, "box", [("陈克明", "Chenkeming", "湖南南县"), ("金沙河", "Jinshahe", "河北邢台")], 540, 0),
    ],
    "cooking-oil": [
        ("一级大豆油", "Soybean Oil", [("20L/桶", 1.0), ("5L/桶", 0.27)], 218.0, "drum", [("金龙鱼", "Arawana", "天津"), ("福临门", "Fortune", "天津")], 540, 0),
        ("压榨一级花生油", "Pressed Peanut Oil", [("5L/桶", 1.0)], 136.0, "drum", [("鲁花", "Luhua", "山东莱阳")], 540, 0),
        ("非转基因菜籽油", "Rapeseed Oil", [("20L/桶", 1.0)], 285.0, "drum", [("金龙鱼", "Arawana", "四川成都")], 540, 0),
        ("压榨玉米油", "Pressed Corn Oil", [("5L/桶", 1.0)], 76.0, "drum", [("西王", "Xiwang", "山东邹平"), ("长寿花", "Changshouhua", "山东邹平")], 540, 0),
        ("食用植物调和油", "Blended Vegetable Oil", [("20L/桶", 1.0)], 198.0, "drum", [("金龙鱼", "Arawana", "天津"), ("福临门", "Fortune", "天津")], 540, 0),
    ],
    "grains": [
        ("小米", "Millet", [("5kg/袋", 1.0)], 45.0, "bag", [("沁州黄", "Qinzhouhuang", "山西沁县")], 365, 0),
        ("绿豆", "Mung Beans", [("5kg/袋", 1.0)], 52.0, "bag", [("北大荒", "Beidahuang", "吉林白城")], 365, 0),
        ("红小豆", "Red Beans", [("5kg/袋", 1.0)], 55.0, "bag", [("北大荒", "Beidahuang", "黑龙江宝清")], 365, 0),
        ("东北黄豆", "Soybeans", [("25kg/袋", 1.0)], 165.0, "bag", [("北大荒", "Beidahuang", "黑龙江黑河")], 365, 0),
        ("圆糯米", "Glutinous Rice", [("25kg/袋", 1.0)], 160.0, "bag", [("五常稻香", "Wuchang Daoxiang", "黑龙江五常")], 365, 0),
    ],
    "soy-vinegar": [
        ("金标生抽", "Premium Light Soy Sauce", [("1.9L×6瓶/箱", 1.0), ("500ml×12瓶/箱", 0.7)], 108.0, "box", [("海天", "Haday", "广东佛山")], 720, 0),
        ("草菇老抽", "Mushroom Dark Soy Sauce", [("1.9L×6瓶/箱", 1.0)], 112.0, "box", [("海天", "Haday", "广东佛山")], 720, 0),
        ("蒸鱼豉油", "Seasoned Soy Sauce for Seafood", [("410ml×12瓶/箱", 1.0)], 156.0, "box", [("李锦记", "Lee Kum Kee", "广东江门"), ("海天", "Haday", "广东佛山")], 720, 0),
        ("零添加酱油", "Zero-additive Soy Sauce", [("1L×6瓶/箱", 1.0)], 96.0, "box", [("千禾", "Qianhe", "四川眉山")], 540, 0),
        ("镇江香醋", "Zhenjiang Black Vinegar", [("550ml×12瓶/箱", 1.0)], 72.0, "box", [("恒顺", "Hengshun", "江苏镇江")], 1095, 0),
        ("山西老陈醋", "Shanxi Aged Vinegar", [("2.4L×6桶/箱", 1.0)], 85.0, "box", [("紫林", "Zilin", "山西清徐"), ("东湖", "Donghu", "山西太原")], 1095, 0),
    ],
    "salt-sugar": [
        ("精制食用盐", "Refined Table Salt", [("400g×40袋/箱", 1.0)], 62.0, "box", [("中盐", "China Salt", "江苏淮安"), ("雪天", "Xuetian", "湖南湘潭")], 1825, 0),
        ("一级白砂糖", "White Sugar", [("25kg/袋", 1.0)], 168.0, "bag", [("太古", "Taikoo", "广西南宁"), ("中粮", "COFCO", "广西崇左")], 730, 0),
        ("单晶冰糖", "Rock Sugar", [("10kg/袋", 1.0)], 95.0, "bag", [("太古", "Taikoo", "广西南宁")], 730, 0),
        ("味精", "Monosodium Glutamate (MSG)", [("2.5kg×8袋/箱", 1.0)], 208.0, "box", [("莲花", "Lotus", "河南项城"), ("梅花", "Meihua", "河北廊坊")], 1095, 0),
        ("鸡精", "Chicken Bouillon Powder", [("1kg×10袋/箱", 1.0)], 238.0, "box", [("太太乐", "Totole", "上海"), ("家乐", "Knorr", "上海")], 540, 0),
    ],
    "sauces": [
        ("上等蚝油", "Premium Oyster Sauce", [("2.27kg×6桶/箱", 1.0)], 168.0, "box", [("海天", "Haday", "广东佛山"), ("李锦记", "Lee Kum Kee", "广东江门")], 540, 0),
        ("郫县豆瓣酱", "Pixian Chili Bean Paste", [("2.5kg×6袋/箱", 1.0)], 135.0, "box", [("鹃城", "Juancheng", "四川郫县"), ("丹丹", "Dandan", "四川郫县")], 730, 0),
        ("风味豆豉油制辣椒", "Chili Crisp with Fermented Black Beans", [("280g×24瓶/箱", 1.0)], 192.0, "box", [("老干妈", "Lao Gan Ma", "贵州贵阳")], 540, 0),
        ("黄豆酱", "Soybean Paste", [("2kg×6桶/箱", 1.0)], 96.0, "box", [("海天", "Haday", "广东佛山"), ("葱伴侣", "Congbanlv", "山东临沂")], 540, 0),
        ("番茄酱", "Tomato Ketchup", [("3kg×6桶/箱", 1.0)], 158.0, "box", [("亨氏", "Heinz", "广东广州")], 540, 0),
        ("牛油火锅底料", "Beef Tallow Hotpot Base", [("500g×20袋/箱", 1.0)], 248.0, "box", [("德庄", "Dezhuang", "重庆"), ("海底捞", "Haidilao", "河南新乡")], 540, 0),
    ],
    "spices": [
        ("大红袍花椒", "Sichuan Peppercorns", [("500g/袋", 1.0)], 58.0, "bag", [("川味", "Chuanwei", "四川汉源")], 365, 0),
        ("二荆条干辣椒", "Erjingtiao Dried Chilies", [("5kg/袋", 1.0)], 210.0, "bag", [("川味", "Chuanwei", "四川成都")], 365, 0),
        ("朝天椒", "Facing-heaven Chilies", [("5kg/袋", 1.0)], 175.0, "bag", [("川味", "Chuanwei", "贵州遵义")], 365, 0),
        ("八角", "Star Anise", [("1kg/袋", 1.0)], 52.0, "bag", [("川味", "Chuanwei", "广西玉林")], 540, 0),
        ("桂皮", "Cassia Bark", [("1kg/袋", 1.0)], 28.0, "bag", [("川味", "Chuanwei", "广西玉林")], 540, 0),
        ("孜然粒", "Cumin Seeds", [("1kg/袋", 1.0)], 62.0, "bag", [("川味", "Chuanwei", "新疆吐鲁番")], 540, 0),
    ],
    "frozen-dough": [
        ("猪肉白菜水饺", "Pork and Cabbage Dumplings", [("1kg×10袋/箱", 1.0)], 128.0, "box", [("三全", "Synear", "河南郑州"), ("思念", "Sinian", "河南郑州")], 365, 2),
        ("韭菜鸡蛋水饺", "Chive and Egg Dumplings", [("1kg×10袋/箱", 1.0)], 118.0, "box", [("三全", "Synear", "河南郑州"), ("思念", "Sinian", "河南郑州")], 365, 2),
        ("香菇青菜包", "Mushroom and Greens Buns", [("60g×60个/箱", 1.0)], 98.0, "box", [("三全", "Synear", "河南郑州")], 270, 2),
        ("黑芝麻汤圆", "Black Sesame Tangyuan", [("1kg×10袋/箱", 1.0)], 118.0, "box", [("思念", "Sinian", "河南郑州")], 365, 2),
        ("鲜虾云吞", "Shrimp Wontons", [("1kg×8袋/箱", 1.0)], 236.0, "box", [("湾仔码头", "Wanchai Ferry", "广东广州")], 365, 2),
        ("原味手抓饼", "Scallion Pancakes", [("90g×100片/箱", 1.0)], 108.0, "box", [("安井", "Anjoy", "福建厦门")], 365, 2),
        ("奶香馒头", "Milk Steamed Buns", [("40g×100个/箱", 1.0)], 68.0, "box", [("三全", "Synear", "河南郑州")], 270, 2),
        ("早餐油条", "Frozen Youtiao", [("50g×100根/箱", 1.0)], 72.0, "box", [("安井", "Anjoy", "福建厦门")], 270, 2),
    ],
    "frozen-meat": [
        ("冷冻鸡翅中", "Frozen Chicken Mid-wings", [("10kg/箱", 1.0)], 368.0, "box", [("圣农", "Sunner", "福建南平")], 365, 2),
        ("肥牛卷", "Frozen Fatty Beef Rolls", [("1kg×10卷/箱", 1.0)], 398.0, "box", [("科尔沁", "Horqin", "内蒙古通辽")], 365, 2),
        ("羔羊肉卷", "Frozen Lamb Rolls", [("1kg×10卷/箱", 1.0)], 468.0, "box", [("草原宏宝", "Caoyuan Hongbao", "内蒙古巴彦淖尔")], 365, 2),
        ("冷冻猪蹄", "Frozen Pig Trotters", [("10kg/箱", 1.0)], 298.0, "box", [("双汇", "Shuanghui", "河南漯河")], 365, 2),
        ("鸡米花", "Popcorn Chicken", [("1kg×10袋/箱", 1.0)], 198.0, "box", [("正大", "CP", "山东青岛")], 365, 2),
    ],
    "frozen-seafood": [
        ("冷冻虾仁", "Frozen Peeled Shrimp", [("1kg×10袋/箱", 1.0)], 568.0, "box", [("国联", "Guolian", "广东湛江")], 540, 2),
        ("巴沙鱼柳", "Basa Fillets", [("10kg/箱", 1.0)], 228.0, "box", [("獐子岛", "Zhangzidao", "越南")], 540, 2),
        ("冷冻鱿鱼", "Frozen Squid", [("10kg/箱", 1.0)], 298.0, "box", [("獐子岛", "Zhangzidao", "辽宁大连")], 540, 2),
        ("带鱼段", "Hairtail Pieces", [("10kg/箱", 1.0)], 328.0, "box", [("獐子岛", "Zhangzidao", "浙江舟山")], 365, 2),
        ("黄花鱼", "Yellow Croaker", [("10kg/箱", 1.0)], 258.0, "box", [("国联", "Guolian", "福建宁德")], 365, 2),
    ],
    "hotpot-balls": [
        ("鱼丸", "Fish Balls", [("2.5kg×4袋/箱", 1.0)], 168.0, "box", [("安井", "Anjoy", "福建厦门"), ("海欣", "Haixin", "福建福州")], 365, 2),
        ("撒尿牛丸", "Pissing Beef Balls", [("2.5kg×4袋/箱", 1.0)], 218.0, "box", [("安井", "Anjoy", "福建厦门")], 365, 2),
        ("蟹味棒", "Crab Sticks", [("1kg×10袋/箱", 1.0)], 158.0, "box", [("海欣", "Haixin", "福建福州")], 365, 2),
        ("虾滑", "Shrimp Paste", [("150g×40袋/箱", 1.0)], 398.0, "box", [("安井", "Anjoy", "福建厦门")], 365, 2),
        ("鱼豆腐", "Fish Tofu", [("2.5kg×4袋/箱", 1.0)], 148.0, "box", [("安井", "Anjoy", "福建厦门"), ("海欣", "Haixin", "福建福州")], 365, 2),
    ],
    "water": [
        ("饮用天然水", "Natural Drinking Water", [("550ml×24瓶/箱", 1.0), ("4L×6桶/箱", 1.1)], 28.0, "box", [("农夫山泉", "Nongfu Spring", "浙江千岛湖")], 540, 0),
        ("纯净水", "Purified Water", [("555ml×24瓶/箱", 1.0)], 30.0, "box", [("怡宝", "C'estbon", "广东深圳")], 365, 0),
        ("饮用天然矿泉水", "Natural Mineral Water", [("570ml×24瓶/箱", 1.0)], 48.0, "box", [("百岁山", "Ganten", "广东惠州")], 540, 0),
        ("包装饮用水", "Packaged Drinking Water", [("550ml×24瓶/箱", 1.0)], 22.0, "box", [("康师傅", "Master Kong", "天津")], 365, 0),
    ],
    "soft-drinks": [
        ("可口可乐", "Coca-Cola", [("330ml×24罐/箱", 1.0), ("2L×6瓶/箱", 0.75)], 52.0, "box", [("可口可乐", "Coca-Cola", "上海")], 365, 0),
        ("百事可乐", "Pepsi Cola", [("330ml×24罐/箱", 1.0)], 50.0, "box", [("百事", "Pepsi", "上海")], 365, 0),
        ("雪碧", "Sprite", [("330ml×24罐/箱", 1.0)], 50.0, "box", [("可口可乐", "Coca-Cola", "上海")], 365, 0),
        ("芬达橙味汽水", "Fanta Orange", [("330ml×24罐/箱", 1.0)], 50.0, "box", [("可口可乐", "Coca-Cola", "上海")], 365, 0),
        ("白桃味苏打气泡水", "White Peach Sparkling Water", [("480ml×15瓶/箱", 1.0)], 68.0, "box", [("元气森林", "Genki Forest", "安徽滁州")], 270, 0),
    ],
    "juice-tea": [
        ("冰红茶", "Iced Black Tea", [("500ml×15瓶/箱", 1.0)], 45.0, "box", [("康师傅", "Master Kong", "天津"), ("统一", "Uni-President", "江苏昆山")], 365, 0),
        ("绿茶", "Green Tea", [("500ml×15瓶/箱", 1.0)], 45.0, "box", [("统一", "Uni-President", "江苏昆山"), ("康师傅", "Master Kong", "天津")], 365, 0),
        ("凉茶", "Herbal Tea", [("310ml×24罐/箱", 1.0)], 88.0, "box", [("王老吉", "Wong Lo Kat", "广东广州"), ("加多宝", "JDB", "广东清远")], 730, 0),
        ("100%橙汁", "100% Orange Juice", [("1L×6盒/箱", 1.0)], 72.0, "box", [("汇源", "Huiyuan", "北京")], 365, 0),
        ("酸梅汤", "Sour Plum Drink", [("500ml×15瓶/箱", 1.0)], 52.0, "box", [("康师傅", "Master Kong", "天津")], 365, 0),
    ],
    "beer": [
        ("经典啤酒", "Tsingtao Classic Beer", [("500ml×12罐/箱", 1.0), ("600ml×12瓶/箱", 1.1)], 58.0, "box", [("青岛啤酒", "Tsingtao", "山东青岛")], 365, 0),
        ("勇闯天涯啤酒", "Snow Brave the World Beer", [("500ml×12罐/箱", 1.0)], 46.0, "box", [("雪花", "Snow", "辽宁沈阳")], 365, 0),
        ("燕京U8啤酒", "Yanjing U8 Beer", [("500ml×12罐/箱", 1.0)], 52.0, "box", [("燕京", "Yanjing", "北京")], 365, 0),
        ("百威啤酒", "Budweiser Beer", [("500ml×12罐/箱", 1.0)], 78.0, "box", [("百威", "Budweiser", "湖北武汉")], 365, 0),
        ("哈尔滨冰纯啤酒", "Harbin Ice Beer", [("500ml×12罐/箱", 1.0)], 45.0, "box", [("哈尔滨", "Harbin", "黑龙江哈尔滨")], 365, 0),
    ],
    "baijiu": [
        ("红星二锅头 56度", "Red Star Erguotou 56%", [("500ml×12瓶/箱", 1.0)], 168.0, "box", [("红星", "Red Star", "北京")], 3650, 0),
        ("牛栏山陈酿 42度", "Niulanshan Chenniang 42%", [("500ml×12瓶/箱", 1.0)], 118.0, "box", [("牛栏山", "Niulanshan", "北京")], 3650, 0),
        ("江小白 40度", "Jiangxiaobai 40%", [("100ml×24瓶/箱", 1.0)], 258.0, "box", [("江小白", "Jiangxiaobai", "重庆")], 3650, 0),
        ("玻汾 53度", "Fenjiu Glass Bottle 53%", [("475ml×12瓶/箱", 1.0)], 528.0, "box", [("汾酒", "Fenjiu", "山西汾阳")], 3650, 0),
    ],
}

FRESH_SLOTS = [[SLOTS[0], SLOTS[1]], [SLOTS[0]], [SLOTS[0], SLOTS[1], SLOTS[2]]]
PACKAGED_SLOTS = [[SLOTS[1], SLOTS[2]], [SLOTS[1], SLOTS[2], SLOTS[3]], [SLOTS[0], SLOTS[1], SLOTS[2]]]


def sells(merchant, category):
    return TOP_MERCHANT_CATEGORY[LEAF_TOP[category]] in merchant["categories"]


def description(zh, origin, storage, shelf, extra=""):
    return (f"<p>{zh}，产地{origin}，{storage}储存，保质期{shelf}天。{extra}</p>"
            "<ul><li>次日达，按所选配送时段送货上门</li><li>到货验收，质量问题24小时内申请售后</li></ul>")


def products():
    catalog = Catalog(2028, MERCHANTS, sells, stocks=(0, 80, 300, 800, 2000, 5000), lead_times=(0, 1, 1, 2))
    r = catalog.random
    kg_breaks, case_breaks = ((1, 1.0), (4, 0.96), (20, 0.92)), ((1, 1.0), (10, 0.96), (50, 0.92))
    for category, items in PRODUCE.items():
        for zh, en, packs, price, unit, origins, shelf, storage in items:
            for origin, short in origins:
                base = price * r.uniform(0.9, 1.2)
                attributes = {"origin": origin, "storage": STORAGE[storage], "shelf-life": shelf, "delivery-slot": r.choice(FRESH_SLOTS),
                              "grade": r.choice(["特级", "一级", "一级", "统货"])}
                catalog.add(category, f"{short} {zh} {en}", "", unit, 5 if price < 10 else 2, 1, attributes,
                            description(zh, origin, STORAGE[storage], shelf, "鲜活直发，到货死亡包赔。" if LEAF_TOP[category] == "seafood" else "当日采摘，产地直发。"),
                            [({"spec": pack}, round(base * factor, 2)) for pack, factor in packs], kg_breaks)
    for category, items in MEAT.items():
        for zh, en, packs, price, unit in items:
            for brand, english, origin in MEAT_BRANDS[category]:
                base = price * r.uniform(0.92, 1.15)
                storage = STORAGE[0] if category == "eggs" else STORAGE[1]
                attributes = {"origin": origin, "storage": storage, "shelf-life": MEAT_SHELF[category], "delivery-slot": r.choice(FRESH_SLOTS),
                              "grade": r.choice(["特级", "一级"])}
                if category != "eggs": attributes["quarantined"] = True
                catalog.add(category, f"{brand} {zh} {en}", f"{brand} {english}", unit, 1 if unit == "box" else 2, 1, attributes,
                            description(zh, origin, storage, MEAT_SHELF[category], "随货附动物检疫合格证明。" if category != "eggs" else "每日新鲜到货。"),
                            [({"spec": pack}, round(base * factor, 2)) for pack, factor in packs], case_breaks if unit == "box" else kg_breaks)
    for category, items in PACKAGED.items():
        for zh, en, packs, price, unit, brands, shelf, storage in items:
            for brand, english, origin in brands:
                base = price * r.uniform(0.92, 1.1)
                licence = catalog.unique(lambda: f"SC{r.choice([101, 103, 106, 107, 115])}{r.randrange(10**11):011d}")
                attributes = {"origin": origin, "storage": STORAGE[storage], "shelf-life": shelf,
                              "delivery-slot": r.choice(PACKAGED_SLOTS), "production-licence": licence}
                title = f"{zh} {en}" if zh.startswith(brand) else f"{brand} {zh} {en}"
                catalog.add(category, title, f"{brand} {english}", unit, 1, 1, attributes,
                            description(zh, origin, STORAGE[storage], shelf, f"生产许可证编号{licence}。"),
                            [({"spec": pack}, round(base * factor, 2)) for pack, factor in packs], case_breaks)
    return catalog.products


SYNONYMS = [
    ["西红柿", "番茄", "tomato", "tomatoes"],
    ["土豆", "马铃薯", "洋芋", "potato", "potatoes"],
    ["圆白菜", "卷心菜", "包菜", "甘蓝", "cabbage"],
    ["上海青", "小油菜", "青菜", "bok choy"],
    ["香菜", "芫荽", "coriander", "cilantro"],
    ["红薯", "地瓜", "番薯", "sweet potato"],
    ["西兰花", "西蓝花", "绿花菜", "broccoli"],
    ["茄子", "eggplant", "aubergine"],
    ["青椒", "菜椒", "甜椒", "pepper", "peppers"],
    ["生姜", "老姜", "ginger"],
    ["大蒜", "蒜头", "garlic"],
    ["猪肉", "pork"],
    ["牛肉", "beef"],
    ["羊肉", "lamb", "mutton"],
    ["鸡蛋", "egg", "eggs"],
    ["小龙虾", "龙虾", "crayfish"],
    ["虾仁", "shrimp"],
    ["生抽", "酱油", "soy sauce"],
    ["味精", "MSG"],
    ["可乐", "cola", "coke"],
    ["矿泉水", "饮用水", "纯净水", "water"],
    ["车厘子", "樱桃", "cherry", "cherries"],
    ["猕猴桃", "奇异果", "kiwi", "kiwifruit"],
    ["菠萝", "凤梨", "pineapple"],
    ["食用油", "cooking oil"],
]

AGREEMENT = {
    "title": "生鲜食材平台商家入驻协议",
    "body": ("1. 商家须持有有效的《食品经营许可证》，证照到期前完成更新；证照过期的，平台暂停其发布商品。\n"
             "2. 商家保证食材来源可追溯：肉类随货附动物检疫合格证明，预包装食品标注生产许可证编号，农残、兽残检测合格。\n"
             "3. 商家按商品标注的配送时段送达，冷藏、冷冻商品全程冷链；到货质量问题24小时内受理售后。\n"
             "4. 商家按经营类目缴纳保证金（肉禽蛋、水产、冻品类目保证金较高）；违规经营的，平台有权扣除保证金并暂停其经营。\n"
             "5. 平台按订单金额收取技术服务费，其余货款按结算周期结算给商家。本协议更新后，商家须重新确认方可继续发布商品。"),
}


STOREFRONT = Storefront(
    slides=[("banner-produce", "产地直采 蔬菜水果 Fresh from the farm", "寿光、张家口、云南基地直供，凌晨采摘，早市送达后厨", "vegetables"),
            ("banner-coldchain", "肉禽水产 全程冷链 Meat and seafood, chilled", "检疫合格，0-4℃ 冷藏配送，鲜活水产到货死亡包赔", "meat-eggs"),
            ("banner-pantry", "粮油调味 Grain, oil and seasonings", "五常大米、食用油、酱油调料，整箱批发价", "grain-oil")],
    story=("warehouse", "分拣中心", "为餐厅后厨而生 Built for restaurant kitchens",
           "按公斤或整箱下单，早市、上午、下午、夜间四个配送时段任选；商家食品经营许可证逐一核验，到货质量问题 24 小时内受理。"),
    suppliers="产地与批发商 Our suppliers",
    rfq=("大宗采购与定制 Ask for a quote", "食堂、连锁餐厅的周期采购与定制分切，请留下品类、数量和配送时段，2 小时内回复。"),
    about=[("{{siteName}} 是面向餐厅、食堂和生鲜门店的食材采购平台：蔬菜、水果、肉禽蛋、水产、粮油、调味品、冻品和酒水饮料，由产地基地与批发商直接供货。",
            "{{siteName}} is a food service marketplace for restaurants, canteens and grocers: vegetables, fruit, meat and eggs, seafood, grain and oil, "
            "seasonings, frozen food and drinks, sold directly by farms and wholesalers."),
           ("生鲜按公斤、标品按整箱销售，每个商品标注产地、储存条件、保质期和可选的配送时段。",
            "Fresh produce is sold by the kilogram and packaged food by the case; every product states its origin, storage, shelf life and delivery slots.")],
    promises=[("商家食品经营许可证逐一核验", "Every seller's food trading licence verified"),
              ("肉类随货附动物检疫合格证明", "Meat ships with its animal quarantine certificate"),
              ("冷藏冷冻商品全程冷链", "Chilled and frozen food kept cold all the way"),
              ("到货质量问题 24 小时内受理", "Quality problems on delivery handled within 24 hours")],
    terms=[("商家须持有有效的《食品经营许可证》并保证食材来源可追溯：肉类随货附动物检疫合格证明，预包装食品标注生产许可证编号，农残、兽残检测合格。",
            "Sellers hold a valid food trading licence and keep their food traceable: meat ships with its quarantine certificate, packaged food carries "
            "its production licence number, and residue tests are passed."),
           ("按公斤销售的商品按实际称重结算，与下单重量的差额多退少补；到货质量问题须在签收后 24 小时内提出。",
            "Goods sold by the kilogram are charged by the weight delivered, any difference refunded or charged; quality problems are reported within 24 hours of delivery.")],
    faq=[(("配送时段怎么选？", "How do I choose a delivery slot?"),
          ("每个商品标注了可选的配送时段（早市 04:00-07:00、上午、下午、夜间），下单时选择，商家按时段送达。",
           "Every product lists the slots it can be delivered in (early market 04:00-07:00, morning, afternoon, evening); choose one when you order.")),
         (("按公斤卖的菜怎么计价？", "How are goods sold by the kilogram charged?"),
          ("按实际称重结算，与下单重量的差额多退少补。", "By the weight delivered; any difference from the order is refunded or charged."))],
    shop_service=("按公斤或整箱批发，冷藏冷冻商品冷链配送到店，到货质量问题 24 小时内受理。",
                  "Wholesale by the kilogram or the case, chilled and frozen food delivered cold, and quality problems handled within 24 hours."),
    shop_rfq="餐厅、食堂周期采购请留下品类、数量和配送时段，当天回复报价。",
    logo="logo-leaf",
)

# Per merchant, in the order of MERCHANTS: (short name, speciality, banner, certificates, story), as Shop takes them.
SHOP_TEXTS = [
    ("北京京郊鲜蔬", ("京郊基地叶菜与时令蔬菜，凌晨采摘，从新发地直送北京餐厅。",
                      "Leafy greens and seasonal vegetables from farms around Beijing, picked before dawn and delivered from Xinfadi to Beijing restaurants."),
     "banner-produce", "食品经营许可证在有效期内；基地蔬菜每批次农残快检，检测报告随货。",
     ("warehouse", "凌晨分拣 Sorted before dawn", "新发地分拣中心凌晨两点开始分拣，早市 04:00-07:00 送达。")),
    ("寿光绿源果蔬", ("寿光大棚蔬菜与山东时令水果，产地直发，整车、零担均可。",
                      "Greenhouse vegetables from Shouguang and seasonal fruit from Shandong, shipped from the farm by the truckload or less."),
     "banner-produce", "食品经营许可证在有效期内；绿色食品认证基地，农残检测报告随货。",
     ("warehouse", "寿光产地仓 Shouguang packhouse", "产地预冷、分级包装，冷藏车次日到达京津冀与长三角。")),
    ("草原鲜肉", ("草原牛羊肉与冷鲜猪肉禽肉，屠宰分割一体，按餐厅规格分切。",
                  "Grassland beef and lamb, chilled pork and poultry, slaughtered and cut to each restaurant's specification."),
     "banner-coldchain", "定点屠宰企业，HACCP 体系认证；每批次随货附动物检疫合格证明。",
     ("warehouse", "恒温分割 Cut at 0-4 °C", "0-4℃ 恒温分割车间，按菜品要求切丁、切片、切块。")),
    ("大连海洋水产", ("大连海鲜与冷冻水产：鲜活鱼虾贝，冻虾仁、鱿鱼与鱼柳。",
                      "Seafood from Dalian: live fish, shrimp and shellfish, and frozen shrimp meat, squid and fish fillets."),
     "banner-coldchain", "食品经营许可证在有效期内；进口冻品附入境货物检验检疫证明。",
     ("warehouse", "港口冷库 Harbour cold store", "-18℃ 万吨冷库；鲜活水产充氧打包，到货死亡包赔。")),
    ("五常稻香", ("五常稻花香大米与东北杂粮，产地碾米，新米按月发货。",
                  "Wuchang fragrant rice and grains from the North-East, milled at the source, new-crop rice shipped every month."),
     "banner-pantry", "五常大米地理标志产品授权使用；每批大米附质检报告。",
     ("warehouse", "产地碾米 Milled at source", "自有稻田与米厂，按订单碾米，口感新鲜。")),
    ("广州江南果品", ("江南市场进口与国产水果批发：热带水果、柑橘、车厘子与浆果。",
                      "Imported and domestic fruit from Guangzhou's Jiangnan market: tropical fruit, citrus, cherries and berries."),
     "banner-produce", "食品经营许可证在有效期内；进口水果附入境货物检验检疫证明。",
     ("warehouse", "催熟与分级 Ripened and graded", "香蕉、芒果恒温催熟，按果径分级装箱。")),
    ("成都川味", ("川味调料与餐饮粮油：郫县豆瓣、火锅底料、花椒辣椒、酱油醋。",
                  "Sichuan seasonings and kitchen staples: Pixian bean paste, hotpot bases, Sichuan pepper and chillies, soy sauce and vinegar."),
     "banner-pantry", "食品经营许可证在有效期内；所售预包装食品均标注生产许可证编号。",
     ("warehouse", "餐饮调料库 Kitchen pantry", "上千种调料整箱现货，成都及周边当日送达。")),
    ("上海鲜饮", ("餐饮渠道酒水饮料：饮用水、碳酸饮料、果汁茶饮、啤酒与白酒。",
                  "Drinks for restaurants: water, soft drinks, juices and teas, beer and baijiu."),
     "banner-pantry", "食品经营许可证（含酒类经营）在有效期内；白酒均来自厂家授权渠道。",
     ("warehouse", "整箱配送 By the case", "上海全市整箱配送，空瓶空箱回收。")),
]
SHOPS = [Shop(definition, *texts) for (_, definition), texts in zip(MERCHANTS, SHOP_TEXTS, strict=True)]


def main():
    catalog = products()
    write("agri-food", setup_recipe(
        "agri-food", "Fresh produce and food service",
        "A food service marketplace in the manner of Meicai: farms and wholesalers sell vegetables, fruit, meat, seafood, grain, "
        "seasonings, frozen food and drinks to restaurants and canteens by the kilogram or the case, delivered in morning slots.",
        "鲜采汇 FreshHub", "Fresh",
        [
            {"name": "categories", "categories": CATEGORIES},
            {"name": "attributes", "attributes": ATTRIBUTES},
            {"name": "merchant-requirements", "licences": [{"code": "food-trading", "name": "食品经营许可证 Food Trading Licence"}],
             "deposit": {"default": 5000, "categories": {"肉禽蛋": 10000, "水产": 10000, "冻品": 8000}}, "agreement": AGREEMENT},
            {"name": "merchants", "merchants": [m for _, m in MERCHANTS]},
            {"name": "products", "products": catalog},
            *payments_steps(3, {"vegetables": 6, "fruits": 6, "seafood": 5}, "中国农业银行寿光支行 农鲜直采平台有限公司 1536 0101 0400 003"),
            *messaging_steps(
                {"order.delivered": [{"audience": "buyer", "channels": ["sms", "inbox"]}]},
                [{"event": "order.shipped", "channel": "sms", "locale": "zh-CN",
                  "body": "【{{ site_name }}】冷链订单 {{ order.number }} 已由 {{ merchant.name }} 发车，请准备收货验收。"}]),
            {"name": "synonyms", "synonyms": SYNONYMS},
            pages_step("Fresh", STOREFRONT, SHOPS, CATEGORIES, catalog),
        ]))


if __name__ == "__main__":
    main()
