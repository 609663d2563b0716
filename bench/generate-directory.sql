-- 5,000 (or :services) published directory services for the search benchmark (bench/directory.sh): organisations,
-- one or two locations at a random Hamburg postcode centre, 1–3 languages, 1–3 topics, opening and phone hours
-- (every tenth service with evening hours past midnight), accessibility features, now and then an exception day.
-- Marked as samples and named "Bench …" so they are easy to tell apart. Deterministic for a given :seed.
\set ON_ERROR_STOP on
SELECT setseed(:seed);

CREATE TEMP TABLE bench_postcode AS
SELECT row_number() OVER (ORDER BY postal_code) AS n, postal_code, latitude, longitude,
       (ARRAY['HAMBURG_MITTE','ALTONA','EIMSBUETTEL','HAMBURG_NORD','WANDSBEK','BERGEDORF','HARBURG'])
           [1 + (row_number() OVER (ORDER BY postal_code)) % 7] AS district
  FROM postcode_centroid;

CREATE TEMP TABLE bench_service AS
SELECT g AS n, gen_random_uuid() AS organization_id, gen_random_uuid() AS service_id,
       gen_random_uuid() AS location_id, gen_random_uuid() AS second_location_id,
       1 + floor(random() * (SELECT count(*) FROM bench_postcode))::int AS postcode_n,
       1 + floor(random() * (SELECT count(*) FROM bench_postcode))::int AS second_postcode_n,
       random() < 0.2 AS two_places, random() AS r
  FROM generate_series(1, :services) g;

INSERT INTO directory_organization (id, jobcenter_id, name, description, provider, email, sample, created_at, updated_at)
SELECT organization_id, (SELECT id FROM jobcenter ORDER BY code LIMIT 1), 'Bench-Träger ' || n,
       'Beratungsträger für den Benchmark', 'Bench e. V.', 'bench' || n || '@beispiel.lotse.test', TRUE, now(), now()
  FROM bench_service;

INSERT INTO directory_service (id, organization_id, name, description, easy_description, status, free_of_charge,
                               fees_description, appointment, phone_advice, video_advice, email, verified_at, verified_by,
                               created_at, updated_at)
SELECT service_id, organization_id,
       'Bench ' || (ARRAY['Sozialberatung','Schuldnerberatung','Mieterberatung','Migrationsberatung','Familienberatung',
                          'Erwerbslosenberatung','Teilhabeberatung','Energieberatung'])[1 + n % 8] || ' ' || n,
       (ARRAY['Hilfe bei Bürgergeld, Bescheiden und Widerspruch.','Schulden, Pfändungsschutzkonto, Insolvenz.',
              'Miete, Nebenkosten, Heizkosten und Kosten der Unterkunft.','Aufenthalt, Arbeitserlaubnis, Sprachkurse.',
              'Kinderzuschlag, Bildung und Teilhabe, Alleinerziehende.','Arbeitslosengeld, Arbeitsrecht, Sanktionen.',
              'Behinderung, Mehrbedarf, Eingliederungshilfe.','Strom- und Gassperren, Darlehen.'])[1 + n % 8],
       'Wir helfen Ihnen.', 'PUBLISHED', r < 0.8, CASE WHEN r >= 0.8 THEN '5 Euro' END,
       (ARRAY['REQUIRED','WALK_IN','BOTH'])[1 + n % 3], n % 2 = 0, n % 5 = 0, NULL,
       current_date - (n % 500), 'Bench', now(), now()
  FROM bench_service;

INSERT INTO directory_location (id, organization_id, name, address_1, postal_code, district, latitude, longitude, transportation)
SELECT s.location_id, s.organization_id, 'Standort ' || s.n, 'Musterstraße ' || s.n, p.postal_code, p.district,
       p.latitude, p.longitude, 'Bus'
  FROM bench_service s JOIN bench_postcode p ON p.n = s.postcode_n;
