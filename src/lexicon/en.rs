//! English language knowledge, as tables. Rows are matched on the folded
//! (lower-case) text, so write them in lower case; one row per word form.

use super::Words;
use crate::model::Kind;

use Kind::{Count as C, Duration as D, Measure as M, Money as Y, Percent as P};

/// Number words: (word, value). Tens and units combine (`twenty-three`).
#[rustfmt::skip]
pub static NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0), ("six", 6.0),
    ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0), ("eleven", 11.0), ("twelve", 12.0),
    ("thirteen", 13.0), ("fourteen", 14.0), ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0),
    ("eighteen", 18.0), ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0),
    ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0),
    ("dozen", 12.0), ("a dozen", 12.0), ("a hundred", 100.0), ("a thousand", 1e3), ("a million", 1e6),
    ("a billion", 1e9), ("half a million", 5e5), ("half a billion", 5e8), ("half a", 0.5), ("half an", 0.5),
];

/// Scale words after a number: `3.5 million`, `$3bn`, `10k`, `2 lakh`.
#[rustfmt::skip]
pub static SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0), ("thousand", 1e3), ("k", 1e3), ("million", 1e6), ("mn", 1e6), ("mln", 1e6), ("m", 1e6),
    ("billion", 1e9), ("bn", 1e9), ("bln", 1e9), ("b", 1e9), ("trillion", 1e12), ("tn", 1e12), ("trn", 1e12),
    ("lakh", 1e5), ("lakhs", 1e5), ("lac", 1e5), ("crore", 1e7), ("crores", 1e7), ("thousands", 1e3),
    ("millions", 1e6), ("billions", 1e9),
];

/// Ordinal words: (word, value).
#[rustfmt::skip]
pub static ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0), ("second", 2.0), ("third", 3.0), ("fourth", 4.0), ("fifth", 5.0), ("sixth", 6.0),
    ("seventh", 7.0), ("eighth", 8.0), ("ninth", 9.0), ("tenth", 10.0), ("eleventh", 11.0), ("twelfth", 12.0),
    ("thirteenth", 13.0), ("fifteenth", 15.0), ("twentieth", 20.0), ("hundredth", 100.0),
];

/// Fractions: (word, percent of the whole).
#[rustfmt::skip]
pub static FRACTIONS: &[(&str, f64)] = &[
    ("half", 50.0), ("a half", 50.0), ("one half", 50.0), ("a third", 100.0 / 3.0), ("one third", 100.0 / 3.0),
    ("one-third", 100.0 / 3.0), ("two thirds", 200.0 / 3.0), ("two-thirds", 200.0 / 3.0), ("a quarter", 25.0),
    ("one quarter", 25.0), ("one-quarter", 25.0), ("three quarters", 75.0), ("three-quarters", 75.0),
    ("a fifth", 20.0), ("one fifth", 20.0), ("one-fifth", 20.0), ("two fifths", 40.0), ("a tenth", 10.0),
    ("one tenth", 10.0), ("one-tenth", 10.0),
];

/// Vague amounts: (words, low, high). The counted noun follows `of`.
#[rustfmt::skip]
pub static VAGUE: &[(&str, f64, f64)] = &[
    ("dozens of", 20.0, 90.0), ("scores of", 40.0, 90.0), ("hundreds of", 200.0, 900.0), ("thousands of", 2e3, 9e3),
    ("tens of thousands of", 2e4, 9e4), ("hundreds of thousands of", 2e5, 9e5), ("millions of", 2e6, 9e6),
    ("tens of millions of", 2e7, 9e7), ("hundreds of millions of", 2e8, 9e8), ("billions of", 2e9, 9e9),
];

/// Whole phrases that are durations: (phrase, value, unit).
pub static DURATION_PHRASES: &[(&str, f64, &str)] = &[
    ("a decade", 10.0, "year"),
    ("a century", 100.0, "year"),
    ("a fortnight", 2.0, "week"),
];

/// Multiple words: (word, factor, is it a rise).
#[rustfmt::skip]
pub static MULTIPLE_WORDS: &[(&str, f64, bool)] = &[
    ("doubled", 2.0, true), ("doubling", 2.0, true), ("tripled", 3.0, true), ("trebled", 3.0, true),
    ("tripling", 3.0, true), ("quadrupled", 4.0, true), ("halved", 0.5, false), ("halving", 0.5, false),
    ("twofold", 2.0, true), ("two-fold", 2.0, true), ("threefold", 3.0, true), ("three-fold", 3.0, true),
    ("fourfold", 4.0, true), ("fivefold", 5.0, true), ("tenfold", 10.0, true), ("ten-fold", 10.0, true),
];

