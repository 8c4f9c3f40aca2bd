package id.go.okikab.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The gateway's live feed ({@code GET /api/v1/events/stream}, Server-Sent Events) as an operator
 * sees it: opened before the step whose event it should show, read on a thread of its own.
 */
public final class LiveFeed implements AutoCloseable {

  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private volatile Stream<String> lines;
  private volatile int status;

  public LiveFeed(Api api, String user, String query) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/events/stream" + query))
            .header("Authorization", "Bearer " + api.token(user))
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    response =
        api.http()
            .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
            .thenApply(
                answer -> {
                  status = answer.statusCode();
                  lines = answer.body();
                  Thread reader = new Thread(() -> read(answer.body()), "oki-demo-live-feed");
                  reader.setDaemon(true);
                  reader.start();
                  return answer;
                });
  }

  private void read(Stream<String> body) {
    try {
      body.forEach(
          line -> {
            if (line.startsWith("data:")) {
              try {
                events.add(Api.JSON.readTree(line.substring(5).strip()));
              } catch (IOException e) {
                // not an event (a comment or a keep-alive)
              }
            }
          });
    } catch (RuntimeException closed) {
      // the stream ended or was closed
    }
  }

  /** Waits until the stream answered; its status (200 for an operator). */
  public int awaitOpen(Duration timeout) {
    try {
      response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return status;
    } catch (TimeoutException e) {
      throw new DemoFailure(
          "the live feed (GET /api/v1/events/stream) did not answer within "
              + timeout.toSeconds()
              + " s");
    } catch (ExecutionException e) {
      throw new DemoFailure("the live feed could not be opened: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailure("interrupted", e);
    }
  }

  /** The first event of the feed matching {@code wanted}, waiting up to {@code timeout}. */
  public JsonNode await(Predicate<JsonNode> wanted, Duration timeout, String what) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      for (JsonNode event : events) {
        if (wanted.test(event)) {
          return event;
        }
      }
      Api.pause(Duration.ofMillis(200));
    }
    throw new DemoFailure(
        "the live feed did not show "
            + what
            + " within "
            + timeout.toSeconds()
            + " s (it showed "
            + events.size()
            + " other events)");
  }

  @Override
  public void close() {
    Stream<String> open = lines;
    if (open != null) {
      open.close();
    }
    response.cancel(true);
  }
}
