package org.radiomesh.anatomy;

import java.util.List;
import java.util.Optional;

/**
 * What a virtual patient (or the part of one that a text describes) should look like: the teeth present in the model
 * and their conditions. A tooth absent from {@link #teeth()} is not modelled (a single-tooth spec holds one tooth); a
 * tooth that is clinically missing is listed with {@link Condition.Missing}.
 */
public record DentitionSpec(List<ToothSpec> teeth) {
  public DentitionSpec {
    teeth = List.copyOf(teeth);
    long distinct = teeth.stream().map(t -> t.tooth().fdi()).distinct().count();
    if (distinct != teeth.size()) {
      throw new IllegalArgumentException("a dentition spec lists a tooth twice: " + teeth);
    }
  }

  public Optional<ToothSpec> tooth(int fdi) {
    return teeth.stream().filter(t -> t.tooth().fdi() == fdi).findFirst();
  }
}
