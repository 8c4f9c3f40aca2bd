package id.go.okikab.civilregistry;

import id.go.okikab.platform.testing.PlatformServiceContract;
import io.quarkus.test.junit.QuarkusTest;

/** Civil registry boots with health, OpenAPI, metrics and its migrations, on real servers. */
@QuarkusTest
class CivilRegistryContractTest extends PlatformServiceContract {}
