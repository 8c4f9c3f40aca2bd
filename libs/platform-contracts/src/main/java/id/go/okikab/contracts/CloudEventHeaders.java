package id.go.okikab.contracts;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: attributes travel as record headers, the
 * record value is the event's JSON and the record key is the aggregate id.
 */
public final class CloudEventHeaders {

  private CloudEventHeaders() {}

  public static final String SPEC_VERSION = "1.0";
  public static final String JSON = "application/json";

  /** UUID; the consumers' idempotency key */
  public static final String ID = "ce_id";

  /** {@code id.go.okikab.<context>.<EventName>.v<n>} */
  public static final String TYPE = "ce_type";

  /** {@code /<service-name>} */
  public static final String SOURCE = "ce_source";

  /** the aggregate id (also the record key) */
  public static final String SUBJECT = "ce_subject";

  /** when it happened, RFC 3339 */
  public static final String TIME = "ce_time";

  public static final String SPECVERSION = "ce_specversion";

  /** binary mode carries the data content type in the plain content-type header */
  public static final String CONTENT_TYPE = "content-type";

  /** extension: the {@code X-Request-Id} of the request that caused the event */
  public static final String CORRELATION_ID = "ce_correlationid";

  /** W3C trace context, read by OpenTelemetry's Kafka instrumentation */
  public static final String TRACEPARENT = "traceparent";

  public static final String TRACESTATE = "tracestate";

  /** Dead-letter headers added by the inbox when it gives up on a record. */
  public static final class DeadLetter {
    private DeadLetter() {}

    /** the consumer (group) that failed */
    public static final String CONSUMER = "dlq_consumer";

    public static final String ERROR = "dlq_error";
    public static final String ERROR_CLASS = "dlq_error_class";
    public static final String ATTEMPTS = "dlq_attempts";
    public static final String ORIGINAL_TOPIC = "dlq_original_topic";
    public static final String ORIGINAL_PARTITION = "dlq_original_partition";
    public static final String ORIGINAL_OFFSET = "dlq_original_offset";
    public static final String FAILED_AT = "dlq_failed_at";
  }
}
