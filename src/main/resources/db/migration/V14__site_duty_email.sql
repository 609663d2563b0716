-- Where a site's on-duty staff are told at once about an existential concern (no money today, eviction, ...).
ALTER TABLE site ADD COLUMN duty_email TEXT;
