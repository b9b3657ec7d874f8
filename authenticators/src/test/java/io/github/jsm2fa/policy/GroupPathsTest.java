package io.github.jsm2fa.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupPathsTest {

  @ParameterizedTest
  @CsvSource({
    "/partners, /partners, true",
    "/partners/vip, /partners, true",
    "/partners/vip/eu, /partners, true",
    "/partners-old, /partners, false",
    "/staff, /partners, false",
    "/partners, /partners/vip, false",
    "/partners, /, false",
  })
  void memberPath_underListedPath(String member, String listed, boolean expected) {
    assertThat(GroupPaths.anyUnder(List.of(member), List.of(listed))).isEqualTo(expected);
  }
}
