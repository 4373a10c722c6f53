//! The article's byline and date on whole pages: only the byline by the
//! title counts (not a related story's, a photo credit or `Designed by`),
//! a name line without `By`, the visible byline over a `<meta name=author>`
//! holding the site's name, the date beside the byline over a related
//! story's, and the Chinese credit forms. Cases written for these rules.

use figlens::{analyze, Options};

const BODY: &str = "The city council voted on Tuesday to approve the new budget, which raises spending on schools and parks by twelve percent over last year.\n\
Council members said the plan had been debated for months, and that residents had asked for more money for libraries and public transport.\n\
The mayor is expected to sign the budget into law next week, after a final review by the city's finance office.\n";

fn meta_of(input: &str, html: bool) -> (Vec<String>, Option<String>) {
    let a = analyze(
        input,
        &Options {
            html,
            ..Options::default()
        },
    );
    let date = a.meta.date.map(|d| d.chars().take(10).collect());
    (a.meta.authors, date)
}

/// (page text, authors, date)
const TEXT_CASES: &[(&str, &[&str], Option<&str>)] = &[
    // Related stories after the body list other writers.
    (
        "Home\nNews\nCouncil approves new city budget\nBy Jane Doe\nMay 12, 2024\n{BODY}Related stories\nBy John Roe\nMay 1, 2024\nParks get a new director\nBy Ann Lee\n",
        &["Jane Doe"],
        Some("2024-05-12"),
    ),
    // A name line without `By`, a dash and its date.
    (
        "Home\nNews\nCouncil approves new city budget\nChris Davies - Nov 19, 2019, 8:15 pm CST\n{BODY}",
        &["Chris Davies"],
        Some("2019-11-19"),
    ),
    // Names listed by commas, then the date in figures and the time.
    (
        "Home\nNews\nCouncil approves new city budget\nMaria Lopez, Tom H. Baker, Ann Lee, 05.12.24, 06:00 AM EDT\n{BODY}",
        &["Maria Lopez", "Tom H. Baker", "Ann Lee"],
        // (two-digit dots with a time: a US page's month first)
        Some("2024-05-12"),
    ),
    // A name alone, its date on the next line.
    (
        "Home\nNews\nCouncil approves new city budget\nTrevor Daugherty\nNov. 18th 2019 8:54 am PT\n{BODY}",
        &["Trevor Daugherty"],
        Some("2019-11-18"),
    ),
    // The writer's role after a comma, and an outlet.
    (
        "Council approves new city budget\nSteve Peoples, AP National Political Writer\nUpdated 3:27 am PST, Wednesday, November 20, 2019\n{BODY}",
        &["Steve Peoples"],
        Some("2019-11-20"),
    ),
    // Credentials after the name, a US date with a two-digit year.
    (
        "Council approves new city budget\nBy Ilana Muhlstein, MS, RDN - 11/18/19 11:04 PM EST\n{BODY}",
        &["Ilana Muhlstein"],
        Some("2019-11-18"),
    ),
    // A German byline and date.
    (
        "Zurück zur Übersicht\nVon Moritz Bachmann publiziert am 25. September 2018\nCouncil approves new city budget\n{BODY}",
        &["Moritz Bachmann"],
        Some("2018-09-25"),
    ),
    // A relative date beside an absolute one: the absolute.
    (
        "Council approves new city budget\nBy Jane Doe\n2 hours ago\nUpdated 12 mai 2024\n{BODY}",
        &["Jane Doe"],
        Some("2024-05-12"),
    ),
    // A name glued to its date, and to the outlet.
    (
        "Council approves new city budget\nJane Doe22 Dec 2016\n{BODY}",
        &["Jane Doe"],
        Some("2016-12-22"),
    ),
    (
        "Council approves new city budget\nBy Jonathan GarberFOXBusiness\nPublished Dec 28 Sat 2013\n{BODY}",
        &["Jonathan Garber"],
        Some("2013-12-28"),
    ),
    // A photo credit above the byline is not the writer.
    (
        "Council approves new city budget\n(Reed Saxon / Associated Press)\nBy Meg JamesStaff Writer\nNov. 19, 2019\n{BODY}",
        &["Meg James"],
        Some("2019-11-19"),
    ),
    // The site's furniture credits are nobody's byline.
    (
        "Council approves new city budget\n{BODY}Designed by TemplatesYard\nPowered by Blogger\nComments powered by Disqus\n",
        &[],
        None,
    ),
    // The date opening the lead, a dash after it.
    (
        "Council approves new city budget\nOct 10, 2000 — The city council voted on Tuesday night to approve a new budget that raises spending on schools, parks, libraries and public transport by twelve percent over last year, after months of debate in which residents, teachers, librarians and bus drivers asked for more money, and the mayor said she would sign it into law next week after a final review by the finance office.\n{BODY}",
        &[],
        Some("2000-10-10"),
    ),
    // A date glued to the name.
    (
        "Council approves new city budget\nDaily Town News\nBrad ReedJanuary 16, 2015\n{BODY}",
        &["Brad Reed"],
        Some("2015-01-16"),
    ),
    // A sign-off after the article, a dash before the name.
    (
        "Council approves new city budget\nMay 12, 2024\n{BODY}-- Gerrick D. Kennedy\nMore in: City Hall\nPermalink\n",
        &["Gerrick D. Kennedy"],
        Some("2024-05-12"),
    ),
    // A site's account is not a writer.
    (
        "Council approves new city budget\nOctober 15, 2018/0 Comments/in News /by jdadmin\n{BODY}",
        &[],
        Some("2018-10-15"),
    ),
    (
        "Council approves new city budget\nBy Admin\nMay 12, 2024\n{BODY}",
        &[],
        Some("2024-05-12"),
    ),
    // A relative time after the name.
    (
        "Council approves new city budget\nDaily Town\nMaria Lopez 9 hours ago\n{BODY}",
        &["Maria Lopez"],
        None,
    ),
    // The role after the name without a comma, and its qualifier.
    (
        "Council approves new city budget\nBy Mark Hale Technology correspondent, Daily Town\nMay 12, 2024\n{BODY}",
        &["Mark Hale"],
        Some("2024-05-12"),
    ),
    (
        "Council approves new city budget\nBy Ann Ruiz Staff Writer\nMay 12, 2024\n{BODY}",
        &["Ann Ruiz"],
        Some("2024-05-12"),
    ),
    // A link glued after the name.
    (
        "Council approves new city budget\nBy Ann Ruiz contact the reporter\nMay 12, 2024\n{BODY}",
        &["Ann Ruiz"],
        Some("2024-05-12"),
    ),
    // `Interview by`.
    (
        "The Exit Interview\nInterview by Ann Ruiz\nMay 12, 2024\n{BODY}",
        &["Ann Ruiz"],
        Some("2024-05-12"),
    ),
    // A name and a date in figures only.
    (
        "On The Cover\nCouncil approves new city budget\nNeil Hart, 04.25.05\n{BODY}",
        &["Neil Hart"],
        Some("2005-04-25"),
    ),
    // A name alone under the headline, then a long line that opens with the date.
    (
        "Council approves new city budget\nRobert Vance\nSeptember 2, 2010 | This article appeared in the September 20, 2010 edition of the magazine, page 14.\n{BODY}",
        &["Robert Vance"],
        Some("2010-09-02"),
    ),
];

