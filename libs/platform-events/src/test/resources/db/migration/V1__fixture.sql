CREATE TABLE parcel (
    id        UUID PRIMARY KEY,
    desa_code VARCHAR(100) NOT NULL,
    step      INTEGER NOT NULL DEFAULT 0,
    version   BIGINT NOT NULL DEFAULT 0
);

-- no unique constraint on event_id on purpose: the inbox alone must prevent a second effect
CREATE TABLE parcel_ledger (
    position  BIGSERIAL PRIMARY KEY,
    event_id  UUID NOT NULL,
    parcel_id VARCHAR(100) NOT NULL,
    step      INTEGER NOT NULL
);
