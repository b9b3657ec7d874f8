package io.github.jsm2fa.testbed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An unpacked Keycloak distribution that one server owns and may change. */
final class KeycloakHome {

  private final Path dir;

  KeycloakHome(Path dir) {
    this.dir = dir;
  }

  Path launcher() {
    return dir.resolve("bin").resolve("kc.sh");
  }

  Path providersDir() {
    return dir.resolve("providers");
  }

  Path dataDir() {
    return dir.resolve("data");
  }

  Path importDir() {
    return dataDir().resolve("import");
  }

  /** Installs exactly the given providers and realm files, optionally wiping earlier data. */
  void prepare(boolean freshData, List<Path> providers, List<Path> realmFiles) throws IOException {
    if (!Files.isRegularFile(launcher())) {
      throw new IllegalArgumentException(dir + " is not an unpacked Keycloak distribution");
    }
    // Some unpackers drop the executable bit.
    launcher().toFile().setExecutable(true);

    if (freshData) {
      deleteTree(dataDir());
    }
    installProviders(providers);
    deleteTree(importDir());
    Files.createDirectories(importDir());
    for (Path realm : realmFiles) {
      Files.copy(realm, importDir().resolve(realm.getFileName()));
    }
  }

  private void installProviders(List<Path> jars) throws IOException {
    Files.createDirectories(providersDir());
    Set<String> wanted =
        jars.stream().map(jar -> jar.getFileName().toString()).collect(Collectors.toSet());
    try (Stream<Path> present = Files.list(providersDir())) {
      for (Path old : present.filter(p -> p.toString().endsWith(".jar")).toList()) {
        if (!wanted.contains(old.getFileName().toString())) {
          Files.delete(old);
        }
      }
    }
    for (Path jar : jars) {
      Path target = providersDir().resolve(jar.getFileName());
      // Keycloak rebuilds itself when a provider's timestamp changes, which costs 20-90 s; a
      // rebuilt but identical jar (shaded jars are rewritten on every build) keeps the old one.
      if (!Files.exists(target) || Files.mismatch(jar, target) != -1) {
        Files.copy(
            jar, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
