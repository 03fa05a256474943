#!/usr/bin/env python3
"""Writes recipes/pharma.recipe.json: a drug distribution marketplace in the manner of Yaoshibang (药师帮).

Licensed distributors sell chemical drugs, Chinese patent medicines, biologicals, medical devices and health
supplements to pharmacies and clinics, from a decorated marketplace home and a decorated shop each. Drugs carry
their approval number (批准文号, required), dosage form, manufacturer, prescription type and storage; prescription
categories are seen by verified buyer companies only.
Run:  python3 recipes/tools/pharma_catalog.py
"""
from vertical_catalog import messaging_steps, Catalog, payments_steps, Shop, Storefront, attr, credit_code, pages_step, setup_recipe, write

# (legal name, short name, English name, province code of the approval number)
MAKERS = {
    "united": ("珠海联邦制药股份有限公司", "联邦制药", "United Labs", "44"),
    "ncpc": ("华北制药股份有限公司", "华北制药", "NCPC", "13"),
    "cspc": ("石药集团欧意药业有限公司", "石药集团", "CSPC", "13"),
    "baiyunshan": ("广州白云山制药股份有限公司", "白云山", "Baiyunshan", "44"),
    "qilu": ("齐鲁制药有限公司", "齐鲁制药", "Qilu", "37"),
    "yangtze": ("扬子江药业集团有限公司", "扬子江", "Yangtze River", "32"),
    "harbin": ("哈药集团制药总厂", "哈药", "Harbin Pharm", "23"),
    "hisun": ("浙江海正药业股份有限公司", "海正药业", "Hisun", "33"),
    "kelun": ("四川科伦药业股份有限公司", "科伦药业", "Kelun", "51"),
    "pfizer": ("辉瑞制药有限公司", "辉瑞", "Pfizer", "21"),
    "daiichi": ("第一三共制药（北京）有限公司", "第一三共", "Daiichi Sankyo", "11"),
    "hec": ("宜昌东阳光长江药业股份有限公司", "东阳光", "HEC", "42"),
    "bayer": ("拜耳医药保健有限公司", "拜耳", "Bayer", "11"),
    "jialin": ("北京嘉林药业股份有限公司", "嘉林药业", "Jialin", "11"),
    "astrazeneca": ("阿斯利康制药有限公司", "阿斯利康", "AstraZeneca", "32"),
    "cttq": ("正大天晴药业集团股份有限公司", "正大天晴", "CTTQ", "32"),
    "sanofi": ("赛诺菲（杭州）制药有限公司", "赛诺菲", "Sanofi", "33"),
    "salubris": ("深圳信立泰药业股份有限公司", "信立泰", "Salubris", "44"),
    "novartis": ("北京诺华制药有限公司", "诺华", "Novartis", "11"),
    "hengrui": ("江苏恒瑞医药股份有限公司", "恒瑞医药", "Hengrui", "32"),
    "lunan": ("鲁南制药集团股份有限公司", "鲁南制药", "Lunan", "37"),
    "servier": ("施维雅（天津）制药有限公司", "施维雅", "Servier", "12"),
    "bms": ("中美上海施贵宝制药有限公司", "施贵宝", "BMS", "31"),
    "huadong": ("杭州中美华东制药有限公司", "华东医药", "Huadong", "33"),
    "novo": ("诺和诺德（中国）制药有限公司", "诺和诺德", "Novo Nordisk", "12"),
    "merck": ("默克制药（江苏）有限公司", "默克", "Merck", "32"),
    "eisai": ("卫材（中国）药业有限公司", "卫材", "Eisai", "32"),
    "janssen": ("西安杨森制药有限公司", "西安杨森", "Janssen", "61"),
    "ucb": ("优时比（珠海）制药有限公司", "优时比", "UCB", "44"),
    "gsk": ("中美天津史克制药有限公司", "中美史克", "GSK Tianjin", "12"),
    "msd": ("杭州默沙东制药有限公司", "默沙东", "MSD", "33"),
    "jingwei": ("山东京卫制药有限公司", "京卫制药", "Jingwei", "37"),
    "otsuka": ("浙江大冢制药有限公司", "大冢制药", "Otsuka", "33"),
    "zambon": ("海南赞邦制药有限公司", "赞邦", "Zambon", "46"),
    "ipsen": ("博福-益普生（天津）制药有限公司", "益普生", "Ipsen", "12"),
    "neptunus": ("东北制药集团沈阳第一制药有限公司", "东北制药", "NEPG", "21"),
    "jnj": ("上海强生制药有限公司", "上海强生", "Johnson & Johnson", "31"),
    "wutai": ("吉林省吴太感康药业有限公司", "吴太", "Wutai", "22"),
    "xiuzheng": ("修正药业集团股份有限公司", "修正药业", "Xiuzheng", "22"),
    "boehringer": ("上海勃林格殷格翰药业有限公司", "勃林格殷格翰", "Boehringer Ingelheim", "31"),
    "dyne": ("山东达因海洋生物制药股份有限公司", "达因", "Dyne", "37"),
    "shuangjing": ("青岛双鲸药业股份有限公司", "双鲸药业", "Shuangjing", "37"),
    "wyeth": ("惠氏制药有限公司", "惠氏", "Wyeth", "32"),
    "aonuo": ("澳诺（中国）制药有限公司", "澳诺", "Aonuo", "13"),
    "sinan": ("北京斯利安药业有限公司", "斯利安", "Sinan", "11"),
    "sine": ("上海信谊药厂有限公司", "信谊", "Sine", "31"),
    "sanjiu": ("华润三九医药股份有限公司", "华润三九", "China Resources Sanjiu", "44"),
    "tongrentang": ("北京同仁堂科技发展股份有限公司", "同仁堂", "Tongrentang", "11"),
    "taiji": ("太极集团重庆涪陵制药厂有限公司", "太极", "Taiji", "50"),
    "jichuan": ("济川药业集团有限公司", "济川药业", "Jichuan", "32"),
    "shineway": ("神威药业集团有限公司", "神威药业", "Shineway", "13"),
    "jiangzhong": ("江中药业股份有限公司", "江中", "Jiangzhong", "36"),
    "sanjing": ("哈药集团三精制药有限公司", "三精", "Sanjing", "23"),
    "xiangxue": ("广州市香雪制药股份有限公司", "香雪", "Xiangxue", "44"),
    "yiling": ("石家庄以岭药业股份有限公司", "以岭药业", "Yiling", "13"),
    "panggaoshou": ("广州白云山潘高寿药业股份有限公司", "潘高寿", "Panggaoshou", "44"),
    "tasly": ("天士力医药集团股份有限公司", "天士力", "Tasly", "12"),
    "hutchison": ("上海和黄药业有限公司", "上海和黄", "Hutchison", "31"),
    "zhongxin": ("天津中新药业集团股份有限公司第六中药厂", "中新药业", "Zhongxin", "12"),
    "buchang": ("陕西步长制药有限公司", "步长", "Buchang", "61"),
    "kpc": ("昆药集团股份有限公司", "昆药", "KPC", "53"),
    "zhongjing": ("仲景宛西制药股份有限公司", "仲景", "Zhongjing", "41"),
    "wanglaoji": ("广州王老吉药业股份有限公司", "王老吉", "Wanglaoji", "44"),
    "qianjin": ("株洲千金药业股份有限公司", "千金药业", "Qianjin", "43"),
    "yunnanbaiyao": ("云南白药集团股份有限公司", "云南白药", "Yunnan Baiyao", "53"),
    "guangyuyuan": ("山西广誉远国药有限公司", "广誉远", "Guangyuyuan", "14"),
    "lingrui": ("河南羚锐制药股份有限公司", "羚锐", "Lingrui", "41"),
    "tongjitang": ("国药集团同济堂（贵州）制药有限公司", "同济堂", "Tongjitang", "52"),
    "gan-lee": ("甘李药业股份有限公司", "甘李药业", "Gan & Lee", "11"),
    "lilly": ("礼来苏州制药有限公司", "礼来", "Lilly", "32"),
    "thdb": ("通化东宝药业股份有限公司", "通化东宝", "Tonghua Dongbao", "22"),
    "hanmi": ("北京韩美药品有限公司", "北京韩美", "Hanmi", "11"),
    "shuangqi": ("内蒙古双奇药业股份有限公司", "双奇药业", "Shuangqi", "15"),
    "donghai": ("青岛东海药业有限公司", "东海药业", "Donghai", "37"),
    "hualan": ("华兰生物工程股份有限公司", "华兰生物", "Hualan", "41"),
    "taibang": ("山东泰邦生物制品有限公司", "泰邦生物", "Taibang", "37"),
    "rongsheng": ("成都蓉生药业有限责任公司", "蓉生药业", "Rongsheng", "51"),
    # Medical devices and health supplements: (name, short, English, registration prefix)
    "kdl": ("上海康德莱企业发展集团股份有限公司", "康德莱", "KDL", "沪"),
    "weigao": ("山东威高集团医用高分子制品股份有限公司", "威高", "Weigao", "鲁"),
    "hongda": ("江西洪达医疗器械集团有限公司", "洪达", "Hongda", "赣"),
    "winner": ("稳健医疗用品股份有限公司", "稳健医疗", "Winner Medical", "鄂"),
    "zhende": ("振德医疗用品股份有限公司", "振德", "Zhende", "浙"),
    "hynaut": ("青岛海诺生物工程有限公司", "海氏海诺", "Hynaut", "鲁"),
    "3m": ("3M中国有限公司", "3M", "3M", "沪"),
    "omron": ("欧姆龙健康医疗（中国）有限公司", "欧姆龙", "Omron", "辽"),
    "yuwell": ("江苏鱼跃医疗设备股份有限公司", "鱼跃", "Yuwell", "苏"),
    "sinocare": ("三诺生物传感股份有限公司", "三诺", "Sinocare", "湘"),
    "intco": ("英科医疗科技股份有限公司", "英科医疗", "Intco", "鲁"),
    "bluesail": ("蓝帆医疗股份有限公司", "蓝帆医疗", "Blue Sail", "鲁"),
    "byhealth": ("汤臣倍健股份有限公司", "汤臣倍健", "By-health", "粤"),
    "amway": ("安利（中国）日用品有限公司", "纽崔莱", "Nutrilite", "粤"),
    "yst": ("养生堂药业有限公司", "养生堂", "Yangshengtang", "浙"),
    "conba": ("浙江康恩贝制药股份有限公司", "康恩贝", "Conba", "浙"),
    "amerisource": ("安士制药（中山）有限公司", "迪巧", "D-Cal", "粤"),
}

