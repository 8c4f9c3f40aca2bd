package id.go.okikab.platform.web.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list response: the items, where the page is, and the total.
 *
 * @param items the page's items (at most {@code size})
 * @param page 0-based page number
 * @param size requested page size
 * @param totalItems number of items over all pages
 * @param totalPages number of pages ({@code 0} when there are no items)
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public Page {
    items = List.copyOf(items);
  }

  /** A page of {@code items} out of {@code totalItems}. */
  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
    return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
  }

  /** The same page with its items mapped (e.g. entity to response record). */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
