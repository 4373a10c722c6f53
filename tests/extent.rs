//! Where the article is on a page: the element that holds it (HTML), the
//! run of lines that is it (plain text), and its headline. Each case is a
//! page shape seen on real sites, written here from scratch.

use figlens::{analyze, Analysis, BlockKind, Options};

fn body(a: &Analysis) -> String {
    a.blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading))
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn html(page: &str) -> Analysis {
    analyze(
        page,
        &Options {
            html: true,
            ..Options::default()
        },
    )
}

const PARAGRAPHS: [&str; 4] = [
    "The city council voted on Tuesday to raise the rent cap, a change that affects about 12,000 households across the northern districts.",
    "Supporters said the measure, which passed seven to two, would keep landlords investing, while tenants' groups warned it would price families out.",
    "The new cap takes effect in March, and the council will review its effect on vacancies, evictions and new construction after one year.",
    "Council member Ana Ruiz, who voted against it, said the city had not studied what the change would mean for older residents on fixed incomes.",
];

fn article_html(wrapper_class: &str, body_class: &str) -> String {
    let nav: String = (0..30)
        .map(|i| format!("<li><a href=\"/s{i}\">Section {i}</a></li>"))
        .collect();
    let paras: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    let related: String = (0..6)
        .map(|i| format!("<li><a href=\"/r{i}\">Another story about the housing market, number {i}, and what it means</a></li>"))
        .collect();
    let comments: String = (0..5)
        .map(|i| format!("<div class=\"comment\"><div class=\"user\">reader{i}</div><p>I think this is a terrible decision, and the council should reconsider it before March, honestly, for everyone's sake ({i}).</p></div>"))
        .collect();
    format!(
        "<html><head><title>Council raises rent cap | Daily Town</title></head>\
         <body class=\"{body_class}\"><ul class=\"menu\">{nav}</ul>\
         <div class=\"{wrapper_class}\"><h1>Council raises rent cap</h1><div class=\"text\">{paras}</div></div>\
         <div class=\"sidebar\"><h3>Related</h3><ul>{related}</ul></div>\
         <div class=\"discussion\">{comments}</div><footer>© 2024 Daily Town</footer></body></html>"
    )
}

#[test]
fn the_article_element_holds_the_body_and_nothing_around_it() {
    let a = html(&article_html("story", ""));
    let b = body(&a);
    for p in PARAGRAPHS {
        assert!(b.contains(p), "missing paragraph {p:?} in {b:?}");
    }
    assert!(!b.contains("Section 3"), "navigation in the body: {b:?}");
    assert!(
        !b.contains("Another story"),
        "related links in the body: {b:?}"
    );
    assert!(
        !b.contains("terrible decision"),
        "comments in the body: {b:?}"
    );
    assert_eq!(a.title.as_deref(), Some("Council raises rent cap"));
}

#[test]
fn a_zone_word_on_a_page_wide_element_does_not_hide_the_article() {
    // Theme classes on <body> and on the article's wrapper name the layout.
    for (wrapper, body_class) in [
        ("story", "layout-footer-sticky"),
        ("story share-enabled", "theme-social"),
        ("main-comments-wrap", "page"),
    ] {
        let a = html(&article_html(wrapper, body_class));
        let b = body(&a);
        for p in PARAGRAPHS {
            assert!(b.contains(p), "{wrapper}/{body_class}: missing {p:?}");
        }
    }
}

#[test]
fn text_straight_in_a_div_is_read_as_paragraphs() {
    let nav: String = (0..20)
        .map(|i| format!("<a href=\"/n{i}\">Link {i}</a> "))
        .collect();
    let page = format!(
        "<body><div>{nav}</div><div class=\"x\">{}</div><div>Rua Principal, 1111 - Centro - 89259-565 - Telefone: (47) 2106-8000</div></body>",
        PARAGRAPHS.join("<br><br>")
    );
    let b = body(&html(&page));
    for p in PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?} in {b:?}");
    }
    assert!(
        !b.contains("Rua Principal"),
        "footer address in the body: {b:?}"
    );
}

