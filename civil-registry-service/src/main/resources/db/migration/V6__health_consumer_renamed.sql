-- The consumer of health.pregnancy.v1 is now messaging/HealthConsumer with the platform's naming:
-- consumer id = Kafka group id = the service's name (docs/architecture.md). Its inbox rows move to
-- the new name, so that the redelivery the new group receives (auto.offset.reset=earliest) is
-- absorbed by the inbox as duplicates instead of opening a second DRAFT for every birth report.
UPDATE processed_event SET consumer = 'civil-registry-service'
 WHERE consumer = 'civil-registry-health-births';
