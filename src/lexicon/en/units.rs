//! English units: what follows a number (units, currencies, counted nouns),
//! currencies written before it, and the units a price is per.

use crate::lexicon::units::{unit_rows, UnitTable};
pub use crate::lexicon::units::UnitRow;
use crate::lexicon::Words;
use crate::model::Kind;

use Kind::{Count as C, Duration as D, Measure as M, Money as Y, Percent as P};

/// Words after a number (and its scale), longest match wins.
#[rustfmt::skip]
pub static UNITS: UnitTable = unit_rows![
    // percent
    u("percent", P, Some("%"), 1.0), u("per cent", P, Some("%"), 1.0), u("pct", P, Some("%"), 1.0), u("pc", P, Some("%"), 1.0),
    u("percents", P, Some("%"), 1.0), u("percentage", P, Some("%"), 1.0),
    u("percentage points", P, Some("pp"), 1.0), u("percentage point", P, Some("pp"), 1.0),
    u("of a percentage point", P, Some("pp"), 1.0),
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
    u("€", Y, Some("EUR"), 1.0), u("$", Y, Some("USD"), 1.0), u("us dollar", Y, Some("USD"), 1.0),
    u("microgram", M, Some("μg"), 1.0), u("microgrammes", M, Some("μg"), 1.0), u("nzd", Y, Some("NZD"), 1.0), u("rub", Y, Some("RUB"), 1.0),
    u("lei", Y, Some("RON"), 1.0), u("marks", Y, Some("DEM"), 1.0), u("deutsche marks", Y, Some("DEM"), 1.0),
    u("kronur", Y, Some("ISK"), 1.0), u("kroner", Y, Some("NOK"), 1.0), u("shekels", Y, Some("ILS"), 1.0),
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
    u("senators", C, Some("person"), 1.0),
    u("infants", C, Some("person"), 1.0),
    u("suspects", C, Some("person"), 1.0),
    u("lawyers", C, Some("person"), 1.0),
    u("attorneys", C, Some("person"), 1.0),
    u("judges", C, Some("person"), 1.0),
    u("jurors", C, Some("person"), 1.0),
    u("agents", C, Some("person"), 1.0),
    u("americans", C, Some("person"), 1.0),
    u("marines", C, Some("person"), 1.0),
    u("militants", C, Some("person"), 1.0),
    u("fighters", C, Some("person"), 1.0),
    u("rebels", C, Some("person"), 1.0),
    u("gunmen", C, Some("person"), 1.0),
    u("climbers", C, Some("person"), 1.0),
    u("hikers", C, Some("person"), 1.0),
    u("kids", C, Some("person"), 1.0),
    u("teens", C, Some("person"), 1.0),
    u("teenagers", C, Some("person"), 1.0),
    u("boys", C, Some("person"), 1.0),
    u("girls", C, Some("person"), 1.0),
    u("sons", C, Some("person"), 1.0),
    u("daughters", C, Some("person"), 1.0),
    u("siblings", C, Some("person"), 1.0),
    u("relatives", C, Some("person"), 1.0),
    u("coaches", C, Some("person"), 1.0),
    u("prosecutors", C, Some("person"), 1.0),
    u("deputies", C, Some("person"), 1.0),
    u("nominees", C, Some("person"), 1.0),
    u("governors", C, Some("person"), 1.0),
    u("mayors", C, Some("person"), 1.0),
    u("ministers", C, Some("person"), 1.0),
    u("professors", C, Some("person"), 1.0),
    u("artists", C, Some("person"), 1.0),
    u("musicians", C, Some("person"), 1.0),
    u("actors", C, Some("person"), 1.0),
    u("reporters", C, Some("person"), 1.0),
    u("defendants", C, Some("person"), 1.0),
    u("seniors", C, Some("person"), 1.0),
    u("cadets", C, Some("person"), 1.0),
    u("recruits", C, Some("person"), 1.0),
    u("astronauts", C, Some("person"), 1.0),
    u("fatalities", C, Some("person"), 1.0),
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
    u("inch", M, Some("in"), 1.0), u("yards", M, Some("yd"), 1.0), u("yard", M, Some("yd"), 1.0),
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
    u("years old", M, Some("year-old"), 1.0), u("year old", M, Some("year-old"), 1.0),
    u("square-foot", M, Some("ft2"), 1.0), u("square-mile", M, Some("mi2"), 1.0), u("square-metre", M, Some("m2"), 1.0),
    u("diplomats", C, Some("person"), 1.0), u("insurgents", C, Some("person"), 1.0), u("peacekeepers", C, Some("person"), 1.0), u("foreigners", C, Some("person"), 1.0), u("mourners", C, Some("person"), 1.0), u("worshippers", C, Some("person"), 1.0),
    u("rioters", C, Some("person"), 1.0), u("donors", C, Some("person"), 1.0), u("witnesses", C, Some("person"), 1.0), u("monks", C, Some("person"), 1.0), u("priests", C, Some("person"), 1.0), u("nuns", C, Some("person"), 1.0),
    u("managers", C, Some("person"), 1.0), u("aides", C, Some("person"), 1.0), u("advisers", C, Some("person"), 1.0), u("advisors", C, Some("person"), 1.0), u("guards", C, Some("person"), 1.0),
    u("square-meter", M, Some("m2"), 1.0), u("years of age", M, Some("year-old"), 1.0),
    u("year of age", M, Some("year-old"), 1.0), u("kmph", M, Some("km/h"), 1.0), u("km/hr", M, Some("km/h"), 1.0),
    u("cubic feet", M, Some("ft3"), 1.0), u("cubic foot", M, Some("ft3"), 1.0), u("cu ft", M, Some("ft3"), 1.0),
    u("deg c", M, Some("°C"), 1.0), u("deg f", M, Some("°F"), 1.0), u("deg", M, Some("°"), 1.0),
    u("deg.", M, Some("°"), 1.0), u("celcius", M, Some("°C"), 1.0),
    u("markka", Y, Some("FIM"), 1.0), u("markkaa", Y, Some("FIM"), 1.0), u("finnish markka", Y, Some("FIM"), 1.0),
    u("pesetas", Y, Some("ESP"), 1.0), u("guilders", Y, Some("NLG"), 1.0), u("dutch guilders", Y, Some("NLG"), 1.0),
    u("penny", Y, Some("GBP"), 0.01), u("aud", Y, Some("AUD"), 1.0), u("sek", Y, Some("SEK"), 1.0),
    u("nok", Y, Some("NOK"), 1.0), u("dkk", Y, Some("DKK"), 1.0), u("offspring", C, Some("person"), 1.0), u("grandchildren", C, Some("person"), 1.0),
    u("addicts", C, Some("person"), 1.0), u("writers", C, Some("person"), 1.0),
    u("screenwriters", C, Some("person"), 1.0), u("songwriters", C, Some("person"), 1.0),
    u("playwrights", C, Some("person"), 1.0), u("filmmakers", C, Some("person"), 1.0),
    u("directors", C, Some("person"), 1.0), u("actresses", C, Some("person"), 1.0),
    u("singers", C, Some("person"), 1.0), u("editors", C, Some("person"), 1.0), u("authors", C, Some("person"), 1.0),
    u("novelists", C, Some("person"), 1.0), u("poets", C, Some("person"), 1.0), u("friends", C, Some("person"), 1.0),
    u("neighbors", C, Some("person"), 1.0), u("neighbours", C, Some("person"), 1.0),
    u("brothers", C, Some("person"), 1.0), u("sisters", C, Some("person"), 1.0), u("wives", C, Some("person"), 1.0),
    u("husbands", C, Some("person"), 1.0), u("buyers", C, Some("person"), 1.0),
    u("designers", C, Some("person"), 1.0), u("critics", C, Some("person"), 1.0),
    u("scholars", C, Some("person"), 1.0), u("historians", C, Some("person"), 1.0),
    u("ladies", C, Some("person"), 1.0), u("gentlemen", C, Some("person"), 1.0),
    u("comedians", C, Some("person"), 1.0), u("dancers", C, Some("person"), 1.0),
    u("rappers", C, Some("person"), 1.0), u("celebrities", C, Some("person"), 1.0), u("guys", C, Some("person"), 1.0),
    u("gals", C, Some("person"), 1.0), u("listeners", C, Some("person"), 1.0),
    u("photographers", C, Some("person"), 1.0), u("guitarists", C, Some("person"), 1.0),
    u("composers", C, Some("person"), 1.0), u("bloggers", C, Some("person"), 1.0),
    u("drummers", C, Some("person"), 1.0), u("cousins", C, Some("person"), 1.0), u("uncles", C, Some("person"), 1.0),
    u("aunts", C, Some("person"), 1.0), u("nephews", C, Some("person"), 1.0), u("nieces", C, Some("person"), 1.0),
    u("grandparents", C, Some("person"), 1.0),
    u("heads of state", C, Some("person"), 1.0), u("years-old", M, Some("year-old"), 1.0), u("year-old", M, Some("year-old"), 1.0), u("-year-old", M, Some("year-old"), 1.0),
    u("gb", M, Some("GB"), 1.0), u("tb", M, Some("TB"), 1.0), u("ghz", M, Some("GHz"), 1.0),
    u("mb", M, Some("MB"), 1.0), u("kb", M, Some("KB"), 1.0), u("mhz", M, Some("MHz"), 1.0),
    u("khz", M, Some("kHz"), 1.0), u("hz", M, Some("Hz"), 1.0), u("kv", M, Some("kV"), 1.0),
    u("mah", M, Some("mAh"), 1.0), u("gigabytes", M, Some("GB"), 1.0), u("terabytes", M, Some("TB"), 1.0),
    u("megabytes", M, Some("MB"), 1.0), u("gigahertz", M, Some("GHz"), 1.0), u("megahertz", M, Some("MHz"), 1.0),
    u("horsepower", M, Some("hp"), 1.0), u("hp", M, Some("hp"), 1.0), u("calories", M, Some("cal"), 1.0),
    u("calorie", M, Some("cal"), 1.0), u("kcal", M, Some("kcal"), 1.0), u("fps", M, Some("fps"), 1.0),
    u("frames per second", M, Some("fps"), 1.0), u("decibels", M, Some("dB"), 1.0), u("db", M, Some("dB"), 1.0),
    u("light-years", M, Some("ly"), 1.0), u("light years", M, Some("ly"), 1.0), u("nautical miles", M, Some("nmi"), 1.0),
    u("bushels", M, Some("bushel"), 1.0), u("kilowatt-hour", M, Some("kWh"), 1.0), u("watts", M, Some("W"), 1.0),
    u("volts", M, Some("V"), 1.0), u("kilovolts", M, Some("kV"), 1.0), u("cc", M, Some("cc"), 1.0),
    u("grammes", M, Some("g"), 1.0), u("gram", M, Some("g"), 1.0), u("micrograms", M, Some("μg"), 1.0),
    u("µg", M, Some("μg"), 1.0), u("μg", M, Some("μg"), 1.0), u("l", M, Some("L"), 1.0),
    u("on the richter scale", M, Some("magnitude"), 1.0), u("magnitude", M, Some("magnitude"), 1.0),

    u("celsius", M, Some("°C"), 1.0), u("centigrade", M, Some("°C"), 1.0), u("fahrenheit", M, Some("°F"), 1.0),
    u("degree celsius", M, Some("°C"), 1.0), u("degree fahrenheit", M, Some("°F"), 1.0),
    u("deg celsius", M, Some("°C"), 1.0), u("deg fahrenheit", M, Some("°F"), 1.0), u("°", M, Some("°"), 1.0),
    u("points", M, Some("point"), 1.0), u("point", M, Some("point"), 1.0),
    u("square foot", M, Some("ft2"), 1.0), u("square mile", M, Some("mi2"), 1.0), u("sq. ft.", M, Some("ft2"), 1.0),
    // durations
    u("years", D, Some("year"), 1.0), u("year", D, Some("year"), 1.0), u("months", D, Some("month"), 1.0),
    u("month", D, Some("month"), 1.0), u("weeks", D, Some("week"), 1.0), u("week", D, Some("week"), 1.0),
    u("days", D, Some("day"), 1.0), u("day", D, Some("day"), 1.0), u("hours", D, Some("hour"), 1.0),
    u("hour", D, Some("hour"), 1.0), u("minutes", D, Some("minute"), 1.0), u("minute", D, Some("minute"), 1.0),
    u("seconds", D, Some("second"), 1.0), u("decades", D, Some("year"), 10.0), u("decade", D, Some("year"), 10.0),
    u("working days", D, Some("workday"), 1.0), u("business days", D, Some("workday"), 1.0),
    u("quarters", D, Some("quarter"), 1.0), u("centuries", D, Some("year"), 100.0), u("second", D, Some("second"), 1.0),
    u("grand", Y, Some("USD"), 1000.0),
    u("nanometers", M, Some("nm"), 1.0), u("nanometres", M, Some("nm"), 1.0), u("nanometer", M, Some("nm"), 1.0),
    u("nanometre", M, Some("nm"), 1.0), u("nm", M, Some("nm"), 1.0), u("megapixels", M, Some("MP"), 1.0),
    u("megapixel", M, Some("MP"), 1.0), u("year-olds", M, Some("year-old"), 1.0),
];