#[test]
fn a_comment_label_near_the_top_does_not_swallow_a_pasted_article() {
    let text = format!(
        "Daily Town\nNews  Sports  Opinion\n2 Comments\nShare\nCouncil raises rent cap\nBy Jane Doe\nMay 12, 2024\n{}\n",
        PARAGRAPHS.join("\n")
    );
    let a = analyze(&text, &Options::default());
    let b = body(&a);
    for p in PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?} in {b:?}");
    }
}

#[test]
fn teasers_and_comments_after_a_pasted_article_stay_out() {
    let text = format!(
        "Council raises rent cap\nBy Jane Doe\n{}\nMore from Daily Town\nSchool board delays vote on new calendar after parents, teachers and students packed the meeting hall on Monday night.\nBridge repairs will close two lanes for most of the summer, the transportation department said in a statement.\nComments\nreader1 says:\nThis is a terrible decision, and the council should reconsider it before March, for everyone's sake, honestly.\n",
        PARAGRAPHS.join("\n")
    );
    let a = analyze(&text, &Options::default());
    let b = body(&a);
    for p in PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?} in {b:?}");
    }
    assert!(!b.contains("School board"), "teaser in the body: {b:?}");
    assert!(
        !b.contains("terrible decision"),
        "comment in the body: {b:?}"
    );
}

#[test]
fn a_cookie_notice_above_a_pasted_article_is_not_its_start() {
    let text = format!(
        "We use cookies and similar technologies to improve your experience, and by continuing you agree to our use of them.\nAccept\nMenu\nSearch\nCouncil raises rent cap\nBy Jane Doe\n{}\n",
        PARAGRAPHS.join("\n")
    );
    let b = body(&analyze(&text, &Options::default()));
    assert!(!b.contains("cookies"), "cookie notice in the body: {b:?}");
    assert!(b.starts_with(PARAGRAPHS[0]), "body starts elsewhere: {b:?}");
}

#[test]
fn the_pasted_headline_is_the_line_the_lead_is_about() {
    // Buttons, a caption and a teaser sit nearer the body than the headline.
    let text = format!(
        "Daily Town\nCouncil raises rent cap for 12,000 households\nBy Jane Doe\nMay 12, 2024\nShare via Email\nGo to permalink\nThe council chamber on Tuesday. Photo: City Hall\n{}\n",
        PARAGRAPHS.join("\n")
    );
    let a = analyze(&text, &Options::default());
    assert_eq!(
        a.title.as_deref(),
        Some("Council raises rent cap for 12,000 households")
    );
}

#[test]
fn a_pasted_chinese_headline_is_found_above_its_date_line() {
    let paras = [
        "市議會週二通過提高租金上限的修正案，影響北區約一萬二千戶家庭，新制將於明年三月上路。",
        "支持者表示，此舉可以維持房東投資意願；租屋團體則警告，許多家庭可能因此無力負擔房租。",
        "議會將在一年後檢討新制對空屋率、驅逐案件及新建案的影響，並公布評估報告供市民參考。",
    ];
    let text = format!(
        "首頁 新聞 體育 評論\n用微信掃碼分享\n市議會通過提高租金上限 影響一萬二千戶\n2024-05-12 10:32 來源：本報\n{}\n",
        paras.join("\n")
    );
    let a = analyze(&text, &Options::default());
    assert_eq!(
        a.title.as_deref(),
        Some("市議會通過提高租金上限 影響一萬二千戶")
    );
    let b = body(&a);
    for p in paras {
        assert!(b.contains(p), "missing {p:?} in {b:?}");
    }
}

#[test]
fn a_cookie_notice_below_a_pasted_article_does_not_outweigh_it() {
    let notice = "This website uses cookies to improve your experience while you navigate through the website, and some of them are stored in your browser as they are necessary.";
    let text = format!(
        "Council raises rent cap\nBy Jane Doe\n{}\nCopyright © 2024 Daily Town\n{}\n",
        PARAGRAPHS[..2].join("\n"),
        [notice; 6].join("\n")
    );
    let b = body(&analyze(&text, &Options::default()));
    assert!(b.starts_with(PARAGRAPHS[0]), "body: {b:?}");
    assert!(!b.contains("cookies"), "consent notice in the body: {b:?}");
}

