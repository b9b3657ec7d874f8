package io.github.jsm2fa.yubikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YubikeyOtpParserTest {

  private static final String QWERTY = "vvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "us-qwerty, vvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb, as-typed",
    "caps-lock, VVFKBEUNHDLCTJGRBIHLTRVLHKJCIVREDDUNHGVDLENB, as-typed",
    "us-dvorak, kkutx.gbdenjyhipxcdnypkndthjckp.eegbdiken.bx, US_DVORAK",
    "colemak, vvtebflkhsicgndpbuhigpvihencuvpfsslkhdvsifkb, COLEMAK",
    "workman, cctevrfkyhombngwvuyobwcoyenmucwrhhfkygchorkv, WORKMAN",
    "russian, ммалиугтрвдсеопкишрдекмдрлосшмкуввгтрпмвдути, RUSSIAN_JCUKEN",
  })
  void layout_readsAsQwertyOtp(String layoutName, String typed, String layout) throws Exception {
    List<YubikeyOtp> candidates = YubikeyOtpParser.parse(typed);

    assertThat(candidates).extracting(YubikeyOtp::value).contains(QWERTY);
    YubikeyOtp match = candidates.stream().filter(c -> c.value().equals(QWERTY)).findFirst().get();
    assertThat(match.layout()).isEqualTo(layout);
    assertThat(match.publicId()).isEqualTo("vvfkbeunhdlc");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "  vvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb\r\n",
        "\tvvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb\n",
        "vvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb "
      })
  void surroundingWhitespace_isTrimmed(String typed) throws Exception {
    assertThat(YubikeyOtpParser.parse(typed).get(0).value()).isEqualTo(QWERTY);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "hunter2vvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb, TOO_LONG",
    "huntvvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb, TOO_LONG",
    "vvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenbvvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb,"
        + " PASTED_TWICE",
    "ccccvvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb, TOO_LONG",
    "tjgrbihltrvlhkjcivreddunhgvdlenb, TOO_SHORT",
    "vvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdle1b, NOT_MODHEX",
    "vvfkbeunhdlc tjgrbihltrvlhkjcivreddunhgvdlen, NOT_MODHEX",
    "'   ', EMPTY",
  })
  void otherShapes_areMalformed(String typed, MalformedOtpException.Reason reason) {
    assertThatThrownBy(() -> YubikeyOtpParser.parse(typed))
        .isInstanceOfSatisfying(
            MalformedOtpException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @org.junit.jupiter.api.Test
  void nullInput_isMalformed() {
    assertThatThrownBy(() -> YubikeyOtpParser.parse(null))
        .isInstanceOf(MalformedOtpException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "french-azerty, aqqazwwzm;",
    "belgian-azerty, aqqazwwzm;",
    "german-qwertz, yzzy",
    "swiss-qwertz, yzzy",
  })
  void layoutsThatMoveNoModhexLetter_readAsTyped(String layout, String swaps) throws Exception {
    // What the layout types at each QWERTY position it changes, as pairs "qwerty, typed".
    StringBuilder typed = new StringBuilder();
    for (char c : QWERTY.toCharArray()) {
      int at = -1;
      for (int i = 0; i < swaps.length(); i += 2) {
        at = swaps.charAt(i) == c ? i : at;
      }
      typed.append(at < 0 ? c : swaps.charAt(at + 1));
    }

    YubikeyOtp read = YubikeyOtpParser.parse(typed.toString()).get(0);

    assertThat(read.value()).isEqualTo(QWERTY);
    assertThat(read.layout()).isEqualTo(YubikeyOtpParser.AS_TYPED);
  }

  @org.junit.jupiter.api.Test
  void inputReadableUnderTwoLayouts_yieldsBothReadings_asTypedFirst() throws Exception {
    // Only letters Colemak types at modhex positions that are modhex letters themselves.
    String typed = "cbcbcbcbcbcbcbcbcbcbcbcbcbcbcbcbcbcbcbcbdfdf";

    List<YubikeyOtp> candidates = YubikeyOtpParser.parse(typed);

    assertThat(candidates).extracting(YubikeyOtp::layout).startsWith(YubikeyOtpParser.AS_TYPED);
    assertThat(candidates).extracting(YubikeyOtp::layout).contains("COLEMAK");
    assertThat(candidates.get(0).value()).isEqualTo(typed);
  }

  @org.junit.jupiter.api.Test
  void toString_namesThePublicIdOnly() throws Exception {
    assertThat(YubikeyOtpParser.parse(QWERTY).get(0).toString())
        .contains("vvfkbeunhdlc")
        .doesNotContain("tjgrbihltrvl");
  }
}
