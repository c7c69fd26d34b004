package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UriCodecTest {
  @Test
  void encodesUtf8AndKeepsTheUnescapedSet() {
    assertEquals(
        "a%20b%26c%2F%C3%A9", UriCodec.encode("a b&c/\u00e9", UriCodec.COMPONENT_UNESCAPED));
    assertEquals(
        "http://x.y/a%20b?q=1&r=%C3%A9#f",
        UriCodec.encode("http://x.y/a b?q=1&r=\u00e9#f", UriCodec.URI_UNESCAPED));
    assertEquals("%F0%9F%98%80", UriCodec.encode("\ud83d\ude00", UriCodec.COMPONENT_UNESCAPED));
    assertThrows(
        IllegalArgumentException.class, () -> UriCodec.encode("\ud83d", UriCodec.URI_UNESCAPED));
    assertThrows(
        IllegalArgumentException.class, () -> UriCodec.encode("\ude00", UriCodec.URI_UNESCAPED));
  }

  @Test
  void decodesAndRejectsMalformedSequences() {
    assertEquals("a b&c", UriCodec.decode("a%20b%26c", ""));
    assertEquals("%26 \u20ac", UriCodec.decode("%26%20%E2%82%AC", UriCodec.URI_RESERVED_SET));
    assertEquals("\ud83d\ude00", UriCodec.decode("%F0%9F%98%80", ""));
    for (String bad :
        new String[] {"%", "%4", "%zz", "%C3", "%C3%41", "%C0%80", "%ED%A0%80", "%FF"}) {
      assertThrows(IllegalArgumentException.class, () -> UriCodec.decode(bad, ""), bad);
    }
  }

  @Test
  void escapeAndUnescape() {
    assertEquals("a%20b%u20AC@*_+-./%E9", UriCodec.escape("a b\u20ac@*_+-./\u00e9"));
    assertEquals("A\u20ac%zz%u12", UriCodec.unescape("%41%u20ac%zz%u12"));
  }
}