#[test]
fn an_article_about_cookies_keeps_its_paragraphs() {
    let text = "Holiday baking tips\nBy Jane Doe\nThese butter cookies take twenty minutes, and the dough keeps for a week in the fridge, so you can bake a fresh batch every morning.\nChill the dough before rolling it, dust the counter with flour, and cut the cookies as thick as a coin so they bake evenly.\n";
    let b = body(&analyze(text, &Options::default()));
    assert!(b.contains("butter cookies"), "body: {b:?}");
    assert!(b.contains("Chill the dough"), "body: {b:?}");
}

#[test]
fn a_long_comment_thread_never_outweighs_the_article() {
    let comment = "I have followed this team for thirty years, and honestly this season is the worst I can remember, with injuries, bad calls and a coach who will not adapt.";
    let mut text = format!(
        "Coach says the team needed the win\nPosted by Jane Doe on May 12, 2024\n{}\n34 responses to “Coach says the team needed the win”\n",
        PARAGRAPHS.join("\n")
    );
    for i in 0..30 {
        text.push_str(&format!(
            "fan{i} says:\nMay 12, 2024 at 6:{i:02} am\n{comment}\n"
        ));
    }
    let b = body(&analyze(&text, &Options::default()));
    for p in PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?}");
    }
    assert!(!b.contains("thirty years"), "a comment in the body");
}

#[test]
fn a_more_from_label_with_a_site_name_heads_a_list() {
    let text = format!(
        "Council raises rent cap\n{}\nMore from Daily Town\nSchool board delays vote on new calendar\nBridge repairs will close two lanes\n",
        PARAGRAPHS.join("\n")
    );
    let a = analyze(&text, &Options::default());
    assert!(a.blocks.iter().any(|b| b.kind == BlockKind::Related
        && b.items
            .as_ref()
            .is_some_and(|i| i.iter().any(|x| x.contains("School board")))));
}

#[test]
fn captions_and_credits_in_html_are_not_the_article() {
    let paras: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    let page = format!(
        "<body><article><h1>Council raises rent cap</h1><figure><img src=a.jpg><figcaption>The council chamber on Tuesday, when the vote was taken after a long debate.</figcaption></figure>{paras}<p class=\"photo-credit\">Photo by City Hall staff photographers, used with permission of the city.</p><h2><a href=\"/other\">Another story about the housing market and what it means</a></h2></article></body>"
    );
    let b = body(&html(&page));
    for p in PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?}");
    }
    assert!(!b.contains("council chamber"), "caption in the body: {b:?}");
    assert!(!b.contains("photographers"), "credit in the body: {b:?}");
    assert!(
        !b.contains("Another story"),
        "linked teaser heading in the body: {b:?}"
    );
}

#[test]
fn an_embedded_post_is_the_articles_but_a_share_bar_is_not() {
    let paras: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    let page = format!(
        "<body><article><h1>Council raises rent cap</h1>{paras}<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>The vote tonight was a disgrace and renters will remember it in November, every single one of us.</p></blockquote></div><div class=\"social-share\">Share on Facebook Share on X Email this story to a friend now</div></article></body>"
    );
    let b = body(&html(&page));
    assert!(
        b.contains("renters will remember"),
        "embedded post missing: {b:?}"
    );
    assert!(
        !b.contains("Share on Facebook"),
        "share bar in the body: {b:?}"
    );
}

#[test]
fn an_agency_caption_in_pasted_text_is_not_a_paragraph() {
    let text = format!(
        "Council raises rent cap\nBy Jane Doe\n{}\nIn this May 12, 2024, file photo, council members vote on the rent measure at City Hall. (AP Photo/Jane Doe)\n{}\n",
        PARAGRAPHS[..2].join("\n"),
        PARAGRAPHS[2..].join("\n")
    );
    let b = body(&analyze(&text, &Options::default()));
    assert!(!b.contains("file photo"), "caption in the body: {b:?}");
    assert!(b.contains(PARAGRAPHS[3]), "body cut at the caption: {b:?}");
}