/// Currency symbols and codes written before the amount: (prefix, ISO code).
#[rustfmt::skip]
pub static CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("us$", "USD"), ("usd", "USD"), ("usd ", "USD"), ("hk$", "HKD"), ("hkd", "HKD"), ("hkd ", "HKD"),
    ("nt$", "TWD"), ("c$", "CAD"), ("ca$", "CAD"), ("a$", "AUD"), ("au$", "AUD"), ("s$", "SGD"), ("nz$", "NZD"),
    ("r$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("rs", "INR"),
    ("rs.", "INR"), ("rs ", "INR"), ("rmb", "CNY"), ("rmb ", "CNY"), ("cny ", "CNY"), ("eur ", "EUR"),
    ("gbp ", "GBP"), ("jpy ", "JPY"), ("₩", "KRW"), ("chf ", "CHF"), ("inr ", "INR"), ("yuan ", "CNY"),
    ("rm", "MYR"), ("r", "ZAR"),
];

/// Prefixes of one capital that name a currency only before an amount with a scale word or a
/// separator (`R4bn`, `R50 million`, `R12,500`; not the `R8` a model names).
pub static SCALED_ONLY_PREFIXES: Words = words!["r"];

/// Units that follow a number only after a hyphen (`a 60-second spot`; not
/// `2 second-place finishes`, `twenty second`).
pub static HYPHEN_ONLY_UNITS: Words = words!["second"];