# Merchant credit codes: administrative division of the company's district, then a registration number.
KANGTAI = credit_code("91330106MA2CJ7QH1")    # 杭州 西湖区
RENXIN = credit_code("91440106MA59KRT3X")     # 广州 天河区
JIUZHOU = credit_code("91110105MA01HN8G2")    # 北京 朝阳区
RUIHE = credit_code("91310115MA1K4BW76")      # 上海 浦东新区
CHUTIAN = credit_code("91420106MA4KTD2N9")    # 武汉 武昌区
SHUKANG = credit_code("91510107MA6CUE8F3")    # 成都 武侯区

LICENCES = [
    {"code": "drug-trading", "name": "药品经营许可证 Drug Trading Licence"},
    {"code": "gsp", "name": "GSP证书 GSP Certificate"},
    {"code": "device-trading", "name": "医疗器械经营许可证 Medical Device Trading Licence"},
]


def merchant(name, code, prefix, categories, domain, contact, mobile, address, licences, staff=()):
    held = [{"code": c, "number": n, "expiresOn": e} for c, (n, e) in zip(["drug-trading", "gsp", "device-trading"], licences)]
    definition = {"name": name, "creditCode": code, "categories": categories, "ownerEmail": f"owner@{domain}.example.cn"}
    if staff: definition["staff"] = [{"email": f"{role.split('-')[0]}@{domain}.example.cn", "role": role} for role in staff]
    definition.update({"licences": held, "depositPaid": True, "acceptAgreement": True, "contactName": contact, "mobile": mobile, "address": address})
    return prefix, definition


MERCHANTS = [
    merchant("杭州康泰医药有限公司", KANGTAI, "KT", ["化学药品", "中成药", "处方药"], "kangtai", "陈志强", "13957100101", "浙江省杭州市西湖区文三路398号",
             [("浙AA5710087", "2030-06-30"), ("A-ZJ-20-0412", "2029-12-31"), ("浙杭食药监械经营许20190123号", "2029-08-31")], ["finance", "product-manager"]),
    merchant("广州仁心医药有限公司", RENXIN, "RX", ["化学药品", "中成药", "生物制品", "处方药"], "renxin", "黄伟明", "13802200202", "广东省广州市天河区天河北路183号",
             [("粤AA0200316", "2030-03-31"), ("A-GD-20-1088", "2029-10-31"), ("粤穗食药监械经营许20180456号", "2029-06-30")], ["product-manager"]),
    merchant("北京九州康达医药有限公司", JIUZHOU, "JZ", ["化学药品", "生物制品", "医疗器械", "处方药"], "jiuzhou", "刘海燕", "13910300303", "北京市朝阳区东三环中路39号",
             [("京AA0100528", "2030-09-30"), ("A-BJ-20-0275", "2029-11-30"), ("京朝食药监械经营许20170789号", "2030-01-31")], ["finance"]),
    merchant("上海瑞和医药有限公司", RUIHE, "RH", ["中成药", "保健品", "处方药"], "ruihe", "张丽华", "13601600404", "上海市浦东新区张江路1238号",
             [("沪AA0150219", "2030-05-31"), ("A-SH-20-0633", "2029-09-30"), ("沪浦食药监械经营许20190321号", "2029-12-31")]),
    merchant("武汉楚天医药有限公司", CHUTIAN, "CT", ["化学药品", "中成药", "医疗器械"], "chutian", "王建军", "13871200505", "湖北省武汉市武昌区中南路99号",
             [("鄂AA0270145", "2030-02-28"), ("A-HB-20-0517", "2029-07-31"), ("鄂汉食药监械经营许20180654号", "2029-05-31")], ["customer-service"]),
    merchant("成都蜀康医药有限公司", SHUKANG, "SK", ["中成药", "医疗器械", "保健品"], "shukang", "李明辉", "13880800606", "四川省成都市武侯区人民南路四段12号",
             [("川AA0280367", "2030-07-31"), ("A-SC-20-0829", "2029-08-31"), ("川蓉食药监械经营许20190987号", "2030-04-30")]),
]


def leaf(slug, name, rx=False):
    node = {"slug": slug, "name": name}
    if rx: node["verifiedBuyersOnly"] = True
    return node


# Prescription categories (verifiedBuyersOnly) are listed, found and shown to verified buyer companies only.
CATEGORIES = [
    {"slug": "chemical", "name": "化学药品 Chemical Drugs", "children": [
        leaf("anti-infectives", "抗感染药 Anti-infectives", rx=True), leaf("cardiovascular", "心脑血管用药 Cardiovascular", rx=True),
        leaf("endocrine", "内分泌及代谢用药 Endocrine & Metabolic", rx=True), leaf("neurology", "精神神经用药 Neurology & Psychiatry", rx=True),
        leaf("respiratory", "呼吸系统用药 Respiratory", rx=True), leaf("digestive", "消化系统用药 Digestive"),
        leaf("analgesics", "解热镇痛药 Analgesics & Antipyretics"), leaf("cold-flu", "感冒用药 Cold & Flu"),
        leaf("vitamins", "维生素与矿物质 Vitamins & Minerals"), leaf("dermatology", "皮肤用药 Dermatology"), leaf("antiallergics", "抗过敏药 Antiallergics")]},
    {"slug": "tcm", "name": "中成药 Chinese Patent Medicines", "children": [
        leaf("tcm-heat", "清热解毒 Heat-clearing"), leaf("tcm-cold", "感冒用药（中成药） Cold & Flu (TCM)"), leaf("tcm-cough", "止咳化痰 Cough & Phlegm"),
        leaf("tcm-cardio", "心脑血管（中成药） Cardio-cerebrovascular (TCM)", rx=True), leaf("tcm-tonic", "补益类 Tonics"),
        leaf("tcm-digestive", "肠胃用药（中成药） Digestive (TCM)"), leaf("tcm-gynaecology", "妇科用药 Gynaecology"), leaf("tcm-orthopaedics", "骨伤科 Orthopaedics & Trauma")]},
    {"slug": "biologics", "name": "生物制品 Biologicals", "children": [
        leaf("insulin", "胰岛素 Insulins", rx=True), leaf("probiotics", "微生态制剂 Probiotics"), leaf("blood-products", "血液制品 Blood Products", rx=True)]},
    {"slug": "devices", "name": "医疗器械 Medical Devices", "children": [
        leaf("injection-devices", "注射穿刺器械 Injection & Puncture"), leaf("dressings", "医用敷料 Dressings"),
        leaf("monitoring", "检测仪器 Monitoring Devices"), leaf("protective", "防护用品 Protective Supplies")]},
    {"slug": "supplements", "name": "保健品 Health Supplements", "children": [
        leaf("supplement-vitamins", "维生素与钙 Vitamins & Calcium"), leaf("supplement-lipids", "鱼油与辅酶Q10 Fish Oil & CoQ10"),
        leaf("supplement-protein", "蛋白粉 Protein Powders")]},
]

DRUG_TOPS = ["chemical", "tcm", "biologics"]
FORMS = ["片剂", "胶囊剂", "颗粒剂", "散剂", "丸剂", "滴丸剂", "口服溶液剂", "口服液", "合剂", "糖浆剂", "混悬剂", "滴剂", "注射剂", "软膏剂", "乳膏剂", "凝胶剂",
         "洗剂", "气雾剂", "吸入剂", "喷雾剂", "贴膏剂", "软胶囊"]
STORAGE = ["常温（10-30℃）", "阴凉（不超过20℃）", "冷藏（2-8℃）"]
RX_TYPES = ["Rx", "OTC甲类", "OTC乙类"]

ATTRIBUTES = [a for top in DRUG_TOPS for a in (
    # The approval number is what makes a drug saleable: required, so a drug without one is refused at its field.
    attr(top, "approval-number", "批准文号 Approval number", "Text", required=True, searchable=True),
    attr(top, "dosage-form", "剂型 Dosage form", "SingleChoice", FORMS, required=True, filterable=True),
    attr(top, "manufacturer", "生产企业 Manufacturer", "Text", required=True, filterable=True, searchable=True),
    attr(top, "rx-type", "处方类型 Prescription type", "SingleChoice", RX_TYPES, required=True, filterable=True),
    attr(top, "storage", "贮藏 Storage", "SingleChoice", STORAGE, filterable=True),
    attr(top, "shelf-life", "有效期 Shelf life", "Number", unit="月"),
    attr(top, "specification", "规格 Specification", "Text", variant=True),
)] + [
    attr("devices", "registration-number", "注册证编号 Registration number", "Text", required=True, searchable=True),
    attr("devices", "device-class", "管理类别 Device class", "SingleChoice", ["第一类", "第二类", "第三类"], required=True, filterable=True),
    attr("devices", "manufacturer", "生产企业 Manufacturer", "Text", required=True, filterable=True, searchable=True),
    attr("devices", "specification", "规格型号 Model", "Text", variant=True),
    attr("supplements", "health-approval", "保健食品批准文号 Health food approval", "Text", required=True, searchable=True),
    attr("supplements", "manufacturer", "生产企业 Manufacturer", "Text", required=True, filterable=True, searchable=True),
    attr("supplements", "health-function", "保健功能 Health function", "SingleChoice",
         ["补充维生素矿物质", "补充钙", "增加骨密度", "辅助降血脂", "抗氧化", "增强免疫力"], filterable=True),
    attr("supplements", "specification", "规格 Specification", "Text", variant=True),
]

