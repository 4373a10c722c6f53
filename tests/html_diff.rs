//! figlens's HTML tokenizer (src/article/html/tokenize.rs) against a WHATWG
//! one (html5gum), through the same walk: for hand-written real-world
//! snippets and for seeded random HTML-ish input, the visible text and the
//! page's hints must be the same, and every character of the text must map
//! back to its source (tests/support/html_diff.rs). A failure prints the
//! input. On a directory of real pages: `cargo run --release --example
//! html_diff -- DIR`.

#[path = "support/rng.rs"]
mod rng;
#[path = "support/html_diff.rs"]
mod support;

use figlens::internals::article::html::{to_text, to_text_html5gum, token_diff};
use rng::Rng;
use support::{diff, hints_diff, map_failures, short, visible};

/// What is wrong with `html`'s text, if anything.
fn check(html: &str) -> Option<String> {
    let ours = to_text(html);
    let reference = to_text_html5gum(html);
    let hunks = diff(&visible(&reference), &visible(&ours));
    if let Some(h) = hunks.first() {
        return Some(format!(
            "text differs ({} hunks): html5gum {:?}, figlens {:?}",
            hunks.len(),
            short(&h.reference, 200),
            short(&h.ours, 200)
        ));
    }
    if let Some(d) = hints_diff(&reference, &ours) {
        return Some(format!("hints differ: {d}"));
    }
    let maps = map_failures(html, &ours);
    if !maps.is_empty() {
        return Some(format!("map: {}", maps.join("; ")));
    }
    token_diff(html).map(|d| format!("tokens differ: {d}"))
}

