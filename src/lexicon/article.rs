//! Article knowledge: meta labels, role words, boilerplate phrases and list
//! labels, in Chinese (rows in either script: they are folded when the
//! lexicon is built and matched on the folded copy of the text) and English
//! (matched case-insensitively). A newcomer extends the article parser by
//! adding a row here.

use crate::lexicon::WordTable;
use super::Words;

/// What a label at the start of a meta segment introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaLabel {
    Source,
    Author,
    Editor,
    Date,
    Keywords,
    Tags,
    /// Someone else's credit (`圖：`, `攝影：`): it ends an author's names
    /// and names no author.
    Credit,
}

/// Labels, followed by `:`/`：` or a space. Longest match wins.
pub static META_LABELS: WordTable<MetaLabel> = word_rows![
    ("来源", MetaLabel::Source),
    ("信息来源", MetaLabel::Source),
    ("稿源", MetaLabel::Source),
    ("出处", MetaLabel::Source),
    ("消息来源", MetaLabel::Source),
    ("文章来源", MetaLabel::Source),
    ("新闻来源", MetaLabel::Source),
    ("source", MetaLabel::Source),
    ("作者", MetaLabel::Author),
    ("记者", MetaLabel::Author),
    ("本报记者", MetaLabel::Author),
    ("撰文", MetaLabel::Author),
    ("撰稿", MetaLabel::Author),
    ("文字", MetaLabel::Author),
    ("文", MetaLabel::Author),
    ("通讯员", MetaLabel::Author),
    ("采写", MetaLabel::Author),
    ("执笔", MetaLabel::Author),
    ("执笔人", MetaLabel::Author),
    ("撰稿人", MetaLabel::Author),
    // A wire story's translator wrote its Chinese text (`（編譯：王明）`).
    ("编译", MetaLabel::Author),
    ("译者", MetaLabel::Author),
    ("采访", MetaLabel::Author),
    ("图", MetaLabel::Credit),
    ("图片", MetaLabel::Credit),
    ("摄影", MetaLabel::Credit),
    ("视频", MetaLabel::Credit),
    ("制图", MetaLabel::Credit),
    ("设计", MetaLabel::Credit),
    ("摄像", MetaLabel::Credit),
    ("校对", MetaLabel::Credit),
    ("author", MetaLabel::Author),
    ("authors", MetaLabel::Author),
    ("written by", MetaLabel::Author),
    ("words", MetaLabel::Author),
    ("words by", MetaLabel::Author),
    ("text by", MetaLabel::Author),
    ("reporting by", MetaLabel::Author),
    ("by", MetaLabel::Author),
    ("von", MetaLabel::Author),
    ("por", MetaLabel::Author),
    ("par", MetaLabel::Author),
    ("责任编辑", MetaLabel::Editor),
    ("责编", MetaLabel::Editor),
    ("编辑", MetaLabel::Editor),
    ("主编", MetaLabel::Editor),
    ("值班编辑", MetaLabel::Editor),
    ("审核", MetaLabel::Editor),
    ("核稿", MetaLabel::Editor),
    ("editor", MetaLabel::Editor),
    ("edited by", MetaLabel::Editor),
    ("editing by", MetaLabel::Editor),
    ("发布时间", MetaLabel::Date),
    ("发表时间", MetaLabel::Date),
    ("更新时间", MetaLabel::Date),
    ("发布日期", MetaLabel::Date),
    ("时间", MetaLabel::Date),
    ("日期", MetaLabel::Date),
    ("发布于", MetaLabel::Date),
    ("发表于", MetaLabel::Date),
    ("published", MetaLabel::Date),
    ("published on", MetaLabel::Date),
    ("posted", MetaLabel::Date),
    ("posted on", MetaLabel::Date),
    ("updated", MetaLabel::Date),
    ("date", MetaLabel::Date),
    ("关键词", MetaLabel::Keywords),
    ("关键字", MetaLabel::Keywords),
    ("keywords", MetaLabel::Keywords),
    ("标签", MetaLabel::Tags),
    ("tags", MetaLabel::Tags),
    ("topics", MetaLabel::Tags),
    ("相关标签", MetaLabel::Tags),
];