# Per leaf: its approval letter (H chemical, Z Chinese patent, S biological), the default prescription type and
# storage, and its drugs: (Chinese name, English name, dosage form, specifications, wholesale price per unit, unit,
# makers as (maker, trade name or None)), optionally followed by a dict overriding rx/storage/shelf.
DRUGS = {
    "anti-infectives": ("H", "Rx", 0, [
        ("阿莫西林胶囊", "Amoxicillin Capsules", "胶囊剂", ["0.25g×24粒", "0.25g×50粒"], 6.5, "box", [("united", "阿莫仙"), ("ncpc", None), ("cspc", "再林")]),
        ("头孢克肟分散片", "Cefixime Dispersible Tablets", "片剂", ["0.1g×6片", "0.1g×12片"], 18.0, "box", [("baiyunshan", None), ("qilu", None)]),
        ("阿奇霉素片", "Azithromycin Tablets", "片剂", ["0.25g×6片"], 12.0, "box", [("pfizer", "希舒美"), ("cspc", None), ("yangtze", None)]),
        ("左氧氟沙星片", "Levofloxacin Tablets", "片剂", ["0.5g×4片", "0.1g×10片"], 15.0, "box", [("daiichi", "可乐必妥"), ("yangtze", None)]),
        ("头孢呋辛酯片", "Cefuroxime Axetil Tablets", "片剂", ["0.25g×12片"], 22.0, "box", [("qilu", None), ("baiyunshan", None)]),
        ("罗红霉素分散片", "Roxithromycin Dispersible Tablets", "片剂", ["150mg×12片"], 8.5, "box", [("harbin", None), ("cspc", None)]),
        ("克拉霉素片", "Clarithromycin Tablets", "片剂", ["0.25g×6片"], 14.0, "box", [("yangtze", None), ("hisun", None)]),
        ("甲硝唑片", "Metronidazole Tablets", "片剂", ["0.2g×100片"], 4.5, "bottle", [("ncpc", None), ("harbin", None)]),
        ("氟康唑胶囊", "Fluconazole Capsules", "胶囊剂", ["50mg×6粒"], 9.0, "box", [("pfizer", "大扶康"), ("qilu", None)]),
        ("阿昔洛韦片", "Aciclovir Tablets", "片剂", ["0.1g×24片"], 5.0, "box", [("kelun", None), ("ncpc", None)]),
        ("磷酸奥司他韦胶囊", "Oseltamivir Phosphate Capsules", "胶囊剂", ["75mg×10粒"], 48.0, "box", [("hec", "可威")]),
    ]),
    "cardiovascular": ("H", "Rx", 0, [
        ("苯磺酸氨氯地平片", "Amlodipine Besylate Tablets", "片剂", ["5mg×7片", "5mg×28片"], 12.0, "box", [("pfizer", "络活喜"), ("yangtze", None)]),
        ("硝苯地平控释片", "Nifedipine Controlled-release Tablets", "片剂", ["30mg×7片"], 32.0, "box", [("bayer", "拜新同"), ("cspc", None)]),
        ("阿托伐他汀钙片", "Atorvastatin Calcium Tablets", "片剂", ["20mg×7片", "10mg×7片"], 35.0, "box", [("pfizer", "立普妥"), ("jialin", "阿乐")]),
        ("瑞舒伐他汀钙片", "Rosuvastatin Calcium Tablets", "片剂", ["10mg×7片"], 38.0, "box", [("astrazeneca", "可定"), ("cttq", None)]),
        ("硫酸氢氯吡格雷片", "Clopidogrel Bisulfate Tablets", "片剂", ["75mg×7片"], 60.0, "box", [("sanofi", "波立维"), ("salubris", "泰嘉")]),
        ("阿司匹林肠溶片", "Aspirin Enteric-coated Tablets", "片剂", ["100mg×30片"], 15.0, "box", [("bayer", "拜阿司匹灵"), ("cspc", None)]),
        ("缬沙坦胶囊", "Valsartan Capsules", "胶囊剂", ["80mg×7粒"], 28.0, "box", [("novartis", "代文"), ("lunan", None)]),
        ("厄贝沙坦片", "Irbesartan Tablets", "片剂", ["0.15g×7片"], 26.0, "box", [("sanofi", "安博维"), ("hengrui", None)]),
        ("琥珀酸美托洛尔缓释片", "Metoprolol Succinate Sustained-release Tablets", "片剂", ["47.5mg×7片"], 28.0, "box", [("astrazeneca", "倍他乐克")]),
        ("单硝酸异山梨酯缓释片", "Isosorbide Mononitrate Sustained-release Tablets", "片剂", ["40mg×24片"], 25.0, "box", [("lunan", "欣康")]),
        ("培哚普利叔丁胺片", "Perindopril tert-Butylamine Tablets", "片剂", ["4mg×30片"], 40.0, "box", [("servier", "雅施达")]),
    ]),
    "endocrine": ("H", "Rx", 0, [
        ("盐酸二甲双胍片", "Metformin Hydrochloride Tablets", "片剂", ["0.5g×20片", "0.85g×20片"], 8.0, "box", [("bms", "格华止"), ("ncpc", None)]),
        ("盐酸二甲双胍缓释片", "Metformin Hydrochloride Extended-release Tablets", "片剂", ["0.5g×30片"], 20.0, "box", [("cttq", None)]),
        ("格列美脲片", "Glimepiride Tablets", "片剂", ["2mg×15片"], 30.0, "box", [("sanofi", "亚莫利"), ("hengrui", None)]),
        ("阿卡波糖片", "Acarbose Tablets", "片剂", ["50mg×30片"], 45.0, "box", [("bayer", "拜唐苹"), ("huadong", "卡博平")]),
        ("瑞格列奈片", "Repaglinide Tablets", "片剂", ["1mg×30片"], 35.0, "box", [("novo", "诺和龙")]),
        ("左甲状腺素钠片", "Levothyroxine Sodium Tablets", "片剂", ["50μg×100片"], 28.0, "box", [("merck", "优甲乐")]),
        ("甲巯咪唑片", "Thiamazole Tablets", "片剂", ["10mg×50片"], 22.0, "box", [("merck", "赛治")]),
        ("阿仑膦酸钠片", "Alendronate Sodium Tablets", "片剂", ["70mg×1片"], 40.0, "box", [("cspc", None)]),
        ("非布司他片", "Febuxostat Tablets", "片剂", ["40mg×16片"], 55.0, "box", [("hengrui", None)]),
        ("别嘌醇片", "Allopurinol Tablets", "片剂", ["0.1g×100片"], 9.0, "bottle", [("sine", None)]),
        ("维格列汀片", "Vildagliptin Tablets", "片剂", ["50mg×14片"], 55.0, "box", [("novartis", "佳维乐")]),
    ]),
    "neurology": ("H", "Rx", 0, [
        ("盐酸舍曲林片", "Sertraline Hydrochloride Tablets", "片剂", ["50mg×14片"], 45.0, "box", [("pfizer", "左洛复")]),
        ("草酸艾司西酞普兰片", "Escitalopram Oxalate Tablets", "片剂", ["10mg×7片"], 40.0, "box", [("kelun", None)]),
        ("加巴喷丁胶囊", "Gabapentin Capsules", "胶囊剂", ["0.1g×50粒"], 35.0, "box", [("hengrui", None)]),
        ("卡马西平片", "Carbamazepine Tablets", "片剂", ["0.1g×100片"], 12.0, "bottle", [("novartis", "得理多")]),
        ("丙戊酸钠缓释片", "Sodium Valproate Sustained-release Tablets", "片剂", ["0.5g×30片"], 45.0, "box", [("sanofi", "德巴金")]),
        ("盐酸多奈哌齐片", "Donepezil Hydrochloride Tablets", "片剂", ["5mg×7片"], 50.0, "box", [("eisai", "安理申")]),
        ("甲钴胺片", "Mecobalamin Tablets", "片剂", ["0.5mg×20片"], 20.0, "box", [("eisai", "弥可保")]),
        ("盐酸氟桂利嗪胶囊", "Flunarizine Hydrochloride Capsules", "胶囊剂", ["5mg×20粒"], 9.0, "box", [("janssen", "西比灵")]),
        ("奥氮平片", "Olanzapine Tablets", "片剂", ["5mg×28片"], 90.0, "box", [("qilu", None)]),
        ("左乙拉西坦片", "Levetiracetam Tablets", "片剂", ["0.5g×30片"], 80.0, "box", [("ucb", "开浦兰")]),
        ("盐酸帕罗西汀片", "Paroxetine Hydrochloride Tablets", "片剂", ["20mg×10片"], 40.0, "box", [("gsk", "赛乐特")]),
    ]),
    "respiratory": ("H", "Rx", 0, [
        ("孟鲁司特钠片", "Montelukast Sodium Tablets", "片剂", ["10mg×5片"], 35.0, "box", [("msd", "顺尔宁"), ("lunan", None)]),
        ("孟鲁司特钠咀嚼片", "Montelukast Sodium Chewable Tablets", "片剂", ["4mg×5片"], 30.0, "box", [("msd", "顺尔宁")]),
        ("硫酸沙丁胺醇吸入气雾剂", "Salbutamol Sulfate Inhalation Aerosol", "气雾剂", ["100μg×200揿"], 25.0, "piece", [("jingwei", None)]),
        ("布地奈德鼻喷雾剂", "Budesonide Nasal Spray", "喷雾剂", ["64μg×120喷"], 55.0, "piece", [("astrazeneca", "雷诺考特")]),
        ("吸入用布地奈德混悬液", "Budesonide Suspension for Inhalation", "吸入剂", ["1mg:2ml×5支"], 60.0, "box", [("astrazeneca", "普米克令舒")]),
        ("茶碱缓释片", "Theophylline Sustained-release Tablets", "片剂", ["0.1g×24片"], 10.0, "box", [("baiyunshan", None)]),
        ("盐酸丙卡特罗片", "Procaterol Hydrochloride Tablets", "片剂", ["25μg×20片"], 20.0, "box", [("otsuka", "美普清")]),
        ("乙酰半胱氨酸泡腾片", "Acetylcysteine Effervescent Tablets", "片剂", ["0.6g×5片"], 38.0, "box", [("zambon", "富露施")]),
        ("复方甲氧那明胶囊", "Compound Methoxyphenamine Capsules", "胶囊剂", ["60粒"], 35.0, "box", [("daiichi", "阿斯美")]),
        ("羧甲司坦片", "Carbocisteine Tablets", "片剂", ["0.25g×24片"], 9.0, "box", [("ncpc", None)]),
    ]),
    "digestive": ("H", "OTC甲类", 0, [
        ("奥美拉唑肠溶胶囊", "Omeprazole Enteric-coated Capsules", "胶囊剂", ["10mg×14粒"], 12.0, "box", [("cttq", None), ("hisun", None)]),
        ("多潘立酮片", "Domperidone Tablets", "片剂", ["10mg×30片", "10mg×42片"], 18.0, "box", [("janssen", "吗丁啉")]),
        ("蒙脱石散", "Smectite Powder", "散剂", ["3g×10袋"], 16.0, "box", [("ipsen", "思密达"), ("yangtze", None)]),
        ("铝碳酸镁咀嚼片", "Hydrotalcite Chewable Tablets", "片剂", ["0.5g×20片"], 22.0, "box", [("bayer", "达喜")]),
        ("乳果糖口服溶液", "Lactulose Oral Solution", "口服溶液剂", ["100ml:66.7g"], 35.0, "bottle", [("cttq", None)]),
        ("开塞露", "Glycerine Enema", "洗剂", ["20ml×2支"], 3.0, "box", [("baiyunshan", None)], {"rx": "OTC乙类"}),
        ("盐酸小檗碱片", "Berberine Hydrochloride Tablets", "片剂", ["0.1g×100片"], 5.0, "bottle", [("neptunus", None), ("harbin", None)]),
        ("法莫替丁片", "Famotidine Tablets", "片剂", ["20mg×24片"], 8.0, "box", [("harbin", None)]),
        ("盐酸洛哌丁胺胶囊", "Loperamide Hydrochloride Capsules", "胶囊剂", ["2mg×6粒"], 12.0, "box", [("janssen", "易蒙停")]),
        ("枸橼酸铋钾胶囊", "Bismuth Potassium Citrate Capsules", "胶囊剂", ["0.3g×40粒"], 15.0, "box", [("lunan", None)]),
    ]),
    "analgesics": ("H", "OTC甲类", 0, [
        ("布洛芬缓释胶囊", "Ibuprofen Sustained-release Capsules", "胶囊剂", ["0.3g×20粒", "0.4g×24粒"], 16.0, "box", [("gsk", "芬必得"), ("baiyunshan", None)]),
        ("布洛芬混悬液", "Ibuprofen Suspension", "混悬剂", ["100ml:2g"], 20.0, "bottle", [("jnj", "美林")]),
        ("对乙酰氨基酚片", "Acetaminophen Tablets", "片剂", ["0.5g×12片"], 10.0, "box", [("jnj", "泰诺林"), ("ncpc", None)]),
        ("对乙酰氨基酚混悬滴剂", "Acetaminophen Oral Suspension Drops", "滴剂", ["15ml:1.5g"], 18.0, "bottle", [("jnj", "泰诺林")]),
        ("双氯芬酸二乙胺乳胶剂", "Diclofenac Diethylamine Emulgel", "凝胶剂", ["20g"], 22.0, "piece", [("novartis", "扶他林")]),
        ("洛索洛芬钠片", "Loxoprofen Sodium Tablets", "片剂", ["60mg×20片"], 15.0, "box", [("daiichi", "乐松")]),
        ("布洛芬片", "Ibuprofen Tablets", "片剂", ["0.2g×24片"], 6.0, "box", [("harbin", None), ("cspc", None)]),
    ]),
    "cold-flu": ("H", "OTC甲类", 0, [
        ("氨酚伪麻美芬片Ⅱ/氨麻苯美片", "Day & Night Cold Tablets", "片剂", ["日片16片+夜片8片"], 16.0, "box", [("bayer", "白加黑")]),
        ("复方盐酸伪麻黄碱缓释胶囊", "Compound Pseudoephedrine Hydrochloride Sustained-release Capsules", "胶囊剂", ["10粒"], 18.0, "box", [("gsk", "新康泰克")]),
        ("复方氨酚烷胺片", "Compound Paracetamol and Amantadine Tablets", "片剂", ["12片"], 9.0, "box", [("wutai", "感康"), ("xiuzheng", None)]),
        ("小儿氨酚黄那敏颗粒", "Paediatric Paracetamol and Chlorphenamine Granules", "颗粒剂", ["10袋"], 12.0, "box", [("xiuzheng", None)]),
        ("酚麻美敏片", "Compound Paracetamol Cold Tablets", "片剂", ["10片"], 14.0, "box", [("jnj", "泰诺")]),
        ("氨酚黄那敏颗粒", "Paracetamol and Chlorphenamine Granules", "颗粒剂", ["12袋"], 8.0, "box", [("baiyunshan", None), ("harbin", None)]),
        ("盐酸氨溴索口服溶液", "Ambroxol Hydrochloride Oral Solution", "口服溶液剂", ["100ml:0.6g"], 22.0, "bottle", [("boehringer", "沐舒坦")]),
        ("氢溴酸右美沙芬糖浆", "Dextromethorphan Hydrobromide Syrup", "糖浆剂", ["100ml"], 12.0, "bottle", [("harbin", None)]),
        ("复方氨酚烷胺胶囊", "Compound Paracetamol and Amantadine Capsules", "胶囊剂", ["10粒"], 9.0, "box", [("harbin", None)]),
    ]),
    "vitamins": ("H", "OTC乙类", 0, [
        ("维生素C片", "Vitamin C Tablets", "片剂", ["0.1g×100片"], 3.5, "bottle", [("neptunus", None), ("cspc", None)]),
        ("复合维生素B片", "Compound Vitamin B Tablets", "片剂", ["100片"], 4.0, "bottle", [("harbin", None)]),
        ("维生素AD滴剂", "Vitamin A and D Drops", "滴剂", ["0-1岁×30粒", "1岁以上×30粒"], 35.0, "box", [("dyne", "伊可新")]),
        ("维生素D滴剂", "Vitamin D Drops", "滴剂", ["400单位×30粒"], 40.0, "box", [("shuangjing", "悦而")]),
        ("碳酸钙D3片", "Calcium Carbonate and Vitamin D3 Tablets", "片剂", ["600mg×60片"], 55.0, "bottle", [("wyeth", "钙尔奇")]),
        ("葡萄糖酸钙锌口服溶液", "Calcium and Zinc Gluconates Oral Solution", "口服溶液剂", ["10ml×24支"], 45.0, "box", [("aonuo", "澳诺")]),
        ("多维元素片（21）", "Multivitamin and Minerals Tablets (21)", "片剂", ["100片"], 80.0, "bottle", [("wyeth", "善存")]),
        ("叶酸片", "Folic Acid Tablets", "片剂", ["0.4mg×31片"], 25.0, "box", [("sinan", "斯利安")]),
        ("维生素E软胶囊", "Vitamin E Soft Capsules", "软胶囊", ["100mg×30粒"], 15.0, "box", [("neptunus", None)]),
        ("维生素B2片", "Vitamin B2 Tablets", "片剂", ["5mg×100片"], 3.0, "bottle", [("cspc", None)]),
    ]),
    "dermatology": ("H", "OTC甲类", 0, [
        ("曲安奈德益康唑乳膏", "Triamcinolone Acetonide and Econazole Nitrate Cream", "乳膏剂", ["15g"], 18.0, "piece", [("janssen", "派瑞松")]),
        ("硝酸咪康唑乳膏", "Miconazole Nitrate Cream", "乳膏剂", ["20g"], 15.0, "piece", [("janssen", "达克宁")]),
        ("盐酸特比萘芬乳膏", "Terbinafine Hydrochloride Cream", "乳膏剂", ["10g"], 15.0, "piece", [("novartis", "兰美抒")]),
        ("红霉素软膏", "Erythromycin Ointment", "软膏剂", ["10g"], 3.0, "piece", [("baiyunshan", None)]),
        ("莫匹罗星软膏", "Mupirocin Ointment", "软膏剂", ["5g"], 20.0, "piece", [("gsk", "百多邦")]),
        ("炉甘石洗剂", "Calamine Lotion", "洗剂", ["100ml"], 6.0, "bottle", [("sine", None)], {"rx": "OTC乙类"}),
        ("复方醋酸地塞米松乳膏", "Compound Dexamethasone Acetate Cream", "乳膏剂", ["20g"], 6.0, "piece", [("sanjiu", "999皮炎平")]),
        ("酮康唑洗剂", "Ketoconazole Lotion", "洗剂", ["50ml"], 28.0, "bottle", [("janssen", "采乐")]),
        ("尿素维E乳膏", "Urea and Vitamin E Cream", "乳膏剂", ["100g"], 8.0, "piece", [("baiyunshan", None)], {"rx": "OTC乙类"}),
    ]),
    "antiallergics": ("H", "OTC甲类", 0, [
        ("氯雷他定片", "Loratadine Tablets", "片剂", ["10mg×6片", "10mg×12片"], 18.0, "box", [("bayer", "开瑞坦"), ("kelun", None)]),
        ("盐酸西替利嗪片", "Cetirizine Hydrochloride Tablets", "片剂", ["10mg×12片"], 25.0, "box", [("ucb", "仙特明"), ("lunan", None)]),
        ("依巴斯汀片", "Ebastine Tablets", "片剂", ["10mg×10片"], 32.0, "box", [("qilu", None)]),
        ("马来酸氯苯那敏片", "Chlorphenamine Maleate Tablets", "片剂", ["4mg×100片"], 3.0, "bottle", [("ncpc", None), ("harbin", None)], {"rx": "OTC乙类"}),
        ("地氯雷他定片", "Desloratadine Tablets", "片剂", ["5mg×6片"], 25.0, "box", [("yangtze", None)]),
        ("盐酸左西替利嗪片", "Levocetirizine Hydrochloride Tablets", "片剂", ["5mg×6片"], 22.0, "box", [("ucb", "优泽")]),
    ]),
    "tcm-heat": ("Z", "OTC甲类", 1, [
        ("板蓝根颗粒", "Banlangen Granules", "颗粒剂", ["10g×20袋"], 12.0, "bag", [("baiyunshan", None), ("taiji", None)], {"rx": "OTC乙类"}),
        ("蒲地蓝消炎片", "Pudilan Xiaoyan Tablets", "片剂", ["0.3g×48片"], 25.0, "box", [("jichuan", None)]),
        ("蓝芩口服液", "Lanqin Oral Liquid", "口服液", ["10ml×12支"], 35.0, "box", [("jichuan", None)]),
        ("牛黄解毒片", "Niuhuang Jiedu Tablets", "片剂", ["48片"], 6.0, "box", [("tongrentang", None), ("taiji", None)]),
        ("黄连上清片", "Huanglian Shangqing Tablets", "片剂", ["48片"], 8.0, "box", [("tongrentang", None)]),
        ("银黄颗粒", "Yinhuang Granules", "颗粒剂", ["4g×24袋"], 15.0, "box", [("taiji", None)]),
        ("清开灵颗粒", "Qingkailing Granules", "颗粒剂", ["3g×20袋"], 18.0, "box", [("shineway", None)]),
        ("三黄片", "Sanhuang Tablets", "片剂", ["0.26g×100片"], 8.0, "bottle", [("xiuzheng", None)]),
        ("穿心莲片", "Chuanxinlian Tablets", "片剂", ["100片"], 9.0, "bottle", [("jiangzhong", None)]),
        ("金银花露", "Jinyinhua Lu (Honeysuckle Distillate)", "合剂", ["340ml"], 6.0, "bottle", [("xiangxue", None)], {"rx": "OTC乙类"}),
    ]),
    "tcm-cold": ("Z", "OTC甲类", 1, [
        ("感冒灵颗粒", "Ganmaoling Granules", "颗粒剂", ["10g×9袋"], 14.0, "box", [("sanjiu", "999")]),
        ("感冒清热颗粒", "Ganmao Qingre Granules", "颗粒剂", ["12g×10袋"], 16.0, "box", [("tongrentang", None), ("taiji", None)]),
        ("双黄连口服液", "Shuanghuanglian Oral Liquid", "口服液", ["10ml×10支"], 25.0, "box", [("sanjing", None), ("taiji", None)]),
        ("小柴胡颗粒", "Xiaochaihu Granules", "颗粒剂", ["10g×10袋"], 16.0, "box", [("baiyunshan", None)]),
        ("抗病毒口服液", "Kangbingdu Oral Liquid", "口服液", ["10ml×12支"], 25.0, "box", [("xiangxue", None)]),
        ("连花清瘟胶囊", "Lianhua Qingwen Capsules", "胶囊剂", ["0.35g×24粒"], 14.0, "box", [("yiling", None)]),
        ("风寒感冒颗粒", "Fenghan Ganmao Granules", "颗粒剂", ["8g×10袋"], 12.0, "box", [("taiji", None)]),
        ("桑菊感冒片", "Sangju Ganmao Tablets", "片剂", ["48片"], 8.0, "box", [("tongrentang", None)]),
        ("正柴胡饮颗粒", "Zhengchaihuyin Granules", "颗粒剂", ["3g×10袋"], 15.0, "box", [("taiji", None)]),
    ]),
    "tcm-cough": ("Z", "OTC甲类", 1, [
        ("蜜炼川贝枇杷膏", "Honey-refined Fritillaria and Loquat Syrup", "糖浆剂", ["300ml"], 50.0, "bottle", [("panggaoshou", "潘高寿")]),
        ("川贝枇杷糖浆", "Chuanbei Pipa Syrup", "糖浆剂", ["150ml"], 18.0, "bottle", [("panggaoshou", "潘高寿"), ("taiji", None)]),
        ("急支糖浆", "Jizhi Syrup", "糖浆剂", ["200ml"], 18.0, "bottle", [("taiji", "急支")]),
        ("强力枇杷露", "Qiangli Pipa Lu", "糖浆剂", ["225ml"], 20.0, "bottle", [("shineway", None)]),
        ("复方鲜竹沥液", "Compound Bamboo Juice", "合剂", ["20ml×6支"], 16.0, "box", [("jiangzhong", None)]),
        ("橘红丸", "Juhong Pills", "丸剂", ["6g×10丸"], 15.0, "box", [("tongrentang", None)]),
        ("清肺抑火丸", "Qingfei Yihuo Pills", "丸剂", ["6g×10袋"], 12.0, "box", [("tongrentang", None)]),
        ("养阴清肺丸", "Yangyin Qingfei Pills", "丸剂", ["9g×10丸"], 15.0, "box", [("tongrentang", None)]),
    ]),
    "tcm-cardio": ("Z", "Rx", 1, [
        ("复方丹参滴丸", "Compound Danshen Dripping Pills", "滴丸剂", ["27mg×180丸", "27mg×150丸"], 30.0, "bottle", [("tasly", None)]),
        ("麝香保心丸", "Shexiang Baoxin Pills", "丸剂", ["22.5mg×42丸"], 38.0, "box", [("hutchison", None)]),
        ("速效救心丸", "Suxiao Jiuxin Pills", "滴丸剂", ["40mg×60粒×3瓶"], 28.0, "box", [("zhongxin", None)]),
        ("脑心通胶囊", "Naoxintong Capsules", "胶囊剂", ["0.4g×48粒"], 40.0, "box", [("buchang", None)]),
        ("通心络胶囊", "Tongxinluo Capsules", "胶囊剂", ["0.26g×30粒"], 35.0, "box", [("yiling", None)]),
        ("银杏叶片", "Ginkgo Leaf Tablets", "片剂", ["9.6mg×24片"], 28.0, "box", [("shineway", None)]),
        ("参松养心胶囊", "Shensong Yangxin Capsules", "胶囊剂", ["0.4g×36粒"], 45.0, "box", [("yiling", None)]),
        ("血塞通软胶囊", "Xuesaitong Soft Capsules", "软胶囊", ["0.33g×20粒"], 30.0, "box", [("kpc", None)]),
        ("稳心颗粒", "Wenxin Granules", "颗粒剂", ["9g×9袋"], 35.0, "box", [("buchang", None)]),
    ]),
    "tcm-tonic": ("Z", "OTC乙类", 1, [
        ("六味地黄丸", "Liuwei Dihuang Pills", "丸剂", ["200丸"], 25.0, "bottle", [("tongrentang", None), ("zhongjing", None)]),
        ("乌鸡白凤丸", "Wuji Baifeng Pills", "丸剂", ["9g×10丸"], 30.0, "box", [("tongrentang", None)], {"rx": "OTC甲类"}),
        ("归脾丸", "Guipi Pills", "丸剂", ["200丸"], 18.0, "bottle", [("zhongjing", None)]),
        ("补中益气丸", "Buzhong Yiqi Pills", "丸剂", ["6g×10袋"], 18.0, "box", [("tongrentang", None)]),
        ("金匮肾气丸", "Jingui Shenqi Pills", "丸剂", ["360丸"], 28.0, "bottle", [("tongrentang", None)]),
        ("知柏地黄丸", "Zhibai Dihuang Pills", "丸剂", ["200丸"], 20.0, "bottle", [("zhongjing", None)]),
        ("生脉饮", "Shengmai Yin Oral Liquid", "口服液", ["10ml×10支"], 18.0, "box", [("tongrentang", None)]),
    ]),
    "tcm-digestive": ("Z", "OTC乙类", 1, [
        ("藿香正气水", "Huoxiang Zhengqi Liquid", "合剂", ["10ml×10支"], 8.0, "box", [("taiji", None)], {"rx": "OTC甲类"}),
        ("藿香正气口服液", "Huoxiang Zhengqi Oral Liquid", "口服液", ["10ml×10支"], 20.0, "box", [("taiji", None)], {"rx": "OTC甲类"}),
        ("保济丸", "Baoji Pills", "丸剂", ["3.7g×20瓶"], 18.0, "box", [("wanglaoji", None)]),
        ("健胃消食片", "Jianwei Xiaoshi Tablets", "片剂", ["0.8g×32片", "0.5g×36片（儿童）"], 12.0, "box", [("jiangzhong", "江中")]),
        ("香砂养胃丸", "Xiangsha Yangwei Pills", "丸剂", ["200丸"], 15.0, "bottle", [("zhongjing", None)]),
        ("午时茶颗粒", "Wushi Cha Granules", "颗粒剂", ["6g×10袋"], 15.0, "box", [("wanglaoji", None)]),
        ("气滞胃痛颗粒", "Qizhi Weitong Granules", "颗粒剂", ["5g×9袋"], 18.0, "box", [("sanjiu", "999")]),
        ("三九胃泰颗粒", "Sanjiu Weitai Granules", "颗粒剂", ["20g×6袋"], 16.0, "box", [("sanjiu", "999")], {"rx": "OTC甲类"}),
    ]),
    "tcm-gynaecology": ("Z", "OTC甲类", 1, [
        ("益母草颗粒", "Yimucao Granules", "颗粒剂", ["15g×10袋"], 12.0, "box", [("taiji", None)]),
        ("逍遥丸", "Xiaoyao Pills", "丸剂", ["200丸"], 15.0, "bottle", [("zhongjing", None)]),
        ("妇科千金片", "Fuke Qianjin Tablets", "片剂", ["72片"], 28.0, "box", [("qianjin", "千金")]),
        ("加味逍遥丸", "Jiawei Xiaoyao Pills", "丸剂", ["6g×10袋"], 15.0, "box", [("tongrentang", None)]),
        ("宫血宁胶囊", "Gongxuening Capsules", "胶囊剂", ["0.13g×18粒"], 25.0, "box", [("yunnanbaiyao", None)]),
        ("定坤丹", "Dingkun Dan", "丸剂", ["10.8g×4丸"], 120.0, "box", [("guangyuyuan", None)]),
    ]),
    "tcm-orthopaedics": ("Z", "OTC甲类", 1, [
        ("云南白药气雾剂", "Yunnan Baiyao Aerosol", "气雾剂", ["85g+30g"], 38.0, "piece", [("yunnanbaiyao", "云南白药")]),
        ("云南白药胶囊", "Yunnan Baiyao Capsules", "胶囊剂", ["0.25g×16粒"], 28.0, "box", [("yunnanbaiyao", "云南白药")]),
        ("云南白药膏", "Yunnan Baiyao Plaster", "贴膏剂", ["6.5cm×10cm×6贴"], 30.0, "box", [("yunnanbaiyao", "云南白药")]),
        ("麝香壮骨膏", "Shexiang Zhuanggu Plaster", "贴膏剂", ["7cm×10cm×4贴"], 6.0, "box", [("lingrui", None)], {"rx": "OTC乙类"}),
        ("通络祛痛膏", "Tongluo Qutong Plaster", "贴膏剂", ["7cm×10cm×6贴"], 25.0, "box", [("lingrui", None)]),
        ("仙灵骨葆胶囊", "Xianling Gubao Capsules", "胶囊剂", ["0.5g×40粒"], 38.0, "box", [("tongjitang", None)]),
        ("活血止痛胶囊", "Huoxue Zhitong Capsules", "胶囊剂", ["0.5g×48粒"], 25.0, "box", [("kpc", None)]),
    ]),
    "insulin": ("S", "Rx", 2, [
        ("门冬胰岛素注射液", "Insulin Aspart Injection", "注射剂", ["3ml:300单位（笔芯）"], 75.0, "piece", [("novo", "诺和锐")]),
        ("门冬胰岛素30注射液", "Insulin Aspart 30 Injection", "注射剂", ["3ml:300单位（特充）"], 80.0, "piece", [("novo", "诺和锐30")]),
        ("甘精胰岛素注射液", "Insulin Glargine Injection", "注射剂", ["3ml:300单位"], 180.0, "piece", [("sanofi", "来得时"), ("gan-lee", "长秀霖")]),
        ("精蛋白生物合成人胰岛素注射液（预混30R）", "Premixed Human Insulin 30R Injection", "注射剂", ["3ml:300IU"], 60.0, "piece", [("novo", "诺和灵30R")]),
        ("赖脯胰岛素注射液", "Insulin Lispro Injection", "注射剂", ["3ml:300单位"], 70.0, "piece", [("lilly", "优泌乐")]),
        ("重组人胰岛素注射液", "Recombinant Human Insulin Injection", "注射剂", ["3ml:300IU"], 45.0, "piece", [("thdb", "甘舒霖")]),
        ("地特胰岛素注射液", "Insulin Detemir Injection", "注射剂", ["3ml:300单位"], 150.0, "piece", [("novo", "诺和平")]),
    ]),
    "probiotics": ("S", "OTC甲类", 2, [
        ("双歧杆菌三联活菌胶囊", "Bifid Triple Viable Capsules", "胶囊剂", ["210mg×36粒"], 38.0, "box", [("sine", "培菲康")]),
        ("枯草杆菌二联活菌颗粒", "Combined Bacillus Subtilis and Enterococcus Faecium Granules", "颗粒剂", ["1g×30袋"], 45.0, "box", [("hanmi", "妈咪爱")], {"storage": 1}),
        ("地衣芽孢杆菌活菌胶囊", "Bacillus Licheniformis Capsules", "胶囊剂", ["0.25g×24粒"], 28.0, "box", [("neptunus", "整肠生")], {"storage": 1}),
        ("双歧杆菌乳杆菌三联活菌片", "Bifidobacterium and Lactobacillus Triple Viable Tablets", "片剂", ["0.5g×36片"], 45.0, "box", [("shuangqi", "金双歧")]),
        ("酪酸梭菌活菌片", "Clostridium Butyricum Tablets", "片剂", ["0.35g×24片"], 30.0, "box", [("donghai", None)], {"storage": 1}),
    ]),
    "blood-products": ("S", "Rx", 2, [
        ("人血白蛋白", "Human Albumin", "注射剂", ["10g（20%，50ml）"], 380.0, "bottle", [("hualan", None), ("taibang", None), ("rongsheng", None)]),
        ("静注人免疫球蛋白（pH4）", "Human Immunoglobulin (pH4) for Intravenous Injection", "注射剂", ["2.5g（5%，50ml）"], 650.0, "bottle", [("hualan", None), ("taibang", None)]),
        ("破伤风人免疫球蛋白", "Human Tetanus Immunoglobulin", "注射剂", ["250IU"], 180.0, "bottle", [("hualan", None)]),
    ]),
}