/// Units that follow a number only when no noun follows them (`ten grand`, `50
/// grand a year`; not `two grand pianos`).
pub static NOUNLESS_UNITS: Words = words!["grand"];

/// Units of one letter that count only glued to the digits, in their own
/// case (compared as written): `20p`, `30C`, `86F` (not `5G`).
pub static CASED_UNIT_LETTERS: Words = words!["p", "C", "F", "L", "g"];

/// Words between a price and the unit it is per: `$82.45 a barrel`, `per person`.
pub static PER_WORDS: Words = words!["a", "an", "per", "each"];

/// Words after `a year`, `a month` that make it a time, not what a price is
/// per: `$317 million a year earlier`, `$20 a month ago`.
pub static PER_TIME_AFTER: Words = words!["earlier", "ago", "before", "later", "after", "previously"];

/// What a price may be per (units and nouns): `a share`, `a month`, `per person`, not `a record`.
#[rustfmt::skip]
pub static PER_UNITS: Words = words![
    "share", "barrel", "gal", "person", "month", "hour", "year", "week", "day", "oz", "t", "kg", "lb", "L",
    "head", "ton", "unit", "night", "ticket", "kWh", "m2", "ft2",
];

/// Nouns whose plural is the singular (`83 aircraft`).
#[rustfmt::skip]
pub static INVARIANT_PLURALS: Words = words![
    "aircraft", "sheep", "fish", "deer", "species", "series", "livestock", "cattle", "offspring", "units",
];

