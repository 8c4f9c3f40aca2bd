-- Residents (penduduk) of Ogan Komering Ilir. The NIK is CHAR(16), unique; every resident also has
-- its subjectRef (HMAC of the NIK) so events that name people only by subjectRef can be matched.
CREATE TABLE resident (
    id                  uuid         PRIMARY KEY,
    nik                 char(16)     NOT NULL,
    subject_ref         char(64)     NOT NULL,
    full_name           varchar(120) NOT NULL,
    name_key            varchar(120) NOT NULL,   -- upper case, letters and digits, single spaces (search, duplicates)
    sex                 varchar(6)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    birth_date          date         NOT NULL,
    birth_place         varchar(80)  NOT NULL,
    religion            smallint     NOT NULL CHECK (religion BETWEEN 1 AND 7),
    marital_status      smallint     NOT NULL CHECK (marital_status BETWEEN 1 AND 4),
    marriage_registered boolean,
    blood_type          smallint     NOT NULL CHECK (blood_type BETWEEN 1 AND 13),
    occupation          varchar(80),
    mother_ref          char(64),                -- subjectRef of the mother's NIK, when known
    mother_name         varchar(120),
    mother_name_key     varchar(120),
    father_ref          char(64),
    father_name         varchar(120),
    desa_code           varchar(10)  NOT NULL REFERENCES region (code),
    rt                  varchar(3),
    rw                  varchar(3),
    street              varchar(200),
    status              varchar(10)  NOT NULL CHECK (status IN ('ALIVE', 'DECEASED', 'MOVED_OUT')),
    date_of_death       date,
    origin              varchar(12)  NOT NULL CHECK (origin IN ('REGISTRATION', 'BIRTH', 'MOVE_IN')),
    registered_at       timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL,
    CHECK ((status = 'DECEASED') = (date_of_death IS NOT NULL))
);

-- NIK lookup (and uniqueness: a duplicate NIK is a 409)
CREATE UNIQUE INDEX resident_nik ON resident (nik);
-- events carry people as subjectRefs (health.BirthReported.motherRef)
CREATE UNIQUE INDEX resident_subject_ref ON resident (subject_ref);
-- name + birth date search and the duplicate-person check: the date narrows to a few dozen rows
CREATE INDEX resident_birth_date_name ON resident (birth_date, name_key);
-- listing by kecamatan (desa_code range) or desa, in name order
CREATE INDEX resident_desa_name ON resident (desa_code, name_key, id);
CREATE INDEX resident_mother_ref ON resident (mother_ref) WHERE mother_ref IS NOT NULL;

-- Corrections: the old and new values of every corrected field, with the reason and the officer.
CREATE TABLE resident_correction (
    id           uuid         PRIMARY KEY,
    resident_id  uuid         NOT NULL REFERENCES resident (id),
    corrected_at timestamptz  NOT NULL,
    officer      varchar(255) NOT NULL,
    reason       varchar(500) NOT NULL,
    old_values   jsonb        NOT NULL,
    new_values   jsonb        NOT NULL
);
CREATE INDEX resident_correction_resident ON resident_correction (resident_id, corrected_at);

-- Possible duplicate persons (same name, birth date and mother as an existing resident): the
-- registration waits here for an officer's decision instead of creating a second record.
CREATE TABLE resident_review (
    id              uuid         PRIMARY KEY,
    status          varchar(10)  NOT NULL CHECK (status IN ('OPEN', 'REGISTERED', 'REJECTED')),
    nik             char(16)     NOT NULL,
    request         jsonb        NOT NULL,   -- the registration request as received
    candidate_ids   jsonb        NOT NULL,   -- the residents it may duplicate
    opened_by       varchar(255) NOT NULL,
    opened_at       timestamptz  NOT NULL,
    decided_by      varchar(255),
    decided_at      timestamptz,
    decision_reason varchar(500),
    resident_id     uuid         REFERENCES resident (id),
    version         bigint       NOT NULL
);
-- one open review per NIK
CREATE UNIQUE INDEX resident_review_open_nik ON resident_review (nik) WHERE status = 'OPEN';
CREATE INDEX resident_review_status ON resident_review (status, opened_at, id);
