package io.github.jsm2fa.testbed.jsm;

import java.util.HashMap;
import java.util.Map;

/**
 * Which fault hits which page. A page is named by the listing it belongs to (the request path, e.g.
 * {@code /rest/servicedeskapi/servicedesk/1/customer}) and its {@code start} value.
 */
final class FaultPlan {
  private final Map<String, Fault> remaining = new HashMap<>();

  synchronized void add(String path, int start, Fault fault) {
    remaining.put(path + "@" + start, fault);
  }

  synchronized void clear() {
    remaining.clear();
  }

  /** The fault to show now for this page, counting it down; null when the page behaves. */
  synchronized Fault take(String path, int start) {
    String key = path + "@" + start;
    Fault fault = remaining.get(key);
    if (fault == null) {
      return null;
    }
    if (fault.times() <= 1) {
      remaining.remove(key);
    } else {
      remaining.put(key, new Fault(fault.kind(), fault.status(), fault.delay(), fault.times() - 1));
    }
    return fault;
  }
}
