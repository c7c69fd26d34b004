package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/** Every collection is visible to JDK Flight Recorder as a {@code jsheap.GcPause} event. */
class GcPauseEventTest {
  @Test
  void collectionsAreRecordedAsFlightRecorderEvents() throws Exception {
    Path file = Files.createTempFile("jsheap-gc", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable(GcPauseEvent.NAME).withThreshold(java.time.Duration.ZERO);
      recording.start();
      try (Heap heap = Heap.create(TestHeaps.small().build())) {
        ValueStack stack = heap.newValueStack(16, 1024);
        stack.push(ValueCodec.fromReference(heap.allocate(1, 0, 2, 0)));
        heap.collectYoung();
        heap.collectFull();
        heap.startIncrementalMarking();
        while (!heap.incrementalMarkingStep(64)) {
          // steps until the cycle finishes
        }
      }
      recording.stop();
      recording.dump(file);
      List<RecordedEvent> events =
          RecordingFile.readAllEvents(file).stream()
              .filter(e -> e.getEventType().getName().equals(GcPauseEvent.NAME))
              .toList();
      assertFalse(events.isEmpty(), "no jsheap.GcPause events recorded");
      assertTrue(
          events.stream().anyMatch(e -> "SCAVENGE".equals(e.getString("kind"))), "a scavenge");
      assertTrue(events.stream().anyMatch(e -> "FULL".equals(e.getString("kind"))), "a full GC");
      assertTrue(
          events.stream().anyMatch(e -> "MARKING_STEP".equals(e.getString("kind"))),
          "incremental marking steps");
      assertTrue(
          events.stream().anyMatch(e -> "INCREMENTAL_FINALIZE".equals(e.getString("kind"))),
          "the final pause of the incremental cycle");
      assertTrue(
          events.stream().allMatch(e -> e.getLong("oldUsedBytes") >= 0 && e.getDuration() != null));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
