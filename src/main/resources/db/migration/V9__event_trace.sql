-- An event carries the trace of the run that raised it (null outside any trace): the outbox relay's
-- timer publishes on a trace of its own, so the header is kept with the event, not taken at publishing.
ALTER TABLE event_outbox ADD COLUMN trace_header VARCHAR(255);
