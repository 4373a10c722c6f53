#!/usr/bin/env python3
"""Validate a figure case table (default: zh-figures.jsonl next to this script).

Checks, per line: the JSON parses; ids are unique and look like `group-script-NNN`; required fields
are present and no unknown field is used; `group`/`script`/`kind`/`unit`/`per`/`change`/`role`/`iso`
take values allowed by README.md and docs/schema.md; each `surface` is found in `text`
in order (searched after the previous surface's start, as the runners do); values, ranges and dates
are consistent; Traditional cases use no Simplified-only characters and vice versa (text, metric,
period). Prints counts per group and per script. Exit code 0 when clean, 1 otherwise.

Usage: python3 tests/cases/check_cases.py [FILE.jsonl ...]
"""
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict

GROUPS = {  # group -> minimum number of cases (zh table)
    "numerals": 50, "percent": 40, "ratio": 15, "money": 45, "count": 40, "measure": 35,
    "approx": 35, "range": 25, "change": 45, "vague": 20, "date": 40, "not-figure": 40,
    "metric-period": 70,
    # zh-news.jsonl: longer, realistic sentences written without seeing the grammar
    "news-economy": 0, "news-company": 0, "news-society": 0, "news-other": 0,
    # English tables
    "en-numbers": 0, "en-money": 0, "en-percent": 0, "en-ratio": 0, "en-measure": 0, "en-count": 0, "en-approx": 0,
    "en-range": 0, "en-change": 0, "en-date": 0, "en-not-figure": 0, "en-metric-period": 0, "mixed": 0,
    "en-news-economy": 0, "en-news-markets": 0, "en-news-company": 0, "en-news-society": 0,
}
SCRIPTS = {"hant", "hans", "en", "mixed"}
KINDS = {"money", "percent", "count", "measure", "ratio", "multiple", "date", "duration", "rank",
         "identifier", "number"}
COUNT_UNITS = {None, "person", "person-time", "household", "share", "job", "case", "vote"}
MEASURE_UNITS = {"t", "kg", "g", "jin", "liang", "km", "m", "cm", "mm", "m2", "km2", "mu", "ha", "m3",
                 "L", "mL", "kW", "MW", "GW", "kWh", "°C", "°F", "year-old", "km/h", "TEU", "barrel"}
DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute", "workday"}
PERCENT_UNITS = {"%", "pp"}
PER_UNITS = (COUNT_UNITS - {None}) | MEASURE_UNITS | DURATION_UNITS
CHANGES = {"increase", "decrease", None}
ROLES = {"from", "to"}
CASE_KEYS = {"id", "group", "script", "text", "html", "figures", "exact"}
REQUIRED_CASE_KEYS = {"id", "group", "script", "text", "figures"}
FIGURE_KEYS = {"surface", "kind", "value", "low", "high", "unit", "per", "approximate", "change", "role",
               "iso", "period", "metric"}
ISO_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")
ID_RE = re.compile(r"^[a-z]+(-[a-z]+)*-(hant|hans|en|mixed)-\d{3}$")

# Characters that only the other script uses (common news vocabulary). Variants that are valid in
# Traditional text (台 床 布 峰 游 着 里 面 只 后 余 ...) are deliberately not listed.
SIMP_ONLY = set(
    "万与专业东两个丰为举义乐习乡书买亏产亩亿仅从们价众优会传伤伦体债储儿党关兴内册写农决净减几击创别剂办务"
    "动区医华协单卖厂县叁参双发叠叶吨员响团园国圆场块坚坛处备头学宁实审对寻导将尔届岁巩币师带并广庄庆库应开张强"
    "归当录彻总愿户扩护报拟拥拨损据携摄摇数无旧时术机条来极构柜标树样桥桩检楼樱欧毕气汉沪洁济浓涨渗温湾滞满"
    "滨滩灯灵灾点烟热爱爷状猪献环现电画疗盖盘码硕确离种积税稳笔筑筹签类粤粮紧红约级纪纹纽线组织终经结络统绩续"
    "维综绿缩缴网罚群职联胀脉脑脱节获营补装观规触计订认议记讲论设访评识诊试话询该说请课调负贡财账货质贫购贯贰"
    "贴贵贷贸费资赓赛赞赠赶车转轮轻较辆辖边达过运这进违连选递针钟钢钱铁银销锋镇镑长门问间队际陆险难韩顷项顺须"
    "顿预领题额风饭饰馆马驻验鸡黄齐龄")
