-- permits-service (DPMPTSP OKI): catalogue, zoning map, applications, permits, tax arrears view.

-- The catalogue of permit types, kept as data (domain.md §4). SLA and fee figures are illustrative
-- until read from PP 16/2021, PP 28/2025 and OKI's Perda (UNCONFIRMED there).
CREATE TABLE permit_type (
    code                VARCHAR(40) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name                TEXT        NOT NULL,
    category            VARCHAR(20) NOT NULL CHECK (category IN ('BUILDING', 'ADVERTISEMENT', 'BUSINESS')),
    legal_basis         TEXT        NOT NULL,
    location_bound      BOOLEAN     NOT NULL,
    oss                 BOOLEAN     NOT NULL DEFAULT FALSE,
    sla_working_days    INT         NOT NULL CHECK (sla_working_days > 0),
    required_documents  TEXT        NOT NULL DEFAULT '',
    fee_rule            VARCHAR(10) NOT NULL CHECK (fee_rule IN ('NONE', 'FIXED', 'PBG')),
    fee_fixed           BIGINT      CHECK (fee_fixed >= 0),
    pbg_shst            BIGINT      CHECK (pbg_shst > 0),
    pbg_locality_index  NUMERIC(8, 5) CHECK (pbg_locality_index > 0),
    validity_months     INT         CHECK (validity_months > 0),
    risk_level          VARCHAR(20) CHECK (risk_level IN ('RENDAH', 'MENENGAH_RENDAH', 'MENENGAH_TINGGI', 'TINGGI')),
    CHECK (fee_rule <> 'FIXED' OR fee_fixed IS NOT NULL),
    CHECK (fee_rule <> 'PBG' OR (pbg_shst IS NOT NULL AND pbg_locality_index IS NOT NULL))
);

INSERT INTO permit_type VALUES
  ('PBG', 'Persetujuan Bangunan Gedung', 'BUILDING', 'PP 16/2021 Pasal 253-261', TRUE, FALSE, 28,
   'SITE_PLAN,TECHNICAL_DRAWING,LAND_TITLE', 'PBG', NULL, 4000000, 0.00500, NULL, NULL),
  ('SLF', 'Sertifikat Laik Fungsi', 'BUILDING', 'PP 16/2021', TRUE, FALSE, 10,
   'INSPECTION_REPORT', 'NONE', NULL, NULL, NULL, 60, NULL),
  ('REKLAME', 'Izin Penyelenggaraan Reklame', 'ADVERTISEMENT', 'Perda OKI (UNCONFIRMED)', TRUE, FALSE, 5,
   'SITE_PLAN,DESIGN', 'FIXED', 250000, NULL, NULL, 12, NULL),
  ('PB_UMKU_RESTORAN', 'Perizinan Berusaha: restoran (sertifikat standar terverifikasi)', 'BUSINESS',
   'PP 28/2025', TRUE, TRUE, 10, 'STANDARD_STATEMENT', 'NONE', NULL, NULL, NULL, NULL, 'MENENGAH_TINGGI'),
  ('IZIN_TOKO_MODERN', 'Izin Usaha Toko Swalayan', 'BUSINESS', 'PP 28/2025; Perda OKI (UNCONFIRMED)',
   TRUE, TRUE, 15, 'SITE_PLAN,STANDARD_STATEMENT', 'FIXED', 500000, NULL, NULL, 60, 'TINGGI');