#[test]
fn text_pages() {
    for (page, authors, date) in TEXT_CASES {
        let page = page.replace("{BODY}", BODY);
        let (got, got_date) = meta_of(&page, false);
        assert_eq!(got, *authors, "{page}");
        assert_eq!(got_date.as_deref(), *date, "{page}");
    }
}

#[test]
fn visible_byline_over_site_name_in_meta() {
    let page = format!(
        "<html><head><meta name=\"author\" content=\"Daily Planet\"><meta property=\"og:site_name\" content=\"Daily Planet\">\
         <meta property=\"article:published_time\" content=\"2019-11-20T02:15:00Z\"></head><body>\
         <article><h1>Council approves new city budget</h1><p class=\"byline\">By Lois Lane</p><p>Nov 19, 2019</p>{}</article>\
         <aside><h3>More</h3><p>By Clark Kent</p><p>Nov 1, 2019</p></aside></body></html>",
        BODY.lines().map(|l| format!("<p>{l}</p>")).collect::<String>()
    );
    let (authors, date) = meta_of(&page, true);
    assert_eq!(authors, ["Lois Lane"]);
    // The date shown by the byline, not the UTC timestamp of the next day.
    assert_eq!(date.as_deref(), Some("2019-11-19"));
}

#[test]
fn meta_author_when_no_byline_shows() {
    let page = format!(
        "<html><head><meta name=\"author\" content=\"Jane Doe, Reuters\"></head><body>\
         <article><h1>Council approves new city budget</h1>{}</article></body></html>",
        BODY.lines()
            .map(|l| format!("<p>{l}</p>"))
            .collect::<String>()
    );
    assert_eq!(meta_of(&page, true).0, ["Jane Doe"]);
}

