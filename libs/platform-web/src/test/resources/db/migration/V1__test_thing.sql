-- Table of platform-web's test application.
CREATE TABLE test_thing (
    id         uuid         PRIMARY KEY,
    code       varchar(100) NOT NULL UNIQUE,
    name       varchar(200) NOT NULL,
    owner_ref  varchar(64),
    birth_date date         NOT NULL,
    desa_code  varchar(10)  NOT NULL,
    status     varchar(20)  NOT NULL,
    version    bigint       NOT NULL
);
