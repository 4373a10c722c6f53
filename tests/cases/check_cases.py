#!/usr/bin/env python3
"""Validate the figure case tables (default: every *.jsonl under tests/cases, held-out included).

The rules are those of tests/cases/README.md (the case format) and docs/schema.md (the result
contract, v1.1). Per line: the JSON parses, with no duplicate keys and no NaN or Infinity; the
case's keys are known and have the right types; `id` is unique across every table checked and names
the case's script; `group` is known and fits `script`; each `surface` is found in `text` in order
(searched from the previous surface's start, as the runners do); every figure field is one the
runners check, with a value the contract allows: `kind` one of the contract's kinds, `unit` one of
the engine's canonical units (read from the `UNIT_NAMES` array of the Rust lexicon, plus `%`, `pp`
and ISO 4217 currency codes) and fitting the kind, `per` a unit on a money, count or measure figure,
`iso` an ISO 8601 form the contract names, and `value`, `low`, `high`, `iso` and `qualifier`
consistent with each other; a case's `currency` (the article's meta.currency) an ISO 4217 code
or null; Traditional cases use no Simplified-only characters and vice versa
(text, metric, period). Over all the tables checked together: each group present has its minimum
number of cases and a Chinese group is balanced between the scripts.

A field may be null: for the runners, null means the field must be null or absent.

Usage: python3 tests/cases/check_cases.py [--report] [--lexicon DIR] [FILE.jsonl ...]
  --report       print the cases per group and script of each table
  --lexicon DIR  where to look for UNIT_NAMES (default: src/lexicon of this repository)
Exit code: 0 when every table is clean, 1 when any error is found, 2 when the unit list cannot
be read or the arguments are wrong.
"""
import datetime
import difflib
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

GROUPS = {  # group -> minimum number of cases over all tables
    "numerals": 50, "percent": 40, "ratio": 15, "money": 45, "count": 40, "measure": 35,
    "approx": 35, "range": 25, "change": 45, "vague": 20, "date": 40, "not-figure": 40,
    "metric-period": 70, "mask": 0,
    # ordinals without 第: sessions (十八屆), plenums (三中全會), party congresses (十九大)
    "rank": 0,
    # v1.1: stated bounds (qualifier) and what a bare 元 means in an article (meta.currency)
    "qualifier": 60, "currency": 30,
    # zh-news.jsonl: longer, realistic sentences written without seeing the grammar
    "news-economy": 0, "news-company": 0, "news-society": 0, "news-other": 0,
    # English tables
    "en-numbers": 0, "en-money": 0, "en-percent": 0, "en-ratio": 0, "en-measure": 0, "en-count": 0, "en-approx": 0,
    "en-range": 0, "en-change": 0, "en-date": 0, "en-not-figure": 0, "en-metric-period": 0, "mixed": 0,
    "en-news-economy": 0, "en-news-markets": 0, "en-news-company": 0, "en-news-society": 0,
    # v1.1 checks.jsonl: the article's arithmetic, one group per check kind (any script), and
    # passages whose figures look pairable but must give no check
    "check-ratio": 20, "check-change": 25, "check-difference": 10, "check-sum": 20,
    "check-per-capita": 10, "check-range": 10, "check-none": 25,
}
# docs/schema.md, interface Check: the kinds, and the fields an expected check may give.
CHECK_KINDS = {"ratio", "change", "difference", "sum", "per-capita", "range"}
CHECK_KEYS = {"kind", "ok", "stated", "computed", "figures", "explain", "note"}
REQUIRED_CHECK_KEYS = {"kind", "ok", "stated", "computed", "figures"}
SCRIPTS = {"hant", "hans", "en", "mixed"}
ZH_SCRIPTS = {"hant", "hans"}
NEGATIVE_GROUPS = {"not-figure", "en-not-figure"}

# docs/schema.md, interface Figure.
KINDS = {"money", "percent", "count", "measure", "ratio", "multiple", "date", "duration", "rank",
         "identifier", "number"}