#[test]
fn an_article_split_around_an_ad_slot_is_read_whole() {
    let first: String = PARAGRAPHS[..2]
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let rest: String = PARAGRAPHS[2..]
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let more = "<p>Tenants who want advice can call the housing office, which opens an extra help desk on Saturdays, the city said on Wednesday.</p>";
    let nav: String = (0..20)
        .map(|i| format!("<li><a href=\"/s{i}\">Section {i}</a></li>"))
        .collect();
    let page = format!(
        "<body><ul>{nav}</ul><main><h1>Council raises rent cap</h1><div class=\"body-top\">{first}</div>\
         <div class=\"ad-slot\">Advertisement</div><div class=\"wrap\"><div class=\"body-rest\">{rest}{more}</div></div></main></body>"
    );
    let b = body(&html(&page));
    for p in PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?} in {b:?}");
    }
}

#[test]
fn unlabelled_teasers_after_a_pasted_article_stay_out() {
    let teasers = [
        "Diversity among city planners improves, but slowly",
        "A new report counts more women and people of color in planning jobs across the region than ever before, although far fewer than the population.",
        "Bridge repairs will close two lanes",
        "The transportation department says the work on the river crossing will last most of the summer and cause long delays at rush hour.",
        "School board delays vote on calendar",
        "Parents, teachers and students packed the meeting hall on Monday night to argue about the start of the school year and the winter break.",
    ];
    let text = format!(
        "Council raises rent cap\nBy Jane Doe\n{}\nCity Desk\n{}\n",
        PARAGRAPHS.join("\n"),
        teasers.join("\n")
    );
    let b = body(&analyze(&text, &Options::default()));
    for p in PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?}");
    }
    assert!(!b.contains("river crossing"), "a teaser in the body: {b:?}");
}

fn pasted_title(head: &str) -> Option<String> {
    let text = format!("{head}\n{}\n", PARAGRAPHS.join("\n"));
    analyze(&text, &Options::default()).title
}

#[test]
fn a_pasted_deck_under_its_headline_is_not_the_headline() {
    // The deck shares more words with the lead than the headline does.
    let t = pasted_title(
        "Home\nNews\nCouncil votes to raise the rent cap\nCouncil raises rent cap for 12,000 households in northern districts\nBy Jane Doe\nMay 12, 2024",
    );
    assert_eq!(t.as_deref(), Some("Council votes to raise the rent cap"));
}

#[test]
fn a_pasted_headline_is_cued_by_a_byline_past_the_share_bar() {
    let t = pasted_title(
        "Rent cap raised after long debate\nThe measure passed seven to two.\nFacebook\nTwitter\nComments\nPrint\nEmail\nBy Jane Doe\nclose\nCouncil member Ana Ruiz on the new cap for households",
    );
    assert_eq!(t.as_deref(), Some("Rent cap raised after long debate"));
}

#[test]
fn a_pasted_numbered_headline_is_not_a_list_item() {
    let t = pasted_title("Home\nNews\n7 things the rent cap changes for tenants\nJane Doe, Daily Town\nMay 12, 2024 10:32");
    assert_eq!(
        t.as_deref(),
        Some("7 things the rent cap changes for tenants")
    );
}

#[test]
fn a_pasted_byline_without_by_is_not_the_headline() {
    // The name's line shares more words with the lead than the headline.
    let t = pasted_title(
        "Tenants brace for a costlier spring\nAna Ruiz, Council Households Desk\nMay 12, 2024",
    );
    assert_eq!(t.as_deref(), Some("Tenants brace for a costlier spring"));
}

#[test]
fn a_pasted_labels_value_is_not_the_headline() {
    let t = pasted_title(
        "Council raises the rent cap\nAuthor:\nRent Cap Council Staff\nPublish date:\nMay 12, 2024",
    );
    assert_eq!(t.as_deref(), Some("Council raises the rent cap"));
}

#[test]
fn a_pasted_headline_under_a_breadcrumb_that_holds_it_is_taken() {
    // The breadcrumb runs its crumbs together, and ends with the headline.
    let t = pasted_title(
        "HomeCity NewsCouncil raises rent cap for 12,000 households\nCouncil raises rent cap for 12,000 households\nMay 12, 2024",
    );
    assert_eq!(
        t.as_deref(),
        Some("Council raises rent cap for 12,000 households")
    );
}

