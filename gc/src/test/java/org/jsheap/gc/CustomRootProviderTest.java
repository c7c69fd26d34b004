package org.jsheap.gc;

/**
 * A VM's own root provider registered with {@link Heap#addRootProvider}, such as a class table
 * holding prototypes; dropping unregisters it.
 */
class CustomRootProviderTest extends RootProviderContractTest {

  /** A minimal VM-side root table: a few values it hands to the collector and stores back. */
  private static final class RootTable implements RootProvider {
    final long[] values = {ValueCodec.UNDEFINED, ValueCodec.UNDEFINED};

    @Override
    public void visitRoots(RootVisitor visitor) {
      for (int i = 0; i < values.length; i++) {
        values[i] = visitor.visit(values[i]);
      }
    }
  }

  @Override
  protected TestRoot newRoot(Heap heap, long value) {
    RootTable table = new RootTable();
    table.values[1] = value;
    heap.addRootProvider(table);
    return new TestRoot() {
      @Override
      public long get() {
        return table.values[1];
      }

      @Override
      public void set(long v) {
        table.values[1] = v;
      }

      @Override
      public void drop() {
        heap.removeRootProvider(table);
      }
    };
  }
}
