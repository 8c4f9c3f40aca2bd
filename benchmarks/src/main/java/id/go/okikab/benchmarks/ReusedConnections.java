package id.go.okikab.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool (close() returns the connection to the pool), standing in for the
 * services' Agroal pool so the benchmark does not measure TCP connects. Like a real pool, two
 * getConnection() calls without a close in between give two different connections.
 */
final class ReusedConnections implements DataSource {

  private final String url;
  private final String user;
  private final String password;
  private final java.util.concurrent.ConcurrentLinkedQueue<Connection> idle =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  ReusedConnections(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection pooled = idle.poll();
    while (pooled != null && pooled.isClosed()) {
      pooled = idle.poll();
    }
    Connection target = pooled != null ? pooled : DriverManager.getConnection(url, user, password);
    java.util.concurrent.atomic.AtomicBoolean returned =
        new java.util.concurrent.atomic.AtomicBoolean();
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                if (returned.compareAndSet(false, true)) {
                  if (!target.getAutoCommit()) {
                    target.rollback();
                    target.setAutoCommit(true);
                  }
                  idle.add(target);
                }
                return null;
              }
              if (method.getName().equals("isClosed")) {
                return returned.get() || target.isClosed();
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