CHANGES = {"increase", "decrease"}
ROLES = {"from", "to"}
QUALIFIERS = {"about", "nearly", "over", "at-least", "under", "at-most"}
PERCENT_UNITS = {"%", "pp"}
# docs/schema.md, value conventions: the kinds whose unit is always null.
UNITLESS_KINDS = {"ratio", "multiple", "date", "rank", "identifier", "number"}
# tests/cases/README.md: per-unit prices (money), and counts and measures per a unit of their own.
PER_KINDS = {"money", "count", "measure"}

# ISO 4217 (list one, active codes and the few funds and metals; not XTS/XXX): money's unit.
ISO_4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN
BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN
MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR
SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD
USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU
XUA YER ZAR ZMW ZWG ZWL
""".split()) | {"DEM", "FRF", "FIM", "ESP", "NLG"}  # list three (withdrawn) codes news still names: 馬克, 法國法郎, 芬蘭馬克, pesetas, guilders

# tests/cases/README.md, the format.
CASE_KEYS = {"id", "group", "script", "text", "html", "figures", "exact", "note", "currency", "checks"}
REQUIRED_CASE_KEYS = {"id", "group", "script", "text"}  # and figures, or checks (a checks case)
FIGURE_KEYS = {"surface", "kind", "value", "low", "high", "unit", "per", "approximate", "change", "role",
               "iso", "qualifier", "period", "metric", "note"}
ID_RE = re.compile(r"[a-z]+(-[a-z]+)*-(hant|hans|en|mixed)(-[a-z]+)*-[0-9]{3}")  # fullmatch

# docs/schema.md: `iso` is ISO 8601 of what is stated; tests/cases/README.md: a century as its
# first two digits; a range of dates is an ISO 8601 interval of two (`2023-01/2023-07`).
ISO_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, --MM, --MM-DD, YYY (a decade), YY (a century)"
ISO_RE = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?"
                    r"|--(?P<nomonth>[0-9]{2})(?:-(?P<noday>[0-9]{2}))?"
                    r"|(?P<decade>[0-9]{3})|(?P<century>[0-9]{2})")  # fullmatch

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


class SetupError(Exception):
    """The validator cannot run (no unit list, bad arguments): exit code 2."""


# --- The unit list, from the Rust lexicon ------------------------------------------------------

UNIT_NAMES_DECL = re.compile(r"\b(?:static|const)\s+UNIT_NAMES\s*:[^=;]*=\s*&?\s*\[")
RUST_CHAR = re.compile(r"'(?:[^'\\\n]|\\(?:u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}|.))'")
RUST_RAW_STRING = re.compile(r'b?r(#*)"')
RUST_ESCAPE = re.compile(r"\\(u\{([0-9a-fA-F]{1,6})\}|x([0-9a-fA-F]{2})|\n\s*|.)")
PLACEHOLDER = re.compile(r'"#(\d+)"')


def rust_unescape(s):
    """The value of a Rust string literal's body (\\n, \\", \\u{b0}, a \\ before a line break)."""
    simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}

    def one(m):
        if m.group(2):
            return chr(int(m.group(2), 16))
        if m.group(3):
            return chr(int(m.group(3), 16))
        if m.group(1).startswith("\n"):
            return ""
        return simple.get(m.group(1), m.group(1))

    return RUST_ESCAPE.sub(one, s)


def rust_code_and_strings(src):
    """Rust source without comments, each string literal replaced by "#N"; and the strings' values.
    Char literals become ' ' (a '"' must not open a string); lifetimes are left alone."""
    out, strings, i, n = [], [], 0, len(src)
    while i < n:
        c = src[i]
        ident_before = i > 0 and (src[i - 1].isalnum() or src[i - 1] == "_")
        raw = None if ident_before else RUST_RAW_STRING.match(src, i)
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if src.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif src.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            out.append(" ")
        elif raw:
            close = '"' + raw.group(1)
            j = src.find(close, raw.end())
            j = n if j < 0 else j
            out.append(f'"#{len(strings)}"')
            strings.append(src[raw.end():j])
            i = j + len(close)
        elif c == '"' or (c == "b" and not ident_before and src.startswith('b"', i)):
            start = i + 1 if c == '"' else i + 2
            j = start
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            out.append(f'"#{len(strings)}"')
            strings.append(rust_unescape(src[start:j]))
            i = j + 1
        elif c == "'" and RUST_CHAR.match(src, i):
            out.append("' '")
            i = RUST_CHAR.match(src, i).end()
        else:
            out.append(c)
            i += 1
    return "".join(out), strings


