-- Regional taxes (Bapenda OKI): reference data per tax year, taxpayers, tax objects, assessments,
-- bills, payments, the SPPT batch, returns and clearances. Money is integer rupiah (bigint); rates
-- are parts per million of the base (0.1% = 1000).

-- Reference data of a tax year (domain.md §3.2): editable by a tax officer, every change kept in
-- tax_year_rule_history. Issued bills copy what they need (rate, due date, interest) and are never
-- recomputed. The values below are ILLUSTRATIVE (the examples of domain.md): OKI's Perda PDRD and
-- Perkada are UNCONFIRMED; load the real values by a tax officer's edit or a new migration.
CREATE TABLE tax_year_rule (
    tax_year                   integer     PRIMARY KEY CHECK (tax_year BETWEEN 2000 AND 2100),
    pbb_rate_ppm               integer     NOT NULL CHECK (pbb_rate_ppm BETWEEN 1 AND 5000),
    pbb_assessed_percent       integer     NOT NULL CHECK (pbb_assessed_percent BETWEEN 20 AND 100),
    njoptkp                    bigint      NOT NULL CHECK (njoptkp >= 10000000),
    minimum_payable            bigint      NOT NULL CHECK (minimum_payable >= 0),
    pbb_due_date               date        NOT NULL,
    interest_percent_per_month integer     NOT NULL CHECK (interest_percent_per_month >= 0),
    interest_max_months        integer     NOT NULL CHECK (interest_max_months >= 0),
    pbjt_due_day               integer     NOT NULL CHECK (pbjt_due_day BETWEEN 1 AND 28),
    pbjt_rates                 jsonb       NOT NULL,
    bphtb_rate_ppm             integer     NOT NULL CHECK (bphtb_rate_ppm BETWEEN 0 AND 50000),
    npoptkp_first              bigint      NOT NULL CHECK (npoptkp_first >= 0),
    npoptkp_inheritance        bigint      NOT NULL CHECK (npoptkp_inheritance >= 0),
    version                    bigint      NOT NULL DEFAULT 0,
    updated_at                 timestamptz NOT NULL,
    updated_by                 varchar(80) NOT NULL
);

CREATE TABLE tax_year_rule_history (
    id         bigserial   PRIMARY KEY,
    tax_year   integer     NOT NULL REFERENCES tax_year_rule (tax_year),
    changed_at timestamptz NOT NULL,
    changed_by varchar(80) NOT NULL,
    rule       jsonb       NOT NULL
);
CREATE INDEX tax_year_rule_history_year ON tax_year_rule_history (tax_year, id);

INSERT INTO tax_year_rule
SELECT y, 1000, 100, 10000000, 0, make_date(y, 9, 30), 1, 24, 15,
       '{"PBJT_FOOD_BEVERAGE":100000,"PBJT_ELECTRICITY":100000,"PBJT_HOTEL":100000,"PBJT_PARKING":100000,"PBJT_ENTERTAINMENT":100000}',
       50000, 80000000, 300000000, 0, timestamptz '2026-01-01 00:00+07', 'migration V1'
FROM generate_series(2024, 2027) AS y;

-- NOP kecamatan/desa codes are PBB's own (domain.md §3.5): the mapping to Kemendagri desa codes is
-- data. These rows (Kayu Agung = 050, Lempuing = 130, desa numbered in Kemendagri order) are
-- ILLUSTRATIVE and UNCONFIRMED: replace them with Bapenda's SISMIOP mapping by a new migration.
CREATE TABLE nop_region_map (
    nop_kecamatan char(3)     NOT NULL,
    nop_desa      char(3)     NOT NULL,
    desa_code     varchar(10) NOT NULL,
    PRIMARY KEY (nop_kecamatan, nop_desa)
);
INSERT INTO nop_region_map (nop_kecamatan, nop_desa, desa_code) VALUES
('050', '001', '1602051001'),
('050', '002', '1602051002'),
('050', '003', '1602051003'),
('050', '004', '1602051004'),
('050', '005', '1602051005'),
('050', '006', '1602051006'),
('050', '007', '1602051007'),
('050', '008', '1602051008'),
('050', '009', '1602051009'),
('050', '010', '1602051010'),
('050', '011', '1602051025'),
('050', '012', '1602052011'),
('050', '013', '1602052012'),
('050', '014', '1602052013'),
('050', '015', '1602052014'),
('050', '016', '1602052015'),
('050', '017', '1602052016'),
('050', '018', '1602052017'),
('050', '019', '1602052018'),
('050', '020', '1602052019'),
('050', '021', '1602052020'),
('050', '022', '1602052021'),
('050', '023', '1602052022'),
('050', '024', '1602052023'),
('050', '025', '1602052024'),
('130', '001', '1602132005'),
('130', '002', '1602132006'),
('130', '003', '1602132007'),
('130', '004', '1602132008'),
('130', '005', '1602132009'),
('130', '006', '1602132010'),
('130', '007', '1602132011'),
('130', '008', '1602132013'),
('130', '009', '1602132014'),
('130', '010', '1602132015'),
('130', '011', '1602132016'),
('130', '012', '1602132017'),
('130', '013', '1602132025'),
('130', '014', '1602132026'),
('130', '015', '1602132027'),
('130', '016', '1602132028'),
('130', '017', '1602132034'),
('130', '018', '1602132035'),
('130', '019', '1602132036');