# Devices: (Chinese name, English name, models, price, unit, makers, class 1/2/3)
DEVICES = {
    "injection-devices": [
        ("一次性使用无菌注射器 带针", "Sterile Syringes for Single Use with Needle", ["1ml", "5ml", "10ml"], 22.0, "box", ["kdl", "weigao", "hongda"], 3),
        ("一次性使用输液器 带针", "Infusion Sets for Single Use", ["0.7mm×100套"], 60.0, "box", ["weigao", "kdl"], 3),
        ("一次性使用末梢采血针", "Disposable Blood Lancets", ["28G×100支"], 15.0, "box", ["kdl"], 2),
        ("胰岛素笔用针头", "Insulin Pen Needles", ["32G×4mm×7支"], 18.0, "box", ["kdl"], 3),
    ],
    "dressings": [
        ("医用纱布块", "Medical Gauze Swabs", ["7.5cm×7.5cm-8层×10片"], 5.0, "pack", ["winner", "zhende"], 2),
        ("医用棉签", "Medical Cotton Swabs", ["10cm×50支"], 2.5, "pack", ["winner", "zhende"], 1),
        ("创可贴", "Adhesive Bandages", ["72mm×19mm×100片"], 15.0, "box", ["yunnanbaiyao", "hynaut"], 1),
        ("医用胶带", "Medical Adhesive Tape", ["1.25cm×9.1m×24卷"], 48.0, "box", ["3m", "hynaut"], 1),
        ("弹力绷带", "Elastic Bandages", ["10cm×4.5m"], 8.0, "roll", ["zhende"], 1),
    ],
    "monitoring": [
        ("电子血压计 上臂式", "Upper Arm Blood Pressure Monitor", ["HEM-7136", "U10"], 198.0, "piece", ["omron"], 2),
        ("电子血压计 上臂式", "Upper Arm Blood Pressure Monitor", ["YE660D", "YE670A"], 138.0, "piece", ["yuwell"], 2),
        ("血糖仪", "Blood Glucose Meter", ["安稳+Air"], 88.0, "piece", ["sinocare"], 3),
        ("血糖仪", "Blood Glucose Meter", ["580型"], 98.0, "piece", ["yuwell"], 3),
        ("血糖试纸", "Blood Glucose Test Strips", ["50片", "100片"], 58.0, "box", ["sinocare", "yuwell"], 3),
        ("电子体温计", "Digital Thermometer", ["MC-246"], 25.0, "piece", ["omron"], 2),
        ("电子体温计", "Digital Thermometer", ["YT308"], 18.0, "piece", ["yuwell"], 2),
        ("红外额温计", "Infrared Forehead Thermometer", ["YHT101"], 89.0, "piece", ["yuwell"], 2),
        ("指夹式脉搏血氧仪", "Fingertip Pulse Oximeter", ["YX301"], 99.0, "piece", ["yuwell"], 2),
        ("压缩式雾化器", "Compressor Nebulizer", ["NE-C28"], 299.0, "piece", ["omron"], 2),
    ],
    "protective": [
        ("医用外科口罩", "Surgical Masks", ["17.5cm×9.5cm×50只"], 18.0, "box", ["winner", "zhende"], 2),
        ("医用防护口罩 N95", "Medical Protective Masks N95", ["1860×20只"], 98.0, "box", ["3m", "winner"], 2),
        ("一次性使用医用橡胶检查手套", "Disposable Medical Latex Examination Gloves", ["S", "M", "L"], 28.0, "box", ["intco", "bluesail"], 2),
        ("一次性使用医用口罩", "Disposable Medical Masks", ["17.5cm×9.5cm×50只"], 12.0, "box", ["winner"], 2),
    ],
}

