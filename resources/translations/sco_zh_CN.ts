<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppInfo</name>
    <message>
        <source>SCO Digital Cooperation Dashboard</source>
        <translation>上海合作组织数字合作仪表板</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Figures from Article</source>
        <translation>文章中的数字</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Keep All</source>
        <translation>全部保留(&amp;K)</translation>
    </message>
    <message>
        <source>Keep &amp;None</source>
        <translation>全部不保留(&amp;N)</translation>
    </message>
    <message>
        <source>Keep the checked figures as facts of this article, in your store</source>
        <translation>将勾选的数字作为本文的事实保存到您的存储中</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>标题(&amp;H)：</translation>
    </message>
    <message>
        <source>The article&apos;s headline, as the outlet prints it</source>
        <translation>媒体刊登的文章标题</translation>
    </message>
    <message>
        <source>O&amp;utlet:</source>
        <translation>媒体(&amp;U)：</translation>
    </message>
    <message>
        <source>Who published it: the credit every figure carries</source>
        <translation>发布者：每个数字都注明其出处</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Who wrote it, when the article says</source>
        <translation>作者（若文中写明）</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>网址(&amp;R)：</translation>
    </message>
    <message>
        <source>Where it was published; never guessed</source>
        <translation>发布网址；从不猜测</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>The day it was published (YYYY-MM-DD): the periods &quot;this year&quot; and &quot;last year&quot; are read from it</source>
        <translation>发布日期（YYYY-MM-DD）：“今年”和“去年”据此确定</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Paste an article, or open one.</source>
        <translation>请粘贴或打开一篇文章。</translation>
    </message>
    <message>
        <source>Give the day it was published (YYYY-MM-DD) to read its figures.</source>
        <translation>请填写发布日期（YYYY-MM-DD）以读取数字。</translation>
    </message>
    <message>
        <source>No figures found in this text.</source>
        <translation>此文本中未找到数字。</translation>
    </message>
    <message>
        <source>Check the figures to keep.</source>
        <translation>请勾选要保留的数字。</translation>
    </message>
    <message>
        <source>Name the outlet: every figure is credited to it.</source>
        <translation>请填写媒体：每个数字都注明其出处。</translation>
    </message>
    <message>
        <source>Give the headline: every figure is credited to it.</source>
        <translation>请填写标题：每个数字都注明其出处。</translation>
    </message>
    <message>
        <source>Figures kept: %1 of %2, each with its sentence.</source>
        <translation>保留的数字：%2 个中的 %1 个，各附原句。</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here, or open a text, HTML or PDF file.</source>
        <translation>在此粘贴文章文本，或打开文本、HTML 或 PDF 文件。</translation>
    </message>
    <message>
        <source>Read an article saved as text, as an HTML page or as a PDF</source>
        <translation>读取另存为文本、HTML 网页或 PDF 的文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>文章 (*.txt *.html *.htm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New &amp;Figure from Selection</source>
        <translation>从选中内容新建数字(&amp;F)</translation>
    </message>
    <message>
        <source>Select a figure in the article&apos;s text (Ctrl+Shift+F): the extractor&apos;s own, or one it missed, kept with its sentence</source>
        <translation>在文章文本中选中一个数字（Ctrl+Shift+F）：无论是提取器找到的还是遗漏的，都连同其原句保存</translation>
    </message>
    <message>
        <source>New Figure</source>
        <translation>新建数字</translation>
    </message>
    <message>
        <source>Label every figure you keep.</source>
        <translation>请为每个保留的数字填写标签。</translation>
    </message>
    <message>
        <source>Give every figure you keep its unit.</source>
        <translation>请为每个保留的数字填写单位。</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>The selection states no number.</source>
        <translation>选中内容中没有数字。</translation>
    </message>
    <message>
        <source>Select a figure within one sentence.</source>
        <translation>请在同一句话内选择数字。</translation>
    </message>
</context>
<context>
    <name>ArticleFigureWriter</name>
    <message>
        <source>Your store already holds the figures of %1 (%2); remove that source first to save them again.</source>
        <translation>您的存储中已有“%1”（%2）的数字；如需重新保存，请先删除该来源。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a figure of the built-in dataset: it stays as its article states it.</source>
        <translation>“%1”是内置数据集中的数字：保持文章原文所述。</translation>
    </message>
    <message>
        <source>An edit keeps the figure &apos;%1&apos; and its source.</source>
        <translation>编辑须保留数字“%1”及其来源。</translation>
    </message>
</context>
<context>
    <name>ArticleFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than any article (at most %3 MB are read).</source>
        <translation>%1 有 %2 MB，比任何文章都大（最多读取 %3 MB）。</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 中没有文字。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: it is damaged or locked with a password.</source>
        <translation>%1 无法作为 PDF 读取：文件已损坏或有密码保护。</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scan?); copy its text, or run it through OCR first.</source>
        <translation>%1 没有文字层（是扫描件吗？）；请复制其文字，或先进行 OCR 识别。</translation>
    </message>
    <message>
        <source>%1 is not an article: it is neither UTF-8 text, an HTML page nor a PDF.</source>
        <translation>%1 不是文章：既不是 UTF-8 文本、HTML 网页，也不是 PDF。</translation>
    </message>
</context>
<context>
    <name>CellParser</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unknown chart &apos;%1&apos;. Charts: %2.</source>
        <translation>未知图表“%1”。图表：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Export cancelled after %1 of %2 charts.</source>
        <translation>已导出 %1 个图表（共 %2 个）后取消导出。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart source</source>
        <translation>图表来源</translation>
    </message>
</context>
<context>
    <name>ChartTheme</name>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>投影仪</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Wheel, + or − to zoom, drag to pan, Shift+drag to zoom to an area, Home to show everything</source>
        <translation>滚轮、+ 或 − 缩放，拖动平移，Shift+拖动放大所选区域，Home 显示全部</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
</context>
<context>
    <name>ColumnLegend</name>
    <message>
        <source>Click to hide or show this line</source>
        <translation>点击以隐藏或显示此折线</translation>
    </message>
    <message>
        <source>%1: click to hide or show this line</source>
        <translation>%1：点击以隐藏或显示此折线</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SCO Digital Cooperation Dashboard: the figures of China Daily, 29 Aug 2025, &quot;Digital tech boom offers opportunities&quot;, each with its source sentence.</source>
        <translation>上海合作组织数字合作仪表板：《中国日报》2025年8月29日文章“Digital tech boom offers opportunities”中的数据，每项数据均附原文句子。</translation>
    </message>
    <message>
        <source>open the dashboard window</source>
        <translation>打开仪表板窗口</translation>
    </message>
    <message>
        <source>open the window and preview importing FILE</source>
        <translation>打开窗口并预览导入 FILE</translation>
    </message>
    <message>
        <source>print the facts with their quotes and sources</source>
        <translation>打印各项数据及其引文和来源</translation>
    </message>
    <message>
        <source>list the chart IDs and titles</source>
        <translation>列出图表 ID 和标题</translation>
    </message>
    <message>
        <source>write charts as PNG, SVG or PDF, e.g.
export --all --format png --preset slide --out ./dashboard-export</source>
        <translation>将图表写为 PNG、SVG 或 PDF，例如
export --all --format png --preset slide --out ./dashboard-export</translation>
    </message>
    <message>
        <source>full-screen slide show; Esc ends it</source>
        <translation>全屏幻灯片放映；按 Esc 结束</translation>
    </message>
    <message>
        <source>add a facts CSV, an OWID CSV or a World Bank CSV to your store</source>
        <translation>将数据 CSV、OWID CSV 或世界银行 CSV 添加到您的数据库</translation>
    </message>
    <message>
        <source>print every observation of every series</source>
        <translation>打印每个序列的每个观测值</translation>
    </message>
    <message>
        <source>list the sources with their licence and row count</source>
        <translation>列出来源及其许可和行数</translation>
    </message>
    <message>
        <source>remove an imported source and all it brought</source>
        <translation>删除一个导入的来源及其带来的全部数据</translation>
    </message>
    <message>
        <source>Your own data lives in user-data.sqlite in the application data folder;
--database PATH uses another file (import creates it).</source>
        <translation>您自己的数据保存在应用数据文件夹中的 user-data.sqlite；