// The same row shape as the Chinese units: word, kind, canonical unit, factor
// (a factor only converts subunits: `cents` → 0.01, `basis points` → 0.01 pp).
use super::units::u;
pub use super::units::UnitRow;

/// Words after a number (and its scale), longest match wins.
#[rustfmt::skip]
pub static UNITS: &[UnitRow] = &[
    // percent
    u("percent", P, Some("%"), 1.0), u("per cent", P, Some("%"), 1.0), u("pct", P, Some("%"), 1.0),
    u("percentage points", P, Some("pp"), 1.0), u("percentage point", P, Some("pp"), 1.0),
    u("basis points", P, Some("pp"), 0.01), u("basis point", P, Some("pp"), 0.01), u("bps", P, Some("pp"), 0.01),
    u("bp", P, Some("pp"), 0.01),
    // money written after the amount
    u("dollars", Y, Some("USD"), 1.0), u("dollar", Y, Some("USD"), 1.0), u("us dollars", Y, Some("USD"), 1.0),
    u("euros", Y, Some("EUR"), 1.0), u("euro", Y, Some("EUR"), 1.0), u("pounds", Y, Some("GBP"), 1.0),
    u("pounds sterling", Y, Some("GBP"), 1.0), u("pence", Y, Some("GBP"), 0.01), u("p", Y, Some("GBP"), 0.01),
    u("cents", Y, Some("USD"), 0.01), u("cent", Y, Some("USD"), 0.01), u("yuan", Y, Some("CNY"), 1.0),
    u("renminbi", Y, Some("CNY"), 1.0), u("yen", Y, Some("JPY"), 1.0), u("won", Y, Some("KRW"), 1.0),
    u("rupees", Y, Some("INR"), 1.0), u("rupee", Y, Some("INR"), 1.0), u("francs", Y, Some("CHF"), 1.0),
    u("roubles", Y, Some("RUB"), 1.0), u("rubles", Y, Some("RUB"), 1.0), u("hong kong dollars", Y, Some("HKD"), 1.0),
    u("usd", Y, Some("USD"), 1.0), u("eur", Y, Some("EUR"), 1.0), u("gbp", Y, Some("GBP"), 1.0),
    u("jpy", Y, Some("JPY"), 1.0), u("cny", Y, Some("CNY"), 1.0), u("rmb", Y, Some("CNY"), 1.0),
    u("hkd", Y, Some("HKD"), 1.0), u("twd", Y, Some("TWD"), 1.0), u("inr", Y, Some("INR"), 1.0),
    u("chf", Y, Some("CHF"), 1.0), u("aud", Y, Some("AUD"), 1.0), u("cad", Y, Some("CAD"), 1.0),
    u("swiss francs", Y, Some("CHF"), 1.0), u("baht", Y, Some("THB"), 1.0), u("ringgit", Y, Some("MYR"), 1.0),
    u("canadian dollars", Y, Some("CAD"), 1.0), u("australian dollars", Y, Some("AUD"), 1.0),
    u("new taiwan dollars", Y, Some("TWD"), 1.0), u("taiwan dollars", Y, Some("TWD"), 1.0),
    u("singapore dollars", Y, Some("SGD"), 1.0), u("new zealand dollars", Y, Some("NZD"), 1.0),
    u("japanese yen", Y, Some("JPY"), 1.0), u("chinese yuan", Y, Some("CNY"), 1.0), u("indian rupees", Y, Some("INR"), 1.0),
    u("pesos", Y, Some("MXN"), 1.0), u("reais", Y, Some("BRL"), 1.0), u("rand", Y, Some("ZAR"), 1.0),
    u("lira", Y, Some("TRY"), 1.0), u("dirhams", Y, Some("AED"), 1.0), u("riyals", Y, Some("SAR"), 1.0),
    u("rupiah", Y, Some("IDR"), 1.0), u("dong", Y, Some("VND"), 1.0), u("naira", Y, Some("NGN"), 1.0),
    u("zloty", Y, Some("PLN"), 1.0), u("kronor", Y, Some("SEK"), 1.0), u("hryvnias", Y, Some("UAH"), 1.0),
    u("sgd", Y, Some("SGD"), 1.0), u("krw", Y, Some("KRW"), 1.0),
    // people and other counted things with a canonical unit
    u("people", C, Some("person"), 1.0), u("persons", C, Some("person"), 1.0), u("person", C, Some("person"), 1.0),
    u("workers", C, Some("person"), 1.0), u("residents", C, Some("person"), 1.0), u("passengers", C, Some("person"), 1.0),
    u("employees", C, Some("person"), 1.0), u("staff", C, Some("person"), 1.0), u("students", C, Some("person"), 1.0),
    u("tourists", C, Some("person"), 1.0), u("visitors", C, Some("person"), 1.0), u("children", C, Some("person"), 1.0),
    u("adults", C, Some("person"), 1.0), u("soldiers", C, Some("person"), 1.0), u("troops", C, Some("person"), 1.0),
    u("migrants", C, Some("person"), 1.0), u("refugees", C, Some("person"), 1.0), u("voters", C, Some("person"), 1.0),
    u("patients", C, Some("person"), 1.0), u("victims", C, Some("person"), 1.0), u("members", C, Some("person"), 1.0),
    u("customers", C, Some("person"), 1.0), u("users", C, Some("person"), 1.0), u("fans", C, Some("person"), 1.0),
    u("spectators", C, Some("person"), 1.0), u("protesters", C, Some("person"), 1.0), u("civilians", C, Some("person"), 1.0),
    u("teachers", C, Some("person"), 1.0), u("doctors", C, Some("person"), 1.0), u("nurses", C, Some("person"), 1.0),
    u("men", C, Some("person"), 1.0), u("women", C, Some("person"), 1.0), u("inhabitants", C, Some("person"), 1.0),
    u("miners", C, Some("person"), 1.0),
    u("volunteers", C, Some("person"), 1.0),
    u("firefighters", C, Some("person"), 1.0),
    u("runners", C, Some("person"), 1.0),
    u("officers", C, Some("person"), 1.0),
    u("officials", C, Some("person"), 1.0),
    u("lawmakers", C, Some("person"), 1.0),
    u("delegates", C, Some("person"), 1.0),
    u("athletes", C, Some("person"), 1.0),
    u("players", C, Some("person"), 1.0),
    u("pilgrims", C, Some("person"), 1.0),
    u("applicants", C, Some("person"), 1.0),
    u("scientists", C, Some("person"), 1.0),
    u("researchers", C, Some("person"), 1.0),
    u("journalists", C, Some("person"), 1.0),
    u("prisoners", C, Some("person"), 1.0),
    u("inmates", C, Some("person"), 1.0),
    u("detainees", C, Some("person"), 1.0),
    u("hostages", C, Some("person"), 1.0),
    u("survivors", C, Some("person"), 1.0),
    u("evacuees", C, Some("person"), 1.0),
    u("babies", C, Some("person"), 1.0),
    u("pupils", C, Some("person"), 1.0),
    u("graduates", C, Some("person"), 1.0),
    u("retirees", C, Some("person"), 1.0),
    u("farmers", C, Some("person"), 1.0),
    u("drivers", C, Some("person"), 1.0),
    u("pilots", C, Some("person"), 1.0),
    u("sailors", C, Some("person"), 1.0),
    u("fishermen", C, Some("person"), 1.0),
    u("villagers", C, Some("person"), 1.0),
    u("citizens", C, Some("person"), 1.0),
    u("nationals", C, Some("person"), 1.0),
    u("immigrants", C, Some("person"), 1.0),
    u("shoppers", C, Some("person"), 1.0),
    u("guests", C, Some("person"), 1.0),
    u("attendees", C, Some("person"), 1.0),
    u("participants", C, Some("person"), 1.0),
    u("subscribers", C, Some("person"), 1.0),
    u("viewers", C, Some("person"), 1.0),
    u("readers", C, Some("person"), 1.0),
    u("investors", C, Some("person"), 1.0),
    u("shareholders", C, Some("person"), 1.0),
    u("consumers", C, Some("person"), 1.0),
    u("homeowners", C, Some("person"), 1.0),
    u("tenants", C, Some("person"), 1.0),
    u("borrowers", C, Some("person"), 1.0),
    u("taxpayers", C, Some("person"), 1.0),
    u("pensioners", C, Some("person"), 1.0),
    u("veterans", C, Some("person"), 1.0),
    u("engineers", C, Some("person"), 1.0),
    u("physicians", C, Some("person"), 1.0),
    u("rescuers", C, Some("person"), 1.0),
    u("paramedics", C, Some("person"), 1.0),
    u("competitors", C, Some("person"), 1.0),
    u("riders", C, Some("person"), 1.0),
    u("motorists", C, Some("person"), 1.0),
    u("pedestrians", C, Some("person"), 1.0),
    u("commuters", C, Some("person"), 1.0),
    u("travellers", C, Some("person"), 1.0),
    u("travelers", C, Some("person"), 1.0),
    u("holidaymakers", C, Some("person"), 1.0),
    u("individuals", C, Some("person"), 1.0),
    u("police", C, Some("person"), 1.0),
    u("crew", C, Some("person"), 1.0),
    u("staffers", C, Some("person"), 1.0),
    u("candidates", C, Some("person"), 1.0),
    u("demonstrators", C, Some("person"), 1.0),
    u("casualties", C, Some("person"), 1.0),
    u("economists", C, Some("person"), 1.0),
    u("analysts", C, Some("person"), 1.0),
    u("policymakers", C, Some("person"), 1.0),
    u("executives", C, Some("person"), 1.0),
    u("activists", C, Some("person"), 1.0),
    u("supporters", C, Some("person"), 1.0),
    u("opponents", C, Some("person"), 1.0),
    u("respondents", C, Some("person"), 1.0),
    u("experts", C, Some("person"), 1.0),
    u("traders", C, Some("person"), 1.0),
    u("bankers", C, Some("person"), 1.0),
    u("households", C, Some("household"), 1.0), u("household", C, Some("household"), 1.0),
    u("shares", C, Some("share"), 1.0), u("share", C, Some("share"), 1.0), u("jobs", C, Some("job"), 1.0),
    u("job", C, Some("job"), 1.0), u("positions", C, Some("job"), 1.0), u("cases", C, Some("case"), 1.0),
    u("case", C, Some("case"), 1.0), u("infections", C, Some("case"), 1.0), u("votes", C, Some("vote"), 1.0),
    u("vote", C, Some("vote"), 1.0), 
    // measures: canonical units, never converted
    u("km", M, Some("km"), 1.0), u("kilometres", M, Some("km"), 1.0), u("kilometers", M, Some("km"), 1.0),
    u("kilometre", M, Some("km"), 1.0), u("kilometer", M, Some("km"), 1.0), u("miles", M, Some("mi"), 1.0),
    u("mile", M, Some("mi"), 1.0), u("metres", M, Some("m"), 1.0), u("meters", M, Some("m"), 1.0),
    u("metre", M, Some("m"), 1.0), u("meter", M, Some("m"), 1.0), u("cm", M, Some("cm"), 1.0),
    u("centimetres", M, Some("cm"), 1.0), u("centimeters", M, Some("cm"), 1.0), u("mm", M, Some("mm"), 1.0),
    u("millimetres", M, Some("mm"), 1.0), u("millimeters", M, Some("mm"), 1.0), u("feet", M, Some("ft"), 1.0),
    u("foot", M, Some("ft"), 1.0), u("ft", M, Some("ft"), 1.0), u("inches", M, Some("in"), 1.0),
    u("inch", M, Some("in"), 1.0), u("yards", M, Some("yd"), 1.0),
    u("square kilometres", M, Some("km2"), 1.0), u("square kilometers", M, Some("km2"), 1.0), u("sq km", M, Some("km2"), 1.0),
    u("km²", M, Some("km2"), 1.0), u("km2", M, Some("km2"), 1.0), u("square miles", M, Some("mi2"), 1.0),
    u("sq mi", M, Some("mi2"), 1.0), u("square metres", M, Some("m2"), 1.0), u("square meters", M, Some("m2"), 1.0),
    u("sq m", M, Some("m2"), 1.0), u("m²", M, Some("m2"), 1.0), u("m2", M, Some("m2"), 1.0),
    u("square feet", M, Some("ft2"), 1.0), u("sq ft", M, Some("ft2"), 1.0), u("acres", M, Some("acre"), 1.0),
    u("acre", M, Some("acre"), 1.0), u("hectares", M, Some("ha"), 1.0), u("hectare", M, Some("ha"), 1.0),
    u("ha", M, Some("ha"), 1.0),
    u("tonnes", M, Some("t"), 1.0), u("tonne", M, Some("t"), 1.0), u("metric tons", M, Some("t"), 1.0),
    u("metric ton", M, Some("t"), 1.0), u("tons", M, Some("ton"), 1.0), u("ton", M, Some("ton"), 1.0), u("kg", M, Some("kg"), 1.0),
    u("kilograms", M, Some("kg"), 1.0), u("kilogrammes", M, Some("kg"), 1.0), u("kilos", M, Some("kg"), 1.0),
    u("ml", M, Some("mL"), 1.0), u("millilitres", M, Some("mL"), 1.0), u("milliliters", M, Some("mL"), 1.0),
    u("mg", M, Some("mg"), 1.0), u("milligrams", M, Some("mg"), 1.0), u("ounce", M, Some("oz"), 1.0),
    u("grams", M, Some("g"), 1.0), u("g", M, Some("g"), 1.0), u("lb", M, Some("lb"), 1.0), u("lbs", M, Some("lb"), 1.0),
    u("pounds weight", M, Some("lb"), 1.0), u("ounces", M, Some("oz"), 1.0), u("oz", M, Some("oz"), 1.0),
    u("litres", M, Some("L"), 1.0), u("liters", M, Some("L"), 1.0), u("litre", M, Some("L"), 1.0),
    u("liter", M, Some("L"), 1.0), u("gallons", M, Some("gal"), 1.0), u("gallon", M, Some("gal"), 1.0),
    u("barrels", M, Some("barrel"), 1.0), u("barrel", M, Some("barrel"), 1.0), u("cubic metres", M, Some("m3"), 1.0),
    u("cubic meters", M, Some("m3"), 1.0), u("bcm", M, Some("bcm"), 1.0),
    u("mw", M, Some("MW"), 1.0), u("megawatts", M, Some("MW"), 1.0), u("gw", M, Some("GW"), 1.0),
    u("gigawatts", M, Some("GW"), 1.0), u("kw", M, Some("kW"), 1.0), u("kilowatts", M, Some("kW"), 1.0),
    u("kwh", M, Some("kWh"), 1.0), u("kilowatt-hours", M, Some("kWh"), 1.0), u("kilowatt hours", M, Some("kWh"), 1.0),
    u("mwh", M, Some("MWh"), 1.0), u("gwh", M, Some("GWh"), 1.0), u("twh", M, Some("TWh"), 1.0),
    u("°c", M, Some("°C"), 1.0), u("ºc", M, Some("°C"), 1.0), u("degrees celsius", M, Some("°C"), 1.0),
    u("degrees centigrade", M, Some("°C"), 1.0), u("c", M, Some("°C"), 1.0), u("°f", M, Some("°F"), 1.0),
    u("degrees fahrenheit", M, Some("°F"), 1.0), u("f", M, Some("°F"), 1.0), u("degrees", M, Some("°"), 1.0),
    u("km/h", M, Some("km/h"), 1.0), u("kph", M, Some("km/h"), 1.0), u("kilometres per hour", M, Some("km/h"), 1.0),
    u("kilometers per hour", M, Some("km/h"), 1.0), u("mph", M, Some("mph"), 1.0), u("miles per hour", M, Some("mph"), 1.0),
    u("knots", M, Some("kn"), 1.0), u("teu", M, Some("TEU"), 1.0), u("teus", M, Some("TEU"), 1.0),
    u("years old", M, Some("year-old"), 1.0), u("year-old", M, Some("year-old"), 1.0), u("-year-old", M, Some("year-old"), 1.0),
    u("gb", M, Some("GB"), 1.0), u("tb", M, Some("TB"), 1.0), u("ghz", M, Some("GHz"), 1.0),
    // durations
    u("years", D, Some("year"), 1.0), u("year", D, Some("year"), 1.0), u("months", D, Some("month"), 1.0),
    u("month", D, Some("month"), 1.0), u("weeks", D, Some("week"), 1.0), u("week", D, Some("week"), 1.0),
    u("days", D, Some("day"), 1.0), u("day", D, Some("day"), 1.0), u("hours", D, Some("hour"), 1.0),
    u("hour", D, Some("hour"), 1.0), u("minutes", D, Some("minute"), 1.0), u("minute", D, Some("minute"), 1.0),
    u("seconds", D, Some("second"), 1.0), u("decades", D, Some("year"), 10.0), u("decade", D, Some("year"), 10.0),
    u("working days", D, Some("workday"), 1.0), u("business days", D, Some("workday"), 1.0),
    u("quarters", D, Some("quarter"), 1.0), u("centuries", D, Some("year"), 100.0),
];

