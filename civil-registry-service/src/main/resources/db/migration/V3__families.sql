-- Family cards (Kartu Keluarga). A family keeps its history: every card it had (KK number, valid
-- from/to) and every membership (joined/left, with reasons). Exactly one current head per family.
CREATE TABLE family (
    id         uuid         PRIMARY KEY,
    status     varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'DISSOLVED')),
    desa_code  varchar(10)  NOT NULL REFERENCES region (code),
    rt         varchar(3),
    rw         varchar(3),
    street     varchar(200),
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    version    bigint       NOT NULL
);

CREATE TABLE family_card (
    id               uuid        PRIMARY KEY,
    family_id        uuid        NOT NULL REFERENCES family (id),
    kk_number        char(16)    NOT NULL,
    reason           varchar(16) NOT NULL CHECK (reason IN ('NEW', 'RECORDED', 'HEAD_CHANGED', 'MOVED', 'SPLIT')),
    head_resident_id uuid        NOT NULL REFERENCES resident (id),
    previous_card_id uuid        REFERENCES family_card (id),
    valid_from       timestamptz NOT NULL,
    valid_to         timestamptz,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- a KK number is issued once, ever
CREATE UNIQUE INDEX family_card_kk_number ON family_card (kk_number);
-- one card in force per family
CREATE UNIQUE INDEX family_card_current ON family_card (family_id) WHERE valid_to IS NULL;

CREATE TABLE family_member (
    id           uuid         PRIMARY KEY,
    family_id    uuid         NOT NULL REFERENCES family (id),
    resident_id  uuid         NOT NULL REFERENCES resident (id),
    relationship smallint     NOT NULL CHECK (relationship BETWEEN 1 AND 11),   -- SHDK, domain.md 1.3
    joined_at    timestamptz  NOT NULL,
    join_reason  varchar(200) NOT NULL,
    left_at      timestamptz,
    leave_reason varchar(200),
    CHECK ((left_at IS NULL) = (leave_reason IS NULL))
);
-- a person is on one family card at a time
CREATE UNIQUE INDEX family_member_current ON family_member (resident_id) WHERE left_at IS NULL;
-- at most one current head per family (the service checks that there is one)
CREATE UNIQUE INDEX family_member_one_head ON family_member (family_id) WHERE left_at IS NULL AND relationship = 1;
CREATE INDEX family_member_family ON family_member (family_id, joined_at);
