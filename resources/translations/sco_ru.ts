<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AppInfo</name>
    <message>
        <source>SCO Digital Cooperation Dashboard</source>
        <translation>Дашборд цифрового сотрудничества ШОС</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Figures from Article</source>
        <translation>Показатели из статьи</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>&amp;Keep All</source>
        <translation>Оставить &amp;все</translation>
    </message>
    <message>
        <source>Keep &amp;None</source>
        <translation>Сня&amp;ть все</translation>
    </message>
    <message>
        <source>Keep the checked figures as facts of this article, in your store</source>
        <translation>Сохранить отмеченные показатели как факты этой статьи в вашем хранилище</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>The article&apos;s headline, as the outlet prints it</source>
        <translation>Заголовок статьи в том виде, как его печатает издание</translation>
    </message>
    <message>
        <source>O&amp;utlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <source>Who published it: the credit every figure carries</source>
        <translation>Кто опубликовал статью: на него ссылается каждый показатель</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Who wrote it, when the article says</source>
        <translation>Кто написал статью, если это в ней указано</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <source>Where it was published; never guessed</source>
        <translation>Где статья опубликована; адрес никогда не угадывается</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>Опу&amp;бликовано:</translation>
    </message>
    <message>
        <source>The day it was published (YYYY-MM-DD): the periods &quot;this year&quot; and &quot;last year&quot; are read from it</source>
        <translation>День публикации (ГГГГ-ММ-ДД): от него отсчитываются «этот год» и «прошлый год»</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <source>Paste an article, or open one.</source>
        <translation>Вставьте статью или откройте её.</translation>
    </message>
    <message>
        <source>Give the day it was published (YYYY-MM-DD) to read its figures.</source>
        <translation>Укажите день публикации (ГГГГ-ММ-ДД), чтобы прочитать показатели.</translation>
    </message>
    <message>
        <source>No figures found in this text.</source>
        <translation>В этом тексте показателей не найдено.</translation>
    </message>
    <message>
        <source>Check the figures to keep.</source>
        <translation>Отметьте показатели, которые нужно сохранить.</translation>
    </message>
    <message>
        <source>Name the outlet: every figure is credited to it.</source>
        <translation>Укажите издание: на него ссылается каждый показатель.</translation>
    </message>
    <message>
        <source>Give the headline: every figure is credited to it.</source>
        <translation>Укажите заголовок: на него ссылается каждый показатель.</translation>
    </message>
    <message>
        <source>Figures kept: %1 of %2, each with its sentence.</source>
        <translation>Показателей сохраняется: %1 из %2, каждый со своим предложением.</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here, or open a text, HTML or PDF file.</source>
        <translation>Вставьте сюда текст статьи или откройте текстовый файл, HTML или PDF.</translation>
    </message>
    <message>
        <source>Read an article saved as text, as an HTML page or as a PDF</source>
        <translation>Прочитать статью, сохранённую как текст, страница HTML или PDF</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>Статьи (*.txt *.html *.htm *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New &amp;Figure from Selection</source>
        <translation>Новый &amp;показатель из выделения</translation>
    </message>
    <message>
        <source>Select a figure in the article&apos;s text (Ctrl+Shift+F): the extractor&apos;s own, or one it missed, kept with its sentence</source>
        <translation>Выделите показатель в тексте статьи (Ctrl+Shift+F): найденный или пропущенный, он сохраняется со своим предложением</translation>
    </message>
    <message>
        <source>New Figure</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <source>Label every figure you keep.</source>
        <translation>Дайте название каждому сохраняемому показателю.</translation>
    </message>
    <message>
        <source>Give every figure you keep its unit.</source>
        <translation>Укажите единицу каждого сохраняемого показателя.</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>The selection states no number.</source>
        <translation>В выделении нет числа.</translation>
    </message>
    <message>
        <source>Select a figure within one sentence.</source>
        <translation>Выделите показатель в пределах одного предложения.</translation>
    </message>
</context>
<context>
    <name>ArticleFigureWriter</name>
    <message>
        <source>Your store already holds the figures of %1 (%2); remove that source first to save them again.</source>
        <translation>В вашем хранилище уже есть показатели статьи «%1» (%2); чтобы сохранить их снова, сначала удалите этот источник.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a figure of the built-in dataset: it stays as its article states it.</source>
        <translation>«%1» — показатель встроенного набора данных: он остаётся таким, как его приводит статья.</translation>
    </message>
    <message>
        <source>An edit keeps the figure &apos;%1&apos; and its source.</source>
        <translation>Правка сохраняет показатель «%1» и его источник.</translation>
    </message>
</context>
<context>
    <name>ArticleFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than any article (at most %3 MB are read).</source>
        <translation>%1 занимает %2 МБ — больше любой статьи (читается не больше %3 МБ).</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>В %1 нет текста.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: it is damaged or locked with a password.</source>
        <translation>%1 не читается как PDF: файл повреждён или защищён паролем.</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scan?); copy its text, or run it through OCR first.</source>
        <translation>В %1 нет текстового слоя (это скан?); скопируйте его текст или сначала распознайте его (OCR).</translation>
    </message>
    <message>
        <source>%1 is not an article: it is neither UTF-8 text, an HTML page nor a PDF.</source>
        <translation>%1 — не статья: это ни текст в UTF-8, ни страница HTML, ни PDF.</translation>
    </message>
</context>
<context>
    <name>CellParser</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» — не число</translation>
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
        <translation>Неизвестная диаграмма «%1». Диаграммы: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Export cancelled after %1 of %2 charts.</source>
        <translation>Экспорт отменён; сохранено диаграмм: %1 из %2.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart source</source>
        <translation>Источник диаграммы</translation>
    </message>
</context>
<context>
    <name>ChartTheme</name>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Wheel, + or − to zoom, drag to pan, Shift+drag to zoom to an area, Home to show everything</source>
        <translation>Колесо, + или − — масштаб, перетаскивание — сдвиг, Shift+перетаскивание — увеличить область, Home — показать всё</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>Не удаётся записать вывод: %1</translation>
    </message>
</context>
<context>
    <name>ColumnLegend</name>
    <message>
        <source>Click to hide or show this line</source>
        <translation>Щёлкните, чтобы скрыть или показать эту линию</translation>
    </message>
    <message>
        <source>%1: click to hide or show this line</source>
        <translation>%1: щёлкните, чтобы скрыть или показать эту линию</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SCO Digital Cooperation Dashboard: the figures of China Daily, 29 Aug 2025, &quot;Digital tech boom offers opportunities&quot;, each with its source sentence.</source>
        <translation>Дашборд цифрового сотрудничества ШОС: показатели статьи China Daily от 29 августа 2025 г. «Digital tech boom offers opportunities», каждый — с исходным предложением.</translation>
    </message>
    <message>
        <source>open the dashboard window</source>
        <translation>открыть окно панели</translation>
    </message>
    <message>
        <source>open the window and preview importing FILE</source>
        <translation>открыть окно и предпросмотр импорта FILE</translation>
    </message>
    <message>
        <source>print the facts with their quotes and sources</source>
        <translation>вывести показатели с цитатами и источниками</translation>
    </message>
    <message>
        <source>list the chart IDs and titles</source>
        <translation>перечислить идентификаторы и названия диаграмм</translation>
    </message>
    <message>
        <source>write charts as PNG, SVG or PDF, e.g.
export --all --format png --preset slide --out ./dashboard-export</source>
        <translation>сохранить диаграммы в PNG, SVG или PDF, например
export --all --format png --preset slide --out ./dashboard-export</translation>
    </message>
    <message>
        <source>full-screen slide show; Esc ends it</source>
        <translation>полноэкранный показ слайдов; Esc завершает его</translation>
    </message>
    <message>
        <source>add a facts CSV, an OWID CSV or a World Bank CSV to your store</source>
        <translation>добавить в ваше хранилище CSV показателей, CSV OWID или CSV Всемирного банка</translation>
    </message>
    <message>
        <source>print every observation of every series</source>
        <translation>вывести все наблюдения всех рядов</translation>
    </message>
    <message>
        <source>list the sources with their licence and row count</source>
        <translation>перечислить источники с лицензией и числом строк</translation>
    </message>
    <message>
        <source>remove an imported source and all it brought</source>
        <translation>удалить импортированный источник и всё, что он принёс</translation>
    </message>
    <message>
        <source>Your own data lives in user-data.sqlite in the application data folder;
--database PATH uses another file (import creates it).</source>
        <translation>Ваши данные хранятся в user-data.sqlite в папке данных приложения;
