package org.vigie.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the bench ran on, and the process's memory as the JVM and the kernel see it. */
public final class Machine {
  private Machine() {}

  /** Cores, memory, CPU model, OS, JDK and the date. */
  public static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memory_mb", procField("/proc/meminfo", "MemTotal") / 1024);
    m.put("cpu_model", cpuModel());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    m.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version"));
    m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    m.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
    m.put("date", Instant.now().toString());
    return m;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: say so below
    }
    return "unknown";
  }

  /** A "Name:   value kB" field of a /proc file, in kB; -1 when unreadable. */
  static long procField(String file, String name) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(name + ":")) {
          String value = line.substring(name.length() + 1).trim().split("\\s+")[0];
          return Long.parseLong(value);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  /** Peak resident set size of this process (VmHWM) in MB, or -1 when unknown. */
  public static double peakRssMb() {
    long kb = procField("/proc/self/status", "VmHWM");
    return kb < 0 ? -1 : kb / 1024.0;
  }

  /** The sum over heap pools of their peak usage since the last {@link #resetHeapPeaks}, in MB. */
  public static double heapPeakMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : heapPools()) {
      bytes += pool.getPeakUsage().getUsed();
    }
    return bytes / (1024.0 * 1024.0);
  }

  public static void resetHeapPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Heap in use after a full collection, in MB: what the phase keeps alive. */
  public static double liveHeapMb() {
    System.gc();
    var usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return usage.getUsed() / (1024.0 * 1024.0);
  }

  /**
   * The share of the maximum heap in use just after the last collection of each heap pool (old objects not yet
   * found dead included, so an upper bound), or 0 when the maximum is unknown. Forces no collection.
   */
  public static double heapShareAfterLastGc() {
    long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    if (max <= 0) {
      return 0;
    }
    long used = 0;
    for (MemoryPoolMXBean pool : heapPools()) {
      var usage = pool.getCollectionUsage();
      used += usage == null ? 0 : usage.getUsed();
    }
    return (double) used / max;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