/// Words before a number that make it an age: (word, unit). `aged 72`.
pub static AGE_WORDS: &[(&str, &str)] = &[("aged", "year-old"), ("age", "year-old"), ("ages", "year-old")];

/// The unit of a count of people (`three were killed`).
pub const PERSON_UNIT: &str = "person";

/// Words of size or place after a glued `m` that make it metres (`1.8m tall`, `400m from
/// the stop`); `of` before a noun does too (`12m of drying space`), with no currency before.
pub static SIZE_WORDS: Words = words!["tall", "high", "long", "deep", "wide", "away", "thick", "below", "underground", "from"];

/// The metre's symbol glued to the digits, before a word of size (`1.8m tall`).
pub const METRE_LETTER: &str = "m";

/// A unit and a smaller one written after it (`5 feet 2 inches`, `seven years and three
/// months`): (unit,
/// smaller unit, its share of the unit). Subunits of a currency need no row
/// (`3 dollars 50 cents`: cents are a row of dollars' code).
pub static SUB_UNITS: &[(&str, &str, f64)] = &[
    ("ft", "in", 1.0 / 12.0), ("lb", "oz", 1.0 / 16.0), ("year", "month", 1.0 / 12.0), ("hour", "minute", 1.0 / 60.0),
];

/// Endings of plurals that name people, with the shortest such word
/// (`activists`, `politicians`, `gunmen`; not `lists`, `specimens`).
pub static PERSON_ENDINGS: &[(&str, usize)] = &[("ists", 7), ("ians", 6), ("men", 5)];

