-- SPDX-License-Identifier: MIT
-- Every figure of China Daily, 29 Aug 2025, "Digital tech boom offers opportunities".
-- Each quote is a verbatim substring of the article (tests/app/datasetintegritytest.cpp).

INSERT INTO source (id, key, publisher, title, author, published, published_time, url, licence, quote)
VALUES (1, 'chinadaily-2025-08-29', 'China Daily (Chinadaily.com.cn)',
        'Digital tech boom offers opportunities', 'Yan Dongjie', '2025-08-29', '08:20', NULL, NULL,
        '08:20, August 29, 2025 By YAN DONGJIE ( Chinadaily.com.cn');

INSERT INTO fact (id, key, label, category, value, decimals, unit, period_start, period_end,
                  period_label, basis, qualifier, as_written, quote, source_id, derived, formula)
VALUES
(1, 'digital_industry_revenue_growth_2025', 'Digital industry revenue growth', 'Digital industry',
 9.3, 1, '%', '2025-01-01', '2025-05-31', 'Jan–May 2025', 'year-on-year', NULL, '9.3 percent',
 'In the first five months of this year, the digital industry''s revenue increased 9.3 percent year-on-year, a growth rate that was 3.4 percentage points higher than for the same period last year.',
 1, 0, NULL),
(2, 'digital_industry_revenue_growth_change', 'Digital industry revenue growth, change on a year earlier',
 'Digital industry', 3.4, 1, 'pp', '2025-01-01', '2025-05-31', 'Jan–May 2025',
 'against Jan–May 2024 growth rate', NULL, '3.4 percentage points',
 'In the first five months of this year, the digital industry''s revenue increased 9.3 percent year-on-year, a growth rate that was 3.4 percentage points higher than for the same period last year.',
 1, 0, NULL),
(3, 'industrial_value_added_growth_2025_h1', 'Industrial value added, large-scale enterprises',
 'Industry', 6.4, 1, '%', '2025-01-01', '2025-06-30', 'H1 2025', 'year-on-year', NULL, '6.4 percent',
 'Statistics from the Ministry of Industry and Information Technology showed that in the first half of this year, the added industrial value of large-scale enterprises in China increased 6.4 percent year-on-year.',
 1, 0, NULL),
(4, 'manufacturing_share_of_gdp_2025_h1', 'Manufacturing share of GDP', 'Manufacturing',
 25.7, 1, '%', '2025-01-01', '2025-06-30', 'H1 2025', 'share of GDP', NULL, '25.7 percent',
 'Manufacturing''s share of GDP reached 25.7 percent, and manufacturing investment grew 7.5 percent year-on-year.',
 1, 0, NULL),
(5, 'manufacturing_investment_growth_2025_h1', 'Manufacturing investment growth', 'Manufacturing',
 7.5, 1, '%', '2025-01-01', '2025-06-30', 'H1 2025', 'year-on-year', NULL, '7.5 percent',
 'Manufacturing''s share of GDP reached 25.7 percent, and manufacturing investment grew 7.5 percent year-on-year.',
 1, 0, NULL),
(6, 'sco_digital_professionals_trained', 'SCO digital technology professionals trained by China',
 'Talent', 830, 0, 'people', '2023-01-01', '2025-08-29', 'Since 2023', 'cumulative', 'more than',
 'more than 830',
 'Since 2023, China has trained more than 830 digital technology professionals from SCO member states, according to Xiong.',
 1, 0, NULL),
(7, 'digital_industry_revenue_growth_2024', 'Digital industry revenue growth', 'Digital industry',
 5.9, 1, '%', '2024-01-01', '2024-05-31', 'Jan–May 2024', 'year-on-year', NULL, NULL,
 'In the first five months of this year, the digital industry''s revenue increased 9.3 percent year-on-year, a growth rate that was 3.4 percentage points higher than for the same period last year.',
 1, 1, '{digital_industry_revenue_growth_2025} - {digital_industry_revenue_growth_change}');

