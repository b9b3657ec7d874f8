package io.github.jsm2fa.testbed.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

  @Test
  void parse_requiredPathsOnly_usesDefaultPortAndRealm() {
    DemoSettings settings =
        DemoSettings.parse("--distribution=kc", "--providers=p", "--realms=r", "--run-dir=.run");

    assertThat(settings.distribution()).isEqualTo(Path.of("kc").toAbsolutePath());
    assertThat(settings.runDir()).isEqualTo(Path.of(".run").toAbsolutePath());
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.realm()).isEqualTo("jsm-portal");
  }

  @Test
  void parse_portGiven_overridesDefault() {
    DemoSettings settings =
        DemoSettings.parse(
            "--distribution=kc", "--providers=p", "--realms=r", "--run-dir=.run", "--port=8081");

    assertThat(settings.port()).isEqualTo(8081);
  }

  @Test
  void parse_missingPath_namesIt() {
    assertThatThrownBy(() -> DemoSettings.parse("--distribution=kc"))
        .hasMessageContaining("--providers");
  }

  @Test
  void parse_bareWord_isRejected() {
    assertThatThrownBy(() -> DemoSettings.parse("kc")).hasMessageContaining("Unexpected argument");
  }
}