INSERT INTO directory_location (id, organization_id, name, address_1, postal_code, district, latitude, longitude)
SELECT s.second_location_id, s.organization_id, 'Außenstelle ' || s.n, 'Beispielweg ' || s.n, p.postal_code, p.district,
       p.latitude, p.longitude
  FROM bench_service s JOIN bench_postcode p ON p.n = s.second_postcode_n WHERE s.two_places;

INSERT INTO directory_service_at_location (service_id, location_id)
SELECT service_id, location_id FROM bench_service
UNION ALL SELECT service_id, second_location_id FROM bench_service WHERE two_places;

INSERT INTO directory_accessibility (location_id, feature)
SELECT DISTINCT s.location_id, f.feature
  FROM bench_service s
 CROSS JOIN unnest(ARRAY['STEP_FREE','ACCESSIBLE_TOILET','HEARING_LOOP','SIGN_LANGUAGE','EASY_LANGUAGE','LIFT',
                         'PARKING_DISABLED']) WITH ORDINALITY AS f(feature, i)
 WHERE (s.n * 7 + f.i * 13) % (f.i + 1) = 0;

INSERT INTO directory_service_language (service_id, language)
SELECT DISTINCT service_id, l
  FROM bench_service CROSS JOIN LATERAL unnest(ARRAY['de',
       (ARRAY['en','uk','ru','ar','fa','tr','pl','ro'])[1 + n % 8],
       (ARRAY['en','uk','ru','ar','fa','tr','pl','ro'])[1 + (n / 8) % 8]]) AS l;

INSERT INTO directory_service_taxonomy (service_id, term)
SELECT DISTINCT service_id, t
  FROM bench_service CROSS JOIN LATERAL unnest(ARRAY[
       (ARRAY['SGB2','HOUSING','DEBT','MIGRATION','DISABILITY','WORK','FAMILY','HEALTH','ENERGY','LEGAL'])[1 + n % 10],
       (ARRAY['SGB2','HOUSING','DEBT','MIGRATION','DISABILITY','WORK','FAMILY','HEALTH','ENERGY','LEGAL'])[1 + (n / 10) % 10]]) AS t;

-- Opening hours Monday to Friday (two of them with a second stretch in the afternoon), phone hours on two days,
-- and every tenth service an evening past midnight on Friday and Saturday.
INSERT INTO directory_schedule (id, service_id, location_id, kind, by_day, opens_at, closes_at)
SELECT gen_random_uuid(), s.service_id, s.location_id, 'OPENING', d, make_time(8 + s.n % 3, 0, 0), make_time(12 + s.n % 5, 0, 0)
  FROM bench_service s CROSS JOIN unnest(ARRAY['MO','TU','WE','TH','FR']) AS d
 WHERE (s.n + length(d) + ascii(d)) % 4 <> 0
UNION ALL
SELECT gen_random_uuid(), s.service_id, s.location_id, 'OPENING', d, time '14:00', time '18:00'
  FROM bench_service s CROSS JOIN unnest(ARRAY['TU','TH']) AS d WHERE s.n % 3 = 0
UNION ALL
SELECT gen_random_uuid(), s.service_id, s.location_id, 'OPENING', d, time '22:00', time '02:00'
  FROM bench_service s CROSS JOIN unnest(ARRAY['FR','SA']) AS d WHERE s.n % 10 = 0
UNION ALL
SELECT gen_random_uuid(), s.service_id, NULL, 'PHONE', d, time '09:00', time '11:00'
  FROM bench_service s CROSS JOIN unnest(ARRAY['MO','WE']) AS d WHERE s.n % 2 = 0;

INSERT INTO directory_schedule_exception (id, service_id, day, closed, notes)
SELECT gen_random_uuid(), service_id, current_date + (n % 28), TRUE, 'Teamtag'
  FROM bench_service WHERE n % 7 = 0;

INSERT INTO directory_phone (id, service_id, number, description)
SELECT gen_random_uuid(), service_id, '040 000000-' || lpad((n % 100)::text, 2, '0'), 'Beratung'
  FROM bench_service;

ANALYZE;
SELECT count(*) AS published_services FROM directory_service WHERE status = 'PUBLISHED';