/// Role words stripped from author names (`記者 張三` → `張三`).
pub const ROLE_WORDS: Words = words![
    "本报记者",
    "特约记者",
    "见习记者",
    "实习记者",
    "首席记者",
    "记者",
    "通讯员",
    "实习生",
    "编译",
    // `編輯 王明 報導`: the writer's role on some sites (a 責任編輯 is read apart).
    "编辑",
    "摄影",
    "撰文",
    "作者",
    "文/",
    "图/",
    "文／",
    "图／",
    "staff writer",
    "staff reporter",
    "senior correspondent",
    "correspondent",
    "bureau chief",
    "reporter",
    "contributor",
    "columnist",
    "journalist",
    "writer",
    "special to",
    "editor-at-large",
    "editor",
    "칼럼니스트",
    "기자",
    "특파원",
];

/// Words before a `By` in the middle of a line that still make it the
/// article's byline (`Analysis by Jane Doe`); other words (`Designed by`,
/// `Photo by`) make it someone else's credit.
pub const BYLINE_LEADS: Words = words![
    "analysis", "opinion", "commentary", "column", "review", "story", "words", "text", "posted",
    "published", "written", "reporting", "interview", "interviewed",
];

/// Words after a byline's names that end them (`Kashmira Gander on 11/13/19`,
/// `Von Moritz Bachmann publiziert am …`). Lower case.
pub const BYLINE_STOPS: Words = words![
    "on", "at", "published", "updated", "posted", "last", "publiziert", "veröffentlicht", "am",
    "le", "publié", "el", "publicado", "em", "il", "pubblicato", "view", "follow", "more",
    "email", "twitter", "contact", "filed", "for",
];

/// Units of a relative time after a byline's names (`Jane Doe 9 hours
/// ago`, `Jane Doe 1 day ago`): the number before one ends the names.
pub const RELATIVE_TIME_UNITS: Words = words![
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour",
    "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
];

/// Lower-case words a person's name may hold between its capitalised
/// parts (`Abigail Van Buren`, `Marcus de Guzman`).
pub const NAME_PARTICLES: Words = words![
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das",
    "bin", "al", "el", "y", "ter", "ten", "st.",
];

/// Words of page furniture that a line of capitalised words naming a
/// person never holds (`Most Popular`, `Sign In`). Lower case.
pub const NOT_NAME_WORDS: Words = words![
    "home", "news", "share", "view", "more", "sign", "follow", "subscribe", "comments", "comment",
    "section", "map",
    "read", "popular", "latest", "menu", "search", "video", "videos", "photos", "photo",
    "advertisement", "sponsored", "close", "print", "email", "related", "topics", "login",
    "register", "trending", "stories", "story", "next", "previous", "top", "opinion", "sports",
    "business", "politics", "world", "health", "tech", "science", "entertainment", "edition",
    "watch", "live", "updated", "published", "posted", "today", "yesterday", "ago", "contact",
    "about", "privacy", "terms", "policy", "newsletter", "the", "of", "and", "for", "with", "to", "from", "our",
    "in", "on", "a", "an", "is", "are", "new", "image", "images", "getty", "reuters", "ap",
    "afp", "shutterstock", "credit", "source", "gallery", "playlist", "podcast", "shop",
    "staff", "press", "associated", "times", "post", "journal", "daily", "herald", "tribune",
    "magazine", "media", "network", "insider", "online", "digital", "desk", "team", "bureau",
    "hi", "hello", "thanks", "thank", "welcome", "help", "site", "load", "official",
    // institutions and page furniture that take a capital (`Supreme Court`, `RSS Feed`)
    "rss", "feed", "feeds", "links", "front", "court", "police", "volume", "department", "council", "committee",
    "government", "ministry", "university", "reviews", "senate", "congress",
    // form and table labels (`Movie Title`)
    "title", "name",
];

/// Words of a line saying how long ago a story was posted (`1 day ago`).
/// Marks of a copyright line, whose year dates a page that prints its
/// article's date without one (`Copyright © 2000 Example Inc.`).
pub const COPYRIGHT_MARKS: &[&str] = &["©", "copyright", "(c) "];

/// Words of a magazine's issue line (`March 2000, Volume 133, No. 3`): not
/// a headline.
pub const ISSUE_WORDS: Words = words!["volume", "vol", "issue"];

pub const RELATIVE_DATE_WORDS: Words = words!["ago", "today", "yesterday"];

/// A reading time after a byline's names (`Jane Doe · 5 min read`): it
/// says the line is a byline. Lower case.
pub const READ_TIME_WORDS: Words = words!["min read", "mins read", "minute read", "minutes read"];

/// What follows a writer's name opening the author box's line (`Jane Doe
/// is a reporter…`, `Jane Doe, the paper's…`), lower case: a bare name line
/// by the headline that the page introduces again is its byline.
pub const AUTHOR_BOX_LEADS: &[&str] = &[" is ", " was ", " has ", " writes ", ", "];