const ZH_BODY: &str = "市議會今天三讀通過明年度總預算，教育與公園支出較去年增加一成二，市長表示將於下週簽署公布實施。\n\
議員指出，預算案已討論數月，市民普遍希望增加圖書館與大眾運輸的經費，市府將依議會決議執行。\n";

#[test]
fn zh_credits() {
    let cases: &[(&str, &[&str])] = &[
        (
            "市議會通過總預算\n〔自由時報記者王明／台北報導〕{ZH}",
            &["王明"],
        ),
        (
            "市議會通過總預算\n東森新聞記者 王明 張三\n{ZH}",
            &["王明", "張三"],
        ),
        ("市議會通過總預算\n採寫：王明\n{ZH}", &["王明"]),
        (
            "市議會通過總預算\n{ZH}市府表示將持續追蹤。（陳大文）\n",
            &["陳大文"],
        ),
        ("市議會通過總預算\n{ZH}市府表示將持續追蹤。（完）\n", &[]),
        // A writer's name alone under the headline, beside the outlet and
        // the date; a section name of the same length is not one.
        ("軍事\n市議會通過總預算\n09:022023/08/28\n中時新聞網\n莊楚雯\nFacebook\n{ZH}", &["莊楚雯"]),
        ("市議會通過總預算\n艾莎\n2023年9月11日\n{ZH}", &["艾莎"]),
        ("市議會通過總預算\n2023年9月11日\n生活\n{ZH}", &[]),
        // Hong Kong credits after the article: the vertical-form colon, or
        // the reporter word glued to the names.
        ("市議會通過總預算\n{ZH}\n記者︰陳大文\n\n編輯：李四\n", &["陳大文"]),
        ("市議會通過總預算\n{ZH}\n記者黃小明 、馮大文\n\n請下載本報手機程式\n", &["黃小明", "馮大文"]),
        // An outlet's reporter credit in the lead's brackets.
        (
            "市議會通過總預算\n【本報訊】(香港日報記者 顏大明 文森)市議會今天三讀通過明年度總預算，教育與公園支出較去年增加一成二。\n{ZH}",
            &["顏大明", "文森"],
        ),
        // The outlet before the writer in a closing credit.
        ("市議會通過總預算\n{ZH}市府表示將持續追蹤。（台灣日報網 李大寧）\n", &["李大寧"]),
        // An outlet on the date line beside the reporter in the dateline.
        (
            "市議會通過總預算\n2018年07月03日 06:41 新華網\n新華網北京7月3日電（王瑩）市議會今天三讀通過明年度總預算，教育與公園支出較去年增加一成二。\n{ZH}",
            &["王瑩"],
        ),
    ];
    for (page, want) in cases {
        let page = page.replace("{ZH}", ZH_BODY);
        assert_eq!(meta_of(&page, false).0, *want, "{page}");
    }
}