#[test]
fn a_pasted_caption_said_three_times_is_not_the_headline() {
    let cap = "The council voted on the rent cap for households";
    let t = pasted_title(&format!(
        "Council raises rent cap\n{cap}\nPhoto one\nPhoto two\nPhoto three\n{cap}\nPhoto four\nPhoto five\nPhoto six\n{cap}"
    ));
    assert_eq!(t.as_deref(), Some("Council raises rent cap"));
}

#[test]
fn a_pasted_date_in_pieces_cues_the_headline() {
    let t = pasted_title(
        "Print this page now\nRent cap raised for thousands of households\nMay 12\n10:32\n2024\nShare it with friends\nBy Jane Doe",
    );
    assert_eq!(
        t.as_deref(),
        Some("Rent cap raised for thousands of households")
    );
}

#[test]
fn a_pasted_deck_above_the_byline_is_not_the_body() {
    let text = format!(
        "Council raises rent cap\nThe vote ends a year of debate over rents in the north.\nBy Jane Doe\n{}\n",
        PARAGRAPHS.join("\n")
    );
    let a = analyze(&text, &Options::default());
    assert_eq!(a.title.as_deref(), Some("Council raises rent cap"));
    let b = body(&a);
    assert!(!b.contains("a year of debate"), "deck in the body: {b:?}");
}

#[test]
fn a_pasted_korean_headline_above_its_date_beats_the_subtitle_under_it() {
    // The subtitle repeats the lead's first words; the headline shares none
    // of its four-letter words but is dated right under it.
    let paras = [
        "[시사칼럼=김하늘의 현장] 시의회의 결정인가, 주민들의 선택인가. 시의회는 화요일 임대료 상한을 올리는 안을 통과시켰다.",
        "찬성한 의원들은 이번 결정이 건물 투자를 지킬 것이라고 말했고, 세입자 단체는 가족들이 밀려날 것이라고 경고했다.",
        "새 상한은 내년 삼월부터 적용되며, 시의회는 일 년 뒤 공실과 퇴거, 신축에 미친 영향을 다시 살펴볼 예정이다.",
    ];
    let text = format!(
        "홈\n뉴스\n임대료 상한 인상, 세입자 보호는 어디로 갔나\n기사입력 :[ 2024-05-12 10:32 ]\n시의회의 결정인가, 주민들의 선택인가\n{}\n",
        paras.join("\n")
    );
    let a = analyze(&text, &Options::default());
    assert_eq!(
        a.title.as_deref(),
        Some("임대료 상한 인상, 세입자 보호는 어디로 갔나")
    );
}

#[test]
fn a_pasted_standfirst_that_reads_as_a_paragraph_stays_in_the_body() {
    // Above the byline, but a paragraph of its own: the body's opening.
    let stand = "The council voted on Tuesday to lift the cap on rents, ending a year of debate in which tenants, landlords and the mayor's office each put forward a plan of their own.";
    let text = format!(
        "Council raises rent cap\n{stand}\nFacebook\nTwitter\nEmail\nBy Jane Doe\n{}\n",
        PARAGRAPHS.join("\n")
    );
    let a = analyze(&text, &Options::default());
    assert_eq!(a.title.as_deref(), Some("Council raises rent cap"));
    let b = body(&a);
    assert!(b.contains(stand), "standfirst left out: {b:?}");
}

fn pasted(text: &str) -> String {
    body(&analyze(text, &Options::default()))
}

fn assert_article(b: &str) {
    for p in PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?} in {b:?}");
    }
}

#[test]
fn a_thread_signed_with_times_stays_out_of_a_short_pasted_article() {
    // One paragraph of article, then a long thread: each comment's author
    // line carries its time, so the label above them starts a thread.
    let comments: String = (1..=6)
        .map(|i| format!("Reader {i} on May {i}, 2024 at 4:0{i} pm said:\nI read the whole report and I still do not see why the council thinks the cap will help, given everything it said in {i} meetings.\n"))
        .collect();
    let text = format!(
        "Council raises rent cap\nMay 12, 2024 | by Jane Doe\n{}\nPosted in City | 6 Comments\nComments\n{comments}",
        PARAGRAPHS[0]
    );
    let b = pasted(&text);
    assert!(b.contains(PARAGRAPHS[0]), "article missing: {b:?}");
    assert!(
        !b.contains("I read the whole report"),
        "comment in the body: {b:?}"
    );
    assert!(!b.contains("said:"), "signature in the body: {b:?}");
}

