-- How many concerns each site has in each status, kept by triggers, so that the default inbox (no filter but the
-- status) shows its counts without counting a site's open concerns on every page view (26,000 at the biggest site
-- in bench/inbox.sh). Statement-level triggers with transition tables: one upsert per status and site per
-- statement, so a bulk load of a million rows costs a few grouped upserts, not a million row updates.
CREATE TABLE inbox_status_count (
  site_id UUID   NOT NULL REFERENCES site (id),
  status  TEXT   NOT NULL,
  n       BIGINT NOT NULL,
  PRIMARY KEY (site_id, status)
);

INSERT INTO inbox_status_count (site_id, status, n)
SELECT site_id, status, count(*) FROM concern WHERE site_id IS NOT NULL GROUP BY site_id, status;

CREATE FUNCTION inbox_status_count_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO inbox_status_count AS c (site_id, status, n)
  SELECT site_id, status, count(*) FROM added WHERE site_id IS NOT NULL GROUP BY site_id, status
      ORDER BY site_id, status
  ON CONFLICT (site_id, status) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;

CREATE FUNCTION inbox_status_count_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE inbox_status_count c SET n = c.n - r.n
    FROM (SELECT site_id, status, count(*) AS n FROM removed WHERE site_id IS NOT NULL GROUP BY site_id, status
           ORDER BY site_id, status) r
   WHERE c.site_id = r.site_id AND c.status = r.status;
  RETURN NULL;
END $$;

-- Only rows whose site or status changed move between counts; other updates (a note, an assignment) touch nothing.
CREATE FUNCTION inbox_status_count_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE inbox_status_count c SET n = c.n - r.n
    FROM (SELECT o.site_id, o.status, count(*) AS n FROM removed o JOIN added a ON a.id = o.id
           WHERE o.site_id IS NOT NULL AND (o.status IS DISTINCT FROM a.status OR o.site_id IS DISTINCT FROM a.site_id)
           GROUP BY o.site_id, o.status ORDER BY o.site_id, o.status) r
   WHERE c.site_id = r.site_id AND c.status = r.status;
  INSERT INTO inbox_status_count AS c (site_id, status, n)
  SELECT a.site_id, a.status, count(*) FROM added a JOIN removed o ON o.id = a.id
   WHERE a.site_id IS NOT NULL AND (o.status IS DISTINCT FROM a.status OR o.site_id IS DISTINCT FROM a.site_id)
   GROUP BY a.site_id, a.status ORDER BY a.site_id, a.status
  ON CONFLICT (site_id, status) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;

CREATE TRIGGER concern_counted_on_insert AFTER INSERT ON concern
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION inbox_status_count_add();
CREATE TRIGGER concern_counted_on_delete AFTER DELETE ON concern
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION inbox_status_count_remove();
CREATE TRIGGER concern_counted_on_update AFTER UPDATE ON concern
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION inbox_status_count_move();