# Supplements: (name, English, specifications, price, unit, maker, function)
SUPPLEMENTS = {
    "supplement-vitamins": [
        ("多种维生素矿物质片", "Multivitamin & Minerals Tablets", ["1.5g×60片"], 128.0, "bottle", "byhealth", "补充维生素矿物质"),
        ("钙维生素D维生素K软胶囊", "Calcium with Vitamin D & K Softgels", ["1.0g×60粒"], 98.0, "bottle", "byhealth", "补充钙"),
        ("天然维生素E软胶囊", "Natural Vitamin E Softgels", ["250mg×160粒"], 158.0, "bottle", "yst", "抗氧化"),
        ("天然维生素C咀嚼片", "Natural Vitamin C Chewable Tablets", ["650mg×90片"], 68.0, "bottle", "yst", "补充维生素矿物质"),
        ("维D钙咀嚼片", "Vitamin D Calcium Chewable Tablets", ["300mg×60片"], 88.0, "box", "amerisource", "补充钙"),
        ("氨糖软骨素钙片", "Glucosamine Chondroitin Calcium Tablets", ["1.02g×180片"], 238.0, "bottle", "byhealth", "增加骨密度"),
    ],
    "supplement-lipids": [
        ("鱼油软胶囊", "Fish Oil Softgels", ["1000mg×100粒", "1000mg×200粒"], 128.0, "bottle", "byhealth", "辅助降血脂"),
        ("辅酶Q10维生素E软胶囊", "Coenzyme Q10 & Vitamin E Softgels", ["0.4g×60粒"], 168.0, "bottle", "byhealth", "抗氧化"),
        ("深海鱼油软胶囊", "Deep Sea Fish Oil Softgels", ["90粒"], 238.0, "bottle", "amway", "辅助降血脂"),
        ("辅酶Q10软胶囊", "Coenzyme Q10 Softgels", ["0.5g×60粒"], 98.0, "bottle", "conba", "抗氧化"),
    ],
    "supplement-protein": [
        ("蛋白粉", "Protein Powder", ["450g", "150g"], 198.0, "bottle", "byhealth", "增强免疫力"),
        ("乳清蛋白粉", "Whey Protein Powder", ["400g"], 228.0, "bottle", "byhealth", "增强免疫力"),
        ("蛋白质粉", "Protein Powder", ["450g"], 398.0, "bottle", "amway", "增强免疫力"),
    ],
}