--database PATH использует другой файл (import создаёт его).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>facts, charts or export; none opens the window.</source>
        <translation>facts, charts или export; без команды открывается окно.</translation>
    </message>
    <message>
        <source>Argument %1 (&apos;%2&apos;) is not valid UTF-8, so it cannot name a file here; rename the file or choose another path.</source>
        <translation>Аргумент %1 («%2») не является корректным UTF-8 и не может быть именем файла; переименуйте файл или выберите другой путь.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>An empty argument is neither a command nor a file.</source>
        <translation>Пустой аргумент не является ни командой, ни файлом.</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database требует путь к файлу.</translation>
    </message>
    <message>
        <source>--%1 goes with the present command.</source>
        <translation>--%1 используется только с командой present.</translation>
    </message>
    <message>
        <source>--%1 goes with the import command.</source>
        <translation>--%1 используется только с командой import.</translation>
    </message>
    <message>
        <source>--%1 goes with the export command.</source>
        <translation>--%1 используется только с командой export.</translation>
    </message>
    <message>
        <source>--theme goes with the export and present commands.</source>
        <translation>--theme используется только с командами export и present.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;. Use table, csv or json.</source>
        <translation>Неизвестный формат «%1». Используйте table, csv или json.</translation>
    </message>
    <message>
        <source>--search goes with the facts command.</source>
        <translation>--search используется только с командой facts.</translation>
    </message>
    <message>
        <source>export needs either --chart ID or --all.</source>
        <translation>export требует --chart ID или --all.</translation>
    </message>
    <message>
        <source>export needs --format png, svg or pdf.</source>
        <translation>export требует --format png, svg или pdf.</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos;. Use png, svg or pdf.</source>
        <translation>Неизвестный формат экспорта «%1». Используйте png, svg или pdf.</translation>
    </message>
    <message>
        <source>export needs either --preset NAME or --size WxH.</source>
        <translation>export требует --preset NAME или --size WxH.</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;. Presets: %2.</source>
        <translation>Неизвестная заготовка «%1». Заготовки: %2.</translation>
    </message>
    <message>
        <source>Invalid size &apos;%1&apos;. Use WxH with sides from 16 to 16384, e.g. 1600x900.</source>
        <translation>Недопустимый размер «%1». Используйте WxH со сторонами от 16 до 16384, например 1600x900.</translation>
    </message>
    <message>
        <source>Invalid dpi &apos;%1&apos;. Use a whole number from 36 to 2400.</source>
        <translation>Недопустимое разрешение «%1». Используйте целое число от 36 до 2400.</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;. Themes: light, dark, projector.</source>
        <translation>Неизвестная тема «%1». Темы: light, dark, projector.</translation>
    </message>
    <message>
        <source>--transparent works with png and svg, not pdf.</source>
        <translation>--transparent работает с png и svg, но не с pdf.</translation>
    </message>
    <message>
        <source>export needs --out PATH.</source>
        <translation>export требует --out PATH.</translation>
    </message>
    <message>
        <source>--search goes with the facts and series commands.</source>
        <translation>--search используется только с командами facts и series.</translation>
    </message>
    <message>
        <source>--format does not go with remove-source.</source>
        <translation>--format не используется с remove-source.</translation>
    </message>
    <message>
        <source>remove-source needs the ID of a source (see &apos;sources&apos;).</source>
        <translation>remove-source требует идентификатор источника (см. «sources»).</translation>
    </message>
    <message>
        <source>import needs a FILE.</source>
        <translation>import требует FILE.</translation>
    </message>
    <message>
        <source>Unknown import format &apos;%1&apos;. Use auto, facts, owid or worldbank.</source>
        <translation>Неизвестный формат импорта «%1». Используйте auto, facts, owid или worldbank.</translation>
    </message>
    <message>
        <source>--search and --format go with the facts command.</source>
        <translation>--search и --format используются только с командой facts.</translation>
    </message>
    <message>
        <source>Invalid screen &apos;%1&apos;. Use 0 for the first screen, 1 for the second.</source>
        <translation>Недопустимый экран «%1». 0 — первый экран, 1 — второй.</translation>
    </message>
    <message>
        <source>Invalid interval &apos;%1&apos;. Use whole seconds from 1 to 3600.</source>
        <translation>Недопустимый интервал «%1». Используйте целое число секунд от 1 до 3600.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Languages: en, zh_CN, ru.</source>
        <translation>Неизвестный язык «%1». Языки: en, zh_CN, ru.</translation>
    </message>
    <message>
        <source>write a new store of generated rows for benchmarks, e.g.
generate --rows 1000000 --out bench.sqlite</source>
        <translation>записать новое хранилище сгенерированных строк для замеров, например
generate --rows 1000000 --out bench.sqlite</translation>
    </message>
    <message>
        <source>generate needs --out FILE, a file that does not exist yet.</source>
        <translation>generate требует --out FILE — файл, которого ещё нет.</translation>
    </message>
    <message>
        <source>--search has %1 different words; at most %2 are searched. Use fewer, longer words.</source>
        <translation>в --search %1 разных слов; ищутся не больше %2. Используйте меньше слов, но длиннее.</translation>
    </message>
    <message>
        <source>--rows must be from 1 to %1.</source>
        <translation>--rows должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in --countries is not an ISO 3166 alpha-3 code such as CHN.</source>
        <translation>«%1» в --countries — не трёхбуквенный код ISO 3166, такой как CHN.</translation>
    </message>
    <message>
        <source>Use the dashboard database at PATH.</source>
        <translation>Использовать базу данных панели по пути PATH.</translation>
    </message>
    <message>
        <source>facts, series: only rows matching TEXT.</source>
        <translation>facts, series: только строки, совпадающие с TEXT.</translation>
    </message>
    <message>
        <source>facts, series, sources: table (default), csv or json. export: png, svg or pdf. import: auto (default), facts, owid or worldbank.</source>
        <translation>facts, series, sources: table (по умолчанию), csv или json. export: png, svg или pdf. import: auto (по умолчанию), facts, owid или worldbank.</translation>
    </message>
    <message>
        <source>import: keep only the ten SCO member states.</source>
        <translation>import: оставить только десять государств — членов ШОС.</translation>
    </message>
    <message>
        <source>import: the publisher to credit.</source>
        <translation>import: издатель, которого указать как источник.</translation>
    </message>
    <message>
        <source>import: where the file came from.</source>
        <translation>import: откуда взят файл.</translation>
    </message>
    <message>
        <source>import: check the file and report what would change; write nothing.</source>
        <translation>import: проверить файл и сообщить, что изменится; ничего не записывать.</translation>
    </message>
    <message>
        <source>export: the country series the countries and members charts show (its series_key in &apos;series --format csv&apos;).</source>
        <translation>export: ряд по странам для диаграмм стран и членов ШОС (его series_key в «series --format csv»).</translation>
    </message>
    <message>
        <source>export: the countries those charts show, as ISO 3166 codes (CHN,IND,RUS); the SCO members by default.</source>
        <translation>export: страны на этих диаграммах, кодами ISO 3166 (CHN,IND,RUS); по умолчанию — члены ШОС.</translation>
    </message>
    <message>
        <source>import: replace the values of a source already in the store (a newer version of the same file); without it such an import is refused.</source>
        <translation>import: заменить значения источника, который уже есть в хранилище (более новая версия того же файла); без этого такой импорт отклоняется.</translation>
    </message>
    <message>
        <source>export: the chart ID (see &apos;charts&apos;).</source>
        <translation>export: идентификатор диаграммы (см. «charts»).</translation>
    </message>
    <message>
        <source>export: every chart, one file each, into the folder --out.</source>
        <translation>export: все диаграммы, по файлу на каждую, в папку --out.</translation>
    </message>
    <message>
        <source>export: slide, 4k, projector, a4 or square.</source>
        <translation>export: slide, 4k, projector, a4 или square.</translation>
    </message>
    <message>
        <source>export: output size in pixels, e.g. 1600x900.</source>
        <translation>export: размер в пикселях, например 1600x900.</translation>
    </message>
    <message>
        <source>export: resolution written into the file (PDF page size = size / dpi).</source>
        <translation>export: разрешение, записываемое в файл (размер страницы PDF = размер / dpi).</translation>
    </message>
    <message>
        <source>export: light (default), dark or projector. present: projector (default), light or dark.</source>
        <translation>export: light (по умолчанию), dark или projector. present: projector (по умолчанию), light или dark.</translation>
    </message>
    <message>
        <source>present: the screen to present on, from 0.</source>
        <translation>present: экран для показа, начиная с 0.</translation>
    </message>
    <message>
        <source>present: advance every S seconds, looping.</source>
        <translation>present: переключать слайды каждые S секунд по кругу.</translation>
    </message>
    <message>
        <source>export: transparent background (PNG, SVG).</source>
        <translation>export: прозрачный фон (PNG, SVG).</translation>
    </message>
    <message>
        <source>export: leave out the source line.</source>
        <translation>export: без строки источника.</translation>
    </message>
    <message>
        <source>export: leave out the chart title.</source>
        <translation>export: без заголовка диаграммы.</translation>
    </message>
    <message>
        <source>export: replace files that already exist.</source>
        <translation>export: заменять уже существующие файлы.</translation>
    </message>
    <message>
        <source>commands: also print Qt&apos;s own warnings and the store&apos;s log on stderr.</source>
        <translation>команды: выводить также предупреждения Qt и журнал хранилища в stderr.</translation>
    </message>
    <message>
        <source>generate: the number of observations.</source>
        <translation>generate: число наблюдений.</translation>
    </message>
    <message>
        <source>export: the file, or the folder with --all.</source>
        <translation>export: файл, или папка при --all.</translation>
    </message>
    <message>
        <source>import: the name of the one series an OWID or World Bank file holds, over the file&apos;s own.</source>
        <translation>import: название единственного ряда файла OWID или Всемирного банка вместо указанного в файле.</translation>
    </message>
    <message>
        <source>import: that series&apos; unit, e.g. % or &quot;per 100 people&quot;, over the file&apos;s own.</source>
        <translation>import: единица этого ряда, например % или «на 100 человек», вместо указанной в файле.</translation>
    </message>
    <message>
        <source>read every page of your store; other commands do that only
when it changed outside the dashboard</source>
        <translation>прочитать каждую страницу вашего хранилища; другие команды делают
