//! English headlines and bylines of pasted pages: the header shapes of real
//! news and blog pages (section labels, teaser runs, author boxes), each
//! written here from scratch.

use figlens::{analyze, Analysis, Options};

const PARAGRAPHS: [&str; 4] = [
    "The city council voted on Tuesday to raise the rent cap, a change that affects about 12,000 households across the northern districts.",
    "Supporters said the measure, which passed seven to two, would keep landlords investing, while tenants' groups warned it would price families out.",
    "The new cap takes effect in March, and the council will review its effect on vacancies, evictions and new construction after one year.",
    "Council member Ana Ruiz, who voted against it, said the city had not studied what the change would mean for older residents on fixed incomes.",
];

fn pasted(head: &str, tail: &str) -> Analysis {
    let text = format!("{head}\n{}\n{tail}\n", PARAGRAPHS.join("\n"));
    analyze(&text, &Options::default())
}

fn title(head: &str) -> Option<String> {
    pasted(head, "").title
}

#[test]
fn a_short_headline_under_menu_items_is_taken_when_its_byline_follows() {
    // Three short lines above it read as a menu; its byline says it is not one.
    let t = title("Council weighs a higher rent cap for the northern districts\nSubscribe\nMore stories\nPrevious stories\nCITY HALL\nThe Rent Freeze\nBy JANE DOE\nMay 12, 2024 6:30 AM");
    assert_eq!(t.as_deref(), Some("The Rent Freeze"));
}

#[test]
fn the_dated_headline_ending_a_run_of_teasers_is_the_articles() {
    // Each headline of the run stands under another; the one with its date
    // and byline under it is not a deck.
    let t = title(
        "Budget hearing set\nTenants rally at City Hall over rising rents\nCouncil votes to raise rent cap for 12,000 households\nLandlords cheer the rent cap\nTuesday May 12, 2024 7:45 am by Jane Doe",
    );
    assert_eq!(t.as_deref(), Some("Landlords cheer the rent cap"));
}

#[test]
fn a_section_label_in_capitals_heads_no_deck() {
    // The label shares the lead's words, but in capitals it is a section's.
    let t = title("Pick a topic:\nHOUSING\nRENT CAP COUNCIL VOTES\nCouncil raises cap, landlords cheer\n258 Shares\nShare\nEmail");
    assert_eq!(t.as_deref(), Some("Council raises cap, landlords cheer"));
}

#[test]
fn a_title_with_an_abbreviation_is_a_headline_not_a_sentence() {
    // `Sr. and` is no full stop: the headline heads the deck under it.
    let t = title(
        "Ana Ruiz Sr. and the Agony of the Northern Tenant\nRent, households and the northern districts after a year of debate.\nBy Jane Doe",
    );
    assert_eq!(
        t.as_deref(),
        Some("Ana Ruiz Sr. and the Agony of the Northern Tenant")
    );
}

#[test]
fn a_dated_headline_under_a_related_label_is_not_its_item() {
    let t = title(
        "More Stories\nTenants rally at City Hall\nParks budget set for June\nCouncil raises rent cap for northern households\nMay 12, 2024 |  9:29 am",
    );
    assert_eq!(
        t.as_deref(),
        Some("Council raises rent cap for northern households")
    );
}

fn authors(a: &Analysis) -> Vec<String> {
    a.meta.authors.clone()
}