/// The credit forms of Taiwanese, Hong Kong and mainland pages, each in the
/// head of a page: a lead in brackets without an outlet, a lead tag or a
/// dateline before `記者…報導`, the report set apart by a space, the outlet
/// before a name, a date before it, a bar after the label, other people's
/// credits (`圖：`, `攝影`) ending the names, a description after them.
#[test]
fn zh_credit_forms() {
    let cases: &[(&str, &[&str])] = &[
        ("市議會通過總預算\n2024年5月12日\n〔記者林小美／高雄報導〕市議會今天三讀通過明年度總預算。\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024年5月12日\n【記者林小美／高雄報導】市議會今天三讀通過明年度總預算。\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024年5月12日\n【本報訊】記者林小美報道：市議會今天三讀通過明年度總預算。\n{ZH}", &["林小美"]),
        ("市议会通过总预算\n2024年05月12日\n本报广州5月12日电 记者林小美报道：市议会今天三读通过明年度总预算。\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n記者林小美 高雄報導\n2024/05/12\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n記者林小美 綜合報導\n2024/05/12\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n中時新聞網 林小美\n2024/05/12 10:30\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024/05/12 10:30 林小美\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n自由時報 2024/05/12 10:30\n記者林小美\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024/05/12 10:30\n{ZH}（林小美）\n", &["林小美"]),
        ("市议会通过总预算\n2024-05-12 10:30\n文 | 林小美\n{ZH}", &["林小美"]),
        ("市议会通过总预算\n2024-05-12 10:30\n□记者 林小美 通讯员 郑大为\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024年5月12日\n文：林小美　圖：鄭大為\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n採訪：林小美　攝影：鄭大為\n2024年5月12日\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n記者 林小美 / 攝影 鄭大為 報導\n2024/05/12 10:30\n{ZH}", &["林小美"]),
        ("市议会通过总预算\n2024年05月12日 10:30\n{ZH}（作者：林小美，系某大学公共管理学院教授）\n", &["林小美"]),
        // A wire dateline credit: the reporter, the place, the day, 電.
        ("市議會通過總預算\n2024年5月12日\n（中央社記者林小美高雄12日電）市議會今天三讀通過明年度總預算。\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024年5月12日\n（中央社記者王明台北12日電）市議會今天三讀通過明年度總預算。\n{ZH}", &["王明"]),
        ("市議會通過總預算\n2024年5月12日\n（中央社記者林小美、鄭大為台中12日電）市議會今天三讀通過明年度總預算。\n{ZH}", &["林小美", "鄭大為"]),
        // The same after a photo's caption.
        ("市議會通過總預算\n2024年5月12日\n議場外聚集大批民眾。（圖取自市府網頁）\n（中央社記者林小美高雄12日電）市議會今天三讀通過明年度總預算。\n{ZH}", &["林小美"]),
        // A desk before 記者, the names after a colon, closing the article.
        ("市議會通過總預算\n2024年5月12日\n{ZH}\n法庭記者：林小美\n", &["林小美"]),
        // An outlet's flash desk, a slash, the names and the date on one line.
        ("市議會通過總預算\n讚 120\n新報快訊／林小美、鄭大為 2024年05月12日 09:25:00\n{ZH}", &["林小美", "鄭大為"]),
        ("市議會通過總預算\n讚 120\n新報快訊／林小美、鄭大為                    2024年05月12日 09:25:00\n{ZH}", &["林小美", "鄭大為"]),
        // A name and the date-time on one line, under the title.
        ("市議會通過總預算\n讚 12\n林小美 2024年05月12日 17:00:00\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n讚 12\n林小美                    2024年05月12日 17:00:00\n{ZH}", &["林小美"]),
        // A short outlet line, then the name (a place after an underscore).
        ("市議會通過總預算\n10:302024/05/12\n中時\n林小美_高雄\nFacebook\n{ZH}", &["林小美"]),
        // A name alone, its role on the next line.
        ("市議會通過總預算\n林小美\n國際部記者\n{ZH}", &["林小美"]),
        // Not credits: an editor, a press conference, a reporter's question.
        ("市議會通過總預算\n2024/05/12 10:30\n{ZH}（編輯：鄭大為）\n", &[]),
        ("市議會通過總預算\n記者會\n2024/05/12 10:30\n{ZH}", &[]),
        ("市議會通過總預算\n2024/05/12 10:30\n記者詢問\n{ZH}", &[]),
    ];
    for (page, want) in cases {
        let page = page.replace("{ZH}", ZH_BODY);
        assert_eq!(meta_of(&page, false).0, *want, "{page}");
    }
}

/// English byline forms in a page's head: a `Words:` label, two names
/// joined by `and` (in capitals too), a name `for` an outlet, a reading
/// time after the name, a date before a dash and the name, a job title
/// after a comma (not a second name).
#[test]
fn en_byline_forms() {
    let head = "Home\nNews\nCouncil approves new city budget\n";
    let cases: &[(&str, &[&str])] = &[
        ("Words: Maria Lopez\nMay 12, 2024\n", &["Maria Lopez"]),
        (
            "Maria Lopez and Tom Baker\nMay 12, 2024\n",
            &["Maria Lopez", "Tom Baker"],
        ),
        (
            "BY MARIA LOPEZ AND TOM BAKER\nMay 12, 2024\n",
            &["MARIA LOPEZ", "TOM BAKER"],
        ),
        (
            "Maria Lopez for The Daily Planet\nMay 12, 2024\n",
            &["Maria Lopez"],
        ),
        (
            "By Maria Lopez for The Daily Planet\nMay 12, 2024\n",
            &["Maria Lopez"],
        ),
        ("Maria Lopez · 5 min read\nMay 12, 2024\n", &["Maria Lopez"]),
        ("May 12, 2024 - Maria Lopez\n", &["Maria Lopez"]),
        (
            "By Maria Lopez, Senior Political Reporter\nMay 12, 2024\n",
            &["Maria Lopez"],
        ),
        (
            "By Maria Lopez, Tom Baker and Ann Lee\nMay 12, 2024\n",
            &["Maria Lopez", "Tom Baker", "Ann Lee"],
        ),
        // Not bylines: a reading time alone, a date and a section.
        ("5 min read\nMay 12, 2024\n", &[]),
        ("May 12, 2024 - Local News\n", &[]),
    ];
    for (credit, want) in cases {
        let page = format!("{head}{credit}{BODY}");
        assert_eq!(meta_of(&page, false).0, *want, "{page}");
    }
}