это, только если оно изменилось вне панели</translation>
    </message>
    <message>
        <source>export: the first year the countries and members charts show.</source>
        <translation>export: первый год, который показывают графики по странам и сравнения членов.</translation>
    </message>
    <message>
        <source>export: the last year those charts show; the members chart compares each country&apos;s latest year up to it.</source>
        <translation>export: последний год, который показывают эти графики; сравнение членов берёт последний год каждой страны не позже него.</translation>
    </message>
    <message>
        <source>--%1 takes a year such as 2015, not &apos;%2&apos;.</source>
        <translation>--%1 принимает год, например 2015, а не «%2».</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2.</source>
        <translation>--from %1 позже, чем --to %2.</translation>
    </message>
    <message>
        <source>export: decimals of the members chart&apos;s value labels, 0 to 3; three significant digits by default.</source>
        <translation>export: число знаков после запятой в подписях значений графика членов ШОС, от 0 до 3; по умолчанию три значащие цифры.</translation>
    </message>
    <message>
        <source>--series, --countries, --from, --to and --decimals go with --chart countries, --chart members or --all.</source>
        <translation>--series, --countries, --from, --to и --decimals используются с --chart countries, --chart members или --all.</translation>
    </message>
    <message>
        <source>--decimals takes 0 to %1, not &apos;%2&apos;.</source>
        <translation>--decimals принимает число от 0 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>generate: the number of facts, each with its sentence, period and source, in three languages.</source>
        <translation>generate: число показателей, каждый с исходным предложением, периодом и источником, на трёх языках.</translation>
    </message>
    <message>
        <source>--%1 goes with the generate command.</source>
        <translation>--%1 используется только с командой generate.</translation>
    </message>
    <message>
        <source>--facts must be from 1 to %1.</source>
        <translation>--facts должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>generate needs --rows N, a whole number of at least 1, or --facts N.</source>
        <translation>generate требует --rows N — целое число не меньше 1 — или --facts N.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands: facts, charts, export, present, import, extract, series, sources, remove-source, generate, store.</source>
        <translation>Неизвестная команда «%1». Команды: facts, charts, export, present, import, extract, series, sources, remove-source, generate, store.</translation>
    </message>
    <message>
        <source>--%1 goes with the extract command.</source>
        <translation>--%1 используется только с командой extract.</translation>
    </message>
    <message>
        <source>--search and --format go with the facts and series commands (--format also with sources and extract).</source>
        <translation>--search и --format используются с командами facts и series (--format также с sources и extract).</translation>
    </message>
    <message>
        <source>extract: the day the article was published, when it does not say (YYYY-MM-DD).</source>
        <translation>extract: дата публикации статьи, если она в ней не указана (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>extract: the outlet that published it.</source>
        <translation>extract: издание, опубликовавшее статью.</translation>
    </message>
    <message>
        <source>extract: the article&apos;s headline.</source>
        <translation>extract: заголовок статьи.</translation>
    </message>
    <message>
        <source>extract: who wrote it.</source>
        <translation>extract: автор статьи.</translation>
    </message>
    <message>
        <source>extract: where it was published.</source>
        <translation>extract: адрес публикации.</translation>
    </message>
    <message>
        <source>--published &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--published «%1» — не дата (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>propose the figures of an article (text, HTML or PDF), each with its
sentence; --format csv writes a facts CSV that import keeps</source>
        <translation>предложить показатели статьи (текст, HTML или PDF), каждый с его
предложением; --format csv пишет CSV показателей для import</translation>
    </message>
    <message>
        <source>extract needs the article: a text, HTML or PDF file.</source>
        <translation>extract требует статью: текстовый файл, HTML или PDF.</translation>
    </message>
    <message>
        <source>the language of the window and the output: en, zh_CN (or zh) or ru; by default the system&apos;s. extract: also the article&apos;s, which is otherwise told from its letters.</source>
        <translation>язык окна и вывода: en, zh_CN (или zh) или ru; по умолчанию системный. extract: также язык статьи, который иначе определяется по её буквам.</translation>
    </message>
    <message>
        <source>make a team store on the PostgreSQL server --database names</source>
        <translation>создать общее хранилище команды на сервере PostgreSQL, указанном в --database</translation>
    </message>
    <message>
        <source>let a login role read (reader) or change (editor) the team store</source>
        <translation>разрешить роли входа читать (reader) или изменять (editor) общее хранилище</translation>
    </message>
    <message>
        <source>store grant needs a user and a role: store grant USER reader|editor.</source>
        <translation>store grant требует пользователя и роль: store grant USER reader|editor.</translation>
    </message>
    <message>
        <source>store needs an action: store check, init or grant.</source>
        <translation>store требует действия: store check, init или grant.</translation>
    </message>
    <message>
        <source>Unknown store action &apos;%1&apos;. Actions: check, init, grant.</source>
        <translation>Неизвестное действие store «%1». Действия: check, init, grant.</translation>
    </message>
</context>
<context>
    <name>CompositeObservationQuery</name>
    <message>
        <source>No store is open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
</context>
<context>
    <name>CooperationChart</name>
    <message>
        <source>Areas of digital cooperation with SCO countries, by pillar</source>
        <translation>Области цифрового сотрудничества со странами ШОС по направлениям</translation>
    </message>
    <message>
        <source>%1 · Bar length counts the items the article names (derived count)</source>
        <translation>%1 · Длина полосы — число пунктов, названных в статье (расчётный подсчёт)</translation>
    </message>
    <message>
        <source>%1: %2 — &quot;%3&quot;</source>
        <translation>%1: %2 — «%3»</translation>
    </message>
    <message>
        <source>Items named in the article (count)</source>
        <translation>Пункты, названные в статье (число)</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;“%3”&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;«%3»&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Сотрудничество</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Показатель:</translation>
    </message>
    <message>
        <source>The country series to chart</source>
        <translation>Ряд по странам для диаграммы</translation>
    </message>
    <message>
        <source>Choose the countries to chart; the SCO members by default</source>
        <translation>Выберите страны для диаграммы; по умолчанию — государства — члены ШОС</translation>
    </message>
    <message>
        <source>SCO &amp;members</source>
        <translation>Члены &amp;ШОС</translation>
    </message>
    <message>
        <source>&amp;All countries</source>
        <translation>&amp;Все страны</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ни одной</translation>
    </message>
    <message>
        <source>Countries: SCO members</source>
        <translation>Страны: члены ШОС</translation>
    </message>
    <message>
        <source>Countries: %1 of %2</source>
        <translation>Страны: %1 из %2</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Годы:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>The first year the country charts show; &quot;any&quot; for the first the series has</source>
        <translation>Первый год на графиках по странам; «любой» — с первого года ряда</translation>
    </message>
    <message>
        <source>The last year the country charts show; &quot;any&quot; for the last the series has. SCO members compared shows each country&apos;s latest year up to it</source>
        <translation>Последний год на графиках по странам; «любой» — до последнего года ряда. Вкладка «Члены ШОС» показывает последний год каждой страны не позже него</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Первый год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <source>The country series to chart: %1</source>
        <translation>Ряд по странам для диаграммы: %1</translation>
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
        <translation>с %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>по %1</translation>
    </message>
</context>
<context>
    <name>CountryTrendChart</name>
    <message>
        <source>Country series (import one with File › Import)</source>
        <translation>Ряды по странам (импортируйте через Файл › Импорт)</translation>
    </message>
    <message>
        <source>%1, by country</source>
        <translation>%1, по странам</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <translation>%1, %2: %3 %4</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3: %4 %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3: %4 %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <source>%1: no countries chosen; tick some under Countries</source>
        <translation>%1: страны не выбраны; отметьте их в меню «Страны»</translation>
    </message>
    <message>
        <source>%1, by country, %2</source>
        <translation>%1, по странам, %2</translation>
    </message>
    <message>
        <source>The %1 of %2 countries with the highest latest values; Countries chooses which · %3</source>
        <translation>Стран показано: %1 из %2 (с наибольшими последними значениями); выбор — в меню «Страны» · %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: the text is not valid UTF-8</source>
        <translation>строка %1, столбец %2: текст не является корректным UTF-8</translation>
    </message>
    <message>
        <source>line %1, column %2: text after the closing quote</source>
        <translation>строка %1, столбец %2: текст после закрывающей кавычки</translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field is not closed before the end of the file</source>
        <translation>строка %1, столбец %2: поле в кавычках не закрыто до конца файла</translation>
    </message>
    <message>
        <source>line %1, column %2: the field is longer than %3 bytes</source>
        <translation>строка %1, столбец %2: поле длиннее %3 байт</translation>
    </message>
    <message>
        <source>line %1: the record is longer than %2 bytes</source>
        <translation>строка %1: запись длиннее %2 байт</translation>
    </message>
    <message>
        <source>line %1: the record has more than %2 fields</source>
        <translation>строка %1: в записи больше %2 полей</translation>
    </message>
</context>
<context>
    <name>DashboardApplication</name>
    <message>
        <source>There is no screen %1; screens are numbered 0 to %2.</source>
        <translation>Экрана %1 нет; экраны пронумерованы от 0 до %2.</translation>
    </message>
    <message>
        <source>Opening your data in %1…</source>
        <translation>Открываются ваши данные из %1…</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>MMM yyyy</source>
        <comment>month ticks of a date axis (QDate format)</comment>
        <translation>MM.yyyy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Значение (%1)</translation>
    </message>
</context>
<context>
    <name>DataTabs</name>
    <message>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>The article&apos;s figures, each with its sentence</source>
        <translation>Показатели статьи, каждый со своим предложением</translation>
    </message>
    <message>
        <source>Series data</source>
        <translation>Данные рядов</translation>
    </message>
    <message>
        <source>Every observation of every series, built in and imported</source>
        <translation>Все наблюдения всех рядов, встроенных и импортированных</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>The areas, technologies and aims the article names, each with its sentence: the segments of the cooperation chart</source>
        <translation>Направления, технологии и цели, названные в статье, каждое со своим предложением: сегменты диаграммы сотрудничества</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>The dated events of the article, and how each date was worked out: the items of the timeline</source>
        <translation>События статьи с датами и то, как выведена каждая дата: элементы временной шкалы</translation>
    </message>
    <message>
        <source>&amp;Find Figures</source>
        <translation>&amp;Найти показатели</translation>
    </message>
    <message>
        <source>Search the facts by any word, number or period</source>
        <translation>Искать показатели по любому слову, числу или периоду</translation>
    </message>
    <message>
        <source>Find &amp;Observations</source>
        <translation>Найти на&amp;блюдения</translation>
    </message>
    <message>
        <source>Search every observation, built in and imported</source>
        <translation>Искать во всех наблюдениях, встроенных и импортированных</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>table &apos;%1&apos;, row &apos;%2&apos;: %3 &apos;%4&apos; %5</source>
        <translation>таблица «%1», строка «%2»: %3 «%4» %5</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>не является конечным числом</translation>
    </message>
    <message>
        <source>names no fact</source>
        <translation>не ссылается ни на один показатель</translation>
    </message>
    <message>
        <source>depends on itself</source>
        <translation>зависит сам от себя</translation>
    </message>
    <message>
        <source>table &apos;%1&apos;, row &apos;%2&apos;: %3 &apos;%4&apos; is not a date (YYYY-MM-DD)</source>
        <translation>таблица «%1», строка «%2»: %3 «%4» не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos;: %2</source>
        <translation>таблица «%1»: %2</translation>
    </message>
    <message>
        <source>is before period_start</source>
        <translation>раньше period_start</translation>
    </message>
</context>
<context>
    <name>DecimalsMenu</name>
    <message>
        <source>Value &amp;Decimals</source>
        <translation>Знаки после &amp;запятой</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Автоматически</translation>
    </message>
    <message>
        <source>Three significant digits: one decimal on the tallest bar</source>
        <translation>Три значащие цифры: один знак после запятой у самого высокого столбца</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Date basis</source>
        <translation>Основание даты</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>add --force to replace it</source>
        <translation>добавьте --force, чтобы заменить его</translation>
    </message>
    <message>
        <source>No country series &apos;%1&apos;. Series with countries: %2.</source>
        <translation>Нет ряда по странам «%1». Ряды по странам: %2.</translation>
    </message>
    <message>
        <source>The series &apos;%1&apos; has no rows for %2.</source>
        <translation>В ряду «%1» нет строк для %2.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Replace Files</source>
        <translation>Заменить файлы</translation>
    </message>
    <message>
        <source>Exported every chart to %1.</source>
        <translation>Все диаграммы экспортированы в %1.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Экспортировано: %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files already exist:
%1

Replace them?</source>
        <translation>
            <numerusform>Уже существует %n файл:
%1

Заменить его?</numerusform>
            <numerusform>Уже существуют %n файла:
%1

Заменить их?</numerusform>
            <numerusform>Уже существует %n файлов:
%1

Заменить их?</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation>Экспорт диаграмм…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Copied the chart and its citation.</source>
        <translation>Диаграмма и её ссылка на источник скопированы.</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>CSV для Excel, UTF-8 с BOM (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Facts</source>
        <translation>Экспорт показателей</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n fact(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n показатель в %1.</numerusform>
            <numerusform>Экспортировано %n показателя в %1.</numerusform>
            <numerusform>Экспортировано %n показателей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>SCO Digital Cooperation Dashboard charts</source>
        <translation>Диаграммы дашборда цифрового сотрудничества ШОС</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Предварительный просмотр печати</translation>
    </message>
    <message>
        <source>Could not print the charts.</source>
        <translation>Не удалось напечатать диаграммы.</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Экспорт диаграммы…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF for slides and reports</source>
        <translation>Сохранить диаграмму в PNG, SVG или PDF для слайдов и отчётов</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Экспорт &amp;всех диаграмм…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Копировать диаграмму</translation>
    </message>
    <message>
        <source>Copy the chart as an image, with its citation as text</source>
        <translation>Копировать диаграмму как изображение со ссылкой на источник в виде текста</translation>
    </message>
    <message>
        <source>P&amp;rint Chart…</source>
        <translation>Пе&amp;чать диаграммы…</translation>
    </message>
    <message>
        <source>Print the chart with its source line, from a preview</source>
        <translation>Напечатать диаграмму со строкой источника, после предварительного просмотра</translation>
    </message>
    <message>
        <source>Print All C&amp;harts…</source>
        <translation>Печать вс&amp;ех диаграмм…</translation>
    </message>
    <message>
        <source>Export &amp;Facts…</source>
        <translation>Экспорт &amp;показателей…</translation>
    </message>
    <message>
        <source>Save the facts the search shows as CSV or JSON</source>
        <translation>Сохранить показатели, найденные поиском, в CSV или JSON</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Прозрачный фон</translation>
    </message>
    <message>
        <source>Include the chart &amp;title</source>
        <translation>Включить &amp;заголовок диаграммы</translation>
    </message>
    <message>
        <source>Include the &amp;source line</source>
        <translation>Включить строку &amp;источника</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>All charts, one file each</source>
        <translation>Все диаграммы, по файлу на каждую</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>Векторное изображение SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>Keeps the source with the picture wherever it is pasted</source>
        <translation>Источник остаётся с изображением, куда бы его ни вставили</translation>
    </message>
    <message>
        <source>For dark slides; PNG and SVG only</source>
        <translation>Для тёмных слайдов; только PNG и SVG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>Width, height, resolution:</source>
        <translation>Ширина, высота, разрешение:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Ширина в пикселях</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Высота в пикселях</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Разрешение в точках на дюйм</translation>
    </message>
    <message>
        <source>Output path</source>
        <translation>Путь вывода</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Выберите, куда сохранить экспорт.</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Экспорт всех диаграмм</translation>
    </message>
    <message>
        <source>Export All Charts To</source>
        <translation>Экспортировать все диаграммы в</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>%1 is not a regular file; an export writes only new files or replaces regular ones.</source>
        <translation>%1 не является обычным файлом; экспорт записывает только новые файлы или заменяет обычные.</translation>
    </message>
    <message>
        <source>%1 already exists; %2.</source>
        <translation>%1 уже существует; %2.</translation>
    </message>
    <message>
        <source>the file system took only part of the data (a full disk or a file size limit)</source>
        <translation>файловая система приняла только часть данных (диск заполнен или достигнут предел размера файла)</translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message>
        <source>%1 does not say when it was published; give the day with --published YYYY-MM-DD.</source>
        <translation>В %1 не указана дата публикации; укажите её через --published YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 does not name its outlet; give it with --outlet so the facts CSV credits it.</source>
        <translation>В %1 не названо издание; укажите его через --outlet, чтобы CSV показателей ссылался на него.</translation>
    </message>
    <message>
        <source>%1 has no headline; give it with --title so the facts CSV credits it.</source>
        <translation>У %1 нет заголовка; укажите его через --title, чтобы CSV показателей ссылался на него.</translation>
    </message>
</context>
<context>
    <name>FactFilterProxyModel</name>
    <message>
        <source>Matches in %1: %2</source>
        <translation>Совпадения в «%1»: %2</translation>
    </message>
</context>
<context>
    <name>FactFormatter</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 чел.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>проценты</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>процентные пункты</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>unknown fact %1</source>
        <translation>неизвестный показатель %1</translation>
    </message>
    <message>
        <source>Derived: %1 = %2</source>
        <translation>Расчётный: %1 = %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the percent sign</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date, as QDate::toString() reads it</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <comment>several sources of one chart, separated by ; </comment>
        <translation>Источники: %1</translation>
    </message>
</context>
<context>
    <name>FactListWriter</name>
    <message>
        <source> · derived</source>
        <translation> · расчётный</translation>
    </message>
</context>
<context>
    <name>FactStore</name>
    <message>
        <source>Database file not found: %1</source>
        <translation>Файл базы данных не найден: %1</translation>
    </message>
    <message>
        <source>Database file is not readable: %1</source>
        <translation>Файл базы данных недоступен для чтения: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2).</source>
        <translation>%1 не является базой данных SQLite (%2).</translation>
    </message>
    <message>
        <source>%1 uses schema version %2, but this program reads up to version %3. Update the program to open it.</source>
        <translation>%1 использует версию схемы %2, а эта программа читает версии до %3. Обновите программу, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a dashboard database (it has no schema version).</source>
        <translation>%1 — база данных SQLite, но не база данных панели (у неё нет версии схемы).</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Нет открытой базы данных.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
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
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основа расчёта</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Уточнение</translation>
    </message>
    <message>
        <source>Stated / derived</source>
        <translation>Из статьи / расчётный</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>FactTablePanel</name>
    <message>
        <source>Search figures, periods, quotes… (Ctrl+F)</source>
        <translation>Поиск показателей, периодов, цитат… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search facts</source>
        <translation>Поиск показателей</translation>
    </message>
    <message>
        <source>Type words to filter the facts; every word must match. Esc clears.</source>
        <translation>Введите слова, чтобы отфильтровать показатели; должно совпасть каждое слово. Esc очищает.</translation>
    </message>
    <message>
        <source>Number of matching facts</source>
        <translation>Число найденных показателей</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Copy &amp;Sentence with Citation</source>
        <translation>Копировать п&amp;редложение со ссылкой</translation>
    </message>
    <message>
        <source>&amp;Export Selected Rows…</source>
        <translation>&amp;Экспортировать выбранные строки…</translation>
    </message>
    <message>
        <source>%1 of %2 facts</source>
        <translation>Показатели: %1 из %2</translation>
    </message>
    <message>
        <source>No facts match “%1”.</source>
        <translation>Нет показателей, соответствующих «%1».</translation>
    </message>
    <message>
        <source>Show as &amp;Headline Tile</source>
        <translation>Показывать как &amp;плитку заголовка</translation>
    </message>
    <message>
        <source>Pin this figure to the headline strip above the charts</source>
        <translation>Закрепить этот показатель в полосе главных показателей над диаграммами</translation>
    </message>
    <message>
        <source>&amp;Delete Figure</source>
        <translation>&amp;Удалить показатель</translation>
    </message>
    <message>
        <source>Delete this figure of yours from your store (Ctrl+Z brings it back); the built-in figures stay</source>
        <translation>Удалить этот ваш показатель из хранилища (Ctrl+Z вернёт его); встроенные показатели остаются</translation>
    </message>
    <message>
        <source>Edit this figure of yours (Ctrl+Z undoes the edit); the built-in figures stay as their article states them</source>
        <translation>Изменить этот ваш показатель (Ctrl+Z отменяет правку); встроенные показатели остаются такими, как их приводит статья</translation>
    </message>
    <message>
        <source>Ed&amp;it Figure…</source>
        <translation>Из&amp;менить показатель…</translation>
    </message>
</context>
<context>
    <name>FactsCsvFormat</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 — пусто</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>a derived fact needs a formula</source>
        <translation>расчётному показателю нужна формула</translation>
    </message>
    <message>
        <source>a stated fact needs the figure as its quote writes it</source>
        <translation>показателю из статьи нужна цифра в том виде, как её пишет цитата</translation>
    </message>
    <message>
        <source>the quote does not contain &apos;%1&apos;</source>
        <translation>цитата не содержит «%1»</translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column</source>
        <translation>в заголовке нет столбца «%1»</translation>
    </message>
    <message>
        <source>the source needs a key, a publisher, a title and a published date</source>
        <translation>источнику нужны ключ, издатель, название и дата публикации</translation>
    </message>
    <message>
        <source>--label and --unit name a series of an OWID or World Bank file; a facts CSV gives each fact its label and unit in its columns</source>
        <translation>--label и --unit задают ряд файла OWID или Всемирного банка; в CSV показателей название и единица каждого показателя указаны в его столбцах</translation>
    </message>
</context>
<context>
    <name>FigureCheck</name>
    <message>
        <source>Give the figure a label.</source>
        <translation>Дайте показателю название.</translation>
    </message>
    <message>
        <source>Give the figure&apos;s unit (&quot;%&quot;, &quot;billion U.S. dollars&quot;, &quot;companies&quot;).</source>
        <translation>Укажите единицу показателя («%», «billion U.S. dollars», «companies»).</translation>
    </message>
    <message>
        <source>Give the sentence the figure comes from, word for word.</source>
        <translation>Приведите дословно предложение, из которого взят показатель.</translation>
    </message>
    <message>
        <source>Give the figure as the sentence writes it.</source>
        <translation>Приведите показатель так, как он записан в предложении.</translation>
    </message>
    <message>
        <source>The sentence does not hold &quot;%1&quot; word for word.</source>
        <translation>В предложении нет дословно «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; states no number.</source>
        <translation>В «%1» нет числа.</translation>
    </message>
    <message>
        <source>The sentence says %1, not %2.</source>
        <translation>В предложении сказано %1, а не %2.</translation>
    </message>
    <message>
        <source>Give the period&apos;s first and last day, or neither.</source>
        <translation>Укажите первый и последний день периода или ни одного.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>Name the period (&quot;Jan–May 2025&quot;).</source>
        <translation>Назовите период («Jan–May 2025»).</translation>
    </message>
</context>
<context>
    <name>FigureEditDialog</name>
    <message>
        <source>Edit Figure</source>
        <translation>Изменить показатель</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>What the figure measures</source>
        <translation>Что измеряет показатель</translation>
    </message>
    <message>
        <source>&amp;Figure as written:</source>
        <translation>&amp;Как записан:</translation>
    </message>
    <message>
        <source>The figure word for word as the sentence writes it; its number is the value</source>
        <translation>Показатель дословно, как в предложении; его число и есть значение</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>&quot;%&quot;, &quot;pp&quot;, &quot;billion U.S. dollars&quot;, &quot;companies&quot;</source>
        <translation>«%», «pp», «billion U.S. dollars», «companies»</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Оговорка:</translation>
    </message>
    <message>
        <source>&quot;more than&quot;, &quot;about&quot;; empty when the figure is exact</source>
        <translation>«более», «около»; пусто, если показатель точный</translation>
    </message>
    <message>
        <source>The period&apos;s first day (YYYY-MM-DD); empty when the sentence states none</source>
        <translation>Первый день периода (ГГГГ-ММ-ДД); пусто, если предложение его не называет</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Пе&amp;риод по:</translation>
    </message>
    <message>
        <source>The period&apos;s last day (YYYY-MM-DD)</source>
        <translation>Последний день периода (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Period &amp;name:</source>
        <translation>Наз&amp;вание периода:</translation>
    </message>
    <message>
        <source>The period as tables and charts name it (&quot;Jan–May 2025&quot;)</source>
        <translation>Период так, как его называют таблицы и диаграммы («Jan–May 2025»)</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;База:</translation>
    </message>
    <message>
        <source>&quot;year-on-year&quot;, &quot;of GDP&quot;; may be empty</source>
        <translation>«в годовом исчислении», «от ВВП»; может быть пустым</translation>
    </message>
    <message>
        <source>The sentence the figure comes from, word for word</source>
        <translation>Предложение, из которого взят показатель, дословно</translation>
    </message>
    <message>
        <source>&amp;Sentence:</source>
        <translation>&amp;Предложение:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (YYYY-MM-DD).</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(нет числа)</translation>
    </message>
    <message>
        <source>Period f&amp;rom:</source>
        <translation>Период &amp;с:</translation>
    </message>
</context>
<context>
    <name>FormulaEvaluator</name>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>неожиданный «%1» в позиции %2</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>деление на ноль</translation>
    </message>
    <message>
        <source>formula ends too early</source>
        <translation>формула обрывается слишком рано</translation>
    </message>
    <message>
        <source>missing &apos;)&apos;</source>
        <translation>не хватает «)»</translation>
    </message>
    <message>
        <source>missing &apos;}&apos;</source>
        <translation>не хватает «}»</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;</source>
        <translation>неизвестный показатель «%1»</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>%1 observations in %2 series over %3 countries and regions, 1960-2023.</source>
        <translation>наблюдения: %1, рядов: %2, стран и регионов: %3, 1960–2023.</translation>
    </message>
    <message>
        <source>%1 facts of 100 generated articles, in English, Chinese and Russian.</source>
        <translation>показатели: %1 из 100 созданных статей, на английском, китайском и русском.</translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>Записан %1: %2</translation>
    </message>
