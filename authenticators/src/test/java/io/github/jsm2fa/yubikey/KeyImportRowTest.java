package io.github.jsm2fa.yubikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyImportRowTest {

  @Test
  void ykmanRow_readsPublicIdPrivateIdAndKey() throws Exception {
    String line =
        "12345678,vvfkbeunhdlc,A1B2C3D4E5F6,000102030405060708090A0B0C0D0E0F,,2026-12-04T10:00:00,";

    KeyImportRow row = KeyImportRow.parse(3, line).orElseThrow();

    assertThat(row.serial()).isEqualTo("12345678");
    assertThat(row.publicId()).isEqualTo("vvfkbeunhdlc");
    assertThat(row.privateId()).isEqualTo("a1b2c3d4e5f6");
    assertThat(row.aesKey()).isEqualTo("000102030405060708090a0b0c0d0e0f");
    assertThat(row.toString()).doesNotContain("000102030405").doesNotContain("a1b2c3d4e5f6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "# serial,public id,private id,key"})
  void blankAndCommentLines_areSkipped(String line) throws Exception {
    assertThat(KeyImportRow.parse(1, line)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1,vvfkbeunhdlc,a1b2c3d4e5f6 | fewer than 4 columns",
        "1,vvfkbeunhdl,a1b2c3d4e5f6,000102030405060708090a0b0c0d0e0f | public id",
        "1,vvfkbeunhdla,a1b2c3d4e5f6,000102030405060708090a0b0c0d0e0f | public id",
        "1,vvfkbeunhdlc,a1b2c3d4e5,000102030405060708090a0b0c0d0e0f | private id",
        "1,vvfkbeunhdlc,a1b2c3d4e5f6,000102030405060708090a0b0c0d0e | AES key",
        "1,vvfkbeunhdlc,a1b2c3d4e5f6,zz0102030405060708090a0b0c0d0e0f | AES key",
      })
  void badRow_isInvalid_withAReasonThatNamesNoSecret(String line, String reason) {
    assertThatThrownBy(() -> KeyImportRow.parse(1, line))
        .isInstanceOf(KeyImportRow.InvalidRowException.class)
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("0102030405"));
  }
}
