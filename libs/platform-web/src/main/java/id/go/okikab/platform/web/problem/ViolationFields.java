package id.go.okikab.platform.web.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Names the field of a bad input the way the client knows it: the JSON property path of the body
 * ({@code nik}, {@code address.desaCode}, {@code children[1].name}) without Bean Validation's
 * method and parameter prefixes, or the query/path/header parameter's own name.
 */
final class ViolationFields {

  /** The field name used for a constraint on the request body as a whole. */
  static final String BODY = "body";

  private ViolationFields() {}

  /** The client-facing name of a Bean Validation violation's field. */
  static String of(ConstraintViolation<?> violation) {
    StringBuilder name = new StringBuilder();
    Path.MethodNode method = null;
    List<Path.Node> nodes = new java.util.ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      boolean last = i == nodes.size() - 1;
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD) {
        method = node.as(Path.MethodNode.class);
      } else if (kind == ElementKind.PARAMETER) {
        if (last) {
          return parameterName(
              violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
        }
      } else if (kind == ElementKind.PROPERTY || kind == ElementKind.BEAN) {
        appendIndex(name, node);
        if (node.getName() != null) {
          String property = node.getName();
          if (last && violation.getLeafBean() != null) {
            property = renamed(violation.getLeafBean().getClass(), property);
          }
          if (!name.isEmpty()) {
            name.append('.');
          }
          name.append(property);
        }
      } else if (kind == ElementKind.CONTAINER_ELEMENT) {
        appendIndex(name, node);
      } else if (kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
        // no field of the request to name
        return name.isEmpty() ? BODY : name.toString();
      }
    }
    return name.isEmpty() ? BODY : name.toString();
  }

  /** The JSON path of a Jackson mapping failure ({@code address.desaCode}), or {@code null}. */
  static String of(JsonMappingException exception) {
    StringBuilder name = new StringBuilder();
    for (JsonMappingException.Reference reference : exception.getPath()) {
      if (reference.getFieldName() != null) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        name.append('[').append(reference.getIndex()).append(']');
      }
    }
    return name.isEmpty() ? null : name.toString();
  }

  private static void appendIndex(StringBuilder name, Path.Node node) {
    if (node.isInIterable() && !name.isEmpty()) {
      Object where = node.getIndex() != null ? node.getIndex() : node.getKey();
      if (where != null) {
        name.append('[').append(where).append(']');
      }
    }
  }

  /**
   * A method parameter's JAX-RS name. The root bean may be a generated subclass whose overriding
   * method has no annotations, so the hierarchy is searched for the declaration that has them.
   */
  private static String parameterName(
      Class<?> resourceClass, Path.MethodNode methodNode, Path.ParameterNode parameter) {
    if (methodNode == null) {
      return parameter.getName();
    }
    Class<?>[] parameterTypes = methodNode.getParameterTypes().toArray(Class<?>[]::new);
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Method method = c.getDeclaredMethod(methodNode.getName(), parameterTypes);
        java.lang.reflect.Parameter reflected =
            method.getParameters()[parameter.getParameterIndex()];
        String declared = declaredName(reflected, reflected.getName());
        if (declared != null) {
          return declared;
        }
      } catch (NoSuchMethodException e) {
        // look further up
      }
    }
    // a parameter without a JAX-RS annotation is the request body
    return BODY;
  }

  /** A property's name as the client sends it: its parameter or JSON name when renamed. */
  private static String renamed(Class<?> beanClass, String property) {
    for (Class<?> c = beanClass; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(property);
        String declared = declaredName(field, property);
        return declared != null ? declared : property;
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    return property;
  }

  /**
   * The name in a JAX-RS parameter or Jackson annotation of the element; {@code fallback} for the
   * annotations whose value may be empty; {@code null} when the element has none of them.
   */
  private static String declaredName(AnnotatedElement element, String fallback) {
    for (Annotation annotation : element.getAnnotations()) {
      String value = annotationName(annotation);
      if (value != null) {
        return value.isEmpty() ? fallback : value;
      }
    }
    return null;
  }

  private static String annotationName(Annotation annotation) {
    if (annotation instanceof QueryParam a) {
      return a.value();
    } else if (annotation instanceof PathParam a) {
      return a.value();
    } else if (annotation instanceof HeaderParam a) {
      return a.value();
    } else if (annotation instanceof FormParam a) {
      return a.value();
    } else if (annotation instanceof CookieParam a) {
      return a.value();
    } else if (annotation instanceof MatrixParam a) {
      return a.value();
    } else if (annotation instanceof RestQuery a) {
      return a.value();
    } else if (annotation instanceof RestPath a) {
      return a.value();
    } else if (annotation instanceof RestHeader a) {
      return a.value();
    } else if (annotation instanceof RestForm a) {
      return a.value();
    } else if (annotation instanceof RestCookie a) {
      return a.value();
    } else if (annotation instanceof RestMatrix a) {
      return a.value();
    } else if (annotation instanceof JsonProperty a) {
      return a.value();
    }
    return null;
  }
}
