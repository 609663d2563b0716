-- A concern whose postcode is missing or routes nowhere (an e-mail, a phone note, a postcode outside the table) goes
-- to the Jobcenter's central site, so that no concern is without a site and therefore unseen. At most one per
-- Jobcenter; administrators choose it. Existing Jobcenters get their first regional site, concerns without a site
-- go there.
ALTER TABLE site ADD COLUMN central BOOLEAN NOT NULL DEFAULT false;
CREATE UNIQUE INDEX site_one_central_per_jobcenter ON site (jobcenter_id) WHERE central;
UPDATE site s SET central = true
 WHERE s.id = (SELECT f.id FROM site f WHERE f.jobcenter_id = s.jobcenter_id
                ORDER BY (f.code = 'mitte') DESC, (f.kind = 'REGIONAL') DESC, f.name LIMIT 1);
UPDATE concern k SET site_id = (SELECT s.id FROM site s WHERE s.jobcenter_id = k.jobcenter_id AND s.central)
 WHERE k.site_id IS NULL;
