-- Callback windows chosen by citizens: how many calls each site has booked per window (Hamburg local time), and which
-- window each concern has. A window is full at the configured capacity (lotse.callbacks.capacity-per-slot).
CREATE TABLE callback_slot_load (
  site_id   UUID      NOT NULL REFERENCES site (id),
  starts_at TIMESTAMP NOT NULL,
  booked    INT       NOT NULL CHECK (booked >= 0),
  PRIMARY KEY (site_id, starts_at)
);
CREATE TABLE callback_booking (
  concern_id UUID PRIMARY KEY REFERENCES concern (id),
  site_id    UUID      NOT NULL REFERENCES site (id),
  starts_at  TIMESTAMP NOT NULL,
  ends_at    TIMESTAMP NOT NULL
);
