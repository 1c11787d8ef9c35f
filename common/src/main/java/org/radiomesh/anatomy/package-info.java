/**
 * Dental anatomy: materials with their attenuation, labelled solid models ({@link org.radiomesh.anatomy.MaterialField}),
 * parametric teeth, arches and conditions.
 *
 * <p>Vocabulary: {@link org.radiomesh.anatomy.ToothNumber}, {@link org.radiomesh.anatomy.ToothType},
 * {@link org.radiomesh.anatomy.Condition}, {@link org.radiomesh.anatomy.ToothSpec},
 * {@link org.radiomesh.anatomy.DentitionSpec}, {@link org.radiomesh.anatomy.Material}.
 *
 * <p>Virtual patients: {@link org.radiomesh.anatomy.CaseDraw} draws a dentition with a realistic mix of conditions
 * from a seed; {@link org.radiomesh.anatomy.VirtualPatient#build} turns a dentition and a seed into a labelled solid
 * (teeth from {@link org.radiomesh.anatomy.ToothShapes} and {@link org.radiomesh.anatomy.ToothModel}, placed along
 * beta-function arches, with conditions, implants, alveolar bone, gingiva and soft tissue), recording every drawn value
 * in {@link org.radiomesh.anatomy.PatientParameters}. {@link org.radiomesh.anatomy.ToothMesher} and
 * {@link org.radiomesh.anatomy.PatientMesher} turn it into watertight meshes (per tooth, tissue, implant part, jaw
 * bone, material, and full arches with Teeth3DS labels, {@link org.radiomesh.anatomy.Teeth3dsLabels}).
 *
 * <p>Coordinates are millimetres. Patient frame (as DICOM LPS): x towards the patient's left, y posterior, z superior;
 * origin on the midline at the front of the arch, on the occlusal plane. Tooth frame: u mesial, v buccal, w occlusal,
 * origin at the centre of the cemento-enamel junction ({@link org.radiomesh.anatomy.ToothFrame}).
 */
package org.radiomesh.anatomy;
