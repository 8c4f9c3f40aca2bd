package id.go.okikab.platform.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one set of exception mappers of the platform: every exception that reaches Quarkus REST
 * becomes RFC 9457 problem details ({@link ProblemRenderer}).
 *
 * <p>Besides {@link Throwable}, the types for which Quarkus has built-in mappers are listed
 * explicitly (Quarkus picks the mapper registered for the closest class), and the priority is above
 * the default {@link Priorities#USER} so these win over the built-ins. A service that wants a
 * different answer for one of its own exception types registers a mapper for that type.
 */
public class ProblemExceptionMappers {

  /** Priority of the platform mappers (lower is stronger). */
  public static final int PRIORITY = Priorities.USER - 100;

  @Inject ProblemRenderer renderer;

  @ServerExceptionMapper(
      priority = PRIORITY,
      value = {
        Throwable.class,
        ProblemException.class,
        WebApplicationException.class,
        NotFoundException.class,
        ValidationException.class,
        JsonProcessingException.class,
        MismatchedInputException.class,
        InvalidDefinitionException.class,
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class,
        io.quarkus.security.ForbiddenException.class,
        io.quarkus.oidc.OIDCException.class
      })
  public Response toProblem(Throwable thrown) {
    return renderer.render(thrown);
  }
}
