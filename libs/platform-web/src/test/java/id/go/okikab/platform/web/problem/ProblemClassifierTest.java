package id.go.okikab.platform.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.RedirectionException;
import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Cases the HTTP tests cannot easily provoke: wrappers, SQL states, serialisation failures. */
class ProblemClassifierTest {

  private static String slugOf(Throwable thrown) {
    ProblemException problem = ProblemClassifier.classify(thrown).problem();
    return problem.status() + " " + problem.typeSlug();
  }

  private static Throwable hibernate(String sqlState) {
    return new org.hibernate.exception.ConstraintViolationException(
        "could not execute statement", new SQLException("db says no", sqlState), "some_key");
  }

  @Test
  void wrappedUniqueViolationIsConflict() {
    Throwable atCommit =
        new RuntimeException(
            "transaction rolled back", new PersistenceException("flush", hibernate("23505")));
    assertEquals("409 conflict", slugOf(atCommit));
  }

  @Test
  void sqlStates() {
    assertEquals("409 conflict", slugOf(hibernate("40001")));
    assertEquals("409 conflict", slugOf(hibernate("40P01")));
    assertEquals("503 dependency-unavailable", slugOf(new SQLException("gone", "08006")));
    assertEquals("500 internal", slugOf(hibernate("23502")), "a NOT NULL violation is a bug");
  }

  @Test
  void wrappedOptimisticLockIsConflict() {
    assertEquals(
        "409 conflict",
        slugOf(new io.quarkus.arc.ArcUndeclaredThrowableException(new OptimisticLockException())));
  }

  @Test
  void responseSerialisationFailureIsInternal() {
    assertEquals(
        "500 internal", slugOf(new JsonMappingException(null, "could not write lazy collection")));
  }

  @Test
  void unreachableKeyEndpointIsServiceUnavailable() {
    assertEquals(
        "503 dependency-unavailable",
        slugOf(new AuthenticationFailedException(new ConnectException("refused"))));
    assertEquals("401 unauthorized", slugOf(new AuthenticationFailedException()));
  }

  @Test
  void unknownIsInternalWithAGenericDetail() {
    ProblemException problem =
        ProblemClassifier.classify(new IllegalStateException("SELECT secret")).problem();
    assertEquals(500, problem.status());
    assertEquals(false, problem.detail().contains("SELECT"));
  }

  @Test
  void redirectsAreNotProblems() {
    RedirectionException redirect =
        new RedirectionException(303, URI.create("https://okikab.go.id/elsewhere"));
    var renderer = new ProblemRenderer(null, null, ProblemTypes.BASE);
    assertEquals(303, renderer.render(redirect).getStatus());
  }
}