fn assert_all_agree(inputs: &[String]) {
    let fails: Vec<String> = inputs
        .iter()
        .filter_map(|h| check(h).map(|f| format!("input {h:?}\n  {f}")))
        .collect();
    assert!(
        fails.is_empty(),
        "{} of {} inputs differ from html5gum:\n{}",
        fails.len(),
        inputs.len(),
        fails
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Snippets of the kind real pages carry (server-rendered frameworks,
/// old XHTML, CMS markup, inline scripts).
const SNIPPETS: &[&str] = &[
    // Comments of every shape.
    "<p>a</p><!-- x ---><p>after dash</p>",
    "<div data-v-7ba5bd90><!----><p>Vue keeps this.</p><!----></div><p>And this.</p>",
    "<p>a</p><!--><p>abrupt</p>",
    "<p>a</p><!---><p>abrupt too</p>",
    "<p>a</p><!-- x --!><p>bang close</p>",
    "<p>a<!-- a -- b -->b</p>",
    "<p>a<!--x-- >still comment--><p>after</p>",
    "<p>a</p><!--<!-- nested -->b<p>c</p>",
    "<p>a</p><!-- unclosed <p>rest is comment",
    "<p>React<!-- --> text<!-- -->s</p>",
    "<app-root><!--bindings={\"ng-reflect-ng-if\": \"false\"}--><p>Angular</p></app-root>",
    "<!--[if lt IE 9]><script src=\"html5shiv.js\"></script><![endif]--><p>ie</p>",
    "<!--[if !IE]><!--><p>not ie</p><!--<![endif]-->",
    // Doctypes and bogus comments.
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><html><body><p>Hello</p></body></html>",
    "<!doctype html><p>lower</p>",
    "<!DOCTYPE html PUBLIC \"a>b\"><p>quote does not hold</p>",
    "<p>a<!DOCTYPE>b<!>c<!x y>d<!-x>e</p>",
    "<?xml version=\"1.0\" encoding=\"utf-8\"?><p>b<?php echo 1; ?>c</p>",
    "<p>x</ 3>y</p><p>z</>w</p>",
    "<p>d<![CDATA[hidden]]>e</p>",
    "<p>x<svg><![CDATA[inside svg]]></svg>y</p>",
    // Foreign content: no raw text, `/>` closes, CDATA is text.
    "<p>a<svg viewBox=\"0 0 1 1\"><title/><path d=\"M0 0\"/></svg>b</p><p>after svg title</p>",
    "<svg><style/><script/><g/></svg><p>after svg style</p>",
    "<p>a<svg><![CDATA[x > y]]></svg>b</p><p>c<![CDATA[d]]>e</p>",
    "<math><mi>x</mi><![CDATA[<p>]]></math><p>y</p><math><![CDATA[unclosed",
    "<svg><title>Share</title><p>breakout</p><title>page title</title><p>z</p>",
    "<svg><svg></svg><style>a<b</style></svg><style>c<d</style><p>e</p>",
    // `<` and `>` in text.
    "<p>1 < 2 and 3 <= 4, a <3 b, x<-y, 5 > 4, <>, < p></p>",
    "<p>eof <a href=\"x",
    "<p>eof2 <a",
    "<p>eof3 </",
    "<p>eof4 <",
    // Attributes.
    "<head><meta property=\"og:title\" content=\"A <b> & C\"><meta content=\"a<b\" name=\"keywords\"><meta name=x content=\"c>d\"></head><body><p>visible</p></body>",
    "<p><a title=\"x > y\" href=\"/a\">link</a> and <img alt=\"a<b\">text</p>",
    "<p>quote <a href=\"x>y\">in href</a> end</p>",
    "<div a=\"1\" b='<p>'>in div</div>",
    "<p title='it\"s > ok'>q</p><p data-x=\"it's\">r</p>",
    "<p><a href=/x/y/>unquoted slash</a> after</p><p a=b/>c</p>",
    "<p>a<a b=\"c\"d=\"e\">no space</a></p>",
    "<p>tag<a\nhref=\"x\"\n>newlines</a> <a href=\"x\"title=\"y\">t2</a></p>",
    "<p class=\"a\" class=\"nav\">duplicate attribute</p>",
    "<div class=nav role=navigation><a href=/>Home</a></div><div class=\"article-body\"><p>Body.</p></div>",
    "<p =x>eq name</p><p a= >empty</p><p a=>b</p>",
    "<input value=\"x>y\"><p>after input</p>",
    // Upper case, self-closing, line breaks.
    "<P CLASS=\"x\">UPPER</P><DIV>Two</DIV><Br/>three",
    "<p>x<br/>y<br />z<hr/>w</p>",
    "<p>a</p><p>b</p </p><p>c</p>",
    // Raw text.
    "<p>a</p><script>var s=\"</script >\"; </script ><p>after script</p>",
    "<p>a</p><script><!-- document.write(\"<script>x</script>\") --></script><p>after escaped</p>",
    "<p>a</p><script><!--<script></script>--></script><p>double escaped ends</p>",
    "<p>a</p><script>x = \"</scr\" + \"ipt>\"; </script><p>split end tag</p>",
    "<p>x</p><SCRIPT type=\"text/javascript\">if (a<b && c>d) {}</SCRIPT ><p>y</p>",
    "<p>x</p><script>y</scriptx></script><p>z</p>",
    "<p>x</p><script/>var a=1;</script><p>self-closing script</p>",
    "<p>x</p><style>p{content:\"</p>\"} a>b{}</style><p>y</p>",
    "<textarea>a <b>c</b> &amp;</textarea><p>ta</p><title>x <b> y &amp; z</title><p>tt</p>",
    "<head><title>Page &amp; <i>title</i></title></head><body><p>t</p></body>",
    "<p>t</p><noscript><p>ns</p></noscript><p>u</p>",
    "<p>f</p><iframe src=x><p>inside</p></iframe><p>g</p>",
    "<p>x</p><xmp><b>shown as is</b></xmp><p>y</p>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H <b>\",\"datePublished\":\"2024-05-12\"}</script><p>x</p>",
    "<p>x</p><svg><title>svg title</title><text>y</text></svg><p>z</p>",
    "<template><p>template <!-- c --> content</p></template><p>after template</p>",
    // Entities and encodings.
    "<p>&lt;p&gt; literal &amp; <b>bold</b> &#x4E2D;&#25991; &nbsp;x &copy 2024 &notanentity; AT&T</p>",
    "<p>營收&nbsp;1&#x2C;000億元&ldquo;好&rdquo;</p>",
    "<p>line\r\nbreak\rcr</p>\r\n<p>next</p>",
    "<ul><li>1<li>2</ul><table><tr><td>a<td>b</table>",
];

#[test]
fn real_world_snippets_agree_with_html5gum() {
    let inputs: Vec<String> = SNIPPETS.iter().map(|s| s.to_string()).collect();
    assert_all_agree(&inputs);
}

/// The lines of `html`'s text, trimmed, empty ones dropped.
fn lines(html: &str) -> Vec<String> {
    visible(&to_text(html))
}

#[test]
fn no_text_lost_or_leaked() {
    // Text after comments that end in dashes or `--!>`, after abrupt closes.
    assert_eq!(
        lines("<p>a</p><!-- x ---><p>b</p><!----><p>c</p><!--><p>d</p><!---><p>e</p><!-- --!><p>f</p>"),
        ["a", "b", "c", "d", "e", "f"]
    );
    // Doctypes and bogus comments leave nothing.
    assert_eq!(
        lines("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\"><p>Hello</p>"),
        ["Hello"]
    );
    assert_eq!(
        lines("<p>a<?xml x?>b</ 3>c<![CDATA[d]]>e<!x>f</>g</p>"),
        ["abcefg"]
    );
    // Quoted `<` and `>` end no tag and open none.
    let t = to_text("<head><meta property=\"og:title\" content=\"a<b\"><title>T</title></head><p><a title=\"x > y\">link</a></p>");
    assert_eq!(visible(&t), ["link"]);
    assert_eq!(t.hints.headline.as_deref(), Some("a<b"));
    // A `<` before a non-letter is text; an unclosed comment hides the rest.
    assert_eq!(lines("<p>a <3 b < c <- d</p><!-- e"), ["a <3 b < c <- d"]);
    // `<br/>` breaks the line; raw text ends at its own end tag only.
    assert_eq!(
        lines("<p>x<br/>y</p><script><!--<script></script>--></script><p>z</p>"),
        ["x", "y", "z"]
    );
}

const NAMES: &[&str] = &[
    "p", "div", "a", "span", "b", "li", "ul", "h2", "td", "tr", "table", "br", "img", "meta",
    "title", "textarea", "script", "style", "noscript", "iframe", "svg", "head", "body", "article",
    "nav", "xmp", "template", "select", "P", "DIV", "ScRiPt", "A", "Title",
];
const ATTR_NAMES: &[&str] = &[
    "class", "id", "href", "title", "content", "property", "type", "alt", "data-x", "role",
    "itemprop", "name", "CLASS", "=", "\"q", "a'b", "<x",
];
const VALUE_PARTS: &[&str] = &[
    "a",
    "<",
    ">",
    "'",
    " ",
    "x > y",
    "a<b",
    "/",
    "&amp;",
    "--",
    "<!--",
    "-->",
    "</p>",
    "nav",
    "article",
    "ld+json",
    "og:title",
    "\n",
    "=",
    "`",
    "&lt;",
    "</script>",
];
const TEXT: &[&str] = &[
    "word", " ", "營收", "5%", "\n", "\r\n", "<", " < ", "a<3", "5 > 4", "<-", "<=", "<1", ">",
    "&amp;", "&lt;", "&#x4E2D;", "&nbsp;", "&", "&copy", "&#169;", "AT&T", "-->", "--", "]]>", "/",
    "=", "\"", "'", "é",
];
const COMMENTS: &[&str] = &[
    "<!---->",
    "<!-- x --->",
    "<!-->",
    "<!--->",
    "<!-- x --!>",
    "<!-- a -- b -->",
    "<!--<!-- -->",
    "<!-- <p>hidden</p> -->",
    "<!--x-- >y-->",
    "<!--x--!y-->",
    "<!---x-->",
    "<!--[if IE]><p>ie</p><![endif]-->",
    "<!DOCTYPE html>",
    "<!doctype html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://x/y.dtd\">",
    "<!DOCTYPE html PUBLIC \"a>b\">",
    "<?xml version=\"1.0\"?>",
    "<?php echo '<p>'; ?>",
    "</ 3>",
    "</>",
    "<!x y>",
    "<!>",
    "<![CDATA[x<p>y]]>",
    "<![CDATA[a > b]]>",
    "<!-x>",
    "</3 a=\">\">",
];
const SCRIPT: &[&str] = &[
    "var a = 1;",
    "if (a<b && c>d) {}",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "</script >",
    "</SCRIPT>",
    "</scriptx>",
    "document.write(\"<p>x</p>\")",
    "<p>",
    "--",
    "<script ",
    "</script/>",
    "\"",
    "'",
    "<!-->",
    "</style>",
    "</title>",
];

fn attrs(r: &mut Rng, out: &mut String) {
    for _ in 0..r.below(4) {
        out.push_str(r.pick(&[" ", " ", "\n", "", "/"]));
        out.push_str(r.pick(ATTR_NAMES));
        let quote = r.pick(&["\"", "'", "", "none", " = \""]);
        if quote == "none" {
            continue;
        }
        out.push_str(if quote == " = \"" { " = " } else { "=" });
        let q = quote.trim_start_matches(" = ");
        out.push_str(q);
        for _ in 0..r.below(4) {
            let part = r.pick(VALUE_PARTS);
            // A quote of the value's own kind would end it: leave it out.
            if !(q.is_empty() && part.contains(' ')) && (q.is_empty() || !part.contains(q)) {
                out.push_str(part);
            }
        }
        out.push_str(q);
    }
    out.push_str(r.pick(&[">", ">", ">", "/>", " >", "\n>"]));
}

fn piece(r: &mut Rng, out: &mut String) {
    match r.below(12) {
        0..=2 => {
            out.push('<');
            let name = r.pick(NAMES);
            out.push_str(name);
            attrs(r, out);
            if name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style") {
                for _ in 0..r.below(5) {
                    out.push_str(r.pick(SCRIPT));
                }
                if r.below(4) > 0 {
                    out.push_str(if name.eq_ignore_ascii_case("script") {
                        "</script>"
                    } else {
                        "</style>"
                    });
                }
            }
        }
        3..=4 => {
            out.push_str("</");
            out.push_str(r.pick(NAMES));
            out.push_str(r.pick(&[">", " >", "/>", " x=\">\">"]));
        }
        5..=6 => out.push_str(r.pick(COMMENTS)),
        _ => out.push_str(r.pick(TEXT)),
    }
}

/// HTML-ish input from a seed: tags with attributes whose quoted values
/// hold `<`, `>` and quotes, comments of every shape, doctypes, bogus
/// comments, scripts and styles with markup inside, entities and text.
fn random_html(seed: u64) -> String {
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut out = String::new();
    for _ in 0..5 + r.below(40) {
        piece(&mut r, &mut out);
    }
    // An unclosed comment or tag at the end, now and then.
    match r.below(20) {
        0 => out.push_str("<!-- unclosed <p>x"),
        1 => out.push_str("<p title=\"unclosed>x"),
        2 => out.push_str("<b"),
        _ => {}
    }
    out
}

/// 1,500 inputs; `HTML_DIFF_CASES=N` runs N.
#[test]
fn random_html_agrees_with_html5gum() {
    let n = std::env::var("HTML_DIFF_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1500);
    let inputs: Vec<String> = (1..=n).map(random_html).collect();
    assert_all_agree(&inputs);
}

/// Inputs that make a careless tokenizer rescan: time for 4 times the
/// input must stay near 4 times (quadratic would be 16).
#[test]
fn tokenizing_takes_linear_time() {
    for unit in [
        "<a title=\"x>5% ",
        "<!--",
        "<!-- a --!",
        "<script>1<!--2 ",
        "<script><!--<script>",
        "<p 5% <b 6 ",
        "</",
        "<!",
        "<?",
        "<a b c d e ",
        "<title>",
        "</p x=\"",
        "&amp;<",
        "<svg><![CDATA[",
        "<svg><title/><p>",
    ] {
        let time = |n: usize| {
            let input = unit.repeat(n);
            (0..3)
                .map(|_| {
                    let t = std::time::Instant::now();
                    std::hint::black_box(to_text(&input));
                    t.elapsed()
                })
                .min()
                .unwrap()
        };
        let (small, big) = (time(4_000), time(16_000));
        assert!(
            big < small * 8 + std::time::Duration::from_millis(5),
            "{unit:?}: {small:?} for 4,000, {big:?} for 16,000"
        );
    }
}