/// A site's account rather than a writer, after `by` (`by admin`, `Posted
/// by jdadmin`), lower case; an account ending in `admin` too.
pub const ACCOUNT_NAMES: Words = words!["admin", "administrator", "editorial", "webmaster", "site admin", "staff reports"];

/// Common Chinese family names (single characters, Simplified: lines are
/// matched folded), for a writer's name printed alone under a headline
/// (`莊楚雯`). A line of two to four Han characters starting with one, beside
/// a date or an outlet's name, is a byline.
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪赖钟丘";

/// Last words of an outlet's name before `記者` or after a slash
/// (`自由時報記者王明／台北報導`, `東森新聞記者 王明`, `陳大文／聯合報`).
pub const OUTLET_ENDS: Words = words![
    "报", "新闻", "新闻网", "网", "电视台", "台", "社", "周刊", "杂志", "电台",
];

/// The reporter's word inside an outlet credit (`…新聞記者 王明`), or
/// opening a credit (`〔編譯王明／綜合報導〕`).
pub const REPORTER_WORDS: Words = words!["记者", "本报记者", "特派记者", "特约记者", "实习记者", "通讯员", "编译", "特派员"];

/// Other people's credits after a writer's names, which end them (`記者 王明
/// 編輯 張三`, `…記者 王明 攝影 李四`).
pub const NAME_STOPS: Words = words![
    "编辑", "责任编辑", "责编", "校对", "审校", "审核", "核稿", "美编", "摄影", "摄像", "视频", "制图", "设计",
];

/// What closes a photographer's credit (`王明攝`).
pub const PHOTO_MARK: &str = "摄";

/// What ends a wire dateline's day before `電` (`台北7日電`, `東京14日專電`).
pub const DAY_MARKS: &str = "日专";

/// Joiners between names in a Han credit (`記者王明及李四`).
pub const NAME_JOINERS: &str = "及和与";

/// Places of three or more characters in a wire dateline after the
/// reporter's name (`中央社記者王明華盛頓6日專電`); a two-character place
/// (`台北`) is taken without a list.
pub const DATELINE_PLACES: Words = words![
    "华盛顿", "布鲁塞尔", "莫斯科", "雅加达", "新德里", "洛杉矶", "旧金山", "休士顿", "休斯敦", "多伦多",
    "温哥华", "胡志明市", "马尼拉", "吉隆坡", "新加坡", "日内瓦", "维也纳", "耶路撒冷", "约翰尼斯堡",
    "法兰克福", "芝加哥", "墨尔本", "伊斯坦堡", "伊斯坦布尔", "乌兰巴托", "斯德哥尔摩", "阿姆斯特丹",
];

/// Where a credit's names end: a report's place words (`台北報導`).
pub const REPORT_ENDS: Words = words!["报导", "报道", "电"];
/// How a newsroom desk's name ends (`生活中心／王明報導`).
pub const DESK_ENDS: Words = words!["中心", "组", "部", "小组", "快讯"];

/// Words opening what follows a writer's name in a credit, a description
/// rather than another name (`作者：王明，系某大學教授`).
pub const DESCRIPTION_LEADS: Words = words!["系", "现任", "现为", "曾任"];

/// Brackets closing a paragraph that hold no name (`（完）`, `（全文完）`).
pub const NOT_CREDITS: Words = words![
    "完", "全文完", "待续", "未完待续", "续", "图", "资料图", "示意图", "下", "上", "中", "全文",
];

/// Agencies and outlets named in datelines and bylines (`(Xinhua)`, `新华社北京5月12日电`).
pub const AGENCIES: Words = words![
    "新华社",
    "中新社",
    "中新网",
    "中央社",
    "人民网",
    "新华网",
    "央视网",
    "中国新闻网",
    "路透社",
    "法新社",
    "美联社",
    "共同社",
    "Xinhua",
    "Reuters",
    "AFP",
    "AP",
    "Bloomberg",
    "CNA",
    "Kyodo",
    "Yonhap",
    "dpa",
    "UPI",
    "CGTN",
];

/// What a boilerplate phrase marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boiler {
    Share,
    FontPrint,
    Nav,
    Comment,
    Footer,
}

