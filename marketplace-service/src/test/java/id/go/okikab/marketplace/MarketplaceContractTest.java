package id.go.okikab.marketplace;

import id.go.okikab.platform.testing.PlatformServiceContract;
import io.quarkus.test.junit.QuarkusTest;

/** MSME marketplace boots with health, OpenAPI, metrics and its migrations, on real servers. */
@QuarkusTest
class MarketplaceContractTest extends PlatformServiceContract {}
