// The words of index.html itself. An element with data-i18n="key" gets the
// row as its text; data-i18n-placeholder, data-i18n-aria-label and
// data-i18n-content set that attribute. translatePage() runs at start and on
// every change of language, and sets <html lang> to the interface language.
import { register, t, uiLanguage } from './i18n.js';

register({
  'page.title': { en: 'figlens: every figure in a news article', 'zh-Hant': 'figlens：新聞裡的每一個數字', 'zh-Hans': 'figlens：新闻里的每一个数字' },
  'page.description': {
    en: 'Paste a news article: read it cleaned with every figure marked, and take its figures away as CSV or JSON. Runs in your browser.',
    'zh-Hant': '貼上一篇新聞：閱讀清理後的全文，每個數字都有標示，並可將數字匯出為 CSV 或 JSON。在瀏覽器中執行。',
    'zh-Hans': '粘贴一篇新闻：阅读清理后的全文，每个数字都有标注，并可将数字导出为 CSV 或 JSON。在浏览器中运行。',
  },
  'page.skip': { en: 'Skip to the figures', 'zh-Hant': '跳到數字', 'zh-Hans': '跳到数字' },
  'page.language': { en: 'Language', 'zh-Hant': '語言', 'zh-Hans': '语言' },
  'page.rise': { en: 'Rise and fall colours', 'zh-Hant': '漲跌顏色', 'zh-Hans': '涨跌颜色' },
  'page.riseAuto': { en: 'As the article’s readers expect', 'zh-Hant': '依文章讀者的習慣', 'zh-Hans': '按文章读者的习惯' },
  'page.riseRedUp': { en: '▲ red, ▼ green', 'zh-Hant': '▲ 紅、▼ 綠', 'zh-Hans': '▲ 红、▼ 绿' },
  'page.riseGreenUp': { en: '▲ green, ▼ red', 'zh-Hant': '▲ 綠、▼ 紅', 'zh-Hans': '▲ 绿、▼ 红' },
  'page.tagline': {
    en: 'Paste a news article: read it cleaned with every figure marked, and take the figures away.',
    'zh-Hant': '貼上一篇新聞：閱讀清理後的全文，每個數字都有標示，並可把數字帶走。',
    'zh-Hans': '粘贴一篇新闻：阅读清理后的全文，每个数字都有标注，并可把数字带走。',
  },
  'page.privacy1': { en: 'Your text never leaves this machine.', 'zh-Hant': '你的文字不會離開這部電腦。', 'zh-Hans': '你的文字不会离开这台电脑。' },
  'page.privacy2': {
    en: 'The analysis runs in this browser tab, and the page loads nothing but its own files.',
    'zh-Hant': '分析在這個瀏覽器分頁中進行，本頁只載入自己的檔案。',
    'zh-Hans': '分析在这个浏览器标签页中进行，本页只加载自己的文件。',
  },
  'page.article': { en: 'Article', 'zh-Hant': '文章', 'zh-Hans': '文章' },
  'page.showAs': { en: 'Show the input as', 'zh-Hant': '輸入顯示為', 'zh-Hans': '输入显示为' },
  'page.asRead': { en: 'Article as read', 'zh-Hant': '讀出的文章', 'zh-Hans': '读出的文章' },
  'page.htmlSource': { en: 'HTML source', 'zh-Hant': 'HTML 原始碼', 'zh-Hans': 'HTML 源代码' },
  'page.inputLabel': { en: 'Article text or HTML', 'zh-Hant': '文章文字或 HTML', 'zh-Hans': '文章文字或 HTML' },
  'page.placeholder': {
    en: 'Paste or type a news article here, or drop a .txt or .html file…',
    'zh-Hant': '在此貼上或輸入一篇新聞，或拖放 .txt 或 .html 檔案…',
    'zh-Hans': '在此粘贴或输入一篇新闻，或拖放 .txt 或 .html 文件…',
  },
  'page.readOnly': { en: 'Article (read-only)', 'zh-Hant': '文章（唯讀）', 'zh-Hans': '文章（只读）' },
  'page.dropHint': { en: 'Drop the file to read it', 'zh-Hant': '放開檔案即可讀取', 'zh-Hans': '松开文件即可读取' },
  'page.inputHint': {
    en: 'Pasting from a web page keeps its HTML, so the title, byline and page furniture can be told apart. Drop a .txt or .html file anywhere on the page.',
    'zh-Hant': '從網頁貼上時會保留其 HTML，以便分辨標題、署名與網頁雜項。可將 .txt 或 .html 檔案拖放到本頁任何位置。',
    'zh-Hans': '从网页粘贴时会保留其 HTML，以便分辨标题、署名与网页杂项。可将 .txt 或 .html 文件拖放到本页任何位置。',
  },
  'page.loadSample': { en: 'Load sample', 'zh-Hant': '載入範例', 'zh-Hans': '加载示例' },
  'page.openFile': { en: 'Open file…', 'zh-Hant': '開啟檔案…', 'zh-Hans': '打开文件…' },
  'page.clear': { en: 'Clear', 'zh-Hant': '清除', 'zh-Hans': '清除' },
  'page.undo': { en: 'Undo', 'zh-Hant': '復原', 'zh-Hans': '撤销' },
  'page.readAsHtml': { en: 'Read as HTML', 'zh-Hant': '當作 HTML 讀取', 'zh-Hans': '作为 HTML 读取' },
  'page.auto': { en: 'Analyse as I type', 'zh-Hant': '邊輸入邊分析', 'zh-Hans': '边输入边分析' },
  'page.analyse': { en: 'Analyse', 'zh-Hant': '分析', 'zh-Hans': '分析' },
  'page.pasteNote': { en: 'Read the clipboard’s HTML (rich text).', 'zh-Hant': '已讀取剪貼簿的 HTML（格式化文字）。', 'zh-Hans': '已读取剪贴板的 HTML（富文本）。' },
  'page.usePlain': { en: 'Use its plain text instead', 'zh-Hant': '改用純文字', 'zh-Hans': '改用纯文本' },
  'page.running': { en: 'Analysis running', 'zh-Hant': '分析中', 'zh-Hans': '分析中' },
  'page.cancel': { en: 'Cancel', 'zh-Hant': '取消', 'zh-Hans': '取消' },
  'page.progressNote': {
    en: 'The analysis is one step inside WebAssembly: the bar shows that it is working, not how far it has got.',
    'zh-Hant': '分析是 WebAssembly 裡的單一步驟：進度條只表示仍在進行，不代表完成多少。',
    'zh-Hans': '分析是 WebAssembly 里的单一步骤：进度条只表示仍在进行，不代表完成多少。',
  },
  'page.readingView': { en: 'Reading view', 'zh-Hant': '閱讀檢視', 'zh-Hans': '阅读视图' },
  'page.articleHint': {
    en: 'Figures are marked by kind. Hover or focus one for its value; in the article, ← and → move between figures and Enter shows the figure’s row.',
    'zh-Hant': '數字依類別標示。指向或聚焦一個數字可看其數值；在文章中，← 和 → 在數字間移動，Enter 顯示該數字在表格中的列。',
    'zh-Hans': '数字按类别标注。指向或聚焦一个数字可看其数值；在文章中，← 和 → 在数字间移动，Enter 显示该数字在表格中的行。',
  },
  'page.articlePlaceholder': {
    en: 'The cleaned article appears here: title, date, source and authors, then the body with every figure marked.',
    'zh-Hant': '清理後的文章會顯示在這裡：標題、日期、來源與作者，然後是標示了每個數字的正文。',
    'zh-Hans': '清理后的文章会显示在这里：标题、日期、来源与作者，然后是标注了每个数字的正文。',
  },
  'page.figures': { en: 'Figures', 'zh-Hant': '數字', 'zh-Hans': '数字' },
  'page.kind': { en: 'Kind', 'zh-Hant': '類別', 'zh-Hans': '类别' },
  'page.allKinds': { en: 'All kinds', 'zh-Hant': '所有類別', 'zh-Hans': '所有类别' },
  'page.bodyOnly': { en: 'Body only', 'zh-Hant': '只看正文', 'zh-Hans': '只看正文' },
  'page.asWritten': { en: 'Values as written', 'zh-Hant': '數值照原文', 'zh-Hans': '数值照原文' },
  'page.takeAway': { en: 'Take away the rows shown:', 'zh-Hant': '匯出顯示的列：', 'zh-Hans': '导出显示的行：' },
  'page.copyTsv': { en: 'Copy TSV', 'zh-Hant': '複製 TSV', 'zh-Hans': '复制 TSV' },
  'page.downloadCsv': { en: 'Download CSV', 'zh-Hant': '下載 CSV', 'zh-Hans': '下载 CSV' },
  'page.whole': { en: 'the whole analysis:', 'zh-Hant': '完整分析：', 'zh-Hans': '完整分析：' },
  'page.downloadJson': { en: 'Download JSON', 'zh-Hant': '下載 JSON', 'zh-Hans': '下载 JSON' },
  'page.copyJson': { en: 'Copy JSON', 'zh-Hant': '複製 JSON', 'zh-Hans': '复制 JSON' },
  'page.tableHint': {
    en: 'Sort by any column with its header. ▸ opens a figure’s sentence; a figure’s text shows it in the reading view.',
    'zh-Hant': '按欄標題可依該欄排序。▸ 展開數字所在的句子；按數字的文字可在閱讀檢視中找到它。',
    'zh-Hans': '按列标题可按该列排序。▸ 展开数字所在的句子；按数字的文字可在阅读视图中找到它。',
  },
  'page.caption': { en: 'Figures of the article, one row per figure', 'zh-Hant': '文章中的數字，每個數字一列', 'zh-Hans': '文章中的数字，每个数字一行' },
  'page.noFiguresYet': { en: 'No figures yet.', 'zh-Hant': '尚無數字。', 'zh-Hans': '尚无数字。' },
  'page.json': { en: 'JSON', 'zh-Hant': 'JSON', 'zh-Hans': 'JSON' },
  'page.jsonSummary': { en: 'The full analysis (version 1 of the result)', 'zh-Hant': '完整分析（結果格式第 1 版）', 'zh-Hans': '完整分析（结果格式第 1 版）' },
  'page.readyNote': { en: 'figlens runs as WebAssembly in a Web Worker.', 'zh-Hant': 'figlens 以 WebAssembly 在 Web Worker 中執行。', 'zh-Hans': 'figlens 以 WebAssembly 在 Web Worker 中运行。' },
  'page.embedLink': { en: 'Embed the widget on your site', 'zh-Hant': '在你的網站嵌入小工具', 'zh-Hans': '在你的网站嵌入小组件' },
  'page.embed1': { en: ': a sample news page with the ', 'zh-Hant': '：一個帶有 ', 'zh-Hans': '：一个带有 ' },
  'page.embed2': { en: ' panel and the snippet to copy.', 'zh-Hant': ' 面板的範例新聞頁，以及可複製的程式碼。', 'zh-Hans': ' 面板的示例新闻页，以及可复制的代码。' },
});

const ATTRIBUTES = ['placeholder', 'aria-label', 'content'];

/** Put the interface language's words into the page's static elements, and set <html lang>. */
export function translatePage(doc = document) {
  doc.documentElement.lang = uiLanguage();
  for (const node of doc.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const name of ATTRIBUTES) {
    for (const node of doc.querySelectorAll(`[data-i18n-${name}]`)) node.setAttribute(name, t(node.getAttribute(`data-i18n-${name}`)));
  }
}