/// Phrases of page furniture. A short line made mostly of these is boilerplate.
#[rustfmt::skip]
pub const BOILERPLATE: Words = words![
    // sharing
    "分享到", "分享至", "分享", "转发", "微信", "微博", "朋友圈", "qq空间", "qq", "豆瓣", "复制链接", "扫一扫", "扫码", "二维码",
    "收藏", "点赞", "share", "share this", "share this article", "share on", "tweet", "facebook",
    "twitter", "whatsapp", "linkedin", "reddit", "email", "e-mail", "电邮", "电子邮件", "line",
    "telegram", "pinterest", "weibo", "wechat", "share on facebook", "share on twitter",
    "copy link", "save", "shares", "pin", "buffer", "flipboard",
    // font size and printing
    "字号", "字体", "大 中 小", "大中小", "默认", "打印", "列印", "打印本页", "关闭窗口", "关闭", "纠错", "我要纠错", "放大", "缩小",
    "print", "print this page", "text size", "font size", "a+", "a-",
    // navigation
    "首页", "主页", "当前位置", "您的位置", "你的位置", "返回顶部", "返回首页", "上一篇", "下一篇", "上一页", "下一页", "正文", "登录",
    "注册", "home", "homepage", "back to top", "previous article", "next article", "skip to content",
    "skip to main content", "sign in", "log in", "subscribe", "menu", "search", "newsletter",
    // comments
    "发表评论", "我要评论", "网友评论", "评论区", "条评论", "查看评论", "全部评论", "热门评论", "最新评论", "发表", "评论", "回复", "举报",
    "登录后发表评论", "文明上网", "理性发言", "comments", "comment", "leave a comment", "add a comment",
    "post a comment", "join the conversation", "reply", "replies", "report", "like", "likes",
    // footers and legal
    "版权所有", "版权声明", "copyright", "©", "all rights reserved", "rights reserved", "icp备", "icp证",
    "公网安备", "互联网新闻信息服务许可证", "违法和不良信息举报", "举报电话", "举报邮箱", "联系我们", "关于我们", "广告服务", "网站地图", "免责声明",
    "隐私政策", "未经授权", "不得转载", "禁止转载", "about us", "contact us", "privacy policy", "terms of use",
    "terms of service", "cookie policy", "cookies", "sitemap", "advertise",
    // other furniture
    "advertisement", "广告", "read more", "点击查看", "阅读全文", "展开全文", "阅读", "关注我们", "follow us",
    "download the app", "下载客户端",
];

/// Phrases that mark a line as boilerplate wherever they sit in a short line.
/// A consent notice names cookies together with the site or its consent
/// ("This website uses cookies to improve your experience"): a line with a
/// word of each list is furniture, however long.
pub const CONSENT_WORDS: &[&str] = &["cookie"];
pub const CONSENT_CONTEXT: &[&str] = &[
    "website", "this site", "our site", "browser", "consent", "accept", "experience",
    "privacy", "opt-out", "opt out", "网站", "网页", "同意", "隐私",
];

/// How a picture's caption or credit line starts, or what it holds, in a
/// pasted page (lowercased key): `Image caption …`, `… (Image: GETTY)`,
/// `…Credit: EPA`, `Photo: Jane Doe/AP`.
pub const CAPTION_STARTS: &[&str] = &[
    "image caption", "image copyright", "image source", "photo:", "photograph:", "picture:",
    "caption:", "pictured:", "file photo", "图片来源", "图片：", "资料图", "示意图", "▲", "△",
    "图／", "图/", "（图",
];
pub const CAPTION_MARKS: &[&str] = &[
    "(image:", "credit:", "(photo:", "photo credit", "getty images", "/getty", "ap photo",
    ", file photo,", "photo provided by", "photo released by", "摄影）", "摄）", "（示意图",
    "／摄", "提供）",
    "/ap)", "/afp", "/reuters", "/the new york times", "（图片来源", "（图：", "（资料图",
];

