package org.jsheap.shapes.sample;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SampleAddNodeProperties {
  @Property(tries = 50)
  boolean addIsCommutative(@ForAll int a, @ForAll int b) {
    Object ab =
        SampleAddNodeGen.create(new SampleConstantNode(a), new SampleConstantNode(b)).execute(null);
    Object ba =
        SampleAddNodeGen.create(new SampleConstantNode(b), new SampleConstantNode(a)).execute(null);
    return ab.equals(ba);
  }
}