-- Risk level per KBLI and business scale (PP 28/2025): what an OSS business permit needs.
CREATE TABLE business_risk (
    kbli        CHAR(5)     NOT NULL CHECK (kbli ~ '^[0-9]{5}$'),
    scale       VARCHAR(10) NOT NULL CHECK (scale IN ('MIKRO', 'KECIL', 'MENENGAH', 'BESAR')),
    risk_level  VARCHAR(20) NOT NULL CHECK (risk_level IN ('RENDAH', 'MENENGAH_RENDAH', 'MENENGAH_TINGGI', 'TINGGI')),
    PRIMARY KEY (kbli, scale)
);
INSERT INTO business_risk VALUES
  ('56101', 'MIKRO', 'RENDAH'), ('56101', 'KECIL', 'MENENGAH_RENDAH'),
  ('56101', 'MENENGAH', 'MENENGAH_TINGGI'), ('56101', 'BESAR', 'MENENGAH_TINGGI'),
  ('47111', 'MIKRO', 'RENDAH'), ('47111', 'KECIL', 'MENENGAH_RENDAH'),
  ('47111', 'MENENGAH', 'TINGGI'), ('47111', 'BESAR', 'TINGGI');

-- Zoning layers (RTRW/RDTR), versioned; geometry as WKB with its bounding box (no PostGIS: JTS).
CREATE TABLE zoning_layer (
    id              UUID PRIMARY KEY,
    code            VARCHAR(40) NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9-]{1,39}$'),
    name            TEXT        NOT NULL,
    plan_kind       VARCHAR(4)  NOT NULL CHECK (plan_kind IN ('RTRW', 'RDTR')),
    demonstration   BOOLEAN     NOT NULL,
    latest_version  INT         NOT NULL CHECK (latest_version >= 1),
    active_version  INT         CHECK (active_version >= 1 AND active_version <= latest_version),
    created_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL
);

CREATE TABLE zoning_layer_version (
    layer_id       UUID        NOT NULL REFERENCES zoning_layer (id),
    version        INT         NOT NULL,
    feature_count  INT         NOT NULL,
    uploaded_at    TIMESTAMPTZ NOT NULL,
    uploaded_by    VARCHAR(64) NOT NULL,
    published_at   TIMESTAMPTZ,
    PRIMARY KEY (layer_id, version)
);

CREATE TABLE zoning_feature (
    layer_id    UUID         NOT NULL,
    version     INT          NOT NULL,
    feature_id  VARCHAR(64)  NOT NULL,
    zone_code   VARCHAR(16)  NOT NULL,
    zone_name   TEXT         NOT NULL,
    geometry    BYTEA        NOT NULL,
    min_x DOUBLE PRECISION NOT NULL, min_y DOUBLE PRECISION NOT NULL,
    max_x DOUBLE PRECISION NOT NULL, max_y DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (layer_id, version, feature_id),
    FOREIGN KEY (layer_id, version) REFERENCES zoning_layer_version (layer_id, version)
);

CREATE TABLE zoning_rule (
    layer_id    UUID        NOT NULL,
    version     INT         NOT NULL,
    zone_code   VARCHAR(16) NOT NULL,
    activity    VARCHAR(5)  NOT NULL CHECK (activity ~ '^[0-9]{2,5}$'),
    answer      CHAR(1)     NOT NULL CHECK (answer IN ('I', 'T', 'B', 'X')),
    conditions  TEXT,
    PRIMARY KEY (layer_id, version, zone_code, activity),
    FOREIGN KEY (layer_id, version) REFERENCES zoning_layer_version (layer_id, version)
);

-- Applications and their history.
CREATE SEQUENCE billing_serial;
CREATE SEQUENCE permit_serial;

