package org.jsheap.shapes;

import com.oracle.truffle.api.dsl.Idempotent;

/**
 * One named property of a fast-mode shape: key, location, attribute flags and field representation.
 * Immutable. An accessor property's slot holds a reference to an accessor pair (getter, setter);
 * its representation is {@link Representation#ANY}.
 */
public final class Property {
  public static final int WRITABLE = 1;
  public static final int ENUMERABLE = 2;
  public static final int CONFIGURABLE = 4;

  /** The property is an accessor (getter/setter pair), not a data property. */
  public static final int ACCESSOR = 8;

  /** Attributes of a property created by assignment: writable, enumerable, configurable. */
  public static final int DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE;

  /** Mask of the bits that are attributes (not kind). */
  public static final int ATTRIBUTE_MASK = WRITABLE | ENUMERABLE | CONFIGURABLE;

  private final Object key;
  private final Location location;
  private final int flags;
  private final Representation representation;

  Property(Object key, Location location, int flags, Representation representation) {
    this.key = key;
    this.location = location;
    this.flags = flags;
    this.representation = representation;
  }

  /** The key: a canonical (interned) {@link String} or a {@link SymbolKey}. */
  public Object key() {
    return key;
  }

  public Location location() {
    return location;
  }

  /** Attribute and kind bits ({@link #WRITABLE}, {@link #ENUMERABLE}, ...). */
  @Idempotent
  public int flags() {
    return flags;
  }

  public Representation representation() {
    return representation;
  }

  @Idempotent
  public boolean isWritable() {
    return (flags & WRITABLE) != 0;
  }

  public boolean isEnumerable() {
    return (flags & ENUMERABLE) != 0;
  }

  public boolean isConfigurable() {
    return (flags & CONFIGURABLE) != 0;
  }

  public boolean isAccessor() {
    return (flags & ACCESSOR) != 0;
  }

  Property withFlags(int newFlags) {
    Representation rep = (newFlags & ACCESSOR) != 0 ? Representation.ANY : representation;
    return new Property(key, location, newFlags, rep);
  }

  Property withRepresentation(Representation rep) {
    return new Property(key, location, flags, rep);
  }

  @Override
  public String toString() {
    return key + "@" + location + ":" + representation + "/" + Integer.toBinaryString(flags);
  }
}