TRAD_ONLY = set(
    "佔併來個們倫備傳債傷僅價億優儲兒內兩冊別創劃劑動務區協參叄員問單噸國園圓團堅報場塊壇學實寧審寫將專尋對導"
    "屆峯師帶幣幾庫廠廣張強後從徹恆愛慶應戶採損搖摺撥擁擊據擬擴攜攝數於時書會東條業極構樁樂樑樓標樣樹橋機檢櫃"
    "櫻歐歲歷歸氣決淨減湧準溫滬滯滲滿漢漲潔潤濃濟濱灘灣災為無煙熱燈營爲爺爾牀狀獲獻現環產畝畢畫當疊療發盤碩確"
    "碼稅種積穩筆節築簽籌籤粵糧紀約紅紋紐級終組結絡統經綜綠維網緊線縣縮總績織繳續罰羣義習聯職脈脫脹腦臺與興舉"
    "舊莊華萬葉蓋處虧衆術衝裏補裝裡製規觀觸訂計記訪設診評詢試話該認說課調請論諮講識議護豐豬負財貢貧貨貫貳貴買"
    "貸費貼貿資賡賣質賬購賽贈贊趕車較輕輛輪轄轉辦農這連週進遊運過達違遞選邊鄉醫針銀銷鋒鋼錄錢鍾鎊鎮鐘鐵長門開"
    "間關陸隊際險雙雞離難電靈鞏韓響頃項順須預頓領頭題額願類風颱飯飾餘館馬駐驗體麵黃點黨齊齡")


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def allowed_unit(kind, unit):
    if kind == "money":
        return isinstance(unit, str) and re.fullmatch(r"[A-Z]{3}", unit) is not None
    if kind == "percent":
        return unit in PERCENT_UNITS
    if kind == "count":
        return unit in COUNT_UNITS
    if kind == "measure":
        return unit in MEASURE_UNITS
    if kind == "duration":
        return unit in DURATION_UNITS
    return unit is None  # ratio, multiple, date, rank, identifier, number


def script_errors(script, s):
    if script == "hant":
        bad = sorted({c for c in s if c in SIMP_ONLY})
        return f"Simplified characters in a hant case: {''.join(bad)}" if bad else None
    if script == "hans":
        bad = sorted({c for c in s if c in TRAD_ONLY})
        return f"Traditional characters in a hans case: {''.join(bad)}" if bad else None
    return None


def check_figure(f, i, case, pos, errors):
    where = f"figure {i}"
    text = case["text"]
    if not isinstance(f, dict):
        errors.append(f"{where}: not an object")
        return pos
    unknown = set(f) - FIGURE_KEYS
    if unknown:
        errors.append(f"{where}: unknown fields {sorted(unknown)}")
    surface = f.get("surface")
    if not isinstance(surface, str) or not surface:
        errors.append(f"{where}: surface missing or empty")
    else:
        at = text.find(surface, pos)
        if at < 0:
            where_any = text.find(surface)
            errors.append(f"{where}: surface {surface!r} not found in text"
                          + (" after the previous surface" if where_any >= 0 else ""))
        else:
            pos = at
    kind = f.get("kind")
    if "kind" not in f or "value" not in f:
        errors.append(f"{where}: kind and value are required in this table")
    if kind is not None and kind not in KINDS:
        errors.append(f"{where}: kind {kind!r} not allowed")
    value = f.get("value")
    if value is not None and not is_number(value):
        errors.append(f"{where}: value {value!r} is not a number")
    for key in ("low", "high"):
        if key in f and not is_number(f[key]):
            errors.append(f"{where}: {key} {f[key]!r} is not a number")
    if "unit" in f and kind in KINDS and not allowed_unit(kind, f["unit"]):
        errors.append(f"{where}: unit {f['unit']!r} not allowed for kind {kind}")
    if "per" in f and f["per"] not in PER_UNITS:
        errors.append(f"{where}: per {f['per']!r} not allowed")
    if "per" in f and kind != "money":
        errors.append(f"{where}: per on a {kind} figure")
    if "approximate" in f and not isinstance(f["approximate"], bool):
        errors.append(f"{where}: approximate must be true or false")
    if "change" in f and f["change"] not in CHANGES:
        errors.append(f"{where}: change {f['change']!r} not allowed")
    if "role" in f and f["role"] not in ROLES:
        errors.append(f"{where}: role {f['role']!r} not allowed")
    if "role" in f and not f.get("change"):
        errors.append(f"{where}: role without a change")
    for key in ("period", "metric"):
        if key in f and f[key] is not None and (not isinstance(f[key], str) or not f[key].strip()):
            errors.append(f"{where}: {key} must be a non-empty string or null")
        if isinstance(f.get(key), str):
            bad = script_errors(case.get("script"), f[key])
            if bad:
                errors.append(f"{where}: {key}: {bad}")
    # value / range consistency
    lo, hi = f.get("low"), f.get("high")
    if is_number(lo) and is_number(hi) and lo > hi:
        errors.append(f"{where}: low > high")
    if value is not None and is_number(lo) and is_number(value) and abs(value - lo) > 1e-6 * max(1, abs(lo)):
        errors.append(f"{where}: value must equal low for a range")
    if "value" in f and value is None and kind not in ("date", "identifier") and "low" not in f:
        errors.append(f"{where}: null value on a {kind} figure that is not a vague amount (no low)")
    if kind == "identifier" and value is not None:
        errors.append(f"{where}: identifiers have value null")
    if value is None and kind not in ("date", "identifier") and f.get("approximate") is False:
        errors.append(f"{where}: a vague amount must be approximate")
    if "iso" in f:
        iso = f["iso"]
        if kind != "date":
            errors.append(f"{where}: iso on a {kind} figure")
        if not isinstance(iso, str) or not ISO_RE.match(iso):
            errors.append(f"{where}: iso {iso!r} is not ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, --MM, --MM-DD)")
        elif iso.startswith("--"):
            if value is not None:
                errors.append(f"{where}: a date without a year has value null")
        elif is_number(value) and int(iso[:4]) != value:
            errors.append(f"{where}: value {value} is not the year of iso {iso}")
    return pos


