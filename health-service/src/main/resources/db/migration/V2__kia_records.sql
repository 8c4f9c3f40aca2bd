-- The KIA records: pregnancies with their ANC contacts and risk factors, deliveries, children with
-- their immunisation schedule and growth measurements, postnatal and neonatal visits.
--
-- Data minimisation: people appear only as subjectRef (HMAC-SHA256 of the NIK, 64 hex); the
-- service stores no NIK, no name, no address. The mother's age at HPHT is kept, not her birth date.

CREATE TABLE pregnancy (
    id                           uuid        PRIMARY KEY,
    mother_ref                   char(64)    NOT NULL CHECK (mother_ref ~ '^[0-9a-f]{64}$'),
    facility_code                varchar(20) NOT NULL REFERENCES health_facility (code),
    desa_code                    char(10)    NOT NULL CHECK (desa_code ~ '^1602[0-9]{6}$'),
    kecamatan_code               char(6)     NOT NULL REFERENCES kecamatan (code),
    kohort_number                varchar(32),
    hpht                         date        NOT NULL,
    due_date                     date        NOT NULL,
    mother_age_years             smallint    NOT NULL CHECK (mother_age_years BETWEEN 10 AND 60),
    gravida                      smallint    NOT NULL CHECK (gravida >= 1),
    parity                       smallint    NOT NULL CHECK (parity >= 0 AND parity < gravida),
    last_birth_date              date,
    height_cm                    numeric(4,1),
    kspr_score                   smallint    NOT NULL,
    risk_class                   varchar(4)  NOT NULL CHECK (risk_class IN ('KRR', 'KRT', 'KRST')),
    anc_contact_count            smallint    NOT NULL DEFAULT 0,
    status                       varchar(12) NOT NULL CHECK (status IN ('ONGOING', 'DELIVERED', 'CLOSED')),
    closed_reason                varchar(30),
    closed_on                    date,
    registered_at                timestamptz NOT NULL,
    registered_by                varchar(255),
    -- delivery (status DELIVERED)
    delivered_at                 timestamptz,
    delivery_place               varchar(20),
    delivery_facility_code       varchar(20) REFERENCES health_facility (code),
    delivery_desa_code           char(10),
    attendant                    varchar(20),
    gestational_days_at_delivery smallint,
    preterm_live_birth_confirmed boolean,
    version                      bigint      NOT NULL DEFAULT 0,
    CHECK (due_date = hpht + 280)
);

-- a mother has at most one ongoing pregnancy (a concurrent second registration is a 409)
CREATE UNIQUE INDEX pregnancy_one_ongoing ON pregnancy (mother_ref) WHERE status = 'ONGOING';
CREATE INDEX pregnancy_mother ON pregnancy (mother_ref);
CREATE INDEX pregnancy_area ON pregnancy (kecamatan_code, status, registered_at);
CREATE INDEX pregnancy_facility ON pregnancy (facility_code, status, registered_at);

-- KSPR factors: added, never removed; points as weighed when recorded (the score never decreases)
CREATE TABLE pregnancy_risk_factor (
    pregnancy_id   uuid        NOT NULL REFERENCES pregnancy (id),
    factor         varchar(40) NOT NULL,
    points         smallint    NOT NULL CHECK (points > 0),
    source         varchar(20) NOT NULL CHECK (source IN ('REGISTRATION', 'ANC_CONTACT', 'OFFICER')),
    anc_contact_id uuid,
    recorded_at    timestamptz NOT NULL,
    PRIMARY KEY (pregnancy_id, factor)
);

