-- Fills the insights projection with :rows made-up concerns of the Hamburg demo Jobcenter, spread evenly over the
-- :months months up to the current one, over all sites, legal subjects and problems (psql variables: rows, months).
\set ON_ERROR_STOP on
DELETE FROM insight_concern;
WITH j AS (SELECT id FROM jobcenter LIMIT 1),
     s AS (SELECT array_agg(id ORDER BY code) AS ids FROM site WHERE jobcenter_id = (SELECT id FROM j)),
     g AS (SELECT n, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
             FROM generate_series(1, :rows) AS n)
INSERT INTO insight_concern (pseudonym, jobcenter_id, site_id, received_month, received_week, legal_topic,
       administrative_problem, channel, kind, existential, acknowledge_seconds, answer_seconds, resolve_seconds,
       acknowledge_breached, answer_breached, callback_breached, same_day_breached, outcome, outcome_cause, snippet, demo)
SELECT gen_random_uuid(), (SELECT id FROM j),
       (SELECT ids FROM s)[1 + floor(random() * array_length((SELECT ids FROM s), 1))::int],
       date_trunc('month', now())::date - make_interval(months => (n % :months)::int),
       date_trunc('week', date_trunc('month', now()) - make_interval(months => (n % :months)::int))::date,
       (ARRAY['HOUSING_AND_HEATING','INCOME_AND_ASSETS','CANCELLATION_AND_REFUND','STANDARD_AND_ADDITIONAL_NEEDS',
              'ELIGIBILITY','BENEFIT_REDUCTION','INTEGRATION_INTO_WORK','EDUCATION_AND_PARTICIPATION',
              'ONE_OFF_NEEDS_AND_LOANS','OTHER','UNKNOWN'])[1 + floor(r1 * r1 * 11)::int],
       (ARRAY['REACHABILITY','REACHABILITY','REACHABILITY','HANDLING_OF_DOCUMENTS','HANDLING_OF_DOCUMENTS',
              'PAYMENTS_AND_PROCESSING_TIME','PAYMENTS_AND_PROCESSING_TIME','DIGITAL_SERVICE',
              'INTERPRETING_AND_LANGUAGE','RESPECT_AND_CONDUCT'])[1 + floor(r2 * 10)::int],
       (ARRAY['EMAIL','PHONE','SMS','NONE'])[1 + floor(r3 * 4)::int],
       (ARRAY['QUESTION','COMPLAINT','BENEFIT_CONFLICT','CALLBACK_REQUEST','PRAISE'])[1 + floor(r4 * 5)::int],
       r5 < 0.05,
       (3600 * (1 + 70 * r1))::bigint, (86400 * (1 + 10 * r2))::bigint,
       CASE WHEN r3 < 0.85 THEN (86400 * (2 + 30 * r4))::bigint END,
       r1 > 0.9, r2 > 0.85, CASE WHEN r4 BETWEEN 0.6 AND 0.8 THEN r5 > 0.8 END, CASE WHEN r5 < 0.05 THEN r1 > 0.9 END,
       CASE WHEN r3 < 0.85 THEN (ARRAY['GRANTED','PARTLY_GRANTED','NOT_GRANTED','WITHDRAWN_OR_SETTLED',
              'REFERRED_TO_FORMAL_REMEDY'])[1 + floor(r5 * 5)::int] END,
       CASE WHEN r3 < 0.85 THEN (ARRAY['DOCUMENTS_SUBMITTED_LATE','LAW_APPLIED_WRONGLY','COMMUNICATION',
              'PROCESSING_DELAY','NONE'])[1 + floor(r2 * 5)::int] END,
       'Bench-Anliegen ' || n, TRUE
  FROM g;
VACUUM ANALYZE insight_concern;