/// The headline of a pasted page, not the page furniture above it: the
/// last item of a menu (a few words under a run of such lines, with the
/// page's date under it), a breadcrumb pasted as one line, a role line.
#[test]
fn pasted_titles_skip_menus_and_breadcrumbs() {
    let cases: &[(&str, &str)] = &[
        (
            "Local\nSports\nWeather\nCity Hall Blog\nUpdated 10:12 GMT, Monday, 13 May 2024\nE-mail this\nCouncil approves new city budget\n\n{BODY}",
            "Council approves new city budget",
        ),
        (
            "Home / News / Local\nMay 12, 2024\nCouncil approves new city budget\n\n{BODY}",
            "Council approves new city budget",
        ),
    ];
    for (page, want) in cases {
        let page = page.replace("{BODY}", BODY);
        let a = analyze(&page, &Options::default());
        assert_eq!(a.title.as_deref(), Some(*want), "{page}");
    }
}

/// More of the Chinese credit grammar in pasted pages (issue 16): a wire
/// dateline's reporter before a long place, a translator's credit closing
/// the story, a role word other than 記者 before the names (`編譯`, `編輯 …
/// 報導`), a desk with no name, names joined by `及`, the date and the
/// outlet on the credit's line, labels joined as one (`文、攝影／`), a label
/// glued to the outlet on a date line, an institution before the writer,
/// other people's credits (`編輯`, `攝`) after the names, and the reporter's
/// own words (`記者調查發現`) that name nobody.
#[test]
fn zh_credit_grammar() {
    let cases: &[(&str, &[&str])] = &[
        ("市議會通過總預算\n2024/05/12 14:35\n（中央社記者林小美華盛頓11日專電）市議會今天三讀通過明年度總預算。\n{ZH}（編輯：鄭大為）1130512\n", &["林小美"]),
        ("市議會通過總預算\n2024/05/12 14:35\n（中央社台北12日綜合外電報導）市議會今天三讀通過明年度總預算。\n{ZH}（編譯：林小美）1130512\n", &["林小美"]),
        ("市議會通過總預算\n2024/05/12 14:35\n（中央社台北12日綜合外電報導）市議會今天三讀通過明年度總預算。\n{ZH}（譯者：林小美/核稿：鄭大為）1130512\n", &["林小美"]),
        ("市議會通過總預算\n2024/05/12 05:30\n〔編譯林小美／綜合報導〕市議會今天三讀通過明年度總預算。\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024/05/12 05:30\n〔即時新聞／綜合報導〕市議會今天三讀通過明年度總預算。\n{ZH}", &[]),
        ("市議會通過總預算\n國際中心／綜合報導\n2024年05月12日 10:20\n{ZH}", &[]),
        ("市議會通過總預算\n編輯 林小美 報導\n發佈時間：2024/05/12 10:07\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024年5月12日\n記者林小美及鄭大為／台北報導\n{ZH}", &["林小美", "鄭大為"]),
        ("市議會通過總預算\n2024年5月12日 台灣日報 記者林小美\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024-05-12 10:20 記者林小美／台北報導\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n文、攝影／林小美\n2024-05-12 10:20\n{ZH}", &["林小美"]),
        ("市议会通过总预算\n国内新闻>正文\n2024年05月12日 08:04 海城新闻作者：海城新闻\n{ZH}", &["海城新闻"]),
        ("市议会通过总预算\n2024-05-12 10:20\n{ZH}（本文来源：海城日报 作者：某某研究院 执笔人：林小美 郑大为）\n", &["林小美", "郑大为"]),
        ("市议会通过总预算\n2024-05-12 10:20\n（本文来源：海城日报 作者：某某研究院 执笔人：林小美）\n{ZH}", &["林小美"]),
        ("市议会通过总预算\n海城新闻记者 林小美 编辑 郑大为 校对 王五\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n2024-05-12 10:20\n{ZH}（記者林小美攝）\n", &[]),
        ("市议会通过总预算\n2024年05月12日 08:04 海城日报\n海城日报记者调查发现，议员们对预算案仍有疑虑。\n{ZH}", &[]),
        // A long last paragraph closed by the translator's credit and a date code.
        ("市議會通過總預算\n2024/05/12 14:35\n（中央社台北12日綜合外電報導）市議會今天三讀通過明年度總預算。\n{ZH}市府財政局表示，明年度歲入預估將較今年成長，債務比率維持在法定上限以內，各項建設計畫將依進度編列經費，議會也將持續監督預算執行。（譯者：林小美/核稿：鄭大為）1130512\n", &["林小美"]),
        ("市議會通過總預算\n2024/05/12 14:35\n（中央社駐歐洲特派員林小美布魯塞爾11日專電）市議會今天三讀通過明年度總預算。\n{ZH}", &["林小美"]),
        ("市議會通過總預算\n作者,孫小業\n職務,BBC中文記者\n2024年5月12日\n{ZH}", &["孫小業"]),
        ("市議會通過總預算\n弗蘭克·加德納\nBBC安全事務記者\n2024年5月12日\n{ZH}", &["弗蘭克·加德納"]),
        ("市議會通過總預算\nAMY QIN, 王小舟\n2024年5月12日\n{ZH}", &["AMY QIN", "王小舟"]),
        ("市议会通过总预算\n2024-05-12 10:20\n海城日报记者 林小美 通讯员 郑大为\n{ZH}", &["林小美", "郑大为"]),
    ];
    for (page, want) in cases {
        let page = page.replace("{ZH}", ZH_BODY);
        assert_eq!(meta_of(&page, false).0, *want, "{page}");
    }
}

