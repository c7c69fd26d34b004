package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StressModeTest {

  @Test
  void parsesTheFullSpecification() {
    StressMode m = StressMode.parse("minor=7,major=97,random=4242,verify,poison");
    assertEquals(new StressMode(7, 97, 4242, true, true), m);
    assertTrue(m.forcesCollections());
  }

  @Test
  void parsingIgnoresCaseSpacesAndEmptyItems() {
    assertEquals(
        new StressMode(3, 0, -5, true, false), StressMode.parse(" Minor=3 ,, VERIFY , random=-5,"));
    assertEquals(StressMode.NONE, StressMode.parse(""));
    assertEquals(StressMode.NONE, StressMode.parse(" , "));
  }

  @Test
  void onlyIntervalsForceCollections() {
    assertFalse(StressMode.NONE.forcesCollections());
    assertFalse(StressMode.verifyOnly().forcesCollections());
    assertTrue(StressMode.verifyOnly().verify());
    assertTrue(StressMode.verifyOnly().poison());
    assertTrue(StressMode.parse("major=1").forcesCollections());
    assertTrue(StressMode.parse("minor=1").forcesCollections());
    assertFalse(StressMode.parse("random=9,verify,poison").forcesCollections());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bogus | bogus",
        "minor=7,frequent | frequent",
        "minor=x | minor",
        "major=1.5 | major",
        "random=seed | random",
        "minor | minor",
        "major= | major",
        "minor=99999999999 | minor",
        "minor=-1 | minor",
        "major=-3 | major"
      })
  void badSpecificationsNameTheOption(String spec, String option) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StressMode.parse(spec));
    assertTrue(
        e.getMessage().contains(option),
        "message for '" + spec + "' should name " + option + ": " + e.getMessage());
  }

  @Test
  void negativeIntervalsAreRejectedByTheConstructor() {
    assertThrows(IllegalArgumentException.class, () -> new StressMode(-1, 0, 0, false, false));
    assertThrows(IllegalArgumentException.class, () -> new StressMode(0, -1, 0, false, false));
  }
}
