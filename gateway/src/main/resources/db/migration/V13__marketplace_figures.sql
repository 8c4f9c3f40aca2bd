-- The marketplace's figures: each shop's last known state, so that the change in active
-- (verified) shops is counted only when a verification or suspension changes it.
CREATE TABLE dashboard_merchant (
    merchant_id varchar(64) PRIMARY KEY,
    kecamatan   char(6)     NOT NULL,
    active      boolean     NOT NULL
);
