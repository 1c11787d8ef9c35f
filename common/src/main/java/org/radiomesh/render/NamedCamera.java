package org.radiomesh.render;

/**
 * A camera with the name of its view (for a user-supplied calibrated image set, the image's file name without
 * extension, so that {@code masks/NAME.png} and {@code depth/NAME.png} belong to it).
 */
public record NamedCamera(String name, Camera camera) {
  public NamedCamera {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a view needs a non-blank name");
    }
    if (camera == null) {
      throw new IllegalArgumentException("view '" + name + "' has no camera");
    }
  }
}
