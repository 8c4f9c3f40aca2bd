-- Birth and death registrations (domain.md 1.4): DRAFT -> SUBMITTED -> VERIFYING -> {NEEDS_FIX <->
-- SUBMITTED} -> APPROVED -> REGISTERED, REJECTED terminal.
CREATE TABLE birth_registration (
    id                   uuid         PRIMARY KEY,
    status               varchar(10)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFYING', 'NEEDS_FIX', 'APPROVED', 'REGISTERED', 'REJECTED')),
    channel              varchar(8)   NOT NULL CHECK (channel IN ('CITIZEN', 'OFFICER', 'HEALTH')),
    declarant_ref        char(64),                 -- the declaring citizen's subjectRef
    family_id            uuid         REFERENCES family (id),
    child_name           varchar(120),
    child_name_key       varchar(120),
    child_sex            varchar(6)   NOT NULL CHECK (child_sex IN ('MALE', 'FEMALE')),
    birth_date           date         NOT NULL,
    birth_time           time,
    birth_place          varchar(80),
    birth_desa_code      varchar(10),              -- where the birth happened (any Kemendagri desa code)
    relationship         smallint     NOT NULL CHECK (relationship BETWEEN 2 AND 11),
    mother_resident_id   uuid         REFERENCES resident (id),
    mother_ref           char(64),
    mother_name          varchar(120),
    father_resident_id   uuid         REFERENCES resident (id),
    father_ref           char(64),
    father_name          varchar(120),
    health_pregnancy_id  varchar(64),
    health_child_id      varchar(64),
    reported_at          timestamptz  NOT NULL,
    late                 boolean      NOT NULL,
    duplicate_suspect    boolean      NOT NULL,
    duplicate_candidates jsonb        NOT NULL,
    officer_note         varchar(500),
    child_resident_id    uuid         REFERENCES resident (id),
    certificate_id       uuid,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    version              bigint       NOT NULL
);
-- one registration per child reported by health (a redelivered or repeated BirthReported)
CREATE UNIQUE INDEX birth_registration_health_child ON birth_registration (health_child_id) WHERE health_child_id IS NOT NULL;
CREATE INDEX birth_registration_mother ON birth_registration (mother_ref, birth_date) WHERE mother_ref IS NOT NULL;
CREATE INDEX birth_registration_family ON birth_registration (family_id, created_at);
CREATE INDEX birth_registration_declarant ON birth_registration (declarant_ref, created_at);
CREATE INDEX birth_registration_status ON birth_registration (status, created_at, id);
CREATE INDEX birth_registration_birth_date ON birth_registration (birth_date) WHERE status NOT IN ('REGISTERED', 'REJECTED');

CREATE TABLE death_registration (
    id                   uuid         PRIMARY KEY,
    status               varchar(10)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFYING', 'NEEDS_FIX', 'APPROVED', 'REGISTERED', 'REJECTED')),
    channel              varchar(8)   NOT NULL CHECK (channel IN ('CITIZEN', 'OFFICER', 'HEALTH')),
    declarant_ref        char(64),
    resident_id          uuid         NOT NULL REFERENCES resident (id),
    family_id            uuid         REFERENCES family (id),
    date_of_death        date         NOT NULL,
    place_of_death       varchar(80)  NOT NULL,
    statement_issuer     varchar(6)   NOT NULL CHECK (statement_issuer IN ('DOCTOR', 'DESA')),
    statement_reference  varchar(60),
    new_head_resident_id uuid         REFERENCES resident (id),
    reported_at          timestamptz  NOT NULL,
    late                 boolean      NOT NULL,
    officer_note         varchar(500),
    certificate_id       uuid,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    version              bigint       NOT NULL
);
-- one death registration per person, unless rejected
CREATE UNIQUE INDEX death_registration_resident ON death_registration (resident_id) WHERE status <> 'REJECTED';
CREATE INDEX death_registration_family ON death_registration (family_id, created_at);
CREATE INDEX death_registration_declarant ON death_registration (declarant_ref, created_at);
CREATE INDEX death_registration_status ON death_registration (status, created_at, id);

-- Every state change of a registration: who, when, why.
CREATE TABLE registration_transition (
    id              uuid         PRIMARY KEY,
    registration_id uuid         NOT NULL,
    kind            varchar(5)   NOT NULL CHECK (kind IN ('BIRTH', 'DEATH')),
    from_status     varchar(10),
    to_status       varchar(10)  NOT NULL,
    actor           varchar(255) NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    note            varchar(500)
);
CREATE INDEX registration_transition_registration ON registration_transition (registration_id, occurred_at);