STORAGE_TEXT = ["遮光，密封保存", "密封，在阴凉处（不超过20℃）保存", "2℃～8℃避光冷藏，不得冷冻"]
LEAF_TOP = {child["slug"]: top["slug"] for top in CATEGORIES for child in top["children"]}
TOP_NAMES = {"chemical": "化学药品", "tcm": "中成药", "biologics": "生物制品", "devices": "医疗器械", "supplements": "保健品"}
RX_LEAVES = [child["slug"] for top in CATEGORIES for child in top["children"] if child.get("verifiedBuyersOnly")]


def sells(merchant, category):
    """Drug categories by their top category; prescription categories only to merchants whose deposit covers them."""
    return TOP_NAMES[LEAF_TOP[category]] in merchant["categories"] and (category not in RX_LEAVES or "处方药" in merchant["categories"])


def add(catalog, category, title, brand, unit, price, spec, attributes, description):
    # Cheap items are sold by the middle pack (中包装) of ten.
    moq = 10 if price < 5 else 1
    base = round(price * catalog.random.uniform(0.85, 1.25), 2)
    catalog.add(category, title, brand, unit, moq, moq, attributes, description, [({"specification": spec}, base)], ((1, 1.0), (10, 0.97), (50, 0.94)))


def drug_description(zh, attributes, spec, rx):
    lines = [f"【通用名称】{zh}", f"【批准文号】{attributes['approval-number']}", f"【规格】{spec}", f"【生产企业】{attributes['manufacturer']}",
             f"【贮藏】{STORAGE_TEXT[STORAGE.index(attributes['storage'])]}", f"【有效期】{attributes['shelf-life']}个月"]
    note = "处方药，凭医师处方销售、购买和使用；仅向具备资质的医疗机构及药品经营企业销售。" if rx == "Rx" else f"{rx}非处方药，请仔细阅读说明书并按说明使用。"
    return f"<p>{'<br>'.join(lines)}</p><p>{note}</p><ul><li>首营资料齐全，随货同行单、药检报告可下载</li><li>支持药品追溯码扫码验收</li></ul>"


