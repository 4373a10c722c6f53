#!/usr/bin/env python3
"""Self-test of check_cases.py: rows that must pass, rows that must be rejected (each for its own
reason), the unit list read from a lexicon wherever it moves, and the exit codes. If the validator
stopped rejecting anything, this fails.

Usage: python3 tests/cases/test_check_cases.py  (npm test runs it)
"""
import copy
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in tests/cases
import check_cases as cc  # noqa: E402

UNITS = cc.Units(cc.read_unit_names(os.path.join(cc.ROOT, "src", "lexicon")))

# Valid rows, each exercising something the contract allows and an older validator rejected.
GOOD = [
    {"id": "pct-hant-001", "group": "news-other", "script": "hant", "text": "營收同比增長12.5%。",
     "figures": [{"surface": "12.5%", "kind": "percent", "value": 12.5, "unit": "%", "change": "increase",
                  "approximate": False, "period": "同比", "metric": "營收"}]},
    # a decade (iso: its first three digits) and a century (two digits, value null)
    {"id": "date-hans-001", "group": "news-other", "script": "hans", "text": "九十年代和19世纪。",
     "figures": [{"surface": "九十年代", "kind": "date", "value": 1990, "low": 1990, "high": 1999, "iso": "199",
                  "approximate": False},
                 {"surface": "19世纪", "kind": "date", "value": None, "low": 1800, "high": 1899, "iso": "18",
                  "approximate": False}]},
    # per on a count and a measure; per null; iso null; a figure with only a surface and a change
    {"id": "count-hant-001", "group": "news-other", "script": "hant",
     "text": "每平方公里6300人，每秒45米，時速350公里，5月8日，增長3%。",
     "figures": [{"surface": "6300人", "kind": "count", "value": 6300, "unit": "person", "per": "km2"},
                 {"surface": "45米", "kind": "measure", "value": 45, "unit": "m", "per": "second"},
                 {"surface": "350公里", "kind": "measure", "unit": "km/h", "per": None},
                 {"surface": "8日", "kind": "date", "iso": None},
                 {"surface": "3%", "change": "increase"}]},
    # English units from the lexicon; a per unit the lexicon has; a note; v1.1 qualifiers
    {"id": "meas-en-001", "group": "en-measure", "script": "en", "note": "a comment for people",
     "text": "It covers 300 acres, gas costs $3.45 a gallon, more than 200 people came and under 5% left.",
     "figures": [{"surface": "300 acres", "kind": "measure", "value": 300, "unit": "acre"},
                 {"surface": "$3.45", "kind": "money", "value": 3.45, "unit": "USD", "per": "gal"},
                 {"surface": "200 people", "kind": "count", "value": 200, "low": 200, "qualifier": "over",
                  "approximate": True, "note": "v1.1"},
                 {"surface": "5%", "kind": "percent", "value": 5, "high": 5, "qualifier": "under"}]},
    # a not-figure case may list the real figures around what must not be read (exact)
    {"id": "neg-hans-001", "group": "not-figure", "script": "hans", "text": "3天后再来复查。",
     "figures": [{"surface": "3天", "kind": "duration", "value": 3, "unit": "day", "approximate": False}]},
    # a word after the script in the id; a vague amount; a negative case
    {"id": "news-economy-hans-semicolon-001", "group": "news-economy", "script": "hans", "text": "上百人到场。",
     "figures": [{"surface": "上百人", "kind": "count", "value": None, "low": 100, "approximate": True}]},
    {"id": "neg-en-001", "group": "en-not-figure", "script": "en", "text": "COVID-19 and G20.", "figures": []},
    # v1.1: the article's meta.currency, a code or null (absent)
    {"id": "cur-hant-001", "group": "news-other", "script": "hant", "text": "台北市撥款5億元。", "currency": "TWD",
     "figures": [{"surface": "5億元", "kind": "money", "value": 500000000, "unit": "TWD"}]},
    {"id": "cur-hans-001", "group": "news-other", "script": "hans", "text": "公司投资5亿元。", "currency": None,
     "figures": [{"surface": "5亿元", "unit": "CNY"}]},
    # v1.1 checks: a checks case without figures (in an English or Chinese script), and one that expects none
    {"id": "check-ratio-hant-001", "group": "check-ratio", "script": "hant",
     "text": "城鎮和農村居民人均可支配收入分別為63792元和42830元，城鄉居民收入倍差為1.49:1。",
     "checks": [{"kind": "ratio", "ok": True, "stated": 1.49, "computed": 1.489423, "figures": ["1.49:1", "63792元", "42830元"],
                 "explain": "63792 ÷ 42830 = 1.489 ≈ 1.49", "note": "the seed's ratio"}]},
    {"id": "check-none-en-001", "group": "check-none", "script": "en",
     "text": "Revenue rose 8%, while the share price climbed from $40 to $52.", "checks": []},
]


