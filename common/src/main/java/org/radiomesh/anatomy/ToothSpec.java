package org.radiomesh.anatomy;

import java.util.List;

/**
 * One tooth of a specification: its number and its conditions (empty for a sound tooth). Shape variation (scale,
 * rotation) is drawn by the generator from the case seed and recorded in its parameters, not here.
 */
public record ToothSpec(ToothNumber tooth, List<Condition> conditions) {
  public ToothSpec {
    conditions = List.copyOf(conditions);
  }

  public static ToothSpec sound(int fdi) {
    return new ToothSpec(ToothNumber.fdi(fdi), List.of());
  }

  public boolean has(Class<? extends Condition> type) {
    return conditions.stream().anyMatch(type::isInstance);
  }
}