/// An outlet's name in `<meta name="author">` names no writer; the
/// reporter in the lead's dateline does.
#[test]
fn zh_outlet_in_meta_author() {
    let page = format!(
        "<html><head><meta name=\"author\" content=\"海城日報\"></head><body>\
         <article><h1>市議會通過總預算</h1><p>2024年05月12日</p><p>海城網5月12日電（記者 林小美）市議會今天三讀通過明年度總預算，教育與公園支出較去年增加一成二。</p>{}</article></body></html>",
        ZH_BODY.lines().map(|l| format!("<p>{l}</p>")).collect::<String>()
    );
    assert_eq!(meta_of(&page, true).0, ["林小美"]);
    let page = page.replace("海城網5月12日電（記者 林小美）", "");
    assert!(meta_of(&page, true).0.is_empty());
}

/// The headline of a pasted Chinese page among lines shaped like one: a
/// shortened copy just above it (a breadcrumb's crumb), a column's list of
/// stories sharing a prefix, tag lines under the date, the headline shown
/// twice more in a list (a picture and its link) above it, a teaser cut
/// mid-sentence repeated below it.
#[test]
fn zh_pasted_titles() {
    let cases: &[(&str, &str)] = &[
        ("首頁 / 政治\n市議會三讀通過/教育支出\n市議會三讀通過明年度總預算 教育支出增一成二\n2024/05/12 10:20\n{ZH}", "市議會三讀通過明年度總預算 教育支出增一成二"),
        ("《市政觀察》林大同－－公園管理處長請辭\n《市政觀察》林大同－－市府擬調整公車路線\n《市政觀察》林大同－－圖書館延長開放時間\n2024年5月12日\n林大同 市政觀察\n市議會三讀通過明年度總預算\n{ZH}", "市議會三讀通過明年度總預算"),
        ("台灣日報\n首頁\n議會拍板 明年建設加速推動\n2024/05/12 10:20\n議員\n明年度總預算\n公園支出\n{ZH}", "議會拍板 明年建設加速推動"),
        ("市議會三讀通過明年度總預算\n市議會三讀通過明年度總預算\n市府宣布公車票價調整\n圖書館延長開放時間\n公園管理處長請辭\n市議會三讀通過明年度總預算\n2024-05-12 列印\n{ZH}", "市議會三讀通過明年度總預算"),
        ("議會拍板 明年建設加速推動\n2024年05月12日\n市議會今天三讀通過明年度總預算，教育與公園支出\n議員指出，預算案已討論數月，市民普遍希望\n市議會今天三讀通過明年度總預算，教育與公園支出\n{ZH}", "議會拍板 明年建設加速推動"),
    ];
    for (page, want) in cases {
        let page = page.replace("{ZH}", ZH_BODY);
        let a = analyze(&page, &Options::default());
        assert_eq!(a.title.as_deref(), Some(*want), "{page}");
    }
}