/// Currency symbols and codes written before the amount: (prefix, ISO code).
#[rustfmt::skip]
pub static CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("us$", "USD"), ("usd", "USD"), ("usd ", "USD"), ("hk$", "HKD"), ("hkd", "HKD"), ("hkd ", "HKD"),
    ("nt$", "TWD"), ("c$", "CAD"), ("ca$", "CAD"), ("a$", "AUD"), ("au$", "AUD"), ("s$", "SGD"), ("nz$", "NZD"),
    ("r$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("rs", "INR"),
    ("rs.", "INR"), ("rs ", "INR"), ("rmb", "CNY"), ("rmb ", "CNY"), ("cny ", "CNY"), ("eur ", "EUR"),
    ("gbp ", "GBP"), ("jpy ", "JPY"), ("₩", "KRW"), ("chf ", "CHF"), ("inr ", "INR"), ("yuan ", "CNY"),
];

/// Qualifiers before a number that make it approximate (lower case, spaces as written).
#[rustfmt::skip]
pub static APPROX_BEFORE: Words = words![
    "about", "around", "roughly", "some", "nearly", "almost", "more than", "over", "at least", "up to",
    "fewer than", "less than", "an estimated", "estimated", "approximately", "approx.", "close to", "upwards of",
    "just over", "just under", "well over", "under", "as many as", "as much as", "in excess of", "below",
    "above", "at most", "no more than", "no fewer than", "not more than", "not less than", "circa", "c.",
    "an approximate", "some estimated", "almost exactly", "the best part of", "north of", "south of",
];