</context>
<context>
    <name>GrowthBarChart</name>
    <message>
        <source>Growth indicators, year-on-year</source>
        <translation>Показатели роста, год к году</translation>
    </message>
    <message>
        <source>%1, %2: %3 — &quot;%4&quot;</source>
        <translation>%1, %2: %3 — «%4»</translation>
    </message>
    <message>
        <source>Growth, % year-on-year</source>
        <translation>Рост, % год к году</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Growth (% year-on-year)</source>
        <translation>Рост (% год к году)</translation>
    </message>
    <message>
        <source>Indicator and period</source>
        <translation>Показатель и период</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>First %1 of %2 growth figures, in table order; the fact table lists all · %3</source>
        <translation>Показатели роста: первые %1 из %2 в порядке таблицы; все — в таблице показателей · %3</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>%1 on a year earlier</source>
        <translation>%1 к аналогичному периоду прошлого года</translation>
    </message>
</context>
<context>
    <name>HeadlineStrip</name>
    <message>
        <source>Headline figures</source>
        <translation>Главные показатели</translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1”&lt;br&gt;— %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;«%1»&lt;br&gt;— %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove from Headlines</source>
        <translation>&amp;Убрать из главных показателей</translation>
    </message>
    <message>
        <source>Take this figure off the headline strip; the fact table&apos;s menu shows it again</source>
        <translation>Убрать этот показатель из полосы главных показателей; меню таблицы показателей вернёт его</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>headline tiles that do not fit</comment>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more headline figure(s): widen the window or choose one here</source>
        <translation>
            <numerusform>Ещё %n главный показатель: расширьте окно или выберите его здесь</numerusform>
            <numerusform>Ещё %n главных показателя: расширьте окно или выберите здесь</numerusform>
            <numerusform>Ещё %n главных показателей: расширьте окно или выберите здесь</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlineTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>User Guide &amp;Sections</source>
        <translation>Раз&amp;делы руководства</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>О программе «%1»</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;%1&lt;/table&gt;&lt;p&gt;In the fact search: Esc clears, Down moves to the table. In the table: Ctrl+A selects every row, Ctrl+C copies the selection as tab-separated text. In a presentation: arrows, PgUp/PgDn, Space and Enter move; Home and End go to the first and last slide; a number and Enter jumps; B and W blank the screen; P pauses; T changes the theme; Esc or F5 ends.&lt;/p&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;%1&lt;/table&gt;&lt;p&gt;В поиске показателей: Esc очищает, стрелка вниз переходит к таблице. В таблице: Ctrl+A выделяет все строки, Ctrl+C копирует выделение как текст с табуляциями. При показе: стрелки, PgUp/PgDn, пробел и Enter листают; Home и End — к первому и последнему слайду; номер и Enter — переход; B и W затемняют или осветляют экран; P — пауза; T меняет тему; Esc или F5 завершает показ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — quoted for reference; no licence is stated</source>
        <translation> — цитируется для справки; лицензия не указана</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;The figures of China Daily, 29 Aug 2025, “Digital tech boom offers opportunities”, on China&apos;s digital cooperation with the Shanghai Cooperation Organization countries. Every figure carries the sentence it comes from; derived figures show their formula.&lt;/p&gt;&lt;p&gt;Built-in data (dataset revision %3):&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;Built with Qt %5 (running on Qt %6).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Данные статьи China Daily от 29 августа 2025 г. «Digital tech boom offers opportunities» о цифровом сотрудничестве Китая со странами Шанхайской организации сотрудничества. Каждый показатель сопровождается предложением, из которого он взят; расчётные показатели показывают свою формулу.&lt;/p&gt;&lt;p&gt;Встроенные данные (версия набора данных %3):&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;Собрано на Qt %5 (запущено на Qt %6).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1 was not imported; nothing was written. %n problem(s):</source>
        <translation>
            <numerusform>%1 не импортирован; ничего не записано. %n проблема:</numerusform>
            <numerusform>%1 не импортирован; ничего не записано. %n проблемы:</numerusform>
            <numerusform>%1 не импортирован; ничего не записано. %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Пробный запуск, ничего не записано: %1</translation>
    </message>
    <message>
        <source>Imported into %1: %2</source>
        <translation>Импортировано в %1: %2</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>There is no user store at %1.</source>
        <translation>Пользовательского хранилища в %1 нет.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; and everything it brought.</source>
        <translation>«%1» и всё, что он принёс, удалены.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Хранилища %1 нет.</translation>
    </message>
    <message>
        <source>%1: every page was read; no problems found.</source>
        <translation>%1: прочитаны все страницы; проблем не найдено.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Add figures from a facts CSV, an Our World in Data CSV or a World Bank CSV to your own store; you can also drop a file on the window</source>
        <translation>Добавить показатели из CSV показателей, CSV Our World in Data или CSV Всемирного банка в ваше хранилище; файл можно также перетащить в окно</translation>
    </message>
    <message>
        <source>S&amp;ources…</source>
        <translation>Ис&amp;точники…</translation>
    </message>
    <message>
        <source>List every source with its licence, and remove imported ones</source>
        <translation>Показать все источники с лицензиями и удалить импортированные</translation>
    </message>
    <message>
        <source>Import Figures</source>
        <translation>Импорт показателей</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Paste or open an article, review the figures it states, each with its sentence, and keep them</source>
        <translation>Вставить или открыть статью, проверить найденные в ней показатели, каждый с его предложением, и сохранить их</translation>
    </message>
    <message>
        <source>Figures from Article</source>
        <translation>Показатели из статьи</translation>
    </message>
    <message>
        <source>Fi&amp;gures from Article…</source>
        <translation>Показатели из ст&amp;атьи…</translation>
    </message>
    <message numerus="yes">
        <source>Save %n Figure(s) of %1</source>
        <translation>
            <numerusform>Сохранение %n показателя: %1</numerusform>
            <numerusform>Сохранение %n показателей: %1</numerusform>
            <numerusform>Сохранение %n показателей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Figure</source>
        <translation>Удаление показателя</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удаление: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Edit Figure</source>
        <translation>Изменить показатель</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Keep only the ten &amp;SCO member states</source>
        <translation>Оставить только десять государств — членов &amp;ШОС</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Стоп</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Dashboard facts CSV</source>
        <translation>CSV показателей панели</translation>
    </message>
    <message>
        <source>Our World in Data CSV</source>
        <translation>CSV Our World in Data</translation>
    </message>
    <message>
        <source>World Bank CSV</source>
        <translation>CSV Всемирного банка</translation>
    </message>
    <message>
        <source>as the file names it</source>
        <translation>как указано в файле</translation>
    </message>
    <message>
        <source>The publisher credited wherever these figures are shown</source>
        <translation>Издатель, указываемый везде, где показаны эти данные</translation>
    </message>
    <message>
        <source>https://… where the file came from</source>
        <translation>https://… откуда взят файл</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Source &amp;name:</source>
        <translation>&amp;Название источника:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>&amp;URL источника:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Stop reading; nothing is written</source>
        <translation>Прекратить чтение; ничего не записывается</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Остановлено. Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This file cannot be imported&lt;/b&gt;; nothing was written. %n problem(s):</source>
        <translation>
            <numerusform>&lt;b&gt;Этот файл нельзя импортировать&lt;/b&gt;; ничего не записано. %n проблема:</numerusform>
            <numerusform>&lt;b&gt;Этот файл нельзя импортировать&lt;/b&gt;; ничего не записано. %n проблемы:</numerusform>
            <numerusform>&lt;b&gt;Этот файл нельзя импортировать&lt;/b&gt;; ничего не записано. %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; (nothing written yet): %1&lt;br&gt;Read as %2, into the source %3.</source>
        <translation>&lt;b&gt;Предпросмотр&lt;/b&gt; (пока ничего не записано): %1&lt;br&gt;Читается как %2, в источник %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Импортировано&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&amp;Replace the values of this source if my store has it</source>
        <translation>&amp;Заменить значения этого источника, если он уже есть в хранилище</translation>
    </message>
    <message>
        <source>For a newer version of a file you imported before. Off, an import never overwrites a source already in your store.</source>
        <translation>Для более новой версии ранее импортированного файла. Когда выключено, импорт никогда не перезаписывает источник, уже имеющийся в хранилище.</translation>
    </message>
    <message>
        <source>The name the charts and tables give this series; empty keeps the file&apos;s own, shown greyed</source>
        <translation>Название ряда на диаграммах и в таблицах; если пусто, остаётся название из файла (показано серым)</translation>
    </message>
    <message>
        <source>The unit on the value axis, such as % or per 100 people; empty keeps the file&apos;s own, shown greyed</source>
        <translation>Единица на оси значений, например % или на 100 человек; если пусто, остаётся единица из файла (показана серым)</translation>
    </message>
    <message>
        <source>Series na&amp;me:</source>
        <translation>Название &amp;ряда:</translation>
    </message>
    <message>
        <source>the file&apos;s own columns name its figures</source>
        <translation>показатели названы в столбцах самого файла</translation>
    </message>
    <message numerus="yes">
        <source>%n series, each named by the file</source>
        <translation>
            <numerusform>%n ряд, названия из файла</numerusform>
            <numerusform>%n ряда, названия из файла</numerusform>
            <numerusform>%n рядов, названия из файла</numerusform>
        </translation>
    </message>
    <message>
        <source>not stated by the file</source>
        <translation>в файле не указана</translation>
    </message>
    <message>
        <source>Series uni&amp;t:</source>
        <translation>&amp;Единица ряда:</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>First rows to be written</source>
        <translation>Первые строки к записи</translation>
    </message>
    <message>
        <source>The first rows the import writes, as read from the file</source>
        <translation>Первые строки, которые запишет импорт, как они прочитаны из файла</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлена</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… и ещё %n проблема</numerusform>
            <numerusform>… и ещё %n проблемы</numerusform>
            <numerusform>… и ещё %n проблем</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>добавлено %1, обновлено %2, без изменений %3, пропущено %4</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>пустых: %1</translation>
    </message>
    <message>
        <source>%1 not SCO members</source>
        <translation>не члены ШОС: %1</translation>
    </message>
    <message>
        <source>%1 already built in</source>
        <translation>уже встроены: %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>There is no user store to import into.</source>
        <translation>Нет пользовательского хранилища для импорта.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>%1: not a format this program reads (facts CSV, OWID CSV or World Bank CSV); its first line starts &apos;%2&apos;</source>
        <translation>%1: этот формат программа не читает (CSV показателей, CSV OWID или CSV Всемирного банка); первая строка начинается с «%2»</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; nothing was written. Import it again once it is complete.</source>
        <translation>%1 изменился во время чтения; ничего не записано. Импортируйте его снова, когда он будет готов.</translation>
    </message>
    <message>
        <source>%1, %2 of series %3 is given again; an earlier line of the file has it</source>
        <translation>%1, %2 ряда %3 указано повторно: оно уже есть в одной из предыдущих строк файла</translation>
    </message>
    <message>
        <source>the fact &apos;%1&apos; is given again; an earlier line of the file has it</source>
        <translation>факт «%1» указан повторно: он уже есть в одной из предыдущих строк файла</translation>
    </message>
    <message>
        <source>your store already has the source &apos;%1&apos;; importing it again replaces its values, so choose to update it (--update-source), or give this file another name</source>
        <translation>в вашем хранилище уже есть источник «%1»; повторный импорт заменит его значения, поэтому выберите его обновление (--update-source) или дайте файлу другое имя</translation>
    </message>