def read_unit_names(lexicon_dir):
    """The strings of the one `UNIT_NAMES` array declared in any .rs file under lexicon_dir (searched
    recursively: the lexicon's files move)."""
    if not os.path.isdir(lexicon_dir):
        raise SetupError(f"no lexicon folder {lexicon_dir}")
    found = []
    for dirpath, dirnames, filenames in os.walk(lexicon_dir):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".rs"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as fh:
                code, strings = rust_code_and_strings(fh.read())
            for m in UNIT_NAMES_DECL.finditer(code):
                end = code.find("]", m.end())
                if end < 0:
                    raise SetupError(f"{path}: UNIT_NAMES is not closed by ]")
                body = code[m.end():end]
                if PLACEHOLDER.sub("", body).replace(",", "").strip():
                    raise SetupError(f"{path}: UNIT_NAMES holds something other than string literals")
                found.append((path, [strings[int(k)] for k in PLACEHOLDER.findall(body)]))
    if not found:
        raise SetupError(f"no .rs file under {lexicon_dir} declares UNIT_NAMES "
                         "(static or const UNIT_NAMES: ... = &[\"...\", ...])")
    if len(found) > 1:
        raise SetupError("UNIT_NAMES is declared more than once: " + ", ".join(p for p, _ in found))
    path, names = found[0]
    if not names:
        raise SetupError(f"{path}: UNIT_NAMES has no strings")
    return set(names)


class Units:
    """The canonical units: UNIT_NAMES, % and pp, and ISO 4217 currency codes."""

    def __init__(self, unit_names):
        self.names = set(unit_names) | PERCENT_UNITS
        self.currencies = ISO_4217
        self.known = self.names | self.currencies

    def is_currency(self, unit):
        return unit in self.currencies

    def unit_error(self, kind, unit):
        """Why `unit` cannot be this kind's unit, or None."""
        if unit is None:
            if kind == "count" or kind in UNITLESS_KINDS or kind not in KINDS:
                return None
            return f"a {kind} figure needs a unit"
        if not isinstance(unit, str):
            return f"unit {unit!r} is not a string"
        if unit not in self.known:
            return f"unit {unit!r} is not a canonical unit (UNIT_NAMES in src/lexicon, %, pp, ISO 4217)"
        if kind in UNITLESS_KINDS:
            return f"unit {unit!r} on a {kind} figure (its unit is null)"
        if kind == "money" and not self.is_currency(unit):
            return f"unit {unit!r} on a money figure is not an ISO 4217 code"
        if kind == "percent" and unit not in PERCENT_UNITS:
            return f"unit {unit!r} on a percent figure (% or pp)"
        if kind in ("count", "measure", "duration"):
            if self.is_currency(unit):
                return f"currency {unit!r} on a {kind} figure"
            if unit in PERCENT_UNITS:
                return f"unit {unit!r} on a {kind} figure"
        return None

    def per_error(self, per):
        if per is None:
            return None
        if not isinstance(per, str):
            return f"per {per!r} is not a string"
        if per not in self.known:
            return f"per {per!r} is not a canonical unit (UNIT_NAMES in src/lexicon)"
        if self.is_currency(per) or per in PERCENT_UNITS:
            return f"per {per!r}: a rate is per a thing, not per a currency or percent"
        return None


# --- Rows ---------------------------------------------------------------------------------------