/// Qualifiers after a number (`50 or so`, `100-odd`).
pub static APPROX_AFTER: Words = words!["or so", "or more", "or less", "-odd", " odd", "plus", "+"];

/// Verbs (and adverbs) that say a figure rose and govern it (`rose 5%`, `up 3%`).
#[rustfmt::skip]
pub static RISE_WORDS: Words = words![
    "rose", "rise", "rises", "rising", "risen", "climbed", "climb", "climbs", "jumped", "jump", "jumps", "gained",
    "gain", "gains", "up", "increased", "increase", "increases", "increasing", "grew", "grow", "grows", "growing",
    "grown", "widened", "widen", "surged", "surge", "soared", "soar", "rebounded", "rallied", "advanced",
    "expanded", "accelerated", "spiked", "leapt", "leaped", "strengthened", "firmed", "raised", "lifted", "hiked",
    "added", "adding", "quickened", "accelerating", "expanding", "rebounding", "boosted", "higher", "more",
    "edged up", "ticked up", "climbing", "jumping", "gaining", "surging", "soaring", "swelled", "swelling", "raise",
    "raises", "raising", "lift", "lifts", "lifting", "hike", "hikes", "hiking", "boost", "boosts", "boosting",
];

/// Verbs (and adverbs) that say a figure fell and govern it (`fell 5%`, `down 3%`).
#[rustfmt::skip]
pub static FALL_WORDS: Words = words![
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "slipped", "slip", "declined",
    "decline", "declines", "down", "cut", "cuts", "narrowed", "narrow", "shrank", "shrink", "shrunk", "slumped",
    "slump", "plunged", "plunge", "plummeted", "tumbled", "sank", "decreased", "decrease", "eased", "ease",
    "weakened", "lost", "losing", "slow", "slowing", "shrinking", "contracting", "easing", "declining", "dropping",
    "sliding", "contracted", "slowed", "lowered", "reduced", "retreated", "dipped", "dip", "lower", "less", "fewer",
    "edged down", "ticked down", "slid", "tanked", "crashed", "tumbling", "sinking", "plunging", "plummeting",
    "cutting", "lowering", "lowers", "reduce", "reduces", "reducing", "trimmed", "trim", "trims", "trimming",
    "slashed", "slash", "slashing",
];

