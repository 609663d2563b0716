-- Holidays the Hamburg Senate declares once (e.g. 31 October 2017); statutory holidays come from jollyday.
CREATE TABLE one_off_holiday
(
  day  DATE PRIMARY KEY,
  name TEXT NOT NULL
);
