-- Pre-aggregated cells of the projection, kept by statement triggers, so that the dashboard and the quarterly report
-- add up a few thousand counters instead of sorting a quarter of rows.
--
-- insight_cell: concerns per Jobcenter, month, site and legal subject, by one facet at a time: the administrative
-- problem, channel, kind, outcome, cause (NULL as 'OPEN') and, per promise (acknowledge, answer, callback, same_day),
-- 'kept' or 'broken' where the concern had that clock, and the week of receipt (its Monday, for the weekly CUSUM).
-- Every concern counts once in each facet it has, so the facet 'problem' alone also gives the counts by month, site
-- and legal subject.
--
-- insight_duration_bin: times to acknowledge, answer and resolve per Jobcenter, month and site, in logarithmic bins
-- 1 % wide (bin = round(100 · ln seconds); -1 holds durations of 0), for medians and 90th percentiles within 0.501 % (e^0.005 - 1).
-- A concern without a site counts under the nil UUID in both.
CREATE TABLE insight_cell
(
  jobcenter_id UUID NOT NULL,
  month        DATE NOT NULL,
  site_key     UUID NOT NULL,
  legal_topic  TEXT NOT NULL,
  facet        TEXT NOT NULL,
  value        TEXT NOT NULL,
  n            BIGINT NOT NULL,
  PRIMARY KEY (jobcenter_id, month, site_key, legal_topic, facet, value)
);

CREATE TABLE insight_duration_bin
(
  jobcenter_id UUID NOT NULL,
  month        DATE NOT NULL,
  site_key     UUID NOT NULL,
  step         TEXT NOT NULL,
  bin          INT NOT NULL,
  n            BIGINT NOT NULL,
  PRIMARY KEY (jobcenter_id, month, site_key, step, bin)
);

