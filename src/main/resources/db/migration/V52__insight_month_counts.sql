-- Concerns per Jobcenter, month, site and legal subject, kept by statement triggers on the projection, so that the
-- rise detector and the measures' effects read a few thousand counters instead of a year of rows. A concern without
-- a site counts under the nil UUID.
CREATE TABLE insight_month_count
(
  jobcenter_id UUID NOT NULL,
  month        DATE NOT NULL,
  site_key     UUID NOT NULL,
  legal_topic  TEXT NOT NULL,
  n            BIGINT NOT NULL,
  PRIMARY KEY (jobcenter_id, month, site_key, legal_topic)
);

INSERT INTO insight_month_count (jobcenter_id, month, site_key, legal_topic, n)
SELECT jobcenter_id, received_month, coalesce(site_id, '00000000-0000-0000-0000-000000000000'), legal_topic, count(*)
  FROM insight_concern GROUP BY 1, 2, 3, 4;

CREATE FUNCTION insight_month_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE insight_month_count c SET n = c.n - o.n
      FROM (SELECT jobcenter_id, received_month, coalesce(site_id, '00000000-0000-0000-0000-000000000000') AS site_key,
                   legal_topic, count(*) AS n FROM old_rows GROUP BY 1, 2, 3, 4) o
     WHERE c.jobcenter_id = o.jobcenter_id AND c.month = o.received_month AND c.site_key = o.site_key
       AND c.legal_topic = o.legal_topic;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO insight_month_count (jobcenter_id, month, site_key, legal_topic, n)
    SELECT jobcenter_id, received_month, coalesce(site_id, '00000000-0000-0000-0000-000000000000'), legal_topic, count(*)
      FROM new_rows GROUP BY 1, 2, 3, 4
    ON CONFLICT (jobcenter_id, month, site_key, legal_topic) DO UPDATE SET n = insight_month_count.n + excluded.n;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER insight_month_count_insert AFTER INSERT ON insight_concern
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_month_count_apply();
CREATE TRIGGER insight_month_count_update AFTER UPDATE ON insight_concern
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_month_count_apply();
CREATE TRIGGER insight_month_count_delete AFTER DELETE ON insight_concern
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_month_count_apply();