/// Transitive change verbs that also mean raising money or lifting a ban
/// (`raised $500k`): they state a change only with an object or `by`.
#[rustfmt::skip]
pub static TRANSITIVE_CHANGE: Words = words![
    "raised", "raise", "raises", "raising", "lifted", "lift", "lifts", "lifting",
];

/// Change verbs whose subject is an actor, not the thing that changed
/// (`Intel will cut 15% of its workforce`): the metric is their object.
#[rustfmt::skip]
pub static ACTOR_VERBS: Words = words![
    "cut", "cuts", "cutting", "raised", "raise", "raises", "raising", "lifted", "lift", "lifts", "lifting", "lowered",
    "lowering", "lowers", "reduced", "reduce", "reduces", "reducing", "trimmed", "trim", "trims", "trimming",
    "slashed", "slash", "slashing", "boosted", "boost", "boosts", "boosting", "hiked", "hike", "hikes", "hiking",
    "added", "adding",
];

/// Words that end the object of a transitive change verb walking back from
/// the figure (`cut its key rate for mortgages by 25bp`): clause words, not nouns.
#[rustfmt::skip]
pub static NOT_OBJECT: Words = words![
    "and", "or", "but", "while", "which", "that", "who", "said", "says", "is", "was", "are", "were", "be", "been",
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "as", "than", "after", "before",
    "since", "when", "it", "they", "he", "she", "we",
];