/// Plurals that name people besides the rows of [`UNITS`] and the endings
/// above (`six contestants`, `seven others`, `12 lives` lost).
#[rustfmt::skip]
pub static PERSON_NOUNS: Words = words![
    "humans", "contestants", "interns", "followers", "adolescents", "clients", "convicts", "others", "lives",
    "parents", "leaders", "owners", "friends", "colleagues", "writers", "winners", "buyers", "patrons",
    "diners", "trainees", "smokers", "settlers", "protestors", "bystanders", "onlookers", "attackers",
    "assailants", "kidnappers", "criminals", "offenders", "defectors", "dissidents", "caregivers",
    "performers", "dancers", "singers", "authors", "editors", "directors", "finalists", "newcomers",
    "bodies", "magistrates", "professionals", "independents", "collectors", "roommates", "housemates",
    "flatmates", "teammates", "classmates", "accusers", "investigators", "plaintiffs", "recipients",
    "renters", "landlords",
];

/// Endings of capitalized words in `s` that are no plurals (`Paris`, `Texas`, `Jones`).
pub static NAME_PLURAL_ENDINGS: &[&str] = &["is", "us", "as", "os", "ones", "ins", "ams", "ers"];

/// Endings of such plurals that name things (`playlists`, `checklists`, `abdomen`).
pub static NOT_PERSON_ENDINGS: &[&str] = &[
    "playlists", "checklists", "wishlists", "shortlists", "blacklists", "watchlists", "waitlists", "specimen",
];

/// The capital before a currency code that makes a million of it (`48.5 MGBP`).
pub const MILLION_CODE_LETTER: &str = "M";

/// The unit of an earthquake's magnitude (`a 7.8 quake`).
pub const MAGNITUDE_UNIT: &str = "magnitude";

/// The unit of an age (`Rehnquist, 80,`).
pub const AGE_UNIT: &str = "year-old";

/// Nouns for a person before `, N,` that make N an age (`her son, 5, …`);
/// a capitalized name does the same (`Rehnquist, 80, …`).
#[rustfmt::skip]
pub static AGE_NOUNS: Words = words![
    "son", "daughter", "wife", "husband", "mother", "father", "boy", "girl", "man", "woman", "brother",
    "sister", "grandmother", "grandfather", "child", "friend", "partner", "teenager", "widow",
    "star", "singer", "actor", "actress", "rapper", "player", "driver", "officer", "suspect", "victim",
    "resident", "student", "founder", "executive", "owner", "veteran", "author", "artist", "director",
];

/// Words just before an amount in pounds that make it a body's weight
/// (`lost 25 pounds`, `shed 40 pounds`, `a baby of two pounds`), besides `weigh`.
pub static WEIGHT_LEADS: Words = words!["lose", "lost", "losing", "shed", "shedding", "gain", "gained", "gaining", "drop", "dropped", "baby"];

/// Words between a weight lead and the amount (`lost a further 22 pounds`, `gained another 10 pounds`).
pub static WEIGHT_FILLERS: Words = words!["a", "an", "further", "another", "additional", "extra"];

/// Money units that are weight after `weigh`: (money unit, weight unit). `weighed 2,749 pounds`.
pub static MONEY_OR_WEIGHT: &[(&str, &str)] = &[("GBP", "lb")];
