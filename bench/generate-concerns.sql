-- Generates synthetic concerns for the inbox benchmark (bench/inbox.sh), inside PostgreSQL with generate_series.
--
--   psql -h 127.0.0.1 -p PORT -U postgres -d lotse -v concerns=1000000 -v years=3 -v seed=42 -f bench/generate-concerns.sql
--
-- Needs the schema and demo data of a started Lotse (Flyway migrations, the 20 Hamburg sites, the demo staff). Adds
-- :concerns concerns (default 1,000,000) received over the last :years years (default 3), with their timeline entries
-- and service clocks, in one transaction; refuses to run twice on the same database. Deterministic for a given :seed
-- except the UUIDs and the time it runs at (everything is placed relative to now()).
--
-- The mix (see the weights below, the README reports what came out):
--   sites     skewed by size (Mitte, Harburg, Billstedt largest; the three special sites smallest)
--   received  over :years years, slightly more recent than old (age = span * u^1.1), daytime-heavy
--   status    open with probability min(1, 0.85 * exp(-age / 45 days) + 0.22): all of the last days, about a fifth
--             of the old ones (forgotten concerns, so that there is a backlog); overall about 25 % open, spread over
--             RECEIVED, ACKNOWLEDGED, IN_PROGRESS, WAITING_FOR_CITIZEN, WAITING_FOR_PARTNER; the rest RESOLVED
--             (within 30 days of resolution, and 15 % of the older ones) or CLOSED
--   urgency   5 % EXISTENTIAL
--   topic     KdU (HOUSING_AND_HEATING) 24 %, INCOME_AND_ASSETS 18 %, then the others
--   text      a German description of 3 to 5 sentences from topic-specific and general sentence pools with amounts,
--             months and dates filled in; names, customer numbers, postcodes, contact data for part of the concerns
--   staff     :staff_per_site (default 15) synthetic staff accounts per site (login bench.<site>.<n>, no password,
--             so nobody can log in with them), besides the demo staff: a site's inbox, its colleague lists and the
--             "mine" queue then look like a real team's
--   assignee  10 % of RECEIVED, 85 % of the other open and 90 % of the resolved concerns are assigned to someone
--             of the site's staff (demo or synthetic), who also wrote the first staff entries
--   timeline  RECEIVED (position 1), then as the status requires: citizen message, acknowledgement, staff reply and
--             IN_PROGRESS, internal note, waiting, final reply and RESOLVED, CLOSED; staff entries carry the staff id
--             of someone working at the site
--   clocks    as ServiceSchedule.clocksFor (ACKNOWLEDGE; ANSWER unless praise; CALLBACK for callback requests;
--             SAME_DAY for existential ones), working days approximated as Monday to Friday (no holidays); stopped,
--             paused or running as the timeline says; warned_at and breached_at set where the clock watch would have
--             set them, so that the app's watch does not report 100,000s of old breaches when it next runs;
--             concern.next_due_at = min(due_at) of the running clocks
--   reference HH-<year received>-XXXX-XC, the five characters a bijective scramble of the row number (unique), the
--             last one the check character of Reference.java (weighted sum modulo 31), so Reference.parse accepts it
--
-- Speed: the non-constraint indexes of the three tables are dropped before the inserts and rebuilt from their saved
-- definitions afterwards; foreign-key triggers are off during the inserts (session_replication_role = replica; the
-- rows are consistent by construction). Run VACUUM (ANALYZE) afterwards (inbox.sh does), as autovacuum would on a
-- real database: without it the visibility map is empty and index-only scans fall back to the heap.
\set ON_ERROR_STOP on
\if :{?concerns}
\else
  \set concerns 1000000
\endif
\if :{?years}
\else
  \set years 3
\endif
\if :{?seed}
\else
  \set seed 42
\endif
\if :{?staff_per_site}
\else
  \set staff_per_site 15
\endif
\timing on

SET temp_buffers = '1GB';
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 2;
SET TIME ZONE 'UTC';

BEGIN;

-- Refuse a second run: the generated keys would collide.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM concern WHERE idempotency_key_hash = sha256(convert_to('lotse-bench-idem-1', 'UTF8'))) THEN
    RAISE EXCEPTION 'this database already holds generated concerns (generate-concerns.sql ran before)';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM site) THEN
    RAISE EXCEPTION 'no sites: start Lotse once on this database (demo data) before generating concerns';
  END IF;
END $$;

CREATE TEMP TABLE params ON COMMIT DROP AS
SELECT now() AS t_now, (:'years')::numeric * 365.25 AS span_days, (:'seed')::bigint AS seed,
       (SELECT id FROM jobcenter ORDER BY code = 'team-arbeit-hamburg' DESC, code LIMIT 1) AS jobcenter_id;
SELECT jobcenter_id, reference_prefix FROM params JOIN jobcenter j ON j.id = params.jobcenter_id;

