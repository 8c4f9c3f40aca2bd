package id.go.okikab.platform.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error response: RFC 9457 problem details ({@code application/problem+json})
 * with the platform's two extensions, {@code requestId} (the correlation id, also in the {@code
 * X-Request-Id} header) and {@code errors} (the bad fields of a 400/422). Null members are omitted.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }
}