def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def one_of(x, allowed):
    """x is one of the allowed strings (and not, say, a list, which `in` would choke on)."""
    return isinstance(x, str) and x in allowed


def is_whole(x):
    return is_number(x) and float(x).is_integer()


def same(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def script_errors(script, s):
    if script == "hant":
        bad = sorted({c for c in s if c in SIMP_ONLY})
        return f"Simplified characters in a hant case: {''.join(bad)}" if bad else None
    if script == "hans":
        bad = sorted({c for c in s if c in TRAD_ONLY})
        return f"Traditional characters in a hans case: {''.join(bad)}" if bad else None
    return None


def iso_errors(f, kind, errors, where):
    """`iso` (present): an ISO 8601 form of docs/schema.md, consistent with value, low and high."""
    iso = f["iso"]
    if iso is None:
        return  # the figure must have no iso
    if kind is not None and kind != "date":
        errors.append(f"{where}: iso on a {kind} figure")
    if isinstance(iso, str) and "/" in iso:
        # a range of dates: an ISO 8601 interval of two forms, value the first's year
        parts = iso.split("/")
        if len(parts) != 2:
            errors.append(f"{where}: iso {iso!r} is an interval of more than two dates")
            return
        for i, part in enumerate(parts):
            m = ISO_RE.fullmatch(part)
            if not m or m.group("decade") or m.group("century"):
                errors.append(f"{where}: iso {iso!r} is not one of the ISO 8601 forms {ISO_FORMS}, "
                              "nor an interval of two dates of the first five forms")
                return
            sub = {"iso": part}
            if i == 0 and "value" in f:
                sub["value"] = f["value"]
            iso_errors(sub, kind, errors, f"{where} (interval part {i + 1})")
        return
    m = ISO_RE.fullmatch(iso) if isinstance(iso, str) else None
    if not m:
        errors.append(f"{where}: iso {iso!r} is not one of the ISO 8601 forms {ISO_FORMS}")
        return
    value, lo, hi = f.get("value"), f.get("low"), f.get("high")
    g = m.groupdict()
    if g["year"] or g["nomonth"]:
        year = int(g["year"]) if g["year"] else 2000  # a leap year: --02-29 is a day
        month = g["month"] or g["nomonth"]
        day = g["day"] or g["noday"]
        if month is not None and not 1 <= int(month) <= 12:
            errors.append(f"{where}: iso {iso}: no month {month}")
        elif day is not None:
            try:
                datetime.date(year, int(month), int(day))
            except ValueError:
                errors.append(f"{where}: iso {iso}: no such day")
        if g["year"]:
            if "value" in f and not (is_number(value) and value == int(g["year"])):
                errors.append(f"{where}: value {value!r} is not the year of iso {iso}")
        elif "value" in f and value is not None:
            errors.append(f"{where}: a date without a year (iso {iso}) has value null")
    elif g["decade"]:
        first = int(g["decade"]) * 10
        if "value" in f and value != first:
            errors.append(f"{where}: a decade's value is its first year ({first} for iso {iso}), not {value!r}")
        if "low" in f and lo != first:
            errors.append(f"{where}: a decade's low is {first} for iso {iso}, not {lo!r}")
        if "high" in f and hi != first + 9:
            errors.append(f"{where}: a decade's high is {first + 9} for iso {iso}, not {hi!r}")
    else:
        first = int(g["century"]) * 100
        if "value" in f and value is not None:
            errors.append(f"{where}: a century (iso {iso}) has value null")
        if "low" in f and lo != first:
            errors.append(f"{where}: a century's low is {first} for iso {iso}, not {lo!r}")
        if "high" in f and hi != first + 99:
            errors.append(f"{where}: a century's high is {first + 99} for iso {iso}, not {hi!r}")


def check_figure(f, i, case, pos, errors, units):
    """One expected figure; returns where the next surface is searched from."""
    where = f"figure {i}"
    text = case.get("text") if isinstance(case.get("text"), str) else ""
    if not isinstance(f, dict):
        errors.append(f"{where}: not an object")
        return pos
    unknown = set(f) - FIGURE_KEYS
    if unknown:
        errors.append(f"{where}: unknown fields {sorted(unknown)} (known: {sorted(FIGURE_KEYS)})")

    surface = f.get("surface")
    if not isinstance(surface, str) or not surface:
        errors.append(f"{where}: surface missing or not a non-empty string")
    else:
        at = text.find(surface, pos)
        if at < 0:
            errors.append(f"{where}: surface {surface!r} not found in text"
                          + (" after the previous surface's start" if text.find(surface) >= 0 else ""))
        else:
            pos = at

    # Types and allowed values, field by field.
    kind = f.get("kind")
    if "kind" in f and not one_of(kind, KINDS):
        errors.append(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
        kind = None
    for key in ("value", "low", "high"):
        if key in f and f[key] is not None and not is_number(f[key]):
            errors.append(f"{where}: {key} {f[key]!r} is not a number")
    if "unit" in f:
        bad = units.unit_error(kind, f["unit"])
        if bad:
            errors.append(f"{where}: {bad}")
    if "per" in f:
        bad = units.per_error(f["per"])
        if bad:
            errors.append(f"{where}: {bad}")
        elif f["per"] is not None and kind is not None and kind not in PER_KINDS:
            errors.append(f"{where}: per on a {kind} figure (only money, count and measure carry per)")
        elif f["per"] is not None and f["per"] == f.get("unit"):
            errors.append(f"{where}: per {f['per']!r} is the figure's own unit")
    if "approximate" in f and not isinstance(f["approximate"], bool):
        errors.append(f"{where}: approximate must be true or false, not {f['approximate']!r}")
    if "change" in f and f["change"] is not None and not one_of(f["change"], CHANGES):
        errors.append(f"{where}: change {f['change']!r} is not increase, decrease or null")
    if "role" in f and f["role"] is not None and not one_of(f["role"], ROLES):
        errors.append(f"{where}: role {f['role']!r} is not from, to or null")
    if "qualifier" in f and f["qualifier"] is not None and not one_of(f["qualifier"], QUALIFIERS):
        errors.append(f"{where}: qualifier {f['qualifier']!r} is not one of {sorted(QUALIFIERS)}")
    for key in ("period", "metric"):
        if key in f and f[key] is not None:
            if not isinstance(f[key], str) or not f[key].strip():
                errors.append(f"{where}: {key} must be a non-empty string or null")
            else:
                bad = script_errors(case.get("script"), f[key])
                if bad:
                    errors.append(f"{where}: {key}: {bad}")
    if "note" in f and (not isinstance(f["note"], str) or not f["note"].strip()):
        errors.append(f"{where}: note must be a non-empty string")

    # Consistency between fields.
    value, lo, hi = f.get("value"), f.get("low"), f.get("high")
    if "role" in f and f["role"] is not None and "change" in f and f["change"] is None:
        errors.append(f"{where}: role {f['role']} with change null (from/to figures carry the change)")
    if is_number(lo) and is_number(hi) and lo > hi:
        errors.append(f"{where}: low {lo} > high {hi}")
    if is_number(value) and is_number(lo) and not same(value, lo):
        errors.append(f"{where}: value {value} is not low {lo} (a range's value is its low)")
    if is_number(value) and is_number(hi) and lo is None and not same(value, hi):
        errors.append(f"{where}: value {value} is not high {hi} (a bound with only high has value = high)")
    if "value" in f and value is None and kind not in ("date", "identifier"):
        if lo is None and hi is None:
            errors.append(f"{where}: null value on a {kind or 'figure'} that is not a vague amount (no low or high)")
        if f.get("approximate") is False:
            errors.append(f"{where}: a vague amount (value null) must be approximate")
    if kind == "identifier":
        if value is not None:
            errors.append(f"{where}: identifiers have value null")
        if lo is not None or hi is not None:
            errors.append(f"{where}: identifiers have no low or high")
    if kind in ("date", "rank") and is_number(value) and not is_whole(value):
        errors.append(f"{where}: a {kind}'s value is a whole number, not {value}")
    q = f.get("qualifier")
    if q is not None and f.get("approximate") is False:
        errors.append(f"{where}: a figure with a qualifier is approximate")
    # a stated bound on a single number; a range (low and high both set) keeps its own bounds
    ranged = lo is not None and hi is not None
    if q in ("over", "at-least") and is_number(value) and not ranged:
        if "low" in f and (not is_number(lo) or not same(lo, value)):
            errors.append(f"{where}: qualifier {q} sets low = value")
        if hi is not None:
            errors.append(f"{where}: qualifier {q} leaves high absent")
    if q in ("under", "at-most") and is_number(value) and not ranged:
        if "high" in f and (not is_number(hi) or not same(hi, value)):
            errors.append(f"{where}: qualifier {q} sets high = value")
        if lo is not None:
            errors.append(f"{where}: qualifier {q} leaves low absent")
    if "iso" in f:
        iso_errors(f, kind, errors, where)
    return pos


def check_case(case, errs, units):
    missing = REQUIRED_CASE_KEYS - set(case)
    if missing:
        errs.append(f"missing fields {sorted(missing)}")
    unknown = set(case) - CASE_KEYS
    if unknown:
        errs.append(f"unknown fields {sorted(unknown)} (known: {sorted(CASE_KEYS)})")
    script, group = case.get("script"), case.get("group")
    if not one_of(script, SCRIPTS):
        errs.append(f"script {script!r} is not one of {sorted(SCRIPTS)}")
        script = None
    if not one_of(group, GROUPS):
        near = difflib.get_close_matches(str(group), GROUPS, n=1)
        errs.append(f"group {group!r} is not a known group (GROUPS in check_cases.py)"
                    + (f"; did you mean {near[0]}?" if near else ""))
        group = None
    elif script in SCRIPTS:
        want = ({"en"} if group.startswith("en-") else {"mixed"} if group == "mixed"
                else ZH_SCRIPTS | {"en"} if group.startswith("check-") else ZH_SCRIPTS)
        if script not in want:
            errs.append(f"script {script} in group {group} (which takes {'/'.join(sorted(want))})")
    cid = case.get("id")
    if isinstance(cid, str) and ID_RE.fullmatch(cid) and script in SCRIPTS and f"-{script}-" not in cid:
        errs.append("id does not name the case's script")
    text = case.get("text")
    if not isinstance(text, str) or not text.strip():
        errs.append("text missing or not a non-empty string")
    elif "\r" in text:
        errs.append("text contains a carriage return")
    else:
        bad = script_errors(script, text)
        if bad:
            errs.append(bad)
    for key in ("html", "exact"):
        if key in case and not isinstance(case[key], bool):
            errs.append(f"{key} must be true or false, not {case[key]!r}")
    if "note" in case and (not isinstance(case["note"], str) or not case["note"].strip()):
        errs.append("note must be a non-empty string")
    # v1.1: the article's meta.currency, an ISO 4217 code, or null for "absent"
    if "currency" in case and case["currency"] is not None and not one_of(case["currency"], ISO_4217):
        errs.append(f"currency {case['currency']!r} is not an ISO 4217 code or null")
    if "checks" in case or (isinstance(group, str) and group.startswith("check-")):
        check_checks(case, group, errs)
    figs = case.get("figures", [] if "checks" in case else None)
    if not isinstance(figs, list):
        errs.append("figures must be a list" + ("" if "checks" in case else " (or give checks)"))
        figs = []
    if not figs and case.get("exact") is False:
        errs.append("a negative case (figures []) must be exact")
    if group in NEGATIVE_GROUPS and case.get("exact") is False:
        errs.append(f"a {group} case must be exact: it shows that nothing else is read")
    pos = 0
    for i, f in enumerate(figs):
        pos = check_figure(f, i, case, pos, errs, units)
    if group == "metric-period":
        for i, f in enumerate(figs):
            if isinstance(f, dict) and f.get("kind") not in ("date", "identifier") \
                    and "metric" not in f and "period" not in f:
                errs.append(f"figure {i}: a metric-period case should check metric or period")


def no_duplicate_keys(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise ValueError(f"duplicate key {k!r}")
        seen[k] = v
    return seen


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def check_file(path, units, ids, shown=None):
    """The cases of one table and its errors; `ids` (id -> where) is shared between tables."""
    shown = shown or path
    errors, cases = [], []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line
    for n, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"{shown}:{n}: empty line")
            continue
        try:
            case = json.loads(line, object_pairs_hook=no_duplicate_keys, parse_constant=reject_constant)
        except ValueError as e:
            errors.append(f"{shown}:{n}: JSON: {e}")
            continue
        if not isinstance(case, dict):
            errors.append(f"{shown}:{n}: not a JSON object")
            continue
        cid = case.get("id")
        label = f"{shown}:{n} {cid if isinstance(cid, str) else '?'}"
        errs = []
        if not isinstance(cid, str) or not ID_RE.fullmatch(cid):
            errs.append(f"id {cid!r} does not look like <group>-<script>-NNN (lower case, a word may follow the script)")
        elif cid in ids:
            errs.append(f"duplicate id {cid} (first at {ids[cid]})")
        else:
            ids[cid] = f"{shown}:{n}"
        check_case(case, errs, units)
        errors.extend(f"{label}: {e}" for e in errs)
        cases.append(case)
    return cases, errors


def label(x):
    """A group or script as a dict key, even when a row has a list there."""
    return x if isinstance(x, str) or x is None else repr(x)


def check_checks(case, group, errs):
    """v1.1: a case's expected `checks` (tests/cases/README.md): each a known kind, ok true or false,
    stated and computed finite numbers, and the surfaces of its figures (stated result first) found
    in the text; a check-K group's checks are of kind K, and a check-none case expects none."""
    checks = case.get("checks")
    if not isinstance(checks, list):
        errs.append("checks must be a list (a check-… case lists the checks it expects, [] for none)")
        return
    text = case.get("text") if isinstance(case.get("text"), str) else ""
    kind_of_group = group[len("check-"):] if isinstance(group, str) and group.startswith("check-") else None
    if kind_of_group == "none" and checks:
        errs.append("a check-none case expects no check")
    if kind_of_group in CHECK_KINDS and not any(isinstance(c, dict) and c.get("kind") == kind_of_group for c in checks):
        errs.append(f"a {group} case expects at least one {kind_of_group} check")
    for i, c in enumerate(checks):
        where = f"check {i}"
        if not isinstance(c, dict):
            errs.append(f"{where}: not an object")
            continue
        missing = REQUIRED_CHECK_KEYS - set(c)
        if missing:
            errs.append(f"{where}: missing fields {sorted(missing)}")
        unknown = set(c) - CHECK_KEYS
        if unknown:
            errs.append(f"{where}: unknown fields {sorted(unknown)} (known: {sorted(CHECK_KEYS)})")
        if "kind" in c and not one_of(c["kind"], CHECK_KINDS):
            errs.append(f"{where}: kind {c['kind']!r} is not one of {sorted(CHECK_KINDS)}")
        if "ok" in c and not isinstance(c["ok"], bool):
            errs.append(f"{where}: ok must be true or false, not {c['ok']!r}")
        for key in ("stated", "computed"):
            if key in c and not is_number(c[key]):
                errs.append(f"{where}: {key} must be a finite number, not {c[key]!r}")
        if "explain" in c and (not isinstance(c["explain"], str) or not c["explain"]):
            errs.append(f"{where}: explain must be a non-empty string")
        figs = c.get("figures")
        if "figures" in c:
            if not isinstance(figs, list) or len(figs) < 2 or not all(isinstance(f, str) and f for f in figs):
                errs.append(f"{where}: figures must list at least two surfaces (the stated result first)")
            else:
                for f in figs:
                    if f not in text:
                        errs.append(f"{where}: surface {f!r} is not in the text")


def group_problems(cases):
    """Over all the tables checked: each group present has its minimum size, and a Chinese group
    is balanced between the scripts."""
    by_group = defaultdict(Counter)
    for c in cases:
        by_group[label(c.get("group"))][label(c.get("script"))] += 1
    problems = []
    for g, row in by_group.items():
        total, minimum = sum(row.values()), GROUPS.get(g, 0)
        if total < minimum:
            problems.append(f"group {g}: {total} cases, fewer than {minimum}")
        hant, hans = row["hant"], row["hans"]
        if hant + hans == 0:
            continue  # English and mixed groups have one script by design
        if not (hant and hans):
            problems.append(f"group {g}: Chinese cases in one script only ({hant} hant, {hans} hans)")
        elif not 0.35 <= hant / (hant + hans) <= 0.65:
            problems.append(f"group {g}: hant/hans unbalanced ({hant}/{hans})")
    return problems


def report(cases):
    by_group = defaultdict(Counter)
    for c in cases:
        by_group[label(c.get("group"))][label(c.get("script"))] += 1
    scripts = sorted({c["script"] for c in cases if isinstance(c.get("script"), str)})
    print(f"  {'group':<17}" + "".join(f"{s:>7}" for s in scripts) + f"{'total':>7}{'min':>6}")
    for g in [g for g in GROUPS if g in by_group] + sorted(set(by_group) - set(GROUPS), key=str):
        row = by_group[g]
        print(f"  {str(g):<17}" + "".join(f"{row[s]:>7}" for s in scripts)
              + f"{sum(row.values()):>7}{GROUPS.get(g, 0):>6}")
    nfig = sum(len(c["figures"]) for c in cases if isinstance(c.get("figures"), list))
    kinds = Counter(label(f.get("kind")) for c in cases if isinstance(c.get("figures"), list)
                    for f in c["figures"] if isinstance(f, dict))
    print(f"  figures: {nfig}; by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print(f"  negative cases (figures []): {sum(1 for c in cases if c.get('figures') == [])}; "
          f"exact false: {sum(1 for c in cases if c.get('exact') is False)}")


def all_tables(folder):
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        found.extend(os.path.join(dirpath, n) for n in sorted(filenames) if n.endswith(".jsonl"))
    return found


def validate(paths, units, show_report=False, out=print, groups=True):
    """Check tables; the list of errors (empty: clean). `groups`: also check group sizes and balance."""
    all_errors, all_cases, ids = [], [], {}
    for path in paths:
        shown = os.path.relpath(path, ROOT) if os.path.abspath(path).startswith(ROOT + os.sep) else path
        cases, errors = check_file(path, units, ids, shown)
        out(f"{shown}: {len(cases)} cases, {len(errors)} error(s)")
        if show_report:
            report(cases)
        all_errors.extend(errors)
        all_cases.extend(cases)
    if groups:
        all_errors.extend(group_problems(all_cases))
    return all_errors


def main(argv):
    args = argv[1:]
    show_report = False
    lexicon = os.path.join(ROOT, "src", "lexicon")
    paths = []
    while args:
        a = args.pop(0)
        if a == "--report":
            show_report = True
        elif a == "--lexicon":
            if not args:
                print("check_cases: --lexicon needs a folder", file=sys.stderr)
                return 2
            lexicon = args.pop(0)
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a.startswith("-"):
            print(f"check_cases: unknown option {a}", file=sys.stderr)
            return 2
        else:
            paths.append(a)
    try:
        units = Units(read_unit_names(lexicon))
    except SetupError as e:
        print(f"check_cases: {e}", file=sys.stderr)
        return 2
    paths = paths or all_tables(HERE)
    if not paths:
        print(f"check_cases: no .jsonl tables under {HERE}", file=sys.stderr)
        return 2
    errors = validate(paths, units, show_report)
    for e in errors:
        print("ERROR", e)
    print("case tables: clean" if not errors else f"case tables: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