-- A uniform number in [0, 1) for row n and stream k: a hash, so the same for every run with the same seed.
-- (The seed is written into the function's body: psql does not fill variables into quoted text, so via \gexec.)
SELECT format($f$CREATE FUNCTION pg_temp.u(n bigint, k int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (hashint8extended(n, k + %s) & 2147483647)::float8 / 2147483648.0 $$$f$, 1000 * (:'seed')::bigint) \gexec
-- Expands (value, weight) pairs into an array in which each value appears weight times: arr[1 + floor(u * len)].
CREATE FUNCTION pg_temp.weighted(vals text[], weights int[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS
$$ SELECT array_agg(v ORDER BY i, j) FROM unnest(vals, weights) WITH ORDINALITY AS t(v, w, i), generate_series(1, w) j $$;
CREATE FUNCTION pg_temp.pick(arr anyarray, u float8) RETURNS anyelement LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT arr[1 + floor(u * cardinality(arr))::int] $$;
-- Working days as Monday to Friday (the app also skips Hamburg's holidays; close enough for due times).
CREATE FUNCTION pg_temp.working_day_on_or_after(d date) RETURNS date LANGUAGE sql IMMUTABLE AS
$$ SELECT d + CASE extract(isodow FROM d)::int WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END $$;
CREATE FUNCTION pg_temp.plus_working_days(d date, n int) RETURNS date LANGUAGE sql IMMUTABLE AS
$$ SELECT d + n + 2 * ((extract(isodow FROM d)::int - 1 + n) / 5) $$;
-- ServiceSchedule.firstCountingDay: from 18:00 on (Hamburg time), counting starts the next working day.
CREATE FUNCTION pg_temp.first_counting_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS
$$ SELECT pg_temp.working_day_on_or_after((t AT TIME ZONE 'Europe/Berlin')::date
          + CASE WHEN (t AT TIME ZONE 'Europe/Berlin')::time >= time '18:00' THEN 1 ELSE 0 END) $$;
CREATE FUNCTION pg_temp.at_local(d date, t time) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS
$$ SELECT (d + t) AT TIME ZONE 'Europe/Berlin' $$;
-- Placeholders in the sentence pools.
CREATE FUNCTION pg_temp.fill(text text, n bigint, received timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT replace(replace(replace(replace(replace(text,
     '{monat}', (ARRAY['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober',
                       'November','Dezember'])[extract(month FROM received - interval '1 month' * floor(pg_temp.u(n, 90) * 4))::int]
                || ' ' || extract(year FROM received - interval '1 month' * floor(pg_temp.u(n, 90) * 4))::int),
     '{datum}', to_char(received - interval '1 day' * (1 + floor(pg_temp.u(n, 91) * 40)), 'DD.MM.YYYY')),
     '{betrag}', replace(to_char(20 + floor(pg_temp.u(n, 92) * 238000) / 100, 'FM9990D00'), '.', ',')),
     '{wochen}', (2 + floor(pg_temp.u(n, 93) * 11))::text),
     '{rate}', (10 + 5 * floor(pg_temp.u(n, 94) * 15))::text) $$;

-- Synthetic staff for every site of the Jobcenter (see the header).
INSERT INTO staff_member (id, jobcenter_id, login, display_name, role, password_hash)
SELECT md5('lotse-bench-staff-' || s.code || '-' || i)::uuid, s.jobcenter_id, 'bench.' || s.code || '.' || i,
       (ARRAY['Anke','Bernd','Canan','Dirk','Elif','Frank','Gül','Heike','Igor','Jana','Kemal','Lena','Marco','Nina',
              'Ole','Petra','Rania','Stefan','Tanja','Uwe'])[1 + (i * 7 + length(s.code)) % 20] || ' '
         || (ARRAY['Albers','Brandt','Claussen','Dreyer','Ehlers','Fischer','Göbel','Hinz','Iwanow','Jürgens','Kruse',
                   'Lüdtke','Möller','Nagel','Otte','Peters','Quast','Rohde','Stoltenberg','Timm'])[1 + (i * 3 + ascii(s.code)) % 20]
         || ' (' || s.name || ')',
       CASE WHEN i % 5 = 0 THEN 'AGENT' ELSE 'CASEWORKER' END, NULL
  FROM site s JOIN params p ON s.jobcenter_id = p.jobcenter_id
  CROSS JOIN generate_series(1, (:'staff_per_site')::int) i;
INSERT INTO staff_site (staff_id, site_id)
SELECT md5('lotse-bench-staff-' || s.code || '-' || i)::uuid, s.id
  FROM site s JOIN params p ON s.jobcenter_id = p.jobcenter_id
  CROSS JOIN generate_series(1, (:'staff_per_site')::int) i;

-- Sites, weighted by size; postcodes routed to each; the staff working there (demo and synthetic).
CREATE TEMP TABLE site_weight (code text PRIMARY KEY, weight int) ON COMMIT DROP;
INSERT INTO site_weight VALUES
  ('mitte', 9), ('harburg', 7), ('billstedt', 7), ('wandsbek', 6), ('altona', 6), ('barmbek', 5),
  ('hamburg-nord', 5), ('bergedorf', 5), ('wilhelmsburg', 5), ('eimsbuettel', 4), ('rahlstedt', 4), ('bramfeld', 4),
  ('st-pauli', 4), ('osdorf', 4), ('muemmelmannsberg', 4), ('lokstedt', 3), ('suederelbe', 3),
  ('schwerbehinderte', 2), ('selbststaendige', 2), ('ohne-wohnsitz', 2);
CREATE TEMP TABLE sites ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY s.code)::int AS nr, s.id, s.code, coalesce(w.weight, 3) AS weight,
       coalesce((SELECT array_agg(r.postcode::text ORDER BY r.postcode) FROM postcode_route r WHERE r.site_id = s.id),
                (SELECT array_agg(DISTINCT r.postcode::text) FROM postcode_route r)) AS postcodes,
       (SELECT array_agg(ss.staff_id ORDER BY ss.staff_id) FROM staff_site ss WHERE ss.site_id = s.id) AS staff_ids
  FROM site s JOIN params p ON s.jobcenter_id = p.jobcenter_id
  LEFT JOIN site_weight w ON w.code = s.code;
ALTER TABLE sites ADD PRIMARY KEY (nr);
ANALYZE sites;

-- Categorical mixes as weighted arrays (weights in percent; only their ratios count) and the sentence pools. A view,
-- not a table: the planner folds it into constants, while a table's row would be compressed (TOAST) and every access
-- to an array would decompress it again, for each of the million rows.
CREATE TEMP VIEW mix AS
SELECT
  (SELECT array_agg(nr ORDER BY nr, j) FROM sites, generate_series(1, weight) j) AS site_nrs,
  pg_temp.weighted('{QUESTION,COMPLAINT,BENEFIT_CONFLICT,CALLBACK_REQUEST,PRAISE}', '{34,26,20,18,2}') AS kinds,
  pg_temp.weighted('{HOUSING_AND_HEATING,INCOME_AND_ASSETS,STANDARD_AND_ADDITIONAL_NEEDS,CANCELLATION_AND_REFUND,'
                   'ELIGIBILITY,BENEFIT_REDUCTION,INTEGRATION_INTO_WORK,ONE_OFF_NEEDS_AND_LOANS,'
                   'EDUCATION_AND_PARTICIPATION,OTHER,UNKNOWN}', '{24,18,11,10,9,6,5,4,3,4,6}') AS topics,
  pg_temp.weighted('{PAYMENTS_AND_PROCESSING_TIME,HANDLING_OF_DOCUMENTS,REACHABILITY,DIGITAL_SERVICE,'
                   'INTERPRETING_AND_LANGUAGE,RESPECT_AND_CONDUCT,UNKNOWN}', '{30,22,18,8,5,5,12}') AS problems,
  pg_temp.weighted('{EMAIL,PHONE,NONE}', '{55,30,15}') AS channels,
  pg_temp.weighted('{de,de-LS,en,uk,ru,ar,fa,tr}', '{78,4,4,4,3,3,2,2}') AS languages,
  pg_temp.weighted('{RECEIVED,ACKNOWLEDGED,IN_PROGRESS,WAITING_FOR_CITIZEN,WAITING_FOR_PARTNER}', '{12,18,40,20,10}') AS open_statuses,
  pg_temp.weighted('{GRANTED,PARTLY_GRANTED,NOT_GRANTED,WITHDRAWN_OR_SETTLED,REFERRED_TO_FORMAL_REMEDY}', '{34,18,22,18,8}') AS outcomes,
  pg_temp.weighted('{DOCUMENTS_SUBMITTED_LATE,LAW_APPLIED_WRONGLY,COMMUNICATION,PROCESSING_DELAY,NONE}', '{20,12,25,28,15}') AS causes,
  '{Ayşe,Mehmet,Anna,Thomas,Olena,Dmytro,Fatima,Ali,Sabine,Michael,Julia,Sven,Nadia,Reza,Katarzyna,Jan,Leyla,Peter,Maria,Ahmad}'::text[] AS first_names,
  '{Yılmaz,Schmidt,Müller,Kovalenko,Hoffmann,Nowak,Rahimi,Becker,Petersen,Schulz,Demir,Hansen,Ivanova,Karimi,Wagner,Jansen,Öztürk,Meyer,Al-Hassan,Lange}'::text[] AS last_names,
  -- General sentences: detail, closing, existential, and the timeline's messages, replies and notes.
  ARRAY['Ich habe am {datum} alle Unterlagen über das Onlineportal hochgeladen.',
        'Ich habe schon dreimal bei der Hotline angerufen, aber niemand konnte mir helfen.',
        'Im Bescheid vom {datum} steht ein Betrag von {betrag} Euro, das kann nicht stimmen.',
        'Meine Kinder und ich sind auf das Geld angewiesen.',
        'Ich war am {datum} persönlich am Standort, dort wurde ich auf den Postweg verwiesen.',
        'Eine Eingangsbestätigung habe ich bis heute nicht bekommen.',
        'Ich spreche nicht gut Deutsch, meine Nachbarin hilft mir beim Schreiben.',
        'Der Brief kam erst nach Ablauf der Frist bei mir an.',
        'Mein Konto ist im Minus und die Bank hat schon eine Mahnung geschickt.',
        'Ich habe vor {wochen} Wochen eine E-Mail geschrieben, aber keine Antwort erhalten.',
        'Meine Sachbearbeiterin ist seit {monat} nicht mehr zuständig und niemand kennt meinen Fall.',
        'Den Widerspruch habe ich fristgerecht per Post geschickt.',
        'Die Beratungsstelle hat mir geraten, mich hier zu melden.',
        'Im Portal wird mir seit Tagen eine Fehlermeldung angezeigt.'] AS details,
  ARRAY['Bitte prüfen Sie das und melden Sie sich bei mir.', 'Ich bitte um eine schnelle Nachzahlung.',
        'Was muss ich jetzt tun?', 'Bitte rufen Sie mich zurück, am besten vormittags.',
        'Ich bitte um eine schriftliche Erklärung.', 'Vielen Dank für Ihre Hilfe.',
        'Bitte teilen Sie mir mit, welche Unterlagen noch fehlen.', 'Ich bitte um einen Termin.'] AS closings,
  ARRAY['Ich habe kein Geld mehr für Lebensmittel.', 'Am {datum} soll der Strom abgestellt werden.',
        'Der Vermieter hat mit der fristlosen Kündigung gedroht.', 'Ich kann die Medikamente für mein Kind nicht bezahlen.'] AS existential,
  ARRAY['Ich habe die fehlenden Kontoauszüge jetzt hochgeladen.', 'Anbei die neue Mietbescheinigung meines Vermieters.',
        'Gibt es schon etwas Neues? Ich warte immer noch auf das Geld.', 'Hier ist die Krankmeldung für den Termin.',
        'Ich habe den Bescheid noch einmal gelesen und verstehe die Berechnung immer noch nicht.',
        'Meine neue Telefonnummer habe ich oben eingetragen.'] AS citizen_messages,
  ARRAY['Guten Tag, vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen an die Leistungsabteilung gegeben und melden uns, sobald wir mehr wissen.',
        'Guten Tag, wir prüfen Ihren Bescheid gerade. Bitte reichen Sie, falls noch nicht geschehen, die Kontoauszüge der letzten drei Monate ein.',
        'Guten Tag, Ihr Anliegen ist bei uns angekommen. Die zuständige Kollegin ruft Sie in den nächsten Tagen zurück.',
        'Guten Tag, wir haben die Unterlagen erhalten und die Bearbeitung beschleunigt.'] AS first_replies,
  ARRAY['Guten Tag, wir haben die Berechnung korrigiert. Die Nachzahlung wird in den nächsten Tagen überwiesen.',
        'Guten Tag, nach Prüfung bleibt es beim Bescheid. Gegen ihn können Sie innerhalb eines Monats Widerspruch einlegen.',
        'Guten Tag, der Antrag ist jetzt bewilligt, der Bescheid ist unterwegs.',
        'Guten Tag, wir haben Ihnen den Sachverhalt telefonisch erklärt. Wir schließen das Anliegen damit ab.',
        'Guten Tag, die Kosten werden übernommen. Vielen Dank für Ihre Geduld.'] AS final_replies,
  ARRAY['Rücksprache mit der Leistungsabteilung: Unterlagen liegen vor, Bearbeitung bis Ende der Woche.',
        'Kundin telefonisch nicht erreicht, Rückruf morgen.', 'Mietbescheinigung fehlt in der E-Akte, bitte nachfordern.',
        'Widerspruchsstelle informiert.', 'Fall mit Teamleitung besprochen, Vorschuss möglich.'] AS notes;

-- Topic-specific first sentences.
CREATE TEMP TABLE topic_text (topic text PRIMARY KEY, openings text[]) ON COMMIT DROP;
INSERT INTO topic_text VALUES
 ('HOUSING_AND_HEATING', ARRAY[
   'Meine Miete wurde seit {monat} nicht mehr vollständig übernommen.',
   'Das Jobcenter hat die Heizkosten für {monat} nur teilweise bezahlt, es fehlen {betrag} Euro.',
   'Mein Vermieter hat die Miete zum {monat} erhöht, die neue Mietbescheinigung habe ich eingereicht, aber der Bescheid berücksichtigt sie nicht.',
   'Ich habe eine Nebenkostennachzahlung über {betrag} Euro bekommen und weiß nicht, ob das Jobcenter sie übernimmt.',
   'Ich soll meine Kosten der Unterkunft senken, weil die Wohnung angeblich zu teuer ist.',
   'Die Stadtwerke drohen mit einer Sperre, weil ein Abschlag über {betrag} Euro offen ist.',
   'In meiner Wohnung ist Schimmel und ich brauche die Zusicherung für einen Umzug.',
   'Die Mietkaution für die neue Wohnung wurde noch nicht überwiesen.']),
 ('INCOME_AND_ASSETS', ARRAY[
   'Mein Einkommen aus dem Minijob wurde für {monat} doppelt angerechnet.',
   'Ich habe meine Lohnabrechnung für {monat} hochgeladen, trotzdem wurde ein falsches Einkommen berechnet.',
   'Das Kindergeld wurde angerechnet, obwohl es direkt an meine volljährige Tochter geht.',
   'Das Jobcenter verlangt meine Kontoauszüge der letzten drei Monate, die habe ich bereits eingereicht.',
   'Mein Arbeitgeber hat den Lohn für {monat} verspätet gezahlt, jetzt stimmt die Anrechnung nicht.',
   'Mein Erspartes von {betrag} Euro soll Vermögen sein, dabei ist es für die Mietkaution.']),
 ('STANDARD_AND_ADDITIONAL_NEEDS', ARRAY[
   'Der Regelbedarf für mein Kind wurde ab {monat} falsch berechnet.',
   'Ich habe einen Mehrbedarf wegen kostenaufwändiger Ernährung beantragt und noch keine Antwort.',
   'Der Mehrbedarf für meine Schwangerschaft fehlt im Bescheid.',
   'Der Mehrbedarf für Alleinerziehende ist im neuen Bescheid nicht mehr enthalten.']),
 ('CANCELLATION_AND_REFUND', ARRAY[
   'Ich habe einen Aufhebungs- und Erstattungsbescheid über {betrag} Euro bekommen und verstehe ihn nicht.',
   'Das Jobcenter fordert {betrag} Euro zurück, weil ich angeblich Einkommen nicht gemeldet habe.',
   'Von meiner Leistung werden seit {monat} jeden Monat {rate} Euro einbehalten.']),
 ('ELIGIBILITY', ARRAY[
   'Mein Weiterbewilligungsantrag vom {datum} ist noch nicht bearbeitet.',
   'Ich habe vor {wochen} Wochen den Erstantrag gestellt und noch keinen Bescheid bekommen.',
   'Mein Antrag wurde abgelehnt, weil angeblich Unterlagen fehlen.',
   'Nach meinem Umzug nach Hamburg weiß ich nicht, ob mein Antrag weitergeleitet wurde.']),
 ('BENEFIT_REDUCTION', ARRAY[
   'Mir wurde eine Leistungsminderung angekündigt, weil ich einen Termin verpasst habe, ich war aber krank.',
   'Die Einladung zum Termin am {datum} habe ich nie bekommen.',
   'Die Minderung wurde ab {monat} umgesetzt, obwohl ich eine Krankmeldung eingereicht habe.']),
 ('INTEGRATION_INTO_WORK', ARRAY[
   'Ich möchte eine Weiterbildung zur Pflegefachkraft machen und brauche einen Bildungsgutschein.',
   'Der Vermittlungsvorschlag passt nicht zu meiner gesundheitlichen Einschränkung.',
   'Ich habe einen Arbeitsvertrag ab {monat} und frage nach Einstiegsgeld.',
   'Die Fahrtkosten zum Vorstellungsgespräch am {datum} wurden nicht erstattet.']),
 ('ONE_OFF_NEEDS_AND_LOANS', ARRAY[
   'Meine Waschmaschine ist kaputt und ich habe ein Darlehen beantragt.',
   'Für die Erstausstattung der Wohnung nach meinem Umzug habe ich noch nichts gehört.',
   'Ich brauche eine Erstausstattung für mein Baby, der Geburtstermin ist im {monat}.']),
 ('EDUCATION_AND_PARTICIPATION', ARRAY[
   'Der Antrag auf Kostenübernahme für die Klassenfahrt meines Sohnes ist seit {wochen} Wochen offen.',
   'Die Lernförderung für meine Tochter wurde nicht bewilligt.',
   'Für das Mittagessen in der Kita fehlt die Kostenübernahme.']),
 ('OTHER', ARRAY[
   'Ich habe seit {wochen} Wochen niemanden telefonisch erreicht.',
   'Ich möchte mich für die schnelle und freundliche Hilfe am Standort bedanken.',
   'Ich brauche zum Termin einen Dolmetscher für Arabisch.']),
 ('UNKNOWN', ARRAY[
   'Ich habe einen Brief vom Jobcenter bekommen und verstehe nicht, was ich tun soll.',
   'Seit {monat} ist kein Geld auf meinem Konto angekommen.',
   'Ich weiß nicht, an wen ich mich wenden soll.']);

-- One row per concern with everything the three tables need, in three steps (a temp table each: a lateral
-- subquery's expressions would be copied into every place that uses them and computed again there). u(n, k) is
-- stream k of row n.
CREATE TEMP TABLE gen_a ON COMMIT DROP AS
SELECT n, gen_random_uuid() AS id, s.id AS site_id, s.code AS site_code, s.postcodes, s.staff_ids,
       pg_temp.pick(m.kinds, pg_temp.u(n, 2)) AS kind,
       CASE WHEN pg_temp.u(n, 3) < 0.05 THEN 'EXISTENTIAL' ELSE 'NORMAL' END AS urgency,
       pg_temp.pick(m.topics, pg_temp.u(n, 4)) AS topic,
       pg_temp.pick(m.problems, pg_temp.u(n, 5)) AS problem,
       pg_temp.pick(m.channels, pg_temp.u(n, 6)) AS channel,
       pg_temp.pick(m.languages, pg_temp.u(n, 7)) AS language,
       -- A day (slightly more recent than old), then a time of day between 06:00 and 23:00 Hamburg time, mostly in
       -- office hours (the mean of two uniforms); one that would lie in the future moves a day back (below).
       pg_temp.at_local((p.t_now AT TIME ZONE 'Europe/Berlin')::date - floor(p.span_days * power(pg_temp.u(n, 8), 1.1))::int,
                        time '06:00' + interval '1 second' * floor(61200 * (0.5 * pg_temp.u(n, 9) + 0.5 * pg_temp.u(n, 10))))
         AS received_at
  FROM params p
       CROSS JOIN mix m
       CROSS JOIN generate_series(1, (:'concerns')::bigint) n
       JOIN sites s ON s.nr = pg_temp.pick(m.site_nrs, pg_temp.u(n, 1));
UPDATE gen_a SET received_at = received_at - interval '1 day' FROM params p WHERE received_at > p.t_now;

-- Open with a probability that falls with age: all of the last days, about a fifth of the old ones.
CREATE TEMP TABLE gen_b ON COMMIT DROP AS
SELECT a.*, o.is_open,
       CASE WHEN o.is_open THEN
              CASE WHEN o.age_days < 2 AND pg_temp.u(n, 12) < 0.6 THEN 'RECEIVED'
                   ELSE pg_temp.pick(m.open_statuses, pg_temp.u(n, 13)) END
            WHEN o.resolved_at < p.t_now - interval '30 days' AND pg_temp.u(n, 14) < 0.85 THEN 'CLOSED'
            ELSE 'RESOLVED' END AS status,
       CASE WHEN NOT o.is_open THEN o.resolved_at END AS resolved_at
  FROM params p
       CROSS JOIN mix m
       CROSS JOIN gen_a a
       CROSS JOIN LATERAL (
         SELECT pg_temp.u(n, 11) < least(1.0, 0.85 * exp(-x.age_days / 45.0) + 0.22) AS is_open, x.age_days,
                -- resolution after 1 hour to ~21 days (most within a week), 5 % take up to 90 days; never in the future
                least(a.received_at + CASE WHEN pg_temp.u(n, 15) < 0.05 THEN interval '1 day' * (21 + 69 * pg_temp.u(n, 16))
                                           ELSE interval '1 hour' + interval '1 day' * 21 * power(pg_temp.u(n, 16), 2) END,
                      a.received_at + (p.t_now - a.received_at) * pg_temp.u(n, 17)) AS resolved_at
           FROM (SELECT extract(epoch FROM p.t_now - a.received_at)::float8 / 86400 AS age_days OFFSET 0) x
         OFFSET 0) o;
DROP TABLE gen_a;

CREATE TEMP TABLE gen ON COMMIT DROP AS
SELECT b.*,
       CASE WHEN b.resolved_at IS NOT NULL THEN pg_temp.pick(m.outcomes, pg_temp.u(n, 20)) END AS outcome,
       CASE WHEN b.resolved_at IS NOT NULL THEN pg_temp.pick(m.causes, pg_temp.u(n, 21)) END AS cause,
       -- Timeline flags: which optional steps this concern went through.
       (pg_temp.u(n, 30) < 0.15)::int AS has_msg,
       (b.status = 'ACKNOWLEDGED' OR (b.status NOT IN ('RECEIVED', 'ACKNOWLEDGED') AND pg_temp.u(n, 31) < 0.5))::int AS has_ack,
       (b.status NOT IN ('RECEIVED', 'ACKNOWLEDGED'))::int AS has_work,
       (b.status NOT IN ('RECEIVED', 'ACKNOWLEDGED') AND pg_temp.u(n, 32) < 0.3)::int AS has_note,
       (b.status LIKE 'WAITING%')::int AS has_wait,
       (b.status IN ('RESOLVED', 'CLOSED'))::int AS has_resolve,
       (b.status = 'CLOSED')::int AS has_close,
       -- The time over which the timeline is spread: until resolution, or for open ones a handling time so far.
       CASE WHEN b.resolved_at IS NOT NULL THEN b.resolved_at - b.received_at
            ELSE least(p.t_now - b.received_at, interval '1 hour' * (2 + pg_temp.u(n, 33) * 480)) END AS work_span
  FROM params p CROSS JOIN mix m CROSS JOIN gen_b b;
DROP TABLE gen_b;

-- Timeline times (fractions of work_span) and clock due times.
CREATE TEMP TABLE gen2 ON COMMIT DROP AS
SELECT g.*,
       g.received_at + g.work_span * 0.10 AS t_msg,
       g.received_at + g.work_span * 0.20 AS t_ack,
       g.received_at + g.work_span * 0.40 AS t_reply,
       g.received_at + g.work_span * 0.60 AS t_note,
       g.received_at + g.work_span * 0.80 AS t_wait,
       g.received_at + g.work_span * 0.99 AS t_final,
       g.resolved_at + interval '1 day' * (7 + floor(pg_temp.u(g.n, 34) * 23)) AS t_close,
       pg_temp.at_local(pg_temp.plus_working_days(pg_temp.first_counting_day(g.received_at), 3), time '18:00') AS due_ack,
       g.received_at + interval '14 days' AS due_answer,
       pg_temp.at_local(pg_temp.plus_working_days(pg_temp.first_counting_day(g.received_at), 2),
                        CASE WHEN extract(isodow FROM (g.received_at AT TIME ZONE 'Europe/Berlin')) < 6
                              AND (g.received_at AT TIME ZONE 'Europe/Berlin')::time < time '18:00'
                             THEN (g.received_at AT TIME ZONE 'Europe/Berlin')::time ELSE time '18:00' END) AS due_callback,
       pg_temp.at_local(pg_temp.first_counting_day(g.received_at), time '18:00') AS due_same_day
  FROM gen g
 -- In id order, so that the inserts below fill concern_pkey, the timeline's (concern_id, position) and the clocks'
 -- (concern_id, level) from left to right instead of at random places (far fewer page writes).
 ORDER BY g.id;
DROP TABLE gen;

-- Clocks with their state: stopped when the timeline kept the promise (or at resolution), paused while waiting,
-- else running.
CREATE TEMP TABLE gen_clock ON COMMIT DROP AS
SELECT g.id AS concern_id, v.level, g.received_at AS started_at, v.due_at,
       CASE WHEN v.stop IS NULL AND g.has_wait = 1 AND v.level IN ('ANSWER', 'CALLBACK') THEN g.t_wait END AS paused_at,
       v.stop AS stopped_at
  FROM gen2 g
  CROSS JOIN LATERAL (VALUES
    ('ACKNOWLEDGE', g.due_ack, true,
     CASE WHEN g.has_ack = 1 THEN g.t_ack WHEN g.has_work = 1 THEN g.t_reply ELSE g.resolved_at END),
    ('ANSWER', g.due_answer, g.kind <> 'PRAISE', g.resolved_at),
    ('CALLBACK', g.due_callback, g.kind = 'CALLBACK_REQUEST', g.resolved_at),
    ('SAME_DAY', g.due_same_day, g.urgency = 'EXISTENTIAL', CASE WHEN g.has_work = 1 THEN g.t_reply ELSE g.resolved_at END)
  ) v(level, due_at, present, stop)
 WHERE v.present;
-- concern.next_due_at: the earliest due time of the running clocks.
CREATE TEMP TABLE gen_next_due ON COMMIT DROP AS
SELECT concern_id, min(due_at) AS next_due_at FROM gen_clock WHERE stopped_at IS NULL AND paused_at IS NULL GROUP BY concern_id;
ANALYZE gen2;
ANALYZE gen_clock;
ANALYZE gen_next_due;

-- Drop the indexes that back no constraint; rebuilt after the inserts from their saved definitions.
CREATE TEMP TABLE dropped_index ON COMMIT DROP AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i
 WHERE i.indrelid IN ('concern'::regclass, 'concern_timeline_entry'::regclass, 'concern_clock'::regclass)
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
SELECT name AS dropped_index FROM dropped_index ORDER BY name;
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT name FROM dropped_index LOOP
    EXECUTE 'DROP INDEX ' || r.name;
  END LOOP;
END $$;

SET LOCAL session_replication_role = replica;

INSERT INTO concern (id, jobcenter_id, reference, kind, urgency, status, legal_topic, administrative_problem,
                     description, notice_date, customer_number, citizen_name, postcode, without_fixed_address, site_id,
                     contact_channel, contact_email, contact_phone, preferred_language, status_link_hash,
                     status_link_salt, idempotency_key_hash, request_fingerprint, received_at, version, outcome,
                     outcome_cause, resolved_at, next_due_at, assignee_id)
SELECT g.id, p.jobcenter_id,
       -- reference: prefix, Hamburg year of receipt, 5 characters from a bijection of n on 0..31^5-1, check character
       j.reference_prefix || '-' || extract(year FROM g.received_at AT TIME ZONE 'Europe/Berlin')::int || '-'
         || substr(r.alphabet, r.d1 + 1, 1) || substr(r.alphabet, r.d2 + 1, 1) || substr(r.alphabet, r.d3 + 1, 1)
         || substr(r.alphabet, r.d4 + 1, 1) || '-' || substr(r.alphabet, r.d5 + 1, 1)
         || substr(r.alphabet, ((-(r.d1 + 2 * r.d2 + 3 * r.d3 + 4 * r.d4 + 5 * r.d5) * 26) % 31 + 31) % 31 + 1, 1),
       g.kind, g.urgency, g.status, g.topic, g.problem,
       pg_temp.fill(concat_ws(' ',
         pg_temp.pick(tt.openings, pg_temp.u(g.n, 40)),
         pg_temp.pick(m.details, pg_temp.u(g.n, 41)),
         -- a second, different detail sentence for half of them
         CASE WHEN pg_temp.u(g.n, 42) < 0.5 THEN m.details[1 + (floor(pg_temp.u(g.n, 41) * cardinality(m.details))::int
                                                             + 1 + floor(pg_temp.u(g.n, 43) * (cardinality(m.details) - 1))::int)
                                                            % cardinality(m.details)] END,
         CASE WHEN g.urgency = 'EXISTENTIAL' THEN pg_temp.pick(m.existential, pg_temp.u(g.n, 44)) END,
         pg_temp.pick(m.closings, pg_temp.u(g.n, 45))), g.n, g.received_at),
       CASE WHEN g.kind IN ('COMPLAINT', 'BENEFIT_CONFLICT') AND pg_temp.u(g.n, 50) < 0.6
            THEN (g.received_at AT TIME ZONE 'Europe/Berlin')::date - (1 + floor(pg_temp.u(g.n, 51) * 60))::int END,
       CASE WHEN pg_temp.u(g.n, 52) < 0.3 THEN lpad((floor(pg_temp.u(g.n, 53) * 1000))::int::text, 3, '0')
                 || substr('ABCDEFGHKLMNPRSTW', 1 + floor(pg_temp.u(g.n, 54) * 17)::int, 1)
                 || lpad((floor(pg_temp.u(g.n, 55) * 1000000))::int::text, 6, '0')
            WHEN pg_temp.u(g.n, 52) < 0.5 THEN lpad((floor(pg_temp.u(g.n, 53) * 100000))::int::text, 5, '0') || 'BG'
                 || lpad((floor(pg_temp.u(g.n, 55) * 10000000))::int::text, 7, '0') END,
       CASE WHEN pg_temp.u(g.n, 56) < 0.6 THEN nm.first_name || ' ' || nm.last_name END,
       CASE WHEN g.site_code <> 'ohne-wohnsitz' THEN pg_temp.pick(g.postcodes, pg_temp.u(g.n, 57)) END,
       g.site_code = 'ohne-wohnsitz', g.site_id, g.channel,
       CASE WHEN g.channel = 'EMAIL' THEN lower(translate(nm.first_name || '.' || nm.last_name, 'ÄÖÜäöüßış', 'AOUaousis'))
                 || g.n || '@example.org' END,
       CASE WHEN g.channel = 'PHONE' THEN '+4940' || lpad((floor(pg_temp.u(g.n, 58) * 10000000))::int::text, 7, '0') END,
       g.language,
       sha256(convert_to('lotse-bench-link-' || g.n, 'UTF8')),
       substr(sha256(convert_to('lotse-bench-salt-' || g.n, 'UTF8')), 1, 16),
       sha256(convert_to('lotse-bench-idem-' || g.n, 'UTF8')),
       sha256(convert_to('lotse-bench-fingerprint-' || g.n, 'UTF8')),
       g.received_at,
       g.has_msg + g.has_ack + 2 * g.has_work + g.has_note + g.has_wait + 2 * g.has_resolve + g.has_close,
       g.outcome, g.cause, g.resolved_at,
       nd.next_due_at,
       -- the assignee: the same person as the first staff entries of the timeline (stream 70)
       CASE WHEN pg_temp.u(g.n, 76) < CASE g.status WHEN 'RECEIVED' THEN 0.10 WHEN 'RESOLVED' THEN 0.90 WHEN 'CLOSED' THEN 0.90
                                                    ELSE 0.85 END
            THEN pg_temp.pick(g.staff_ids, pg_temp.u(g.n, 70)) END
  FROM gen2 g
  CROSS JOIN mix m
  LEFT JOIN gen_next_due nd ON nd.concern_id = g.id
  JOIN topic_text tt ON tt.topic = g.topic
  CROSS JOIN params p
  JOIN jobcenter j ON j.id = p.jobcenter_id
  CROSS JOIN LATERAL (
    SELECT '23456789ABCDEFGHJKMNPQRSTUVWXYZ' AS alphabet, x / 923521 AS d1, x / 29791 % 31 AS d2, x / 961 % 31 AS d3,
           x / 31 % 31 AS d4, x % 31 AS d5
      FROM (SELECT ((g.n * 7368787 + 12345) % 28629151)::int AS x) b) r
  CROSS JOIN LATERAL (SELECT pg_temp.pick(m.first_names, pg_temp.u(g.n, 59)) AS first_name,
                             pg_temp.pick(m.last_names, pg_temp.u(g.n, 60)) AS last_name) nm;

INSERT INTO concern_timeline_entry (id, concern_id, position, type, audience, body, status, idempotency_key_hash, actor,
                                    occurred_at)
SELECT gen_random_uuid(), g.id, e.position, e.type, e.audience, e.body, e.status,
       CASE WHEN e.type = 'CITIZEN_MESSAGE' THEN sha256(convert_to('lotse-bench-message-' || g.n, 'UTF8')) END,
       e.actor, e.occurred_at
  FROM gen2 g
  CROSS JOIN mix m
  CROSS JOIN LATERAL (SELECT 'staff:' || pg_temp.pick(g.staff_ids, pg_temp.u(g.n, 70)) AS first_actor,
                             'staff:' || pg_temp.pick(g.staff_ids, pg_temp.u(g.n, 71)) AS last_actor,
                             1 + g.has_msg + g.has_ack AS p_ack) a
  CROSS JOIN LATERAL (VALUES
    (true, 1, 'RECEIVED', 'CITIZEN', NULL, 'RECEIVED', NULL, g.received_at),
    (g.has_msg = 1, 1 + g.has_msg, 'CITIZEN_MESSAGE', 'CITIZEN', pg_temp.pick(m.citizen_messages, pg_temp.u(g.n, 72)),
     NULL, NULL, g.t_msg),
    (g.has_ack = 1, a.p_ack, 'STATUS_CHANGED', 'CITIZEN', NULL, 'ACKNOWLEDGED', a.first_actor, g.t_ack),
    (g.has_work = 1, a.p_ack + 1, 'STAFF_REPLY', 'CITIZEN', pg_temp.pick(m.first_replies, pg_temp.u(g.n, 73)), NULL,
     a.first_actor, g.t_reply),
    (g.has_work = 1, a.p_ack + 2, 'STATUS_CHANGED', 'CITIZEN', NULL, 'IN_PROGRESS', a.first_actor, g.t_reply),
    (g.has_note = 1, a.p_ack + 2 + g.has_note, 'INTERNAL_NOTE', 'INTERNAL', pg_temp.pick(m.notes, pg_temp.u(g.n, 74)),
     NULL, a.first_actor, g.t_note),
    (g.has_wait = 1, a.p_ack + 2 + g.has_note + 1, 'STATUS_CHANGED', 'CITIZEN', NULL, g.status, a.first_actor, g.t_wait),
    (g.has_resolve = 1, a.p_ack + 2 * g.has_work + g.has_note + 1, 'STAFF_REPLY', 'CITIZEN',
     pg_temp.pick(m.final_replies, pg_temp.u(g.n, 75)), NULL, a.last_actor, g.t_final),
    (g.has_resolve = 1, a.p_ack + 2 * g.has_work + g.has_note + 2, 'STATUS_CHANGED', 'CITIZEN', NULL, 'RESOLVED',
     a.last_actor, g.resolved_at),
    (g.has_close = 1, a.p_ack + 2 * g.has_work + g.has_note + 3, 'STATUS_CHANGED', 'CITIZEN', NULL, 'CLOSED',
     a.last_actor, g.t_close)
  ) e(present, position, type, audience, body, status, actor, occurred_at)
 WHERE e.present;

-- warned_at / breached_at where the watch would have marked them: the warning share (0.8) or the due time passed
-- while the clock ran.
INSERT INTO concern_clock (concern_id, level, started_at, due_at, paused_at, stopped_at, warned_at, breached_at)
SELECT c.concern_id, c.level, c.started_at, c.due_at, c.paused_at, c.stopped_at,
       CASE WHEN c.started_at + (c.due_at - c.started_at) * 0.8 < coalesce(c.stopped_at, c.paused_at, p.t_now)
            THEN c.started_at + (c.due_at - c.started_at) * 0.8 + interval '1 minute' END,
       CASE WHEN c.due_at < coalesce(c.stopped_at, c.paused_at, p.t_now) THEN c.due_at + interval '1 minute' END
  FROM gen_clock c, params p;

SET LOCAL session_replication_role = origin;

DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT definition FROM dropped_index LOOP
    EXECUTE r.definition;
  END LOOP;
END $$;

DROP VIEW mix;

-- What came out.
SELECT count(*) AS concerns, round(100.0 * count(*) FILTER (WHERE status NOT IN ('RESOLVED', 'CLOSED')) / count(*), 1) AS open_pct,
       round(100.0 * count(*) FILTER (WHERE urgency = 'EXISTENTIAL') / count(*), 1) AS existential_pct,
       count(*) FILTER (WHERE next_due_at < now()) AS overdue, min(received_at)::date AS first, max(received_at)::date AS last
  FROM concern;
COMMIT;
