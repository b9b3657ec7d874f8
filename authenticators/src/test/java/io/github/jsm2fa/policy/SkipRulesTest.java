package io.github.jsm2fa.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keycloak.models.GroupModel;
import org.keycloak.models.UserModel;

class SkipRulesTest {

  private final UserModel user = mock(UserModel.class);

  private static GroupModel group(String name, GroupModel parent) {
    GroupModel group = mock(GroupModel.class);
    String parentId = parent == null ? null : "id-of-parent-of-" + name;
    when(group.getName()).thenReturn(name);
    when(group.getParent()).thenReturn(parent);
    when(group.getParentId()).thenReturn(parentId);
    return group;
  }

  @Test
  void listedUsername_isSkipped_caseInsensitively() {
    when(user.getUsername()).thenReturn("alice@example.com");
    when(user.getGroupsStream()).thenReturn(Stream.empty());

    assertThat(
            CustomerStateReader.isSkipped(
                user, PolicyConfig.parse(Map.of("skipCustomers", "Alice@Example.com"))))
        .isTrue();
  }

  @Test
  void memberOfSubgroup_ofListedGroup_isSkipped() {
    GroupModel partners = group("partners", null);
    GroupModel vip = group("vip", partners);
    when(user.getUsername()).thenReturn("bob");
    when(user.getGroupsStream()).thenReturn(Stream.of(vip));

    assertThat(
            CustomerStateReader.isSkipped(
                user, PolicyConfig.parse(Map.of("skipGroups", "/partners"))))
        .isTrue();
  }

  @Test
  void memberOfOtherGroup_isNotSkipped() {
    GroupModel staff = group("staff", null);
    when(user.getUsername()).thenReturn("bob");
    when(user.getGroupsStream()).thenReturn(Stream.of(staff));

    assertThat(
            CustomerStateReader.isSkipped(
                user, PolicyConfig.parse(Map.of("skipGroups", "/partners"))))
        .isFalse();
  }

  @Test
  void twoFactorDisabledByAnAdmin_isSkipped() {
    when(user.getFirstAttribute(CustomerAttributes.DISABLED)).thenReturn("true");

    assertThat(CustomerStateReader.isSkipped(user, PolicyConfig.DEFAULTS)).isTrue();
  }
}