INSERT INTO fact_input (fact_id, input_fact_id) VALUES (7, 1), (7, 2);

INSERT INTO series (id, key, label, unit, source_id)
VALUES (1, 'digital_industry_revenue_growth', 'Digital industry revenue growth, Jan–May, year-on-year', '%', 1);

INSERT INTO observation (series_id, entity, period_start, period_end, period_label, value, fact_id)
VALUES (1, '', '2024-01-01', '2024-05-31', 'Jan–May 2024', 5.9, 7),
       (1, '', '2025-01-01', '2025-05-31', 'Jan–May 2025', 9.3, 1);

INSERT INTO topic (key, kind, pillar, name, term, quote, source_id, sort_order) VALUES
('area_talent', 'cooperation area', 'Talent', 'Digital technology talent training',
 'training digital technology talent',
 'China will cooperate with Shanghai Cooperation Organization countries in areas such as training digital technology talent and constructing digital infrastructure, to promote the establishment of an open, inclusive and shared global digital industry ecosystem, the Ministry of Industry and Information Technology said on Thursday.',
 1, 10),
('area_infrastructure', 'cooperation area', 'Digital infrastructure', 'Digital infrastructure construction',
 'constructing digital infrastructure',
 'China will cooperate with Shanghai Cooperation Organization countries in areas such as training digital technology talent and constructing digital infrastructure, to promote the establishment of an open, inclusive and shared global digital industry ecosystem, the Ministry of Industry and Information Technology said on Thursday.',
 1, 20),
('infra_5g', 'infrastructure', 'Digital infrastructure', '5G technology', '5G technology',
 'This will include advancing the development of 5G technology, gigabit optical networks, computing power infrastructure and terrestrial optical cable to enhance technological innovation capabilities.',
 1, 21),
('infra_gigabit', 'infrastructure', 'Digital infrastructure', 'Gigabit optical networks', 'gigabit optical networks',
 'This will include advancing the development of 5G technology, gigabit optical networks, computing power infrastructure and terrestrial optical cable to enhance technological innovation capabilities.',
 1, 22),
('infra_computing', 'infrastructure', 'Digital infrastructure', 'Computing power infrastructure',
 'computing power infrastructure',
 'This will include advancing the development of 5G technology, gigabit optical networks, computing power infrastructure and terrestrial optical cable to enhance technological innovation capabilities.',
 1, 23),
('infra_cable', 'infrastructure', 'Digital infrastructure', 'Terrestrial optical cable', 'terrestrial optical cable',
 'This will include advancing the development of 5G technology, gigabit optical networks, computing power infrastructure and terrestrial optical cable to enhance technological innovation capabilities.',
 1, 24),
('tech_big_data', 'technology', 'Technologies', 'Big data', 'big data',
 'The ministry will use big data and artificial intelligence technologies to promote the transformation and upgrading of traditional industries, helping SCO countries to deeply integrate digital technology into the real economy, Xu added.',
 1, 30),
('tech_ai', 'technology', 'Technologies', 'Artificial intelligence', 'artificial intelligence',
 'The ministry will use big data and artificial intelligence technologies to promote the transformation and upgrading of traditional industries, helping SCO countries to deeply integrate digital technology into the real economy, Xu added.',
 1, 31),
('service_telemedicine', 'inclusive service', 'Inclusive digital services', 'Telemedicine', 'telemedicine',
 'He also said that the ministry will support SCO countries in developing inclusive digital services such as telemedicine, online education and digital identity projects.',
 1, 40),
('service_online_education', 'inclusive service', 'Inclusive digital services', 'Online education',
 'online education',
 'He also said that the ministry will support SCO countries in developing inclusive digital services such as telemedicine, online education and digital identity projects.',
 1, 41),
('service_digital_identity', 'inclusive service', 'Inclusive digital services', 'Digital identity projects',
 'digital identity projects',
 'He also said that the ministry will support SCO countries in developing inclusive digital services such as telemedicine, online education and digital identity projects.',
 1, 42),