CREATE TABLE anc_contact (
    id               uuid         PRIMARY KEY,
    pregnancy_id     uuid         NOT NULL REFERENCES pregnancy (id),
    contact_number   smallint     NOT NULL CHECK (contact_number >= 1),
    visit_date       date         NOT NULL,
    gestational_days smallint     NOT NULL CHECK (gestational_days >= 0),
    trimester        smallint     NOT NULL CHECK (trimester BETWEEN 1 AND 3),
    with_doctor      boolean      NOT NULL,
    facility_code    varchar(20)  NOT NULL REFERENCES health_facility (code),
    weight_kg        numeric(4,1),
    systolic_mmhg    smallint,
    diastolic_mmhg   smallint,
    lila_cm          numeric(3,1),
    hb_g_dl          numeric(3,1),
    fundal_height_cm numeric(3,1),
    notes            text,
    recorded_at      timestamptz  NOT NULL,
    recorded_by      varchar(255),
    UNIQUE (pregnancy_id, contact_number)
);

-- the babies of a delivery, live-born or stillborn (a live-born baby also has a child record)
CREATE TABLE delivery_baby (
    pregnancy_id  uuid        NOT NULL REFERENCES pregnancy (id),
    birth_order   smallint    NOT NULL CHECK (birth_order >= 1),
    born_at       timestamptz NOT NULL,
    outcome       varchar(12) NOT NULL CHECK (outcome IN ('LIVE_BIRTH', 'STILLBIRTH')),
    sex           varchar(6)  NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    weight_grams  integer     NOT NULL,
    length_mm     integer     NOT NULL,
    child_id      uuid,
    PRIMARY KEY (pregnancy_id, birth_order)
);

CREATE TABLE child (
    id                     uuid        PRIMARY KEY,
    pregnancy_id           uuid        REFERENCES pregnancy (id),
    birth_order            smallint    CHECK (birth_order >= 1),
    mother_ref             char(64)    CHECK (mother_ref ~ '^[0-9a-f]{64}$'),
    father_ref             char(64)    CHECK (father_ref ~ '^[0-9a-f]{64}$'),
    child_ref              char(64)    UNIQUE CHECK (child_ref ~ '^[0-9a-f]{64}$'),
    civil_registration_id  varchar(64),
    sex                    varchar(6)  NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    birth_date             date        NOT NULL,
    born_at                timestamptz,
    birth_weight_grams     integer,
    birth_length_mm        integer,
    facility_code          varchar(20) REFERENCES health_facility (code),
    desa_code              char(10)    NOT NULL CHECK (desa_code ~ '^1602[0-9]{6}$'),
    kecamatan_code         char(6)     NOT NULL REFERENCES kecamatan (code),
    origin                 varchar(20) NOT NULL CHECK (origin IN ('DELIVERY', 'CIVIL_REGISTRY')),
    status                 varchar(10) NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    closed_reason          varchar(30),
    closed_on              date,
    linked_at              timestamptz,
    schedule_confirmed_at  timestamptz,
    -- the earliest due date of an open dose without a maximum age (kept by ImmunizationService):
    -- from that day on the child is on every due list, so lists need not scan the doses
    next_due_on            date,
    created_at             timestamptz NOT NULL,
    version                bigint      NOT NULL DEFAULT 0,
    UNIQUE (pregnancy_id, birth_order)
);

-- officers' lists and due lists: the area's active children by desa and age; with next_due_on
-- in the index a due list's page and its count are read from the index alone
CREATE INDEX child_area ON child (kecamatan_code, status, desa_code, birth_date, id)
    INCLUDE (next_due_on);
CREATE INDEX child_facility ON child (facility_code, status);
CREATE INDEX child_mother ON child (mother_ref);
CREATE INDEX child_father ON child (father_ref);
-- linking a registered birth without healthChildId: the mother's unlinked children born that day
CREATE INDEX child_unlinked ON child (mother_ref, birth_date, sex) WHERE child_ref IS NULL;