</context>
<context>
    <name>KeyringPasswords</name>
    <message>
        <source>the desktop keyring did not answer</source>
        <translation>связка ключей рабочего стола не ответила</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Figures from %1</source>
        <translation>Данные: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Copy Source Sentence</source>
        <translation>&amp;Копировать исходное предложение</translation>
    </message>
    <message>
        <source>Copy the selected figure&apos;s sentence and citation</source>
        <translation>Копировать предложение и ссылку выбранного показателя</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Chart &amp;Theme</source>
        <translation>&amp;Тема диаграмм</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Copied the source sentence and citation.</source>
        <translation>Исходное предложение и ссылка скопированы.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Вернуть</translation>
    </message>
</context>
<context>
    <name>MembersComparedChart</name>
    <message>
        <source>SCO members compared</source>
        <translation>Члены ШОС</translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation>Сравнение стран</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: %2, latest year</source>
        <translation>%1: %2, последний год</translation>
    </message>
    <message>
        <source>SCO members compared (import a country series with File › Import)</source>
        <translation>Сравнение членов ШОС (импортируйте ряд по странам через Файл › Импорт)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Country and latest year</source>
        <translation>Страна и последний год</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>%1: no countries chosen; tick some under Countries</source>
        <translation>%1: страны не выбраны; отметьте их в меню «Страны»</translation>
    </message>
    <message>
        <source>%1: %2, latest year, %3</source>
        <translation>%1: %2, последний год, %3</translation>
    </message>
    <message>
        <source>Largest %1 of %2 countries; Countries chooses which · %3</source>
        <translation>Стран показано: %1 из %2 (крупнейшие); выбор — в меню «Страны» · %3</translation>
    </message>
