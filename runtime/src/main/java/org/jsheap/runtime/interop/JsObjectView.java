package org.jsheap.runtime.interop;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.utilities.TriState;
import org.jsheap.gc.GlobalHandle;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;

/**
 * A JS heap value (object, array, function, symbol) seen from Java or another language. It holds
 * the value through a {@link GlobalHandle}, so the collector keeps the object alive and updates the
 * reference when it moves, until the view is collected ({@link HostHandles}) or the context closes.
 * Every message reads the handle afresh and runs in {@link ViewOps} behind a boundary.
 */
@ExportLibrary(InteropLibrary.class)
public final class JsObjectView implements TruffleObject {
  private final JSHeapContext ctx;
  private final GlobalHandle handle;

  JsObjectView(JSHeapContext ctx, long value) {
    this.ctx = ctx;
    this.handle = ctx.interop().handles().register(this, value);
  }

  JSHeapContext context() {
    return ctx;
  }

  /** The tagged value (valid until the next operation that may collect). */
  long value() {
    return handle.get();
  }

  @ExportMessage
  boolean hasLanguage() {
    return true;
  }

  @ExportMessage
  Class<? extends TruffleLanguage<?>> getLanguage() {
    return JSHeapLanguage.class;
  }

  @ExportMessage
  Object toDisplayString(boolean allowSideEffects) {
    return ViewOps.display(this, allowSideEffects);
  }

  @ExportMessage
  boolean hasMembers() {
    return ViewOps.isObject(this);
  }

  @ExportMessage
  Object getMembers(@SuppressWarnings("unused") boolean includeInternal)
      throws UnsupportedMessageException {
    return new KeysArray(ViewOps.keys(this));
  }

  @ExportMessage
  boolean isMemberReadable(String member) {
    return ViewOps.has(this, member);
  }

  @ExportMessage
  Object readMember(String member) throws UnknownIdentifierException, UnsupportedMessageException {
    return ViewOps.readMember(this, member);
  }

  @ExportMessage
  boolean isMemberModifiable(String member) {
    return ViewOps.hasOwn(this, member);
  }

  @ExportMessage
  boolean isMemberInsertable(String member) {
    return ViewOps.isObject(this) && !ViewOps.has(this, member);
  }

  @ExportMessage
  void writeMember(String member, Object value) throws UnsupportedMessageException {
    ViewOps.writeMember(this, member, value);
  }

  @ExportMessage
  boolean isMemberRemovable(String member) {
    return ViewOps.hasOwn(this, member);
  }

  @ExportMessage
  void removeMember(String member) throws UnknownIdentifierException, UnsupportedMessageException {
    ViewOps.removeMember(this, member);
  }

  @ExportMessage
  boolean isMemberInvocable(String member) {
    return ViewOps.isMemberInvocable(this, member);
  }

  @ExportMessage
  Object invokeMember(String member, Object[] arguments)
      throws UnknownIdentifierException, UnsupportedMessageException {
    return ViewOps.invokeMember(this, member, arguments);
  }

  @ExportMessage
  boolean hasArrayElements() {
    return ViewOps.isArray(this);
  }

  @ExportMessage
  long getArraySize() throws UnsupportedMessageException {
    return ViewOps.arraySize(this);
  }

  @ExportMessage
  boolean isArrayElementReadable(long index) {
    return ViewOps.isArray(this) && index >= 0 && index < ViewOps.arraySizeOrZero(this);
  }

  @ExportMessage
  Object readArrayElement(long index)
      throws InvalidArrayIndexException, UnsupportedMessageException {
    return ViewOps.readElement(this, index);
  }

  @ExportMessage
  boolean isArrayElementModifiable(long index) {
    return isArrayElementReadable(index);
  }

  @ExportMessage
  boolean isArrayElementInsertable(long index) {
    return ViewOps.isArray(this) && index >= ViewOps.arraySizeOrZero(this);
  }

  @ExportMessage
  void writeArrayElement(long index, Object value)
      throws InvalidArrayIndexException, UnsupportedMessageException {
    ViewOps.writeElement(this, index, value);
  }

  @ExportMessage
  boolean isArrayElementRemovable(long index) {
    return isArrayElementReadable(index);
  }

  @ExportMessage
  void removeArrayElement(long index)
      throws InvalidArrayIndexException, UnsupportedMessageException {
    ViewOps.removeElement(this, index);
  }

  @ExportMessage
  boolean isExecutable() {
    return ViewOps.isCallable(this);
  }

  @ExportMessage
  Object execute(Object[] arguments) throws UnsupportedMessageException {
    return ViewOps.call(this, arguments, false);
  }

  @ExportMessage
  boolean isInstantiable() {
    return ViewOps.isConstructor(this);
  }

  @ExportMessage
  Object instantiate(Object[] arguments) throws UnsupportedMessageException, ArityException {
    return ViewOps.call(this, arguments, true);
  }

  @ExportMessage
  TriState isIdenticalOrUndefined(Object other) {
    if (other instanceof JsObjectView v) {
      return TriState.valueOf(v.ctx == ctx && v.value() == value());
    }
    return TriState.UNDEFINED;
  }

  @ExportMessage
  int identityHashCode() {
    return ViewOps.identityHash(this);
  }

  @ExportMessage
  boolean hasMetaObject() {
    return ViewOps.isObject(this);
  }

  @ExportMessage
  Object getMetaObject() throws UnsupportedMessageException {
    return ViewOps.metaObject(this);
  }
}
