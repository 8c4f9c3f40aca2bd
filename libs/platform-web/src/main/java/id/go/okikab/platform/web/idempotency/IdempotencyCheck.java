package id.go.okikab.platform.web.idempotency;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Lists the POST resource methods of a package that lack {@link Idempotent} (or {@link
 * IdempotencyNotRequired}), and the {@code @Idempotent} ones that cannot work because they do not
 * return {@code Response}/{@code RestResponse}. A plain unit test of each service:
 *
 * <pre>
 * &#64;Test
 * void everyPostIsIdempotent() {
 *   assertEquals(List.of(), IdempotencyCheck.offenders("id.go.okikab.civilregistry.api"));
 * }
 * </pre>
 */
public final class IdempotencyCheck {

  private IdempotencyCheck() {}

  /**
   * The offending methods of the classes in {@code basePackage} and its sub-packages, as {@code
   * Class#method: reason}, sorted; empty when all is well.
   *
   * @throws IllegalArgumentException when the package has no classes on the class path
   */
  public static List<String> offenders(String basePackage) {
    List<Class<?>> classes = classesOf(basePackage);
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("no classes found in package " + basePackage);
    }
    TreeSet<String> offenders = new TreeSet<>();
    for (Class<?> type : classes) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.isSynthetic() || Modifier.isStatic(method.getModifiers()) || !isPost(method)) {
          continue;
        }
        String name = type.getName() + "#" + method.getName();
        if (method.isAnnotationPresent(IdempotencyNotRequired.class)) {
          continue;
        }
        if (!method.isAnnotationPresent(Idempotent.class)
            && !type.isAnnotationPresent(Idempotent.class)) {
          offenders.add(name + ": POST without @Idempotent");
        } else if (!Response.class.isAssignableFrom(method.getReturnType())
            && !RestResponse.class.isAssignableFrom(method.getReturnType())) {
          offenders.add(name + ": @Idempotent method must return Response or RestResponse");
        }
      }
    }
    return List.copyOf(offenders);
  }

  /** A POST method, declared here or on an interface/superclass method it implements. */
  private static boolean isPost(Method method) {
    if (method.isAnnotationPresent(POST.class)) {
      return true;
    }
    List<Class<?>> supertypes = new ArrayList<>();
    Collections.addAll(supertypes, method.getDeclaringClass().getInterfaces());
    if (method.getDeclaringClass().getSuperclass() != null) {
      supertypes.add(method.getDeclaringClass().getSuperclass());
    }
    for (Class<?> supertype : supertypes) {
      try {
        Method overridden = supertype.getMethod(method.getName(), method.getParameterTypes());
        if (isPost(overridden)) {
          return true;
        }
      } catch (NoSuchMethodException e) {
        // not declared there
      }
    }
    return false;
  }

  private static List<Class<?>> classesOf(String basePackage) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    String folder = basePackage.replace('.', '/');
    TreeSet<String> names = new TreeSet<>();
    try {
      for (URL root : Collections.list(loader.getResources(folder))) {
        if (root.getProtocol().equals("file")) {
          Path dir = Path.of(root.toURI());
          try (Stream<Path> files = Files.walk(dir)) {
            files
                .filter(f -> f.toString().endsWith(".class"))
                .map(f -> folder + "/" + dir.relativize(f).toString().replace('\\', '/'))
                .forEach(names::add);
          }
        } else if (root.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            jar.stream()
                .map(e -> e.getName())
                .filter(n -> n.startsWith(folder + "/") && n.endsWith(".class"))
                .forEach(names::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String file : names) {
      String className = file.substring(0, file.length() - ".class".length()).replace('/', '.');
      if (className.endsWith("package-info") || className.endsWith("module-info")) {
        continue;
      }
      try {
        classes.add(Class.forName(className, false, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + className, e);
      }
    }
    return classes;
  }
}
