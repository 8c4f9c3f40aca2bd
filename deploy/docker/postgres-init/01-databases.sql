-- One database per service (docker-compose.yml): a service never reads another's tables.
CREATE DATABASE civil_registry;
CREATE DATABASE health;
CREATE DATABASE gateway;
