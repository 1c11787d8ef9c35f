package org.radiomesh.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.Condition.BoneLossPattern;
import org.radiomesh.anatomy.Condition.CariesDepth;
import org.radiomesh.anatomy.Condition.CrownMaterial;
import org.radiomesh.anatomy.Condition.RestorationMaterial;
import org.radiomesh.anatomy.Condition.Surface;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;

/**
 * The specs of the reconstruction benchmark: every one of the 32 permanent teeth sound, 22 teeth with conditions (all
 * condition kinds but "missing", across tooth types), and full arches (upper and lower jaws of several patients, some
 * with implants and missing teeth). Per-case seeds derive from one master seed: seed = master + 1000·index.
 */
final class ReconstructionCases {
  /** One benchmark case: a spec, the seed of its virtual patient, and for arches the jaw. */
  record Case(String id, DentitionSpec spec, long seed, boolean arch, boolean upper, String condition) {}

  private ReconstructionCases() {}

  static List<Case> singleTeeth(long master) {
    List<Case> out = new ArrayList<>();
    for (ToothNumber t : ToothNumber.all()) {
      out.add(single(out.size(), master, t.fdi(), "sound"));
    }
    Object[][] conditioned = {
        {36, new Condition.Caries(Surface.OCCLUSAL, CariesDepth.INNER_DENTIN)},
        {11, new Condition.Caries(Surface.MESIAL, CariesDepth.ENAMEL)},
        {45, new Condition.Caries(Surface.DISTAL, CariesDepth.PULP_EXPOSURE)},
        {46, new Condition.Restoration(RestorationMaterial.AMALGAM, Surface.OCCLUSAL)},
        {15, new Condition.Restoration(RestorationMaterial.COMPOSITE, Surface.DISTAL)},
        {21, new Condition.RootCanal(1.0)},
        {36, new Condition.RootCanal(0.8)},
        {14, new Condition.RootCanal(0.9)},
        {11, new Condition.Crown(CrownMaterial.CERAMIC)},
        {36, new Condition.Crown(CrownMaterial.METAL)},
        {26, new Condition.Crown(CrownMaterial.METAL_CERAMIC)},
        {36, new Condition.Implant()},
        {46, new Condition.Implant()},
        {11, new Condition.Implant()},
        {24, new Condition.Implant()},
        {38, new Condition.Impacted(45)},
        {48, new Condition.Impacted(-20)},
        {18, new Condition.Impacted(30)},
        {46, new Condition.PeriapicalLesion(2.5)},
        {31, new Condition.BoneLoss(BoneLossPattern.HORIZONTAL, 3)},
        {43, new Condition.BoneLoss(BoneLossPattern.VERTICAL, 4)},
        {17, new Condition.Caries(Surface.BUCCAL, CariesDepth.OUTER_DENTIN)},
    };
    for (Object[] c : conditioned) {
      Condition cond = (Condition) c[1];
      out.add(single(out.size(), master, (Integer) c[0], cond.code(), cond));
    }
    return out;
  }

  static List<Case> arches(long master, int patients) {
    List<Case> out = new ArrayList<>();
    for (int p = 0; p < patients; p++) {
      List<ToothSpec> teeth = new ArrayList<>();
      for (ToothNumber t : ToothNumber.all()) {
        boolean implant = p % 2 == 1 && (t.fdi() == 36 || t.fdi() == 16);
        boolean missing = p % 3 == 2 && (t.fdi() == 46 || t.fdi() == 25);
        teeth.add(new ToothSpec(t, implant ? List.of(new Condition.Implant())
            : missing ? List.of(new Condition.Missing()) : List.of()));
      }
      DentitionSpec spec = new DentitionSpec(teeth);
      long seed = master + 100_000 + 1000L * p;
      String cond = p % 2 == 1 ? "implants 16, 36" : p % 3 == 2 ? "missing 25, 46" : "sound";
      out.add(new Case("arch" + p + "-upper", spec, seed, true, true, cond));
      out.add(new Case("arch" + p + "-lower", spec, seed, true, false, cond));
    }
    return out;
  }

  private static Case single(int index, long master, int fdi, String label, Condition... conditions) {
    DentitionSpec spec = new DentitionSpec(List.of(new ToothSpec(ToothNumber.fdi(fdi), List.of(conditions))));
    return new Case(fdi + "-" + label, spec, master + 1000L * index, false, false, label);
  }
}