('talent_exchanges', 'talent', 'Talent', 'Exchanges and mutual learning',
 'exchanges and mutual learning',
 'Xiong, the vice-minister, said that digital talent in SCO countries has been trained to help accelerate digital transformation through exchanges and mutual learning.',
 1, 11),
('talent_professionals', 'talent', 'Talent', 'Training SCO digital professionals',
 'digital technology professionals',
 'Since 2023, China has trained more than 830 digital technology professionals from SCO member states, according to Xiong.',
 1, 12),
('aim_policy_exchange', 'aim', 'Aims', 'Policy exchange', 'policy exchange',
 'Xu Chaofeng, director of the ministry''s international cooperation department, said that China will strive for policy exchange, practical cooperation, industrial upgrades and the sharing of digital dividends in future digital and information cooperation among SCO countries.',
 1, 50),
('aim_practical_cooperation', 'aim', 'Aims', 'Practical cooperation', 'practical cooperation',
 'Xu Chaofeng, director of the ministry''s international cooperation department, said that China will strive for policy exchange, practical cooperation, industrial upgrades and the sharing of digital dividends in future digital and information cooperation among SCO countries.',
 1, 51),
('aim_industrial_upgrades', 'aim', 'Aims', 'Industrial upgrades', 'industrial upgrades',
 'Xu Chaofeng, director of the ministry''s international cooperation department, said that China will strive for policy exchange, practical cooperation, industrial upgrades and the sharing of digital dividends in future digital and information cooperation among SCO countries.',
 1, 52),
('aim_digital_dividends', 'aim', 'Aims', 'Sharing of digital dividends', 'sharing of digital dividends',
 'Xu Chaofeng, director of the ministry''s international cooperation department, said that China will strive for policy exchange, practical cooperation, industrial upgrades and the sharing of digital dividends in future digital and information cooperation among SCO countries.',
 1, 53);

INSERT INTO person (key, name, role, organisation, quote, source_id) VALUES
('xiong_jijun', 'Xiong Jijun', 'Vice-Minister', 'Ministry of Industry and Information Technology',
 'Vice-Minister Xiong Jijun said that China''s industrial and information technology sector has experienced rapid progress, creating new opportunities for countries worldwide, including SCO member states.',
 1),
('xu_chaofeng', 'Xu Chaofeng', 'Director of the international cooperation department',
 'Ministry of Industry and Information Technology',
 'Xu Chaofeng, director of the ministry''s international cooperation department, said that China will strive for policy exchange, practical cooperation, industrial upgrades and the sharing of digital dividends in future digital and information cooperation among SCO countries.',
 1);

INSERT INTO event (key, name, place, start_date, end_date, date_basis, quote, source_id) VALUES
('summit_banner_photo', 'Drone photo of the SCO Summit 2025 banner', 'Tianjin', '2025-08-05', '2025-08-05',
 'Date stated in the photo caption.',
 'A drone photo taken on Aug 5, 2025 shows a banner of the Shanghai Cooperation Organization (SCO) Summit 2025 on an overpass in Tianjin, North China.',
 1),
('first_media_briefing', 'First media briefing of the SCO Summit 2025', NULL, '2025-08-28', '2025-08-28',
 'The ministry "said on Thursday" in an article dated Friday 29 Aug 2025, so Thursday 28 Aug 2025.',
 'He made the remarks at the first media briefing of the SCO Summit 2025, which is to be held in Tianjin on Sunday and Monday.',
 1),
('article_published', 'Article published by China Daily', NULL, '2025-08-29', '2025-08-29',
 'Date stated in the byline.',
 '08:20, August 29, 2025 By YAN DONGJIE ( Chinadaily.com.cn',
 1),
('sco_summit_2025', 'SCO Summit 2025', 'Tianjin', '2025-08-31', '2025-09-01',
 '"Sunday and Monday" after an article dated Friday 29 Aug 2025, so 31 Aug and 1 Sep 2025.',
 'He made the remarks at the first media briefing of the SCO Summit 2025, which is to be held in Tianjin on Sunday and Monday.',
 1);
