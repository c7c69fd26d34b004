package org.jsheap.runtime.parser;

import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.runtime.nodes.JsNode;

/** A translated script: its body, the size of its activation window, and its source section. */
public record ParsedProgram(JsNode body, int windowSize, SourceSection section) {}