</context>
<context>
    <name>ObservationFields</name>
    <message>
        <source>Derived</source>
        <translation>Расчётный</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Из статьи</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>OwidCsvFormat</name>
    <message>
        <source>the header has no Year column</source>
        <translation>в заголовке нет столбца Year</translation>
    </message>
    <message>
        <source>the header names no indicator column after Entity, Code and Year</source>
        <translation>в заголовке нет столбца показателя после Entity, Code и Year</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>полей: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>«%1» не является годом</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; names the same series (%2) as column %3, &apos;%4&apos;; rename one of them</source>
        <translation>заголовок «%1» задаёт тот же ряд (%2), что и столбец %3 «%4»; переименуйте один из них</translation>
    </message>
    <message>
        <source>--label and --unit name one series, and the header has %1 indicator columns</source>
        <translation>--label и --unit задают один ряд, а в заголовке столбцов показателей: %1</translation>
    </message>
</context>
<context>
    <name>OwidMetadata</name>
    <message>
        <source>Cannot read %1 beside the file: %2</source>
        <translation>Не удаётся прочитать %1 рядом с файлом: %2</translation>
    </message>
    <message>
        <source>%1 beside the file is larger than %2 MiB; it cannot be OWID&apos;s metadata</source>
        <translation>%1 рядом с файлом больше %2 МиБ; это не могут быть метаданные OWID</translation>
    </message>
    <message>
        <source>%1 beside the file is not a JSON object (at byte %2: %3); fix it or move it away</source>
        <translation>%1 рядом с файлом не является объектом JSON (байт %2: %3); исправьте или переместите его</translation>
    </message>