--database PATH 使用其他文件（import 会创建它）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>facts, charts or export; none opens the window.</source>
        <translation>facts、charts 或 export；不带命令则打开窗口。</translation>
    </message>
    <message>
        <source>Argument %1 (&apos;%2&apos;) is not valid UTF-8, so it cannot name a file here; rename the file or choose another path.</source>
        <translation>参数 %1（“%2”）不是有效的 UTF-8，无法在此作为文件名；请重命名该文件或选择其他路径。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>An empty argument is neither a command nor a file.</source>
        <translation>空参数既不是命令也不是文件。</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database 需要一个文件路径。</translation>
    </message>
    <message>
        <source>--%1 goes with the present command.</source>
        <translation>--%1 只能与 present 命令一起使用。</translation>
    </message>
    <message>
        <source>--%1 goes with the import command.</source>
        <translation>--%1 只能与 import 命令一起使用。</translation>
    </message>
    <message>
        <source>--%1 goes with the export command.</source>
        <translation>--%1 只能与 export 命令一起使用。</translation>
    </message>
    <message>
        <source>--theme goes with the export and present commands.</source>
        <translation>--theme 只能与 export 和 present 命令一起使用。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;. Use table, csv or json.</source>
        <translation>未知格式“%1”。请使用 table、csv 或 json。</translation>
    </message>
    <message>
        <source>--search goes with the facts command.</source>
        <translation>--search 只能与 facts 命令一起使用。</translation>
    </message>
    <message>
        <source>export needs either --chart ID or --all.</source>
        <translation>export 需要 --chart ID 或 --all。</translation>
    </message>
    <message>
        <source>export needs --format png, svg or pdf.</source>
        <translation>export 需要 --format png、svg 或 pdf。</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos;. Use png, svg or pdf.</source>
        <translation>未知导出格式“%1”。请使用 png、svg 或 pdf。</translation>
    </message>
    <message>
        <source>export needs either --preset NAME or --size WxH.</source>
        <translation>export 需要 --preset NAME 或 --size WxH。</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;. Presets: %2.</source>
        <translation>未知预设“%1”。预设：%2。</translation>
    </message>
    <message>
        <source>Invalid size &apos;%1&apos;. Use WxH with sides from 16 to 16384, e.g. 1600x900.</source>
        <translation>无效尺寸“%1”。请使用 WxH，边长 16 至 16384，例如 1600x900。</translation>
    </message>
    <message>
        <source>Invalid dpi &apos;%1&apos;. Use a whole number from 36 to 2400.</source>
        <translation>无效 dpi“%1”。请使用 36 至 2400 之间的整数。</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;. Themes: light, dark, projector.</source>
        <translation>未知主题“%1”。主题：light、dark、projector。</translation>
    </message>
    <message>
        <source>--transparent works with png and svg, not pdf.</source>
        <translation>--transparent 适用于 png 和 svg，不适用于 pdf。</translation>
    </message>
    <message>
        <source>export needs --out PATH.</source>
        <translation>export 需要 --out PATH。</translation>
    </message>
    <message>
        <source>--search goes with the facts and series commands.</source>
        <translation>--search 只能与 facts 和 series 命令一起使用。</translation>
    </message>
    <message>
        <source>--format does not go with remove-source.</source>
        <translation>--format 不能与 remove-source 一起使用。</translation>
    </message>
    <message>
        <source>remove-source needs the ID of a source (see &apos;sources&apos;).</source>
        <translation>remove-source 需要来源的 ID（见“sources”）。</translation>
    </message>
    <message>
        <source>import needs a FILE.</source>
        <translation>import 需要一个 FILE。</translation>
    </message>
    <message>
        <source>Unknown import format &apos;%1&apos;. Use auto, facts, owid or worldbank.</source>
        <translation>未知导入格式“%1”。请使用 auto、facts、owid 或 worldbank。</translation>
    </message>
    <message>
        <source>--search and --format go with the facts command.</source>
        <translation>--search 和 --format 只能与 facts 命令一起使用。</translation>
    </message>
    <message>
        <source>Invalid screen &apos;%1&apos;. Use 0 for the first screen, 1 for the second.</source>
        <translation>无效屏幕“%1”。0 表示第一块屏幕，1 表示第二块。</translation>
    </message>
    <message>
        <source>Invalid interval &apos;%1&apos;. Use whole seconds from 1 to 3600.</source>
        <translation>无效间隔“%1”。请使用 1 至 3600 之间的整秒数。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Languages: en, zh_CN, ru.</source>
        <translation>未知语言“%1”。语言：en、zh_CN、ru。</translation>
    </message>
    <message>
        <source>write a new store of generated rows for benchmarks, e.g.
generate --rows 1000000 --out bench.sqlite</source>
        <translation>写入一个新的生成数据库，用于基准测试，例如
generate --rows 1000000 --out bench.sqlite</translation>
    </message>
    <message>
        <source>generate needs --out FILE, a file that does not exist yet.</source>
        <translation>generate 需要 --out FILE，一个尚不存在的文件。</translation>
    </message>
    <message>
        <source>--search has %1 different words; at most %2 are searched. Use fewer, longer words.</source>
        <translation>--search 含有 %1 个不同的词；最多搜索 %2 个。请使用更少、更长的词。</translation>
    </message>
    <message>
        <source>--rows must be from 1 to %1.</source>
        <translation>--rows 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in --countries is not an ISO 3166 alpha-3 code such as CHN.</source>
        <translation>--countries 中的“%1”不是 ISO 3166 三字母代码（如 CHN）。</translation>
    </message>
    <message>
        <source>Use the dashboard database at PATH.</source>
        <translation>使用 PATH 处的仪表板数据库。</translation>
    </message>
    <message>
        <source>facts, series: only rows matching TEXT.</source>
        <translation>facts、series：只显示与 TEXT 匹配的行。</translation>
    </message>
    <message>
        <source>facts, series, sources: table (default), csv or json. export: png, svg or pdf. import: auto (default), facts, owid or worldbank.</source>
        <translation>facts、series、sources：table（默认）、csv 或 json。export：png、svg 或 pdf。import：auto（默认）、facts、owid 或 worldbank。</translation>
    </message>
    <message>
        <source>import: keep only the ten SCO member states.</source>
        <translation>import：只保留上合组织十个成员国。</translation>
    </message>
    <message>
        <source>import: the publisher to credit.</source>
        <translation>import：注明的发布者。</translation>
    </message>
    <message>
        <source>import: where the file came from.</source>
        <translation>import：文件的来源网址。</translation>
    </message>
    <message>
        <source>import: check the file and report what would change; write nothing.</source>
        <translation>import：检查文件并报告将发生的变化；不写入任何内容。</translation>
    </message>
    <message>
        <source>export: the country series the countries and members charts show (its series_key in &apos;series --format csv&apos;).</source>
        <translation>export：国家图表和成员国对比图显示的国家序列（即“series --format csv”中的 series_key）。</translation>
    </message>
    <message>
        <source>export: the countries those charts show, as ISO 3166 codes (CHN,IND,RUS); the SCO members by default.</source>
        <translation>export：这些图表显示的国家，使用 ISO 3166 代码（CHN,IND,RUS）；默认为上合组织成员国。</translation>
    </message>
    <message>
        <source>import: replace the values of a source already in the store (a newer version of the same file); without it such an import is refused.</source>
        <translation>import：替换数据库中已有来源的数值（同一文件的较新版本）；不加此选项时此类导入将被拒绝。</translation>
    </message>
    <message>
        <source>export: the chart ID (see &apos;charts&apos;).</source>
        <translation>export：图表 ID（见“charts”）。</translation>
    </message>
    <message>
        <source>export: every chart, one file each, into the folder --out.</source>
        <translation>export：所有图表，每个一个文件，写入 --out 文件夹。</translation>
    </message>
    <message>
        <source>export: slide, 4k, projector, a4 or square.</source>
        <translation>export：slide、4k、projector、a4 或 square。</translation>
    </message>
    <message>
        <source>export: output size in pixels, e.g. 1600x900.</source>
        <translation>export：输出尺寸（像素），例如 1600x900。</translation>
    </message>
    <message>
        <source>export: resolution written into the file (PDF page size = size / dpi).</source>
        <translation>export：写入文件的分辨率（PDF 页面尺寸 = 尺寸 / dpi）。</translation>
    </message>
    <message>
        <source>export: light (default), dark or projector. present: projector (default), light or dark.</source>
        <translation>export：light（默认）、dark 或 projector。present：projector（默认）、light 或 dark。</translation>
    </message>
    <message>
        <source>present: the screen to present on, from 0.</source>
        <translation>present：用于演示的屏幕，从 0 开始。</translation>
    </message>
    <message>
        <source>present: advance every S seconds, looping.</source>
        <translation>present：每 S 秒翻页，循环播放。</translation>
    </message>
    <message>
        <source>export: transparent background (PNG, SVG).</source>
        <translation>export：透明背景（PNG、SVG）。</translation>
    </message>
    <message>
        <source>export: leave out the source line.</source>
        <translation>export：不含来源行。</translation>
    </message>
    <message>
        <source>export: leave out the chart title.</source>
        <translation>export：不含图表标题。</translation>
    </message>
    <message>
        <source>export: replace files that already exist.</source>
        <translation>export：替换已存在的文件。</translation>
    </message>
    <message>
        <source>commands: also print Qt&apos;s own warnings and the store&apos;s log on stderr.</source>
        <translation>命令：同时在 stderr 输出 Qt 自身的警告和数据库日志。</translation>
    </message>
    <message>
        <source>generate: the number of observations.</source>
        <translation>generate：观测值的数量。</translation>
    </message>
    <message>
        <source>export: the file, or the folder with --all.</source>
        <translation>export：文件；使用 --all 时为文件夹。</translation>
    </message>
    <message>
        <source>import: the name of the one series an OWID or World Bank file holds, over the file&apos;s own.</source>
        <translation>import：OWID 或世界银行文件中唯一序列的名称，取代文件自带的名称。</translation>
    </message>
    <message>
        <source>import: that series&apos; unit, e.g. % or &quot;per 100 people&quot;, over the file&apos;s own.</source>
        <translation>import：该序列的单位，例如 % 或“每百人”，取代文件自带的单位。</translation>
    </message>
    <message>
        <source>read every page of your store; other commands do that only
when it changed outside the dashboard</source>
        <translation>读取您的数据库的每一页；其他命令只在它