#[test]
fn quoting_prose_that_ends_in_said_is_not_a_comment_signature() {
    // `said:` without a clock time is an article's quote introduction.
    let text = format!(
        "Council raises rent cap\nBy Jane Doe\n{}\n{}\nAfter the vote on May 12, the mayor said:\n{}\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3]
    );
    assert_article(&pasted(&text));
}

#[test]
fn a_sign_up_form_in_the_middle_of_a_pasted_article_does_not_end_it() {
    let text = format!(
        "Council raises rent cap\nBy Jane Doe\n{}\n{}\nLet our news meet your inbox. The news that matters, delivered weekday mornings.\nSign Up\nThis site is protected by recaptcha Privacy Policy | Terms of Service\n{}\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3]
    );
    let b = pasted(&text);
    assert_article(&b);
    assert!(
        !b.contains("meet your inbox"),
        "newsletter box in the body: {b:?}"
    );
}

#[test]
fn glued_teaser_cards_above_a_pasted_article_stay_out() {
    // innerText runs a card's headline and summary together.
    let teasers = "Police Arrest Two After Downtown Shop Break-InTwo men were arrested early Sunday after officers found them inside a closed electronics store.\n\
Bridge Repairs Will Close Two Lanes All SummerThe transportation department said the work on the river crossing will last until late August.\n\
Local Bakery Wins State Award For Its Rye BreadThe family-run shop on Main Street has baked the same recipe for three generations now.\n";
    let text = format!(
        "Daily Town\n{teasers}Council raises rent cap\nMay 12, 2024 at 9:45 am\n{}\n",
        PARAGRAPHS.join("\n")
    );
    let b = pasted(&text);
    assert_article(&b);
    assert!(!b.contains("Police Arrest"), "teaser in the body: {b:?}");
    assert!(!b.contains("Bakery"), "teaser in the body: {b:?}");
}

#[test]
fn a_feed_of_dated_teasers_after_a_pasted_article_stays_out() {
    let feed: String = (1..=5)
        .map(|i| format!("Tuesday November {i}, 2019\nThe school board delayed a vote on the new calendar for the {i}th time after parents and teachers packed the hall on Monday.\nSchool board delays vote again\n"))
        .collect();
    let text = format!(
        "Council raises rent cap\nBy Jane Doe\nMay 12, 2024\n{}\n{feed}",
        PARAGRAPHS.join("\n")
    );
    let b = pasted(&text);
    assert_article(&b);
    assert!(!b.contains("school board"), "feed in the body: {b:?}");
}

