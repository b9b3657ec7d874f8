package io.github.jsm2fa.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionsTest {

  @TempDir Path dir;

  @Test
  void copyIfMissing_leavesOutDataAndProviderJars() throws Exception {
    Path source = dir.resolve("staged/keycloak-1.0");
    Files.createDirectories(source.resolve("bin"));
    Files.writeString(source.resolve("bin/kc.sh"), "#!/bin/sh\n");
    Files.createDirectories(source.resolve("data/h2"));
    Files.writeString(source.resolve("data/h2/keycloakdb.mv.db"), "db");
    Files.createDirectories(source.resolve("providers"));
    Files.writeString(source.resolve("providers/pack.jar"), "jar");
    Files.writeString(source.resolve("providers/README.md"), "readme");

    Path copy = Distributions.copyIfMissing(source, dir.resolve("run"));

    assertThat(copy).isEqualTo(dir.resolve("run/keycloak-1.0"));
    assertThat(copy.resolve("bin/kc.sh")).exists();
    assertThat(copy.resolve("providers/README.md")).exists();
    assertThat(copy.resolve("providers/pack.jar")).doesNotExist();
    assertThat(copy.resolve("data")).doesNotExist();
  }

  @Test
  void copyIfMissing_existingCopy_isKept() throws Exception {
    Path source = dir.resolve("staged/keycloak-1.0");
    Files.createDirectories(source.resolve("bin"));
    Files.writeString(source.resolve("bin/kc.sh"), "new");
    Path existing = Files.createDirectories(dir.resolve("run/keycloak-1.0/bin"));
    Files.writeString(existing.resolve("kc.sh"), "old");

    Distributions.copyIfMissing(source, dir.resolve("run"));

    assertThat(existing.resolve("kc.sh")).hasContent("old");
  }
}
