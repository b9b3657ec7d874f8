package io.github.jsm2fa.testbed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakHomeTest {

  @TempDir Path dir;
  private Path home;
  private Path jar;
  private Path realm;

  @BeforeEach
  void distribution() throws Exception {
    home = Files.createDirectories(dir.resolve("keycloak"));
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("bin/kc.sh"), "#!/bin/sh\n");
    Files.createDirectories(home.resolve("providers"));
    Files.writeString(home.resolve("providers/README.md"), "readme");
    jar = Files.writeString(dir.resolve("pack.jar"), "jar");
    realm = Files.writeString(dir.resolve("jsm-portal-realm.json"), "{}");
  }

  @Test
  void prepare_notADistribution_isRejected() {
    KeycloakHome notHome = new KeycloakHome(dir.resolve("empty"));

    assertThatThrownBy(() -> notHome.prepare(false, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prepare_replacesOldProviderJarsAndKeepsOtherFiles() throws Exception {
    Files.writeString(home.resolve("providers/old.jar"), "old");

    new KeycloakHome(home).prepare(false, List.of(jar), List.of());

    assertThat(home.resolve("providers/old.jar")).doesNotExist();
    assertThat(home.resolve("providers/pack.jar")).hasContent("jar");
    assertThat(home.resolve("providers/README.md")).exists();
  }

  @Test
  void prepare_keepsTimestampOfProviderJars() throws Exception {
    new KeycloakHome(home).prepare(false, List.of(jar), List.of());

    assertThat(Files.getLastModifiedTime(home.resolve("providers/pack.jar")).toMillis())
        .isEqualTo(Files.getLastModifiedTime(jar).toMillis());
  }

  @Test
  void prepare_identicalJarRebuilt_keepsInstalledTimestamp() throws Exception {
    new KeycloakHome(home).prepare(false, List.of(jar), List.of());
    FileTime installed = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(home.resolve("providers/pack.jar"), installed);

    new KeycloakHome(home).prepare(false, List.of(jar), List.of());

    assertThat(Files.getLastModifiedTime(home.resolve("providers/pack.jar"))).isEqualTo(installed);
  }

  @Test
  void prepare_changedJar_isCopiedAgain() throws Exception {
    new KeycloakHome(home).prepare(false, List.of(jar), List.of());
    Files.writeString(jar, "changed");

    new KeycloakHome(home).prepare(false, List.of(jar), List.of());

    assertThat(home.resolve("providers/pack.jar")).hasContent("changed");
  }

  @Test
  void prepare_installsOnlyTheGivenRealmFiles() throws Exception {
    Files.createDirectories(home.resolve("data/import"));
    Files.writeString(home.resolve("data/import/stale-realm.json"), "{}");

    new KeycloakHome(home).prepare(false, List.of(), List.of(realm));

    assertThat(home.resolve("data/import/stale-realm.json")).doesNotExist();
    assertThat(home.resolve("data/import/jsm-portal-realm.json")).exists();
  }

  @Test
  void prepare_freshData_deletesDatabase() throws Exception {
    Files.createDirectories(home.resolve("data/h2"));
    Files.writeString(home.resolve("data/h2/keycloakdb.mv.db"), "db");

    new KeycloakHome(home).prepare(true, List.of(), List.of());

    assertThat(home.resolve("data/h2")).doesNotExist();
  }

  @Test
  void prepare_withoutFreshData_keepsDatabase() throws Exception {
    Files.createDirectories(home.resolve("data/h2"));
    Files.writeString(home.resolve("data/h2/keycloakdb.mv.db"), "db");

    new KeycloakHome(home).prepare(false, List.of(), List.of());

    assertThat(home.resolve("data/h2/keycloakdb.mv.db")).exists();
  }
}
