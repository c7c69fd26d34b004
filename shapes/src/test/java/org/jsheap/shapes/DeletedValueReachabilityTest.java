package org.jsheap.shapes;

import static org.jsheap.shapes.HeapFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.jsheap.gc.GcListener;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A deleted property lets go of its value: the collector must be able to free it. Observed through
 * the class ids a full marking reports live ({@link GcListener#liveClassIds}): the value is a
 * marker object whose shape no other object carries.
 */
class DeletedValueReachabilityTest {
  final HeapFixture fx = new HeapFixture();
  final ObjectModel m = fx.model;
  private BitSet live = new BitSet();

  @AfterEach
  void close() {
    fx.close();
  }

  /** A rooted marker object with a shape of its own; returns its class id. */
  private int storeMarker(int holder, Object key, boolean element) {
    int marker = fx.newObject();
    m.put(fx.ref(marker), "onlyTheMarkerHasThis" + key, i(1));
    int id = fx.heap.classId(ObjectModel.addr(fx.ref(marker)));
    if (element) {
      m.putElement(fx.ref(holder), (Long) key, fx.ref(marker));
    } else {
      m.put(fx.ref(holder), key, fx.ref(marker));
    }
    fx.set(marker, ValueCodec.UNDEFINED);
    return id;
  }

  private boolean liveAfterFullCollection(int classId) {
    fx.heap.collectFull();
    return live.get(classId);
  }

  private void listen() {
    fx.heap.addListener(
        new GcListener() {
          @Override
          public void liveClassIds(BitSet classIds) {
            live = (BitSet) classIds.clone();
          }
        });
  }

  @Test
  void aDeletedDictionaryPropertyValueIsCollectable() {
    listen();
    int o = fx.newObject();
    m.toDictionaryMode(fx.ref(o));
    m.put(fx.ref(o), "before", i(0));
    int id = storeMarker(o, "x", false);
    m.put(fx.ref(o), "after", i(2));
    assertTrue(liveAfterFullCollection(id), "reachable through the property");
    assertTrue(m.delete(fx.ref(o), "x"));
    assertFalse(liveAfterFullCollection(id), "the deleted entry still holds its value");
    assertEquals(ValueCodec.UNDEFINED, m.get(fx.ref(o), "x"));
    assertEquals(i(2), m.get(fx.ref(o), "after"));
  }

  @Test
  void aDeletedSymbolKeyedDictionaryValueIsCollectable() {
    listen();
    int o = fx.newObject();
    SymbolKey key = new SymbolKey("x");
    int id = storeMarker(o, key, false);
    m.put(fx.ref(o), "after", i(2));
    assertTrue(m.delete(fx.ref(o), key), "a middle property: the object goes dictionary");
    assertTrue(m.isDictionaryMode(fx.ref(o)));
    assertFalse(liveAfterFullCollection(id), "the deleted entry still holds its value");
  }

  @Test
  void aDeletedSparseElementIsCollectable() {
    listen();
    int o = fx.newObject();
    m.putElement(fx.ref(o), 5_000_000L, i(1));
    int id = storeMarker(o, 7_000_000L, true);
    assertTrue(liveAfterFullCollection(id), "reachable through the element");
    assertTrue(m.deleteElement(fx.ref(o), 7_000_000L));
    assertFalse(liveAfterFullCollection(id), "the deleted element entry still holds its value");
    assertEquals(i(1), m.getElement(fx.ref(o), 5_000_000L));
  }

  @Test
  void aDeletedLastAddedFastPropertyValueIsCollectable() {
    listen();
    int o = fx.newObject();
    m.put(fx.ref(o), "a", i(0));
    int id = storeMarker(o, "last", false);
    assertTrue(liveAfterFullCollection(id));
    assertTrue(m.delete(fx.ref(o), "last"));
    assertFalse(m.isDictionaryMode(fx.ref(o)));
    assertFalse(liveAfterFullCollection(id), "the vacated slot still holds its value");
  }
}