/// Words that begin an object but not its metric (`its 2024 growth forecast`).
#[rustfmt::skip]
pub static OBJECT_LEADS: Words = words![
    "its", "their", "his", "her", "our", "the", "a", "an", "this", "that", "these", "those",
];

/// Words that read as change words but state none here (`cut off`, `up to` is a qualifier).
#[rustfmt::skip]
pub static NOT_CHANGE: Words = words![
    "up to", "set up", "cut off", "down to earth", "more than", "less than", "fewer than",
];

/// Nouns after a figure that say it was a change: `a 5% rise`.
#[rustfmt::skip]
pub static CHANGE_NOUNS: &[(&str, bool)] = &[
    ("rise", true), ("increase", true), ("gain", true), ("jump", true), ("growth", true), ("surge", true),
    ("climb", true), ("rally", true), ("hike", true), ("fall", false), ("drop", false), ("decline", false),
    ("decrease", false), ("slide", false), ("slump", false), ("cut", false), ("reduction", false), ("loss", false),
    ("contraction", false), ("plunge", false), ("dip", false), ("higher", true), ("lower", false),
    ("stronger", true), ("weaker", false),
];

/// Words allowed between a change word and its figure (`rose by 5%`, `fell to 3.8%`).
#[rustfmt::skip]
pub static CHANGE_FILLERS: Words = words![
    "by", "to", "from", "record", "new", "fresh", "all-time", "a", "an", "the", "its", "their", "his", "her", "of", "as much as", "another", "some",
    "further", "sharply", "slightly", "nearly", "almost",
    "at", "annualised", "annualized", "seasonally", "adjusted", "an annual rate of", "just", "about",
];

