-- Read models of the gateway, built only from the services' events (GatewayReadModels) and
-- rebuildable from scratch by replaying the topics. No NIK, no names: people are subjectRefs.

-- Citizen timeline: one row per event and per person it is about
CREATE TABLE timeline_entry (
    subject_ref  CHAR(64)     NOT NULL,   -- HMAC of the person's NIK
    event_id     UUID         NOT NULL,   -- ce_id
    role         VARCHAR(60)  NOT NULL,   -- the event field that named the person (motherRef, childRef, ...)
    occurred_at  TIMESTAMPTZ  NOT NULL,   -- ce_time
    topic        VARCHAR(200) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,   -- ce_type
    event_name   VARCHAR(100) NOT NULL,   -- e.g. BirthRegistered
    source       VARCHAR(100) NOT NULL,   -- ce_source
    aggregate_id VARCHAR(200) NOT NULL,
    restricted   BOOLEAN      NOT NULL,   -- from a restricted (health) topic
    data         JSONB        NOT NULL,   -- the event body: ids, codes and subjectRefs by contract
    PRIMARY KEY (subject_ref, event_id, role)
);
CREATE INDEX timeline_entry_newest ON timeline_entry (subject_ref, occurred_at DESC, event_id);

-- Regency dashboard: counters per metric, kecamatan (Kemendagri, 6 digits) and month
CREATE TABLE dashboard_count (
    metric    VARCHAR(80) NOT NULL,
    kecamatan CHAR(6)     NOT NULL,
    period    CHAR(7)     NOT NULL,       -- YYYY-MM
    value     BIGINT      NOT NULL,
    PRIMARY KEY (metric, kecamatan, period)
);

-- Regency dashboard, growth: the latest assessment of each child (classes only), for prevalence
CREATE TABLE dashboard_child_growth (
    child_id    VARCHAR(100) PRIMARY KEY,   -- the health service's child record id
    kecamatan   CHAR(6)      NOT NULL,
    measured_on DATE         NOT NULL,
    stunting    VARCHAR(40),                -- class or null (not classified)
    wasting     VARCHAR(40)
);
CREATE INDEX dashboard_child_growth_when ON dashboard_child_growth (measured_on, kecamatan);
