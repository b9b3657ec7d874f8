package io.github.jsm2fa.yubikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenDecryptorTest {

  private static final byte[] KEY = HexFormat.of().parseHex(TestOtps.AES_KEY);

  @ParameterizedTest(name = "counter {0}, use {1}, timestamp {2}")
  @CsvSource({"0, 0, 0", "1, 0, 1", "5, 3, 123456", "32767, 255, 16777215"})
  void validToken_decryptsToItsFields(int counter, int use, int timestamp) {
    String token =
        TestOtps.token(TestOtps.AES_KEY, TestOtps.PRIVATE_ID, counter, use, timestamp, 7);

    DecryptedToken decrypted = TokenDecryptor.decrypt(token, KEY).orElseThrow();

    assertThat(decrypted)
        .isEqualTo(new DecryptedToken(TestOtps.PRIVATE_ID, counter, use, timestamp));
  }

  @Test
  void highBitOfCounter_isIgnored_asTheKeySetsItAsAFlag() {
    String token = TestOtps.token(TestOtps.AES_KEY, TestOtps.PRIVATE_ID, 0x8005, 1, 0, 0);

    assertThat(TokenDecryptor.decrypt(token, KEY).orElseThrow().sessionCounter()).isEqualTo(5);
  }

  @Test
  void wrongAesKey_failsTheCrc() {
    String token =
        TestOtps.token("ffeeddccbbaa99887766554433221100", TestOtps.PRIVATE_ID, 1, 1, 1, 1);

    assertThat(TokenDecryptor.decrypt(token, KEY)).isEmpty();
  }

  @Test
  void flippedCiphertext_failsTheCrc() {
    String token = TestOtps.token(TestOtps.AES_KEY, TestOtps.PRIVATE_ID, 1, 1, 1, 1);
    String flipped = (token.charAt(0) == 'c' ? "b" : "c") + token.substring(1);

    assertThat(TokenDecryptor.decrypt(flipped, KEY)).isEmpty();
  }
}