#[test]
fn a_numbered_list_the_article_introduces_is_part_of_it() {
    let items: String = (1..=6)
        .map(|i| {
            format!(
                "{i}) Boxed set of the original series, volume {i}\nhttp://example.com/item{i}\n"
            )
        })
        .collect();
    let text = format!(
        "Deals for collectors\nMay 12, 2024\n{}\n{}\nHere are the best offers of the week, in no particular order:\n{items}Share this\nLeave a comment\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let b = pasted(&text);
    assert!(b.contains(PARAGRAPHS[1]), "article missing: {b:?}");
    assert!(b.contains("volume 1"), "first item missing: {b:?}");
    assert!(b.contains("volume 6"), "last item missing: {b:?}");
    assert!(
        !b.contains("Leave a comment"),
        "comment form in the body: {b:?}"
    );
}

#[test]
fn a_short_related_box_inside_a_pasted_article_does_not_split_it() {
    let text = format!(
        "Council raises rent cap\nBy Jane Doe\n{}\n{}\nRelated\nSchool Board Delays Vote On New Calendar\nBridge Repairs Close Two Lanes\n{}\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3]
    );
    let b = pasted(&text);
    assert_article(&b);
    assert!(
        !b.contains("Bridge Repairs"),
        "related headline in the body: {b:?}"
    );
}

const ZH_PARAGRAPHS: [&str; 3] = [
    "市議會今天三讀通過明年度總預算，教育與公園支出較去年增加一成二，市長表示將於下週簽署公布實施，並由財政局負責執行。",
    "議員指出，預算案已討論數月，市民普遍希望增加圖書館與大眾運輸的經費，市府將依議會決議執行，並定期向議會報告進度。",
    "反對的議員則認為，新增支出缺乏財源規劃，未來兩年恐須舉債支應，要求市府在三個月內提出完整的財務計畫供議會審查。",
];

#[test]
fn photo_captions_between_pasted_chinese_paragraphs_do_not_split_the_article() {
    // The site's menu between them, as long as real ones are.
    let menu: String = [
        "首頁", "港聞", "兩岸", "國際", "財經", "體育", "娛樂", "副刊", "評論", "專題",
    ]
    .iter()
    .cycle()
    .take(40)
    .map(|m| format!("{m}\n"))
    .collect();
    let text = format!(
        "為避免使用網頁時發生問題，請確保你的網頁瀏覽器已更新至最新版本，並開啟所需的功能設定。\n請使用下列任何一種瀏覽器瀏覽以達至最佳的用戶體驗，包括常見的各種瀏覽器版本。\n{menu}市議會通過總預算\n2021-03-01 10:52 香港\n{}\n議員在會場外聚集。（本報記者陳大明攝）\n{}\n市長出席記者會。（本報記者攝）\n{}\n責任編輯：李四\n",
        ZH_PARAGRAPHS[0], ZH_PARAGRAPHS[1], ZH_PARAGRAPHS[2]
    );
    let b = pasted(&text);
    for p in ZH_PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?} in {b:?}");
    }
    assert!(!b.contains("瀏覽器"), "browser notice in the body: {b:?}");
}

#[test]
fn small_print_after_a_pasted_pages_footer_is_not_the_article() {
    let teasers: String = (1..=12)
        .map(|i| format!("財經要聞第{i}則\n時事脈搏 ｜ 今日 09:{i:02}\n"))
        .collect();
    let text = format!(
        "信報財經新聞\n首頁\n市議會通過總預算\n放大圖片\n{}\n{}\n{teasers}關於我們 | 服務條款 | 私隱條款 | 免責聲明 | 聯絡我們\n股票及指數資料由財經資訊有限公司提供，期貨指數資料由另一家財經公司提供，外匯及黃金報價由通訊社提供，所有資料僅供參考之用。\n本網站的內容概不構成任何投資意見，本網站內容亦並非就任何個別投資者的特定投資目標、財務狀況及個別需要而編製，投資者應自行判斷。\n版權所有，不得轉載。\n",
        ZH_PARAGRAPHS[0], ZH_PARAGRAPHS[1]
    );
    let b = pasted(&text);
    assert!(
        b.contains(ZH_PARAGRAPHS[0]) && b.contains(ZH_PARAGRAPHS[1]),
        "article missing: {b:?}"
    );
    assert!(!b.contains("投資意見"), "disclaimer in the body: {b:?}");
}