CREATE SEQUENCE npwpd_serial;
CREATE SEQUENCE billing_serial;
CREATE SEQUENCE document_serial;

-- A taxpayer: a person (NIK kept only here, subject_ref everywhere else) or a business (NIB).
CREATE TABLE taxpayer (
    id               uuid         PRIMARY KEY,
    npwpd            varchar(30)  NOT NULL UNIQUE,
    kind             varchar(10)  NOT NULL CHECK (kind IN ('PERSON', 'BUSINESS')),
    nik              varchar(16)  UNIQUE,
    subject_ref      varchar(64),
    nib              varchar(13)  UNIQUE,
    name             varchar(120) NOT NULL,
    address          varchar(200),
    desa_code        varchar(10)  NOT NULL,
    deceased         boolean      NOT NULL DEFAULT false,
    deceased_on      date,
    heir_name        varchar(120),
    heir_subject_ref varchar(64),
    registered_at    timestamptz  NOT NULL,
    registered_by    varchar(80)  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    CHECK ((kind = 'PERSON' AND nik IS NOT NULL AND subject_ref IS NOT NULL AND nib IS NULL)
        OR (kind = 'BUSINESS' AND nib IS NOT NULL))
);
CREATE INDEX taxpayer_subject ON taxpayer (subject_ref);

