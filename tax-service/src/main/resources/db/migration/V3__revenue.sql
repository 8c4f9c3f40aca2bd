-- Revenue targets (the APBD's PAD target per tax type and year), edited by a tax officer; every
-- change kept in revenue_target_history.
CREATE TABLE revenue_target (
    tax_year   integer     NOT NULL,
    tax_type   varchar(30) NOT NULL,
    target     bigint      NOT NULL CHECK (target >= 0),
    updated_at timestamptz NOT NULL,
    updated_by varchar(80) NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tax_year, tax_type)
);

CREATE TABLE revenue_target_history (
    id         bigserial   PRIMARY KEY,
    tax_year   integer     NOT NULL,
    tax_type   varchar(30) NOT NULL,
    target     bigint      NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by varchar(80) NOT NULL
);
CREATE INDEX revenue_target_history_key ON revenue_target_history (tax_year, tax_type, id);
CREATE INDEX payment_paid_at ON payment (paid_at);