pub static STRONG_BOILERPLATE: WordTable<Boiler> = word_rows![
    ("分享到", Boiler::Share),
    ("分享至", Boiler::Share),
    ("share this", Boiler::Share),
    ("字号", Boiler::FontPrint),
    ("大 中 小", Boiler::FontPrint),
    ("【大 中 小】", Boiler::FontPrint),
    ("打印本页", Boiler::FontPrint),
    ("关闭窗口", Boiler::FontPrint),
    ("text size", Boiler::FontPrint),
    ("当前位置", Boiler::Nav),
    ("您的位置", Boiler::Nav),
    ("返回顶部", Boiler::Nav),
    ("back to top", Boiler::Nav),
    ("skip to content", Boiler::Nav),
    ("skip to main content", Boiler::Nav),
    ("back to overview", Boiler::Nav),
    ("zurück zur ", Boiler::Nav),
    ("retour à la liste", Boiler::Nav),
    ("continued from page", Boiler::Nav),
    ("e-mail this to a friend", Boiler::Share),
    ("email this to a friend", Boiler::Share),
    ("print this article", Boiler::Share),
    ("发表评论", Boiler::Comment),
    ("我要评论", Boiler::Comment),
    ("网友评论", Boiler::Comment),
    ("登录后发表评论", Boiler::Comment),
    ("文明上网", Boiler::Comment),
    ("leave a comment", Boiler::Comment),
    ("add a comment", Boiler::Comment),
    ("post a comment", Boiler::Comment),
    ("join the conversation", Boiler::Comment),
    ("版权所有", Boiler::Footer),
    ("copyright", Boiler::Footer),
    ("all rights reserved", Boiler::Footer),
    ("icp备", Boiler::Footer),
    ("icp证", Boiler::Footer),
    ("公网安备", Boiler::Footer),
    ("违法和不良信息举报", Boiler::Footer),
    ("未经授权", Boiler::Footer),
    ("不得转载", Boiler::Footer),
    ("禁止转载", Boiler::Footer),
    ("privacy policy", Boiler::Footer),
    ("terms of use", Boiler::Footer),
    ("terms of service", Boiler::Footer),
    ("隐私政策", Boiler::Footer),
    ("私隐条款", Boiler::Footer),
    ("隐私条款", Boiler::Footer),
    ("服务条款", Boiler::Footer),
    ("免责声明", Boiler::Footer),
];

/// Headings that open a comment section: what follows are readers' words.
pub const COMMENT_HEADERS: Words = words![
    "网友评论",
    "读者评论",
    "评论区",
    "全部评论",
    "热门评论",
    "最新评论",
    "网友留言",
    "留言板",
    "comments",
    "reader comments",
    "readers' comments",
    "join the conversation",
    "what readers say",
    "responses",
    "discussion",
];

/// `34 responses to “Title”`, `12 thoughts on “Title”`: a count, one of these
/// words, then the article's title: a comment section's heading.
pub const COMMENT_COUNT_WORDS: &[&str] = &["responses", "thoughts", "comments", "replies", "reactions"];

/// How a comment's author line ends in a pasted thread (`jdoe says:`; the
/// line's colon is checked apart).
pub const COMMENT_SIGNATURES: &[&str] = &[" says", " wrote", " replied"];

/// What sets a breadcrumb's items apart when a page's path is pasted as one line.
pub const BREADCRUMB_SEPARATORS: &[&str] = &[" / ", " > ", " › ", " » ", " ／ "];

/// Words of a newsletter box's or sign-up form's sentences (`Stay up to
/// date. Subscribe to our newsletter.`, `You have successfully
/// subscribed.`): in pasted text such a line is page furniture, however
/// well formed.
pub const CALL_TO_ACTION: &[&str] = &["newsletter", "subscribed", "your inbox", "sign up for", "subscribe to"];

/// How a comment's author line ends when it carries the comment's time
/// (`jdoe on May 2, 2018 at 4:47 pm said:`): `said` alone is too common in
/// prose that quotes someone, so only a line with a clock time reads so.
pub const TIMED_COMMENT_SIGNATURES: &[&str] = &[" says", " wrote", " replied", " said"];

/// What a list label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListLabel {
    Related,
    Ranking,
}

/// Words that head a list when a name follows them, capitalized
/// (`More Washington Examiner`, `Latest Daily Town`); `More than 100` is a
/// sentence's start.
pub static NAMED_LIST_LABELS: WordTable<ListLabel> = word_rows![
    ("more", ListLabel::Related),
    ("latest", ListLabel::Related),
    ("also on", ListLabel::Related),
];

