package io.github.jsm2fa.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jsm2fa.docker.DockerfileInstructions.Instruction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lint rules for the image, written out because no Dockerfile linter runs on the build machines.
 * Each rule names the mistake it guards against.
 */
class DockerfileLintTest {

  private static final Path DOCKER_DIR = Path.of("src/main/docker");
  private static final Pattern PINNED_IMAGE =
      Pattern.compile(
          "^([a-z0-9.-]+(?::\\d+)?/)?[a-z0-9._/-]+:(\\d+(?:\\.\\d+)+)(?:@sha256:\\w+)?$");

  private static final Pattern BUILDKIT_ONLY =
      Pattern.compile("^(COPY|ADD) .*--(chmod|link)\\b|^RUN .*--(mount|network|security)=");

  private static DockerfileInstructions dockerfile;

  @BeforeAll
  static void read() throws IOException {
    dockerfile = DockerfileInstructions.read(DOCKER_DIR.resolve("Dockerfile"));
  }

  @Test
  void everyBaseImage_isTheOfficialKeycloakImageAtTheVerifiedVersion() throws IOException {
    String verified = rootPomProperty("keycloak.latest.version");
    List<Instruction> froms = dockerfile.named("FROM");

    assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
    for (Instruction from : froms) {
      String image = from.arguments().split("\\s+")[0];
      assertThat(image).as("FROM %s", from.arguments()).matches(PINNED_IMAGE);
      // A digest may follow the tag (see the LIMITATION in the Dockerfile); the tag still counts.
      assertThat(image.split("@")[0]).isEqualTo("quay.io/keycloak/keycloak:" + verified);
    }
  }

  @Test
  void builderStage_buildsAnOptimizedServerThatTheFinalStageCopies() {
    assertThat(dockerfile.named("FROM").get(0).arguments()).endsWith("AS builder");
    assertThat(dockerfile.named("RUN"))
        .anySatisfy(run -> assertThat(run.arguments()).contains("/opt/keycloak/bin/kc.sh build"));
    assertThat(dockerfile.finalStage())
        .anySatisfy(
            i -> {
              assertThat(i.keyword()).isEqualTo("COPY");
              assertThat(i.arguments()).startsWith("--from=builder /opt/keycloak/");
            });
    assertThat(only(dockerfile.finalStage(), "CMD")).contains("\"--optimized\"");
    assertThat(only(dockerfile.finalStage(), "CMD")).contains("\"--import-realm\"");
  }

  @Test
  void finalStage_runsAsTheKeycloakUserWithExecFormEntrypoint() {
    String user = only(dockerfile.finalStage(), "USER");

    assertThat(user).isNotIn("root", "0", "0:0");
    assertThat(only(dockerfile.finalStage(), "ENTRYPOINT")).startsWith("[\"").endsWith("\"]");
    assertThat(only(dockerfile.finalStage(), "CMD")).startsWith("[\"").endsWith("\"]");
  }

  @Test
  void instructions_avoidKnownMistakes() {
    for (Instruction instruction : dockerfile.all()) {
      String text = instruction.keyword() + " " + instruction.arguments();
      // ADD fetches URLs and unpacks archives silently; COPY says what it does.
      assertThat(instruction.keyword()).as(text).isNotEqualTo("ADD");
      // The official image has no package manager worth trusting at build time, and no sudo.
      assertThat(text).as(text).doesNotContainPattern("(apt-get|microdnf|yum|dnf|sudo|curl|wget)");
      assertThat(instruction.arguments()).as(text).doesNotContain(":latest");
    }
  }

  @Test
  void buildKitOnlyFlags_comeWithTheSyntaxDirectiveOnTheFirstLine() throws IOException {
    String firstLine = Files.readAllLines(DOCKER_DIR.resolve("Dockerfile")).get(0);
    boolean needsBuildKit =
        dockerfile.all().stream()
            .anyMatch(i -> BUILDKIT_ONLY.matcher(i.keyword() + " " + i.arguments()).find());

    // The legacy builder rejects --chmod, --link and RUN --mount; the directive makes Docker use
    // BuildKit's Dockerfile frontend, and it counts only on the very first line.
    if (needsBuildKit) {
      assertThat(firstLine).matches("# syntax=docker/dockerfile:1(\\.\\d+)*");
    }
  }

  @Test
  void env_holdsNoSecret() {
    for (Instruction env : dockerfile.named("ENV")) {
      for (String assignment : env.arguments().split("\\s+")) {
        String name = assignment.split("=", 2)[0].toUpperCase(Locale.ROOT);
        assertThat(name).as(assignment).doesNotContainPattern("PASSWORD|SECRET|TOKEN|KEY");
      }
    }
  }

  @Test
  void everyCopySource_isInTheBuildContext() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    for (Instruction copy : dockerfile.named("COPY")) {
      String[] words = copy.arguments().split("\\s+");
      if (copy.arguments().startsWith("--from=")) {
        continue;
      }
      String source = words[words.length - 2];
      boolean fromSources = Files.exists(DOCKER_DIR.resolve(source));
      // The rest is assembled by the POM into a directory of the same name.
      boolean assembled =
          pom.contains("${docker.context}/" + source.replace("/", "") + "<")
              || pom.contains("<includes>" + source);
      assertThat(fromSources || assembled)
          .as("COPY source %s is in src/main/docker or assembled by the POM", source)
          .isTrue();
    }
  }

  @Test
  void entrypoint_isABashScriptThatFailsFastAndExecsKeycloak() throws IOException {
    List<String> lines = Files.readAllLines(DOCKER_DIR.resolve("docker-entrypoint.sh"));

    assertThat(lines.get(0)).isEqualTo("#!/bin/bash");
    assertThat(lines).contains("set -euo pipefail");
    // The home is overridable for EntrypointScriptTest only; the image's default must stay.
    assertThat(lines).contains("keycloak_home=\"${JSM2FA_KEYCLOAK_HOME:-/opt/keycloak}\"");
    assertThat(lines).contains("exec \"$keycloak_home/bin/kc.sh\" \"$@\"");
    // Tracing would print every secret the script exports.
    assertThat(lines).noneSatisfy(l -> assertThat(l).containsPattern("set -[a-z]*x|xtrace"));
    assertThat(Files.isExecutable(DOCKER_DIR.resolve("docker-entrypoint.sh"))).isTrue();
  }

  private static String only(List<Instruction> instructions, String keyword) {
    List<Instruction> matching =
        instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    assertThat(matching).as(keyword).hasSize(1);
    return matching.get(0).arguments();
  }

  static String rootPomProperty(String name) throws IOException {
    String pom = Files.readString(Path.of("../pom.xml"));
    Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(matcher.find()).as("property %s in the root POM", name).isTrue();
    return matcher.group(1).strip();
  }
}
