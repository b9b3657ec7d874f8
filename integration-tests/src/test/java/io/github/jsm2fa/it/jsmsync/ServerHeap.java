package io.github.jsm2fa.it.jsmsync;

import io.github.jsm2fa.testbed.KeycloakServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Keycloak process's used heap after a full GC, read with the JDK's {@code jcmd}. */
final class ServerHeap {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final long pid;

  private ServerHeap(long pid) {
    this.pid = pid;
  }

  static ServerHeap of(KeycloakServer server) {
    String home = server.home().toAbsolutePath().toString();
    long pid =
        ProcessHandle.allProcesses()
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .map(c -> c.contains("kc.home.dir=" + home))
                        .orElse(false))
            .mapToLong(ProcessHandle::pid)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No Keycloak process for " + home));
    return new ServerHeap(pid);
  }

  /** Used heap in MiB after a full collection. */
  long usedMibAfterGc() {
    jcmd("GC.run");
    Matcher used = USED.matcher(jcmd("GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("jcmd printed no heap usage");
    }
    return Long.parseLong(used.group(1)) / 1024;
  }

  private String jcmd(String command) {
    try {
      Process process =
          new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("jcmd failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