/// Labels of lists of other headlines.
pub static LIST_LABELS: WordTable<ListLabel> = word_rows![
    ("相关阅读", ListLabel::Related),
    ("相关新闻", ListLabel::Related),
    ("相关文章", ListLabel::Related),
    ("相关报道", ListLabel::Related),
    ("相关链接", ListLabel::Related),
    ("相关推荐", ListLabel::Related),
    ("延伸阅读", ListLabel::Related),
    ("推荐阅读", ListLabel::Related),
    ("为您推荐", ListLabel::Related),
    ("猜你喜欢", ListLabel::Related),
    ("更多新闻", ListLabel::Related),
    ("更多精彩", ListLabel::Related),
    ("精彩推荐", ListLabel::Related),
    ("往期回顾", ListLabel::Related),
    ("今日推荐", ListLabel::Related),
    ("专题", ListLabel::Related),
    ("related", ListLabel::Related),
    ("related articles", ListLabel::Related),
    ("related stories", ListLabel::Related),
    ("related news", ListLabel::Related),
    ("related coverage", ListLabel::Related),
    ("related content", ListLabel::Related),
    ("related posts", ListLabel::Related),
    ("read more", ListLabel::Related),
    ("more from", ListLabel::Related),
    ("more on", ListLabel::Related),
    ("more about", ListLabel::Related),
    ("more stories", ListLabel::Related),
    ("more news", ListLabel::Related),
    ("you may also like", ListLabel::Related),
    ("you might also like", ListLabel::Related),
    ("recommended", ListLabel::Related),
    ("recommended for you", ListLabel::Related),
    ("further reading", ListLabel::Related),
    ("see also", ListLabel::Related),
    ("about the author", ListLabel::Related),
    ("排行", ListLabel::Ranking),
    ("排行榜", ListLabel::Ranking),
    ("新闻排行", ListLabel::Ranking),
    ("点击排行", ListLabel::Ranking),
    ("阅读排行", ListLabel::Ranking),
    ("热门文章", ListLabel::Ranking),
    ("热门新闻", ListLabel::Ranking),
    ("热门排行", ListLabel::Ranking),
    ("热点新闻", ListLabel::Ranking),
    ("热点排行", ListLabel::Ranking),
    ("热榜", ListLabel::Ranking),
    ("24小时热门", ListLabel::Ranking),
    ("24小时排行", ListLabel::Ranking),
    ("一周排行", ListLabel::Ranking),
    ("most read", ListLabel::Ranking),
    ("most popular", ListLabel::Ranking),
    ("most viewed", ListLabel::Ranking),
    ("most shared", ListLabel::Ranking),
    ("trending", ListLabel::Ranking),
    ("trending now", ListLabel::Ranking),
    ("top stories", ListLabel::Ranking),
    ("popular", ListLabel::Ranking),
    ("popular now", ListLabel::Ranking),
];

/// Tokens of `class`/`id` attributes that mark a page zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Zone {
    #[default]
    None,
    Nav,
    Footer,
    Share,
    Comment,
    Related,
    Ranking,
    Aside,
    /// A picture's caption or credit (`<figcaption>`, `class="caption"`).
    Caption,
}

/// Class or id tokens of an embedded post (a tweet quoted in the article):
/// the article's own content, whatever zone word sits beside them
/// (`social-media-embed`).
pub const EMBED_TOKENS: &[&str] = &["embed", "embedded", "tweet", "twitter-tweet", "instagram-media"];

pub static ZONE_TOKENS: WordTable<Zone> = word_rows![
    ("caption", Zone::Caption),
    ("figcaption", Zone::Caption),
    ("credit", Zone::Caption),
    ("credits", Zone::Caption),
    ("nav", Zone::Nav),
    ("navbar", Zone::Nav),
    ("navigation", Zone::Nav),
    ("menu", Zone::Nav),
    ("breadcrumb", Zone::Nav),
    ("breadcrumbs", Zone::Nav),
    ("crumb", Zone::Nav),
    ("topbar", Zone::Nav),
    ("masthead", Zone::Nav),
    ("footer", Zone::Footer),
    ("foot", Zone::Footer),
    ("copyright", Zone::Footer),
    ("share", Zone::Share),
    ("sharing", Zone::Share),
    ("social", Zone::Share),
    ("toolbar", Zone::Share),
    ("tools", Zone::Share),
    ("fontsize", Zone::Share),
    ("comment", Zone::Comment),
    ("comments", Zone::Comment),
    ("discuss", Zone::Comment),
    ("reply", Zone::Comment),
    ("related", Zone::Related),
    ("relate", Zone::Related),
    ("recommend", Zone::Related),
    ("more", Zone::Related),
    ("rank", Zone::Ranking),
    ("ranking", Zone::Ranking),
    ("hot", Zone::Ranking),
    ("popular", Zone::Ranking),
    ("trending", Zone::Ranking),
    ("top10", Zone::Ranking),
    ("sidebar", Zone::Aside),
    ("side", Zone::Aside),
    ("aside", Zone::Aside),
    ("ad", Zone::Aside),
    ("ads", Zone::Aside),
    ("advert", Zone::Aside),
];