def with_change(row, path, value):
    """A deep copy of row with row[path...] set to value (or deleted when value is DELETE)."""
    row = copy.deepcopy(row)
    target = row
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return row


DELETE = object()
PCT, DATES, UNITS_ROW, EN = GOOD[0], GOOD[1], GOOD[2], GOOD[3]
CHECK, NO_CHECK = GOOD[9], GOOD[10]

# (what is wrong, the bad row, a fragment of the error it must get)
BAD = [
    ("unknown case key", with_change(PCT, ["comment"], "x"), "unknown fields ['comment']"),
    ("unknown figure key", with_change(PCT, ["figures", 0, "text"], "12.5%"), "unknown fields ['text']"),
    ("missing text", with_change(PCT, ["text"], DELETE), "missing fields ['text']"),
    ("value as a string", with_change(PCT, ["figures", 0, "value"], "12.5"), "value '12.5' is not a number"),
    ("value as a boolean", with_change(PCT, ["figures", 0, "value"], True), "value True is not a number"),
    ("approximate as a string", with_change(PCT, ["figures", 0, "approximate"], "false"), "approximate must be true or false"),
    ("exact as a string", with_change(PCT, ["exact"], "yes"), "exact must be true or false"),
    ("html as a number", with_change(PCT, ["html"], 1), "html must be true or false"),
    ("figures not a list", with_change(PCT, ["figures"], {}), "figures must be a list"),
    ("kind outside the contract", with_change(PCT, ["figures", 0, "kind"], "amount"), "kind 'amount' is not one of"),
    ("kind null", with_change(PCT, ["figures", 0, "kind"], None), "kind None is not one of"),
    ("unknown unit", with_change(EN, ["figures", 0, "unit"], "acres"), "unit 'acres' is not a canonical unit"),
    ("percent with a measure unit", with_change(PCT, ["figures", 0, "unit"], "m"), "on a percent figure"),
    ("money in a non-currency", with_change(EN, ["figures", 1, "unit"], "TEU"), "not an ISO 4217 code"),
    ("count in a currency", with_change(UNITS_ROW, ["figures", 0, "unit"], "CNY"), "currency 'CNY' on a count"),
    ("a ratio with a unit", with_change(PCT, ["figures", 0], {"surface": "12.5%", "kind": "ratio", "unit": "%"}),
     "on a ratio figure"),
    ("a measure with no unit", with_change(UNITS_ROW, ["figures", 1, "unit"], None), "a measure figure needs a unit"),
    ("per not a unit", with_change(UNITS_ROW, ["figures", 0, "per"], "sq km"), "per 'sq km' is not a canonical unit"),
    ("per a currency", with_change(UNITS_ROW, ["figures", 0, "per"], "USD"), "not per a currency"),
    ("per on a percent", with_change(PCT, ["figures", 0, "per"], "share"), "per on a percent figure"),
    ("surface not in text", with_change(PCT, ["figures", 0, "surface"], "12.6%"), "not found in text"),
    ("surface empty", with_change(PCT, ["figures", 0, "surface"], ""), "surface missing"),
    ("surfaces out of order", with_change(UNITS_ROW, ["figures"], list(reversed(UNITS_ROW["figures"]))),
     "after the previous surface's start"),
    ("month 13", with_change(DATES, ["figures", 0], {"surface": "九十年代", "kind": "date", "iso": "1990-13"}),
     "no month 13"),
    ("no such day", with_change(DATES, ["figures", 0], {"surface": "九十年代", "kind": "date", "iso": "--02-30"}),
     "no such day"),
    ("decade as 1990s", with_change(DATES, ["figures", 0, "iso"], "1990s"), "is not one of the ISO 8601 forms"),
    ("iso with slashes", with_change(DATES, ["figures", 0], {"surface": "九十年代", "kind": "date", "iso": "2021/05"}),
     "is not one of the ISO 8601 forms"),
    ("an interval of three dates", with_change(DATES, ["figures", 0], {"surface": "九十年代", "kind": "date",
                                                                       "iso": "2021/2022/2023"}), "more than two"),
    ("iso with a trailing newline", with_change(DATES, ["figures", 0], {"surface": "九十年代", "kind": "date",
                                                                         "iso": "2021\n"}), "ISO 8601 forms"),
    ("iso not a string", with_change(DATES, ["figures", 0, "iso"], 199), "ISO 8601 forms"),
    ("decade value not its first year", with_change(DATES, ["figures", 0, "iso"], "198"), "a decade's value"),
    ("century with a value", with_change(DATES, ["figures", 1, "value"], 1800), "a century (iso 18) has value null"),
    ("century high", with_change(DATES, ["figures", 1, "high"], 1900), "a century's high is 1899"),
    ("year not the value", with_change(DATES, ["figures", 0], {"surface": "九十年代", "kind": "date", "value": 2020,
                                                              "iso": "2021"}), "is not the year of iso 2021"),
    ("a day without a year with a value", with_change(UNITS_ROW, ["figures", 3], {"surface": "8日", "kind": "date",
                                                                                  "value": 8, "iso": "--05-08"}),
     "a date without a year"),
    ("iso on a percent", with_change(PCT, ["figures", 0, "iso"], "2021"), "iso on a percent figure"),
    ("low above high", with_change(DATES, ["figures", 1, "high"], 1700), "low 1800 > high 1700"),
    ("value not low", with_change(EN, ["figures", 2, "low"], 190), "is not low 190"),
    ("value not high", with_change(EN, ["figures", 3, "high"], 6), "is not high 6"),
    ("vague amount not approximate", with_change(GOOD[5], ["figures", 0, "approximate"], False),
     "a vague amount (value null) must be approximate"),
    ("null value and no range", with_change(GOOD[5], ["figures", 0, "low"], DELETE), "not a vague amount"),
    ("identifier with a value", with_change(PCT, ["figures", 0], {"surface": "12.5%", "kind": "identifier",
                                                                  "value": 12.5, "unit": None}),
     "identifiers have value null"),
    ("fractional rank", with_change(PCT, ["figures", 0], {"surface": "12.5%", "kind": "rank", "value": 12.5}),
     "a rank's value is a whole number"),
    ("change outside the contract", with_change(PCT, ["figures", 0, "change"], "up"), "change 'up' is not"),
    ("role outside the contract", with_change(PCT, ["figures", 0, "role"], "via"), "role 'via' is not"),
    ("role with change null", with_change(PCT, ["figures", 0], {"surface": "12.5%", "role": "to", "change": None}),
     "with change null"),
    ("qualifier outside the contract", with_change(EN, ["figures", 2, "qualifier"], "around"), "qualifier 'around'"),
    ("qualifier without approximate", with_change(EN, ["figures", 2, "approximate"], False),
     "a figure with a qualifier is approximate"),
    ("at-most with a low", with_change(EN, ["figures", 3], {"surface": "5%", "value": 5, "low": 5,
                                                           "qualifier": "at-most"}), "leaves low absent"),
    ("over with a high", with_change(EN, ["figures", 2], {"surface": "200 people", "value": 200, "high": 200,
                                                         "qualifier": "over", "approximate": True}),
     "leaves high absent"),
    ("metric empty", with_change(PCT, ["figures", 0, "metric"], " "), "metric must be a non-empty string or null"),
    ("note empty", with_change(PCT, ["note"], ""), "note must be a non-empty string"),
    ("Simplified in a hant case", with_change(PCT, ["text"], "营收同比增长12.5%。"), "Simplified characters"),
    ("Traditional metric in a hans case", with_change(DATES, ["figures", 0, "metric"], "產量"),
     "Traditional characters"),
    ("a Chinese script in an English group", with_change(EN, ["script"], "hans"), "script hans in group en-measure"),
    ("unknown group", with_change(EN, ["group"], "en-number"), "did you mean en-numbers?"),
    ("unknown script", with_change(EN, ["script"], "english"), "script 'english' is not one of"),
    ("group as a list", with_change(EN, ["group"], ["en-measure"]), "is not a known group"),
    ("kind as a list", with_change(PCT, ["figures", 0, "kind"], ["percent"]), "kind ['percent'] is not one of"),
    ("change as an object", with_change(PCT, ["figures", 0, "change"], {"up": 1}), "is not increase, decrease"),
    ("id without the script", with_change(EN, ["id"], "meas-001"), "does not look like"),
    ("id naming another script", with_change(EN, ["id"], "meas-hans-001"), "id does not name the case's script"),
    ("id upper case", with_change(EN, ["id"], "MEAS-en-001"), "does not look like"),
    ("negative case not exact", with_change(GOOD[6], ["exact"], False), "a negative case (figures []) must be exact"),
    ("not-figure case not exact", with_change(GOOD[4], ["exact"], False), "a not-figure case must be exact"),
    ("currency not a code", with_change(GOOD[7], ["currency"], "NT$"), "currency 'NT$' is not an ISO 4217 code"),
    ("currency as a list", with_change(GOOD[7], ["currency"], ["TWD"]), "is not an ISO 4217 code"),
    # v1.1 checks
    ("neither figures nor checks", with_change(CHECK, ["checks"], DELETE), "checks must be a list"),
    ("check kind outside the contract", with_change(CHECK, ["checks", 0, "kind"], "multiple"), "kind 'multiple' is not one of"),
    ("check ok as a string", with_change(CHECK, ["checks", 0, "ok"], "true"), "ok must be true or false"),
    ("check stated as a string", with_change(CHECK, ["checks", 0, "stated"], "1.49"), "stated must be a finite number"),
    ("check computed missing", with_change(CHECK, ["checks", 0, "computed"], DELETE), "missing fields ['computed']"),
    ("check surface not in text", with_change(CHECK, ["checks", 0, "figures", 1], "63793元"), "surface '63793元' is not in the text"),
    ("check with one figure", with_change(CHECK, ["checks", 0, "figures"], ["1.49:1"]), "at least two surfaces"),
    ("unknown check key", with_change(CHECK, ["checks", 0, "value"], 1), "unknown fields ['value']"),
    ("a check-ratio case with no ratio check", with_change(CHECK, ["checks", 0, "kind"], "sum"),
     "expects at least one ratio check"),
    ("a check-none case with a check", with_change(NO_CHECK, ["checks"], CHECK["checks"]), "expects no check"),
    ("a checks case in the mixed script", with_change(NO_CHECK, ["script"], "mixed"), "script mixed in group check-none"),
]

