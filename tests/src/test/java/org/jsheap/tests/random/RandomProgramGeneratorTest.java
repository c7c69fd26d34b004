package org.jsheap.tests.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jsheap.tests.js.Languages;
import org.jsheap.tests.js.ProgramRunner;
import org.junit.jupiter.api.Test;

/** The generator is deterministic and its programs run to the end on GraalJS. */
class RandomProgramGeneratorTest {

  @Test
  void theSameSeedGivesTheSameProgramAndSeedsDiffer() {
    assertEquals(RandomProgramGenerator.generate(17), RandomProgramGenerator.generate(17));
    assertNotEquals(RandomProgramGenerator.generate(17), RandomProgramGenerator.generate(18));
  }

  @Test
  void programsRunToTheEndOnGraalJsWithoutAnUncaughtError() {
    try (ProgramRunner runner = new ProgramRunner(null)) {
      for (long seed = 1; seed <= 50; seed++) {
        String program = RandomProgramGenerator.generate(seed);
        String output = runner.run(Languages.REFERENCE, "seed.js", program, Map.of());
        assertFalse(output.contains("Uncaught"), "seed " + seed + ":\n" + program + "\n" + output);
        assertTrue(output.lines().count() >= 2, output);
      }
    }
  }
}
