-- Transactional outbox (libs/platform-events): an event is stored here in the same transaction as
-- the state change it describes; OutboxRelay publishes pending rows to Kafka and marks them sent.
CREATE TABLE outbox_event (
    seq            BIGSERIAL    PRIMARY KEY,           -- publication order
    event_id       UUID         NOT NULL,              -- ce_id (random UUID; no index: nothing looks it up, and
                                                       -- a unique index on random keys slows every write)
    topic          VARCHAR(200) NOT NULL,
    aggregate_id   VARCHAR(200) NOT NULL,              -- record key, ce_subject
    event_type     VARCHAR(200) NOT NULL,              -- ce_type
    source         VARCHAR(100) NOT NULL,              -- ce_source
    occurred_at    TIMESTAMPTZ  NOT NULL,              -- ce_time
    payload        TEXT         NOT NULL,              -- the JSON body, published byte for byte
    correlation_id VARCHAR(100),                       -- ce_correlationid (X-Request-Id)
    traceparent    VARCHAR(100),                       -- W3C trace context of the writer
    tracestate     VARCHAR(512),
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    sent_at        TIMESTAMPTZ,                        -- broker acknowledged
    attempts       INTEGER      NOT NULL DEFAULT 0,    -- failed publication attempts
    last_error     VARCHAR(1000)
);

-- the relay's claim: oldest pending first
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE sent_at IS NULL;
-- per-aggregate order: is an earlier event of the same aggregate still pending?
CREATE INDEX outbox_event_pending_aggregate ON outbox_event (topic, aggregate_id, seq) WHERE sent_at IS NULL;
-- pruning of sent rows after the retention: rows are appended in created_at order, so a BRIN index
-- finds old rows at almost no cost on the write and relay paths (a B-tree on sent_at would cost the
-- relay one more index insert per event)
CREATE INDEX outbox_event_created ON outbox_event USING brin (created_at);
