package org.jsheap.gc;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A JDK Flight Recorder event for every collection pause: its duration is the pause, its fields the
 * heap's state after it. Enabled like any JFR event ({@code jfr configure} or {@code
 * Recording.enable("jsheap.GcPause")}); when disabled it costs one check per collection.
 */
@Name(GcPauseEvent.NAME)
@Label("JSHeap GC Pause")
@Category({"JSHeap", "GC"})
@Description("A stop-the-world pause of a JSHeap collector")
final class GcPauseEvent extends Event {
  static final String NAME = "jsheap.GcPause";

  @Label("Kind")
  String kind;

  @Label("Young Used")
  @DataAmount
  long youngUsedBytes;

  @Label("Old Used")
  @DataAmount
  long oldUsedBytes;

  @Label("Promoted (cumulative)")
  @DataAmount
  long bytesPromoted;

  @Label("Freed (cumulative)")
  @DataAmount
  long bytesFreed;
}
