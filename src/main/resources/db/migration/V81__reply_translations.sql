-- A staff reply may carry a translation into the citizen's language. The original (body) is always kept and shown to
-- staff; the citizen reads the translation first, with the original on request. Erased with the body.
ALTER TABLE concern_timeline_entry ADD COLUMN translation_language TEXT CHECK (length(translation_language) <= 10);
ALTER TABLE concern_timeline_entry ADD COLUMN translation_body TEXT;
ALTER TABLE concern_timeline_entry ADD CONSTRAINT timeline_translation_complete
  CHECK ((translation_language IS NULL) = (translation_body IS NULL));
