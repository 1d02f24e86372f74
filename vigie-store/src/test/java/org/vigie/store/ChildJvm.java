package org.vigie.store;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path a child JVM of a test needs: the test's own classes (patched into the module, so on neither path),
 * then everything on the test's module path and class path. The child runs on the class path, where module
 * boundaries are not in the way of a crash test.
 */
public final class ChildJvm {
  private ChildJvm() {}

  public static String classPath(Class<?> main) {
    Set<String> entries = new LinkedHashSet<>();
    try {
      entries.add(Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
