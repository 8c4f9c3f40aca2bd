package id.go.okikab.platform.events.outbox;

import id.go.okikab.platform.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One pass of the outbox relay, in plain JDBC and Kafka so it runs the same inside a service
 * ({@link OutboxRelay}) and in the benchmark.
 *
 * <p>A pass, in one database transaction:
 *
 * <ol>
 *   <li>claims up to {@code batchSize} pending rows, oldest first, with {@code FOR UPDATE SKIP
 *       LOCKED} (other relays skip them), and drops from the claim every row whose aggregate has an
 *       earlier pending row it could not claim — that row belongs to another relay's batch, and
 *       publishing the later one first would break per-aggregate order;
 *   <li>sends the whole batch without waiting between records (idempotent producer, {@code
 *       acks=all}), then waits for every acknowledgement;
 *   <li>marks the acknowledged rows sent and records the failure on the others, and commits.
 * </ol>
 *
 * A crash before the commit leaves the rows pending: they are sent again (at-least-once; the
 * consumers' inbox removes the duplicates by {@code ce_id}).
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
   * Publishes one batch.
   *
   * @return how many rows were claimed (0: nothing publishable right now)
   * @throws PublishException when some rows were not acknowledged (they stay pending)
   * @throws SQLException when the database failed (nothing was marked)
   */
  public int drainOnce(Producer<String, byte[]> producer) throws PublishException, SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<Row> rows = claim(connection);
        if (rows.isEmpty()) {
          connection.commit();
          return 0;
        }
        Outcome outcome = send(producer, rows);
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
              outcome.failed.size() + " of " + rows.size() + " events not acknowledged",
              outcome.firstError);
        }
        return rows.size();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection);
        throw e;
      }
    }
  }

  private List<Row> claim(Connection connection) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setInt(1, batchSize);
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

  private Outcome send(Producer<String, byte[]> producer, List<Row> rows) {
    Outcome outcome = new Outcome();
    List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
    List<AtomicReference<Instant>> acks = new ArrayList<>(rows.size());
    int submitted = 0;
    try {
      for (Row row : rows) {
        AtomicReference<Instant> ack = new AtomicReference<>();
        futures.add(
            producer.send(
                record(row),
                (metadata, error) -> {
                  if (error == null) {
                    ack.set(Instant.now());
                  }
                }));
        acks.add(ack);
        submitted++;
      }
      producer.flush();
    } catch (RuntimeException e) {
      // send() refused (no metadata within max.block.ms, producer closed, ...): the rest fails
      outcome.firstError = e;
    }
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (i >= submitted) {
        outcome.failed.add(row.seq());
        continue;
      }
      try {
        futures.get(i).get();
        outcome.sent.add(row.seq());
        outcome.sentRows.add(row);
        Instant acked = acks.get(i).get();
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

  private ProducerRecord<String, byte[]> record(Row row) {
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