-- The facets of a set of projection rows (a transition table's name, or insight_concern), counted.
CREATE FUNCTION insight_cells_of(source TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
SELECT format($q$
  SELECT r.jobcenter_id, r.received_month AS month,
         coalesce(r.site_id, '00000000-0000-0000-0000-000000000000') AS site_key, r.legal_topic, f.facet, f.value,
         count(*) AS n
    FROM %I r CROSS JOIN LATERAL (VALUES
         ('problem', r.administrative_problem), ('channel', r.channel), ('kind', r.kind),
         ('outcome', coalesce(r.outcome, 'OPEN')), ('cause', coalesce(r.outcome_cause, 'OPEN')),
         ('acknowledge', CASE r.acknowledge_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('answer', CASE r.answer_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('callback', CASE r.callback_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('same_day', CASE r.same_day_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('week', to_char(r.received_week, 'YYYY-MM-DD'))) AS f (facet, value)
   WHERE f.value IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6$q$, source)
$$;

CREATE FUNCTION insight_bins_of(source TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
SELECT format($q$
  SELECT r.jobcenter_id, r.received_month AS month,
         coalesce(r.site_id, '00000000-0000-0000-0000-000000000000') AS site_key, d.step,
         CASE WHEN d.seconds <= 0 THEN -1 ELSE round(100 * ln(d.seconds))::int END AS bin, count(*) AS n
    FROM %I r CROSS JOIN LATERAL (VALUES ('acknowledge', r.acknowledge_seconds), ('answer', r.answer_seconds),
         ('resolve', r.resolve_seconds)) AS d (step, seconds)
   WHERE d.seconds IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5$q$, source)
$$;

DO $$
BEGIN
  EXECUTE 'INSERT INTO insight_cell (jobcenter_id, month, site_key, legal_topic, facet, value, n) '
    || insight_cells_of('insight_concern');
  EXECUTE 'INSERT INTO insight_duration_bin (jobcenter_id, month, site_key, step, bin, n) '
    || insight_bins_of('insight_concern');
END
$$;

-- Static statements (planned once per session) rather than the texts above: the projection's listener runs this on
-- every event, inside a transaction that other work waits for.
CREATE FUNCTION insight_cells_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE insight_cell c SET n = c.n - o.n FROM (
  SELECT r.jobcenter_id, r.received_month AS month,
         coalesce(r.site_id, '00000000-0000-0000-0000-000000000000') AS site_key, r.legal_topic, f.facet, f.value,
         count(*) AS n
    FROM old_rows r
    CROSS JOIN LATERAL (VALUES
         ('problem', r.administrative_problem), ('channel', r.channel), ('kind', r.kind),
         ('outcome', coalesce(r.outcome, 'OPEN')), ('cause', coalesce(r.outcome_cause, 'OPEN')),
         ('acknowledge', CASE r.acknowledge_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('answer', CASE r.answer_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('callback', CASE r.callback_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('same_day', CASE r.same_day_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('week', to_char(r.received_week, 'YYYY-MM-DD'))) AS f (facet, value)
   WHERE f.value IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6) o
     WHERE c.jobcenter_id = o.jobcenter_id AND c.month = o.month AND c.site_key = o.site_key
       AND c.legal_topic = o.legal_topic AND c.facet = o.facet AND c.value = o.value;
    UPDATE insight_duration_bin c SET n = c.n - o.n FROM (
  SELECT r.jobcenter_id, r.received_month AS month,
         coalesce(r.site_id, '00000000-0000-0000-0000-000000000000') AS site_key, d.step,
         CASE WHEN d.seconds <= 0 THEN -1 ELSE round(100 * ln(d.seconds))::int END AS bin, count(*) AS n
    FROM old_rows r
    CROSS JOIN LATERAL (VALUES ('acknowledge', r.acknowledge_seconds), ('answer', r.answer_seconds),
         ('resolve', r.resolve_seconds)) AS d (step, seconds)
   WHERE d.seconds IS NOT NULL GROUP BY 1, 2, 3, 4, 5) o
     WHERE c.jobcenter_id = o.jobcenter_id AND c.month = o.month AND c.site_key = o.site_key
       AND c.step = o.step AND c.bin = o.bin;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO insight_cell (jobcenter_id, month, site_key, legal_topic, facet, value, n)
  SELECT r.jobcenter_id, r.received_month AS month,
         coalesce(r.site_id, '00000000-0000-0000-0000-000000000000') AS site_key, r.legal_topic, f.facet, f.value,
         count(*) AS n
    FROM new_rows r
    CROSS JOIN LATERAL (VALUES
         ('problem', r.administrative_problem), ('channel', r.channel), ('kind', r.kind),
         ('outcome', coalesce(r.outcome, 'OPEN')), ('cause', coalesce(r.outcome_cause, 'OPEN')),
         ('acknowledge', CASE r.acknowledge_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('answer', CASE r.answer_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('callback', CASE r.callback_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('same_day', CASE r.same_day_breached WHEN TRUE THEN 'broken' WHEN FALSE THEN 'kept' END),
         ('week', to_char(r.received_week, 'YYYY-MM-DD'))) AS f (facet, value)
   WHERE f.value IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (jobcenter_id, month, site_key, legal_topic, facet, value) DO UPDATE SET n = insight_cell.n + excluded.n;
    INSERT INTO insight_duration_bin (jobcenter_id, month, site_key, step, bin, n)
  SELECT r.jobcenter_id, r.received_month AS month,
         coalesce(r.site_id, '00000000-0000-0000-0000-000000000000') AS site_key, d.step,
         CASE WHEN d.seconds <= 0 THEN -1 ELSE round(100 * ln(d.seconds))::int END AS bin, count(*) AS n
    FROM new_rows r
    CROSS JOIN LATERAL (VALUES ('acknowledge', r.acknowledge_seconds), ('answer', r.answer_seconds),
         ('resolve', r.resolve_seconds)) AS d (step, seconds)
   WHERE d.seconds IS NOT NULL GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (jobcenter_id, month, site_key, step, bin) DO UPDATE SET n = insight_duration_bin.n + excluded.n;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER insight_cells_insert AFTER INSERT ON insight_concern
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_cells_apply();
CREATE TRIGGER insight_cells_update AFTER UPDATE ON insight_concern
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_cells_apply();
CREATE TRIGGER insight_cells_delete AFTER DELETE ON insight_concern
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_cells_apply();
