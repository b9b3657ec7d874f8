package io.github.jsm2fa.jsmsync.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerCsvColumnsTest {

  @ParameterizedTest
  @ValueSource(strings = {"email", "Email", "E-mail", "E-Mail Address", "email_address", " MAIL "})
  void emailSpelling_matched(String header) {
    assertThat(CustomerCsvColumns.match(List.of("x", header)).email()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"display name", "Display-Name", "Full name", "name", "Customer"})
  void displayNameSpelling_matched(String header) {
    assertThat(CustomerCsvColumns.match(List.of("email", header)).displayName()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Account ID", "accountId", "key", "User key"})
  void accountIdSpelling_matched(String header) {
    assertThat(CustomerCsvColumns.match(List.of(header, "email")).accountId()).isZero();
  }
}
