package id.go.okikab.gateway;

import id.go.okikab.platform.testing.PlatformServiceContract;
import io.quarkus.test.junit.QuarkusTest;

/** Gateway boots with health, OpenAPI, metrics and its migrations, on real servers. */
@QuarkusTest
class GatewayContractTest extends PlatformServiceContract {}
