-- SPDX-License-Identifier: MIT
-- The SCO's ten member states since Belarus joined at the Astana summit on 4 July 2024, as the
-- SCO Secretariat lists them. --sco-only keeps these; their names in every language come from
-- Debian's iso-codes, name here is only the short form the Secretariat uses.
INSERT INTO source (id, key, publisher, title, author, published, published_time, url, licence, quote)
VALUES (2, 'sco-secretariat-member-states', 'Shanghai Cooperation Organisation Secretariat',
        'SCO member states', NULL, '2024-07-04', NULL, NULL, NULL, NULL);

INSERT INTO member_state (organisation, iso3, name, source_id) VALUES
('SCO', 'BLR', 'Belarus', 2),
('SCO', 'CHN', 'China', 2),
('SCO', 'IND', 'India', 2),
('SCO', 'IRN', 'Iran', 2),
('SCO', 'KAZ', 'Kazakhstan', 2),
('SCO', 'KGZ', 'Kyrgyzstan', 2),
('SCO', 'PAK', 'Pakistan', 2),
('SCO', 'RUS', 'Russia', 2),
('SCO', 'TJK', 'Tajikistan', 2),
('SCO', 'UZB', 'Uzbekistan', 2);
