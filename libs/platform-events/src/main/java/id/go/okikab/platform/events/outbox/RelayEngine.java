package id.go.okikab.platform.events.outbox;

import id.go.okikab.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The outbox relay's work, in plain JDBC and Kafka so it runs the same inside a service ({@link
 * OutboxRelay}) and in the benchmark.
 *
 * <p>Each batch lives in its own database transaction:
 *
 * <ol>
 *   <li>claim up to {@code batchSize} pending rows, oldest first, with {@code FOR UPDATE SKIP
 *       LOCKED} (other relays skip them), dropping every row whose aggregate has an earlier pending
 *       row that neither this claim nor this worker's batch in flight holds — that row belongs to
 *       another relay, and publishing the later one first would break per-aggregate order;
 *   <li>send the whole batch without waiting between records (idempotent producer, {@code
 *       acks=all});
 *   <li>when every record of the batch is acknowledged (or failed), mark the acknowledged rows
 *       sent, record the failure on the others, and commit.
 * </ol>
 *
 * {@link #drain} pipelines two batches: while the broker acknowledges one, the next is claimed and
 * sent on the same producer (which keeps per-partition order), so the broker never waits for the
 * database and the database never waits for the broker. A crash before a batch commits leaves its
 * rows pending: they are sent again (at-least-once; the consumers' inbox drops the duplicates by
 * {@code ce_id}). The relay's transactions commit with {@code synchronous_commit = off}: a "sent"
 * mark lost in a database crash only means a duplicate, never a lost event.
 */
public final class RelayEngine {

  static final String CLAIM =
      """
      WITH claimed AS MATERIALIZED (
          SELECT seq, topic, aggregate_id
          FROM outbox_event
          WHERE sent_at IS NULL
          ORDER BY seq
          LIMIT ?
          FOR UPDATE SKIP LOCKED),
      blocked AS (
          SELECT e.topic, e.aggregate_id, min(e.seq) AS first_seq
          FROM outbox_event e
          WHERE e.sent_at IS NULL
            AND e.seq < (SELECT max(seq) FROM claimed)
            AND e.seq NOT IN (SELECT seq FROM claimed)
            AND e.seq <> ALL(?)
          GROUP BY e.topic, e.aggregate_id)
      SELECT o.seq, o.event_id, o.topic, o.aggregate_id, o.event_type, o.source, o.occurred_at,
             o.payload, o.correlation_id, o.traceparent, o.tracestate, o.created_at
      FROM claimed c
      JOIN outbox_event o ON o.seq = c.seq
      LEFT JOIN blocked b
        ON b.topic = c.topic AND b.aggregate_id = c.aggregate_id AND b.first_seq < c.seq
      WHERE b.topic IS NULL
      ORDER BY c.seq
      """;

  static final String MARK_SENT =
      "UPDATE outbox_event SET sent_at = clock_timestamp() WHERE seq = ANY(?)";

  static final String MARK_FAILED =
      "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE seq = ANY(?)";

  /** A pending outbox row. */
  public record Row(
      long seq,
      UUID eventId,
      String topic,
      String aggregateId,
      String eventType,
      String source,
      OffsetDateTime occurredAt,
      String payload,
      String correlationId,
      String traceparent,
      String tracestate,
      Instant createdAt) {}

  /** Observes what the relay does (metrics, tracing). */
  public interface Listener {
    /** Headers for the record of {@code row}; the default carries the writer's trace context. */
    default void decorate(Row row, Headers headers) {
      if (row.traceparent() != null) {
        headers.add(CloudEventHeaders.TRACEPARENT, bytes(row.traceparent()));
        if (row.tracestate() != null) {
          headers.add(CloudEventHeaders.TRACESTATE, bytes(row.tracestate()));
        }
      }
    }

    /** {@code row} was acknowledged by the broker at {@code ackedAt}. */
    default void published(Row row, Instant ackedAt) {}

    /** {@code count} rows could not be published in this pass. */
    default void failed(int count, Exception cause) {}
  }

  /** The batch could not be (completely) published; the relay backs off and retries. */
  public static final class PublishException extends Exception {
    private static final long serialVersionUID = 1L;

    PublishException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final DataSource dataSource;
  private final int batchSize;
  private final Listener listener;

  public RelayEngine(DataSource dataSource, int batchSize, Listener listener) {
    this.dataSource = Objects.requireNonNull(dataSource);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.batchSize = batchSize;
    this.listener = listener == null ? new Listener() {} : listener;
  }

  /**
   * Publishes pending rows until none is claimable, two batches in flight at a time.
   *
   * @return how many rows were claimed (0: nothing publishable right now)
   * @throws PublishException when some rows were not acknowledged (they stay pending)
   * @throws SQLException when the database failed (the batches in flight are rolled back)
   */
  public int drain(Producer<String, byte[]> producer) throws PublishException, SQLException {
    int claimed = 0;
    Batch previous = null;
    PublishException failure = null;
    try {
      while (true) {
        Batch current = failure == null ? claimAndSend(producer, previous) : null;
        if (previous != null) {
          try {
            complete(previous);
          } catch (PublishException e) {
            failure = failure == null ? e : failure;
          }
          previous = null;
        }
        if (current == null) {
          break;
        }
        claimed += current.rows.size();
        previous = current;
      }
    } catch (SQLException | RuntimeException e) {
      if (previous != null) {
        previous.abandon();
      }
      throw e;
    }
    if (failure != null) {
      throw failure;
    }
    return claimed;
  }

  /**
   * Publishes one batch and waits for it (no pipelining).
   *
   * @return how many rows were claimed (0: nothing publishable right now)
   */
  public int drainOnce(Producer<String, byte[]> producer) throws PublishException, SQLException {
    Batch batch = claimAndSend(producer, null);
    if (batch == null) {
      return 0;
    }
    complete(batch);
    return batch.rows.size();
  }

  /** A claimed batch: its open transaction and the sends in flight. */
  private final class Batch {
    final Connection connection;
    final List<Row> rows;
    final List<Future<RecordMetadata>> futures;
    final List<AtomicReference<Instant>> acks;
    final RuntimeException sendFailure;

    Batch(
        Connection connection,
        List<Row> rows,
        List<Future<RecordMetadata>> futures,
        List<AtomicReference<Instant>> acks,
        RuntimeException sendFailure) {
      this.connection = connection;
      this.rows = rows;
      this.futures = futures;
      this.acks = acks;
      this.sendFailure = sendFailure;
    }

    void abandon() {
      rollbackQuietly(connection);
      closeQuietly(connection);
    }
  }

  /** Claims a batch in a new transaction and sends it; null when nothing is claimable. */
  private Batch claimAndSend(Producer<String, byte[]> producer, Batch inFlight)
      throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(false);
      try (Statement relaxed = connection.createStatement()) {
        relaxed.execute("SET LOCAL synchronous_commit TO OFF");
      }
      List<Row> rows = claim(connection, inFlight == null ? List.of() : inFlight.rows);
      if (rows.isEmpty()) {
        connection.commit();
        connection.close();
        return null;
      }
      List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
      List<AtomicReference<Instant>> acks = new ArrayList<>(rows.size());
      RuntimeException sendFailure = null;
      try {
        for (Row row : rows) {
          AtomicReference<Instant> ack = new AtomicReference<>();
          Future<RecordMetadata> future =
              producer.send(
                  record(row),
                  (metadata, error) -> {
                    if (error == null) {
                      ack.set(Instant.now());
                    }
                  });
          futures.add(future);
          acks.add(ack);
          RuntimeException refused = refusal(future);
          if (refused != null) {
            // the producer waited max.block.ms for the broker and gave up: every further send
            // would wait as long, so the rest of the batch stays pending for the next attempt
            sendFailure = refused;
            break;
          }
        }
      } catch (RuntimeException e) {
        // send() refused (producer closed, record too large, ...): the rest stays pending
        sendFailure = e;
      }
      return new Batch(connection, rows, futures, acks, sendFailure);
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(connection);
      closeQuietly(connection);
      throw e;
    }
  }

  /** Waits for a batch's acknowledgements, marks it and commits its transaction. */
  private void complete(Batch batch) throws PublishException, SQLException {
    Connection connection = batch.connection;
    try {
      Outcome outcome = await(batch);
      if (!outcome.sent.isEmpty()) {
        try (PreparedStatement mark = connection.prepareStatement(MARK_SENT)) {
          mark.setArray(1, seqArray(connection, outcome.sent));
          mark.executeUpdate();
        }
      }
      if (!outcome.failed.isEmpty()) {
        try (PreparedStatement mark = connection.prepareStatement(MARK_FAILED)) {
          mark.setString(1, truncate(String.valueOf(outcome.firstError), 1000));
          mark.setArray(2, seqArray(connection, outcome.failed));
          mark.executeUpdate();
        }
      }
      connection.commit();
      for (int i = 0; i < outcome.sentRows.size(); i++) {
        listener.published(outcome.sentRows.get(i), outcome.ackTimes.get(i));
      }
      if (!outcome.failed.isEmpty()) {
        listener.failed(outcome.failed.size(), outcome.firstError);
        throw new PublishException(
            outcome.failed.size() + " of " + batch.rows.size() + " events not acknowledged",
            outcome.firstError);
      }
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(connection);
      throw e;
    } finally {
      closeQuietly(connection);
    }
  }

  private List<Row> claim(Connection connection, List<Row> inFlight) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setInt(1, batchSize);
      claim.setArray(
          2, seqArray(connection, inFlight.stream().map(Row::seq).collect(Collectors.toList())));
      try (ResultSet rs = claim.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getLong(1),
                  rs.getObject(2, UUID.class),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getObject(7, OffsetDateTime.class),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getObject(12, OffsetDateTime.class).toInstant()));
        }
      }
    }
    return rows;
  }

  private static final class Outcome {
    final List<Long> sent = new ArrayList<>();
    final List<Row> sentRows = new ArrayList<>();
    final List<Instant> ackTimes = new ArrayList<>();
    final List<Long> failed = new ArrayList<>();
    Exception firstError;
  }

  private Outcome await(Batch batch) {
    Outcome outcome = new Outcome();
    outcome.firstError = batch.sendFailure;
    int submitted = batch.futures.size();
    for (int i = 0; i < batch.rows.size(); i++) {
      Row row = batch.rows.get(i);
      if (i >= submitted) {
        outcome.failed.add(row.seq());
        continue;
      }
      try {
        batch.futures.get(i).get();
        outcome.sent.add(row.seq());
        outcome.sentRows.add(row);
        Instant acked = batch.acks.get(i).get();
        outcome.ackTimes.add(acked != null ? acked : Instant.now());
      } catch (ExecutionException e) {
        outcome.failed.add(row.seq());
        if (outcome.firstError == null) {
          outcome.firstError = e.getCause() instanceof Exception cause ? cause : e;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        outcome.failed.add(row.seq());
        if (outcome.firstError == null) {
          outcome.firstError = e;
        }
      }
    }
    return outcome;
  }

  /** The Kafka record of {@code row}: key, CloudEvents headers, JSON body. */
  public ProducerRecord<String, byte[]> record(Row row) {
    Headers headers = new RecordHeaders();
    headers.add(CloudEventHeaders.ID, bytes(row.eventId().toString()));
    headers.add(CloudEventHeaders.TYPE, bytes(row.eventType()));
    headers.add(CloudEventHeaders.SOURCE, bytes(row.source()));
    headers.add(CloudEventHeaders.SUBJECT, bytes(row.aggregateId()));
    headers.add(
        CloudEventHeaders.TIME,
        bytes(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.occurredAt())));
    headers.add(CloudEventHeaders.SPECVERSION, bytes(CloudEventHeaders.SPEC_VERSION));
    headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
    if (row.correlationId() != null) {
      headers.add(CloudEventHeaders.CORRELATION_ID, bytes(row.correlationId()));
    }
    listener.decorate(row, headers);
    return new ProducerRecord<>(
        row.topic(),
        null,
        row.aggregateId(),
        row.payload().getBytes(StandardCharsets.UTF_8),
        headers);
  }

  private static Array seqArray(Connection connection, List<Long> seqs) throws SQLException {
    return connection.createArrayOf("bigint", seqs.toArray());
  }

  /** The failure of a future that send() returned already failed, else null. */
  private static RuntimeException refusal(Future<RecordMetadata> future) {
    if (!future.isDone()) {
      return null;
    }
    try {
      future.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause() instanceof RuntimeException cause
          ? cause
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new IllegalStateException(e);
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // already broken
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the transaction is gone with it
    }
  }

  static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
