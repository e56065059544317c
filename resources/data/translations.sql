-- SPDX-License-Identifier: MIT
-- The built-in rows' labels in the interface's other languages: 简体中文 (zh_CN) and Русский
-- (ru). The dataset reader puts them in place of the English ones when the interface speaks
-- that language. A row or column without a translation keeps its English text. Quotes are
-- never translated: a quote is evidence and stays in the article's words. Country names come
-- from iso-codes, not from here.
CREATE TABLE label_translation (
    table_name    TEXT NOT NULL CHECK (table_name IN ('fact', 'topic', 'event', 'series', 'person')),
    row_key       TEXT NOT NULL,
    column_name   TEXT NOT NULL,
    language      TEXT NOT NULL CHECK (language IN ('zh_CN', 'ru')),
    text          TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key, column_name, language)
);

INSERT INTO label_translation (table_name, row_key, column_name, language, text) VALUES
('fact', 'digital_industry_revenue_growth_2025', 'label', 'zh_CN', '数字产业业务收入增长'),
('fact', 'digital_industry_revenue_growth_2025', 'label', 'ru', 'Рост выручки цифровой индустрии'),
('fact', 'digital_industry_revenue_growth_2025', 'category', 'zh_CN', '数字产业'),
('fact', 'digital_industry_revenue_growth_2025', 'category', 'ru', 'Цифровая индустрия'),
('fact', 'digital_industry_revenue_growth_2025', 'period_label', 'zh_CN', '2025年1–5月'),
('fact', 'digital_industry_revenue_growth_2025', 'period_label', 'ru', 'янв.–май 2025'),
('fact', 'digital_industry_revenue_growth_2025', 'basis', 'zh_CN', '同比'),
('fact', 'digital_industry_revenue_growth_2025', 'basis', 'ru', 'год к году'),

('fact', 'digital_industry_revenue_growth_change', 'label', 'zh_CN', '数字产业业务收入增速较上年变化'),
('fact', 'digital_industry_revenue_growth_change', 'label', 'ru', 'Рост выручки цифровой индустрии, изменение к предыдущему году'),
('fact', 'digital_industry_revenue_growth_change', 'category', 'zh_CN', '数字产业'),
('fact', 'digital_industry_revenue_growth_change', 'category', 'ru', 'Цифровая индустрия'),
('fact', 'digital_industry_revenue_growth_change', 'period_label', 'zh_CN', '2025年1–5月'),
('fact', 'digital_industry_revenue_growth_change', 'period_label', 'ru', 'янв.–май 2025'),
('fact', 'digital_industry_revenue_growth_change', 'basis', 'zh_CN', '对比2024年1–5月增速'),
('fact', 'digital_industry_revenue_growth_change', 'basis', 'ru', 'к темпу роста за янв.–май 2024'),

('fact', 'industrial_value_added_growth_2025_h1', 'label', 'zh_CN', '规模以上工业增加值'),
('fact', 'industrial_value_added_growth_2025_h1', 'label', 'ru', 'Добавленная стоимость крупных промышленных предприятий'),
('fact', 'industrial_value_added_growth_2025_h1', 'category', 'zh_CN', '工业'),
('fact', 'industrial_value_added_growth_2025_h1', 'category', 'ru', 'Промышленность'),
('fact', 'industrial_value_added_growth_2025_h1', 'period_label', 'zh_CN', '2025年上半年'),
('fact', 'industrial_value_added_growth_2025_h1', 'period_label', 'ru', 'I полугодие 2025'),
('fact', 'industrial_value_added_growth_2025_h1', 'basis', 'zh_CN', '同比'),
('fact', 'industrial_value_added_growth_2025_h1', 'basis', 'ru', 'год к году'),