CREATE TABLE permit_application (
    id                     UUID PRIMARY KEY,
    permit_type            VARCHAR(40) NOT NULL REFERENCES permit_type (code),
    status                 VARCHAR(30) NOT NULL,
    applicant_kind         VARCHAR(10) NOT NULL CHECK (applicant_kind IN ('PERSON', 'BUSINESS')),
    owner_ref              CHAR(64)    NOT NULL,
    nib                    CHAR(13)    CHECK (nib ~ '^[0-9]{13}$'),
    holder_name            TEXT        NOT NULL,
    kbli                   TEXT        NOT NULL DEFAULT '',
    business_scale         VARCHAR(10),
    location               TEXT,
    desa_code              CHAR(10)    CHECK (desa_code ~ '^1602[0-9]{6}$'),
    kecamatan_code         CHAR(6),
    kkpr_result            VARCHAR(30),
    kkpr_layers            TEXT,
    kkpr_conditions        TEXT,
    floor_area_m2          NUMERIC(12, 2) CHECK (floor_area_m2 > 0),
    sla_working_days       INT         NOT NULL,
    sla_used               INT         NOT NULL DEFAULT 0,
    sla_running_since      DATE,
    sla_due_on             DATE,
    sla_breached_at        TIMESTAMPTZ,
    deemed_approved        BOOLEAN     NOT NULL DEFAULT FALSE,
    assigned_to            VARCHAR(64),
    fee_amount             BIGINT      CHECK (fee_amount >= 0),
    billing_code           VARCHAR(13) UNIQUE,
    fee_paid_at            TIMESTAMPTZ,
    payment_reference      VARCHAR(64),
    submitted_at           TIMESTAMPTZ,
    decided_at             TIMESTAMPTZ,
    decision_working_days  INT,
    within_sla             BOOLEAN,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    version                BIGINT      NOT NULL,
    CHECK ((applicant_kind = 'BUSINESS') = (nib IS NOT NULL))
);
CREATE INDEX permit_application_owner ON permit_application (owner_ref, created_at DESC);
CREATE INDEX permit_application_nib ON permit_application (nib) WHERE nib IS NOT NULL;
CREATE INDEX permit_application_queue ON permit_application (sla_due_on, submitted_at)
    WHERE sla_due_on IS NOT NULL;

CREATE TABLE application_transition (
    id              BIGSERIAL PRIMARY KEY,
    application_id  UUID        NOT NULL REFERENCES permit_application (id),
    action          VARCHAR(30) NOT NULL,
    from_status     VARCHAR(30) NOT NULL,
    to_status       VARCHAR(30) NOT NULL,
    actor           VARCHAR(64) NOT NULL,
    reason          TEXT,
    sla_used        INT         NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX application_transition_application ON application_transition (application_id, id);

CREATE TABLE permit (
    id                  UUID PRIMARY KEY,
    application_id      UUID        NOT NULL UNIQUE REFERENCES permit_application (id),
    permit_number       VARCHAR(40) NOT NULL UNIQUE,
    verification_code   CHAR(20)    NOT NULL UNIQUE,
    permit_type         VARCHAR(40) NOT NULL REFERENCES permit_type (code),
    status              VARCHAR(20) NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED')),
    applicant_kind      VARCHAR(10) NOT NULL,
    owner_ref           CHAR(64)    NOT NULL,
    nib                 CHAR(13),
    holder_name         TEXT        NOT NULL,
    kbli                TEXT        NOT NULL DEFAULT '',
    risk_level          VARCHAR(20),
    desa_code           CHAR(10),
    kecamatan_code      CHAR(6),
    valid_from          DATE        NOT NULL,
    valid_until         DATE,
    issued_at           TIMESTAMPTZ NOT NULL,
    status_reason       VARCHAR(40),
    status_changed_at   TIMESTAMPTZ,
    version             BIGINT      NOT NULL
);
CREATE INDEX permit_owner ON permit (owner_ref);
CREATE INDEX permit_expiry ON permit (valid_until) WHERE status IN ('ACTIVE', 'SUSPENDED');

-- The local view of overdue regional tax (fed by tax.bill.v1 and tax.clearance.v1).
CREATE TABLE tax_arrear (
    bill_id        VARCHAR(64) PRIMARY KEY,
    subject_ref    CHAR(64),
    nib            CHAR(13),
    tax_type       VARCHAR(30) NOT NULL,
    outstanding    BIGINT      NOT NULL,
    overdue_since  DATE        NOT NULL,
    cleared        BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX tax_arrear_subject ON tax_arrear (subject_ref) WHERE NOT cleared;
CREATE INDEX tax_arrear_nib ON tax_arrear (nib) WHERE NOT cleared;