def check_file(path):
    errors = []
    cases = []
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"{path}:{n}: empty line")
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{path}:{n}: JSON: {e}")
                continue
            label = f"{path}:{n} {case.get('id', '?') if isinstance(case, dict) else '?'}"
            if not isinstance(case, dict):
                errors.append(f"{label}: not an object")
                continue
            errs = []
            missing = REQUIRED_CASE_KEYS - set(case)
            if missing:
                errs.append(f"missing fields {sorted(missing)}")
            unknown = set(case) - CASE_KEYS
            if unknown:
                errs.append(f"unknown fields {sorted(unknown)}")
            cid = case.get("id")
            if not isinstance(cid, str) or not ID_RE.match(cid):
                errs.append(f"id {cid!r} does not look like group-script-NNN")
            elif cid in ids:
                errs.append(f"duplicate id {cid}")
            else:
                ids.add(cid)
                if case.get("script") and f"-{case['script']}-" not in cid:
                    errs.append("id does not name the case's script")
            if case.get("group") not in GROUPS:
                errs.append(f"group {case.get('group')!r} not one of {sorted(GROUPS)}")
            if case.get("script") not in SCRIPTS:
                errs.append(f"script {case.get('script')!r} not allowed")
            text = case.get("text")
            if not isinstance(text, str) or not text:
                errs.append("text missing or empty")
                text = ""
            elif "\n" in text or "\r" in text:
                errs.append("text contains a newline")
            for key in ("html", "exact"):
                if key in case and not isinstance(case[key], bool):
                    errs.append(f"{key} must be true or false")
            bad = script_errors(case.get("script"), text)
            if bad:
                errs.append(bad)
            figs = case.get("figures")
            if not isinstance(figs, list):
                errs.append("figures must be a list")
                figs = []
            if case.get("group") == "not-figure" and figs:
                errs.append("a not-figure case must have figures []")
            if not figs and case.get("exact") is False:
                errs.append("a negative case must be exact")
            pos = 0
            for i, f in enumerate(figs):
                fe = []
                pos = check_figure(f, i, case, pos, fe)
                errs.extend(fe)
            if case.get("group") == "metric-period":
                for i, f in enumerate(figs):
                    if isinstance(f, dict) and f.get("kind") not in ("date", "identifier") \
                            and "metric" not in f and "period" not in f:
                        errs.append(f"figure {i}: a metric-period case should check metric or period")
            errors.extend(f"{label}: {e}" for e in errs)
            cases.append(case)
    return cases, errors


def report(cases):
    by_group = defaultdict(Counter)
    for c in cases:
        by_group[c.get("group")][c.get("script")] += 1
    scripts = sorted({c.get("script") for c in cases if c.get("script")})
    problems = []
    print(f"{'group':<15}" + "".join(f"{s:>7}" for s in scripts) + f"{'total':>7}{'min':>6}")
    for g in list(GROUPS) + sorted(set(by_group) - set(GROUPS)):
        if g not in by_group:
            continue
        row = by_group[g]
        total = sum(row.values())
        minimum = GROUPS.get(g, 0)
        print(f"{g:<15}" + "".join(f"{row[s]:>7}" for s in scripts) + f"{total:>7}{minimum:>6}")
        if total < minimum:
            problems.append(f"group {g}: {total} cases, fewer than {minimum}")
        if row["hant"] and row["hans"]:
            share = row["hant"] / (row["hant"] + row["hans"])
            if not 0.35 <= share <= 0.65:
                problems.append(f"group {g}: hant/hans unbalanced ({row['hant']}/{row['hans']})")
        elif sum(row.values()):
            problems.append(f"group {g}: only one script")
    totals = Counter(c.get("script") for c in cases)
    print(f"{'total':<15}" + "".join(f"{totals[s]:>7}" for s in scripts) + f"{len(cases):>7}")
    nfig = sum(len(c.get("figures") or []) for c in cases)
    kinds = Counter(f.get("kind") for c in cases for f in (c.get("figures") or []) if isinstance(f, dict))
    print(f"figures: {nfig}; by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print(f"negative cases (figures []): {sum(1 for c in cases if c.get('figures') == [])}; "
          f"exact false: {sum(1 for c in cases if c.get('exact') is False)}")
    return problems


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = argv[1:] or [os.path.join(here, "zh-figures.jsonl")]
    all_errors = []
    for path in paths:
        cases, errors = check_file(path)
        print(f"== {path}: {len(cases)} cases")
        problems = report(cases)
        all_errors.extend(errors)
        all_errors.extend(f"{path}: {p}" for p in problems)
    for e in all_errors:
        print("ERROR", e)
    print("clean" if not all_errors else f"{len(all_errors)} error(s)")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
