package org.jsheap.shapes;

/**
 * A snapshot of an own property: its value (data) or getter and setter (accessor), and its flags.
 * Values are tagged; references in them are stale after the next allocation.
 */
public record PropertyDescriptor(long value, long getter, long setter, int flags) {
  public boolean isAccessor() {
    return (flags & Property.ACCESSOR) != 0;
  }

  public boolean isWritable() {
    return (flags & Property.WRITABLE) != 0;
  }

  public boolean isEnumerable() {
    return (flags & Property.ENUMERABLE) != 0;
  }

  public boolean isConfigurable() {
    return (flags & Property.CONFIGURABLE) != 0;
  }
}
