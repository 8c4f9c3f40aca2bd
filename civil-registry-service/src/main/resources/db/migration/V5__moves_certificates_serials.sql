-- Moves (pindah): within OKI, out of OKI (SKPWNI issued here), into OKI (SKPWNI from elsewhere).
CREATE TABLE move (
    id                       uuid         PRIMARY KEY,
    number                   varchar(40)  NOT NULL UNIQUE,
    kind                     varchar(16)  NOT NULL CHECK (kind IN ('WITHIN_REGENCY', 'OUT_OF_REGENCY', 'INTO_REGENCY')),
    reason                   varchar(200) NOT NULL,
    from_desa_code           varchar(10),
    to_desa_code             varchar(10),
    origin_regency_code      varchar(4),
    destination_regency_code varchar(4),
    skpwni_number            varchar(60),
    certificate_id           uuid,
    family_id                uuid         REFERENCES family (id),
    resident_ids             jsonb        NOT NULL,
    recorded_by              varchar(255) NOT NULL,
    recorded_at              timestamptz  NOT NULL
);

-- Documents issued by this registry (akta kelahiran, akta kematian, SKPWNI) and their public
-- verification codes (unguessable, 100 random bits).
CREATE TABLE certificate (
    id                uuid         PRIMARY KEY,
    type              varchar(6)   NOT NULL CHECK (type IN ('BIRTH', 'DEATH', 'SKPWNI')),
    number            varchar(40)  NOT NULL UNIQUE,
    verification_code varchar(20)  NOT NULL UNIQUE,
    status            varchar(8)   NOT NULL CHECK (status IN ('VALID', 'REVOKED')),
    issued_at         timestamptz  NOT NULL,
    issued_on         date         NOT NULL,
    resident_id       uuid         NOT NULL REFERENCES resident (id),
    name_on_document  varchar(120) NOT NULL,
    source_id         uuid         NOT NULL   -- the registration or move it was issued for
);
CREATE INDEX certificate_resident ON certificate (resident_id, issued_at);

-- Next-free serials. NIK serials are per 12-digit prefix (kecamatan + birth date with +40 for
-- girls); the row is locked by the UPDATE until the transaction ends, so concurrent assignments
-- for one prefix queue up and never share a serial (resident.nik is unique as well).
CREATE TABLE nik_serial (
    prefix      char(12) PRIMARY KEY,
    last_serial integer  NOT NULL CHECK (last_serial BETWEEN 0 AND 9999)
);

-- Other numbered series (KK numbers per kecamatan and day, certificate and move numbers per day).
CREATE TABLE serial_counter (
    series     varchar(60) PRIMARY KEY,
    last_value integer     NOT NULL
);
