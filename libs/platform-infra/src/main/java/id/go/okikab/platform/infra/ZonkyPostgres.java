package id.go.okikab.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * PostgreSQL from zonky's embedded binaries (Maven Central) for machines without the Debian server
 * package. The first start unpacks ~75 MB once.
 */
final class ZonkyPostgres implements PostgresServer {

  private static final Logger LOG = Logger.getLogger(ZonkyPostgres.class);

  private final EmbeddedPostgres postgres;
  private final Options options;
  private volatile boolean stopped;

  private ZonkyPostgres(EmbeddedPostgres postgres, Options options) {
    this.postgres = postgres;
    this.options = options;
  }

  static ZonkyPostgres start(Options options) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPort(options.port())
              .setDataDirectory(options.dataDir())
              .setCleanDataDirectory(options.ephemeral())
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "300");
      if (options.ephemeral()) {
        builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
      }
      EmbeddedPostgres postgres = builder.start();
      LOG.debugf("embedded PostgreSQL started on port %d", options.port());
      return new ZonkyPostgres(postgres, options);
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  @Override
  public int port() {
    return options.port();
  }

  @Override
  public String description() {
    return "PostgreSQL from zonky embedded binaries";
  }

  @Override
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warnf("stopping embedded PostgreSQL: %s", e.getMessage());
    }
  }
}