/// Period phrases. `#` is a number; a row is matched on whole words.
#[rustfmt::skip]
pub static PERIODS: Words = words![
    "year on year", "year-on-year", "year over year", "y/y", "yoy", "quarter on quarter", "quarter-on-quarter",
    "month on month", "month-on-month", "week on week", "from a year earlier", "from a year ago",
    "compared with a year earlier", "compared with a year ago", "compared with last year", "than a year earlier",
    "last year", "this year", "next year", "last month", "this month", "last quarter", "last week",
    "so far this year", "year to date", "year-to-date", "in the first half", "in the second half",
    "in the first quarter", "in the second quarter", "in the third quarter", "in the fourth quarter",
    "in the first three months", "in the first nine months", "in the three months to", "in the year to",
    "first quarter", "second quarter", "third quarter", "fourth quarter", "first half", "second half",
    "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "first-half", "second-half",
    "previous quarter", "previous year", "previous month", "the year before", "a month earlier", "a quarter earlier",
    "in the first # months", "the first # months", "in the past # years", "over the past # years",
    "in the last # years", "over the last # years", "in the past # months", "over the past # months",
    "in january", "in february", "in march", "in april", "in may", "in june", "in july", "in august",
    "in september", "in october", "in november", "in december", "in #", "in fiscal #", "in q#", "since #",
    "on an annual basis", "annualised", "annualized", "a year earlier", "a year ago", "from the previous quarter",
    "from the previous month", "from the previous year", "on the year", "on the month", "on the quarter",
];

/// Words before a number that make it a year (`in 2019`, `since 2008`).
pub static YEAR_LEADS: Words = words![
    "in", "since", "by", "until", "till", "from", "to", "of", "during", "before", "after", "early",
    "late", "mid", "year", "fiscal", "the", "for", "through", "between", "and",
];

/// Words before a number that make it an identifier (`flight 370`, `version 2.3`).
pub static IDENTIFIER_LEADS: Words = words![
    "flight", "version", "v", "isbn", "ticker", "code", "route", "room", "phone", "tel", "tel.",
    "call", "hotline", "fax",
];

