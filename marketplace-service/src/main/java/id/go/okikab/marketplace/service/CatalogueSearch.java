package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.service.ProductViews.CatalogueItem;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.problem.ValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public catalogue: verified shops' active, in-stock products, found by PostgreSQL full-text
 * search ({@code simple} configuration over {@code unaccent}ed, lower-cased name and description)
 * or by trigram word similarity of the name (so "kripik" finds "keripik" and a typo still finds its
 * product), filtered by category, kecamatan and price, sorted by relevance, price or newest.
 */
@ApplicationScoped
public class CatalogueSearch {

  /** The sort orders. */
  public enum SortOrder {
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    NEWEST
  }

  /** The search's filters (null = any). */
  public record Criteria(
      String q, String category, String kecamatan, Long minPrice, Long maxPrice, SortOrder sort) {}

  private final EntityManager em;

  public CatalogueSearch(EntityManager em) {
    this.em = em;
  }

  @Transactional
  public Page<CatalogueItem> search(Criteria c, PageRequest paging) {
    paging.requireValid();
    if (c.minPrice() != null && c.maxPrice() != null && c.minPrice() > c.maxPrice()) {
      throw new ValidationProblem("minPrice", "must not be above maxPrice");
    }
    String q = c.q() == null || c.q().isBlank() ? null : c.q().trim();
    if (q != null && q.length() > 100) {
      throw new ValidationProblem("q", "size must be between 1 and 100");
    }
    StringBuilder where =
        new StringBuilder(
            " FROM product p JOIN merchant m ON m.id = p.merchant_id"
                + " WHERE m.status = 'VERIFIED' AND p.status = 'ACTIVE' AND p.stock > 0");
    Map<String, Object> params = new LinkedHashMap<>();
    String rank = "0";
    if (q != null) {
      where.append(
          " AND (p.search @@ websearch_to_tsquery('simple', marketplace_unaccent(lower(:q)))"
              + " OR marketplace_unaccent(lower(:q)) <% p.search_name)");
      rank =
          "ts_rank(p.search, websearch_to_tsquery('simple', marketplace_unaccent(lower(:q))))"
              + " + word_similarity(marketplace_unaccent(lower(:q)), p.search_name)";
      params.put("q", q);
    }
    if (c.category() != null) {
      where.append(" AND p.category = :category");
      params.put("category", c.category());
    }
    if (c.kecamatan() != null) {
      where.append(" AND m.kecamatan_code = :kecamatan");
      params.put("kecamatan", c.kecamatan());
    }
    if (c.minPrice() != null) {
      where.append(" AND p.price >= :minPrice");
      params.put("minPrice", c.minPrice());
    }
    if (c.maxPrice() != null) {
      where.append(" AND p.price <= :maxPrice");
      params.put("maxPrice", c.maxPrice());
    }
    SortOrder sort =
        c.sort() != null ? c.sort() : (q != null ? SortOrder.RELEVANCE : SortOrder.NEWEST);
    String order =
        switch (sort) {
          case RELEVANCE -> "rel DESC, p.listed_at DESC, p.id";
          case PRICE_ASC -> "p.price ASC, p.id";
          case PRICE_DESC -> "p.price DESC, p.id";
          case NEWEST -> "p.listed_at DESC, p.id";
        };
    Query count = em.createNativeQuery("SELECT count(*)" + where);
    params.forEach(count::setParameter);
    long total = ((Number) count.getSingleResult()).longValue();
    List<CatalogueItem> items = new ArrayList<>();
    if (total > paging.offset()) {
      Query select =
          em.createNativeQuery(
              "SELECT p.id, p.name, p.category, p.price, p.unit, p.stock, m.id AS mid,"
                  + " m.business_name, m.kecamatan_code, p.listed_at, ("
                  + rank
                  + ") AS rel"
                  + where
                  + " ORDER BY "
                  + order);
      params.forEach(select::setParameter);
      select.setFirstResult((int) paging.offset());
      select.setMaxResults(paging.size());
      for (Object row : select.getResultList()) {
        Object[] r = (Object[]) row;
        items.add(
            new CatalogueItem(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                ((Number) r[3]).longValue(),
                (String) r[4],
                ((Number) r[5]).intValue(),
                (UUID) r[6],
                (String) r[7],
                (String) r[8],
                time(r[9]),
                ((Number) r[10]).doubleValue()));
      }
    }
    return Page.of(items, paging, total);
  }

  private static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }
}
