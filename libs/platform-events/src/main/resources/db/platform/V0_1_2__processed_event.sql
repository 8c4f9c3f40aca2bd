-- Inbox (libs/platform-events): the ce_id of every event a consumer has applied, written in the same
-- transaction as the effect, so a redelivered event is skipped.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,   -- the consumer (its group id)
    event_id     UUID         NOT NULL,   -- ce_id
    event_type   VARCHAR(200) NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
