-- One database per service (docker-compose.yml): a service never reads another's tables.
CREATE DATABASE civil_registry;
CREATE DATABASE health;
CREATE DATABASE tax;
CREATE DATABASE permits;
CREATE DATABASE marketplace;
CREATE DATABASE gateway;