于仪表板之外被更改时才这样做</translation>
    </message>
    <message>
        <source>export: the first year the countries and members charts show.</source>
        <translation>export：国家图表和成员比较图显示的起始年份。</translation>
    </message>
    <message>
        <source>export: the last year those charts show; the members chart compares each country&apos;s latest year up to it.</source>
        <translation>export：这些图表显示的截止年份；成员比较图比较各国截至该年的最新年份。</translation>
    </message>
    <message>
        <source>--%1 takes a year such as 2015, not &apos;%2&apos;.</source>
        <translation>--%1 需要年份（如 2015），而不是“%2”。</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>export: decimals of the members chart&apos;s value labels, 0 to 3; three significant digits by default.</source>
        <translation>export：上合组织成员国比较图数值标签的小数位数，0 到 3；默认三位有效数字。</translation>
    </message>
    <message>
        <source>--series, --countries, --from, --to and --decimals go with --chart countries, --chart members or --all.</source>
        <translation>--series、--countries、--from、--to 和 --decimals 需与 --chart countries、--chart members 或 --all 一起使用。</translation>
    </message>
    <message>
        <source>--decimals takes 0 to %1, not &apos;%2&apos;.</source>
        <translation>--decimals 需要 0 到 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>generate: the number of facts, each with its sentence, period and source, in three languages.</source>
        <translation>generate：事实数量，每条都带有原句、期间和来源，使用三种语言。</translation>
    </message>
    <message>
        <source>--%1 goes with the generate command.</source>
        <translation>--%1 只能与 generate 命令一起使用。</translation>
    </message>
    <message>
        <source>--facts must be from 1 to %1.</source>
        <translation>--facts 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>generate needs --rows N, a whole number of at least 1, or --facts N.</source>
        <translation>generate 需要 --rows N（至少为 1 的整数）或 --facts N。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands: facts, charts, export, present, import, extract, series, sources, remove-source, generate, store.</source>
        <translation>未知命令“%1”。命令：facts、charts、export、present、import、extract、series、sources、remove-source、generate、store。</translation>
    </message>
    <message>
        <source>--%1 goes with the extract command.</source>
        <translation>--%1 只能与 extract 命令一起使用。</translation>
    </message>
    <message>
        <source>--search and --format go with the facts and series commands (--format also with sources and extract).</source>
        <translation>--search 和 --format 用于 facts 和 series 命令（--format 也用于 sources 和 extract）。</translation>
    </message>
    <message>
        <source>extract: the day the article was published, when it does not say (YYYY-MM-DD).</source>
        <translation>extract：文章的发布日期，若文中未写明（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>extract: the outlet that published it.</source>
        <translation>extract：发布文章的媒体。</translation>
    </message>
    <message>
        <source>extract: the article&apos;s headline.</source>
        <translation>extract：文章标题。</translation>
    </message>
    <message>
        <source>extract: who wrote it.</source>
        <translation>extract：作者。</translation>
    </message>
    <message>
        <source>extract: where it was published.</source>
        <translation>extract：发布网址。</translation>
    </message>
    <message>
        <source>--published &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--published“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>propose the figures of an article (text, HTML or PDF), each with its
sentence; --format csv writes a facts CSV that import keeps</source>
        <translation>提出文章（文本、HTML 或 PDF）中的数字，每个附其原句；
--format csv 输出可由 import 导入的数据 CSV</translation>
    </message>
    <message>
        <source>extract needs the article: a text, HTML or PDF file.</source>
        <translation>extract 需要文章：文本、HTML 或 PDF 文件。</translation>
    </message>
    <message>
        <source>the language of the window and the output: en, zh_CN (or zh) or ru; by default the system&apos;s. extract: also the article&apos;s, which is otherwise told from its letters.</source>
        <translation>窗口和输出的语言：en、zh_CN（或 zh）或 ru；默认为系统语言。extract：也是文章的语言，未指定时根据其文字判断。</translation>
    </message>
    <message>
        <source>make a team store on the PostgreSQL server --database names</source>
        <translation>在 --database 指定的 PostgreSQL 服务器上创建团队存储</translation>
    </message>
    <message>
        <source>let a login role read (reader) or change (editor) the team store</source>
        <translation>允许登录角色读取（reader）或修改（editor）团队存储</translation>
    </message>
    <message>
        <source>store grant needs a user and a role: store grant USER reader|editor.</source>
        <translation>store grant 需要用户和角色：store grant USER reader|editor。</translation>
    </message>
    <message>
        <source>store needs an action: store check, init or grant.</source>
        <translation>store 需要一个操作：store check、init 或 grant。</translation>
    </message>
    <message>
        <source>Unknown store action &apos;%1&apos;. Actions: check, init, grant.</source>
        <translation>未知的 store 操作“%1”。操作：check、init、grant。</translation>
    </message>
</context>
<context>
    <name>CompositeObservationQuery</name>
    <message>
        <source>No store is open.</source>
        <translation>没有打开的存储。</translation>
    </message>
