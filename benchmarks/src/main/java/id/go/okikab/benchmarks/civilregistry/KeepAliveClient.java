package id.go.okikab.benchmarks.civilregistry;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal blocking HTTP/1.1 client on one keep-alive connection, one per load thread: the load
 * generator shares the machine's two cores with the service and PostgreSQL, so it should spend as
 * little of them as possible (java.net.http's asynchronous machinery costs several times more per
 * request). Enough for JSON POSTs with a Content-Length answer; not a general client.
 */
final class KeepAliveClient implements AutoCloseable {

  /** A response: status and body. */
  record Answer(int status, String body) {}

  private final String host;
  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  KeepAliveClient(String host, int port) {
    this.host = host;
    this.port = port;
  }

  Answer post(String path, String bearer, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\n"
            + "Host: "
            + host
            + ":"
            + port
            + "\r\n"
            + "Authorization: Bearer "
            + bearer
            + "\r\n"
            + "Content-Type: application/json\r\n"
            + "Accept: application/json\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    for (int attempt = 0; ; attempt++) {
      try {
        connect();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return read();
      } catch (IOException e) {
        close();
        if (attempt > 0) {
          throw e;
        }
      }
    }
  }

  private void connect() throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 10_000);
      socket.setSoTimeout(60_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }
  }

  private Answer read() throws IOException {
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    int length = -1;
    boolean close = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring(15).trim());
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      } else if (lower.startsWith("transfer-encoding:")) {
        throw new IOException("chunked answers are not supported here");
      }
    }
    byte[] body = in.readNBytes(Math.max(0, length));
    if (close) {
      close();
    }
    return new Answer(code, new String(body, StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    int previous = -1;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (previous == '\r' && b == '\n') {
        byte[] bytes = line.toByteArray();
        return new String(bytes, 0, bytes.length - 1, StandardCharsets.US_ASCII);
      }
      line.write(b);
      previous = b;
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
