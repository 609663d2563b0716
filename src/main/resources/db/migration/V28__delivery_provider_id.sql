-- The id a messenger gave a sent message (WhatsApp's wamid): its later status reports (delivered, read, failed) name it.
ALTER TABLE channel_delivery ADD COLUMN provider_id TEXT;
CREATE UNIQUE INDEX channel_delivery_provider_id ON channel_delivery (channel, provider_id) WHERE provider_id IS NOT NULL;
