package io.github.jsm2fa.policy;

import java.util.Collection;
import java.util.List;

/** Effective group membership by path: a member of "/a/b/c" is a member of "/a/b" and "/a". */
final class GroupPaths {

  private GroupPaths() {}

  static boolean anyUnder(Collection<String> memberPaths, List<String> listedPaths) {
    for (String member : memberPaths) {
      for (String listed : listedPaths) {
        if (listed.isEmpty() || "/".equals(listed)) {
          continue;
        }
        String prefix = listed + "/";
        if (member.equals(listed) || member.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }
}