def products():
    catalog = Catalog(2027, MERCHANTS, sells)
    r = catalog.random
    for leaf_slug, (letter, default_rx, default_storage, drugs) in DRUGS.items():
        for drug in drugs:
            zh, en, form, specs, price, unit, makers = drug[:7]
            overrides = drug[7] if len(drug) > 7 else {}
            rx = overrides.get("rx", default_rx)
            storage = STORAGE[overrides.get("storage", default_storage)]
            for maker, trade in makers:
                legal, short, english, province = MAKERS[maker]
                for spec in specs:
                    approval = catalog.unique(lambda: f"国药准字{letter}{r.choice([province + f'{r.randrange(10**6):06d}', '20' + f'{r.randrange(10**6):06d}'])}")
                    attributes = {"approval-number": approval, "dosage-form": form, "manufacturer": legal, "rx-type": rx, "storage": storage,
                                  "shelf-life": r.choice([18, 24, 24, 36, 36, 48]) if letter != "S" else r.choice([24, 30, 36])}
                    title = f"{trade or short} {zh} {en} {spec}"
                    add(catalog, leaf_slug, title, f"{short} {english}", unit, price * (1.15 if trade else 1.0), spec, attributes,
                                drug_description(zh, attributes, spec, rx))
    for leaf_slug, devices in DEVICES.items():
        for zh, en, models, price, unit, makers, device_class in devices:
            for maker in makers:
                legal, short, english, province = MAKERS[maker]
                for model in models:
                    year = r.choice([2019, 2020, 2021, 2022, 2023])
                    number = catalog.unique(lambda: f"国械注准{year}3{r.randrange(10, 78)}{r.randrange(10**4):04d}" if device_class == 3
                                            else f"{province}械注准{year}2{r.randrange(10, 78)}{r.randrange(10**4):04d}" if device_class == 2
                                            else f"{province}械备{year}{r.randrange(10**4):04d}号")
                    attributes = {"registration-number": number, "device-class": ["第一类", "第二类", "第三类"][device_class - 1], "manufacturer": legal}
                    description = (f"<p>【产品名称】{zh}<br>【注册证编号/备案凭证号】{number}<br>【规格型号】{model}<br>【生产企业】{legal}</p>"
                                   "<p>请仔细阅读产品说明书或在医务人员指导下购买和使用。</p>")
                    add(catalog, leaf_slug, f"{short} {zh} {en} {model}", f"{short} {english}", unit, price * r.uniform(0.9, 1.1), model, attributes, description)
    for leaf_slug, supplements in SUPPLEMENTS.items():
        for zh, en, specs, price, unit, maker, function in supplements:
            legal, short, english, province = MAKERS[maker]
            for spec in specs:
                number = catalog.unique(lambda: f"{r.choice(['国食健注', '国食健字'])}G{r.choice([2012, 2014, 2016, 2018, 2020])}{r.randrange(10**4):04d}")
                attributes = {"health-approval": number, "manufacturer": legal, "health-function": function}
                description = (f"<p>【产品名称】{short}牌{zh}<br>【保健食品批准文号】{number}<br>【保健功能】{function}<br>【规格】{spec}</p>"
                               "<p>保健食品不是药物，不能代替药物治疗疾病。</p>")
                add(catalog, leaf_slug, f"{short} {zh} {en} {spec}", f"{short} {english}", unit, price * (0.55 if spec in ("150g",) else 1.0), spec, attributes, description)
    return catalog.products


SYNONYMS = [
    ["阿莫西林", "羟氨苄青霉素", "amoxicillin", "amoxil"],
    ["布洛芬", "芬必得", "ibuprofen"],
    ["对乙酰氨基酚", "扑热息痛", "paracetamol", "acetaminophen"],
    ["感冒药", "感冒", "cold medicine", "flu"],
    ["阿奇霉素", "azithromycin", "zithromax"],
    ["头孢", "头孢菌素", "cephalosporin"],
    ["消炎药", "抗生素", "抗菌药", "antibiotic", "antibiotics"],
    ["降压药", "高血压", "antihypertensive"],
    ["他汀", "降脂药", "statin", "statins"],
    ["二甲双胍", "降糖药", "metformin"],
    ["胰岛素", "insulin"],
    ["维生素C", "维C", "VC"],
    ["钙片", "补钙", "calcium"],
    ["益生菌", "活菌", "probiotic", "probiotics"],
    ["止咳", "咳嗽", "cough"],
    ["口罩", "mask", "masks"],
    ["血压计", "血压仪", "sphygmomanometer"],
    ["血糖仪", "血糖计", "glucometer"],
    ["创可贴", "邦迪", "band-aid"],
    ["蛋白粉", "protein"],
    ["氯雷他定", "开瑞坦", "loratadine"],
    ["复方丹参滴丸", "丹参滴丸"],
]

AGREEMENT = {
    "title": "药品批发平台商家入驻协议",
    "body": ("1. 商家须持有有效的《药品经营许可证》、GSP证书及《医疗器械经营许可证》，并在证照到期前完成更新；证照过期的，平台暂停其发布商品。\n"
             "2. 商家仅销售合法来源、检验合格的药品，随货提供随货同行单与药检报告，并落实药品追溯码管理。\n"
             "3. 处方药仅向经平台认证的医疗机构及药品经营企业销售；冷链药品全程2℃～8℃运输并留存温度记录。\n"
             "4. 商家按经营类目缴纳保证金（处方药、生物制品类目保证金较高）；违规经营的，平台有权扣除保证金并暂停其经营。\n"
             "5. 平台按订单金额收取技术服务费，其余货款按结算周期结算给商家。本协议更新后，商家须重新确认方可继续发布商品。"),
}


