package id.go.okikab.marketplace.api;

import static id.go.okikab.marketplace.Market.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** 50 buyers race for the last 10 units: exactly 10 orders, stock 0, never below. */
@QuarkusTest
class OversellingTest {

  @Inject DataSource dataSource;

  @Test
  void fiftyBuyersTenUnits() throws Exception {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String p = product(owner, shop, "Kue Maksuba", 50_000, 10, "MAKANAN_KEMASAN");
    List<Person> buyers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      buyers.add(buyer());
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (Person b : buyers) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return create(b.token())
                      .body(Map.of("lines", List.of(Map.of("productId", p, "quantity", 1))))
                      .post("/api/v1/orders")
                      .then()
                      .extract()
                      .statusCode();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : answers) {
        statuses.add(f.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(40);
    } finally {
      pool.shutdownNow();
    }
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement("SELECT stock FROM product WHERE id = ?");
        var o =
            c.prepareStatement(
                "SELECT count(*), coalesce(sum(l.quantity), 0) FROM customer_order co"
                    + " JOIN order_line l ON l.order_id = co.id WHERE l.product_id = ?");
        var m =
            c.prepareStatement(
                "SELECT coalesce(sum(delta), 0) FROM stock_adjustment WHERE product_id = ?")) {
      s.setObject(1, UUID.fromString(p));
      o.setObject(1, UUID.fromString(p));
      m.setObject(1, UUID.fromString(p));
      try (var rs = s.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
      try (var rs = o.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(10);
        assertThat(rs.getLong(2)).isEqualTo(10);
      }
      try (var rs = m.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(-10);
      }
    }
  }
}