CREATE TABLE tax_object (
    id                    uuid         PRIMARY KEY,
    nop                   char(18)     NOT NULL UNIQUE,
    taxpayer_id           uuid         NOT NULL REFERENCES taxpayer (id),
    desa_code             varchar(10)  NOT NULL,
    land_area             bigint       NOT NULL CHECK (land_area > 0),
    land_value_per_m2     bigint       NOT NULL CHECK (land_value_per_m2 >= 0),
    building_area         bigint       NOT NULL CHECK (building_area >= 0),
    building_value_per_m2 bigint       NOT NULL CHECK (building_value_per_m2 >= 0),
    znt_code              varchar(10),
    dbkb_class            varchar(10),
    longitude             double precision,
    latitude              double precision,
    active                boolean      NOT NULL DEFAULT true,
    created_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX tax_object_taxpayer ON tax_object (taxpayer_id);

-- Bills: principal fixed at issue; interest computed at payment (and shown as of today) from the
-- rule copied here; status OPEN → OVERDUE (the sweep) → PAID.
CREATE TABLE bill (
    id                         uuid        PRIMARY KEY,
    billing_code               char(16)    NOT NULL UNIQUE,
    taxpayer_id                uuid        NOT NULL REFERENCES taxpayer (id),
    tax_type                   varchar(30) NOT NULL,
    period                     varchar(7)  NOT NULL,
    principal                  bigint      NOT NULL CHECK (principal >= 0),
    principal_paid             bigint      NOT NULL DEFAULT 0,
    interest_paid              bigint      NOT NULL DEFAULT 0,
    credit                     bigint      NOT NULL DEFAULT 0,
    due_date                   date        NOT NULL,
    interest_percent_per_month integer     NOT NULL,
    interest_max_months        integer     NOT NULL,
    status                     varchar(10) NOT NULL CHECK (status IN ('OPEN', 'OVERDUE', 'PAID', 'CANCELLED')),
    desa_code                  varchar(10),
    source_type                varchar(20) NOT NULL,
    source_id                  uuid        NOT NULL,
    issued_at                  timestamptz NOT NULL,
    settled_at                 timestamptz,
    overdue_reported_at        timestamptz,
    version                    bigint      NOT NULL DEFAULT 0
);
CREATE INDEX bill_taxpayer ON bill (taxpayer_id, status);
CREATE INDEX bill_overdue_due ON bill (due_date) WHERE status = 'OPEN';

CREATE TABLE assessment_run (
    id          uuid        PRIMARY KEY,
    tax_year    integer     NOT NULL,
    status      varchar(10) NOT NULL CHECK (status IN ('RUNNING', 'DONE')),
    total       integer     NOT NULL,
    done        integer     NOT NULL DEFAULT 0,
    issued      integer     NOT NULL DEFAULT 0,
    errors      integer     NOT NULL DEFAULT 0,
    started_at  timestamptz NOT NULL,
    started_by  varchar(80) NOT NULL,
    finished_at timestamptz,
    version     bigint      NOT NULL DEFAULT 0
);
-- one running batch per year at a time
CREATE UNIQUE INDEX assessment_run_one_running ON assessment_run (tax_year) WHERE status = 'RUNNING';

CREATE TABLE assessment_run_error (
    run_id        uuid         NOT NULL REFERENCES assessment_run (id),
    tax_object_id uuid         NOT NULL,
    nop           char(18)     NOT NULL,
    rule          varchar(60)  NOT NULL,
    detail        varchar(300) NOT NULL,
    PRIMARY KEY (run_id, tax_object_id)
);

CREATE TABLE assessment (
    id               uuid        PRIMARY KEY,
    tax_object_id    uuid        NOT NULL REFERENCES tax_object (id),
    taxpayer_id      uuid        NOT NULL REFERENCES taxpayer (id),
    tax_year         integer     NOT NULL,
    njop             bigint      NOT NULL,
    njoptkp          bigint      NOT NULL,
    base             bigint      NOT NULL,
    rate_ppm         integer     NOT NULL,
    assessed_percent integer     NOT NULL,
    amount           bigint      NOT NULL,
    bill_id          uuid        NOT NULL REFERENCES bill (id),
    run_id           uuid        REFERENCES assessment_run (id),
    issued_at        timestamptz NOT NULL,
    UNIQUE (tax_object_id, tax_year)
);
CREATE INDEX assessment_taxpayer_year ON assessment (taxpayer_id, tax_year);

CREATE TABLE payment (
    id                uuid        PRIMARY KEY,
    bill_id           uuid        NOT NULL REFERENCES bill (id),
    provider          varchar(80) NOT NULL,
    reference         varchar(64) NOT NULL,
    channel           varchar(30) NOT NULL,
    amount            bigint      NOT NULL CHECK (amount > 0),
    interest          bigint      NOT NULL,
    principal         bigint      NOT NULL,
    credit            bigint      NOT NULL,
    paid_at           timestamptz NOT NULL,
    recorded_at       timestamptz NOT NULL,
    receipt_number    varchar(30) NOT NULL UNIQUE,
    verification_code varchar(20) NOT NULL UNIQUE,
    UNIQUE (provider, reference)
);
CREATE INDEX payment_bill ON payment (bill_id);

CREATE TABLE tax_clearance (
    id                uuid        PRIMARY KEY,
    number            varchar(30) NOT NULL UNIQUE,
    taxpayer_id       uuid        NOT NULL REFERENCES taxpayer (id),
    verification_code varchar(20) NOT NULL UNIQUE,
    issued_at         timestamptz NOT NULL,
    valid_until       date        NOT NULL,
    issued_by         varchar(80) NOT NULL
);
CREATE INDEX tax_clearance_taxpayer ON tax_clearance (taxpayer_id);

-- PBJT monthly returns (SPTPD): one current return per taxpayer, sub-type and period; an amendment
-- supersedes the return it replaces.
CREATE TABLE tax_return (
    id          uuid        PRIMARY KEY,
    taxpayer_id uuid        NOT NULL REFERENCES taxpayer (id),
    tax_type    varchar(30) NOT NULL,
    period      varchar(7)  NOT NULL,
    tax_base    bigint      NOT NULL CHECK (tax_base >= 0),
    rate_ppm    integer     NOT NULL,
    amount      bigint      NOT NULL,
    amended     boolean     NOT NULL,
    replaces_id uuid        REFERENCES tax_return (id),
    superseded  boolean     NOT NULL DEFAULT false,
    bill_id     uuid        REFERENCES bill (id),
    filed_at    timestamptz NOT NULL,
    filed_by    varchar(80) NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX tax_return_current ON tax_return (taxpayer_id, tax_type, period) WHERE NOT superseded;