#[test]
fn tour_dates_the_article_introduces_are_part_of_it() {
    let rows: String = [
        "June 9 -- Harbor Amphitheatre, West Bay, FL",
        "June 10 -- Credit Union Arena, Lakeside, FL",
        "June 14 -- Ridge Pavilion, Alton, GA",
        "June 17 -- River Arena, Nashville, TN",
        "June 19 -- Music Park, Charlotte, NC",
        "June 20 -- Walnut Stage, Raleigh, NC",
    ]
    .iter()
    .map(|r| format!("{r}\n"))
    .collect();
    let text = format!(
        "Band sets 50th anniversary tour\n11/19/2019 by Jane Doe\n{}\n{}\nThe Band 50th Anniversary Tour 2020 dates:\n{rows}Most Popular\nSomething else entirely happened in another city\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let b = pasted(&text);
    assert!(b.contains(PARAGRAPHS[1]), "article missing: {b:?}");
    assert!(b.contains("June 9 -- Harbor"), "first row missing: {b:?}");
    assert!(b.contains("June 20 -- Walnut"), "last row missing: {b:?}");
    assert!(!b.contains("Something else"), "sidebar in the body: {b:?}");
}

#[test]
fn separator_lines_that_no_line_introduces_stay_out() {
    // A menu of `Section - Subsection` lines after the article: no
    // introducing line, so not the article's table.
    let rows: String = (1..=6).map(|i| format!("Sports - League {i}\n")).collect();
    let text = format!(
        "Council raises rent cap\nBy Jane Doe\n{}\n{rows}",
        PARAGRAPHS.join("\n")
    );
    let b = pasted(&text);
    assert_article(&b);
    assert!(!b.contains("League"), "menu in the body: {b:?}");
}

#[test]
fn a_pasted_breadcrumb_or_a_bare_byline_is_not_the_headline() {
    let t = pasted_title(
        "Home  Issues  May 12, 2024  Council raises the rent cap\nCouncil raises the rent cap\nMark Ames and Yasha Levine\nMay 12, 2024",
    );
    assert_eq!(t.as_deref(), Some("Council raises the rent cap"));
}

#[test]
fn a_back_link_above_a_pasted_article_is_not_its_headline() {
    for back in ["Zurück zur Übersicht", "Back to overview"] {
        let t = pasted_title(&format!(
            "{back}\nVon Moritz Bachmann publiziert am 25. September 2018\nDer Rat erhöht die Mietobergrenze"
        ));
        assert_eq!(
            t.as_deref(),
            Some("Der Rat erhöht die Mietobergrenze"),
            "{back}"
        );
    }
}

#[test]
fn the_page_title_repeated_after_the_article_does_not_empty_it() {
    // A share widget repeats the full `<title>` after the article; the
    // `<h1>` above the body holds only the headline's first part.
    let paras: String = ZH_PARAGRAPHS
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let page = format!(
        "<html><head><title>市議會通過總預算 教育支出增一成二 - 本報 - 港聞</title></head><body>\
         <nav><a href=\"/\">港聞</a> <a href=\"/f\">財經</a></nav>\
         <h1>市議會通過總預算</h1><h3>教育支出增一成二</h3><div>2018/12/07</div>\
         <div class=\"content\">{paras}</div>\
         <div class=\"copy\">市議會通過總預算 教育支出增一成二</div></body></html>"
    );
    let a = html(&page);
    let b = body(&a);
    for p in ZH_PARAGRAPHS {
        assert!(b.contains(p), "missing {p:?} in {b:?}");
    }
    assert_eq!(a.title.as_deref(), Some("市議會通過總預算"));
}

#[test]
fn the_site_name_after_a_bar_or_dash_leaves_the_pages_title() {
    let paras: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    // The `<h1>` holds the `<title>` whole, site name included.
    let page = format!(
        "<html><head><title>Council raises rent cap | The Daily Town</title></head><body>\
         <h1>Council raises rent cap | The Daily Town</h1><div class=\"story\">{paras}</div></body></html>"
    );
    assert_eq!(
        html(&page).title.as_deref(),
        Some("Council raises rent cap")
    );
    // No headline line at all: the `<title>` without its site name.
    let page = format!(
        "<html><head><title>Council raises the rent cap for 12,000 households - Daily Town - City</title></head><body>\
         <div class=\"story\">{paras}</div></body></html>"
    );
    assert_eq!(
        html(&page).title.as_deref(),
        Some("Council raises the rent cap for 12,000 households")
    );
    // A dash inside a headline whose parts are both long stays.
    let page = format!(
        "<html><head><title>Opening Bell - 11.18.19</title></head><body><div class=\"story\">{paras}</div></body></html>"
    );
    assert_eq!(
        html(&page).title.as_deref(),
        Some("Opening Bell - 11.18.19")
    );
}

#[test]
fn a_pull_quote_or_a_share_link_is_not_the_pasted_headline() {
    let t = pasted_title("Council raises rent cap\nBy Jane Doe\n\"The council voted to raise the rent cap for households\"\nMay 12, 2024");
    assert_eq!(t.as_deref(), Some("Council raises rent cap"));
    let t =
        pasted_title("Council raises rent cap\nBy Jane Doe\nE-mail this to a friend\nMay 12, 2024");
    assert_eq!(t.as_deref(), Some("Council raises rent cap"));
}