-- A child's immunisation schedule: one row per scheduled dose, dates recomputed as doses are given
CREATE TABLE immunization (
    id                  uuid        PRIMARY KEY,
    child_id            uuid        NOT NULL REFERENCES child (id),
    vaccine             varchar(20) NOT NULL,
    dose_no             smallint    NOT NULL,
    eligible_from       date,
    due_date            date,
    overdue_from        date,
    expires_on          date,
    given_on            date,
    given_facility_code varchar(20) REFERENCES health_facility (code),
    batch_number        varchar(40),
    recorded_at         timestamptz,
    recorded_by         varchar(255),
    overdue_reported_at timestamptz,
    UNIQUE (child_id, vaccine, dose_no),
    FOREIGN KEY (vaccine, dose_no) REFERENCES vaccine_dose (vaccine, dose_no)
);

-- due lists: for a child whose next_due_on is later than the list's date, is a dose with a
-- maximum age (HB0, BCG, RV) due and not expired? Answered from this small index alone.
CREATE INDEX immunization_open_expiring ON immunization (child_id, due_date, expires_on)
    WHERE given_on IS NULL AND expires_on IS NOT NULL;
CREATE INDEX immunization_overdue_unreported ON immunization (overdue_from)
    WHERE given_on IS NULL AND overdue_reported_at IS NULL;

-- KF1-KF4 (the mother: child_id null) and KN1-KN3 (each live-born child)
CREATE TABLE postnatal_visit (
    id                 uuid        PRIMARY KEY,
    pregnancy_id       uuid        NOT NULL REFERENCES pregnancy (id),
    child_id           uuid        REFERENCES child (id),
    kind               varchar(3)  NOT NULL CHECK (kind IN ('KF1', 'KF2', 'KF3', 'KF4', 'KN1', 'KN2', 'KN3')),
    window_start       timestamptz NOT NULL,
    window_end         timestamptz NOT NULL CHECK (window_end > window_start),
    visited_at         timestamptz,
    facility_code      varchar(20) REFERENCES health_facility (code),
    recorded_at        timestamptz,
    recorded_by        varchar(255),
    cancelled_at       timestamptz,
    cancelled_reason   varchar(30),
    missed_reported_at timestamptz,
    UNIQUE NULLS NOT DISTINCT (pregnancy_id, child_id, kind),
    CHECK ((child_id IS NULL) = (kind LIKE 'KF%'))
);

CREATE INDEX postnatal_visit_pregnancy ON postnatal_visit (pregnancy_id);
CREATE INDEX postnatal_visit_unreported ON postnatal_visit (window_end)
    WHERE visited_at IS NULL AND cancelled_at IS NULL AND missed_reported_at IS NULL;

CREATE TABLE growth_measurement (
    id                     uuid         PRIMARY KEY,
    child_id               uuid         NOT NULL REFERENCES child (id),
    measured_on            date         NOT NULL,
    age_days               integer      NOT NULL CHECK (age_days >= 0),
    weight_kg              numeric(5,2),
    length_cm              numeric(4,1),
    position               varchar(8)   CHECK (position IN ('LYING', 'STANDING')),
    adjusted_length_cm     numeric(4,1),
    head_circumference_cm  numeric(4,1),
    wfa_z                  numeric(5,2),
    wfa_status             varchar(14)  NOT NULL,
    wfa_class              varchar(30),
    lhfa_z                 numeric(5,2),
    lhfa_status            varchar(14)  NOT NULL,
    lhfa_class             varchar(30),
    wflh_z                 numeric(5,2),
    wflh_status            varchar(14)  NOT NULL,
    wflh_class             varchar(30),
    bmifa_z                numeric(5,2),
    bmifa_status           varchar(14)  NOT NULL,
    bmifa_class            varchar(30),
    hcfa_z                 numeric(5,2),
    hcfa_status            varchar(14)  NOT NULL,
    facility_code          varchar(20)  NOT NULL REFERENCES health_facility (code),
    recorded_at            timestamptz  NOT NULL,
    recorded_by            varchar(255),
    CHECK (weight_kg IS NOT NULL OR length_cm IS NOT NULL OR head_circumference_cm IS NOT NULL),
    CHECK ((length_cm IS NULL) = (position IS NULL))
);

CREATE INDEX growth_measurement_child ON growth_measurement (child_id, measured_on);
