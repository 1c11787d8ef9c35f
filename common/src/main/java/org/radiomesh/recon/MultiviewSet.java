package org.radiomesh.recon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.render.NamedCamera;
import org.radiomesh.render.RenderedView;

/**
 * The output of a {@link MultiviewGenerator}: the named, calibrated views (maps as documented on {@link
 * RenderedView}: camera z depth in mm, +∞ background; normals in the view's normal space; labels −1 background) with
 * the engine's name and every parameter it used, as strings, for provenance.
 *
 * @param engine the generator engine
 * @param parameters engine parameters (insertion order kept)
 * @param names view names, unique, in view order
 * @param views the views, in order
 */
public record MultiviewSet(String engine, Map<String, String> parameters, List<String> names,
                           List<RenderedView> views) {
  public MultiviewSet {
    if (names.size() != views.size()) {
      throw new IllegalArgumentException(names.size() + " names for " + views.size() + " views");
    }
    if (names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException("view names are not unique: " + names);
    }
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    names = List.copyOf(names);
    views = List.copyOf(views);
  }

  /** The cameras with their view names (for {@link org.radiomesh.render.CamerasJson#write}). */
  public List<NamedCamera> cameras() {
    List<NamedCamera> out = new ArrayList<>(views.size());
    for (int i = 0; i < views.size(); i++) {
      out.add(new NamedCamera(names.get(i), views.get(i).camera()));
    }
    return out;
  }

  /**
   * The views as reconstruction input: mask, depth and labels of each.
   *
   * @throws ReconstructionException naming a view with an empty mask or an invalid depth
   */
  public List<CalibratedView> calibratedViews() throws ReconstructionException {
    List<CalibratedView> out = new ArrayList<>(views.size());
    for (int i = 0; i < views.size(); i++) {
      out.add(CalibratedView.of(names.get(i), views.get(i)));
    }
    return out;
  }

  public int size() {
    return views.size();
  }
}