#[test]
fn a_bare_name_by_the_headline_that_an_author_box_introduces_is_the_byline() {
    let a = pasted(
        "Council raises rent cap\nJane Doe\nShare\nPrint",
        "Jane Doe\nJane Doe is a reporter who covers housing and city hall for the Daily Town.",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
    // A name the page never introduces stays unread.
    let a = pasted(
        "Council raises rent cap\nJane Doe\nShare\nPrint",
        "Jane Doe\nMore from the city desk",
    );
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
}

#[test]
fn a_byline_past_a_stray_short_paragraph_is_read() {
    // `Buzz up!` reads as a paragraph of its own; the byline waits below a
    // share bar, a caption and a quotes box.
    let a = pasted(
        "Council raises rent cap\nBuzz up!\nSend\nEmail\nShare\nDelicious\nDigg\nFacebook\nReddit\nTwitter\nBookmarks\nPrint\nAP – A crane lifts a beam over the new housing block on Sunday, Jan. 10, 2010.\nSlideshow: Housing\nRelated Quotes\nSymbol\tPrice\tChange\nBy JANE DOE, Associated Press Writer Jane Doe, Associated Press Writer – Sat Feb 6, 6:09 pm ET",
        "",
    );
    assert_eq!(authors(&a), ["JANE DOE"]);
}

#[test]
fn a_writer_beside_a_columns_name_in_the_pages_tags_is_the_author() {
    let page = format!(
        "<html><head><meta name=\"sailthru.author\" content=\"The Almanac\"><meta name=\"sailthru.author\" content=\"Jane Doe and The Almanac\"></head><body><article><h1>Council raises rent cap</h1>{}</article></body></html>",
        PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect::<String>()
    );
    let a = analyze(
        &page,
        &Options {
            html: true,
            ..Options::default()
        },
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_sentence_about_an_author_is_not_a_byline() {
    let a = pasted(
        "Council raises rent cap\nAuthor Jane Doe takes aim at the new rent cap.\nMay 12, 2024",
        "",
    );
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
}

fn date(a: &Analysis) -> Option<String> {
    a.meta.date.clone().map(|d| d[..10].to_string())
}

#[test]
fn a_date_line_without_its_year_takes_the_copyright_lines() {
    // Old wire pages print `Thu Sep 1, 12:00 PM ET`; the footer names the year.
    let a = pasted(
        "Council raises the rent cap\nWed Mar 4, 7:53 PM ET",
        "Copyright © 2009 Example Wire Service. All rights reserved.",
    );
    assert_eq!(date(&a).as_deref(), Some("2009-03-04"));
    let a = pasted(
        "Council raises the rent cap\nTuesday March 3 8:27 AM ET",
        "About us\nCopyright 1998-2009 Town Paper Inc.",
    );
    assert_eq!(date(&a).as_deref(), Some("2009-03-03"));
    // No copyright line: no year, no date.
    let a = pasted("Council raises the rent cap\nWed Mar 4, 7:53 PM ET", "");
    assert_eq!(date(&a), None);
}

#[test]
fn a_name_with_a_two_digit_dot_date_is_the_byline_and_its_date() {
    let a = pasted("Rent Cap Rises\nAna Ortiz, 03.24.09, 06:00 PM EDT", "");
    assert_eq!(authors(&a), ["Ana Ortiz"]);
    assert_eq!(date(&a).as_deref(), Some("2009-03-24"));
    // Without a time or a name's comma it names an edition, not a date.
    let a = pasted("Morning Briefing 03.24.09", "");
    assert_eq!(date(&a), None);
}

#[test]
fn a_name_alone_after_the_last_paragraph_signs_the_article() {
    let a = pasted("Council raises the rent cap", "Marta Quinlan\nE-mail this story to a friend.\nMarta Quinlan, a housing lawyer, writes about tenants' rights for the magazine.");
    assert_eq!(authors(&a), ["Marta Quinlan"]);
    let a = pasted(
        "Council raises the rent cap",
        "Marta Quinlan\nSend a letter to the editor.\nPrivacy Policy",
    );
    assert_eq!(authors(&a), ["Marta Quinlan"]);
    // A heading of links is no name.
    let a = pasted(
        "Council raises the rent cap",
        "Quick Links\nHousing\nTransit",
    );
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
}

#[test]
fn a_head_name_with_a_button_glued_on_counts_beside_its_note() {
    let a = pasted("Council raises the rent cap\nMay 12, 2024 - 1:50 pm\nShare\nMarta QuinlanBio | Email\nMarta Quinlan is the paper's City Hall bureau chief", "");
    assert_eq!(authors(&a), ["Marta Quinlan"]);
}

#[test]
fn names_that_are_no_bylines() {
    // A lead opening with its dateline vouches for no name above it.
    let a = analyze(
        "Will the Mayor Run Again?\nAna Ruiz\nMay 12, 2024 — Rumors are flying that Ana Ruiz will run for a third term, after the council voted to raise the rent cap for 12,000 households.\nSupporters said the measure, which passed seven to two, would keep landlords investing, while tenants' groups warned it would price families out.\nThe new cap takes effect in March, and the council will review its effect on vacancies, evictions and new construction after one year.\n",
        &Options::default(),
    );
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
    // A form's label over the page's date line.
    let a = pasted("SITE MAP\nBook Title\nFriday, May 12, 2024 | Print this story\nCouncil raises the rent cap", "");
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
}

#[test]
fn a_two_word_headline_over_its_deck_and_byline() {
    let t = title("theater\nCUSTOMER SERVICE\nHOME\nhousing\nRent Wars\nAs the council raises the cap, tenants and landlords both claim the win. Who is right?\nBY JANE DOE");
    assert_eq!(t.as_deref(), Some("Rent Wars"));
    // A button pair over a byline is none.
    let t = title("Close Help\nBy Jane Doe");
    assert_ne!(t.as_deref(), Some("Close Help"));
}

#[test]
fn a_magazines_issue_line_is_no_headline_but_dates_the_page() {
    let a = pasted(
        "Rent Wars\nBy Jane Doe\nMay 2009, Volume 151, No. 5\npage 1 | 2 |",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Rent Wars"));
    let a = pasted(
        "Rent Wars\nBy Jane Doe",
        "From the March 9, 2009 issue of Example Magazine.",
    );
    assert_eq!(date(&a).as_deref(), Some("2009-03-09"));
}

fn page(head: &str, body_top: &str) -> Analysis {
    let html = format!(
        "<html><head>{head}</head><body>{body_top}<article>{}</article></body></html>",
        PARAGRAPHS
            .iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
    );
    analyze(
        &html,
        &Options {
            html: true,
            ..Options::default()
        },
    )
}

#[test]
fn a_shortened_social_card_title_yields_to_the_pages_own_headline() {
    // The card's title is cut down for sharing; og:title is the headline the
    // page prints in its second `<h1>` (the first heads a promo box).
    let a = page(
        "<title>Rent cap rises -- Town Daily</title><meta name=\"twitter:title\" content=\"Rent cap rises\"><meta property=\"og:title\" content=\"Council votes to raise the rent cap for 12,000 northern households\">",
        "<h1>Weekend picks</h1><h2>Jazz in the park</h2><h1>Council votes to raise the rent cap for 12,000 northern households</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Council votes to raise the rent cap for 12,000 northern households")
    );
}

#[test]
fn a_section_label_in_capitals_over_a_headline_with_by_in_it() {
    // `by` inside a headline is no byline, and the label in capitals above
    // it is not the headline.
    let a = page(
        "<title>Rents and the city - Town Daily</title>",
        "<h1>CITY DESK</h1><h1>Rent Caps, as Explained to Us by Tenants</h1><p>May 12, 2024 at 9:00AM by Jane Doe</p>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Rent Caps, as Explained to Us by Tenants")
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_byline_meta_tag_names_the_writer() {
    let a = page(
        "<meta name=\"Byline\" content=\"Jane Doe\">",
        "<h1>Council raises rent cap</h1>",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_byline_with_the_sources_spaces_after_its_label() {
    // A blog's post footer as a page's markup spaces it out.
    let a = pasted(
        "Council raises rent cap",
        "By:          Jane Doe  Filed Under: housing, city hall",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn an_author_box_heading_is_no_headline() {
    // The box heads the writer's name and more of their pieces; the page
    // shows no headline above the article.
    let t = title("Home\nShare\nAbout the Author\nThe Editors\nAlso by The Author");
    assert_eq!(t, None);
}

#[test]
fn a_name_with_its_role_in_an_author_box_far_above_the_headline() {
    // A contributor's box (name and role, links to follow them, a bio and
    // a disclaimer) sits well above the headline, with no byline by it.
    let box_lines = "Jane Doe Contributor\nFollow Following Unfollow\nI write about housing and city budgets. full bio\nFollow Jane Doe on Twitter\nJane Doe's Profile\nContact Jane Doe\nRecent Posts\nPopular Posts\nFull Bio\nJane Doe covers housing for the site and has written about rents for a decade.\nContact Jane Doe\nLoading...\nLoading...\nHousing 5/12/2024 @ 9:00AM 1,019 views";
    let a = pasted(
        &format!("{box_lines}\nCouncil raises rent cap for northern households\nComment Now"),
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
    // A programme's name with a role word in it names nobody.
    let a = pasted(
        "From Our Own Correspondent\nHome\nWorld\nSport\nWeather\nAbout us\nHelp\nContact\nSite map\nPrivacy\nTerms\nCookies\nCouncil raises rent cap for northern households",
        "",
    );
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
}

#[test]
fn the_column_after_a_writers_role_is_no_second_writer() {
    let a = pasted(
        "Council raises rent cap\nBy Jane Doe Editor, City Rooms\nMay 12, 2024",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

// Modern pages' header shapes: roles and outlets beside names, decks
// between headline and byline, share bars, web addresses.

#[test]
fn a_name_then_a_bar_and_the_wire_is_the_byline() {
    let a = pasted(
        "Council raises rent cap for northern households\nJane Doe | Reuters\nMay 12, 2024 10:31 AM",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_role_in_title_case_after_the_name_is_no_part_of_it() {
    let a = pasted(
        "Council raises rent cap for northern households\nJane Doe Political Correspondent\nMay 12, 2024",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_writer_and_an_agency_name_the_writer() {
    let a = pasted(
        "Council raises rent cap for northern households\nJane Doe and AP\n\nMay 12, 2024 - 4.34pm",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_relative_time_without_ago_makes_a_name_line_a_byline() {
    let a = pasted(
        "Council raises rent cap for northern households\nJane Doe 7 hours",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
    assert_eq!(
        a.title.as_deref(),
        Some("Council raises rent cap for northern households")
    );
}

#[test]
fn written_by_in_a_later_part_of_a_meta_line() {
    let a = pasted(
        "Council raises rent cap for northern households\nHousing, City Hall | Published: 5 hours ago | Written by Jane Doe",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_name_over_journalist_is_the_byline() {
    let a = pasted(
        "Council raises rent cap for northern households\nMay 12, 2024 at 06:21 pm\nShare current article via Email\nJane Doe\n\nJournalist",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_headline_over_a_run_of_deck_lines_takes_their_byline_cue() {
    let a = pasted(
        "Advertisement\nCouncil votes to raise the rent cap for northern households - here is what it means\nTenants across the northern districts face higher rents from March\nThe council passed the measure by seven votes to two\nSix in ten renters say nobody ever asked them\nBy JANE DOE FOR THE DAILY TOWN\nPublished: 15:56 BST, 12 May 2024",
        "",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Council votes to raise the rent cap for northern households - here is what it means")
    );
}

#[test]
fn a_short_opening_sentence_counts_as_the_lead() {
    let a = pasted(
        "Home\nNews\nSport\nRent cap: What are the new limits and which landlords do they cover?\nGetty Images\nThe rent cap limits how much landlords in the northern districts may raise rents.",
        "",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Rent cap: What are the new limits and which landlords do they cover?")
    );
}

#[test]
fn a_web_address_line_does_not_join_the_headline() {
    let a = pasted(
        "BREAKING NEWS\n Warriors end their skid with a win over the Grizzlies\n https://www.example.com/news/article/council-raises-rent-cap-for-northern-households-123.php\nCouncil raises rent cap for northern households\nJane Doe, Daily Town Writer\nUpdated 3:27 am PST, Wednesday, May 12, 2024",
        "",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Council raises rent cap for northern households")
    );
}

#[test]
fn a_headline_over_a_share_bar_and_question_lines_opening_the_post() {
    let a = pasted(
        "GROWING A GARDEN\nGarden Focus: Why Some Growers Thrive and Others Never Harvest\n258 Shares\nBuffer\nShare\nPin\nTweet\nEmail\nJane Doe\nGarden focus is why some growers are able to harvest the garden they dream of while others only think about it?\nAnd why is it that some growers manage a plot but never get it to the point where they can live off the harvest it creates?\nSo frustrating …\nWelcome to the council's rent cap lesson for northern households",
        "",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Garden Focus: Why Some Growers Thrive and Others Never Harvest")
    );
}

#[test]
fn a_role_glued_to_the_name_makes_it_a_byline_not_a_headline() {
    let a = pasted(
        "Travel\n'I let flats by the river - renting in the right month could save you thousands'\nTenants who want to save money on a flat in the north should consider when they sign, as there is a cheaper month.\ndailytown\nBookmark\nTravel\nBy\nJane DowlingHousing News Reporter\n11:58, 12 MAY 2024",
        "",
    );
    assert_eq!(authors(&a), ["Jane Dowling"]);
    assert_eq!(
        a.title.as_deref(),
        Some("'I let flats by the river - renting in the right month could save you thousands'")
    );
}

// Bylines split over lines (links of a byline each on a line of their
// own), `by` glued to its link, an outlet's initials under the name.

#[test]
fn a_byline_ending_in_a_comma_goes_on_to_the_next_line() {
    let a = pasted(
        "Council raises rent cap for northern households\nBy Jane Doe,\nJohn Roe\nMay 12, 2024",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe", "John Roe"]);
}

#[test]
fn names_joined_by_an_and_line_are_one_byline() {
    let a = pasted(
        "Council raises rent cap for northern households\nBy Jane Doe\nand\nJohn Roe\nMay 12, 2024",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe", "John Roe"]);
}

#[test]
fn writers_listed_one_a_line_under_a_lone_by() {
    let a = pasted(
        "Council raises rent cap for northern households\nBy\nJane Doe\nJohn Roe\nMay 12, 2024",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe", "John Roe"]);
}

#[test]
fn a_by_glued_to_the_name_is_a_byline() {
    let a = pasted(
        "Council raises rent cap for northern households\nbyJane Doe\nMay 12, 2024 at 8:10 am",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_name_over_an_outlets_initials_under_a_relative_time_is_the_byline() {
    let a = pasted(
        "Council raises rent cap for northern households\n1 day ago\nShare\nSave\nJane Doe\nDTN",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

// Page furniture of modern layouts: a date glued to a name in capitals,
// writers one a line with their handles, a bar glued to the name, an
// `Author` heading word, an author tag that holds no name.

#[test]
fn a_date_glued_to_a_name_in_capitals_ends_the_names() {
    let a = pasted(
        "Council raises rent cap for northern households\nBy JANE DOE, JOHN ROE and ANN LEE BRANDTMay 12, 2024 GMT",
        "",
    );
    assert_eq!(authors(&a), ["JANE DOE", "JOHN ROE", "ANN LEE BRANDT"]);
    assert_eq!(date(&a).as_deref().map(|d| &d[..10]), Some("2024-05-12"));
    // A name in capitals that a month word's capitals merely continue is kept.
    let a = pasted(
        "Council raises rent cap for northern households\nBy JANE MAYFIELD\nMay 12, 2024",
        "",
    );
    assert_eq!(authors(&a), ["JANE MAYFIELD"]);
}

#[test]
fn writers_one_a_line_each_with_a_handle_are_all_the_byline() {
    let a = pasted(
        "Council raises rent cap for northern households\nPUBLISHED TUE, MAY 12 2024 8:37 AM EDT\nJane Doe\n@JANEDOE_DT\nJohn Roe\n@JOHNROE\nKEY POINTS",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe", "John Roe"]);
    let a = pasted(
        "Council raises rent cap for northern households\nPublished Tue, May 12 2024\nJane Doe@janedoe_dt\nJohn Roe@johnroe\nKey Points",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe", "John Roe"]);
    // A name below with no handle of its own is not one of them.
    let a = pasted(
        "Council raises rent cap for northern households\nPublished Tue, May 12 2024\nJane Doe\n@JANEDOE_DT\nParks Budget\nKey Points",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn a_bar_glued_to_the_name_ends_it() {
    let a = pasted(
        "Council raises rent cap for northern households\nJane Van Der Berg|Published 4 months ago",
        "",
    );
    assert_eq!(authors(&a), ["Jane Van Der Berg"]);
}

#[test]
fn an_author_heading_word_names_no_writer_but_a_person() {
    // `Author Correction` is a notice's kind, not its writer.
    let a = pasted(
        "Author Correction\nPublished: 12 May 2024\nAuthor Correction: Rent caps in northern districts",
        "",
    );
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
    // A story's sentence opening with `Author` is no byline either.
    let a = pasted(
        "Council raises rent cap for northern households\nJane Roe|Published 4 months ago",
        "Author John Doe, from Kensington, said he started writing about rents because his own had doubled in two years.",
    );
    assert_eq!(authors(&a), ["Jane Roe"]);
    // `Author Jane Doe` still names her.
    let a = pasted(
        "Council raises rent cap for northern households\nAuthor Jane Doe\nMay 12, 2024",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe"]);
}

#[test]
fn an_author_tag_without_a_letter_names_nobody() {
    let page = format!(
        "<html><head><meta property=\"article:author\" content=\"#\"></head><body><article><h1>Council raises rent cap</h1>{}</article></body></html>",
        PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect::<String>()
    );
    let a = analyze(
        &page,
        &Options {
            html: true,
            ..Options::default()
        },
    );
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
}

#[test]
fn a_live_blogs_notes_in_brackets_leave_its_writers() {
    let a = pasted(
        "Council raises rent cap live: tenants rally at City Hall\nJane Doe and Ann Lee-Brandt (now); John Roe (earlier)\nTue 12 May 2024 12.50 BST",
        "",
    );
    assert_eq!(authors(&a), ["Jane Doe", "Ann Lee-Brandt", "John Roe"]);
    // A bracket that is not a note in lower case still stops the line.
    let a = pasted(
        "Council raises rent cap live: tenants rally at City Hall\nJane Doe (Reuters Photo); John Roe\nTue 12 May 2024 12.50 BST",
        "",
    );
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
}

#[test]
fn a_name_with_an_authors_button_glued_on_is_cut_before_it() {
    let a = pasted(
        "Council raises rent cap for northern households\nJane DowlingView More Articles\nThe northern districts get a higher cap\nDaily Town May 12, 2024 13:42",
        "",
    );
    assert_eq!(authors(&a), ["Jane Dowling"]);
}

#[test]
fn a_front_page_label_is_no_name() {
    let a = pasted("Home\nFront Page\nTue, May 12, 2024 page1\nCouncil raises rent cap for northern households", "");
    assert!(authors(&a).is_empty(), "{:?}", authors(&a));
}
