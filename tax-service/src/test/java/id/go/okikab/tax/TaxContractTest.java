package id.go.okikab.tax;

import id.go.okikab.platform.testing.PlatformServiceContract;
import io.quarkus.test.junit.QuarkusTest;

/** Regional taxes boots with health, OpenAPI, metrics and its migrations, on real servers. */
@QuarkusTest
class TaxContractTest extends PlatformServiceContract {}
