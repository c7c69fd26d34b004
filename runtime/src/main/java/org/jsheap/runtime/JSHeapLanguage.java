package org.jsheap.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import org.graalvm.options.OptionDescriptors;
import org.jsheap.runtime.nodes.function.ProgramRootNode;
import org.jsheap.runtime.parser.JsParser;
import org.jsheap.runtime.parser.ParsedProgram;

/** The JSHeap JavaScript language: every value lives in the gc heap. */
@TruffleLanguage.Registration(
    id = JSHeapLanguage.ID,
    name = "JSHeap",
    defaultMimeType = JSHeapLanguage.MIME_TYPE,
    characterMimeTypes = JSHeapLanguage.MIME_TYPE,
    contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE)
public final class JSHeapLanguage extends TruffleLanguage<JSHeapContext> {
  public static final String ID = "jsheap";
  public static final String MIME_TYPE = "application/x-jsheap";

  private static final LanguageReference<JSHeapLanguage> REFERENCE =
      LanguageReference.create(JSHeapLanguage.class);

  public static JSHeapLanguage get(Node node) {
    return REFERENCE.get(node);
  }

  @Override
  protected JSHeapContext createContext(Env env) {
    return new JSHeapContext(this, env);
  }

  @Override
  protected void initializeContext(JSHeapContext context) {
    context.initialize();
  }

  @Override
  protected void finalizeContext(JSHeapContext context) {
    context.dispose();
  }

  @Override
  protected OptionDescriptors getOptionDescriptors() {
    return new JSHeapOptionsOptionDescriptors();
  }

  @Override
  protected CallTarget parse(ParsingRequest request) {
    Source source = request.getSource();
    ParsedProgram program = JsParser.parse(this, source);
    return new ProgramRootNode(this, program).getCallTarget();
  }
}