# Lines that are not even rows.
BAD_LINES = [
    ("not JSON", '{"id": "x-en-001",', "JSON:"),
    ("a duplicate key", '{"id": "a-en-001", "id": "a-en-002", "group": "en-money", "script": "en", "text": "x", '
                        '"figures": []}', "duplicate key 'id'"),
    ("NaN", '{"id": "a-en-001", "group": "en-money", "script": "en", "text": "1 x", '
            '"figures": [{"surface": "1", "value": NaN}]}', "NaN is not JSON"),
    ("an array", "[1, 2]", "not a JSON object"),
    ("an empty line", "", "empty line"),
]


def run(lines, name="t.jsonl", more=None, groups=False):
    """Validate a temporary table of these lines (and optionally a second table); the errors.
    Group sizes and balance are left out unless `groups`: these tables are small on purpose."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, ls in ((name, lines), ("u.jsonl", more)):
            if ls is None:
                continue
            path = os.path.join(tmp, n)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("\n".join(ls) + "\n")
            paths.append(path)
        return cc.validate(paths, UNITS, out=lambda *a: None, groups=groups)


def dumps(row):
    return json.dumps(row, ensure_ascii=False)


class Rows(unittest.TestCase):
    def test_good_rows_pass(self):
        self.assertEqual(run([dumps(r) for r in GOOD]), [])

    def test_each_bad_row_is_rejected_for_its_reason(self):
        for what, row, fragment in BAD:
            with self.subTest(what):
                errors = run([dumps(row)])
                self.assertTrue(any(fragment in e for e in errors),
                                f"{what}: want an error with {fragment!r}, got {errors}")

    def test_each_bad_line_is_rejected(self):
        for what, line, fragment in BAD_LINES:
            with self.subTest(what):
                errors = run([dumps(GOOD[0]), line])
                self.assertTrue(any(fragment in e for e in errors), f"{what}: got {errors}")

    def test_duplicate_ids_within_and_across_tables(self):
        self.assertTrue(any("duplicate id pct-hant-001" in e for e in run([dumps(PCT), dumps(PCT)])))
        self.assertTrue(any("duplicate id pct-hant-001" in e for e in run([dumps(PCT)], more=[dumps(PCT)])))

    def test_groups_are_balanced_and_big_enough(self):
        # one Chinese script only, and a group below its minimum
        errors = run([dumps(with_change(PCT, ["group"], "percent"))], groups=True)
        self.assertTrue(any("group percent: 1 cases, fewer than 40" in e for e in errors), errors)
        self.assertTrue(any("group percent: Chinese cases in one script only" in e for e in errors), errors)
        # English groups have one script by design
        self.assertEqual(run([dumps(EN), dumps(GOOD[6])], groups=True), [])

    def test_the_real_tables_are_clean(self):
        self.assertEqual(cc.validate(cc.all_tables(HERE), UNITS, out=lambda *a: None), [])


class UnitList(unittest.TestCase):
    def test_read_from_the_lexicon(self):
        names = cc.read_unit_names(os.path.join(cc.ROOT, "src", "lexicon"))
        for unit in ("person", "km/h", "°C", "person-time", "CNY", "acre"):
            self.assertIn(unit, names)

    def write(self, tmp, rel, text):
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)

    def test_found_wherever_it_moves(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.write(tmp, "zh.rs", "/// 1 + the index in [`UNIT_NAMES`]\nconst Q: char = '\"';\n")
            self.write(tmp, "units/names.rs",
                       "#[rustfmt::skip]\npub(crate) const UNIT_NAMES: &[&str] = &[\n"
                       '    "a", /* "b", */ "c", // "d"\n    "\\u{b0}C", r#"x]y"#,\n];\n')
            self.assertEqual(cc.read_unit_names(tmp), {"a", "c", "°C", "x]y"})

    def test_missing_or_twice_is_an_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.write(tmp, "a.rs", "// static UNIT_NAMES: &[&str] = &[\"a\"];\n")
            with self.assertRaisesRegex(cc.SetupError, "declares UNIT_NAMES"):
                cc.read_unit_names(tmp)
            self.write(tmp, "b.rs", 'pub static UNIT_NAMES: &[&str] = &["a"];\n')
            self.write(tmp, "c/d.rs", 'pub static UNIT_NAMES: &[&str] = &["b"];\n')
            with self.assertRaisesRegex(cc.SetupError, "more than once"):
                cc.read_unit_names(tmp)


class ExitCodes(unittest.TestCase):
    def status(self, *args):
        return subprocess.run([sys.executable, os.path.join(HERE, "check_cases.py"), *args],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode

    def test_exit_codes(self):
        with tempfile.TemporaryDirectory() as tmp:
            good, bad = os.path.join(tmp, "good.jsonl"), os.path.join(tmp, "bad.jsonl")
            with open(good, "w", encoding="utf-8") as fh:
                fh.write(dumps(EN) + "\n" + dumps(GOOD[6]) + "\n")  # English groups: no minimum
            with open(bad, "w", encoding="utf-8") as fh:
                fh.write(dumps(BAD[0][1]) + "\n")
            self.assertEqual(self.status(good), 0)
            self.assertEqual(self.status(bad), 1)
            self.assertEqual(self.status("--lexicon", os.path.join(tmp, "nowhere"), good), 2)
            self.assertEqual(self.status("--nope"), 2)


if __name__ == "__main__":
    unittest.main(verbosity=1)