</context>
<context>
    <name>CooperationChart</name>
    <message>
        <source>Areas of digital cooperation with SCO countries, by pillar</source>
        <translation>与上海合作组织国家的数字合作领域（按板块）</translation>
    </message>
    <message>
        <source>%1 · Bar length counts the items the article names (derived count)</source>
        <translation>%1 · 条形长度为文章列举的项目数（推算计数）</translation>
    </message>
    <message>
        <source>%1: %2 — &quot;%3&quot;</source>
        <translation>%1：%2 — “%3”</translation>
    </message>
    <message>
        <source>Items named in the article (count)</source>
        <translation>文章列举的项目（个数）</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;“%3”&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;“%3”&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作领域</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>The country series to chart</source>
        <translation>要绘制的国家序列</translation>
    </message>
    <message>
        <source>Choose the countries to chart; the SCO members by default</source>
        <translation>选择要绘制的国家；默认为上海合作组织成员国</translation>
    </message>
    <message>
        <source>SCO &amp;members</source>
        <translation>上合组织成员国(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;All countries</source>
        <translation>所有国家(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>Countries: SCO members</source>
        <translation>国家：上合组织成员国</translation>
    </message>
    <message>
        <source>Countries: %1 of %2</source>
        <translation>国家：%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The first year the country charts show; &quot;any&quot; for the first the series has</source>
        <translation>国家图表显示的起始年份；“不限”表示从该序列的第一年开始</translation>
    </message>
    <message>
        <source>The last year the country charts show; &quot;any&quot; for the last the series has. SCO members compared shows each country&apos;s latest year up to it</source>
        <translation>国家图表显示的截止年份；“不限”表示到该序列的最后一年。上合组织成员比较图显示各国截至该年的最新年份</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>The country series to chart: %1</source>
        <translation>要绘制的国家序列：%1</translation>
    </message>
</context>
<context>
    <name>CountrySelection</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 年起</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>至 %1 年</translation>
    </message>
</context>
<context>
    <name>CountryTrendChart</name>
    <message>
        <source>Country series (import one with File › Import)</source>
        <translation>国家序列（可通过“文件 › 导入”导入）</translation>
    </message>
    <message>
        <source>%1, by country</source>
        <translation>%1（按国家）</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <translation>%1，%2：%3 %4</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3: %4 %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2，%3：%4 %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>按国家</translation>
    </message>
    <message>
        <source>%1: no countries chosen; tick some under Countries</source>
        <translation>%1：未选择国家；请在“国家”菜单中勾选</translation>
    </message>
    <message>
        <source>%1, by country, %2</source>
        <translation>%1（按国家），%2</translation>
    </message>
    <message>
        <source>The %1 of %2 countries with the highest latest values; Countries chooses which · %3</source>
        <translation>最新数值最高的 %1 个国家（共 %2 个）；在“国家”菜单中选择 · %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: the text is not valid UTF-8</source>
        <translation>第 %1 行第 %2 列：文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>line %1, column %2: text after the closing quote</source>
        <translation>第 %1 行第 %2 列：结束引号后还有文本</translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field is not closed before the end of the file</source>
        <translation>第 %1 行第 %2 列：带引号的字段到文件末尾仍未结束</translation>
    </message>
    <message>
        <source>line %1, column %2: the field is longer than %3 bytes</source>
        <translation>第 %1 行第 %2 列：字段超过 %3 字节</translation>
    </message>
    <message>
        <source>line %1: the record is longer than %2 bytes</source>
        <translation>第 %1 行：记录超过 %2 字节</translation>
    </message>
    <message>
        <source>line %1: the record has more than %2 fields</source>
        <translation>第 %1 行：记录的字段超过 %2 个</translation>
    </message>
</context>
<context>
    <name>DashboardApplication</name>
    <message>
        <source>There is no screen %1; screens are numbered 0 to %2.</source>
        <translation>没有屏幕 %1；屏幕编号为 0 至 %2。</translation>
    </message>
    <message>
        <source>Opening your data in %1…</source>
        <translation>正在打开 %1 中的数据…</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>MMM yyyy</source>
        <comment>month ticks of a date axis (QDate format)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
</context>
<context>
    <name>DataTabs</name>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The article&apos;s figures, each with its sentence</source>
        <translation>文章中的数据，每项均附原文句子</translation>
    </message>
    <message>
        <source>Series data</source>
        <translation>序列数据</translation>
    </message>
    <message>
        <source>Every observation of every series, built in and imported</source>
        <translation>每个序列的每个观测值，包括内置和导入的</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The areas, technologies and aims the article names, each with its sentence: the segments of the cooperation chart</source>
        <translation>文章提及的领域、技术和目标，每项均附原文句子：即合作图表中的各段</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>The dated events of the article, and how each date was worked out: the items of the timeline</source>
        <translation>文章中有日期的事件及每个日期的推算方式：即时间线中的各项</translation>
    </message>
    <message>
        <source>&amp;Find Figures</source>
        <translation>查找数据(&amp;F)</translation>
    </message>
    <message>
        <source>Search the facts by any word, number or period</source>
        <translation>按任意词语、数字或时期搜索数据</translation>
    </message>
    <message>
        <source>Find &amp;Observations</source>
        <translation>查找观测值(&amp;O)</translation>
    </message>
    <message>
        <source>Search every observation, built in and imported</source>
        <translation>搜索所有观测值，包括内置和导入的</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>table &apos;%1&apos;, row &apos;%2&apos;: %3 &apos;%4&apos; %5</source>
        <translation>表“%1”，行“%2”：%3“%4”%5</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <source>names no fact</source>
        <translation>未指向任何数据</translation>
    </message>
    <message>
        <source>depends on itself</source>
        <translation>依赖于自身</translation>
    </message>
    <message>
        <source>table &apos;%1&apos;, row &apos;%2&apos;: %3 &apos;%4&apos; is not a date (YYYY-MM-DD)</source>
        <translation>表“%1”，行“%2”：%3“%4”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>table &apos;%1&apos;: %2</source>
        <translation>表“%1”：%2</translation>
    </message>
    <message>
        <source>is before period_start</source>
        <translation>早于 period_start</translation>
    </message>
</context>
<context>
    <name>DecimalsMenu</name>
    <message>
        <source>Value &amp;Decimals</source>
        <translation>数值小数位数(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>自动(&amp;A)</translation>
    </message>
    <message>
        <source>Three significant digits: one decimal on the tallest bar</source>
        <translation>三位有效数字：最高的柱显示一位小数</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Date basis</source>
        <translation>日期依据</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>add --force to replace it</source>
        <translation>添加 --force 以替换它</translation>
    </message>
    <message>
        <source>No country series &apos;%1&apos;. Series with countries: %2.</source>
        <translation>没有国家序列“%1”。含国家的序列：%2。</translation>
    </message>
    <message>
        <source>The series &apos;%1&apos; has no rows for %2.</source>
        <translation>序列“%1”没有 %2 的数据。</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Replace Files</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>Exported every chart to %1.</source>
        <translation>已将所有图表导出到 %1。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files already exist:
%1

Replace them?</source>
        <translation>
            <numerusform>其中 %n 个文件已存在：
%1

要替换吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copied the chart and its citation.</source>
        <translation>已复制图表及其引用。</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>适用于 Excel 的 CSV，带 BOM 的 UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Facts</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n fact(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项数据导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>SCO Digital Cooperation Dashboard charts</source>
        <translation>上海合作组织数字合作仪表板图表</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Could not print the charts.</source>
        <translation>无法打印图表。</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF for slides and reports</source>
        <translation>将图表保存为 PNG、SVG 或 PDF，用于幻灯片和报告</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>导出所有图表(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the chart as an image, with its citation as text</source>
        <translation>将图表复制为图像，并以文本附上引用</translation>
    </message>
    <message>
        <source>P&amp;rint Chart…</source>
        <translation>打印图表(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the chart with its source line, from a preview</source>
        <translation>先预览，再打印带来源行的图表</translation>
    </message>
    <message>
        <source>Print All C&amp;harts…</source>
        <translation>打印所有图表(&amp;H)…</translation>
    </message>
    <message>
        <source>Export &amp;Facts…</source>
        <translation>导出数据(&amp;F)…</translation>
    </message>
    <message>
        <source>Save the facts the search shows as CSV or JSON</source>
        <translation>将搜索显示的数据保存为 CSV 或 JSON</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>透明背景(&amp;T)</translation>
    </message>
    <message>
        <source>Include the chart &amp;title</source>
        <translation>包含图表标题(&amp;T)</translation>
    </message>
    <message>
        <source>Include the &amp;source line</source>
        <translation>包含来源行(&amp;S)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>All charts, one file each</source>
        <translation>所有图表，每个一个文件</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG 矢量图像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source>Keeps the source with the picture wherever it is pasted</source>
        <translation>无论粘贴到哪里，来源都与图片在一起</translation>
    </message>
    <message>
        <source>For dark slides; PNG and SVG only</source>
        <translation>用于深色幻灯片；仅限 PNG 和 SVG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>Width, height, resolution:</source>
        <translation>宽度、高度、分辨率：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>分辨率（每英寸点数）</translation>
    </message>
    <message>
        <source>Output path</source>
        <translation>输出路径</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>选择导出的保存位置。</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>导出所有图表</translation>
    </message>
    <message>
        <source>Export All Charts To</source>
        <translation>将所有图表导出到</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>%1 is not a regular file; an export writes only new files or replaces regular ones.</source>
        <translation>%1 不是普通文件；导出只会写入新文件或替换普通文件。</translation>
    </message>
    <message>
        <source>%1 already exists; %2.</source>
        <translation>%1 已存在；%2。</translation>
    </message>
    <message>
        <source>the file system took only part of the data (a full disk or a file size limit)</source>
        <translation>文件系统只接收了部分数据（磁盘已满或达到文件大小限制）</translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message>
        <source>%1 does not say when it was published; give the day with --published YYYY-MM-DD.</source>
        <translation>%1 未写明发布日期；请用 --published YYYY-MM-DD 指定。</translation>
    </message>
    <message>
        <source>%1 does not name its outlet; give it with --outlet so the facts CSV credits it.</source>
        <translation>%1 未写明媒体；请用 --outlet 指定，以便数据 CSV 注明出处。</translation>
    </message>
    <message>
        <source>%1 has no headline; give it with --title so the facts CSV credits it.</source>
        <translation>%1 没有标题；请用 --title 指定，以便数据 CSV 注明出处。</translation>
    </message>
</context>
<context>
    <name>FactFilterProxyModel</name>
    <message>
        <source>Matches in %1: %2</source>
        <translation>在%1中匹配：%2</translation>
    </message>
</context>
<context>
    <name>FactFormatter</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可：%1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>unknown fact %1</source>
        <translation>未知数据 %1</translation>
    </message>
    <message>
        <source>Derived: %1 = %2</source>
        <translation>推算：%1 = %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the percent sign</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date, as QDate::toString() reads it</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <comment>several sources of one chart, separated by ; </comment>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>FactListWriter</name>
    <message>
        <source> · derived</source>
        <translation> · 推算</translation>
    </message>
</context>
<context>
    <name>FactStore</name>
    <message>
        <source>Database file not found: %1</source>
        <translation>未找到数据库文件：%1</translation>
    </message>
    <message>
        <source>Database file is not readable: %1</source>
        <translation>数据库文件不可读：%1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2).</source>
        <translation>%1 不是 SQLite 数据库（%2）。</translation>
    </message>
    <message>
        <source>%1 uses schema version %2, but this program reads up to version %3. Update the program to open it.</source>
        <translation>%1 使用架构版本 %2，但本程序最高只能读取版本 %3。请更新程序后再打开。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a dashboard database (it has no schema version).</source>
        <translation>%1 是 SQLite 数据库，但不是仪表板数据库（没有架构版本）。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定语</translation>
    </message>
    <message>
        <source>Stated / derived</source>
        <translation>原文 / 推算</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>FactTablePanel</name>
    <message>
        <source>Search figures, periods, quotes… (Ctrl+F)</source>
        <translation>搜索数据、时期、引文…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search facts</source>
        <translation>搜索数据</translation>
    </message>
    <message>
        <source>Type words to filter the facts; every word must match. Esc clears.</source>
        <translation>输入词语以筛选数据；每个词都必须匹配。按 Esc 清除。</translation>
    </message>
    <message>
        <source>Number of matching facts</source>
        <translation>匹配的数据项数</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Copy &amp;Sentence with Citation</source>
        <translation>复制句子及引用(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export Selected Rows…</source>
        <translation>导出所选行(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 of %2 facts</source>
        <translation>%1 / %2 项数据</translation>
    </message>
    <message>
        <source>No facts match “%1”.</source>
        <translation>没有与“%1”匹配的数据。</translation>
    </message>
    <message>
        <source>Show as &amp;Headline Tile</source>
        <translation>显示为主要数据卡片(&amp;H)</translation>
    </message>
    <message>
        <source>Pin this figure to the headline strip above the charts</source>
        <translation>将此数字固定到图表上方的主要数据栏</translation>
    </message>
    <message>
        <source>&amp;Delete Figure</source>
        <translation>删除数字(&amp;D)</translation>
    </message>
    <message>
        <source>Delete this figure of yours from your store (Ctrl+Z brings it back); the built-in figures stay</source>
        <translation>从您的存储中删除此数字（Ctrl+Z 可恢复）；内置数字不会被删除</translation>
    </message>
    <message>
        <source>Edit this figure of yours (Ctrl+Z undoes the edit); the built-in figures stay as their article states them</source>
        <translation>编辑您自己的这个数字（Ctrl+Z 可撤销）；内置数字保持文章原文所述</translation>
    </message>
    <message>
        <source>Ed&amp;it Figure…</source>
        <translation>编辑数字(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>FactsCsvFormat</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>时期的结束早于开始</translation>
    </message>
    <message>
        <source>a derived fact needs a formula</source>
        <translation>推算数据需要公式</translation>
    </message>
    <message>
        <source>a stated fact needs the figure as its quote writes it</source>
        <translation>原文数据需要引文中写出的数字</translation>
    </message>
    <message>
        <source>the quote does not contain &apos;%1&apos;</source>
        <translation>引文中不包含“%1”</translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column</source>
        <translation>表头中没有“%1”列</translation>
    </message>
    <message>
        <source>the source needs a key, a publisher, a title and a published date</source>
        <translation>来源需要键、发布者、标题和发布日期</translation>
    </message>
    <message>
        <source>--label and --unit name a series of an OWID or World Bank file; a facts CSV gives each fact its label and unit in its columns</source>
        <translation>--label 和 --unit 用于命名 OWID 或世界银行文件中的序列；数据 CSV 在各列中给出每个数据的名称和单位</translation>
    </message>
</context>
<context>
    <name>FigureCheck</name>
    <message>
        <source>Give the figure a label.</source>
        <translation>请为数字填写标签。</translation>
    </message>
    <message>
        <source>Give the figure&apos;s unit (&quot;%&quot;, &quot;billion U.S. dollars&quot;, &quot;companies&quot;).</source>
        <translation>请填写数字的单位（“%”“billion U.S. dollars”“companies”）。</translation>
    </message>
    <message>
        <source>Give the sentence the figure comes from, word for word.</source>
        <translation>请逐字给出数字所在的原句。</translation>
    </message>
    <message>
        <source>Give the figure as the sentence writes it.</source>
        <translation>请按原句的写法给出数字。</translation>
    </message>
    <message>
        <source>The sentence does not hold &quot;%1&quot; word for word.</source>
        <translation>原句中没有逐字出现“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; states no number.</source>
        <translation>“%1”中没有数字。</translation>
    </message>
    <message>
        <source>The sentence says %1, not %2.</source>
        <translation>原句写的是 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Give the period&apos;s first and last day, or neither.</source>
        <translation>请同时填写期间的第一天和最后一天，或都不填。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>期间的结束日（%1）早于开始日（%2）。</translation>
    </message>
    <message>
        <source>Name the period (&quot;Jan–May 2025&quot;).</source>
        <translation>请为期间命名（“Jan–May 2025”）。</translation>
    </message>
</context>
<context>
    <name>FigureEditDialog</name>
    <message>
        <source>Edit Figure</source>
        <translation>编辑数字</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>What the figure measures</source>
        <translation>数字衡量的内容</translation>
    </message>
    <message>
        <source>&amp;Figure as written:</source>
        <translation>原文写法(&amp;F)：</translation>
    </message>
    <message>
        <source>The figure word for word as the sentence writes it; its number is the value</source>
        <translation>数字在原句中的逐字写法；其中的数字即数值</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&quot;%&quot;, &quot;pp&quot;, &quot;billion U.S. dollars&quot;, &quot;companies&quot;</source>
        <translation>“%”“pp”“billion U.S. dollars”“companies”</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>限定词(&amp;Q)：</translation>
    </message>
    <message>
        <source>&quot;more than&quot;, &quot;about&quot;; empty when the figure is exact</source>
        <translation>“超过”“约”；数字精确时留空</translation>
    </message>
    <message>
        <source>The period&apos;s first day (YYYY-MM-DD); empty when the sentence states none</source>
        <translation>期间的第一天（YYYY-MM-DD）；原句未说明期间时留空</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>期间止(&amp;T)：</translation>
    </message>
    <message>
        <source>The period&apos;s last day (YYYY-MM-DD)</source>
        <translation>期间的最后一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Period &amp;name:</source>
        <translation>期间名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The period as tables and charts name it (&quot;Jan–May 2025&quot;)</source>
        <translation>表格和图表中显示的期间名称（“Jan–May 2025”）</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>比较基准(&amp;B)：</translation>
    </message>
    <message>
        <source>&quot;year-on-year&quot;, &quot;of GDP&quot;; may be empty</source>
        <translation>“同比”“占GDP”；可留空</translation>
    </message>
    <message>
        <source>The sentence the figure comes from, word for word</source>
        <translation>数字所在的原句，逐字照录</translation>
    </message>
    <message>
        <source>&amp;Sentence:</source>
        <translation>原句(&amp;S)：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无数字）</translation>
    </message>
    <message>
        <source>Period f&amp;rom:</source>
        <translation>期间起(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>FormulaEvaluator</name>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>第 %2 个位置出现意外的“%1”</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除以零</translation>
    </message>
    <message>
        <source>formula ends too early</source>
        <translation>公式过早结束</translation>
    </message>
    <message>
        <source>missing &apos;)&apos;</source>
        <translation>缺少“)”</translation>
    </message>
    <message>
        <source>missing &apos;}&apos;</source>
        <translation>缺少“}”</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;</source>
        <translation>未知数据“%1”</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>%1 observations in %2 series over %3 countries and regions, 1960-2023.</source>
        <translation>%2 个序列中的 %1 个观测值，涵盖 %3 个国家和地区，1960–2023年。</translation>
    </message>
    <message>
        <source>%1 facts of 100 generated articles, in English, Chinese and Russian.</source>
        <translation>来自 100 篇生成文章的 %1 条事实，使用英文、中文和俄文。</translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>已写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>GrowthBarChart</name>
    <message>
        <source>Growth indicators, year-on-year</source>
        <translation>增长指标（同比）</translation>
    </message>
    <message>
        <source>%1, %2: %3 — &quot;%4&quot;</source>
        <translation>%1，%2：%3 — “%4”</translation>
    </message>
    <message>
        <source>Growth, % year-on-year</source>
        <translation>同比增长（%）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Growth (% year-on-year)</source>
        <translation>同比增长（%）</translation>
    </message>
    <message>
        <source>Indicator and period</source>
        <translation>指标和时期</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3，%4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>First %1 of %2 growth figures, in table order; the fact table lists all · %3</source>
        <translation>按表格顺序显示 %2 个增长数据中的前 %1 个；数据表列出全部 · %3</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>%1 on a year earlier</source>
        <translation>较上年同期 %1</translation>
    </message>
</context>
<context>
    <name>HeadlineStrip</name>
    <message>
        <source>Headline figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1”&lt;br&gt;— %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;“%1”&lt;br&gt;— %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove from Headlines</source>
        <translation>从主要数据中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take this figure off the headline strip; the fact table&apos;s menu shows it again</source>
        <translation>将此数字从主要数据栏移除；可在数据表的菜单中重新显示</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>headline tiles that do not fit</comment>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more headline figure(s): widen the window or choose one here</source>
        <translation>
            <numerusform>另有 %n 个主要数据：加宽窗口，或在此选择</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlineTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>User Guide &amp;Sections</source>
        <translation>用户指南章节(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;%1&lt;/table&gt;&lt;p&gt;In the fact search: Esc clears, Down moves to the table. In the table: Ctrl+A selects every row, Ctrl+C copies the selection as tab-separated text. In a presentation: arrows, PgUp/PgDn, Space and Enter move; Home and End go to the first and last slide; a number and Enter jumps; B and W blank the screen; P pauses; T changes the theme; Esc or F5 ends.&lt;/p&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;%1&lt;/table&gt;&lt;p&gt;在数据搜索框中：Esc 清除，向下键移到表格。在表格中：Ctrl+A 选择所有行，Ctrl+C 将所选内容复制为制表符分隔的文本。放映时：方向键、PgUp/PgDn、空格和回车翻页；Home 和 End 转到第一张和最后一张幻灯片；输入数字并回车可跳转；B 和 W 使屏幕变黑或变白；P 暂停；T 切换主题；Esc 或 F5 结束。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — quoted for reference; no licence is stated</source>
        <translation> — 仅供参考引用；未声明许可</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;The figures of China Daily, 29 Aug 2025, “Digital tech boom offers opportunities”, on China&apos;s digital cooperation with the Shanghai Cooperation Organization countries. Every figure carries the sentence it comes from; derived figures show their formula.&lt;/p&gt;&lt;p&gt;Built-in data (dataset revision %3):&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;Built with Qt %5 (running on Qt %6).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;《中国日报》2025年8月29日文章“Digital tech boom offers opportunities”中关于中国与上海合作组织国家数字合作的数据。每项数据均附其出处句子；推算数据显示其公式。&lt;/p&gt;&lt;p&gt;内置数据（数据集修订版 %3）：&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;基于 Qt %5 构建（运行于 Qt %6）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1 was not imported; nothing was written. %n problem(s):</source>
        <translation>
            <numerusform>%1 未导入；未写入任何内容。%n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>试运行，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported into %1: %2</source>
        <translation>已导入到 %1：%2</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>There is no user store at %1.</source>
        <translation>%1 处没有用户数据库。</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; and everything it brought.</source>
        <translation>已删除“%1”及其带来的全部内容。</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1: every page was read; no problems found.</source>
        <translation>%1：已读取每一页；未发现问题。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add figures from a facts CSV, an Our World in Data CSV or a World Bank CSV to your own store; you can also drop a file on the window</source>
        <translation>将数据 CSV、Our World in Data CSV 或世界银行 CSV 中的数据添加到您自己的数据库；也可以将文件拖放到窗口上</translation>
    </message>
    <message>
        <source>S&amp;ources…</source>
        <translation>来源(&amp;O)…</translation>
    </message>
    <message>
        <source>List every source with its licence, and remove imported ones</source>
        <translation>列出每个来源及其许可，并删除导入的来源</translation>
    </message>
    <message>
        <source>Import Figures</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Paste or open an article, review the figures it states, each with its sentence, and keep them</source>
        <translation>粘贴或打开文章，审阅其中的数字（各附原句）并保留</translation>
    </message>
    <message>
        <source>Figures from Article</source>
        <translation>文章中的数字</translation>
    </message>
    <message>
        <source>Fi&amp;gures from Article…</source>
        <translation>文章中的数字(&amp;G)…</translation>
    </message>
    <message numerus="yes">
        <source>Save %n Figure(s) of %1</source>
        <translation>
            <numerusform>保存 %1 的 %n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Figure</source>
        <translation>删除数字</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Edit Figure</source>
        <translation>编辑数字</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Keep only the ten &amp;SCO member states</source>
        <translation>只保留上海合作组织十个成员国(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Dashboard facts CSV</source>
        <translation>仪表板数据 CSV</translation>
    </message>
    <message>
        <source>Our World in Data CSV</source>
        <translation>Our World in Data CSV</translation>
    </message>
    <message>
        <source>World Bank CSV</source>
        <translation>世界银行 CSV</translation>
    </message>
    <message>
        <source>as the file names it</source>
        <translation>按文件中的名称</translation>
    </message>
    <message>
        <source>The publisher credited wherever these figures are shown</source>
        <translation>在显示这些数据的所有位置注明的发布者</translation>
    </message>
    <message>
        <source>https://… where the file came from</source>
        <translation>https://… 文件的来源地址</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Source &amp;name:</source>
        <translation>来源名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>来源网址(&amp;U)：</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Stop reading; nothing is written</source>
        <translation>停止读取；不写入任何内容</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>已停止。未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This file cannot be imported&lt;/b&gt;; nothing was written. %n problem(s):</source>
        <translation>
            <numerusform>&lt;b&gt;无法导入此文件&lt;/b&gt;；未写入任何内容。%n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; (nothing written yet): %1&lt;br&gt;Read as %2, into the source %3.</source>
        <translation>&lt;b&gt;预览&lt;/b&gt;（尚未写入）：%1&lt;br&gt;按 %2 读取，导入来源 %3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;已导入&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&amp;Replace the values of this source if my store has it</source>
        <translation>如果数据库中已有此来源，则替换其数值(&amp;R)</translation>
    </message>
    <message>
        <source>For a newer version of a file you imported before. Off, an import never overwrites a source already in your store.</source>
        <translation>用于您之前导入过的文件的新版本。关闭时，导入绝不会覆盖数据库中已有的来源。</translation>
    </message>
    <message>
        <source>The name the charts and tables give this series; empty keeps the file&apos;s own, shown greyed</source>
        <translation>图表和表格中此序列的名称；留空则使用文件自带的名称（灰色显示）</translation>
    </message>
    <message>
        <source>The unit on the value axis, such as % or per 100 people; empty keeps the file&apos;s own, shown greyed</source>
        <translation>数值轴上的单位，例如 % 或每百人；留空则使用文件自带的单位（灰色显示）</translation>
    </message>
    <message>
        <source>Series na&amp;me:</source>
        <translation>序列名称(&amp;M)：</translation>
    </message>
    <message>
        <source>the file&apos;s own columns name its figures</source>
        <translation>由文件各列给出数据名称</translation>
    </message>
    <message numerus="yes">
        <source>%n series, each named by the file</source>
        <translation>
            <numerusform>%n 个序列，名称取自文件</numerusform>
        </translation>
    </message>
    <message>
        <source>not stated by the file</source>
        <translation>文件未注明</translation>
    </message>
    <message>
        <source>Series uni&amp;t:</source>
        <translation>序列单位(&amp;T)：</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>First rows to be written</source>
        <translation>将写入的前几行</translation>
    </message>
    <message>
        <source>The first rows the import writes, as read from the file</source>
        <translation>导入将写入的前几行，按文件原样读取</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… 以及另外 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>新增 %1，更新 %2，未变 %3，跳过 %4</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 个为空</translation>
    </message>
    <message>
        <source>%1 not SCO members</source>
        <translation>%1 个非上合组织成员国</translation>
    </message>
    <message>
        <source>%1 already built in</source>
        <translation>%1 个已内置</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>There is no user store to import into.</source>
        <translation>没有可导入的用户数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>%1: not a format this program reads (facts CSV, OWID CSV or World Bank CSV); its first line starts &apos;%2&apos;</source>
        <translation>%1：不是本程序可读取的格式（数据 CSV、OWID CSV 或世界银行 CSV）；其第一行以“%2”开头</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; nothing was written. Import it again once it is complete.</source>
        <translation>%1 在读取期间发生了变化；未写入任何内容。请在文件完整后重新导入。</translation>
    </message>
    <message>
        <source>%1, %2 of series %3 is given again; an earlier line of the file has it</source>
        <translation>序列 %3 的 %1、%2 重复出现；文件前面的某一行已有此数据</translation>
    </message>
    <message>
        <source>the fact &apos;%1&apos; is given again; an earlier line of the file has it</source>
        <translation>事实“%1”重复出现；文件前面的某一行已有此事实</translation>
    </message>
    <message>
        <source>your store already has the source &apos;%1&apos;; importing it again replaces its values, so choose to update it (--update-source), or give this file another name</source>
        <translation>您的数据库中已有来源“%1”；再次导入会替换其数值，因此请选择更新它（--update-source），或为此文件换一个名称</translation>
    </message>
</context>
<context>
    <name>KeyringPasswords</name>
    <message>
        <source>the desktop keyring did not answer</source>
        <translation>桌面密钥环没有响应</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Figures from %1</source>
        <translation>数据来自 %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Source Sentence</source>
        <translation>复制来源句子(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected figure&apos;s sentence and citation</source>
        <translation>复制所选数据的句子和引用</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Chart &amp;Theme</source>
        <translation>图表主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Copied the source sentence and citation.</source>
        <translation>已复制来源句子和引用。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MembersComparedChart</name>
    <message>
        <source>SCO members compared</source>
        <translation>上合组织成员国比较</translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation>国家比较</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>%1: %2, latest year</source>
        <translation>%1：%2，最新年份</translation>
    </message>
    <message>
        <source>SCO members compared (import a country series with File › Import)</source>
        <translation>上合组织成员国比较（可通过“文件 › 导入”导入国家序列）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Country and latest year</source>
        <translation>国家和最新年份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2：%3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>%1: no countries chosen; tick some under Countries</source>
        <translation>%1：未选择国家；请在“国家”菜单中勾选</translation>
    </message>
    <message>
        <source>%1: %2, latest year, %3</source>
        <translation>%1：%2，最新年份，%3</translation>
    </message>
    <message>
        <source>Largest %1 of %2 countries; Countries chooses which · %3</source>
        <translation>数值最大的 %1 个国家（共 %2 个）；在“国家”菜单中选择 · %3</translation>
    </message>
</context>
<context>
    <name>ObservationFields</name>
    <message>
        <source>Derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>OwidCsvFormat</name>
    <message>
        <source>the header has no Year column</source>
        <translation>表头中没有 Year 列</translation>
    </message>
    <message>
        <source>the header names no indicator column after Entity, Code and Year</source>
        <translation>表头在 Entity、Code 和 Year 之后没有指标列</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; names the same series (%2) as column %3, &apos;%4&apos;; rename one of them</source>
        <translation>表头“%1”与第 %3 列“%4”指向同一序列（%2）；请重命名其中之一</translation>
    </message>
    <message>
        <source>--label and --unit name one series, and the header has %1 indicator columns</source>
        <translation>--label 和 --unit 只能命名一个序列，而表头有 %1 个指标列</translation>
    </message>
</context>
<context>
    <name>OwidMetadata</name>
    <message>
        <source>Cannot read %1 beside the file: %2</source>
        <translation>无法读取文件旁的 %1：%2</translation>
    </message>
    <message>
        <source>%1 beside the file is larger than %2 MiB; it cannot be OWID&apos;s metadata</source>
        <translation>文件旁的 %1 大于 %2 MiB，不可能是 OWID 的元数据</translation>
    </message>
    <message>
        <source>%1 beside the file is not a JSON object (at byte %2: %3); fix it or move it away</source>
        <translation>文件旁的 %1 不是 JSON 对象（第 %2 字节：%3）；请修正或将其移走</translation>
    </message>
</context>
<context>
    <name>PlatformFailureReport</name>
    <message>
        <source>there is no display (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>没有显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）</translation>
    </message>
    <message>
        <source>cannot connect to display &apos;%1&apos;</source>
        <translation>无法连接到显示器“%1”</translation>
    </message>
    <message>
        <source>sco-dashboard: Qt cannot start its display platform: %1. The window and present need a display; export, facts and series do not.</source>
        <translation>sco-dashboard：Qt 无法启动其显示平台：%1。窗口和 present 需要显示器；export、facts 和 series 不需要。</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>this build has no PostgreSQL driver (Debian: libqt6sql6-psql).</source>
        <translation>此版本没有 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>a password with a &apos;;&apos; cannot be passed to the server by this driver; put it in ~/.pgpass instead.</source>
        <translation>此驱动程序无法将含有“;”的密码传给服务器；请将其写入 ~/.pgpass。</translation>
    </message>
</context>
<context>
    <name>PostgresLocation</name>
    <message>
        <source>%1 is not a PostgreSQL location: %2</source>
        <translation>%1 不是 PostgreSQL 地址：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>%1: the value of %2 holds a &apos;;&apos;, which the driver cannot pass on.</source>
        <translation>%1：%2 的值含有“;”，驱动无法传递。</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>This database holds no team store yet; create it with: sco-dashboard store init --database LOCATION</source>
        <translation>此数据库中还没有团队存储；请用以下命令创建：sco-dashboard store init --database LOCATION</translation>
    </message>
    <message>
        <source>The team store&apos;s schema is version %1, newer than this program knows (%2); update the program.</source>
        <translation>团队存储的结构版本为 %1，比本程序所知的版本（%2）更新；请更新程序。</translation>
    </message>
    <message>
        <source>The team store no longer serves programs of schema %1 (the oldest it serves is %2); update the program.</source>
        <translation>团队存储已不再支持结构版本 %1 的程序（支持的最旧版本为 %2）；请更新程序。</translation>
    </message>
    <message>
        <source>This program lacks migration %1 of the team store.</source>
        <translation>本程序缺少团队存储的迁移 %1。</translation>
    </message>
    <message>
        <source>The server has no login role &apos;%1&apos;; create it first (CREATE ROLE … LOGIN).</source>
        <translation>服务器上没有登录角色“%1”；请先创建（CREATE ROLE … LOGIN）。</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>%1: cannot create the team store: %2</source>
        <translation>%1：无法创建团队存储：%2</translation>
    </message>
    <message>
        <source>%1 is read-only: your role may read the team store but not change it (its owner can run: store grant USER editor).</source>
        <translation>%1 为只读：您的角色可以读取团队存储，但不能修改（其所有者可运行：store grant USER editor）。</translation>
    </message>
    <message>
        <source>%1 holds no team store yet; create it with: sco-dashboard store init --database LOCATION</source>
        <translation>%1 中尚无团队存储；请用以下命令创建：sco-dashboard store init --database LOCATION</translation>
    </message>
    <message>
        <source>%1 holds a team store of schema %2, older than this program reads (%3); its owner brings it forward with: sco-dashboard store init --database LOCATION</source>
        <translation>%1 中的团队存储为架构 %2，早于本程序读取的版本（%3）；其所有者可用以下命令升级：sco-dashboard store init --database LOCATION</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>&amp;Present</source>
        <translation>放映(&amp;P)</translation>
    </message>
    <message>
        <source>Full-screen slide show; arrows or a clicker move, Esc ends it</source>
        <translation>全屏幻灯片放映；用方向键或翻页器翻页，按 Esc 结束</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>放映屏幕(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Auto-Advance</source>
        <translation>自动翻页(&amp;A)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>屏幕 %1：%2（%3×%4）</translation>
    </message>
    <message>
        <source>Presentation T&amp;heme</source>
        <translation>放映主题(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Next Slide</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Previous Slide</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Resume Auto-Advance</source>
        <translation>继续自动翻页</translation>
    </message>
    <message>
        <source>Pause Auto-Advance</source>
        <translation>暂停自动翻页</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>结束放映</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>放映</translation>
    </message>
</context>
<context>
    <name>ProposalFacts</name>
    <message>
        <source>From the article</source>
        <translation>来自文章</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>as of the publication date</source>
        <translation>截至发布日期</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
</context>
<context>
    <name>ReadOnlyStoreCopy</name>
    <message>
        <source>cannot copy %1 to read it (%2)</source>
        <translation>无法复制 %1 以读取它（%2）</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The built-in dataset is missing from this build (%1).</source>
        <translation>此版本中缺少内置数据集（%1）。</translation>
    </message>
    <message>
        <source>Cannot open the built-in dataset: %1</source>
        <translation>无法打开内置数据集：%1</translation>
    </message>
    <message>
        <source>it is a symbolic link that leads to no file (%1)</source>
        <translation>它是一个不指向任何文件的符号链接（%1）</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, outside the data folder</source>
        <translation>它是指向数据文件夹之外的 %1 的符号链接</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>Your own data in %1 is shown read-only because %2: imports and removals are off until it can be written.</source>
        <translation>您在 %1 中的数据以只读方式显示，因为%2：在可以写入之前，导入和删除已停用。</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>其文件夹为只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>SQLite reports &quot;%1&quot;</source>
        <translation>SQLite 报告“%1”</translation>
    </message>
    <message>
        <source>it needs migrating to schema version %1, and its folder cannot be written</source>
        <translation>它需要迁移到架构版本 %1，但其文件夹无法写入</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the user store %1: %2</source>
        <translation>无法创建用户数据库 %1：%2</translation>
    </message>
    <message>
        <source>it needs migrating from schema version %1 to %2, which failed (%3)</source>
        <translation>它需要从架构版本 %1 迁移到 %2，但迁移失败（%3）</translation>
    </message>
    <message>
        <source>Your own data in %1 is not shown: %2. The file was left as it is.</source>
        <translation>未显示您在 %1 中的数据：%2。该文件保持原样。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Cannot read the built-in dataset: %1</source>
        <translation>无法读取内置数据集：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is part of the built-in dataset and cannot be removed.</source>
        <translation>“%1”属于内置数据集，无法删除。</translation>
    </message>
    <message>
        <source>No source &apos;%1&apos;. The sources command lists them.</source>
        <translation>没有来源“%1”。sources 命令会列出所有来源。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a URI; give the store as a file path, for example %2.</source>
        <translation>“%1”是一个 URI；请以文件路径指定存储，例如 %2。</translation>
    </message>
    <message>
        <source>it changed while it was being opened</source>
        <translation>它在打开期间发生了变化</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
    <message>
        <source>Your own data in %1 was changed by another program and is not written: %2. The file was left as it is.</source>
        <translation>您在 %1 中的数据已被其他程序更改，因此未写入：%2。该文件保持原样。</translation>
    </message>
    <message>
        <source>cannot rename %1 (%2)</source>
        <translation>无法重命名 %1（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a figure of the built-in dataset and cannot be removed.</source>
        <translation>“%1”是内置数据集中的数字，不能删除。</translation>
    </message>
    <message>
        <source>Your store has no figure &apos;%1&apos;.</source>
        <translation>您的存储中没有数字“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read by the formula of &apos;%2&apos;; remove that figure first.</source>
        <translation>“%1”被“%2”的公式引用；请先删除那个数字。</translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message numerus="yes">
        <source>%n stored row(s) left out as not valid observations; the first: %1</source>
        <translation>
            <numerusform>已略过 %n 行不是有效观测值的存储数据；第一行：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesTablePanel</name>
    <message>
        <source>Search series, countries, years, sources…</source>
        <translation>搜索序列、国家、年份、来源…</translation>
    </message>
    <message>
        <source>Search series data</source>
        <translation>搜索序列数据</translation>
    </message>
    <message>
        <source>Type words to filter the observations; every word must match</source>
        <translation>输入词语以筛选观测值；每个词都必须匹配</translation>
    </message>
    <message>
        <source>Number of matching observations</source>
        <translation>匹配的观测值数</translation>
    </message>
    <message>
        <source>Series data</source>
        <translation>序列数据</translation>
    </message>
    <message>
        <source>%1 of %2 observations</source>
        <translation>%1 / %2 个观测值</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>counting… of %1 observations</source>
        <translation>正在计数… / %1 个观测值</translation>
    </message>
    <message>
        <source>(the first %1 of %2 words)</source>
        <translation>（前 %1 个词，共 %2 个）</translation>
    </message>
</context>
<context>
    <name>SizePreset</name>
    <message>
        <source>Slide 16:9 (1920×1080)</source>
        <translation>幻灯片 16:9（1920×1080）</translation>
    </message>
    <message>
        <source>4K slide (3840×2160)</source>
        <translation>4K 幻灯片（3840×2160）</translation>
    </message>
    <message>
        <source>Projector 4:3 (1024×768)</source>
        <translation>投影仪 4:3（1024×768）</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi (3508×2480)</source>
        <translation>A4 横向，300 dpi（3508×2480）</translation>
    </message>
    <message>
        <source>Square social (1080×1080)</source>
        <translation>社交媒体方形（1080×1080）</translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <source>China&apos;s digital cooperation with the Shanghai Cooperation Organization countries, in figures</source>
        <translation>中国与上海合作组织国家的数字合作：数据一览</translation>
    </message>
    <message>
        <source>%1 · “%2” · %3</source>
        <translation>%1 · “%2” · %3</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1，%2 — %3</translation>
    </message>
    <message>
        <source>Every stated figure is quoted verbatim from the article; derived figures are marked and show their formula. Country series are their publishers&apos; figures, under their licence.</source>
        <translation>每项原文数据均逐字引自文章；推算数据已标明并显示其公式。国家序列为其发布者的数据，遵循其许可。</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <source>Source of the selected figure</source>
        <translation>所选数据的来源</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Derived&lt;/b&gt;, not stated in the article.&lt;/p&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;推算&lt;/b&gt;，文章中未直接给出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stated&lt;/b&gt; in the article.&lt;/p&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;原文&lt;/b&gt;数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Derived from this sentence:&lt;/p&gt;</source>
        <translation>&lt;p&gt;推算自以下句子：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Quoted&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;引文&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stated aims&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;“%1”&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;所述目标&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;“%1”&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select a figure, a bar, a point or a tile to see the sentence it comes from.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;选择一项数据、一个条形、一个点或一个卡片，即可查看其出处句子。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;The original sentence, in the article&apos;s English:&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;原文句子（文章英文原文）：&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>&amp;Remove Source…</source>
        <translation>删除来源(&amp;R)…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Remove an imported source and every figure it brought</source>
        <translation>删除一个导入的来源及其带来的每项数据</translation>
    </message>
    <message>
        <source>The built-in dataset cannot be removed</source>
        <translation>内置数据集无法删除</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>删除来源</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n row(s) from your store? This cannot be undone.</source>
        <translation>
            <numerusform>要从您的数据库中删除 %1 及其 %n 行吗？此操作无法撤消。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteStoreWatch</name>
    <message numerus="yes">
        <source>%n series added from %1</source>
        <translation>
            <numerusform>从 %1 添加了 %n 个序列</numerusform>
        </translation>
    </message>
    <message>
        <source>1 figure added from %1</source>
        <translation>从 %1 添加了 1 个数字</translation>
    </message>
    <message numerus="yes">
        <source>%n figures added from %1</source>
        <translation>
            <numerusform>从 %1 添加了 %n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 已更新</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 已删除</translation>
    </message>
    <message>
        <source>Your store was changed by another program</source>
        <translation>您的数据存储已被另一个程序更改</translation>
    </message>
    <message>
        <source>Changed by another program: %1</source>
        <translation>已被另一个程序更改：%1</translation>
    </message>
</context>
<context>
    <name>StoreGenerator</name>
    <message>
        <source>--rows must be from 1 to %1.</source>
        <translation>--rows 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>%1 is your own store; generate writes only a new file of its own.</source>
        <translation>%1 是您自己的数据库；generate 只会写入一个它自己的新文件。</translation>
    </message>
    <message>
        <source>%1 already exists; generate never replaces a file.</source>
        <translation>%1 已存在；generate 从不替换文件。</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>--facts must be from 1 to %1.</source>
        <translation>--facts 必须在 1 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>StoreInspector</name>
    <message>
        <source>it uses schema version %1, but this program reads up to version %2</source>
        <translation>它使用架构版本 %1，但本程序最高只能读取版本 %2</translation>
    </message>
    <message>
        <source>it is not a dashboard database</source>
        <translation>它不是仪表板数据库</translation>
    </message>
    <message>
        <source>checking it took longer than %1 seconds</source>
        <translation>检查它耗时超过 %1 秒</translation>
    </message>
    <message>
        <source>it cannot be checked (%1)</source>
        <translation>无法检查它（%1）</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>它已损坏（%1）</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>it holds the %1 &apos;%2&apos;, which this program does not make</source>
        <translation>它包含本程序不会创建的 %1“%2”</translation>
    </message>
    <message>
        <source>its %1 &apos;%2&apos; is not the one this program makes</source>
        <translation>它的 %1“%2”与本程序创建的不同</translation>
    </message>
    <message>
        <source>its table &apos;%1&apos; is not the one this program makes</source>
        <translation>它的表“%1”与本程序创建的不同</translation>
    </message>
    <message>
        <source>its table &apos;%1&apos; has columns this program does not make</source>
        <translation>它的表“%1”包含本程序不会创建的列</translation>
    </message>
    <message>
        <source>the program&apos;s own schema cannot be built</source>
        <translation>无法构建程序自身的架构</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>无法读取它的架构（%1）</translation>
    </message>
    <message>
        <source>its %1 &apos;%2&apos; is missing</source>
        <translation>它缺少 %1“%2”</translation>
    </message>
</context>
<context>
    <name>TableRowCopier</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header</source>
        <translation>将所选行复制为带表头的制表符分隔文本</translation>
    </message>
</context>
<context>
    <name>TeamStoreCheck</name>
    <message>
        <source>%1 answers but holds no team store yet; its owner creates one with: sco-dashboard store init --database LOCATION</source>
        <translation>%1 有响应，但尚无团队存储；其所有者可用以下命令创建：sco-dashboard store init --database LOCATION</translation>
    </message>
    <message>
        <source>%1 is ready: you can read, import and remove.</source>
        <translation>%1 已就绪：您可以读取、导入和删除。</translation>
    </message>
    <message>
        <source>%1 is ready, read-only: your role can read but not change it.</source>
        <translation>%1 已就绪，只读：您的角色可以读取但不能修改。</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>连接未加密。</translation>
    </message>
</context>
<context>
    <name>TeamStoreCommand</name>
    <message>
        <source>A team store lives on a PostgreSQL server: give its location with --database (postgresql://… , host=… dbname=…, or service=NAME).</source>
        <translation>团队存储位于 PostgreSQL 服务器上：请用 --database 给出其地址（postgresql://…、host=… dbname=… 或 service=NAME）。</translation>
    </message>
    <message>
        <source>The team store at %1 is ready (schema %2); give analysts access with: sco-dashboard store grant USER reader|editor --database LOCATION
</source>
        <translation>位于 %1 的团队存储已就绪（结构版本 %2）；用以下命令为分析师授权：sco-dashboard store grant USER reader|editor --database LOCATION
</translation>
    </message>
    <message>
        <source>%1 can now read and change the team store at %2.
</source>
        <translation>%1 现在可以读取和修改位于 %2 的团队存储。
</translation>
    </message>
    <message>
        <source>%1 can now read the team store at %2, and not change it.
</source>
        <translation>%1 现在可以读取位于 %2 的团队存储，但不能修改。
</translation>
    </message>
</context>
<context>
    <name>TeamStoreDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Keep it in the desktop keyring</source>
        <translation>保存在桌面密钥环中(&amp;K)</translation>
    </message>
    <message>
        <source>Connect to Team Store</source>
        <translation>连接到团队存储</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>A URI (postgresql://user@host/database), a libpq keyword string (host=… dbname=…) or service=NAME from pg_service.conf</source>
        <translation>URI（postgresql://user@host/database）、libpq 关键字字符串（host=… dbname=…）或 pg_service.conf 中的 service=名称</translation>
    </message>
    <message>
        <source>Passwords come from ~/.pgpass, the service file or your desktop keyring, and are asked for only when the server wants one.</source>
        <translation>密码来自 ~/.pgpass、服务文件或桌面密钥环，仅在服务器需要时才会询问。</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the server whether the store is there and what you may do</source>
        <translation>询问服务器存储是否存在以及您可以执行的操作</translation>
    </message>
    <message>
        <source>Use My &amp;Own Store</source>
        <translation>使用我自己的存储(&amp;O)</translation>
    </message>
    <message>
        <source>Show your own store on this computer again</source>
        <translation>重新显示此计算机上您自己的存储</translation>
    </message>
    <message>
        <source>Give the location of a PostgreSQL server: a URI, a keyword string or service=NAME.</source>
        <translation>请给出 PostgreSQL 服务器的位置：URI、关键字字符串或 service=名称。</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>服务器要求提供 %1 的密码。</translation>
    </message>
    <message>
        <source>The password was not kept: %1.</source>
        <translation>密码未保存：%1。</translation>
    </message>
</context>
<context>
    <name>TeamStoreLink</name>
    <message>
        <source>The team store at %1 cannot be reached: %2. The window shows what it last read and reconnects by itself.</source>
        <translation>无法连接位于 %1 的团队存储：%2。窗口显示最后读取的内容，并会自动重新连接。</translation>
    </message>
    <message>
        <source>Connected again to %1</source>
        <translation>已重新连接到 %1</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>团队存储：%1</translation>
    </message>
    <message>
        <source> · not encrypted</source>
        <translation> · 未加密</translation>
    </message>
    <message>
        <source> · offline</source>
        <translation> · 离线</translation>
    </message>
    <message>
        <source>The connection to this server is not encrypted: what you read and write crosses the network in the clear.</source>
        <translation>与此服务器的连接未加密：您读取和写入的内容以明文在网络上传输。</translation>
    </message>
    <message>
        <source>Changes your colleagues commit appear here within a second.</source>
        <translation>同事提交的更改会在一秒内显示在这里。</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Store…</source>
        <translation>连接到团队存储(&amp;T)…</translation>
    </message>
    <message>
        <source>Share one store with your team on a PostgreSQL server, or go back to your own</source>
        <translation>与团队共享 PostgreSQL 服务器上的存储，或返回您自己的存储</translation>
    </message>
</context>
<context>
    <name>TeamStoreWatch</name>
    <message>
        <source>%1 removed</source>
        <translation>%1 已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n series added by %1</source>
        <translation>
            <numerusform>%1 添加了 %n 个系列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures added by %1</source>
        <translation>
            <numerusform>%1 添加了 %n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>The team store changed</source>
        <translation>团队存储已更改</translation>
    </message>
    <message>
        <source>1 figure added by %1</source>
        <translation>%1 添加了 1 个数字</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Timeline of the events in the article</source>
        <translation>文章中的事件时间线</translation>
    </message>
    <message>
        <source>%1 · Weekday dates are resolved against the publication date</source>
        <translation>%1 · 星期几形式的日期按发布日期推算</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — &quot;%4&quot;</source>
        <translation>%1：%2（%3）— “%4”</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>日期（%1）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;“%3”&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;“%3”&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day ticks within one year (QDate format)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>day ticks across years (QDate format)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TopicModel</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Words used</source>
        <translation>所用词语</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>%1 · Hollow points are derived from stated figures</source>
        <translation>%1 · 空心点由原文数据推算得出</translation>
    </message>
    <message>
        <source>%1, %2%3: %4 %5%6</source>
        <translation>%1，%2%3：%4 %5%6</translation>
    </message>
    <message>
        <source>End of period (month, year)</source>
        <translation>时期结束（月，年）</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>%1 on a year earlier (stated)</source>
        <translation>较上年同期 %1（原文）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2：%3</translation>
    </message>
    <message>
        <source>Revenue trend</source>
        <translation>收入趋势</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>章节正文</translation>
    </message>
</context>
<context>
    <name>UserStoreWriter</name>
    <message>
        <source>fact &apos;%1&apos;: its formula uses &apos;%2&apos;, which is neither in the file nor in your store</source>
        <translation>数据“%1”：其公式使用了“%2”，但它既不在文件中，也不在您的数据库中</translation>
    </message>
</context>
<context>
    <name>WorldBankCsvFormat</name>
    <message>
        <source>no &quot;Country Name&quot;,&quot;Country Code&quot;,&quot;Indicator Name&quot;,&quot;Indicator Code&quot; header</source>
        <translation>没有 &quot;Country Name&quot;,&quot;Country Code&quot;,&quot;Indicator Name&quot;,&quot;Indicator Code&quot; 表头</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>--label and --unit name one series, and &apos;%1&apos; is a second indicator</source>
        <translation>--label 和 --unit 只能命名一个序列，而“%1”是第二个指标</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>sco-dashboard: %1
Try &apos;sco-dashboard --help&apos;.
</source>
        <translation>sco-dashboard：%1
请参阅“sco-dashboard --help”。
</translation>
    </message>
</context>
</TS>
