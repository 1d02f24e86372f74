package org.vigie.localengines;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A JVM of its own for a test's or the bench's child process (a process to kill, a node, a worker), run by this
 * JVM's Java on the class path, where module boundaries are not in the way.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * {@code main} in a child JVM with {@code heap} ({@code -Xmx...}) and {@code args}, on {@link #classPath}; the
   * caller says where its output goes and starts it.
   */
  public static ProcessBuilder of(Class<?> main, String heap, List<String> args) {
    return command(classPath(main), List.of(heap), main.getName(), args);
  }

  /** {@link #of}, started, its output appended to {@code name.out} and {@code name.err} in {@code logs}. */
  public static Process start(Class<?> main, String heap, List<String> args, Path logs, String name)
      throws IOException {
    return of(main, heap, args)
        .redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".err").toFile()))
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".out").toFile())).start();
  }

  /** {@code mainClass} on {@code classPath}, with {@code options} before it, in a child JVM. */
  static ProcessBuilder command(String classPath, List<String> options, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", classPath, mainClass));
    command.addAll(args);
    return new ProcessBuilder(command);
  }

  /**
   * Where {@code main} was loaded from (a test's classes are patched into their module, so on neither path), then
   * everything on this JVM's module path and class path.
   */
  static String classPath(Class<?> main) {
    Set<String> entries = new LinkedHashSet<>();
    try {
      entries.add(Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + main.getName(), e);
    }
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