</context>
<context>
    <name>PlatformFailureReport</name>
    <message>
        <source>there is no display (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>нет дисплея (DISPLAY и WAYLAND_DISPLAY не заданы)</translation>
    </message>
    <message>
        <source>cannot connect to display &apos;%1&apos;</source>
        <translation>не удаётся подключиться к дисплею «%1»</translation>
    </message>
    <message>
        <source>sco-dashboard: Qt cannot start its display platform: %1. The window and present need a display; export, facts and series do not.</source>
        <translation>sco-dashboard: Qt не может запустить свою графическую платформу: %1. Окну и present нужен дисплей; export, facts и series обходятся без него.</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>this build has no PostgreSQL driver (Debian: libqt6sql6-psql).</source>
        <translation>в этой сборке нет драйвера PostgreSQL (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>a password with a &apos;;&apos; cannot be passed to the server by this driver; put it in ~/.pgpass instead.</source>
        <translation>пароль с символом &apos;;&apos; этот драйвер не может передать серверу; укажите его в ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>PostgresLocation</name>
    <message>
        <source>%1 is not a PostgreSQL location: %2</source>
        <translation>%1 — не адрес PostgreSQL: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>%1: the value of %2 holds a &apos;;&apos;, which the driver cannot pass on.</source>
        <translation>%1: значение %2 содержит «;», которую драйвер не может передать.</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>This database holds no team store yet; create it with: sco-dashboard store init --database LOCATION</source>
        <translation>В этой базе данных ещё нет общего хранилища; создайте его командой: sco-dashboard store init --database LOCATION</translation>
    </message>
    <message>
        <source>The team store&apos;s schema is version %1, newer than this program knows (%2); update the program.</source>
        <translation>Схема общего хранилища версии %1 новее, чем знает эта программа (%2); обновите программу.</translation>
    </message>
    <message>
        <source>The team store no longer serves programs of schema %1 (the oldest it serves is %2); update the program.</source>
        <translation>Общее хранилище больше не обслуживает программы со схемой %1 (самая старая обслуживаемая — %2); обновите программу.</translation>
    </message>
    <message>
        <source>This program lacks migration %1 of the team store.</source>
        <translation>В этой программе нет миграции %1 общего хранилища.</translation>
    </message>
    <message>
        <source>The server has no login role &apos;%1&apos;; create it first (CREATE ROLE … LOGIN).</source>
        <translation>На сервере нет роли входа «%1»; сначала создайте её (CREATE ROLE … LOGIN).</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>%1: cannot create the team store: %2</source>
        <translation>%1: не удаётся создать общее хранилище: %2</translation>
    </message>
    <message>
        <source>%1 is read-only: your role may read the team store but not change it (its owner can run: store grant USER editor).</source>
        <translation>%1 только для чтения: ваша роль может читать общее хранилище, но не изменять его (владелец может выполнить: store grant USER editor).</translation>
    </message>
    <message>
        <source>%1 holds no team store yet; create it with: sco-dashboard store init --database LOCATION</source>
        <translation>В %1 ещё нет общего хранилища; создайте его: sco-dashboard store init --database LOCATION</translation>
    </message>
    <message>
        <source>%1 holds a team store of schema %2, older than this program reads (%3); its owner brings it forward with: sco-dashboard store init --database LOCATION</source>
        <translation>В %1 общее хранилище схемы %2, старше той, что читает эта программа (%3); владелец обновляет его командой: sco-dashboard store init --database LOCATION</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Показ</translation>
    </message>
    <message>
        <source>Full-screen slide show; arrows or a clicker move, Esc ends it</source>
        <translation>Полноэкранный показ слайдов; стрелки или пульт листают, Esc завершает</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>Показ &amp;на экране</translation>
    </message>
    <message>
        <source>&amp;Auto-Advance</source>
        <translation>&amp;Автопереход</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <translation>
            <numerusform>Каждую %n с</numerusform>
            <numerusform>Каждые %n с</numerusform>
            <numerusform>Каждые %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Экран %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>Presentation T&amp;heme</source>
        <translation>Тема п&amp;оказа</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Next Slide</source>
        <translation>Следующий слайд</translation>
    </message>
    <message>
        <source>Previous Slide</source>
        <translation>Предыдущий слайд</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Resume Auto-Advance</source>
        <translation>Продолжить автопереход</translation>
    </message>
    <message>
        <source>Pause Auto-Advance</source>
        <translation>Приостановить автопереход</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>Завершить показ</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Показ</translation>
    </message>
</context>
<context>
    <name>ProposalFacts</name>
    <message>
        <source>From the article</source>
        <translation>Из статьи</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>as of the publication date</source>
        <translation>на дату публикации</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Предложение</translation>
    </message>
</context>
<context>
    <name>ReadOnlyStoreCopy</name>
    <message>
        <source>cannot copy %1 to read it (%2)</source>
        <translation>не удаётся скопировать %1 для чтения (%2)</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The built-in dataset is missing from this build (%1).</source>
        <translation>В этой сборке нет встроенного набора данных (%1).</translation>
    </message>
    <message>
        <source>Cannot open the built-in dataset: %1</source>
        <translation>Не удаётся открыть встроенный набор данных: %1</translation>
    </message>
    <message>
        <source>it is a symbolic link that leads to no file (%1)</source>
        <translation>это символическая ссылка, которая никуда не ведёт (%1)</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, outside the data folder</source>
        <translation>это символическая ссылка на %1, вне папки данных</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>Your own data in %1 is shown read-only because %2: imports and removals are off until it can be written.</source>
        <translation>Ваши данные в %1 показаны только для чтения, потому что %2: импорт и удаление отключены, пока в него нельзя писать.</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>его папка доступна только для чтения</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>SQLite reports &quot;%1&quot;</source>
        <translation>SQLite сообщает «%1»</translation>
    </message>
    <message>
        <source>it needs migrating to schema version %1, and its folder cannot be written</source>
        <translation>его нужно перевести на версию схемы %1, а в его папку нельзя писать</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create the user store %1: %2</source>
        <translation>Не удаётся создать пользовательское хранилище %1: %2</translation>
    </message>
    <message>
        <source>it needs migrating from schema version %1 to %2, which failed (%3)</source>
        <translation>его нужно перевести с версии схемы %1 на %2, но это не удалось (%3)</translation>
    </message>
    <message>
        <source>Your own data in %1 is not shown: %2. The file was left as it is.</source>
        <translation>Ваши данные в %1 не показаны: %2. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Нет открытой базы данных.</translation>
    </message>
    <message>
        <source>Cannot read the built-in dataset: %1</source>
        <translation>Не удаётся прочитать встроенный набор данных: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is part of the built-in dataset and cannot be removed.</source>
        <translation>«%1» входит во встроенный набор данных и не может быть удалён.</translation>
    </message>
    <message>
        <source>No source &apos;%1&apos;. The sources command lists them.</source>
        <translation>Источника «%1» нет. Команда sources выводит их список.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a URI; give the store as a file path, for example %2.</source>
        <translation>«%1» — это URI; укажите хранилище как путь к файлу, например %2.</translation>
    </message>
    <message>
        <source>it changed while it was being opened</source>
        <translation>он изменился во время открытия</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>Your own data in %1 was changed by another program and is not written: %2. The file was left as it is.</source>
        <translation>Ваши данные в %1 изменила другая программа, и запись не выполнена: %2. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>cannot rename %1 (%2)</source>
        <translation>не удаётся переименовать %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a figure of the built-in dataset and cannot be removed.</source>
        <translation>«%1» — показатель встроенного набора данных, его нельзя удалить.</translation>
    </message>
    <message>
        <source>Your store has no figure &apos;%1&apos;.</source>
        <translation>В вашем хранилище нет показателя «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read by the formula of &apos;%2&apos;; remove that figure first.</source>
        <translation>«%1» используется в формуле «%2»; сначала удалите тот показатель.</translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message numerus="yes">
        <source>%n stored row(s) left out as not valid observations; the first: %1</source>
        <translation>
            <numerusform>%n сохранённая строка пропущена как недопустимое наблюдение; первая: %1</numerusform>
            <numerusform>%n сохранённые строки пропущены как недопустимые наблюдения; первая: %1</numerusform>
            <numerusform>%n сохранённых строк пропущено как недопустимые наблюдения; первая: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesTablePanel</name>
    <message>
        <source>Search series, countries, years, sources…</source>
        <translation>Поиск рядов, стран, лет, источников…</translation>
    </message>
    <message>
        <source>Search series data</source>
        <translation>Поиск по данным рядов</translation>
    </message>
    <message>
        <source>Type words to filter the observations; every word must match</source>
        <translation>Введите слова, чтобы отфильтровать наблюдения; должно совпасть каждое слово</translation>
    </message>
    <message>
        <source>Number of matching observations</source>
        <translation>Число найденных наблюдений</translation>
    </message>
    <message>
        <source>Series data</source>
        <translation>Данные рядов</translation>
    </message>
    <message>
        <source>%1 of %2 observations</source>
        <translation>Наблюдения: %1 из %2</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>counting… of %1 observations</source>
        <translation>подсчёт… из %1 наблюдений</translation>
    </message>
    <message>
        <source>(the first %1 of %2 words)</source>
        <translation>(слова: первые %1 из %2)</translation>
    </message>
</context>
<context>
    <name>SizePreset</name>
    <message>
        <source>Slide 16:9 (1920×1080)</source>
        <translation>Слайд 16:9 (1920×1080)</translation>
    </message>
    <message>
        <source>4K slide (3840×2160)</source>
        <translation>Слайд 4K (3840×2160)</translation>
    </message>
    <message>
        <source>Projector 4:3 (1024×768)</source>
        <translation>Проектор 4:3 (1024×768)</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi (3508×2480)</source>
        <translation>A4 альбомная, 300 dpi (3508×2480)</translation>
    </message>
    <message>
        <source>Square social (1080×1080)</source>
        <translation>Квадрат для соцсетей (1080×1080)</translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <source>China&apos;s digital cooperation with the Shanghai Cooperation Organization countries, in figures</source>
        <translation>Цифровое сотрудничество Китая со странами Шанхайской организации сотрудничества в цифрах</translation>
    </message>
    <message>
        <source>%1 · “%2” · %3</source>
        <translation>%1 · «%2» · %3</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Главные показатели</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <source>Every stated figure is quoted verbatim from the article; derived figures are marked and show their formula. Country series are their publishers&apos; figures, under their licence.</source>
        <translation>Каждый показатель из статьи приведён дословно; расчётные показатели отмечены и показывают свою формулу. Ряды по странам — данные их издателей, на условиях их лицензии.</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <source>Source of the selected figure</source>
        <translation>Источник выбранного показателя</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Derived&lt;/b&gt;, not stated in the article.&lt;/p&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Расчётный&lt;/b&gt;: в статье не приводится.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stated&lt;/b&gt; in the article.&lt;/p&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Из статьи&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Derived from this sentence:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выведен из этого предложения:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Quoted&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Цитируемые лица&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stated aims&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;“%1”&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Заявленные цели&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;«%1»&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select a figure, a bar, a point or a tile to see the sentence it comes from.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Выберите показатель, полосу, точку или плитку, чтобы увидеть предложение, из которого он взят.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;The original sentence, in the article&apos;s English:&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Исходное предложение, на английском языке статьи:&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>&amp;Remove Source…</source>
        <translation>&amp;Удалить источник…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Remove an imported source and every figure it brought</source>
        <translation>Удалить импортированный источник и все показатели, которые он принёс</translation>
    </message>
    <message>
        <source>The built-in dataset cannot be removed</source>
        <translation>Встроенный набор данных удалить нельзя</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Удаление источника</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n row(s) from your store? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %1 и его %n строку из хранилища? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %1 и его %n строки из хранилища? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %1 и его %n строк из хранилища? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteStoreWatch</name>
    <message numerus="yes">
        <source>%n series added from %1</source>
        <translation>
            <numerusform>%n ряд добавлен из %1</numerusform>
            <numerusform>%n ряда добавлено из %1</numerusform>
            <numerusform>%n рядов добавлено из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 figure added from %1</source>
        <translation>1 показатель добавлен из %1</translation>
    </message>
    <message numerus="yes">
        <source>%n figures added from %1</source>
        <translation>
            <numerusform>%n показатель добавлен из %1</numerusform>
            <numerusform>%n показателя добавлено из %1</numerusform>
            <numerusform>%n показателей добавлено из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 обновлён</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 удалён</translation>
    </message>
    <message>
        <source>Your store was changed by another program</source>
        <translation>Ваше хранилище изменено другой программой</translation>
    </message>
    <message>
        <source>Changed by another program: %1</source>
        <translation>Изменено другой программой: %1</translation>
    </message>
</context>
<context>
    <name>StoreGenerator</name>
    <message>
        <source>--rows must be from 1 to %1.</source>
        <translation>--rows должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>%1 is your own store; generate writes only a new file of its own.</source>
        <translation>%1 — ваше собственное хранилище; generate пишет только в новый собственный файл.</translation>
    </message>
    <message>
        <source>%1 already exists; generate never replaces a file.</source>
        <translation>%1 уже существует; generate никогда не заменяет файлы.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Не удаётся открыть %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>--facts must be from 1 to %1.</source>
        <translation>--facts должно быть от 1 до %1.</translation>
    </message>
</context>
<context>
    <name>StoreInspector</name>
    <message>
        <source>it uses schema version %1, but this program reads up to version %2</source>
        <translation>он использует версию схемы %1, а эта программа читает версии до %2</translation>
    </message>
    <message>
        <source>it is not a dashboard database</source>
        <translation>это не база данных панели</translation>
    </message>
    <message>
        <source>checking it took longer than %1 seconds</source>
        <translation>его проверка заняла больше %1 с</translation>
    </message>
    <message>
        <source>it cannot be checked (%1)</source>
        <translation>его не удаётся проверить (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>он повреждён (%1)</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>it holds the %1 &apos;%2&apos;, which this program does not make</source>
        <translation>в нём есть объект %1 «%2», которого эта программа не создаёт</translation>
    </message>
    <message>
        <source>its %1 &apos;%2&apos; is not the one this program makes</source>
        <translation>его объект %1 «%2» не тот, что создаёт эта программа</translation>
    </message>
    <message>
        <source>its table &apos;%1&apos; is not the one this program makes</source>
        <translation>его таблица «%1» не та, что создаёт эта программа</translation>
    </message>
    <message>
        <source>its table &apos;%1&apos; has columns this program does not make</source>
        <translation>в его таблице «%1» есть столбцы, которых эта программа не создаёт</translation>
    </message>
    <message>
        <source>the program&apos;s own schema cannot be built</source>
        <translation>не удаётся построить собственную схему программы</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>его схему не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <source>its %1 &apos;%2&apos; is missing</source>
        <translation>в нём нет объекта %1 «%2»</translation>
    </message>
</context>
<context>
    <name>TableRowCopier</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header</source>
        <translation>Копировать выбранные строки как текст с табуляциями и заголовком</translation>
    </message>
</context>
<context>
    <name>TeamStoreCheck</name>
    <message>
        <source>%1 answers but holds no team store yet; its owner creates one with: sco-dashboard store init --database LOCATION</source>
        <translation>%1 отвечает, но общего хранилища там ещё нет; владелец создаёт его командой: sco-dashboard store init --database LOCATION</translation>
    </message>
    <message>
        <source>%1 is ready: you can read, import and remove.</source>
        <translation>%1 готово: вы можете читать, импортировать и удалять.</translation>
    </message>
    <message>
        <source>%1 is ready, read-only: your role can read but not change it.</source>
        <translation>%1 готово, только для чтения: ваша роль может читать, но не изменять его.</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>Соединение не зашифровано.</translation>
    </message>
</context>
<context>
    <name>TeamStoreCommand</name>
    <message>
        <source>A team store lives on a PostgreSQL server: give its location with --database (postgresql://… , host=… dbname=…, or service=NAME).</source>
        <translation>Общее хранилище находится на сервере PostgreSQL: укажите его адрес в --database (postgresql://… , host=… dbname=… или service=NAME).</translation>
    </message>
    <message>
        <source>The team store at %1 is ready (schema %2); give analysts access with: sco-dashboard store grant USER reader|editor --database LOCATION
</source>
        <translation>Общее хранилище %1 готово (схема %2); откройте доступ аналитикам командой: sco-dashboard store grant USER reader|editor --database LOCATION
</translation>
    </message>
    <message>
        <source>%1 can now read and change the team store at %2.
</source>
        <translation>%1 теперь может читать и изменять общее хранилище %2.
</translation>
    </message>
    <message>
        <source>%1 can now read the team store at %2, and not change it.
</source>
        <translation>%1 теперь может читать общее хранилище %2, но не изменять его.
</translation>
    </message>
</context>
<context>
    <name>TeamStoreDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Keep it in the desktop keyring</source>
        <translation>&amp;Хранить в связке ключей рабочего стола</translation>
    </message>
    <message>
        <source>Connect to Team Store</source>
        <translation>Подключение к общему хранилищу</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://пользователь@сервер/база</translation>
    </message>
    <message>
        <source>A URI (postgresql://user@host/database), a libpq keyword string (host=… dbname=…) or service=NAME from pg_service.conf</source>
        <translation>URI (postgresql://user@host/database), строка ключевых слов libpq (host=… dbname=…) или service=ИМЯ из pg_service.conf</translation>
    </message>
    <message>
        <source>Passwords come from ~/.pgpass, the service file or your desktop keyring, and are asked for only when the server wants one.</source>
        <translation>Пароли берутся из ~/.pgpass, файла служб или связки ключей рабочего стола и запрашиваются, только когда их требует сервер.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключить</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>Ask the server whether the store is there and what you may do</source>
        <translation>Спросить сервер, есть ли там хранилище и что вам разрешено</translation>
    </message>
    <message>
        <source>Use My &amp;Own Store</source>
        <translation>&amp;Моё собственное хранилище</translation>
    </message>
    <message>
        <source>Show your own store on this computer again</source>
        <translation>Снова показать ваше собственное хранилище на этом компьютере</translation>
    </message>
    <message>
        <source>Give the location of a PostgreSQL server: a URI, a keyword string or service=NAME.</source>
        <translation>Укажите адрес сервера PostgreSQL: URI, строку ключевых слов или service=ИМЯ.</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Сервер запрашивает пароль для %1.</translation>
    </message>
    <message>
        <source>The password was not kept: %1.</source>
        <translation>Пароль не сохранён: %1.</translation>
    </message>
</context>
<context>
    <name>TeamStoreLink</name>
    <message>
        <source>The team store at %1 cannot be reached: %2. The window shows what it last read and reconnects by itself.</source>
        <translation>Общее хранилище %1 недоступно: %2. Окно показывает то, что прочитало последним, и переподключится само.</translation>
    </message>
    <message>
        <source>Connected again to %1</source>
        <translation>Снова подключено к %1</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>Общее хранилище: %1</translation>
    </message>
    <message>
        <source> · not encrypted</source>
        <translation> · без шифрования</translation>
    </message>
    <message>
        <source> · offline</source>
        <translation> · нет связи</translation>
    </message>
    <message>
        <source>The connection to this server is not encrypted: what you read and write crosses the network in the clear.</source>
        <translation>Соединение с этим сервером не зашифровано: всё, что вы читаете и записываете, передаётся по сети открытым текстом.</translation>
    </message>
    <message>
        <source>Changes your colleagues commit appear here within a second.</source>
        <translation>Изменения, которые сохраняют коллеги, появляются здесь в течение секунды.</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Store…</source>
        <translation>Подключиться к &amp;общему хранилищу…</translation>
    </message>
    <message>
        <source>Share one store with your team on a PostgreSQL server, or go back to your own</source>
        <translation>Работать с общим хранилищем команды на сервере PostgreSQL или вернуться к своему</translation>
    </message>
</context>
<context>
    <name>TeamStoreWatch</name>
    <message>
        <source>%1 removed</source>
        <translation>%1 удалён</translation>
    </message>
    <message numerus="yes">
        <source>%n series added by %1</source>
        <translation>
            <numerusform>%n ряд добавлен пользователем %1</numerusform>
            <numerusform>%n ряда добавлено пользователем %1</numerusform>
            <numerusform>%n рядов добавлено пользователем %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures added by %1</source>
        <translation>
            <numerusform>%n показатель добавлен пользователем %1</numerusform>
            <numerusform>%n показателя добавлено пользователем %1</numerusform>
            <numerusform>%n показателей добавлено пользователем %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The team store changed</source>
        <translation>Общее хранилище изменилось</translation>
    </message>
    <message>
        <source>1 figure added by %1</source>
        <translation>1 показатель добавлен пользователем %1</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Timeline of the events in the article</source>
        <translation>Хронология событий статьи</translation>
    </message>
    <message>
        <source>%1 · Weekday dates are resolved against the publication date</source>
        <translation>%1 · Даты по дням недели отсчитаны от даты публикации</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — &quot;%4&quot;</source>
        <translation>%1: %2 (%3) — «%4»</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>Дата (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;“%3”&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;«%3»&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day ticks within one year (QDate format)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>day ticks across years (QDate format)</comment>
        <translation>d MMM yyyy</translation>
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
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Words used</source>
        <translation>Использованные слова</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trends</source>
        <translation>Тенденции</translation>
    </message>
    <message>
        <source>%1 · Hollow points are derived from stated figures</source>
        <translation>%1 · Полые точки рассчитаны по показателям из статьи</translation>
    </message>
    <message>
        <source>%1, %2%3: %4 %5%6</source>
        <translation>%1, %2%3: %4 %5%6</translation>
    </message>
    <message>
        <source>End of period (month, year)</source>
        <translation>Конец периода (месяц, год)</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Значение (%1)</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Из статьи</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Расчётный</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Выбран</translation>
    </message>
    <message>
        <source>%1 on a year earlier (stated)</source>
        <translation>%1 к аналогичному периоду прошлого года (из статьи)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</translation>
    </message>
    <message>
        <source>Revenue trend</source>
        <translation>Динамика выручки</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Текст раздела</translation>
    </message>
</context>
<context>
    <name>UserStoreWriter</name>
    <message>
        <source>fact &apos;%1&apos;: its formula uses &apos;%2&apos;, which is neither in the file nor in your store</source>
        <translation>показатель «%1»: его формула использует «%2», которого нет ни в файле, ни в вашем хранилище</translation>
    </message>
</context>
<context>
    <name>WorldBankCsvFormat</name>
    <message>
        <source>no &quot;Country Name&quot;,&quot;Country Code&quot;,&quot;Indicator Name&quot;,&quot;Indicator Code&quot; header</source>
        <translation>нет заголовка &quot;Country Name&quot;,&quot;Country Code&quot;,&quot;Indicator Name&quot;,&quot;Indicator Code&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>«%1» не является годом</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>полей: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <source>--label and --unit name one series, and &apos;%1&apos; is a second indicator</source>
        <translation>--label и --unit задают один ряд, а «%1» — второй показатель</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>sco-dashboard: %1
Try &apos;sco-dashboard --help&apos;.
</source>
        <translation>sco-dashboard: %1
См. «sco-dashboard --help».
</translation>
    </message>
</context>
</TS>