/// Words after `one` that make it an article or a phrase, not a figure (`one of the`, `one day`).
#[rustfmt::skip]
pub static ONE_PHRASES: Words = words![
    "one of", "one day", "one another", "one thing", "one way", "one side", "one hand", "no one", "anyone",
    "one more", "one point", "one time", "one-off", "one by one", "one-on-one",
];

/// Determiners and adverbs stripped from the left of a metric.
#[rustfmt::skip]
pub static METRIC_LEAD: Words = words![
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "meanwhile", "and",
    "but", "while", "whereas", "also", "overall", "total", "in", "on", "at", "for", "with", "as", "so", "however",
];

/// Verbs and adverbs stripped from the right of a metric (`revenue was` → `revenue`).
#[rustfmt::skip]
pub static METRIC_TAIL: Words = words![
    "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might", "be", "been",
    "reached", "hit", "totalled", "totaled", "stood at", "came in at", "came to", "amounted to", "of", "at",
    "to", "by", "about", "around", "roughly", "nearly", "almost", "some", "more than", "over", "than", "an",
    "a", "the", "estimated", "an estimated", "also", "still", "just", "only", "reported", "posted", "recorded",
    "sharply", "slightly", "further", "expected to", "is expected to", "forecast to", "seen", "stands at",
    "stood", "stands", "came", "remained", "held", "sat", "hovered", "ended", "closed", "finished", "record",
];

/// Words that open a clause inside a sentence (`shares fell after profit
/// dropped 22%`): a metric before the verb starts after the last of them.
#[rustfmt::skip]
pub static CLAUSE_OPENERS: Words = words![
    "after", "as", "while", "when", "because", "since", "before", "although", "though", "if", "whereas", "that",
    "where", "until", "once", "unless",
    // reporting verbs: `Ping An said net profit fell`: the subject is what follows
    "said", "says", "announced", "showed", "shows",
];

/// Verbs that move an amount into or out of something (`adding $277 billion
/// to its market value`, `wiping $60 billion off`): the metric is that thing.
#[rustfmt::skip]
pub static MOVE_VERBS: Words = words![
    "adding", "added", "wiping", "wiped", "erasing", "erased", "knocking", "knocked", "shaving", "shaved",
    "lopping", "lopped", "stripping", "stripped",
];

/// Words before a number that make it exact, kept in the figure's span (`exactly 100 days`).
pub static EXACT_BEFORE: Words = words!["exactly", "precisely", "just", "only", "a full", "fully"];

/// Verbs before `X to Y` that make it a ratio, not a range (`voted 7 to 2`).
#[rustfmt::skip]
pub static RATIO_VERBS: Words = words![
    "voted", "vote", "ruled", "outnumber", "outnumbers", "outnumbered", "won", "lost", "margin", "split", "beat", "defeated",
];

/// Verbs that keep a figure where it was and govern its object (`kept its repo rate at 6.5%`).
pub static HOLD_VERBS: Words = words![
    "kept",
    "keeps",
    "keep",
    "held",
    "holds",
    "left",
    "maintained",
    "maintains",
    "set",
    "priced",
    "pegged",
];

/// Words that end in a full stop without ending the sentence (lower case, no
/// dot): titles and month abbreviations come before a name or a day.
#[rustfmt::skip]
pub static TITLE_ABBREVIATIONS: Words = words![
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "cpl", "adm",
    "maj", "rev", "hon", "pres", "supt", "det", "insp", "mt", "ft", "fig", "figs", "no", "nos", "vs", "v", "cf",
    "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Abbreviations that often end a sentence too (`Apple Inc. The company…`,
/// `at 9 a.m. Police…`, `the U.S.`): a full stop after them ends the sentence
/// only when a word of `SENTENCE_OPENERS` follows.
#[rustfmt::skip]
pub static END_ABBREVIATIONS: Words = words![
    "inc", "corp", "co", "ltd", "plc", "llc", "bros", "jr", "sr", "etc", "a.m", "p.m", "e.g", "i.e", "dept", "govt",
];

/// Words that open sentences far more often than they continue a name.
#[rustfmt::skip]
pub static SENTENCE_OPENERS: Words = words![
    "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "his", "her", "their", "our", "but", "and", "in", "on", "at", "for", "as", "if", "when", "while", "after",
    "before", "since", "however", "meanwhile", "still", "yet", "so", "then", "some", "many", "most", "officials",
];