('fact', 'manufacturing_share_of_gdp_2025_h1', 'label', 'zh_CN', '制造业增加值占GDP比重'),
('fact', 'manufacturing_share_of_gdp_2025_h1', 'label', 'ru', 'Доля обрабатывающей промышленности в ВВП'),
('fact', 'manufacturing_share_of_gdp_2025_h1', 'category', 'zh_CN', '制造业'),
('fact', 'manufacturing_share_of_gdp_2025_h1', 'category', 'ru', 'Обрабатывающая промышленность'),
('fact', 'manufacturing_share_of_gdp_2025_h1', 'period_label', 'zh_CN', '2025年上半年'),
('fact', 'manufacturing_share_of_gdp_2025_h1', 'period_label', 'ru', 'I полугодие 2025'),
('fact', 'manufacturing_share_of_gdp_2025_h1', 'basis', 'zh_CN', '占GDP比重'),
('fact', 'manufacturing_share_of_gdp_2025_h1', 'basis', 'ru', 'доля в ВВП'),

('fact', 'manufacturing_investment_growth_2025_h1', 'label', 'zh_CN', '制造业投资增长'),
('fact', 'manufacturing_investment_growth_2025_h1', 'label', 'ru', 'Рост инвестиций в обрабатывающую промышленность'),
('fact', 'manufacturing_investment_growth_2025_h1', 'category', 'zh_CN', '制造业'),
('fact', 'manufacturing_investment_growth_2025_h1', 'category', 'ru', 'Обрабатывающая промышленность'),
('fact', 'manufacturing_investment_growth_2025_h1', 'period_label', 'zh_CN', '2025年上半年'),
('fact', 'manufacturing_investment_growth_2025_h1', 'period_label', 'ru', 'I полугодие 2025'),
('fact', 'manufacturing_investment_growth_2025_h1', 'basis', 'zh_CN', '同比'),
('fact', 'manufacturing_investment_growth_2025_h1', 'basis', 'ru', 'год к году'),

('fact', 'sco_digital_professionals_trained', 'label', 'zh_CN', '中国为上合组织国家培养的数字技术人才'),
('fact', 'sco_digital_professionals_trained', 'label', 'ru', 'Специалисты стран ШОС по цифровым технологиям, подготовленные Китаем'),
('fact', 'sco_digital_professionals_trained', 'category', 'zh_CN', '人才'),
('fact', 'sco_digital_professionals_trained', 'category', 'ru', 'Кадры'),
('fact', 'sco_digital_professionals_trained', 'period_label', 'zh_CN', '2023年以来'),
('fact', 'sco_digital_professionals_trained', 'period_label', 'ru', 'с 2023 года'),
('fact', 'sco_digital_professionals_trained', 'basis', 'zh_CN', '累计'),
('fact', 'sco_digital_professionals_trained', 'basis', 'ru', 'нарастающим итогом'),
('fact', 'sco_digital_professionals_trained', 'qualifier', 'zh_CN', '超过'),
('fact', 'sco_digital_professionals_trained', 'qualifier', 'ru', 'более'),

('fact', 'digital_industry_revenue_growth_2024', 'label', 'zh_CN', '数字产业业务收入增长'),
('fact', 'digital_industry_revenue_growth_2024', 'label', 'ru', 'Рост выручки цифровой индустрии'),
('fact', 'digital_industry_revenue_growth_2024', 'category', 'zh_CN', '数字产业'),
('fact', 'digital_industry_revenue_growth_2024', 'category', 'ru', 'Цифровая индустрия'),
('fact', 'digital_industry_revenue_growth_2024', 'period_label', 'zh_CN', '2024年1–5月'),
('fact', 'digital_industry_revenue_growth_2024', 'period_label', 'ru', 'янв.–май 2024'),
('fact', 'digital_industry_revenue_growth_2024', 'basis', 'zh_CN', '同比'),
('fact', 'digital_industry_revenue_growth_2024', 'basis', 'ru', 'год к году'),

('series', 'digital_industry_revenue_growth', 'label', 'zh_CN', '数字产业业务收入增长（1–5月，同比）'),
('series', 'digital_industry_revenue_growth', 'label', 'ru', 'Рост выручки цифровой индустрии, янв.–май, год к году'),
('series', 'owid:owid-internet-use-sco/individuals-using-the-internet-of-population', 'label', 'zh_CN', '互联网用户（占人口百分比）'),
('series', 'owid:owid-internet-use-sco/individuals-using-the-internet-of-population', 'label', 'ru', 'Пользователи интернета (% населения)'),

