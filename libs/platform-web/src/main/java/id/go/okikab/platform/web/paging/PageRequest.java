package id.go.okikab.platform.web.paging;

import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.ValidationProblem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code page} (0-based, at most {@value #MAX_PAGE}) and {@code size} (1–{@value #MAX_SIZE},
 * default {@value #DEFAULT_SIZE}) query parameters of a list endpoint.
 *
 * <pre>
 * &#64;GET
 * public Page&lt;BirthView&gt; list(&#64;Valid &#64;BeanParam PageRequest paging) { … }
 * </pre>
 *
 * A size or page above its maximum is a 400 naming it, not a silent clamp or an empty page. {@link
 * Pages} checks the bounds again, so a forgotten {@code @Valid} cannot turn into an unbounded
 * query.
 */
public class PageRequest {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /**
   * The last page number anyone may ask for: far beyond any real list (a hundred million items at
   * the largest size), and low enough that the offset of a page always fits the database's
   * arithmetic.
   */
  public static final int MAX_PAGE = 1_000_000;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
  @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE)
  int page;

  @QueryParam("size")
  @DefaultValue("" + DEFAULT_SIZE)
  @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
  @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
  int size = DEFAULT_SIZE;

  /** For JAX-RS; the defaults (page 0, size {@value #DEFAULT_SIZE}). */
  public PageRequest() {}

  private PageRequest(int page, int size) {
    this.page = page;
    this.size = size;
  }

  /**
   * A checked page request, for callers that are not resources.
   *
   * @throws ValidationProblem when out of bounds
   */
  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size).requireValid();
  }

  /** 0-based page number. */
  public int page() {
    return page;
  }

  /** Items per page. */
  public int size() {
    return size;
  }

  /** Index of the first item of the page. */
  public long offset() {
    return (long) page * size;
  }

  /**
   * @return this, when within bounds
   * @throws ValidationProblem (400) naming {@code page} and/or {@code size} otherwise
   */
  public PageRequest requireValid() {
    List<FieldError> errors = new ArrayList<>();
    if (page < 0 || page > MAX_PAGE) {
      errors.add(new FieldError("page", "must be between 0 and " + MAX_PAGE));
    }
    if (size < 1 || size > MAX_SIZE) {
      errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return this;
  }

  @Override
  public String toString() {
    return "PageRequest[page=" + page + ", size=" + size + "]";
  }
}
