package id.go.okikab.health;

import id.go.okikab.platform.testing.PlatformServiceContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Maternal and child health (KIA) boots with health, OpenAPI, metrics and its migrations, on real
 * servers.
 */
@QuarkusTest
class HealthContractTest extends PlatformServiceContract {}