STOREFRONT = Storefront(
    slides=[("banner-pharmacy", "化学药品 Chemical drugs", "首营资料齐全，随货同行单与药检报告齐备，支持追溯码验收", "chemical"),
            ("banner-herbal", "中成药 Chinese patent medicines", "同仁堂、云南白药、白云山等名厂正品，效期新鲜", "tcm"),
            ("banner-coldchain", "冷链药品 Cold-chain medicines", "胰岛素、血液制品等冷藏药品 2-8℃ 全程冷链配送，认证企业可购", "biologics")],
    story=("warehouse", "GSP 仓库", "合规采购，放心经营 Compliant sourcing",
           "供应商均持有药品经营许可证与 GSP 证书，平台逐一核验并在到期前提醒更新；处方药仅向认证的医疗机构与药品经营企业销售。"),
    suppliers="持证医药批发企业 Licensed distributors",
    rfq=("缺货登记与询价 Ask for a quote", "告诉我们通用名、规格、生产企业和数量，平台采购顾问 2 小时内回复。"),
    about=[("{{siteName}} 是面向药店、诊所和基层医疗机构的药品批发采购平台：化学药品、中成药、生物制品、医疗器械与保健品，由持证医药批发企业直接供货。",
            "{{siteName}} is a wholesale drug marketplace for pharmacies, clinics and primary care: chemical drugs, Chinese patent medicines, "
            "biologicals, medical devices and supplements, sold directly by licensed distributors."),
           ("处方药类目仅向经平台认证的医疗机构及药品经营企业开放：注册企业并完成认证后即可浏览和采购。",
            "Prescription categories are open only to medical institutions and drug retailers the marketplace has verified: register your company "
            "and have it verified to browse and buy them.")],
    promises=[("供应商药品经营许可证、GSP 证书逐一核验", "Every supplier's drug trading licence and GSP certificate verified"),
              ("每个药品标注批准文号与生产企业", "Approval number and manufacturer on every drug"),
              ("冷链药品 2-8℃ 全程温控", "Cold-chain drugs kept at 2-8 °C all the way"),
              ("支持药品追溯码扫码验收", "Traceability codes scanned on receipt")],
    terms=[("供应商须持有有效的《药品经营许可证》、GSP 证书及《医疗器械经营许可证》，仅销售合法来源、检验合格的药品，并随货提供随货同行单与药检报告。",
            "Suppliers hold valid drug trading, GSP and medical device trading licences, sell only lawfully sourced drugs that passed inspection, "
            "and ship every order with its delivery note and test reports."),
           ("处方药仅向经平台认证的医疗机构及药品经营企业销售，买方须依法凭处方销售和使用。",
            "Prescription drugs are sold only to verified medical institutions and drug retailers, who dispense them on prescription as the law requires."),
           ("药品一经售出，除质量问题外不予退换；冷链药品签收时须核对全程温度记录。",
            "Drugs are not taken back except for quality defects; cold-chain drugs are received against their temperature record.")],
    faq=[(("为什么看不到处方药？", "Why can I not see prescription drugs?"),
          ("处方药类目仅向认证企业开放。请在“我的企业”中注册企业，平台核验资质后即可浏览和采购。",
           "Prescription categories are shown to verified companies only. Register your company under My company; once the marketplace has "
           "verified it, you can browse and buy them.")),
         (("如何查询药品的批准文号？", "How do I check a drug's approval number?"),
          ("每个药品页的规格参数都标注批准文号与生产企业，也可在搜索框直接输入批准文号查找。",
           "Every drug page lists its approval number and manufacturer; you can also search by the approval number."))],
    shop_service=("首营资料齐全，随货同行单与药检报告齐备，支持药品追溯码扫码验收。",
                  "Complete first-sale documents, a delivery note and test reports with every order, and traceability codes scanned on receipt."),
    shop_rfq="请留下通用名、规格、生产企业和采购数量，1 个工作日内回复报价与效期。",
    logo="logo-cross",
)

# Per merchant, in the order of MERCHANTS: (short name, speciality, banner, certificates, story), as Shop takes them.
SHOP_TEXTS = [
    ("杭州康泰医药", ("浙江药店与诊所的常用药配送商：化学药品与中成药，杭嘉湖地区次日达。",
                      "Everyday medicines for pharmacies and clinics in Zhejiang: chemical drugs and Chinese patent medicines, next day across Hangzhou, Jiaxing and Huzhou."),
     "banner-pharmacy", "药品 GSP 认证企业；首营资料包（营业执照、许可证、质量保证协议）可随时索取。",
     ("warehouse", "GSP 仓储 GSP warehouse", "阴凉库、常温库分区存放，温湿度自动监测，订单当日出库。")),
    ("广州仁心医药", ("华南医药批发：化学药品、中成药与生物制品，胰岛素与血液制品全程冷链。",
                      "Wholesale medicines for South China: chemical drugs, Chinese patent medicines and biologicals, insulins and blood products in an unbroken cold chain."),
     "banner-coldchain", "药品 GSP 认证企业；冷链验证报告与运输温度记录随货提供。",
     ("warehouse", "冷链配送 Cold chain", "2-8℃ 冷库与冷藏车配送，全程温度记录可追溯。")),
    ("北京九州康达", ("京津冀医疗机构供应商：化学药品、生物制品与医疗器械，常用品规齐全。",
                      "Supplying medical institutions across Beijing, Tianjin and Hebei: chemical drugs, biologicals and medical devices in every common specification."),
     "banner-pharmacy", "药品 GSP 认证企业；医疗器械经营许可证涵盖第三类医疗器械。",
     ("warehouse", "医院配送 Hospital delivery", "对接医院药库与科室二级库，按科室分拣配送。")),
    ("上海瑞和医药", ("中成药与保健品专营：名厂中成药、滋补品与营养补充剂。",
                      "Chinese patent medicines and supplements: renowned TCM makers, tonics and nutritional supplements."),
     "banner-herbal", "药品 GSP 认证企业；保健食品经营备案齐全，可提供产品注册批件。",
     ("warehouse", "名厂直供 Direct from the makers", "与同仁堂、云南白药等厂家直接合作，货源正规，效期新鲜。")),
    ("武汉楚天医药", ("华中地区药品与器械配送：化学药品、中成药、医用敷料与检测仪器。",
                      "Drugs and devices for Central China: chemical drugs, Chinese patent medicines, dressings and monitoring devices."),
     "banner-pharmacy", "药品 GSP 认证企业；第二类、第三类医疗器械经营资质齐全。",
     ("warehouse", "基层配送 Primary care delivery", "覆盖湖北县乡诊所与村卫生室，每周两次定时配送。")),
    ("成都蜀康医药", ("西南地区中成药、医疗器械与保健品供应商，川产中药制剂品种齐全。",
                      "Chinese patent medicines, medical devices and supplements for South-West China, with a full range of Sichuan-made formulations."),
     "banner-herbal", "药品 GSP 认证企业；医疗器械经营许可证与保健食品经营备案齐全。",
     ("warehouse", "川渝配送 Sichuan and Chongqing", "成都仓发货，川渝地区次日达。")),
]
SHOPS = [Shop(definition, *texts) for (_, definition), texts in zip(MERCHANTS, SHOP_TEXTS, strict=True)]


def main():
    catalog = products()
    write("pharma", setup_recipe(
        "pharma", "Pharmaceutical distribution",
        "A B2B drug marketplace in the manner of Yaoshibang: licensed distributors sell chemical drugs, Chinese patent medicines, "
        "biologicals, devices and supplements to pharmacies and clinics; prescription categories are for verified buyers only.",
        "药采通 PharmaLink", "Clinical",
        [
            # Buyers are pharmacies and clinics the operator verifies; only their members see prescription categories.
            {"name": "companies-settings", "requireVerification": True},
            {"name": "categories", "categories": CATEGORIES},
            {"name": "attributes", "attributes": ATTRIBUTES},
            {"name": "merchant-requirements", "licences": LICENCES,
             "deposit": {"default": 20000, "categories": {"处方药": 50000, "生物制品": 50000, "医疗器械": 30000}}, "agreement": AGREEMENT},
            {"name": "merchants", "merchants": [m for _, m in MERCHANTS]},
            {"name": "products", "products": catalog},
            *payments_steps(3, {"chemical": 2, "biologics": 1.5, "devices": 5}, "中国工商银行北京分行 医药采购平台有限公司 0200 0045 1900 002"),
            *messaging_steps(
                {"merchant.licence-expiring": [
                    {"audience": "merchant-team", "permission": "merchant.licences.manage", "channels": ["email", "sms", "inbox"]},
                    {"audience": "operators", "channels": ["email", "inbox"]}],
                 "credit.overdue": [
                    {"audience": "company-finance", "channels": ["email", "sms", "inbox"]},
                    {"audience": "company-approvers", "channels": ["inbox"]},
                    {"audience": "operators", "channels": ["inbox"]}]},
                [{"event": "merchant.licence-expiring", "channel": "email", "locale": "zh-CN",
                  "subject": "【GSP 合规】{{ licence.name }} 将于 {{ licence.expires_on }} 到期",
                  "body": "<p>{{ merchant.name }} 的{{ licence.name }}将于 {{ licence.expires_on }} 到期。证照过期后，相关品种将自动下架，请尽快上传新证照。</p><p><a href=\"{{ link }}\">上传证照</a></p>",
                  "text": "{{ merchant.name }} 的{{ licence.name }}将于 {{ licence.expires_on }} 到期，请尽快上传新证照：{{ link }}"}]),
            {"name": "synonyms", "synonyms": SYNONYMS},
            pages_step("Clinical", STOREFRONT, SHOPS, CATEGORIES, catalog),
        ]))

if __name__ == "__main__":
    main()
