package id.go.okikab.platform.web.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.function.Function;

/** Pages of Panache queries. */
public final class Pages {

  private Pages() {}

  /**
   * Runs one page of the query and counts the total.
   *
   * <pre>
   * return Pages.of(repository.find("status", Sort.by("createdAt"), status), paging, BirthView::of);
   * </pre>
   *
   * Give the query a sort order: without one, pages of the same query may overlap.
   *
   * @throws id.go.okikab.platform.web.problem.ValidationProblem when the request is out of bounds
   */
  public static <E, R> Page<R> of(
      PanacheQuery<E> query, PageRequest request, Function<? super E, ? extends R> mapper) {
    request.requireValid();
    long total = query.count();
    var items =
        query
            .page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
            .list()
            .stream()
            .<R>map(mapper)
            .toList();
    return Page.of(items, request, total);
  }
}