('person', 'xiong_jijun', 'role', 'zh_CN', '副部长'),
('person', 'xiong_jijun', 'role', 'ru', 'заместитель министра'),
('person', 'xiong_jijun', 'organisation', 'zh_CN', '工业和信息化部'),
('person', 'xiong_jijun', 'organisation', 'ru', 'Министерство промышленности и информатизации КНР'),
('person', 'xu_chaofeng', 'role', 'zh_CN', '国际合作司司长'),
('person', 'xu_chaofeng', 'role', 'ru', 'директор департамента международного сотрудничества'),
('person', 'xu_chaofeng', 'organisation', 'zh_CN', '工业和信息化部'),
('person', 'xu_chaofeng', 'organisation', 'ru', 'Министерство промышленности и информатизации КНР'),

('event', 'summit_banner_photo', 'name', 'zh_CN', '2025年上合组织峰会横幅航拍照片'),
('event', 'summit_banner_photo', 'name', 'ru', 'Снимок с дрона: баннер саммита ШОС 2025 года'),
('event', 'summit_banner_photo', 'place', 'zh_CN', '天津'),
('event', 'summit_banner_photo', 'place', 'ru', 'Тяньцзинь'),
('event', 'summit_banner_photo', 'date_basis', 'zh_CN', '日期见照片说明。'),
('event', 'summit_banner_photo', 'date_basis', 'ru', 'Дата указана в подписи к фото.'),
('event', 'first_media_briefing', 'name', 'zh_CN', '2025年上合组织峰会首场新闻发布会'),
('event', 'first_media_briefing', 'name', 'ru', 'Первый брифинг для СМИ саммита ШОС 2025 года'),
('event', 'first_media_briefing', 'date_basis', 'zh_CN', '文章日期为2025年8月29日（星期五），工信部“星期四表示”，即2025年8月28日（星期四）。'),
('event', 'first_media_briefing', 'date_basis', 'ru', 'Министерство «сообщило в четверг» в статье от пятницы, 29 августа 2025 г., то есть в четверг, 28 августа 2025 г.'),
('event', 'article_published', 'name', 'zh_CN', '《中国日报》发表文章'),
('event', 'article_published', 'name', 'ru', 'Статья опубликована в China Daily'),
('event', 'article_published', 'date_basis', 'zh_CN', '日期见署名行。'),
('event', 'article_published', 'date_basis', 'ru', 'Дата указана в строке с автором.'),
('event', 'sco_summit_2025', 'name', 'zh_CN', '2025年上合组织峰会'),
('event', 'sco_summit_2025', 'name', 'ru', 'Саммит ШОС 2025 года'),
('event', 'sco_summit_2025', 'place', 'zh_CN', '天津'),
('event', 'sco_summit_2025', 'place', 'ru', 'Тяньцзинь'),
('event', 'sco_summit_2025', 'date_basis', 'zh_CN', '文章日期为2025年8月29日（星期五），其后的“星期日和星期一”即2025年8月31日和9月1日。'),
('event', 'sco_summit_2025', 'date_basis', 'ru', '«В воскресенье и понедельник» после статьи от пятницы, 29 августа 2025 г., то есть 31 августа и 1 сентября 2025 г.');

