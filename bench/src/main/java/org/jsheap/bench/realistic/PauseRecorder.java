package org.jsheap.bench.realistic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records the stop-the-world pauses of both collectors in this JVM over one stretch of time with
 * the JDK Flight Recorder: JSHeap's ({@code jsheap.GcPause}, every collection and incremental
 * marking step, see org.jsheap.gc.GcPauseEvent) and the JVM's own ({@code jdk.GCPhasePause}, one
 * event per G1 pause: young, mixed, remark, cleanup), with nanosecond durations.
 */
public final class PauseRecorder {
  /** JSHeap's pause event (org.jsheap.gc.GcPauseEvent.NAME). */
  public static final String JSHEAP_PAUSE = "jsheap.GcPause";

  /** HotSpot's per-pause event. */
  public static final String JVM_PAUSE = "jdk.GCPhasePause";

  private Recording recording;

  /** Starts recording pauses. */
  public void start() {
    recording = new Recording();
    recording.enable(JSHEAP_PAUSE).withoutThreshold();
    recording.enable(JVM_PAUSE).withoutThreshold();
    recording.setToDisk(true);
    recording.start();
  }

  /** Stops recording; returns the pauses of both collectors since {@link #start}. */
  public Pauses stop() {
    recording.stop();
    List<Long> jsheap = new ArrayList<>();
    List<Long> jvm = new ArrayList<>();
    Map<String, List<Long>> byKind = new TreeMap<>();
    try {
      Path file = Files.createTempFile("jsheap-pauses", ".jfr");
      try {
        recording.dump(file);
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
          String type = e.getEventType().getName();
          long nanos = e.getDuration().toNanos();
          if (type.equals(JSHEAP_PAUSE)) {
            jsheap.add(nanos);
            byKind.computeIfAbsent(e.getString("kind"), k -> new ArrayList<>()).add(nanos);
          } else if (type.equals(JVM_PAUSE)) {
            jvm.add(nanos);
          }
        }
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recording.close();
      recording = null;
    }
    Map<String, PauseStats> kinds = new TreeMap<>();
    byKind.forEach((kind, pauses) -> kinds.put(kind, PauseStats.of(pauses)));
    return new Pauses(PauseStats.of(jsheap), PauseStats.of(jvm), kinds);
  }

  /**
   * The pauses of one recorded stretch: JSHeap's collector (all, and by collection kind: {@code
   * SCAVENGE}, {@code FULL}, {@code MARKING_STEP}, ...) and the JVM's.
   */
  public record Pauses(PauseStats jsheap, PauseStats jvm, Map<String, PauseStats> jsheapByKind) {}
}
