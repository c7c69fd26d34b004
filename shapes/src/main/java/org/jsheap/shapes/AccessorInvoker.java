package org.jsheap.shapes;

import org.jsheap.gc.ValueCodec;

/**
 * Calls the getter and setter functions of accessor properties. The object model stores accessor
 * pairs as values but knows nothing of functions; the language supplies this. Implementations may
 * allocate: they receive tagged values and must root what they keep across allocations.
 */
public interface AccessorInvoker {
  /** Ignores setters and returns undefined from getters. */
  AccessorInvoker NONE =
      new AccessorInvoker() {
        @Override
        public long callGetter(long getter, long receiver) {
          return ValueCodec.UNDEFINED;
        }

        @Override
        public void callSetter(long setter, long receiver, long value) {}
      };

  long callGetter(long getter, long receiver);

  void callSetter(long setter, long receiver, long value);
}