-- Topics: their kind and pillar, which group them, and their name.
WITH c(column_name, english, language, text) AS (VALUES
    ('kind', 'cooperation area', 'zh_CN', '合作领域'), ('kind', 'cooperation area', 'ru', 'направление сотрудничества'),
    ('kind', 'infrastructure', 'zh_CN', '基础设施'), ('kind', 'infrastructure', 'ru', 'инфраструктура'),
    ('kind', 'technology', 'zh_CN', '技术'), ('kind', 'technology', 'ru', 'технология'),
    ('kind', 'inclusive service', 'zh_CN', '普惠服务'), ('kind', 'inclusive service', 'ru', 'инклюзивная услуга'),
    ('kind', 'talent', 'zh_CN', '人才'), ('kind', 'talent', 'ru', 'кадры'),
    ('kind', 'aim', 'zh_CN', '目标'), ('kind', 'aim', 'ru', 'цель'),
    ('pillar', 'Talent', 'zh_CN', '人才'), ('pillar', 'Talent', 'ru', 'Кадры'),
    ('pillar', 'Digital infrastructure', 'zh_CN', '数字基础设施'), ('pillar', 'Digital infrastructure', 'ru', 'Цифровая инфраструктура'),
    ('pillar', 'Technologies', 'zh_CN', '技术'), ('pillar', 'Technologies', 'ru', 'Технологии'),
    ('pillar', 'Inclusive digital services', 'zh_CN', '普惠数字服务'), ('pillar', 'Inclusive digital services', 'ru', 'Инклюзивные цифровые услуги'),
    ('pillar', 'Aims', 'zh_CN', '目标'), ('pillar', 'Aims', 'ru', 'Цели'),
    ('name', 'Digital technology talent training', 'zh_CN', '数字技术人才培养'), ('name', 'Digital technology talent training', 'ru', 'Подготовка кадров в области цифровых технологий'),
    ('name', 'Digital infrastructure construction', 'zh_CN', '数字基础设施建设'), ('name', 'Digital infrastructure construction', 'ru', 'Строительство цифровой инфраструктуры'),
    ('name', '5G technology', 'zh_CN', '5G技术'), ('name', '5G technology', 'ru', 'Технология 5G'),
    ('name', 'Gigabit optical networks', 'zh_CN', '千兆光网'), ('name', 'Gigabit optical networks', 'ru', 'Гигабитные оптические сети'),
    ('name', 'Computing power infrastructure', 'zh_CN', '算力基础设施'), ('name', 'Computing power infrastructure', 'ru', 'Вычислительная инфраструктура'),
    ('name', 'Terrestrial optical cable', 'zh_CN', '陆地光缆'), ('name', 'Terrestrial optical cable', 'ru', 'Наземный оптический кабель'),
    ('name', 'Big data', 'zh_CN', '大数据'), ('name', 'Big data', 'ru', 'Большие данные'),
    ('name', 'Artificial intelligence', 'zh_CN', '人工智能'), ('name', 'Artificial intelligence', 'ru', 'Искусственный интеллект'),
    ('name', 'Telemedicine', 'zh_CN', '远程医疗'), ('name', 'Telemedicine', 'ru', 'Телемедицина'),
    ('name', 'Online education', 'zh_CN', '在线教育'), ('name', 'Online education', 'ru', 'Онлайн-образование'),
    ('name', 'Digital identity projects', 'zh_CN', '数字身份项目'), ('name', 'Digital identity projects', 'ru', 'Проекты цифровой идентификации'),
    ('name', 'Exchanges and mutual learning', 'zh_CN', '交流互鉴'), ('name', 'Exchanges and mutual learning', 'ru', 'Обмены и взаимное обучение'),
    ('name', 'Training SCO digital professionals', 'zh_CN', '培养上合组织数字人才'), ('name', 'Training SCO digital professionals', 'ru', 'Подготовка цифровых специалистов ШОС'),
    ('name', 'Policy exchange', 'zh_CN', '政策交流'), ('name', 'Policy exchange', 'ru', 'Обмен мнениями по вопросам политики'),
    ('name', 'Practical cooperation', 'zh_CN', '务实合作'), ('name', 'Practical cooperation', 'ru', 'Практическое сотрудничество'),
    ('name', 'Industrial upgrades', 'zh_CN', '产业升级'), ('name', 'Industrial upgrades', 'ru', 'Модернизация промышленности'),
    ('name', 'Sharing of digital dividends', 'zh_CN', '共享数字红利'), ('name', 'Sharing of digital dividends', 'ru', 'Совместное использование цифровых дивидендов')
)
INSERT INTO label_translation (table_name, row_key, column_name, language, text)
SELECT 'topic', t.key, c.column_name, c.language, c.text
FROM topic t JOIN c
  ON (c.column_name = 'kind' AND t.kind = c.english)
  OR (c.column_name = 'pillar' AND t.pillar = c.english)
  OR (c.column_name = 'name' AND t.name = c.english);
