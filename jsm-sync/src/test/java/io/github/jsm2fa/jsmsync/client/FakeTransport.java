package io.github.jsm2fa.jsmsync.client;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Answers queued responses in order and records what was asked. */
final class FakeTransport implements JsmTransport {
  final Deque<Object> answers = new ArrayDeque<>();
  final List<URI> uris = new ArrayList<>();
  final List<Map<String, String>> headers = new ArrayList<>();

  FakeTransport answer(int status, String retryAfter, String body) {
    answers.add(new Response(status, retryAfter, body));
    return this;
  }

  FakeTransport fail(IOException failure) {
    answers.add(failure);
    return this;
  }

  @Override
  public Response get(URI uri, Map<String, String> headers) throws IOException {
    uris.add(uri);
    this.headers.add(Map.copyOf(headers));
    Object next = answers.removeFirst();
    if (next instanceof IOException failure) {
      throw failure;
    }
    return (Response) next;
  }

  static String page(boolean last, String... values) {
    return "{\"size\":"
        + values.length
        + ",\"isLastPage\":"
        + last
        + ",\"values\":["
        + String.join(",", values)
        + "]}";
  }

  static String cloudCustomer(String id, String email, boolean active) {
    return "{\"accountId\":\""
        + id
        + "\",\"emailAddress\":"
        + (email == null ? "null" : "\"" + email + "\"")
        + ",\"displayName\":\"Name "
        + id
        + "\",\"active\":"
        + active
        + "}";
  }
}
