-- BPHTB declarations (SSPD, domain.md §3.3): declared by the acquirer (or a tax officer for them),
-- billed at once, validated by a tax officer (NJOP against the declared price).
CREATE TABLE bphtb_declaration (
    id                uuid        PRIMARY KEY,
    taxpayer_id       uuid        NOT NULL REFERENCES taxpayer (id),
    tax_object_id     uuid        NOT NULL REFERENCES tax_object (id),
    acquisition       varchar(20) NOT NULL CHECK (acquisition IN ('SALE', 'INHERITANCE')),
    acquired_on       date        NOT NULL,
    transaction_value bigint      CHECK (transaction_value >= 0),
    njop              bigint      NOT NULL,
    npop              bigint      NOT NULL,
    npoptkp           bigint      NOT NULL,
    rate_ppm          integer     NOT NULL,
    amount            bigint      NOT NULL,
    status            varchar(12) NOT NULL CHECK (status IN ('DECLARED', 'VALIDATED')),
    bill_id           uuid        NOT NULL REFERENCES bill (id),
    declared_at       timestamptz NOT NULL,
    declared_by       varchar(80) NOT NULL,
    validated_at      timestamptz,
    validated_by      varchar(80),
    version           bigint      NOT NULL DEFAULT 0
);
CREATE INDEX bphtb_declaration_taxpayer ON bphtb_declaration (taxpayer_id);
