package id.go.okikab.permits;

import id.go.okikab.platform.testing.PlatformServiceContract;
import io.quarkus.test.junit.QuarkusTest;

/** Permits boots with health, OpenAPI, metrics and its migrations, on real servers. */
@QuarkusTest
class PermitsContractTest extends PlatformServiceContract {}
